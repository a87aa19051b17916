// The type objects of the model's heap objects that are neither classes nor
// instances (bound methods, properties, super objects, native objects...): one
// PyType per type name, shared by every core like `list`, so that
// `type(a.m) is type(b.m)` and `isinstance(a.m, types.MethodType)` hold.
//
// Invariant: a name maps to one PyType for the life of the process; a type given a
// constructor here (`method`: types.MethodType(func, obj)) has it from the start,
// before any program can ask for the type.

import { expectArgs, expectKwargs, typeName } from "./args.js";
import { PyBoundMethod, WRAPPER_BYTES, isCallable } from "./classes.js";
import { typeError } from "./errors.js";
import { PyModule, PyType, type CoreApi, type Kwargs, type NativeFn, type Value } from "./values.js";

/** types.MethodType(func, obj): the bound method CPython's `method(function, instance)` makes (16 B). */
function constructMethod(core: CoreApi, args: Value[], kwargs: Kwargs): Value {
  expectKwargs("method", kwargs);
  expectArgs("method", args, 2);
  const [fn, self] = args;
  if (!isCallable(fn)) {
    throw typeError("first argument must be callable");
  }
  if (self === null) throw typeError("instance must not be None");
  core.charge(WRAPPER_BYTES);
  return new PyBoundMethod(self, fn);
}

/** types.ModuleType(name, doc=None): an empty module (16 B + 4 B per global: its `__name__` and `__doc__`). */
export function constructModule(core: CoreApi, args: Value[], kwargs: Kwargs): Value {
  const named = kwargs?.get("name");
  const doc = kwargs?.get("doc");
  expectKwargs("module", kwargs, ["name", "doc"]);
  const all = [...args, ...(named === undefined ? [] : [named]), ...(doc === undefined ? [] : [doc])];
  if (all.length === 0) throw typeError("module() missing required argument 'name' (pos 1)");
  expectArgs("module", all, 1, 2);
  const name = all[0];
  if (typeof name !== "string") throw typeError(`module.__init__() argument 'name' must be str, not ${typeName(name)}`);
  const mod = new PyModule(name);
  mod.set("__name__", name);
  mod.set("__doc__", all[1] ?? null);
  core.charge(16 + 4 * mod.names.length);
  return mod;
}

const constructors = new Map<string, NativeFn>([["method", constructMethod]]);
const heapTypes = new Map<string, PyType>();

/** The names of the built-in iterators' types (list_iterator, map...): what collections.abc counts as Iterators. */
const iteratorTypeNames = new Set<string>();

/**
 * The type of a built-in iterator named `fullName` (builtins.ts typeOf): CPython's
 * tp_name, `module.name` for a library's (`itertools.count`: `__name__` 'count').
 */
export function iteratorHeapType(fullName: string): PyType {
  const t = qualifiedHeapType(fullName);
  iteratorTypeNames.add(t.name);
  return t;
}

/**
 * The type of a heap object whose CPython tp_name is `fullName`: a dotted one is
 * `module.name` (`functools.partial`, `_io.TextIOWrapper`: `__name__` is the last part,
 * the repr the whole).
 */
export function qualifiedHeapType(fullName: string): PyType {
  let t = heapTypes.get(fullName);
  if (t === undefined) {
    const dot = fullName.lastIndexOf(".");
    t = dot < 0 ? heapType(fullName) : new PyType(fullName.slice(dot + 1), null, fullName.slice(0, dot));
    heapTypes.set(fullName, t);
  }
  return t;
}

/**
 * A builtin that is a type in CPython (`map`, `zip`, `property`, `super`...): the type
 * object of its values (the one typeOf gives), callable with `construct`, so that
 * `isinstance(m, map)`, `type(p) is property` and `class P(property)` work. Made once,
 * when the builtins table is built, before any program can ask for the type.
 */
export function builtinHeapType(name: string, construct: NativeFn, iterator = false): PyType {
  if (heapTypes.has(name)) throw new Error(`internal error: the type ${name} exists already`);
  const t = new PyType(name, construct);
  heapTypes.set(name, t);
  if (iterator) iteratorTypeNames.add(name);
  return t;
}

/** Whether `name` names a built-in iterator's type (one typeOf has made). */
export function isIteratorTypeName(name: string): boolean {
  return iteratorTypeNames.has(name);
}

/** The one type object named `name` of the heap objects outside the class model. */
export function heapType(name: string): PyType {
  let t = heapTypes.get(name);
  if (t === undefined) {
    t = new PyType(name, constructors.get(name) ?? null);
    heapTypes.set(name, t);
  }
  return t;
}
