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
// Not provided: ABCMeta (class keyword arguments such as `metaclass=` are not
// supported yet), `__abstractmethods__`, register().

import { expectArgs, expectKwargs } from "../args.js";
import { PyClass, PyDescriptor, objectClass, setAbstractCheck } from "../classes.js";
import { typeError } from "../errors.js";
import { PyModule, type CoreApi, type Value } from "../values.js";
import { def } from "./util.js";

const abstract = new WeakSet<object>();

/** The ABC class: an ordinary class whose subclasses get the abstract-method check. */
export const abcClass = new PyClass("ABC", "abc", [objectClass], new Map<string, Value>([["__module__", "abc"]]));

function isAbstract(v: Value | undefined): boolean {
  if (v === undefined || v === null || typeof v !== "object") return false;
  if (abstract.has(v)) return true;
  return v instanceof PyDescriptor && (isAbstract(v.fn) || isAbstract(v.setter));
}

const abstractNames = new WeakMap<PyClass, string[]>();

function check(cls: PyClass): void {
  if (!cls.isSubclassOf(abcClass)) return;
  let names = abstractNames.get(cls);
  if (names === undefined) {
    const all = new Set<string>();
    for (const c of cls.mro) for (const k of c.dict.keys()) all.add(k);
    names = [...all].filter((k) => isAbstract(cls.lookup(k))).sort();
    abstractNames.set(cls, names);
  }
  if (names.length) {
    throw typeError(`Can't instantiate abstract class ${cls.name} with abstract method${names.length > 1 ? "s" : ""} ${names.join(", ")}`);
  }
}

export function createAbc(core: CoreApi): PyModule {
  void core;
  setAbstractCheck(check);
  const mod = new PyModule("abc");
  mod.set("ABC", abcClass);
  def(mod, "abstractmethod", (_c, args, kwargs) => {
    expectKwargs("abstractmethod", kwargs);
    expectArgs("abstractmethod", args, 1);
    const f = args[0];
    if (f !== null && typeof f === "object") abstract.add(f);
    return f;
  });
  return mod;
}
