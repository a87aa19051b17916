// Subclasses of the built-in types that are not values but descriptors and iterators:
// `class cached(property)`, `class S(staticmethod)`, `class C(classmethod)`,
// `class M(map)` (filter, zip, enumerate, reversed too). builtinSubclass.ts holds the
// representation (an instance whose `native` is the built-in object it is: a
// PyDescriptor, a map iterator); this module gives their stand-in base classes' methods,
// CPython's: a property subclass is a data descriptor through `__get__`/`__set__`/
// `__delete__` (which a subclass may override and reach with `super()`), and its
// `getter`/`setter`/`deleter` make a new object of the subclass, as CPython's
// property_copy calls `type(self)(fget, fset, fdel, doc)`.

import { PyError, typeError } from "./errors.js";
import { PyBoundMethod, PyDescriptor, PyInstance, WRAPPER_BYTES, nativeOf, propertyError, typeNameOf } from "./classes.js";
import { PyIterator, type Kwargs, type Value } from "./values.js";
import type { Core } from "./core.js";

type Wrapper = (core: Core, self: Value, args: Value[], kw: Kwargs) => Value;
export type Define = (name: string, fn: Wrapper) => void;

/** The descriptor a property/staticmethod/classmethod subclass's instance is. */
function descriptorOf(self: Value, kind: PyDescriptor["kind"]): PyDescriptor {
  const d = nativeOf(self);
  if (!(d instanceof PyDescriptor) || d.kind !== kind) throw typeError(`descriptor of '${kind}' object needs a '${kind}' instance, not '${typeNameOf(self)}'`);
  return d;
}

/** Positional, then keyword arguments `names` (None when absent), as CPython's argument clinic. */
function argumentsByName(what: string, args: Value[], kw: Kwargs, names: string[]): Value[] {
  if (args.length > names.length) throw typeError(`${what}() takes at most ${names.length} arguments (${args.length} given)`);
  const out = names.map((_, i) => args[i] ?? null);
  for (const [k, v] of kw ?? []) {
    const i = names.indexOf(k);
    if (i < 0) throw typeError(`${what}() got an unexpected keyword argument '${k}'`);
    if (i < args.length) throw typeError(`argument for ${what}() given by name ('${k}') and position (${i + 1})`);
    out[i] = v;
  }
  return out;
}

/** The value an instance of a subclass starts with, before its `__init__` fills it. */
export function emptyDescriptor(kind: PyDescriptor["kind"]): PyDescriptor {
  return new PyDescriptor(kind, null);
}

/** property's methods, on the value of the subclass's instance. */
export function propertyMethods(def: Define): void {
  def("__init__", (_core, self, args, kw) => {
    const [fget, fset, fdel, doc] = argumentsByName("property", args, kw, ["fget", "fset", "fdel", "doc"]);
    if (self instanceof PyInstance) self.native = new PyDescriptor("property", fget, fset, fdel, doc);
    return null;
  });
  def("__get__", (core, self, args) => {
    const d = descriptorOf(self, "property");
    const obj = args[0] ?? null;
    if (obj === null) return self;
    if (d.fn === null) throw propertyError(d, obj, "getter");
    return core.call(d.fn, [obj]);
  });
  def("__set__", (core, self, args) => {
    const d = descriptorOf(self, "property");
    if (d.setter === null) throw propertyError(d, args[0], "setter");
    core.call(d.setter, [args[0], args[1]]);
    return null;
  });
  def("__delete__", (core, self, args) => {
    const d = descriptorOf(self, "property");
    if (d.deleter === null) throw propertyError(d, args[0], "deleter");
    core.call(d.deleter, [args[0]]);
    return null;
  });
  for (const name of ["getter", "setter", "deleter"]) {
    def(name, (core, self, args) => {
      if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
      const d = descriptorOf(self, "property");
      const f = args[0];
      const cls = self instanceof PyInstance ? self.cls : null;
      const parts = [name === "getter" ? f : d.fn, name === "setter" ? f : d.setter, name === "deleter" ? f : d.deleter, d.doc];
      return cls === null ? new PyDescriptor("property", ...parts as [Value, Value, Value, Value]) : core.call(cls, parts);
    });
  }
}

/** staticmethod's and classmethod's methods, on the value of the subclass's instance. */
export function wrapperMethods(kind: "staticmethod" | "classmethod"): (def: Define) => void {
  return (def) => {
    def("__init__", (_core, self, args, kw) => {
      if (kw !== null && kw.size) throw typeError(`${kind}() takes no keyword arguments`);
      if (args.length !== 1) throw typeError(`${kind} expected 1 argument, got ${args.length}`);
      if (self instanceof PyInstance) self.native = new PyDescriptor(kind, args[0]);
      return null;
    });
    def("__get__", (core, self, args) => {
      const d = descriptorOf(self, kind);
      if (kind === "staticmethod") return d.fn;
      const obj = args[0] ?? null;
      const owner = args[1] ?? null;
      const cls = owner !== null ? owner : obj instanceof PyInstance ? obj.cls : core.call(core.builtins.get("type")!, [obj]);
      core.charge(WRAPPER_BYTES);
      return new PyBoundMethod(cls, d.fn);
    });
    if (kind === "staticmethod") def("__call__", (core, self, args, kw) => core.call(descriptorOf(self, kind).fn, args, kw));
  };
}

/** The iterators' methods (map, filter, zip, enumerate, reversed): the value's items. */
export function iteratorMethods(def: Define): void {
  def("__iter__", (_core, self) => self);
  def("__next__", (_core, self) => {
    const it = nativeOf(self);
    if (!(it instanceof PyIterator)) throw typeError(`'${typeNameOf(self)}' object is not an iterator`);
    const v = it.next();
    if (v === undefined) throw new PyError("StopIteration", "");
    return v;
  });
}
