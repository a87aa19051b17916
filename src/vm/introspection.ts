// Small builtins of issue 9: id, iter(callable, sentinel), __import__, vars, dir, and
// the builtins that are deliberately absent on a core (open, eval, exec, compile),
// which raise an error saying so instead of a NameError.

import { expectArgs, expectPositional } from "./args.js";
import { PyError, typeError } from "./errors.js";
import * as ops from "./ops.js";
import { SIZE } from "./memory.js";
import { buildDict } from "./methods/dict.js";
import { sortValues } from "./sorting.js";
import { PyDict } from "./dict.js";
import { hasAttr, instanceDict, isCallable, metaclassHooks, PyClass, PyInstance } from "./classes.js";
import { BuiltinFunction, type Cell, type CoreApi, PyFunction, PyIterator, PyModule, PyType, type Value } from "./values.js";
import type { Core } from "./core.js";
import { importBuiltin } from "./dynamicImport.js";
import { lateModuleAttributes } from "./modules/library.js";
import { CodeFlags, type CodeObject } from "../bytecode/code.js";

// ------------------------------------------------------------------------ id

/**
 * Identities. An instance's id is the address its default repr shows
 * (`<C object at 0x...>`, classes.ts); other objects are numbered on first use
 * (a WeakMap: the number dies with the object), in between those addresses so the
 * two never meet. Immutable values without identity in this VM (ints, strs, None,
 * bools) are equal when `is` says so, and get one id per value.
 */
const objectIds = new WeakMap<object, number>();
const valueIds = new Map<unknown, number>();
let nextObjectId = 0;

function idOf(v: Value): number {
  if (v instanceof PyInstance) return 0x10000 + v.id * 16;
  if (typeof v === "object" && v !== null) {
    let id = objectIds.get(v);
    if (id === undefined) objectIds.set(v, (id = 0x10008 + 16 * nextObjectId++));
    return id;
  }
  let id = valueIds.get(v);
  if (id === undefined) valueIds.set(v, (id = 0x10008 + 16 * nextObjectId++));
  return id;
}

// -------------------------------------------------------- iter(fn, sentinel)

/** `iter(fn, sentinel)`: calls fn() until it returns a value equal to the sentinel. */
class CallIterator extends PyIterator {
  private done = false;
  constructor(private readonly core: CoreApi, private readonly fn: Value, private readonly sentinel: Value) {
    super();
  }
  next(): Value | undefined {
    if (this.done) return undefined;
    const v = this.core.call(this.fn, []);
    if (ops.eq(v, this.sentinel)) {
      this.done = true;
      return undefined;
    }
    return v;
  }
  children(): readonly Value[] {
    return [this.fn, this.sentinel];
  }
}

/** iter(x) and iter(callable, sentinel). */
function iterBuiltin(core: CoreApi, args: Value[]): Value {
  expectPositional("iter", args, 1, 2);
  if (args.length === 1) return ops.getIter(args[0]);
  const f = args[0];
  if (!isCallable(f)) {
    throw typeError("iter(v, w): v must be callable");
  }
  core.charge(SIZE.iterator);
  return new CallIterator(core, args[0], args[1]);
}

// ------------------------------------------------------------------ vars, dir

/** The names of an object's attributes, as vars() and dir() see them. */
function ownNames(v: Value): Map<string, Value> | null {
  if (v instanceof PyInstance) return v.dict;
  if (v instanceof PyClass) return v.dict;
  if (v instanceof PyModule) {
    const m = new Map<string, Value>();
    v.names.forEach((n, i) => {
      const x = v.slots[i];
      if (x !== undefined && !n.startsWith(".")) m.set(n, x);
    });
    return m;
  }
  return null;
}

/**
 * vars(obj): obj's `__dict__` — an instance's live attribute dict, a class's read-only
 * mappingproxy; a module's is a new dict of its names (a snapshot).
 */
function varsBuiltin(core: CoreApi, args: Value[]): Value {
  if (args.length === 0) return localsSnapshot(core as unknown as Core); // vars() is locals()
  expectArgs("vars", args, 1);
  const v = args[0];
  if (v instanceof PyInstance && v.cls.slots === null) return instanceDict(core as unknown as Core, v);
  if (v instanceof PyClass) return metaclassHooks.mappingProxy(core as unknown as Core, v);
  if (v instanceof PyFunction) return core.getAttr(v, "__dict__");
  if (v instanceof PyModule) (core as unknown as Core).moduleDunders(v);
  const names = ownNames(v);
  if (!names) throw typeError("vars() argument must have __dict__ attribute");
  return buildDict(core, (d: PyDict) => {
    for (const [k, x] of names) d.set(core.newStr(k), x);
  });
}

/** The attributes every class inherits from object, as CPython 3.11's dir() lists them. */
const OBJECT_ATTRIBUTES = [
  "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__",
  "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__",
  "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
];

/** dir(obj): sorted attribute names (an instance's, then its classes'; a type's methods). */
/**
 * Every attribute name of CPython 3.11's built-in types (the union of dir() over int,
 * float, complex, bool, None, str, bytes, bytearray, list, tuple, dict, set, frozenset,
 * range, slice, memoryview, builtin functions, iterators, generators, dict views,
 * object and type): the candidates dir() tries on a built-in value.
 */
const BUILTIN_TYPE_NAMES: readonly string[] = `__abs__ __abstractmethods__ __add__ __alloc__ __and__ __annotations__ __code__
__base__ __bases__ __basicsize__ __bool__ __bytes__ __call__ __ceil__ __class__ __class_getitem__ __complex__
__contains__ __del__ __delattr__ __delitem__ __dict__ __dictoffset__ __dir__ __divmod__ __doc__ __enter__ __eq__
__exit__ __flags__ __float__ __floor__ __floordiv__ __format__ __ge__ __getattribute__ __getformat__ __getitem__
__getnewargs__ __getstate__ __gt__ __hash__ __iadd__ __iand__ __imul__ __index__ __init__ __init_subclass__
__instancecheck__ __int__ __invert__ __ior__ __isub__ __itemsize__ __iter__ __ixor__ __le__ __len__
__length_hint__ __lshift__ __lt__ __mod__ __module__ __mro__ __mul__ __name__ __ne__ __neg__ __new__ __next__
__or__ __pos__ __pow__ __prepare__ __qualname__ __radd__ __rand__ __rdivmod__ __reduce__ __reduce_ex__ __repr__
__reversed__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__
__rsub__ __rtruediv__ __rxor__ __self__ __setattr__ __setitem__ __setstate__ __sizeof__ __str__ __sub__
__subclasscheck__ __subclasses__ __subclasshook__ __text_signature__ __truediv__ __trunc__ __weakrefoffset__
__xor__ add append as_integer_ratio bit_count bit_length c_contiguous capitalize casefold cast center clear
close conjugate contiguous copy count decode denominator difference difference_update discard encode endswith
expandtabs extend f_contiguous find format format_map from_bytes fromhex fromkeys get gi_code gi_frame
gi_running gi_suspended gi_yieldfrom hex imag index indices insert intersection intersection_update is_integer
isalnum isalpha isascii isdecimal isdigit isdisjoint isidentifier islower isnumeric isprintable isspace
issubset issuperset istitle isupper items itemsize join keys ljust lower lstrip maketrans mapping mro nbytes
ndim numerator obj partition pop popitem readonly real release remove removeprefix removesuffix replace
reverse rfind rindex rjust rpartition rsplit rstrip send setdefault shape sort split splitlines start
startswith step stop strides strip suboffsets swapcase symmetric_difference symmetric_difference_update throw
title to_bytes tobytes tolist toreadonly translate union update upper values zfill`.split(/\s+/);

/** What a built-in type has as a type, not as its instances' class: not in its dir() nor its __dict__ (CPython's). */
const TYPE_ONLY_NAMES = new Set(["__dict__", "__mro__", "__bases__", "__base__", "mro", "__name__", "__qualname__", "__module__", "__class__"]);

/**
 * `int.__dict__`: the attributes a built-in type has (its methods, those it inherits
 * included, which CPython's lists only on the type that defines them), as a dict for
 * a mappingproxy. typing's protocol checks and get_type_hints walk `__mro__` reading it.
 */
export function builtinTypeDict(core: CoreApi, t: PyType): PyDict {
  return buildDict(core, (d: PyDict) => {
    for (const k of BUILTIN_TYPE_NAMES) {
      if (TYPE_ONLY_NAMES.has(k) || !hasAttr(core, t, k)) continue;
      d.set(core.newStr(k), (core as unknown as Core).getAttr(t, k));
    }
  });
}

function dirBuiltin(core: CoreApi, args: Value[]): Value {
  if (args.length === 0) {
    // dir(): the sorted names of the caller's scope (locals(), or the module's globals).
    const names = localsSnapshot(core as unknown as Core).keyList().filter((k): k is string => typeof k === "string");
    return core.newList(names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((n) => core.newStr(n)));
  }
  expectArgs("dir", args, 1);
  const v = args[0];
  // An instance whose class defines __dir__: its answer, sorted (CPython's rule; not for classes).
  const custom = v instanceof PyInstance ? v.cls.lookup("__dir__") : undefined;
  if (custom !== undefined) {
    const listed = ops.iterableItems(core.call(custom, [v]), core as unknown as Core);
    return core.newList(sortValues(core, listed, null, false));
  }
  if (v instanceof PyModule) (core as unknown as Core).moduleDunders(v);
  const names = new Set<string>(ownNames(v)?.keys() ?? []);
  const cls = v instanceof PyInstance ? v.cls : v instanceof PyClass ? v : null;
  if (cls) {
    for (const c of cls.mro) for (const k of c.dict.keys()) names.add(k);
    // What every class inherits from object, and what a class statement adds (CPython 3.11's dir).
    for (const k of OBJECT_ATTRIBUTES) names.add(k);
    if (cls.module !== "builtins") {
      names.add("__module__");
      names.add("__doc__");
      if (cls.slots === null) {
        names.add("__dict__");
        names.add("__weakref__");
      } else for (const k of cls.slots) names.add(k); // the slots' descriptors
    }
  }
  // A built-in value or type: the names of CPython's built-in types that it has here
  // (those getattr finds), so that dir(5), dir(b"") and dir(list) list what works.
  if (!(v instanceof PyInstance) && !(v instanceof PyClass) && !(v instanceof PyModule)) {
    // (A built-in type's __mro__, __dict__... are not listed, as in CPython; type's own are.)
    const typeOnly = v instanceof PyType && !(v.name === "type" && v.module === null);
    for (const k of BUILTIN_TYPE_NAMES) if (!(typeOnly && TYPE_ONLY_NAMES.has(k) && k !== "__class__" && k !== "__module__" && k !== "__name__" && k !== "__qualname__") && hasAttr(core, v, k)) names.add(k);
  }
  // Attributes whose name starts with a space are a native-backed instance's own state
  // (no Python code can name them): never listed.
  const sorted = [...names].filter((n) => !n.startsWith(" ")).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return core.newList(sorted.map((n) => core.newStr(n)));
}

// ------------------------------------------------------------ deliberately absent

/** A builtin that cores deliberately do not have: calling it says why. */
function absent(name: string, why: string): BuiltinFunction {
  return new BuiltinFunction(name, () => {
    throw new PyError("NotImplementedError", `${name}() is not available on a core: ${why}`);
  });
}

const NO_FILES = "cores have no files or operating system (pass data as program arguments, input() or messages)";

/**
 * open(): a core has no files, but open(0) (file descriptor 0, the standard input, as
 * `open(0).read()` of competitive programs) reads the stream input() and sys.stdin
 * read. That is the library module _stdin's open, in the image of a program that names
 * open (library.ts lateModuleAttributes "builtins.open"); anything else, or a program
 * without it, gets the NotImplementedError.
 */
const openBuiltin = new BuiltinFunction("open", (c, args, kw) => {
  const core = c as unknown as Core;
  // 0 (a JS number 0 is the int: 0.0 is boxed) and bool False, CPython's fd 0 too.
  const fd0 = args[0] === 0 || args[0] === false;
  // Looked up here, not at load: library.ts and this file import each other (through core.ts).
  const source = fd0 ? lateModuleAttributes.get("builtins.open")! : "";
  if (fd0 && core.program.modules.some((u) => u.name === source)) return core.call(core.importByName(source).get("open")!, args, kw);
  throw new PyError("NotImplementedError", `open() is not available on a core: ${NO_FILES}`);
});
/** The calling module's globals, as a new dict. */
function globalsSnapshot(core: Core): PyDict {
  return globalsOf(core, core.frame?.globals);
}

/**
 * Module `m`'s globals as a dict (globals() of code running in it, a function's
 * __globals__, sys._getframe's f_globals): one dict per module, so that
 * `f.__globals__ is globals()`, brought up to date with the module at each call.
 * Writes through it (`globals()[name] = v`, `del`, update, pop, clear) are module
 * globals at once, as in CPython. Unlike CPython's, a global the program assigns
 * later shows in it only at the next globals() call: the module keeps its globals in
 * slots that compiled code indexes directly, and that path stays free of dict upkeep.
 */
export function globalsOf(core: Core, m: PyModule | undefined): PyDict {
  if (!m) return new ModuleNamespace(core, null);
  core.moduleDunders(m);
  let d = m.namespace instanceof ModuleNamespace ? m.namespace : null;
  if (d === null) {
    d = new ModuleNamespace(core, m);
    m.namespace = d;
  }
  d.sync();
  return d;
}

/** globalsOf's dict: a PyDict whose changes of string keys are made to the module too. */
class ModuleNamespace extends PyDict {
  constructor(owner: Core, private readonly module: PyModule | null) {
    super(owner);
  }
  override set(key: Value, value: Value): void {
    super.set(key, value);
    if (typeof key === "string" && this.module) {
      if (this.module.readOnly !== null) throw new PyError("NotImplementedError", this.module.readOnly);
      this.module.set(key, value);
    }
  }
  override deleteAt(i: number): Value {
    const key = this.keys[i];
    const v = super.deleteAt(i);
    if (typeof key === "string") this.unbind(key);
    return v;
  }
  override clear(): void {
    for (const key of this.keys) if (typeof key === "string" && !key.startsWith(".")) this.unbind(key);
    super.clear();
  }
  private unbind(name: string): void {
    const slot = this.module?.index.get(name);
    if (slot !== undefined) this.module!.slots[slot] = undefined;
  }
  /** Makes the dict's string keys the module's bound globals (not written back). */
  /**
   * The module's current values into the entries this dict has (none added or removed:
   * nothing is charged and no iteration sees a change of size). The collector calls it
   * before marking the module (memory.ts), so a value the module no longer holds is not
   * kept alive by this copy: CPython's globals() is the module's own dict, and
   * `d = None` drops the old value of d (a generator is closed, `__del__` runs).
   */
  override refreshValues(): void {
    const m = this.module;
    if (m === null) return;
    for (let i = 0; i < this.keys.length; i++) {
      const key = this.keys[i];
      if (typeof key !== "string") continue;
      const v = m.get(key);
      if (v !== undefined) this.vals[i] = v;
    }
  }

  sync(): void {
    const m = this.module!;
    // Compiler-made hidden globals ('.' names, e.g. a module-level except's '.exc0') are left out.
    m.names.forEach((name, i) => {
      if (name.startsWith(".")) return;
      const v = m.slots[i];
      if (v !== undefined) {
        if (this.get(name) !== v) super.set(name, v);
      } else {
        const at = this.find(name);
        if (at >= 0) super.deleteAt(at);
      }
    });
  }
}

/**
 * locals(): a new dict of the calling function's bound local variables (CPython's
 * order: the fast locals, then the other captured cells, then the free variables);
 * writing to it does not change the variables, as in CPython 3.11 functions. At
 * module level it is globals(). Compiler-made hidden locals ('.' names) are left out.
 */
function localsSnapshot(core: Core): PyDict {
  const f = core.frame;
  if (!f || f.code.flags & CodeFlags.MODULE) return globalsSnapshot(core);
  return localsDict(core, f.code, (i) => core.stack[f.base + i], f.cells);
}

/**
 * The variables of a function's frame as a new dict, in locals() order: `local(i)` is
 * fast local i (undefined: unbound), captured ones come from `cells` (its cellvars,
 * then its free variables). Also a traceback's f_locals (vm/tracebackObjects.ts).
 */
export function localsDict(core: Core, code: CodeObject, local: (i: number) => Value | undefined, cells: readonly Cell[] | null): PyDict {
  const d = new PyDict(core);
  const cellValue = (i: number) => cells?.[i]?.value;
  const put = (name: string, v: Value | undefined) => {
    if (v !== undefined && !name.startsWith(".")) d.set(name, v);
  };
  code.varnames.forEach((name, i) => {
    const cell = code.cellvars.indexOf(name);
    put(name, cell >= 0 ? cellValue(cell) : local(i));
  });
  code.cellvars.forEach((name, i) => {
    if (!code.varnames.includes(name)) put(name, cellValue(i));
  });
  code.freevars.forEach((name, i) => put(name, cellValue(code.cellvars.length + i)));
  return d;
}

const NO_EVAL = "ePython compiles the whole program ahead of time and does not run code from strings";

export function introspectionBuiltins(): [string, Value][] {
  return [
    ["id", new BuiltinFunction("id", (_c, args) => {
      expectArgs("id", args, 1);
      return idOf(args[0]);
    })],
    ["iter", new BuiltinFunction("iter", iterBuiltin)],
    ["vars", new BuiltinFunction("vars", varsBuiltin)],
    ["dir", new BuiltinFunction("dir", dirBuiltin)],
    ["__import__", new BuiltinFunction("__import__", importBuiltin)],
    // The calling module's globals: a dict whose writes are globals (globalsOf).
    ["globals", new BuiltinFunction("globals", (c, args) => {
      expectArgs("globals", args, 0);
      return globalsSnapshot(c as unknown as Core);
    })],
    ["locals", new BuiltinFunction("locals", (c, args) => {
      expectArgs("locals", args, 0);
      return localsSnapshot(c as unknown as Core);
    })],
    ["__debug__", true],
    ["open", openBuiltin],
    ["eval", absent("eval", NO_EVAL)],
    ["exec", absent("exec", NO_EVAL)],
    ["compile", absent("compile", NO_EVAL)],
  ];
}
