"""ePython offload from CPython: run chosen functions (kernels) on a simulated
micro-core device.

    from epython import offload

    @offload
    def helloworld(a, b):
        print("Hello World")
        return a + b

    print(helloworld(10, 20))     # one value per core, sorted by core id

The device is the ePython-TS runtime (``epython serve``), started as a subprocess
at the first launch and shut down at exit. See the package README for options,
device-resident data, arrays passed by reference and memory kinds.
"""

from __future__ import annotations

import ast
import atexit
import inspect
import linecache
import os
import threading
from typing import Any, Callable, Dict, List, Optional, Tuple, Union

from . import _kernels
from ._arrays import CallScope, Reference, SharedArray, marshal, memkind, release_all, types
from ._runtime import KernelError, ProtocolError, Runtime, RuntimeExited, find_runtime
from ._wire import Msg

__version__ = "0.1.0"

__all__ = [
    "offload", "offload_single", "offload_multiple", "waitAll", "define_on_device", "copy_to_device",
    "copy_from_device", "memkind", "types", "configure", "shutdown", "stats", "reference", "KernelError",
    "KernelHandle", "RuntimeExited", "ProtocolError", "SharedArray",
    "coreid", "numcores", "send", "recv", "sendrecv", "bcast", "reduce", "sync", "probe", "ishost", "isdevice",
    "ALL_DEVICES", "EPIPHANY_DEVICE",
]

#: The original's device selectors (accepted; ``device="epiphany3"`` selects a core type).
ALL_DEVICES = None
EPIPHANY_DEVICE = "epiphany3"

# --------------------------------------------------------------------------------------
# Options

#: configure() names -> the runtime's OPEN option names.
_DEVICE_OPTIONS = {
    "profile": "profile", "cores": "cores", "device": "device", "local_memory": "localMemory",
    "shared_memory": "sharedMemory", "float64": "float64", "seed": "seed", "trace": "trace",
}
_CLIENT_OPTIONS = ("dialect", "timeout")
_DEFAULTS: Dict[str, Any] = {"dialect": "python3", "timeout": None}
#: Device cores when neither `cores` nor `device` is configured (the issue's default).
_DEFAULT_CORES = 16


def _parse_env_options(text: str) -> Dict[str, Any]:
    """``EPYTHON_OPTIONS="cores=4,profile=microblaze,float64=true"``."""
    out: Dict[str, Any] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        if "=" not in part:
            raise ValueError(f"EPYTHON_OPTIONS: expected name=value, got '{part}'")
        k, v = (s.strip() for s in part.split("=", 1))
        value: Any = v
        if v.lower() in ("true", "yes", "on"):
            value = True
        elif v.lower() in ("false", "no", "off"):
            value = False
        else:
            try:
                value = int(v)
            except ValueError:
                try:
                    value = float(v)
                except ValueError:
                    value = v
        out[k.replace("-", "_")] = value
    return out


def _check_options(opts: Dict[str, Any]) -> None:
    for k, v in opts.items():
        if k not in _DEVICE_OPTIONS and k not in _CLIENT_OPTIONS:
            known = ", ".join([*_DEVICE_OPTIONS, *_CLIENT_OPTIONS])
            raise TypeError(f"configure() got an unknown option '{k}' (known: {known})")
        if k == "cores" and (not isinstance(v, int) or isinstance(v, bool) or v < 1):
            raise ValueError(f"cores must be a positive int, not {v!r}")
        if k == "dialect" and v not in ("python3", "classic"):
            raise ValueError(f"dialect must be 'python3' or 'classic', not {v!r}")
        if k == "timeout" and v is not None and (not isinstance(v, (int, float)) or isinstance(v, bool) or v <= 0):
            raise ValueError(f"timeout must be a positive number of seconds, not {v!r}")


# --------------------------------------------------------------------------------------
# The bridge: one runtime, the kernel module, device-resident variables


class _Bridge:
    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.options: Dict[str, Any] = dict(_DEFAULTS)
        env = os.environ.get("EPYTHON_OPTIONS")
        if env:
            extra = _parse_env_options(env)
            _check_options(extra)
            self.options.update(extra)
        self.runtime: Optional[Runtime] = None
        self.closed = False
        self.kernels: Dict[str, "Kernel"] = {}
        self.device_globals: List[str] = []
        #: Kernels that did not compile, with their errors (raised when they are launched).
        self.broken: Dict[str, SyntaxError] = {}
        self.version = 0  # bumped by every kernel decorated or variable defined
        self.loaded_version = -1
        self.scopes: Dict[int, CallScope] = {}

    # -- lifecycle ------------------------------------------------------------------
    def configure(self, opts: Dict[str, Any]) -> None:
        with self.lock:
            if self.runtime is not None or self.closed:
                raise RuntimeError("configure() must be called before the first launch or transfer")
            _check_options(opts)
            self.options.update(opts)

    def device_cores(self) -> int:
        spec = self.options.get("device")
        if spec:
            total = 0
            for part in str(spec).split(","):
                _, _, n = part.partition(":")
                total += int(n) if n.strip().isdigit() else 1
            return total
        return int(self.options.get("cores", _DEFAULT_CORES))

    @property
    def float32(self) -> bool:
        return not self.options.get("float64")

    def connect(self) -> Runtime:
        with self.lock:
            if self.closed:
                raise RuntimeError("the ePython runtime has been shut down (epython.shutdown() or interpreter exit)")
            rt = self.runtime
            if rt is None:
                rt = Runtime(find_runtime(), self._on_done)
                open_opts = {_DEVICE_OPTIONS[k]: v for k, v in self.options.items() if k in _DEVICE_OPTIONS}
                if "cores" not in self.options and not self.options.get("device"):
                    open_opts["cores"] = _DEFAULT_CORES
                if self.options.get("timeout"):
                    open_opts["timeoutMs"] = int(self.options["timeout"] * 1000)
                try:
                    rt.call(Msg.OPEN, (open_opts,))
                except BaseException:
                    rt.close()
                    raise
                self.runtime = rt
            elif not rt.alive:
                raise RuntimeExited(rt._dead or rt._exited("the ePython runtime process has exited"))
            return rt

    def shutdown(self) -> None:
        with self.lock:
            self.closed = True
            rt, self.runtime = self.runtime, None
        if rt is not None:
            rt.close()
        for scope in list(self.scopes.values()):
            scope.finish(False)
        self.scopes.clear()
        release_all()

    def _on_done(self, ident: int, ok: bool) -> None:
        scope = self.scopes.pop(ident, None)
        if scope is not None:
            scope.finish(ok)

    # -- the kernel module ----------------------------------------------------------
    def register(self, k: "Kernel") -> None:
        with self.lock:
            self.kernels[k.name] = k
            self.version += 1

    def add_device_global(self, name: str) -> None:
        with self.lock:
            if name not in self.device_globals:
                self.device_globals.append(name)
                self.version += 1

    def ensure_loaded(self) -> Runtime:
        """Connects, and (re)loads the kernel module if kernels or variables changed."""
        with self.lock:
            rt = self.connect()
            if self.loaded_version != self.version:
                kernels = list(self.kernels.values())
                dialects = {k.dialect(self.options["dialect"]) for k in kernels} or {self.options["dialect"]}
                if len(dialects) > 1:
                    raise ValueError("all kernels must use the same dialect (classic=True on some but not all)")
                classic = dialects.pop() == "classic"
                # A kernel that does not compile must not take the others down with it:
                # find the failing ones (each alone), keep their errors for their own
                # launches, and load the rest.
                self.broken.clear()
                try:
                    self._load(rt, kernels, classic)
                except SyntaxError:
                    for k in kernels:
                        try:
                            self._load(rt, [k], classic)
                        except SyntaxError as e:
                            self.broken[k.name] = e
                    self._load(rt, [k for k in kernels if k.name not in self.broken], classic)
                self.loaded_version = self.version
            return rt

    def _load(self, rt: Runtime, kernels: List["Kernel"], classic: bool) -> None:
        source, file = _kernels.build_module([k.function for k in kernels], self.device_globals,
                                             _kernel_function, _this_module())
        rt.call(Msg.LOAD, (source, file, classic, list(self.device_globals)))

    def check_compiled(self, name: str) -> None:
        """Raises the compile error of kernel ``name`` if it did not compile."""
        error = self.broken.get(name)
        if error is not None:
            raise SyntaxError(*error.args)

    # -- launches ---------------------------------------------------------------------
    def start(self, msg: int, body_of: Callable[[CallScope], Tuple[Any, ...]], wait: bool) -> Union["KernelHandle", List[Any]]:
        """Sends a launch-like request; blocks for its results when ``wait``."""
        rt = self.ensure_loaded()
        scope = CallScope(self.float32)
        try:
            body = body_of(scope)
        except BaseException:
            scope.finish(False)
            raise
        register = lambda i: self.scopes.__setitem__(i, scope)  # noqa: E731
        waited: Any = None
        with self.lock:
            if wait:
                ident, launched, waited = rt.send_pair((msg, body), lambda i: (Msg.WAIT, (i,)), register)
            else:
                ident, launched = rt.send(msg, body, register)
        try:
            reply = rt.result(launched)
        except BaseException:
            self.scopes.pop(ident, None)
            scope.finish(False)
            if waited is not None:
                try:
                    rt.result(waited)
                except BaseException:
                    pass  # the launch's own error is the one to report
            raise
        handle = KernelHandle(self, ident, list(reply[1]))
        if waited is None:
            return handle
        handle._collect(waited)
        return handle.wait()


_bridge = _Bridge()
atexit.register(_bridge.shutdown)


def _this_module() -> Any:
    import sys
    return sys.modules[__name__]


def _kernel_function(value: Any) -> Optional[Callable[..., Any]]:
    return value.function if isinstance(value, Kernel) else None


def configure(**options: Any) -> None:
    """Chooses the device before the first launch.

    Options: ``cores`` (default 16), ``profile`` (e.g. ``"epiphany3"``, ``"microblaze"``),
    ``device`` (a heterogeneous mix: ``"epiphany3:16,microblaze:8"``), ``local_memory``,
    ``shared_memory`` (``"32K"`` or bytes), ``float64``, ``seed``, ``timeout`` (seconds per
    kernel), ``dialect`` (``"python3"`` or ``"classic"``). The environment variable
    ``EPYTHON_OPTIONS`` (``"cores=4,profile=microblaze"``) sets defaults the same way.
    """
    _bridge.configure(options)


def shutdown() -> None:
    """Stops the runtime (also done at exit). Later launches raise RuntimeError."""
    _bridge.shutdown()


def stats() -> Any:
    """Per-core statistics of the device (the runtime's ``stats()``)."""
    return _bridge.connect().call(Msg.STATS)[0]


def reference(data: Any, kind: Optional[str] = None, prefetch: int = 0) -> Reference:
    """An array argument with explicit options: ``kernel(reference(a, prefetch=4))``."""
    return Reference(data, kind, prefetch)


# --------------------------------------------------------------------------------------
# Handles


class KernelHandle:
    """A launch (or transfer) in flight: ``wait()``, ``wait_any()``, ``test()``."""

    def __init__(self, bridge: _Bridge, ident: int, cores: List[int]) -> None:
        self._bridge = bridge
        self._ident = ident
        self.cores: List[int] = cores
        self._pending: Any = None
        self._result: Optional[List[Any]] = None
        self._error: Optional[BaseException] = None

    def _collect(self, pending: Any) -> None:
        self._pending = pending

    def _runtime(self) -> Runtime:
        rt = self._bridge.runtime
        if rt is None:
            raise RuntimeError("the ePython runtime has been shut down (epython.shutdown() or interpreter exit)")
        return rt

    def wait(self) -> List[Any]:
        """Blocks until every core finished; their return values sorted by core id."""
        if self._result is not None:
            return self._result
        if self._error is not None:
            raise self._error
        try:
            if self._pending is None:
                rt = self._runtime()
                self._pending = rt.send(Msg.WAIT, (self._ident,))[1]
            else:
                rt = self._runtime()
            self._result = list(rt.result(self._pending)[0])
        except KernelError as e:
            self._error = e
            raise
        return self._result

    def wait_any(self) -> Dict[int, Any]:
        """Blocks until one core finished: ``{core: value}``."""
        if self._result is not None:
            return {self.cores[0]: self._result[0]} if self.cores else {}
        core, value = self._runtime().call(Msg.WAIT_ANY, (self._ident,))
        return {core: value}

    def test(self) -> bool:
        """True when every core of this launch has finished."""
        if self._result is not None or self._error is not None:
            return True
        return bool(self._runtime().call(Msg.TEST, (self._ident,))[0])

    def __del__(self) -> None:
        # Never waited for: the runtime may forget it (its results are not wanted).
        rt = self._bridge.runtime
        if rt is not None and self._pending is None and self._result is None and self._error is None:
            rt.released.append(self._ident)

    def __repr__(self) -> str:
        state = "done" if self._result is not None else "failed" if self._error else "pending"
        return f"<KernelHandle {self._ident} on cores {self.cores}: {state}>"


def waitAll(*handles: KernelHandle) -> List[List[Any]]:  # noqa: N802 - the original's name
    """``[h.wait() for h in handles]``."""
    return [h.wait() for h in handles]


# --------------------------------------------------------------------------------------
# Kernels

_LAUNCH_OPTIONS = ("asynchronous", "target", "auto", "all", "device", "timeout", "prefetch", "classic", "native")


def _normalise_options(opts: Dict[str, Any], where: str) -> Dict[str, Any]:
    out = dict(opts)
    if "async" in out:
        out["asynchronous"] = out.pop("async")
    for k in out:
        if k not in _LAUNCH_OPTIONS:
            raise TypeError(f"{where} got an unknown option '{k}' (known: async/asynchronous, target, auto, all, "
                            f"device, timeout, prefetch, classic, native)")
    if "classic" in out and where != "offload()":
        raise TypeError("classic= is an option of the decorator, not of a call")
    return out


def _core_list(target: Any) -> Any:
    if isinstance(target, bool) or not (isinstance(target, int) or
                                        (isinstance(target, (list, tuple, range)) and
                                         all(isinstance(c, int) and not isinstance(c, bool) for c in target))):
        raise TypeError(f"target must be a core id or a list of core ids, not {target!r}")
    return target if isinstance(target, int) else list(target)


def _launch_options(o: Dict[str, Any]) -> Dict[str, Any]:
    """The runtime's options: auto > target > all, as the original."""
    out: Dict[str, Any] = {}
    if o.get("auto") is not None:
        auto = o["auto"]
        if not isinstance(auto, int) or isinstance(auto, bool) or auto < 1:
            raise ValueError(f"auto must be a positive number of cores, not {auto!r}")
        out["auto"] = auto
    elif o.get("target") is not None:
        out["target"] = _core_list(o["target"])
    else:
        # all=False with neither auto nor target names no cores: the runtime says so.
        out["all"] = o.get("all") is not False
    if o.get("device") is not None:
        out["device"] = o["device"] if isinstance(o["device"], str) else list(o["device"])
    timeout = o.get("timeout")
    if timeout is not None:
        if not isinstance(timeout, (int, float)) or isinstance(timeout, bool) or timeout <= 0:
            raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
        out["timeoutMs"] = max(1, int(timeout * 1000))
    native = o.get("native")
    if native is not None:
        if not isinstance(native, bool):
            raise TypeError(f"native must be True or False, not {native!r}")
        # Compiled C (issue 8): the runtime builds the kernel for this launch's argument types.
        out["native"] = native
    return out


class Kernel:
    """A function offloaded to the device (what ``@offload`` returns).

    Calling it launches it; options given to the call override the decorator's.
    """

    def __init__(self, function: Callable[..., Any], options: Dict[str, Any]) -> None:
        if not inspect.isfunction(function):
            raise TypeError(f"offload decorates functions, not {type(function).__name__}")
        self.function = function
        self.name = function.__name__
        self.options = options
        self.__doc__ = function.__doc__
        self.__name__ = function.__name__
        self.__wrapped__ = function
        _bridge.register(self)

    def dialect(self, default: str) -> str:
        classic = self.options.get("classic")
        return default if classic is None else ("classic" if classic else "python3")

    def __call__(self, *args: Any, **call_options: Any) -> Any:
        opts = {**self.options, **_normalise_options(call_options, f"{self.name}()")}
        launch = _launch_options(opts)
        prefetch = opts.get("prefetch") or 0

        def body(scope: CallScope) -> Tuple[Any, ...]:
            return (self.name, [marshal(a, scope, prefetch=prefetch) for a in args], launch)

        _bridge.ensure_loaded()
        _bridge.check_compiled(self.name)
        return _bridge.start(Msg.LAUNCH, body, wait=not opts.get("asynchronous"))

    def __repr__(self) -> str:
        return f"<ePython kernel {self.name}>"


def offload(function: Optional[Callable[..., Any]] = None, **options: Any) -> Any:
    """Decorator: ``@offload`` or ``@offload(asynchronous=True, target=[1, 2], auto=4, all=True,
    device="epiphany3", timeout=5, prefetch=4, classic=False, native=True)`` (``async=True`` is accepted
    through ``**{"async": True}``)."""
    opts = _normalise_options(options, "offload()")
    if function is not None:
        return Kernel(function, opts)
    return lambda fn: Kernel(fn, opts)


def offload_single(function: Optional[Callable[..., Any]] = None, **options: Any) -> Any:
    """``offload(asynchronous=True, auto=1)``: returns a handle; runs on any one free core."""
    opts = {"asynchronous": True, "auto": 1, "all": False, **_normalise_options(options, "offload()")}
    if function is not None:
        return Kernel(function, opts)
    return lambda fn: Kernel(fn, opts)


def offload_multiple(function: Optional[Callable[..., Any]] = None, *, cores: Optional[int] = None,
                     **options: Any) -> Any:
    """``offload(asynchronous=True, auto=cores)``: ``@offload_multiple(cores=8)``."""
    if function is not None:
        raise TypeError("offload_multiple needs the number of cores: write @offload_multiple(cores=n)")
    if cores is None:
        raise TypeError("offload_multiple() missing the number of device cores: write @offload_multiple(cores=n)")
    if not isinstance(cores, int) or isinstance(cores, bool) or cores < 1:
        raise ValueError(f"offload_multiple(cores=...) must be a positive int, not {cores!r}")
    opts = {"asynchronous": True, "auto": cores, "all": False, **_normalise_options(options, "offload()")}
    return lambda fn: Kernel(fn, opts)


# --------------------------------------------------------------------------------------
# Device-resident variables


def _caller_argument_name(frame: Any, value: Any) -> str:
    """The variable name written as define_on_device's argument on the calling line."""
    line = linecache.getline(frame.f_code.co_filename, frame.f_lineno).strip()
    try:
        tree = ast.parse(line)
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)
                 and (getattr(n.func, "id", None) or getattr(n.func, "attr", None)) == "define_on_device"]
        if len(calls) == 1 and calls[0].args and isinstance(calls[0].args[0], ast.Name):
            return str(calls[0].args[0].id)
    except SyntaxError:
        pass
    # A statement spanning lines: the one variable holding this very object. Only for
    # objects with an identity of their own (None, small ints, interned strings are shared).
    if not isinstance(value, (type(None), bool, int, float, str, bytes, tuple)):
        names = {str(n) for scope in (frame.f_locals, frame.f_globals) for n, v in scope.items() if v is value}
        if len(names) == 1:
            return names.pop()
    raise ValueError("define_on_device(x): cannot tell the variable's name from the calling line; "
                     "write define_on_device('x', x)")


def _check_name(name: Any) -> str:
    if not isinstance(name, str) or not name.isidentifier():
        raise TypeError(f"a device variable's name must be an identifier string, not {name!r}")
    return name


def _transfer_options(target: Any, options: Dict[str, Any], what: str) -> Tuple[Dict[str, Any], bool]:
    opts = dict(options)
    asynchronous = bool(opts.pop("asynchronous", False) or opts.pop("async", False))
    if opts:
        raise TypeError(f"{what}() got an unknown option '{next(iter(opts))}'")
    t = {} if target is None else {"target": _core_list(target)}
    return t, asynchronous


def _known_variable(name: str, what: str) -> str:
    _check_name(name)
    if name not in _bridge.device_globals:
        raise NameError(f"{what}: there is no device-resident variable '{name}' (define it with define_on_device)")
    return name


def define_on_device(name_or_value: Any, *value: Any, target: Any = None, **options: Any) -> Any:
    """Defines a device-resident variable on every core (or ``target`` cores).

    ``define_on_device(a)`` takes the name from the calling line and the value at the
    time of the call; ``define_on_device("a", value)`` names it explicitly. Kernels use
    it by name as a global (declare ``global a`` to assign it in Python 3 kernels).
    """
    if len(value) > 1:
        raise TypeError("define_on_device(name, value) takes at most two positional arguments")
    if value:
        name, data = _check_name(name_or_value), value[0]
    else:
        frame = inspect.currentframe()
        assert frame is not None and frame.f_back is not None
        name, data = _caller_argument_name(frame.f_back, name_or_value), name_or_value
    t, asynchronous = _transfer_options(target, options, "define_on_device")
    wire = marshal(data, None)
    _bridge.add_device_global(name)
    return _bridge.start(Msg.DEFINE, lambda _s: (name, wire, t), wait=not asynchronous)


def copy_to_device(name: str, data: Any, target: Any = None, asynchronous: bool = False, **options: Any) -> Any:
    """Overwrites a device-resident variable on every core (or ``target``)."""
    _known_variable(name, "copy_to_device")
    t, a = _transfer_options(target, options, "copy_to_device")
    wire = marshal(data, None)
    return _bridge.start(Msg.COPY_TO, lambda _s: (name, wire, t), wait=not (asynchronous or a))


def copy_from_device(name: str, target: Any = None, asynchronous: bool = False, **options: Any) -> Any:
    """A device-resident variable's value on every core (or ``target``), by core id."""
    _known_variable(name, "copy_from_device")
    t, a = _transfer_options(target, options, "copy_from_device")
    return _bridge.start(Msg.COPY_FROM, lambda _s: (name, t), wait=not (asynchronous or a))


# --------------------------------------------------------------------------------------
# The original's messaging names. Inside kernels they are the device's parallel
# functions (the kernel module imports them); on the host only the queries work.


def numcores() -> int:
    """The number of device cores."""
    return _bridge.device_cores()


def coreid() -> int:
    """The host's id: it comes after the device cores, as in the original."""
    return _bridge.device_cores()


def ishost() -> bool:
    return True


def isdevice() -> bool:
    return False


def _kernel_only(name: str) -> Callable[..., Any]:
    def f(*_args: Any, **_kw: Any) -> Any:
        raise RuntimeError(f"{name}() is for kernels: the host takes no part in device messages")
    f.__name__ = name
    f.__doc__ = f"The device's parallel.{name} inside kernels; an error on the host."
    return f


send = _kernel_only("send")
recv = _kernel_only("recv")
sendrecv = _kernel_only("sendrecv")
bcast = _kernel_only("bcast")
reduce = _kernel_only("reduce")
sync = _kernel_only("sync")
probe = _kernel_only("probe")
for _f in (send, recv, sendrecv, bcast, reduce, sync, probe):
    _f.__module__ = __name__
