// Subclasses of the built-in types: `class L(list)`, `class S(str)`, `class D(dict)`,
// `class P(tuple)`, `class N(int)`, `float`, `set`, `frozenset`, `bytes`, `bytearray`.
//
// Representation: an instance of such a class is a PyInstance (its class, its own
// attribute dict) whose `native` field holds the value of the built-in type it IS
// (a PyList, a string, a PyDict...). Invariant, kept by `newInstance` (classes.ts):
// `inst.native` is defined exactly when `inst.cls.nativeType` is not null, and is a
// value of that type. Every operation reaches the value through the class model:
//   - each built-in type has a stand-in class of the model (`<class 'list'>`, made here
//     on first use, `nativeType` set) whose dict holds the type's special methods as
//     wrappers that unwrap `self` (and the other operand) and apply the built-in
//     operation: `__getitem__`, `__len__`, `__iter__`, `__eq__`, `__add__`, `__repr__`...
//     So the operators, `len`, iteration, printing, hashing find a user override first
//     along the MRO and the built-in behaviour after it, and `super().__getitem__(i)`,
//     `list.__init__(self, xs)`, `int.__new__(cls, v)` work as in CPython;
//   - the named methods (`append`, `upper`, `keys`) are the value's own, bound to the
//     value (classes.ts `getAttrObject` falls back to `nativeAttr`), so there is one
//     definition of each; as in CPython they return plain built-in values;
//   - a binary operator that finds no special method applies to the values
//     (`[1] + L`, `"a" + S`: CPython's built-in operators accept subclasses).
// Mutable types (list, dict, set, bytearray) start empty and are filled by their
// `__init__` (so a subclass `__init__` that does not call it leaves them empty, as in
// CPython); immutable ones are made from the constructor's arguments by `__new__`.
//
// Memory: the instance costs INSTANCE_BYTES + its attributes (classes.ts), plus the
// value, charged as the built-in value it is; the collector reaches the value through
// `PyInstance.children()`.

import { PyError, typeError } from "./errors.js";
import {
  PyClass, PyDescriptor, typeClass, PyInstance, markPlainNew, nativeOf, newInstance, objectClass, typeNameOf,
} from "./classes.js";
import * as ops from "./ops.js";
import { builtins, typeOf, typeType, dictType, floatType, frozensetType, intType, listType, setType, strType, tupleType } from "./builtins.js";
import { type PyByteArray, bytearrayType, bytesType, constructBytes } from "./bytes.js";
import { PyDict } from "./dict.js";
import { updateDict } from "./methods/dict.js";
import { typeMethodDescriptors } from "./methods/typeLevel.js";
import { PySet } from "./set.js";
import { updateSet } from "./methods/set.js";
import type { Core } from "./core.js";
import { slotBinary, slotCompare, slotEquality, slotPower, type BinaryOp } from "./slotOperators.js";
import { nativeHooks } from "./nativeHooks.js";
import { type Define, emptyDescriptor, iteratorMethods, propertyMethods, wrapperMethods } from "./builtinSubclassKinds.js";
import type { BinaryOperator } from "./classes.js";
import { BuiltinFunction, PyList, PyType, type Kwargs, type Value } from "./values.js";


type Wrapper = (core: Core, self: Value, args: Value[], kw: Kwargs) => Value;

const BINARY_OPS: Record<BinaryOperator, BinaryOp> = {
  add: ops.add, sub: ops.sub, mul: ops.mul, truediv: ops.truediv, floordiv: ops.floordiv, mod: ops.mod,
  pow: ops.pow,
  lshift: (c, a, b) => ops.bitop("lshift", a, b, c), rshift: (c, a, b) => ops.bitop("rshift", a, b, c),
  and: (c, a, b) => ops.bitop("and", a, b, c), or: (c, a, b) => ops.bitop("or", a, b, c),
  xor: (c, a, b) => ops.bitop("xor", a, b, c),
  divmod: ops.divmod, matmul: (c, a, b) => ops.matmul(c, a, b, false),
};

/** `a op b` on built-in values (classes.ts binarySpecial, when no special method applied). */
export function nativeBinary(core: Core, op: string, a: Value, b: Value): Value {
  return BINARY_OPS[op as BinaryOperator](core, a, b);
}

/** The built-in function `name` applied to `args` (len, iter, hash, repr... of the value). */
function builtin(core: Core, name: string, args: Value[]): Value {
  return core.call(builtins.get(name)!, args);
}

/** A binary special method: the built-in operation on the values (slotOperators.ts). */
function binaryWrapper(op: string, reflected: boolean): Wrapper {
  if (op === "pow") {
    // `__pow__(other, mod)`: pow(MyInt(3), 2, 5) asks it with the modulus.
    const power = slotPower(reflected);
    return (core, self, args) => power(core, nativeOf(self), args.map(nativeOf));
  }
  const slot = slotBinary(BINARY_OPS[op as BinaryOperator], reflected);
  return (core, self, args) => slot(core, nativeOf(self), nativeOf(args[0]));
}

/** `__eq__`/`__ne__` of a built-in type's subclass: its value's (NotImplemented for another type's operand). */
function equalityWrapper(ne: boolean): Wrapper {
  const slot = slotEquality(ne);
  return (core, self, args) => slot(core, nativeOf(self), args[0]);
}

function compareWrapper(op: "lt" | "le" | "gt" | "ge"): Wrapper {
  const slot = slotCompare(op);
  return (core, self, args) => slot(core, nativeOf(self), nativeOf(args[0]));
}

const ARITHMETIC = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow"];
const BITWISE = ["lshift", "rshift", "and", "or", "xor"];

interface NativeKind {
  type: () => PyType;
  /** Filled by __init__ (list, dict, set, bytearray) rather than made by __new__. */
  mutable: boolean;
  /** Binary operators with both forms (`__add__`, `__radd__`), and forward only. */
  both: string[];
  forward: string[];
  container: boolean;
  /** __init__(self, *args, **kw) of a mutable type: fills `value` in place. */
  init?: (core: Core, value: Value, args: Value[], kw: Kwargs) => void;
  /** A descriptor or iterator type (builtinSubclassKinds.ts): its own methods, and the value an instance starts with (made by __init__). */
  custom?: { methods: (def: Define) => void; empty?: () => Value };
}

/** A kind of builtinSubclassKinds.ts: `empty` for the descriptors (their __init__ makes the value), else made by calling the type. */
const customKind = (name: string, methods: (def: Define) => void, empty?: () => Value): NativeKind => ({
  type: () => builtins.get(name) as PyType, mutable: empty !== undefined, both: [], forward: [], container: false, custom: { methods, empty },
});

const KINDS: Record<string, NativeKind> = {
  int: { type: () => intType, mutable: false, both: [...ARITHMETIC, ...BITWISE], forward: [], container: false },
  float: { type: () => floatType, mutable: false, both: ARITHMETIC, forward: [], container: false },
  str: { type: () => strType, mutable: false, both: [], forward: ["add", "mul", "mod"], container: true },
  tuple: { type: () => tupleType, mutable: false, both: [], forward: ["add", "mul"], container: true },
  bytes: { type: () => bytesType, mutable: false, both: [], forward: ["add", "mul", "mod"], container: true },
  frozenset: { type: () => frozensetType, mutable: false, both: ["or", "and", "sub", "xor"], forward: [], container: true },
  list: {
    type: () => listType, mutable: true, both: [], forward: ["add", "mul"], container: true,
    init: (core, v, args, kw) => {
      expectInit("list", args, kw);
      (v as PyList).items = args.length ? ops.iterableItems(args[0], core) : [];
    },
  },
  dict: {
    type: () => dictType, mutable: true, both: ["or"], forward: [], container: true,
    init: (core, v, args, kw) => {
      if (args.length > 1) throw typeError(`dict expected at most 1 argument, got ${args.length}`);
      const d = v as PyDict;
      if (args.length) updateDict(d, nativeOf(args[0]));
      if (kw) for (const [k, x] of kw) d.set(core.newStr(k), x);
    },
  },
  set: {
    type: () => setType, mutable: true, both: ["or", "and", "sub", "xor"], forward: [], container: true,
    init: (_core, v, args, kw) => {
      expectInit("set", args, kw);
      const s = v as PySet;
      s.clear();
      if (args.length) updateSet(s, nativeOf(args[0]));
    },
  },
  bytearray: {
    type: () => bytearrayType, mutable: true, both: [], forward: ["add", "mul", "mod"], container: true,
    init: (core, v, args, kw) => {
      const made = constructBytes(core, args.map(nativeOf), kw, true) as PyByteArray;
      const b = v as PyByteArray;
      b.splice(0, b.length, made.data);
    },
  },
};

for (const name of ["map", "filter", "zip", "enumerate", "reversed"]) KINDS[name] = customKind(name, iteratorMethods);
KINDS.property = customKind("property", propertyMethods, () => emptyDescriptor("property"));
KINDS.staticmethod = customKind("staticmethod", wrapperMethods("staticmethod"), () => emptyDescriptor("staticmethod"));
KINDS.classmethod = customKind("classmethod", wrapperMethods("classmethod"), () => emptyDescriptor("classmethod"));

function expectInit(name: string, args: Value[], kw: Kwargs): void {
  if (kw && kw.size) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length > 1) throw typeError(`${name} expected at most 1 argument, got ${args.length}`);
}

/** The stand-in classes, by type (made on first use: the types live in modules that import this one). */
const baseClasses = new Map<PyType, PyClass>();

function kindOf(t: PyType): NativeKind | undefined {
  const k = KINDS[t.name];
  return k && k.type() === t ? k : undefined;
}

/**
 * The class of the model standing for built-in type `t` as a base class. A type that
 * cannot be subclassed (bool, range...) is CPython's TypeError, or null when `strict`
 * is false.
 */
export function nativeBaseClass(t: PyType, strict?: true): PyClass;
export function nativeBaseClass(t: PyType, strict: boolean): PyClass | null;
export function nativeBaseClass(t: PyType, strict = true): PyClass | null {
  const made = baseClasses.get(t);
  if (made) return made;
  // `class M(type)`: a metaclass (vm/metaclasses.ts); `type.__new__` and the like.
  if (t === typeType) return typeClass;
  const kind = kindOf(t);
  if (!kind) {
    if (!strict) return null;
    throw typeError(`type '${t.name}' is not an acceptable base type`);
  }
  const cls = new PyClass(t.name, "builtins", [objectClass], methodsOf(t, kind), false, t);
  baseClasses.set(t, cls);
  return cls;
}

/** The special methods of built-in type `t` as wrappers on the value (see the header). */
function methodsOf(t: PyType, kind: NativeKind): Map<string, Value> {
  const dict = new Map<string, Value>();
  const def = (name: string, fn: Wrapper) => {
    const f = new BuiltinFunction(name, (core, args, kw) => {
      if (args.length === 0) throw typeError(`descriptor '${name}' of '${t.name}' object needs an argument`);
      return fn(core as Core, args[0], args.slice(1), kw);
    });
    // `int.__add__` is the type's: its __qualname__ and repr say so (format.ts).
    f.qualname = `${t.name}.${name}`;
    dict.set(name, f);
  };
  const unary = (name: string, builtinName: string) => def(name, (core, self) => builtin(core, builtinName, [nativeOf(self)]));

  dict.set("__new__", markPlainNew(new PyDescriptor("staticmethod", new BuiltinFunction("__new__", (core, args, kw) => {
    const cls = args[0];
    if (cls === t) return (core as Core).callNative(t, args.slice(1), kw) as Value;
    if (cls instanceof PyType) throw typeError(`${t.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${t.name}`);
    if (cls === undefined) throw typeError(`${t.name}.__new__(): not enough arguments`);
    if (!(cls instanceof PyClass)) throw typeError(`${t.name}.__new__(X): X is not a type object (${typeNameOf(cls)})`);
    if (cls.nativeType !== t) throw typeError(`${t.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${t.name}`);
    return newInstance(core as Core, cls, args.slice(1), kw);
  }))));
  if (kind.custom) {
    kind.custom.methods(def);
    return dict;
  }
  // Only the mutable types have their own __init__ (it fills the value); the immutable
  // ones inherit object.__init__, as in CPython, so a later base's __init__ runs
  // (`class C(tuple, Base)`) and extra arguments to it are CPython's TypeError.
  const init = kind.init;
  if (init) {
    def("__init__", (core, self, args, kw) => {
      if (self instanceof PyInstance && self.native !== undefined) init(core, self.native, args, kw);
      return null;
    });
  }
  def("__repr__", (core, self) => {
    const text = builtin(core, "repr", [nativeOf(self)]) as string;
    if (!(self instanceof PyInstance)) return text;
    // And a bytearray subclass: `B(b'ab')`.
    if (t === bytearrayType) return core.newStr(self.cls.name + text.slice("bytearray".length));
    if (t !== setType && t !== frozensetType) return text;
    // CPython names a set subclass in its repr: `ST({1, 2})`, `ST()`.
    const inner = t === frozensetType ? text.slice("frozenset(".length, -1) : text === "set()" ? "" : text;
    return core.newStr(`${self.cls.name}(${inner})`);
  });
  if (t === strType) def("__str__", (_core, self) => nativeOf(self));
  // The type's static and class methods: `D.fromkeys(keys)` of a dict subclass (or of
  // its instance) makes a D, `N.from_bytes(b)` of an int subclass an N.
  for (const [name, m] of typeMethodDescriptors(t)) dict.set(name, m);
  // A built-in type's __format__ gives str(self) for an empty spec (CPython's
  // int/float/str/complex and object's): `int.__format__(x, "")` sees a subclass's __str__.
  def("__format__", (core, self, args) => args.length === 1 && args[0] === ""
    ? builtin(core, "str", [self])
    : builtin(core, "format", [nativeOf(self), ...args]));
  def("__eq__", equalityWrapper(false));
  def("__ne__", equalityWrapper(true));
  for (const op of ["lt", "le", "gt", "ge"] as const) def(`__${op}__`, compareWrapper(op));
  if (kind.mutable) dict.set("__hash__", null);
  else unary("__hash__", "hash");
  for (const op of kind.both) {
    def(`__${op}__`, binaryWrapper(op, false));
    def(`__r${op}__`, binaryWrapper(op, true));
  }
  for (const op of kind.forward) def(`__${op}__`, binaryWrapper(op, false));
  if (kind.forward.includes("mul")) def("__rmul__", binaryWrapper("mul", true));
  if (t === listType || t === bytearrayType || t === setType || t === dictType) {
    // In place on the value: `L += xs`, `D |= m` keep the same instance.
    const inplace = t === setType ? ["or", "and", "sub", "xor"] : t === dictType ? ["or"] : ["add"];
    for (const op of inplace) {
      def(`__i${op}__`, (core, self, args) => {
        const v = nativeOf(self);
        const r = t === setType || t === dictType ? ops.inplaceOp(core, op as "or", v, nativeOf(args[0])) : ops.inplaceAdd(core, v, nativeOf(args[0]));
        if (r !== v) throw new PyError("RuntimeError", "internal error: an in-place operator made a new value");
        return self;
      });
    }
  }
  if (kind.container) {
    unary("__len__", "len");
    unary("__iter__", "iter");
    def("__contains__", (_core, self, args) => ops.contains(nativeOf(self), args[0]));
    if (t !== setType && t !== frozensetType) {
      def("__getitem__", (core, self, args) => {
        const v = nativeOf(self);
        if (t === dictType && self instanceof PyInstance) {
          // dict subclasses: a missing key goes to __missing__ (defaultdict, Counter...).
          const found = (v as PyDict).get(args[0]);
          if (found !== undefined) return found;
          const missing = self.cls.lookup("__missing__");
          if (missing !== undefined) return core.call(missing, [self, args[0]]);
        }
        return ops.getItem(core, v, args[0]);
      });
    }
    // `len(L)` and `L[i]` may go straight to the value (classes.ts nativeSlotValue);
    // a dict subclass's `__getitem__` also asks `__missing__`, so it is not marked.
    (dict.get("__len__") as BuiltinFunction).nativeSlot = true;
    if (t !== dictType && dict.has("__getitem__")) (dict.get("__getitem__") as BuiltinFunction).nativeSlot = true;
    if (kind.mutable && t !== setType) {
      def("__setitem__", (core, self, args) => {
        ops.setItem(core, nativeOf(self), args[0], args[1]);
        return null;
      });
      def("__delitem__", (_core, self, args) => {
        ops.delItem(nativeOf(self), args[0]);
        return null;
      });
    }
    if (t === listType || t === dictType) unary("__reversed__", "reversed");
  } else {
    def("__bool__", (_core, self) => ops.truthy(nativeOf(self)));
    unary("__float__", "float");
    unary("__int__", "int");
    unary("__abs__", "abs");
    def("__round__", (core, self, args) => builtin(core, "round", [nativeOf(self), ...args]));
    def("__neg__", (core, self) => ops.neg(core, nativeOf(self)));
    def("__pos__", (_core, self) => ops.pos(nativeOf(self)));
    if (t === intType) {
      unary("__index__", "int");
      def("__invert__", (core, self) => ops.invert(nativeOf(self), core));
    }
  }
  return dict;
}

/**
 * A new value of type `t` for an instance being made with these arguments: empty for
 * a mutable type (its __init__ fills it), else the type called with them.
 */
export function makeNative(core: Core, t: PyType, args: Value[], kwargs: Kwargs): Value {
  const kind = kindOf(t)!;
  if (kind.custom?.empty) return kind.custom.empty();
  if (kind.mutable) return core.callNative(t, [], null) as Value;
  // str(x) keeps x's own __str__/__repr__; the other types take the value of a subclass instance.
  return core.callNative(t, t === strType ? args : args.map(nativeOf), kwargs) as Value;
}

/**
 * `name` of built-in value (or type) `v` — a method bound to the value, or the type's
 * unbound method — or undefined when it has none.
 */
export function nativeAttr(core: Core, v: Value, name: string): Value | undefined {
  try {
    return core.getAttr(v, name);
  } catch (e) {
    if (e instanceof PyError && e.kind === "AttributeError") return undefined;
    throw e;
  }
}

/** isinstance(v, t) for a built-in type `t`: v is an instance of a subclass of it. */
export function isNativeInstance(v: Value, t: PyType): boolean {
  return v instanceof PyInstance && v.cls.nativeType === t;
}

nativeHooks.makeNative = makeNative;
nativeHooks.nativeAttr = nativeAttr;
nativeHooks.nativeBaseClass = nativeBaseClass;
nativeHooks.nativeBinary = nativeBinary;
nativeHooks.nativeMethod = (v, name) => {
  const t = typeOf(v);
  return kindOf(t) ? nativeBaseClass(t).dict.get(name) ?? undefined : undefined;
};
