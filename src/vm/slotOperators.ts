// The binary special methods of the built-in types, as CPython's slot wrappers behave:
// `(1).__add__(2.5)` and `int.__add__(1, "a")` are NotImplemented, so the other
// operand's reflected method gets its turn; a sequence's own refusal keeps its
// TypeError (`[1].__add__(5)`: "can only concatenate list (not "int") to list").
//
// One definition serves both callers: the special methods of built-in values called by
// name (builtinDunders.ts) and the special methods a subclass of a built-in type
// inherits (builtinSubclass.ts). Both apply the very operator the interpreter uses, so
// `x.__add__(y)` and `x + y` cannot disagree on a result.

import { PyError } from "./errors.js";
import { NotImplemented, PyBoundMethod, PyInstance, nativeOf } from "./classes.js";
import * as ops from "./ops.js";
import type { Core } from "./core.js";
import { PyDict, PyDictView } from "./dict.js";
import { PySet } from "./set.js";
import { PyByteArray, PyBytes, PyBytesLike } from "./bytes.js";
import { GenericAlias, UnionType } from "./typeAliases.js";
import { BuiltinFunction, PyBigInt, PyFloat, PyList, PyRange, PyTuple, type Value } from "./values.js";

export type BinaryOp = (core: Core, a: Value, b: Value) => Value;
export type SlotOp = (core: Core, self: Value, other: Value) => Value;

/** An int of the language: bool, small int or big int. */
export const isInt = (v: Value): boolean => typeof v === "boolean" || (typeof v === "number" && (v | 0) === v) || v instanceof PyBigInt;
const isReal = (v: Value): boolean => isInt(v) || typeof v === "number" || v instanceof PyFloat;

/**
 * Whether a number's method refuses the other operand outright, as CPython's numeric
 * slots do: int's methods know only ints, float's only ints and floats.
 */
function numberRefuses(self: Value, other: Value): boolean {
  if (isInt(self)) return !isInt(other);
  if (typeof self === "number" || self instanceof PyFloat) return !isReal(other);
  return false;
}

/** `self.__op__(other)` (or `__rop__` when reflected) of a built-in value. */
export function slotBinary(op: BinaryOp, reflected: boolean): SlotOp {
  return (core, self, other) => {
    if (numberRefuses(self, other)) return NotImplemented;
    try {
      return reflected ? op(core, other, self) : op(core, self, other);
    } catch (e) {
      if (e instanceof PyError && e.kind === "TypeError" && /^unsupported operand/.test(e.pyMessage)) return NotImplemented;
      throw e;
    }
  };
}

/** `self.__lt__(other)` and its kin: NotImplemented where `<` has no answer for the pair. */
export function slotCompare(op: "lt" | "le" | "gt" | "ge"): SlotOp {
  return (_core, self, other) => {
    if (numberRefuses(self, other)) return NotImplemented;
    try {
      return ops.compare(op, self, other);
    } catch (e) {
      if (e instanceof PyError && e.kind === "TypeError" && /not supported between/.test(e.pyMessage)) return NotImplemented;
      throw e;
    }
  };
}

/**
 * `self.__pow__(other[, mod])` (`__rpow__` when reflected) of a built-in number, as
 * CPython's wrap_ternaryfunc: with a modulus, the power slot of self's type
 * (ops.numberPowModSlot: `(2).__pow__(5, 3)` is 2, `(2.0).__pow__(2, 3)` a TypeError).
 */
export function slotPower(reflected: boolean): (core: Core, self: Value, args: Value[]) => Value {
  const binary = slotBinary(ops.pow, reflected);
  return (core, self, args) => {
    if (args.length < 1) throw new PyError("TypeError", ` expected at least 1 argument, got ${args.length}`);
    if (args.length > 2) throw new PyError("TypeError", ` expected at most 2 arguments, got ${args.length}`);
    if (args.length === 1 || args[1] === null) return binary(core, self, args[0]);
    const [a, b] = reflected ? [args[0], self] : [self, args[0]];
    return ops.numberPowModSlot(core, self, a, b, args[1]) ?? NotImplemented;
  };
}

/**
 * Whether the `__eq__`/`__ne__` of built-in value `self` compares with `other` (a
 * built-in subclass's instance taken as its value), as CPython's tp_richcompare slots:
 * int with ints, float with ints and floats, str with str, bytes with bytes (a
 * bytearray with any buffer), a list with lists, a set with sets and frozensets...
 * Any other pair is NotImplemented (`"a".__eq__(1)`), so the other operand gets its turn.
 * Undefined: the type has no value comparison (None, functions, modules): object's rule.
 */
function eqComparable(self: Value, other: Value): boolean | undefined {
  if (isInt(self)) return isInt(other);
  if (typeof self === "number" || self instanceof PyFloat) return isReal(other);
  if (typeof self === "string") return typeof other === "string";
  if (self instanceof PyList) return other instanceof PyList;
  if (self instanceof PyTuple) return other instanceof PyTuple;
  if (self instanceof PyDict) return other instanceof PyDict;
  if (self instanceof PySet) return other instanceof PySet;
  if (self instanceof PyRange) return other instanceof PyRange;
  if (self instanceof PyBytes) return other instanceof PyBytes;
  if (self instanceof PyByteArray) return other instanceof PyBytesLike || other instanceof PyInstance;
  if (self instanceof PyDictView) return true;
  if (self instanceof PyBoundMethod || self instanceof BuiltinFunction || self instanceof GenericAlias || self instanceof UnionType) {
    return other !== null && typeof other === "object" && Object.getPrototypeOf(other) === Object.getPrototypeOf(self);
  }
  return undefined;
}

/**
 * `self.__eq__(other)` (`__ne__` when `ne`) of a built-in value called by name:
 * the `==` operator's answer for a pair the type compares, else NotImplemented; a
 * type without a comparison of its own has object's (identity, else NotImplemented).
 */
export function slotEquality(ne: boolean): SlotOp {
  return (_core, self, other) => {
    const o = nativeOf(other);
    const comparable = eqComparable(self, o);
    if (comparable === true) return ne ? ops.neOp(self, o) : ops.eqOp(self, o);
    if (comparable === undefined && self === other) return !ne;
    return NotImplemented;
  };
}
