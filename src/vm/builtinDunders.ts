// Special methods of the built-in types called by name: `d.__getitem__(k)`,
// `xs.__len__()`, `(1).__add__(2)`, `s.__contains__(x)`, and taken from the type,
// `int.__add__(1, 2)`, `list.__getitem__(xs, 0)` (unboundMethods.ts looks them up on a
// sample value through the same table).
//
// There is one definition of every operation: each entry forwards to the operator or
// builtin the interpreter itself uses (ops.ts, the builtins table), so `x.__len__()`
// and `len(x)` can never disagree. Binary operators return NotImplemented as CPython's
// slot wrappers do (slotOperators.ts), so user classes' reflected methods still get
// their turn (`(1).__add__(x)` then `x.__radd__(1)`).
//
// Which type has which method follows CPython (an int has no __getitem__, a set has
// no __getitem__, a tuple no __setitem__); a name a type lacks stays an AttributeError.

import { PyError } from "./errors.js";
import * as ops from "./ops.js";
import { builtins } from "./builtins.js";
import { PyDict, PyDictView } from "./dict.js";
import { PyFrozenSet, PySet } from "./set.js";
import { PyBytes, PyBytesLike, PyByteArray } from "./bytes.js";
import { hashValue } from "./hash.js";
import { isInt, slotBinary, slotCompare, slotEquality, slotPower, type BinaryOp, type SlotOp } from "./slotOperators.js";
import type { Core } from "./core.js";
import { BuiltinFunction, PyBigInt, PyFloat, PyIterator, PyList, PyRange, PyTuple, PyType, floatValue, type Value } from "./values.js";
import { iteratorHint } from "./lengthHint.js";

type Impl = (core: Core, self: Value, args: Value[]) => Value;

const isNumber = (v: Value): boolean => typeof v === "number" || typeof v === "boolean" || v instanceof PyFloat || v instanceof PyBigInt;
const isSequence = (v: Value): boolean =>
  typeof v === "string" || v instanceof PyList || v instanceof PyTuple || v instanceof PyRange || v instanceof PyBytesLike;
const isSet = (v: Value): boolean => v instanceof PySet || v instanceof PyFrozenSet;
const isContainer = (v: Value): boolean => isSequence(v) || v instanceof PyDict || isSet(v) || v instanceof PyDictView;
const isMutable = (v: Value): boolean => v instanceof PyList || v instanceof PyDict || v instanceof PyByteArray;
const isConcatenable = (v: Value): boolean => isSequence(v) && !(v instanceof PyRange);
const any = (): boolean => true;

/** A builtin function of the table, called with the value as its first argument. */
function viaBuiltin(name: string): Impl {
  return (core, self, args) => core.call(builtins.get(name)!, [self, ...args]);
}

/** A binary special method taking one argument (slotOperators.ts has the rules). */
function viaSlot(slot: SlotOp): Impl {
  return (core, self, args) => (expectOne(args), slot(core, self, args[0]));
}
const viaOperator = (op: BinaryOp, reflected = false): Impl => viaSlot(slotBinary(op, reflected));

function expectOne(args: Value[]): void {
  if (args.length !== 1) throw new PyError("TypeError", `expected 1 argument, got ${args.length}`);
}

const bitop = (op: "lshift" | "rshift" | "and" | "or" | "xor") => (core: Core, a: Value, b: Value): Value => ops.bitop(op, a, b, core);

/** `__floor__`/`__ceil__`: int(x) of an int, int(f(x)) of a float. */
function integral(f: (x: number) => number): Impl {
  const toInt = viaBuiltin("int");
  return (core, self, args) => {
    if (args.length !== 0) throw new PyError("TypeError", `expected 0 arguments, got ${args.length}`);
    return toInt(core, self instanceof PyFloat || (typeof self === "number" && (self | 0) !== self) ? core.float(f(floatValue(self))) : self, []);
  };
}

/** Name -> which values have it, and what it does. */
const DUNDERS = new Map<string, [(v: Value) => boolean, Impl]>([
  ["__len__", [isContainer, viaBuiltin("len")]],
  ["__iter__", [isContainer, viaBuiltin("iter")]],
  ["__contains__", [isContainer, (_c, self, args) => (expectOne(args), ops.contains(self, args[0]))]],
  ["__getitem__", [(v) => isSequence(v) || v instanceof PyDict, (core, self, args) => (expectOne(args), ops.getItem(core, self, args[0]))]],
  ["__setitem__", [isMutable, (core, self, args) => {
    if (args.length !== 2) throw new PyError("TypeError", `expected 2 arguments, got ${args.length}`);
    ops.setItem(core, self, args[0], args[1]);
    return null;
  }]],
  ["__delitem__", [isMutable, (_c, self, args) => (expectOne(args), ops.delItem(self, args[0]), null)]],
  ["__eq__", [any, viaSlot(slotEquality(false))]],
  ["__ne__", [any, viaSlot(slotEquality(true))]],
  ["__lt__", [any, viaSlot(slotCompare("lt"))]],
  ["__le__", [any, viaSlot(slotCompare("le"))]],
  ["__gt__", [any, viaSlot(slotCompare("gt"))]],
  ["__ge__", [any, viaSlot(slotCompare("ge"))]],
  ["__hash__", [(v) => !isMutable(v) && !(v instanceof PySet), (core, self) => hashValue(core, self)]],
  ["__repr__", [any, viaBuiltin("repr")]],
  ["__str__", [any, viaBuiltin("str")]],
  ["__format__", [any, viaBuiltin("format")]],
  ["__add__", [(v) => isNumber(v) || isConcatenable(v), viaOperator(ops.add)]],
  ["__radd__", [isNumber, viaOperator(ops.add, true)]],
  ["__mul__", [(v) => isNumber(v) || isConcatenable(v), viaOperator(ops.mul)]],
  ["__rmul__", [(v) => isNumber(v) || isConcatenable(v), viaOperator(ops.mul, true)]],
  ["__mod__", [(v) => isNumber(v) || typeof v === "string" || v instanceof PyBytesLike, viaOperator(ops.mod)]],
  ["__rmod__", [isNumber, viaOperator(ops.mod, true)]],
  ["__sub__", [(v) => isNumber(v) || isSet(v), viaOperator(ops.sub)]],
  ["__rsub__", [isNumber, viaOperator(ops.sub, true)]],
  ["__truediv__", [isNumber, viaOperator(ops.truediv)]],
  ["__rtruediv__", [isNumber, viaOperator(ops.truediv, true)]],
  ["__floordiv__", [isNumber, viaOperator(ops.floordiv)]],
  ["__rfloordiv__", [isNumber, viaOperator(ops.floordiv, true)]],
  ["__pow__", [isNumber, slotPower(false)]],
  ["__rpow__", [isNumber, slotPower(true)]],
  ["__divmod__", [isNumber, viaOperator((c, a, b) => ops.divmod(c, a, b))]],
  ["__and__", [(v) => isInt(v) || isSet(v), viaOperator(bitop("and"))]],
  ["__or__", [(v) => isInt(v) || isSet(v) || v instanceof PyDict, viaOperator(bitop("or"))]],
  ["__xor__", [(v) => isInt(v) || isSet(v), viaOperator(bitop("xor"))]],
  ["__lshift__", [isInt, viaOperator(bitop("lshift"))]],
  ["__rshift__", [isInt, viaOperator(bitop("rshift"))]],
  ["__neg__", [isNumber, (core, self) => ops.neg(core, self)]],
  ["__pos__", [isNumber, (_c, self) => ops.pos(self)]],
  ["__invert__", [isInt, (core, self) => ops.invert(self, core)]],
  ["__abs__", [isNumber, viaBuiltin("abs")]],
  ["__bool__", [isNumber, (_c, self) => ops.truthy(self)]],
  ["__int__", [isNumber, viaBuiltin("int")]],
  ["__float__", [isNumber, viaBuiltin("float")]],
  ["__index__", [isInt, (_c, self) => (typeof self === "boolean" ? (self ? 1 : 0) : self)]],
  // round(), math.trunc/floor/ceil by name: an int (bool included) gives itself as an int,
  // a float its integral neighbour (int() raises CPython's errors for inf and nan).
  ["__round__", [isNumber, viaBuiltin("round")]],
  ["__trunc__", [isNumber, viaBuiltin("int")]],
  ["__floor__", [isNumber, integral(Math.floor)]],
  ["__ceil__", [isNumber, integral(Math.ceil)]],
  // bytes(b) of a bytes is b (CPython 3.11's bytes.__bytes__; a bytearray has none).
  ["__bytes__", [(v) => v instanceof PyBytes, (_c, self, args) => {
    if (args.length !== 0) throw new PyError("TypeError", `expected 0 arguments, got ${args.length}`);
    return self;
  }]],
  // The built-in iterators that know their items left (lengthHint.ts).
  ["__length_hint__", [(v) => v instanceof PyIterator && v.lengthHint !== undefined, (core, self, args) => {
    if (args.length !== 0) throw new PyError("TypeError", `expected 0 arguments, got ${args.length}`);
    return iteratorHint(core, self as PyIterator);
  }]],
]);

/** `obj.name` for a special method of a built-in value, bound to it; undefined when its type has none. */
export function builtinDunder(obj: Value, name: string): BuiltinFunction | undefined {
  const entry = DUNDERS.get(name);
  // A type's own special methods are unbound ones (`int.__add__`): unboundMethods.ts.
  if (entry === undefined || obj instanceof PyType || !entry[0](obj)) return undefined;
  const impl = entry[1];
  return new BuiltinFunction(name, (core, args) => impl(core as Core, obj, args), obj);
}

/** Whether `name` is a special method some built-in type has (so `int.__add__` is looked up). */
export function isBuiltinDunderName(name: string): boolean {
  return DUNDERS.has(name);
}
