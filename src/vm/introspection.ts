// Small builtins of issue 9: id, iter(callable, sentinel), __import__, vars, dir, and
// the builtins that are deliberately absent on a core (open, eval, exec, compile),
// which raise an error saying so instead of a NameError.

import { expectArgs, typeName } from "./args.js";
import { PyError, typeError } from "./errors.js";
import * as ops from "./ops.js";
import { SIZE } from "./memory.js";
import { buildDict } from "./methods/dict.js";
import { listMethods, sortValues } from "./methods/list.js";
import { strMethods } from "./methods/str.js";
import { dictMethods } from "./methods/dict.js";
import { PyDict } from "./dict.js";
import { instanceDict, isCallable, metaclassHooks, PyClass, PyInstance } from "./classes.js";
import { BuiltinFunction, type CoreApi, PyIterator, PyList, PyModule, PyType, type Value } from "./values.js";
import type { Core } from "./core.js";
import { CodeFlags } from "../bytecode/code.js";

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
  expectArgs("iter", args, 1, 2);
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
  if (v instanceof PyClass) return metaclassHooks.classDict(core as unknown as Core, v);
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
  // A built-in type lists its instances' methods (`'append' in dir(list)`).
  const typeName_ = v instanceof PyType ? v.name : null;
  if (v instanceof PyList || typeName_ === "list") for (const k of listMethods.keys()) names.add(k);
  if (typeName_ === "str") for (const k of strMethods.keys()) names.add(k);
  if (typeName_ === "dict") for (const k of dictMethods.keys()) names.add(k);
  if (typeof v === "string") for (const k of strMethods.keys()) names.add(k);
  if (v instanceof PyDict) for (const k of dictMethods.keys()) names.add(k);
  const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return core.newList(sorted.map((n) => core.newStr(n)));
}

// ------------------------------------------------------------------ __import__

/** `__import__("m")`: a standard module, or one of the program's own (run on first use). */
function importBuiltin(core: CoreApi, args: Value[]): Value {
  expectArgs("__import__", args, 1, 5);
  const name = args[0];
  if (typeof name !== "string") throw typeError(`__import__() argument 1 must be str, not ${typeName(name)}`);
  return (core as unknown as Core).importByName(name);
}

// ------------------------------------------------------------ deliberately absent

/** A builtin that cores deliberately do not have: calling it says why. */
function absent(name: string, why: string): BuiltinFunction {
  return new BuiltinFunction(name, () => {
    throw new PyError("NotImplementedError", `${name}() is not available on a core: ${why}`);
  });
}

const NO_FILES = "cores have no files or operating system (pass data as program arguments, input() or messages)";
/** The calling module's globals, as a new dict. */
function globalsSnapshot(core: Core): PyDict {
  return globalsOf(core, core.frame?.globals);
}

/** A snapshot of module `m`'s globals (globals() of code running in it; sys._getframe's f_globals). */
export function globalsOf(core: Core, m: PyModule | undefined): PyDict {
  const d = new PyDict(core);
  // Compiler-made hidden globals ('.' names, e.g. a module-level except's '.exc0') are left out.
  if (m) m.names.forEach((name, i) => {
    const v = m.slots[i];
    if (v !== undefined && !name.startsWith(".")) d.set(name, v);
  });
  return d;
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
  const code = f.code;
  const d = new PyDict(core);
  const cellValue = (i: number) => f.cells?.[i]?.value;
  const put = (name: string, v: Value | undefined) => {
    if (v !== undefined && !name.startsWith(".")) d.set(name, v);
  };
  code.varnames.forEach((name, i) => {
    const cell = code.cellvars.indexOf(name);
    put(name, cell >= 0 ? cellValue(cell) : core.stack[f.base + i]);
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
    // A snapshot of the calling module's globals (CPython's is the live namespace).
    ["globals", new BuiltinFunction("globals", (c, args) => {
      expectArgs("globals", args, 0);
      return globalsSnapshot(c as unknown as Core);
    })],
    ["locals", new BuiltinFunction("locals", (c, args) => {
      expectArgs("locals", args, 0);
      return localsSnapshot(c as unknown as Core);
    })],
    ["__debug__", true],
    ["open", absent("open", NO_FILES)],
    ["eval", absent("eval", NO_EVAL)],
    ["exec", absent("exec", NO_EVAL)],
    ["compile", absent("compile", NO_EVAL)],
  ];
}
