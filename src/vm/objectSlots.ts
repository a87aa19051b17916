// The slot methods every object inherits from `object` in CPython: `__repr__`,
// `__str__`, `__format__`, `__hash__` and the six comparisons. Programs reach them by
// name: `super().__repr__()` in a class whose next base is object,
// `__hash__ = object.__hash__` in a class that defines `__eq__`, `object.__eq__(a, b)`,
// `x.__eq__(y)` answering NotImplemented.
//
// They are not in `object`'s class dict: the VM asks `cls.lookup("__eq__")` to learn
// whether a class defines a special method (and takes its fast paths when none does),
// so the attribute lookup (classes.ts getAttr) offers these only where it would
// otherwise raise AttributeError on an instance, a class or a super object. The same
// function object is returned each time, so `C.__lt__ is object.__lt__` holds for a
// class that defines no `__lt__` (functools.total_ordering's test).

import { expectArgs, typeName } from "./args.js";
import { address, fullName, NotImplemented, objectSlotHook, PyInstance } from "./classes.js";
import type { Core } from "./core.js";
import { typeError } from "./errors.js";
import { repr, str } from "./format.js";
import { truthy } from "./ops.js";
import { hashValue, identityHash } from "./hash.js";
import { BuiltinFunction, type Value } from "./values.js";

type SlotFn = (core: Core, args: Value[]) => Value;

const declined: SlotFn = (_c, args) => {
  expectArgs("comparison", args, 2);
  return NotImplemented;
};

const SLOTS: Record<string, SlotFn> = {
  // The default text, whatever __repr__ the class defines (that is what super() skips to).
  __repr__: (core, args) => {
    expectArgs("__repr__", args, 1);
    const self = args[0];
    return self instanceof PyInstance && !self.cls.exception ? `<${fullName(self.cls)} object at ${address(self.id)}>` : repr(self, core.float32);
  },
  // object.__str__ is the type's repr: the class's own __repr__ when it has one.
  __str__: (core, args) => {
    expectArgs("__str__", args, 1);
    return repr(args[0], core.float32);
  },
  __format__: (core, args) => {
    expectArgs("__format__", args, 2);
    const [self, spec] = args;
    if (typeof spec !== "string") throw typeError(`__format__() argument must be str, not ${typeName(spec)}`);
    if (spec !== "") throw typeError(`unsupported format string passed to ${typeName(self)}.__format__`);
    return str(self, core.float32);
  },
  __hash__: (_c, args) => {
    expectArgs("__hash__", args, 1);
    const self = args[0];
    return self instanceof PyInstance ? identityHash(self) : hashValue(_c, self);
  },
  __eq__: (_c, args) => {
    expectArgs("__eq__", args, 2);
    return args[0] === args[1] ? true : NotImplemented;
  },
  // CPython's object.__ne__: the inverse of the type's __eq__, unless that declines.
  __ne__: (core, args) => {
    expectArgs("__ne__", args, 2);
    const [self, other] = args;
    const eq = self instanceof PyInstance ? self.cls.lookup("__eq__") : undefined;
    const r = eq !== undefined ? core.call(eq, [self, other]) : self === other ? true : NotImplemented;
    return r === NotImplemented ? r : !truthy(r);
  },
  __lt__: declined,
  __le__: declined,
  __gt__: declined,
  __ge__: declined,
};

const made = new Map<string, BuiltinFunction>();

/** `object`'s slot method `name` (unbound: self is its first argument), or undefined. */
export function objectSlot(name: string): BuiltinFunction | undefined {
  let fn = made.get(name);
  if (fn === undefined) {
    const impl = SLOTS[name];
    if (impl === undefined || !Object.hasOwn(SLOTS, name)) return undefined;
    fn = new BuiltinFunction(name, impl as unknown as BuiltinFunction["fn"]);
    made.set(name, fn);
  }
  return fn;
}

objectSlotHook.find = objectSlot;
