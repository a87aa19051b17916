// Float fast paths of the baseline compiler (jit/baseline.ts): `/`, `/=`, `**`, `**=`
// and calls of one-argument math functions (`sqrt(x)`, `math.cos(a)`), written inline
// in the generated code for plain number operands; everything else (ints where the
// int rule applies, boxed integral floats, big ints, instances, errors) takes the
// generic path, which is the definition (ops.ts, numbers.ts, modules/math.ts).
//
// Invariant: each fast path gives exactly the value the generic path gives for the
// operands it accepts, and accepts no operand for which the generic path would raise
// or charge memory (floats are not charged). So instruction counts, errors and memory
// are unchanged; only the calls are saved.

import { BuiltinFunction, PyFloat, type Value } from "../values.js";
import { pow as libmPow } from "../libm.js";

/**
 * The operands of a binary instruction in the generated code (`a` below `b`): their
 * expressions, the code that stores the operand stack before a call out (baseline.ts
 * spill) and the statement that sets the result to an expression.
 */
export interface Operands {
  a: string;
  b: string;
  spill: string;
  put(e: string): string;
}

/** A JS number result `e` at the run's precision (`Math.fround` for float32 runs). */
export const rounded = (f32: boolean, e: string) => (f32 ? `Math.fround(${e})` : e);
/** A float value from the number in `r`: integral floats (and -0.0) are boxed, as core.float does. */
export const boxed = (r: string) => `((${r} | 0) === ${r} ? new PyFloat(${r}) : ${r})`;

/**
 * `a / b` (BINARY_TRUEDIV, and INPLACE_TRUEDIV, which is `/` for numbers): both
 * numbers and b nonzero is the float rule's plain division. `zeroDivisor`: code run
 * first on the other path (a number divided by the int 0, baseline.ts).
 */
export function truedivOp(slow: string, f32: boolean, o: Operands, zeroDivisor = ""): string {
  return `{ const b = ${o.b}; const a = ${o.a};
  if (typeof a === "number" && typeof b === "number" && b !== 0) { const r = ${rounded(f32, "a / b")}; ${o.put(boxed("r"))} }
  else { ${zeroDivisor} ${o.spill} ${o.put(slow)} } }`;
}

/**
 * `a ** b` (BINARY_POW, INPLACE_POW): a a positive finite float (not an int32 number,
 * so the int rule does not apply) and b a finite number is floatPow's
 * libm's correctly rounded pow(a, b) (none of its special cases: a is not 0, 1, negative, nan or
 * infinite; b is not nan or infinite); a result that overflows (OverflowError, or
 * infinity once rounded to float32) takes the generic path.
 */
export function powOp(slow: string, f32: boolean, o: Operands): string {
  return `{ const b = ${o.b}; const a = ${o.a}; let r;
  if (typeof a === "number" && typeof b === "number" && (a | 0) !== a && a > 0 && a < Infinity && b - b === 0 && (r = ${rounded(f32, "libmPow(a, b)")}) < Infinity) ${o.put(boxed("r"))}
  else { ${o.spill} ${o.put(slow)} } }`;
}

/**
 * The start of a one-argument call's code: a math function with a plain float
 * form (BuiltinFunction.numeric: NaN or an infinity where the builtin raises) called
 * on an int or float gives that form's value when it is finite; then the `else`
 * branch (the generic call, `rest`) is not taken. The math module's builtins return
 * exactly core.float(numeric(x)) for such a result (modules/math.ts `unary`).
 */
export function numericCall(f32: boolean, x: string, put: (e: string) => string, rest: string): string {
  return `{ const x = ${x}; let r;
  if (fn instanceof BuiltinFunction && fn.numeric !== undefined && typeof x === "number" && (r = ${rounded(f32, "fn.numeric(x)")}) - r === 0) ${put(boxed("r"))}
  else { ${rest} } }`;
}

/**
 * numericCall's rule for TypeScript callers (callSite.ts callMethodAt, `math.sqrt(x)`
 * reached as a method call): the call's value when `fn` has a plain float form, `x` is
 * a number and the result is finite; else undefined (the generic call decides).
 */
export function numericValue(fn: Value, x: Value, f32: boolean): Value | undefined {
  if (!(fn instanceof BuiltinFunction) || fn.numeric === undefined || typeof x !== "number") return undefined;
  const r = f32 ? Math.fround(fn.numeric(x)) : fn.numeric(x);
  return r - r === 0 ? ((r | 0) === r ? new PyFloat(r) : r) : undefined;
}

/** What the generated code needs from here (passed in the compiler's helper object). */
export const floatHelpers = { BuiltinFunction, libmPow };
