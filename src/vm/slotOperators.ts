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
import { NotImplemented } from "./classes.js";
import * as ops from "./ops.js";
import type { Core } from "./core.js";
import { PyBigInt, PyFloat, type Value } from "./values.js";

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
