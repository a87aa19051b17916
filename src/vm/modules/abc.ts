// `abc`: ABC and abstractmethod. A class deriving from ABC that still has abstract
// methods (its own or inherited, not overridden) cannot be instantiated: CPython's
// TypeError "Can't instantiate abstract class Shape with abstract methods area,
// perimeter". `@property` over `@abstractmethod` counts too.
//
// abstractmethod(f) returns f itself, remembered as abstract (a weak set: nothing is
// kept alive or charged). ABC is one class shared by every core, like `object`.
// The check runs in classes.ts `newInstance` once the module has been loaded; the
// abstract names of a class are computed at its first instantiation (CPython fixes
// them when the class is made, so later edits of the class are not seen either).
// ABCMeta is a metaclass (vm/metaclasses.ts) and ABC's: a class made with
// `metaclass=ABCMeta` gets the check too. `ABCMeta.register(C, sub)` records a
// virtual subclass (isinstance/issubclass through `__instancecheck__` and
// `__subclasscheck__`); the registries are weak and not charged (a set per ABC).
// A class's `__subclasshook__` (a classmethod returning True, False or
// NotImplemented) answers issubclass/isinstance first, as in CPython.
// `abstractproperty`, `abstractclassmethod`, `abstractstaticmethod`: the deprecated
// spellings, built-in descriptors remembered as abstract.
// `C.__abstractmethods__` is the frozenset of those names. Not provided: registries of
// an ABC's subclasses, the positive and negative caches (a hook is asked at every check).

import { expectArgs, expectKwargs, expectPyFunctionKwargs } from "../args.js";
import { NotImplemented, PyClass, PyDescriptor, PyInstance, isInstanceOf, metaOf, objectClass, setAbstractCheck, typeClass } from "../classes.js";
import { builtins, typeOf } from "../builtins.js";
import type { Core } from "../core.js";
import { PyError, typeError } from "../errors.js";
import { BuiltinFunction, PyFunction, PyModule, PyType, type CoreApi, type Value } from "../values.js";
import { def } from "./util.js";
import { buildSet } from "../methods/set.js";

const abstract = new WeakSet<object>();

/** Virtual subclasses registered with each ABC (`ABCMeta.register`). */
const registries = new WeakMap<PyClass, Set<Value>>();

const objectSubclassHook = objectClass.dict.get("__subclasshook__");

/**
 * issubclass(sub, cls) for an ABC, in CPython's order (_abc_subclasscheck): the
 * class's own `__subclasshook__` answers first when it gives True or False (typing's
 * protocols, duck-typed ABCs), then a real subclass, then a registered class.
 */
function abcSubclass(core: CoreApi, cls: PyClass, sub: Value): boolean {
  if (cls.lookup("__subclasshook__") !== objectSubclassHook) {
    const ok = core.call(core.getAttr(cls, "__subclasshook__"), [sub]);
    if (ok === true || ok === false) return ok;
    if (ok !== NotImplemented) throw new PyError("AssertionError", "__subclasshook__ must return either False, True, or NotImplemented");
  }
  if (sub instanceof PyClass && sub.isSubclassOf(cls)) return true;
  for (const r of registries.get(cls) ?? []) {
    if (r === sub || (sub instanceof PyClass && r instanceof PyClass && sub.isSubclassOf(r))) return true;
    // A registered built-in type covers its built-in subtypes: bool is int's (`B.register(int)`).
    if (r instanceof PyType && sub instanceof PyType && r.name === "int" && sub.name === "bool") return true;
  }
  return false;
}

const method = (name: string, fn: (args: Value[], core: CoreApi) => Value) => new BuiltinFunction(name, (c, args) => {
  if (!(args[0] instanceof PyClass)) throw typeError(`descriptor '${name}' requires an ABC`);
  return fn(args, c);
});

/** `abc.ABCMeta`: the metaclass of ABCs. */
export const abcMeta = new PyClass("ABCMeta", "abc", [typeClass], new Map<string, Value>([
  ["__module__", "abc"],
  ["register", method("register", ([cls, sub]) => {
    if (!(sub instanceof PyClass || sub instanceof PyType)) throw typeError("Can only register classes");
    let set = registries.get(cls as PyClass);
    if (set === undefined) registries.set(cls as PyClass, (set = new Set()));
    set.add(sub);
    cacheToken++;
    return sub;
  })],
  ["__instancecheck__", method("__instancecheck__", ([cls, v], c) => {
    // Without a hook of its own an instance of a real subclass needs no lookup.
    if ((cls as PyClass).lookup("__subclasshook__") === objectSubclassHook && isInstanceOf(v, cls as PyClass)) return true;
    const t = v instanceof PyInstance ? v.cls : typeOf(v);
    return abcSubclass(c, cls as PyClass, t) || (v instanceof PyInstance && v.native !== undefined && abcSubclass(c, cls as PyClass, typeOf(v.native)));
  })],
  ["__subclasscheck__", method("__subclasscheck__", ([cls, sub], c) => {
    if (!(sub instanceof PyClass || sub instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
    return abcSubclass(c, cls as PyClass, sub);
  })],
  // `C.__abstractmethods__`: the names that keep C from being instantiated, a frozenset.
  ["__abstractmethods__", new PyDescriptor("property", method("__abstractmethods__", ([cls], c) =>
    buildSet(c, true, (set) => { for (const name of abstractMethodNames(cls as PyClass)) set.add(name); })))],
]));

/** The ABC class: its metaclass is ABCMeta; its subclasses get the abstract-method check. */
export const abcClass = new PyClass("ABC", "abc", [objectClass], new Map<string, Value>([["__module__", "abc"]]));
abcClass.meta = abcMeta;

function isAbstract(v: Value | undefined): boolean {
  if (v === undefined || v === null || typeof v !== "object") return false;
  if (abstract.has(v)) return true;
  return v instanceof PyDescriptor && (isAbstract(v.fn) || isAbstract(v.setter));
}

const abstractNames = new WeakMap<PyClass, string[]>();

/** `abc.get_cache_token()`: CPython's counter of registrations, which caches compare. */
let cacheToken = 0;

/** The abstract methods of a class made by ABCMeta, sorted (computed once per class). */
function abstractMethodNames(cls: PyClass, recompute = false): string[] {
  let names = recompute ? undefined : abstractNames.get(cls);
  if (names === undefined) {
    const all = new Set<string>();
    for (const c of cls.mro) for (const k of c.dict.keys()) all.add(k);
    names = [...all].filter((k) => isAbstract(cls.lookup(k))).sort();
    abstractNames.set(cls, names);
  }
  return names;
}

function check(cls: PyClass): void {
  if (!metaOf(cls).isSubclassOf(abcMeta)) return;
  const names = abstractMethodNames(cls);
  if (names.length) {
    throw typeError(`Can't instantiate abstract class ${cls.name} with abstract method${names.length > 1 ? "s" : ""} ${names.join(", ")}`);
  }
}

export function createAbc(core: CoreApi): PyModule {
  void core;
  setAbstractCheck(check);
  const mod = new PyModule("abc");
  mod.set("ABC", abcClass);
  mod.set("ABCMeta", abcMeta);
  def(mod, "abstractmethod", (c, args, kwargs) => {
    expectPyFunctionKwargs("abstractmethod", kwargs);
    expectArgs("abstractmethod", args, 1);
    const f = args[0];
    if (f !== null && typeof f === "object") {
      abstract.add(f);
      // CPython's sets `f.__isabstractmethod__ = True`, which properties, functools'
      // descriptors and user code read; a value without attributes stays marked above.
      if (f instanceof PyFunction) (c as Core).setAttr(f, "__isabstractmethod__", true);
    }
    return f;
  });
  def(mod, "get_cache_token", (_c, args, kwargs) => {
    expectKwargs("get_cache_token", kwargs);
    expectArgs("get_cache_token", args, 0);
    return cacheToken;
  });
  // `update_abstractmethods(cls)`: the abstract names again, after methods were added
  // to the class or implemented on it (a class not made by ABCMeta is left alone).
  def(mod, "update_abstractmethods", (_c, args, kwargs) => {
    expectPyFunctionKwargs("update_abstractmethods", kwargs);
    expectArgs("update_abstractmethods", args, 1);
    const cls = args[0];
    if (cls instanceof PyClass && metaOf(cls).isSubclassOf(abcMeta)) abstractMethodNames(cls, true);
    return cls;
  });
  // The deprecated abstractproperty, abstractclassmethod and abstractstaticmethod
  // (still in tutorials): the built-in descriptor, made with the same arguments and
  // remembered as abstract. (CPython's are subclasses of property, classmethod and
  // staticmethod; here isinstance(x, abstractproperty) is not available.)
  for (const kind of ["property", "classmethod", "staticmethod"]) {
    def(mod, `abstract${kind}`, (c, args, kwargs) => {
      const d = (c as Core).call(builtins.get(kind)!, args, kwargs);
      if (d !== null && typeof d === "object") abstract.add(d);
      return d;
    });
  }
  return mod;
}
