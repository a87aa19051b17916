"""Building the kernel module: the decorated functions and what they need.

Kernels are taken with ``inspect`` from the decorated functions and the module-level
functions they call (transitively): names of each code object (and of its nested code
objects: comprehensions, lambdas, inner functions) that resolve, in the function's
module globals, to plain functions, and the classes of the script they use (each
class's whole text, decorators included, and what that text names). Each function's text is placed at its original
line numbers (decorator lines and everything else blank), so device tracebacks name
the user's file and lines. After the last function line comes a preamble: imports
of the device modules the functions use (``math``, ``random``, ``parallel``, and
standard modules such as ``collections`` or ``dataclasses``...),
``from parallel import coreid`` for the messaging names this package exports, and
simple constants (int, float, str, bool) they reference. Nothing else of the
script is read.
"""

from __future__ import annotations

import ast
import inspect
import re
import sys
import textwrap
import types as _pytypes
from typing import Any, Callable, Dict, Iterable, List, Optional, Set, Tuple

#: Modules the device provides (src/vm/modules).
DEVICE_MODULES = ("math", "random", "parallel", "array", "memory", "util", "sys", "taskfarm", "concurrency")

#: Standard modules the device provides too, whose names a script imports at its top
#: (``from dataclasses import dataclass``, ``from collections import Counter``) for
#: the kernels and classes that use them.
STANDARD_MODULES = ("collections", "itertools", "functools", "operator", "heapq", "bisect", "dataclasses",
                    "enum", "typing", "copy", "statistics", "fractions", "string", "re", "json", "time", "cmath",
                    "struct", "decimal", "abc", "textwrap")

#: Names this package exports that are, inside kernels, the device's parallel functions.
PARALLEL_NAMES = ("coreid", "numcores", "send", "recv", "sendrecv", "bcast", "reduce", "sync", "probe",
                  "ishost", "isdevice", "gather", "scatter", "allgather", "nonblocking_send",
                  "test_sent", "wait_sent")

_DEF_LINE = re.compile(r"^\s*(async\s+)?def\s")


class KernelSourceError(ValueError):
    """A kernel's source cannot be found (e.g. defined interactively)."""


def _code_names(code: _pytypes.CodeType) -> Set[str]:
    names = set(code.co_names)
    for c in code.co_consts:
        if isinstance(c, _pytypes.CodeType):
            names |= _code_names(c)
    return names


def _function_text(fn: Any) -> Tuple[str, int, List[str]]:
    """(file, first line, lines) of fn's definition, decorators blanked, dedented.

    A class keeps its decorators (``@dataclass`` makes the class what it is)."""
    try:
        lines, start = inspect.getsourcelines(fn)
        file = inspect.getsourcefile(fn) or fn.__code__.co_filename
    except (OSError, TypeError) as e:
        raise KernelSourceError(f"cannot read the source of kernel '{fn.__name__}': {e}") from e
    lines = [line.rstrip("\r\n") for line in lines]
    for i, line in enumerate(lines):
        if _DEF_LINE.match(line) and not isinstance(fn, type):
            lines[:i] = [""] * i
            break
    body = textwrap.dedent("\n".join(lines)).split("\n")
    return file, start, body


def _user_class(cls: type) -> bool:
    """A class of the user's script or modules (sent as source), not of the standard
    library, an installed package or this package."""
    name = cls.__module__.split(".")[0]
    if name in sys.stdlib_module_names or name in ("builtins", "epython"):
        return False
    file = getattr(sys.modules.get(cls.__module__), "__file__", None) or ""
    return "site-packages" not in file and "dist-packages" not in file


class Resolver:
    """Finds what a set of kernel functions needs from their modules' globals."""

    def __init__(self, device_globals: Iterable[str], kernel_of: Callable[[Any], Optional[Callable[..., Any]]],
                 own_module: Any) -> None:
        self.device_globals = set(device_globals)
        self.kernel_of = kernel_of
        self.own_module = own_module
        self.functions: List[Any] = []  # functions and classes, in the order found
        self.imports: Dict[str, str] = {}  # local name -> import statement
        self.constants: Dict[str, str] = {}  # local name -> assignment
        self.left_out: Dict[str, str] = {}  # global named but not sent -> its type's name

    def add(self, fn: Callable[..., Any]) -> None:
        if any(f is fn for f in self.functions):
            return
        self.functions.append(fn)
        g = fn.__globals__
        for name in sorted(_code_names(fn.__code__)):
            if name in self.device_globals or name not in g:
                continue
            self._resolve(name, g[name])

    def add_class(self, cls: type) -> None:
        """A class of the script: its source, and what its body and methods name
        (bases, decorators, annotations, defaults: every name in its text)."""
        if any(f is cls for f in self.functions):
            return
        self.functions.append(cls)
        g = vars(sys.modules[cls.__module__])
        _, _, body = _function_text(cls)
        try:
            tree = ast.parse("\n".join(body))
        except SyntaxError:
            return
        names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        names |= {n.value.id for n in ast.walk(tree) if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)}
        for name in sorted(names):
            if name in self.device_globals or name not in g or g[name] is cls:
                continue
            self._resolve(name, g[name])

    def _resolve(self, name: str, value: Any) -> None:
        if isinstance(value, type) and _user_class(value):
            self.add_class(value)
            return
        kernel_fn = self.kernel_of(value)
        if kernel_fn is not None:
            self.add(kernel_fn)
            return
        if isinstance(value, _pytypes.FunctionType):
            if getattr(value, "__module__", None) == self.own_module.__name__:
                if value.__name__ in PARALLEL_NAMES:
                    self._import(name, "parallel", value.__name__)
                return
            module = getattr(value, "__module__", None)
            if module in STANDARD_MODULES and getattr(sys.modules.get(module), value.__name__, None) is value:
                # A function of a standard module (dataclasses.field): the device's own.
                self._import(name, module, value.__name__)
                return
            self.add(value)
            return
        if isinstance(value, _pytypes.ModuleType):
            base = value.__name__
            if value is self.own_module:
                # `import epython` ... `epython.coreid()` in a kernel: the device's parallel module.
                self.imports[name] = f"import parallel as {name}"
            elif base in DEVICE_MODULES or base in STANDARD_MODULES:
                self.imports[name] = f"import {base}" if name == base else f"import {base} as {name}"
            return
        if isinstance(value, (bool, int, float, str)) and not name.startswith("__"):
            self.constants[name] = f"{name} = {value!r}"
            return
        # A builtin taken from a device module (from math import sqrt; from random import random).
        attr = getattr(value, "__name__", None)
        if attr:
            for m in DEVICE_MODULES + STANDARD_MODULES:
                mod = sys.modules.get(m)
                if mod is not None and getattr(mod, attr, None) is value:
                    self._import(name, m, attr)
                    return
        self.left_out[name] = type(value).__name__

    def _import(self, name: str, module: str, attr: str) -> None:
        self.imports[name] = f"from {module} import {attr}" if name == attr else f"from {module} import {attr} as {name}"


#: The script's globals the last kernel module named but left out (name -> type name),
#: so that the device's NameError for one can say why (see explain_name_error).
LEFT_OUT: Dict[str, str] = {}

_NAME_ERROR = re.compile(r"name '([A-Za-z_][A-Za-z0-9_]*)' is not defined")


def explain_name_error(message: str) -> Optional[str]:
    """Why a kernel's NameError names a global of the script, if it left one out."""
    m = _NAME_ERROR.search(message)
    kind = LEFT_OUT.get(m.group(1)) if m else None
    if kind is None:
        return None
    return (f"'{m.group(1)}' is a {kind} of the host script, which kernels do not get: a kernel module holds "
            "the kernels, the functions and classes they use and int/float/str/bool constants; "
            "pass the value as an argument or make it a device variable (define_on_device)")


def build_module(kernels: List[Callable[..., Any]], device_globals: Iterable[str],
                 kernel_of: Callable[[Any], Optional[Callable[..., Any]]], own_module: Any) -> Tuple[str, str]:
    """(source, file name) of the kernel module for these kernel functions."""
    r = Resolver(device_globals, kernel_of, own_module)
    for k in kernels:
        r.add(k)
    LEFT_OUT.clear()
    LEFT_OUT.update(r.left_out)
    placed: Dict[int, str] = {}
    main_file: Optional[str] = None
    appended: List[str] = []
    classes_after: List[List[str]] = []  # classes that cannot keep their lines
    class_lines: Dict[int, int] = {}  # first line -> line count of classes placed at their lines
    for fn in r.functions:
        file, start, body = _function_text(fn)
        if main_file is None:
            main_file = file
        lines = range(start, start + len(body))
        if file == main_file and not any(n in placed for n in lines):
            for n, text in zip(lines, body):
                placed[n] = text
            if isinstance(fn, type):
                class_lines[start] = len(body)
        elif isinstance(fn, type):
            classes_after.append(body)
        else:
            # Another file's function: after the main file's text (its lines shift).
            appended.extend(body)
    preamble = sorted(set(r.imports.values())) + [r.constants[k] for k in sorted(r.constants)]
    if class_lines and preamble:
        # A class runs its decorators, bases and body when the module loads, so the
        # imports and constants must come first: on one free line above the first class
        # (the script's own import lines are free), keeping every line number.
        free = [n for n in range(1, min(class_lines)) if n not in placed]
        if free:
            placed[free[0]] = "; ".join(preamble)
            preamble = []
        else:
            for start in sorted(class_lines, reverse=True):
                classes_after.append([placed.pop(n) for n in range(start, start + class_lines[start])])
    last = max(placed) if placed else 0
    out = [placed.get(n, "") for n in range(1, last + 1)]
    out.extend(appended)
    out.extend(preamble)
    # Found after the classes that use them (bases, decorators): defined before them.
    for body in reversed(classes_after):
        out.extend(body)
    return "\n".join(out) + "\n", main_file or "<kernels>"
