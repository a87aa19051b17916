// The number rules: the one definition of what + - * / // % ** and divmod, round
// and three-argument pow do to ints and floats.
//
// ints are 32-bit device words: every int result is checked and OverflowError is
// raised when it does not fit (Python's ints are unbounded; ours are not, so an
// answer Python would give beyond the word is an error, never a wrapped value).
// floats follow CPython's double algorithms (Objects/floatobject.c) on the operand
// values the run holds; the caller rounds the result once to the run's precision
// (`Math.fround` for the default float32, nothing with --float64), see `core.float`.
//
// Who uses this: ops.ts (the generic paths) calls the rules directly; the
// interpreter's inline fast paths (interpreter.ts) and the EVAL_EXPR code generator
// (exprJit.ts) repeat the cheap cases (+ - * on int32, positive int divisors) and
// call `floatFloorDiv` / `floatMod` for the rest. test/vm/numbers-grid.test.ts runs
// every operator over a grid of operands through all of these paths against
// CPython's answers, so a path that drifts from this file fails there.

import { PyError, overflowError, valueError, zeroDivision } from "./errors.js";
import { powFinite } from "./libm.js";

export const INT_MIN = -2147483648;
export const INT_MAX = 2147483647;

export type ArithOp = "+" | "-" | "*" | "/" | "//" | "%" | "**";

export function isInt32(x: number): boolean {
  return (x | 0) === x;
}

export function intOverflow(op: string, a: number, b: number, r: number): PyError {
  return overflowError(`int overflow: ${a} ${op} ${b} = ${Number.isFinite(r) ? r : "inf"} does not fit in a 32-bit int`);
}

/** `r` as an int result of `a op b`; OverflowError when it leaves the 32-bit word. -0 becomes 0. */
export function checkedInt(op: string, a: number, b: number, r: number): number {
  if ((r | 0) !== r) throw intOverflow(op, a, b, r);
  return r + 0;
}

// ------------------------------------------------------------------ int rules

/** x ** y for y >= 0 by squaring in doubles; Infinity once the result cannot fit an int32. */
export function intPow(x: number, y: number): number {
  let r = 1;
  let base = x;
  let e = y;
  while (e > 0) {
    if (e & 1) r *= base;
    e >>>= 1;
    if (e) base *= base;
    // |base| >= 2 here means every further square grows: once past 2**53 the final
    // result is out of the int32 range anyway (or exactly 0/±1, handled by the loop).
    if (Math.abs(r) > 2 ** 53 || (e && Math.abs(base) > 2 ** 53)) return Infinity;
  }
  return r;
}

/**
 * The int rule of each operator: both operands are int32 values (bools already
 * converted). Returns the int result, or `undefined` when Python's answer is a
 * float: the float rule then runs on the same operands (`/` always, `**` with a
 * negative exponent).
 */
/** CPython 3.11's ZeroDivisionError texts of `/`, `//` and `%`: [int rule, float rule]. */
const ZERO_DIVISOR_TEXT = {
  "/": ["division by zero", "float division by zero"],
  "//": ["integer division or modulo by zero", "float floor division by zero"],
  // divmod's is the `//` one.
  "%": ["integer modulo by zero", "float modulo"],
} as const;

/** The error of `a op 0` under the int rule (`intRule`) or the float rule. */
export function divisionByZero(op: "/" | "//" | "%", intRule: boolean): PyError {
  return zeroDivision(ZERO_DIVISOR_TEXT[op][intRule ? 0 : 1]);
}

export const INT_RULES: Record<ArithOp, (a: number, b: number) => number | undefined> = {
  "+": (a, b) => checkedInt("+", a, b, a + b),
  "-": (a, b) => checkedInt("-", a, b, a - b),
  "*": (a, b) => checkedInt("*", a, b, a * b),
  "/": (a, b) => {
    if (b === 0) throw divisionByZero("/", true);
    return undefined;
  },
  "//": (a, b) => {
    if (b === 0) throw divisionByZero("//", true);
    // Exact: for int32 operands the double quotient is never rounded across an integer.
    return checkedInt("//", a, b, Math.floor(a / b));
  },
  "%": (a, b) => {
    if (b === 0) throw divisionByZero("%", true);
    const r = a % b;
    return (r !== 0 && (r < 0) !== (b < 0) ? r + b : r) + 0;
  },
  "**": (a, b) => {
    if (b < 0) {
      if (a === 0) throw zeroDivision("0.0 cannot be raised to a negative power");
      return undefined;
    }
    return checkedInt("**", a, b, intPow(a, b));
  },
};

// ---------------------------------------------------------------- float rules

/** CPython's float_divmod (floatobject.c): [floor quotient, remainder], signed zeros included. */
export function floatDivmod(vx: number, wx: number): [number, number] {
  if (wx === 0) throw zeroDivision("float divmod()");
  let mod = vx % wx; // JavaScript's % is C's fmod: exact
  let div = (vx - mod) / wx;
  // C's `if (mod)`: nan is true there (unlike JavaScript's truthiness).
  if (mod !== 0) {
    // Make the remainder take the divisor's sign (nan compares false: left alone).
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1;
    }
  } else mod = wx < 0 ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    const q = vx / wx;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** CPython's float_floor_div: the first half of float_divmod. */
export function floatFloorDiv(vx: number, wx: number): number {
  if (wx === 0) throw divisionByZero("//", false);
  return floatDivmod(vx, wx)[0];
}

/** CPython's float_rem: the remainder takes the divisor's sign; a zero one too. */
export function floatMod(vx: number, wx: number): number {
  if (wx === 0) throw divisionByZero("%", false);
  let mod = vx % wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) mod += wx;
  } else mod = wx < 0 ? -0 : 0;
  return mod;
}

function isOddInteger(x: number): boolean {
  return Number.isFinite(x) && Math.abs(x % 2) === 1;
}

/**
 * CPython's float_pow: C99's pow special cases (where JavaScript's Math.pow differs:
 * `1 ** nan`, `(-1) ** inf`), ZeroDivisionError for 0.0 to a negative power,
 * OverflowError when a finite power overflows. A negative base to a fractional power
 * is a complex number in CPython; we have no complex type, so it is a ValueError.
 */
export function floatPow(iv: number, iw: number): number {
  if (iw === 0) return 1;
  if (Number.isNaN(iv)) return iv;
  if (Number.isNaN(iw)) return iv === 1 ? 1 : iw;
  if (!Number.isFinite(iw)) {
    const a = Math.abs(iv);
    if (a === 1) return 1;
    return (iw > 0) === (a > 1) ? Math.abs(iw) : 0;
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0 : 0) : 0;
  }
  if (iv === 0) {
    if (iw < 0) throw zeroDivision("0.0 cannot be raised to a negative power");
    return isOddInteger(iw) ? iv : 0;
  }
  if (iv < 0 && iw !== Math.floor(iw)) {
    throw valueError("negative number cannot be raised to a fractional power (complex numbers are not supported)");
  }
  // Correctly rounded, as glibc's pow nearly always is; an odd power of a negative base negative.
  const r = powFinite(iv, iw);
  if (!Number.isFinite(r)) throw overflowError("(34, 'Numerical result out of range')");
  return r;
}

/** The float rule of each operator, on doubles (ints converted exactly); the caller rounds. */
export const FLOAT_RULES: Record<ArithOp, (a: number, b: number) => number> = {
  "+": (a, b) => a + b,
  "-": (a, b) => a - b,
  "*": (a, b) => a * b,
  "/": (a, b) => {
    if (b === 0) throw divisionByZero("/", false);
    return a / b;
  },
  "//": floatFloorDiv,
  "%": floatMod,
  "**": floatPow,
};

// --------------------------------------------------------------- comparisons

export type CompareOp = "<" | "<=" | ">" | ">=" | "==" | "!=";

/**
 * Comparisons of two numbers (ints, floats, bools as 0/1): exact, because an int32
 * converts to a double exactly; nan is unordered and unequal to everything.
 */
export const COMPARE_RULES: Record<CompareOp, (a: number, b: number) => boolean> = {
  "<": (a, b) => a < b,
  "<=": (a, b) => a <= b,
  ">": (a, b) => a > b,
  ">=": (a, b) => a >= b,
  "==": (a, b) => a === b,
  "!=": (a, b) => a !== b,
};

// ------------------------------------------------------------------ builtins

/** Python's round() to an integer: halves to even. -0 stays -0 (callers of int results add 0). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** round(int, ndigits): exact for int32 values; ndigits >= 0 leaves the int unchanged. */
export function roundInt(x: number, ndigits: number): number {
  if (ndigits >= 0) return x;
  if (ndigits < -10) return 0; // |x| < 10**10 / 2: rounds to 0
  const m = 10 ** -ndigits;
  // x / m is exact enough: a tie x = (n + 1/2) m is representable, and a non-tie is
  // at least 1/m away from one, far more than the quotient's rounding error.
  return checkedInt("round", x, ndigits, roundHalfEven(x / m) * m);
}

/**
 * round(float, ndigits) for ndigits < 0, correctly rounded like CPython's dtoa-based
 * double_round: the exact binary value of x divided by 10**-ndigits, rounded half to
 * even, multiplied back, computed with BigInt so no intermediate rounding can create
 * or hide a tie.
 */
export function roundFloatNegative(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (-ndigits > 308) return x < 0 ? -0 : 0;
  // x = mant * 2**exp exactly, mant an integer below 2**53.
  let exp = 0;
  let mant = Math.abs(x);
  while (!Number.isInteger(mant)) {
    mant *= 2;
    exp--;
  }
  let num = BigInt(mant);
  let den = 10n ** BigInt(-ndigits);
  if (exp < 0) den <<= BigInt(-exp);
  else num <<= BigInt(exp);
  let q = num / den;
  const rem2 = 2n * (num - q * den);
  if (rem2 > den || (rem2 === den && (q & 1n) === 1n)) q += 1n;
  const r = Number(q * 10n ** BigInt(-ndigits));
  if (!Number.isFinite(r)) throw overflowError("rounded value too large to represent");
  return x < 0 ? -r : r;
}

/**
 * Three-argument pow on ints, as CPython's long_pow: the result has the sign of the
 * modulus (it lies in [0, m) or (m, 0]); a negative exponent uses the modular inverse
 * of the base; pow(x, 0, 1) is 0.
 */
export function powMod(base: number, exp: number, mod: number): number {
  return Number(powModBig(BigInt(base), BigInt(exp), BigInt(mod)));
}

/** powMod on ints of any size (vm/bigint.ts): the result's size is the modulus's. */
export function powModBig(base: bigint, exp: bigint, mod: bigint): bigint {
  if (mod === 0n) throw valueError("pow() 3rd argument cannot be 0");
  const m = mod < 0n ? -mod : mod;
  let b = ((base % m) + m) % m;
  let e = exp;
  if (e < 0n) {
    b = modInverse(b, m);
    e = -e;
  }
  let r = 1n % m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return mod < 0n && r !== 0n ? r + mod : r;
}

/** The inverse of b modulo m (0 <= b < m) by the extended Euclidean algorithm. */
function modInverse(b: bigint, m: bigint): bigint {
  let [oldR, r] = [b, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw valueError("base is not invertible for the given modulus");
  return ((oldS % m) + m) % m;
}
