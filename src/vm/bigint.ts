// Python's arbitrary-precision ints (Python 3 dialect): what happens when an int
// result leaves the 32-bit device word.
//
// Representation: an int that fits an int32 is a plain JS number (the interpreter's
// fast paths never see anything else); any other int is a PyBigInt holding a JS
// BigInt (values.ts). Invariant: one canonical form per value — every result made
// here goes through `intOf`, which turns values that fit back into numbers — so ==,
// hash(), dict keys and set membership agree between the two forms.
//
// Memory: a big int is charged to its core as 8 B (header) + 4 B per 32-bit digit of
// its magnitude (`bigBytes`), the way MicroPython's mpz counts digits; the collector
// (memory.ts) counts it with the same function while it is reachable. Operations
// whose result may be huge (**, <<) reserve its size before computing it, so a
// program runs out of its core's memory (MemoryError) rather than the host's.
//
// Medium ints: a big int whose value is a safe integer (|v| <= 2**53 - 1) carries
// it as a double too (PyBigInt.n). Arithmetic, comparisons, bit operations and
// hashes of such operands run on doubles when the exact result is again safe — the
// common case of counters, sums and ids past 2**31 — and on BigInts otherwise. A
// double operation whose true result is a safe integer is exact (IEEE rounding is
// monotonic and the result representable), so every fast path checks only that its
// result is safe.
//
// Modes: the classic dialect keeps the original's 32-bit ints, and a run option
// (--int-overflow error, CoreApi.intOverflow) keeps device-word OverflowErrors in
// the Python 3 dialect: `promotes` is the one place that decides.

import { gcdBigint } from "./bigGcd.js";
import { toIntValue } from "./args.js";
import { PyError, overflowError, valueError, zeroDivision } from "./errors.js";
import { SSIZE_MAX } from "./indexSized.js";
import { type ArithOp, FLOAT_RULES, INT_RULES, intOverflow, intPow } from "./numbers.js";
import { type CoreApi, PyBigInt, PyFloat, type Value } from "./values.js";

const INT32_MIN = -2147483648n;
const INT32_MAX = 2147483647n;

/** Bytes of a big int's header in the core's budget. */
export const BIGINT_HEADER = 8;
/** Bytes per 32-bit digit of the magnitude. */
export const BIGINT_DIGIT = 4;

/** Number of bits of |v| (0 for 0). */
export function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  // Up to 2**53 the double is exact: no string (the common size of a freshly promoted result).
  if (v <= 0x1fffffffffffffn) {
    const n = Number(v);
    const hi = Math.floor(n / 4294967296);
    return hi ? 64 - Math.clz32(hi) : 32 - Math.clz32(n);
  }
  if (Number(v) < 2 ** 1023) return bitLengthByDouble(v);
  const hex = v.toString(16);
  // Every hex digit but the first is 4 bits; the first holds 1..4.
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/**
 * Bit length of |v| < 2**1023 read off its nearest double n = Number(|v|): the
 * exponent e of n (exact: powers of two are exact doubles) gives e + 1 bits, except
 * when n is exactly 2**e, which v just below 2**e also rounds to — one shift tells.
 * (Rounding is monotonic: a v of e + 1 bits never rounds below 2**e, nor one of e
 * bits above it.) No BigInt is made in the common case: go's 63-bit zobrist XORs
 * measure every result.
 */
function bitLengthByDouble(v: bigint): number {
  if (v < 0n) v = -v;
  const n = Number(v);
  if (n === 0) return 0;
  // n = 1.m * 2**e: e from the double's exponent field (n >= 1, never subnormal).
  DOUBLE[0] = n;
  const hi = WORDS[HIGH_WORD];
  const e = ((hi >>> 20) & 0x7ff) - 1023;
  const exactPower = (hi & 0xfffff) === 0 && WORDS[1 - HIGH_WORD] === 0;
  return exactPower && v >> BigInt(e) === 0n ? e : e + 1;
}

/** A double's bytes, read as two 32-bit words (bitLengthByDouble). */
const DOUBLE = new Float64Array(1);
const WORDS = new Uint32Array(DOUBLE.buffer);
/** Index in WORDS of the word holding the sign and exponent (1 on little-endian hosts). */
const HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/**
 * Bit length of |v| given that it is at most `bound`. Shifting v right by s costs
 * O(length - s) words, so probing from the top down (galloping, then bisecting) reads
 * only the words near the top, where bitLength's hex conversion reads the whole number.
 */
function bitLengthBelow(v: bigint, bound: number): number {
  if (bound < 1023) return bitLengthByDouble(v);
  if (v < 0n) v = -v;
  if (v === 0n) return 0;
  // The usual case, |v| of nearly `bound` bits: one shift leaves its top (below 2**1000),
  // whose length the double tells (a sum or product is bound or bound - 1 bits).
  const s = bound - 1000;
  const top = v >> BigInt(s);
  if (top !== 0n) return s + bitLengthByDouble(top);
  // Invariant: 2**lo <= |v| < 2**hi once the gallop stops (lo = 0 holds as v != 0).
  let hi = s;
  let step = 1;
  let lo = hi - 1;
  while (lo > 0 && v >> BigInt(lo) === 0n) {
    hi = lo;
    step *= 2;
    lo = Math.max(0, hi - step);
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (v >> BigInt(mid) === 0n) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Bit length of a big int's magnitude, computed once per value. */
export function bigBits(b: PyBigInt): number {
  return b.bits >= 0 ? b.bits : (b.bits = bitLength(b.v));
}

/** An int operand's bit length (bools: 1), a bound for its operation's result. */
function boundOf(v: Value): number {
  if (v instanceof PyBigInt) return bigBits(v);
  return typeof v === "number" ? (v === 0 ? 0 : 32 - Math.clz32(Math.abs(v))) : 1;
}

/** Bytes charged for a big int of `bits` bits (see the file comment). */
export function bytesForBits(bits: number): number {
  return BIGINT_HEADER + BIGINT_DIGIT * Math.max(1, Math.ceil(bits / 32));
}

/** Bytes charged for a big int (the collector uses this too). */
export function bigBytes(b: PyBigInt): number {
  return bytesForBits(bigBits(b));
}

/** True when an int result beyond int32 becomes a big int on this core (else OverflowError). */
export function promotes(core: CoreApi): boolean {
  return core.dialect === "python3" && core.intOverflow !== "error";
}

/** The int `r` in its canonical form: a number when it fits int32, else a big int charged to `core`. */
export function intOf(core: CoreApi, r: bigint): number | PyBigInt {
  return intOfBound(core, r, -1);
}

/**
 * `intOf` for a result known to have at most `bound` bits (-1: unknown), as an
 * operation's operands bound it: the exact length then costs a shift or two.
 */
function intOfBound(core: CoreApi, r: bigint, bound: number, always = false): number | PyBigInt {
  if (r >= INT32_MIN && r <= INT32_MAX) return Number(r);
  // A big literal can still reach a core that keeps device-word errors: its results may not grow.
  if (!always && !promotes(core)) throw overflowError(`int overflow: ${r} does not fit in a 32-bit int`);
  const bits = bound > 0 ? bitLengthBelow(r, bound) : bitLength(r);
  core.charge(bytesForBits(bits));
  const big = new PyBigInt(r);
  big.bits = bits;
  return big;
}

/**
 * The int `r` made by the runtime itself, not by the program's arithmetic (a 64-bit
 * hash, sys.hash_info's modulus): a big int even on a core that keeps device-word
 * errors (`--int-overflow error`), where only the program's own results may not grow.
 */
export function runtimeInt(core: CoreApi, r: bigint): number | PyBigInt {
  return intOfBound(core, r, -1, true);
}

/** Bit length of |n| for a safe integer n (no BigInt, no string). */
export function safeBits(n: number): number {
  const a = Math.abs(n);
  const hi = Math.floor(a / 4294967296);
  return hi ? 64 - Math.clz32(hi) : a === 0 ? 0 : 32 - Math.clz32(a);
}

/** The int of safe integer `r` in its canonical form (intOf without a BigInt). */
export function intOfSafe(core: CoreApi, r: number): number | PyBigInt {
  if ((r | 0) === r) return r + 0;
  if (!promotes(core)) throw overflowError(`int overflow: ${r} does not fit in a 32-bit int`);
  const bits = safeBits(r);
  core.charge(bytesForBits(bits));
  return PyBigInt.ofSafe(r, bits);
}

/** An int operand as a safe-integer double (ints of either form, bools); NaN for anything else. */
function mediumOf(v: Value): number {
  if (typeof v === "number") return (v | 0) === v ? v : NaN;
  if (v instanceof PyBigInt) return v.n;
  if (typeof v === "boolean") return v ? 1 : 0;
  return NaN;
}

/**
 * `p op q` on safe integers by double arithmetic; undefined when the exact result
 * is not a safe integer, or for ** and a zero divisor (the BigInt rule decides).
 */
function mediumRule(core: CoreApi, op: ArithOp, p: number, q: number): Value | undefined {
  let r: number;
  switch (op) {
    case "+": r = p + q; break;
    case "-": r = p - q; break;
    case "*": r = p * q; break;
    case "/": return q === 0 ? undefined : core.float(p / q); // both exact: one correctly rounded division
    case "//":
    case "%": {
      if (q === 0) return undefined;
      // fmod is exact; Python's remainder takes the divisor's sign.
      let m = p % q;
      if (m !== 0 && (m < 0) !== (q < 0)) m += q;
      if (op === "%") return intOfSafe(core, m);
      // p - m is an exact multiple of q: when it is safe, so is the quotient, exactly.
      r = p - m;
      if (!Number.isSafeInteger(r)) return undefined;
      r /= q;
      break;
    }
    default: return undefined;
  }
  return Number.isSafeInteger(r) ? intOfSafe(core, r) : undefined;
}

/** `intOf` for a result whose size was already reserved (`reserveBits`). */
function intOfReserved(r: bigint): number | PyBigInt {
  return r >= INT32_MIN && r <= INT32_MAX ? Number(r) : new PyBigInt(r);
}

/** CPython's MAX_LONG_DIGITS: the most 4-byte digits an int object's Py_ssize_t size allows. */
const MAX_LONG_DIGITS = (SSIZE_MAX - 24n) / 4n;

/** Charges a result of at most `bits` bits before it is computed (MemoryError if it cannot fit). */
function reserveBits(core: CoreApi, bits: number): void {
  if (!promotes(core)) throw overflowError("int overflow: the result does not fit in a 32-bit int");
  // Beyond what any core's memory could hold: refuse before building a bigger charge.
  if (!Number.isFinite(bits) || bits > 2 ** 40) {
    throw new PyError("MemoryError", `core ${core.id} out of memory: an int of about ${Number.isFinite(bits) ? bits : "infinitely many"} bits`);
  }
  core.charge(bytesForBits(bits));
}

/** An int (small, bool or big) as a BigInt; undefined for anything else. */
export function toBig(v: Value): bigint | undefined {
  if (typeof v === "number") return (v | 0) === v ? BigInt(v) : undefined;
  if (v instanceof PyBigInt) return v.v;
  if (typeof v === "boolean") return v ? 1n : 0n;
  return undefined;
}

/** True for a Python int of either form (bools too). */
export function isIntValue(v: Value): boolean {
  return (typeof v === "number" && (v | 0) === v) || typeof v === "boolean" || v instanceof PyBigInt;
}

/** float(big): correctly rounded (BigInt to Number rounds half to even); OverflowError beyond a double. */
export function bigToFloat(v: bigint): number {
  const x = Number(v);
  if (!Number.isFinite(x)) throw overflowError("int too large to convert to float");
  return x;
}

/** A float value (boxed or not) as a JS number; undefined for anything else. */
function floatOf(v: Value): number | undefined {
  if (typeof v === "number") return v;
  if (v instanceof PyFloat) return v.v;
  return undefined;
}

// ---------------------------------------------------------------- arithmetic

/** BigInt floor division, Python's (rounds towards -inf). */
function floorDiv(x: bigint, y: bigint): bigint {
  if (y === 0n) throw zeroDivision("integer division or modulo by zero");
  const q = x / y;
  // Only a quotient of operands of different signs rounds the other way: the
  // remainder (a second division) is needed then only.
  return (x < 0n) !== (y < 0n) && x % y !== 0n ? q - 1n : q;
}

/**
 * floorDiv of operands of `bx` and `by` bits (exact lengths). When the quotient is
 * small and the divisor long (pidigits: a digit from two numbers of thousands of
 * bits), estimating it from the top 64 bits of each and correcting it with one
 * multiply-subtract is several times faster than BigInt division (which normalises
 * copies of both operands first).
 */
function floorDivBits(x: bigint, y: bigint, bx: number, by: number): bigint {
  if (by < 64 || bx - by > 40 || y === 0n) return floorDiv(x, y);
  const xNeg = x < 0n, yNeg = y < 0n;
  const a = xNeg ? -x : x, b = yNeg ? -y : y;
  const k = BigInt(by - 64);
  // b >> k has 64 bits and a >> k at most 105: the estimate is within 1 of a / b.
  const den = Number(b >> k);
  if (den === 0) return floorDiv(x, y);
  let q = BigInt(Math.floor(Number(a >> k) / den));
  let r = a - q * b;
  while (r < 0n) { q--; r += b; }
  while (r >= b) { q++; r -= b; }
  // q = trunc(|x| / |y|), r = |x| - q|y|: Python's floor for operands of different signs.
  if (xNeg === yNeg) return q;
  return r === 0n ? -q : -q - 1n;
}

/** BigInt modulo, Python's (the result has the divisor's sign). */
function floorMod(x: bigint, y: bigint): bigint {
  if (y === 0n) throw zeroDivision("integer modulo by zero");
  const r = x % y;
  return r !== 0n && (r < 0n) !== (y < 0n) ? r + y : r;
}

/** x * 2**e without intermediate overflow or underflow of the scale factor. */
function ldexp(x: number, e: number): number {
  while (e > 1000) { x *= 2 ** 1000; e -= 1000; }
  while (e < -1000) { x *= 2 ** -1000; e += 1000; }
  return x * 2 ** e;
}

/**
 * x / y correctly rounded, as CPython's long_true_divide (subnormal results aside):
 * the quotient scaled to at least 55 significant bits, with a sticky bit for any
 * remainder, is rounded once by the BigInt to Number conversion.
 */
export function trueDivide(x: bigint, y: bigint): number {
  if (y === 0n) throw zeroDivision("division by zero");
  const neg = (x < 0n) !== (y < 0n);
  const n = x < 0n ? -x : x;
  const d = y < 0n ? -y : y;
  if (n < 2n ** 53n && d < 2n ** 53n) return Number(x) / Number(y);
  const nb = bitLength(n), db = bitLength(d);
  if (nb - db > 1025) throw overflowError("integer division result too large for a float");
  const shift = db - nb + 55;
  let q: bigint, r: bigint;
  if (shift >= 0) {
    const s = n << BigInt(shift);
    q = s / d;
    r = s % d;
  } else {
    const s = d << BigInt(-shift);
    q = n / s;
    r = n % s;
  }
  if (r !== 0n) q |= 1n;
  const out = ldexp(Number(q), -shift);
  if (!Number.isFinite(out)) throw overflowError("integer division result too large for a float");
  return neg ? -out : out;
}

/** x ** y for y >= 0 on BigInts, its size reserved on the core first. */
function bigPow(core: CoreApi, x: bigint, y: bigint): number | PyBigInt {
  if (x === 0n || x === 1n) return y === 0n ? 1 : Number(x);
  if (x === -1n) return (y & 1n) === 0n ? 1 : -1;
  // |x| >= 2: the result has about y * log2|x| bits.
  const bits = Number(y) * Math.log2(Math.abs(Number(x)) || 2 ** 1023) + 1;
  reserveBits(core, bits);
  return intOfReserved(x ** y);
}

/** The int rule of `op` on two BigInts; undefined when Python's answer is a float (/, ** < 0). */
function bigIntRule(core: CoreApi, op: ArithOp, x: bigint, y: bigint, bx: number, by: number): Value | undefined {
  // bx, by bound the operands' bit lengths, so each result's (|q| <= |x| / |y| + 1).
  switch (op) {
    case "+": return intOfBound(core, x + y, Math.max(bx, by) + 1);
    case "-": return intOfBound(core, x - y, Math.max(bx, by) + 1);
    case "*": return intOfBound(core, x * y, bx + by);
    case "//": return intOfBound(core, floorDivBits(x, y, bx, by), Math.max(1, bx - by + 2));
    case "%": return intOfBound(core, floorMod(x, y), by);
    case "/": return core.float(trueDivide(x, y));
    case "**":
      if (y < 0n) {
        if (x === 0n) throw zeroDivision("0.0 cannot be raised to a negative power");
        return undefined;
      }
      return bigPow(core, x, y);
  }
}

/**
 * An arithmetic operator where an operand is a big int (the other an int, bool or
 * float): the int rule on BigInts, or the float rule after converting the big int
 * (OverflowError "int too large to convert to float"). Undefined when an operand is
 * not a number (the caller tries the special methods).
 */
export function bigArith(core: CoreApi, op: ArithOp, a: Value, b: Value): Value | undefined {
  const p = mediumOf(a), q = mediumOf(b);
  if (p === p && q === q) {
    const r = mediumRule(core, op, p, q);
    if (r !== undefined) return r;
  } else if (p === p && !(b instanceof PyBigInt)) {
    // A medium int and a float (or not a number): the float rule on its exact double.
    const fy = floatOf(b);
    return fy === undefined ? undefined : core.float(FLOAT_RULES[op](p, fy));
  } else if (q === q && !(a instanceof PyBigInt)) {
    const fx = floatOf(a);
    return fx === undefined ? undefined : core.float(FLOAT_RULES[op](fx, q));
  }
  const x = toBig(a), y = toBig(b);
  if (x !== undefined && y !== undefined) {
    const r = bigIntRule(core, op, x, y, boundOf(a), boundOf(b));
    if (r !== undefined) return r;
    return core.float(FLOAT_RULES[op](bigToFloat(x), bigToFloat(y)));
  }
  const fx = x !== undefined ? bigToFloat(x) : floatOf(a);
  const fy = y !== undefined ? bigToFloat(y) : floatOf(b);
  if (fx === undefined || fy === undefined) return undefined;
  return core.float(FLOAT_RULES[op](fx, fy));
}

/**
 * `a op b` on two int32 values whose int result may leave int32 (the interpreter's
 * fast paths and ops.ts call this only then, or for every int pair in ops.ts):
 * the int32 result when it fits; else a big int when the core promotes, else the
 * device word's OverflowError. Undefined when Python's answer is a float.
 */
export function smallIntRule(core: CoreApi, op: ArithOp, a: number, b: number): number | PyBigInt | undefined {
  let r: number;
  switch (op) {
    case "+": r = a + b; break;
    case "-": r = a - b; break;
    case "*": r = a * b; break;
    case "//":
      if (a === -2147483648 && b === -1) { r = 2147483648; break; }
      return INT_RULES["//"](a, b);
    case "**":
      if (b < 0) return INT_RULES["**"](a, b);
      r = intPow(a, b);
      break;
    default: return INT_RULES[op](a, b);
  }
  if ((r | 0) === r) return r + 0;
  if (!promotes(core)) throw intOverflow(op, a, b, r);
  if (op === "**") return bigPow(core, BigInt(a), BigInt(b));
  // r is exact below 2**53 (sums, the one quotient, most int32 products): one conversion.
  return Number.isSafeInteger(r) ? intOfSafe(core, r) : intOf(core, BigInt(a) * BigInt(b));
}

/** -x for an int32 (only -(-2**31) leaves the word) or a big int. */
export function negInt(core: CoreApi, a: number | PyBigInt): number | PyBigInt {
  if (typeof a === "number") {
    if (a !== -2147483648) return a === 0 ? 0 : -a;
    if (!promotes(core)) throw overflowError("int overflow: -(-2147483648) does not fit in a 32-bit int");
    return intOf(core, 2147483648n);
  }
  return a.n === a.n ? intOfSafe(core, -a.n) : intOf(core, -a.v);
}

/** abs() of an int of either form. */
export function absInt(core: CoreApi, a: number | PyBigInt): number | PyBigInt {
  if (typeof a === "number") return a < 0 ? negInt(core, a) : a;
  return (a.n === a.n ? a.n < 0 : a.v < 0n) ? negInt(core, a) : a;
}

/**
 * Bit operations (<< >> & | ^) when an operand is big or a left shift leaves the
 * word: Python's semantics are BigInt's (two's complement of infinite width, >>
 * rounding towards -inf). Undefined when an operand is not an int.
 */
export function bigBitop(core: CoreApi, op: "lshift" | "rshift" | "and" | "or" | "xor", a: Value, b: Value): Value | undefined {
  const p = mediumOf(a), q = mediumOf(b);
  if (p === p && q === q) {
    const r = mediumBitop(core, op, p, q);
    if (r !== undefined) return r;
  }
  const x = toBig(a), y = toBig(b);
  if (x === undefined || y === undefined) return undefined;
  switch (op) {
    case "and": return intOf(core, x & y);
    case "or": return intOf(core, x | y);
    case "xor": return intOf(core, x ^ y);
    case "rshift": {
      if (y < 0n) throw valueError("negative shift count");
      // Beyond the operand's width every bit is the sign.
      if (y >= BigInt(bitLength(x) + 1)) return x < 0n ? -1 : 0;
      return intOf(core, x >> y);
    }
    case "lshift": {
      if (y < 0n) throw valueError("negative shift count");
      if (x === 0n) return 0;
      if (!promotes(core)) {
        throw intOverflow("<<", Number(x), Number(y), Infinity);
      }
      // A result of more 30-bit digits than a CPython int can count (its size is a
      // Py_ssize_t of bytes) is its OverflowError; a smaller one that cannot fit, MemoryError.
      if (y / 30n >= MAX_LONG_DIGITS) throw overflowError("too many digits in integer");
      reserveBits(core, bitLength(x) + Number(y));
      return intOfReserved(x << y);
    }
  }
}

/** 2**32, the weight of a safe integer's high word. */
const WORD = 4294967296;

/**
 * A bit operation on safe integers by doubles, through their two's complement words
 * n = hi * 2**32 + lo (hi signed, under 2**21 in magnitude; lo unsigned); undefined
 * when the BigInt rule decides (a negative or huge shift count, a result past 2**53).
 */
function mediumBitop(core: CoreApi, op: "lshift" | "rshift" | "and" | "or" | "xor", p: number, q: number): Value | undefined {
  if (op === "rshift" || op === "lshift") {
    if (q < 0 || q > 1024) return undefined;
    // p / 2**q and p * 2**q only move the exponent: exact, floor rounding as Python's >>.
    const r = op === "rshift" ? (q > 53 ? (p < 0 ? -1 : 0) : Math.floor(p / 2 ** q)) : p * 2 ** q;
    return Number.isSafeInteger(r) ? intOfSafe(core, r) : undefined;
  }
  const ph = Math.floor(p / WORD), qh = Math.floor(q / WORD);
  const pl = p - ph * WORD, ql = q - qh * WORD;
  let h: number, l: number;
  if (op === "and") { h = ph & qh; l = (pl & ql) >>> 0; }
  else if (op === "or") { h = ph | qh; l = (pl | ql) >>> 0; }
  else { h = ph ^ qh; l = (pl ^ ql) >>> 0; }
  // Only -2**53 (both high words at their least) lies outside the safe range: exact still.
  const r = h * WORD + l;
  return Number.isSafeInteger(r) ? intOfSafe(core, r) : intOf(core, BigInt(r));
}

/** ~x for a big int. */
export function invertBig(core: CoreApi, a: PyBigInt): number | PyBigInt {
  return a.n === a.n ? intOfSafe(core, -a.n - 1) : intOf(core, ~a.v);
}

// --------------------------------------------------------------- comparisons

/** Sign of (x - f) for a BigInt x and a non-NaN float f, exactly (CPython compares ints and floats exactly). */
function compareBigFloat(x: bigint, f: number): number {
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const fl = Math.floor(f);
  const c = BigInt(fl);
  if (x < c) return -1;
  if (x > c) return 1;
  // x equals floor(f): below f unless f is integral.
  return fl === f ? 0 : -1;
}

/**
 * Three-way comparison where an operand is a big int: -1, 0, 1, or NaN when a float
 * operand is NaN (every ordering false, != true); undefined when an operand is not a
 * number.
 */
/** A number's exact value as a double (a float NaN stays NaN); undefined for a big int past 2**53 and non-numbers. */
function exactDouble(v: Value): number | undefined {
  if (v instanceof PyBigInt) return v.n === v.n ? v.n : undefined;
  return typeof v === "boolean" ? +v : floatOf(v);
}

export function compareBig(a: Value, b: Value): number | undefined {
  // Medium ints, small ints, bools and floats are all exact doubles: compare them so.
  const p = exactDouble(a), q = exactDouble(b);
  if (p !== undefined && q !== undefined) return p < q ? -1 : p > q ? 1 : p === q ? 0 : NaN;
  const x = toBig(a), y = toBig(b);
  if (x !== undefined && y !== undefined) return x < y ? -1 : x > y ? 1 : 0;
  if (x !== undefined) {
    const f = floatOf(b);
    if (f === undefined) return undefined;
    return Number.isNaN(f) ? NaN : compareBigFloat(x, f);
  }
  if (y !== undefined) {
    const f = floatOf(a);
    if (f === undefined) return undefined;
    return Number.isNaN(f) ? NaN : -compareBigFloat(y, f);
  }
  return undefined;
}

// --------------------------------------------------------------- conversions

/** int(x) of a float: the truncated value, big when it does not fit int32 (OverflowError for inf, ValueError for nan). */
export function intFromFloat(core: CoreApi, x: number, what: string): number | PyBigInt {
  if (!Number.isFinite(x)) {
    throw new PyError(Number.isNaN(x) ? "ValueError" : "OverflowError", `cannot convert float ${Number.isNaN(x) ? "NaN" : "infinity"} to integer`);
  }
  const t = Math.trunc(x) + 0;
  if ((t | 0) === t) return t;
  if (!promotes(core)) throw overflowError(`${what} ${t} does not fit in a 32-bit int`);
  return intOf(core, BigInt(t));
}

/** The digits of |v| in `base` (2, 8, 10, 16) and its sign, for hex()/format()/%. */
export function intDigits(v: number | bigint, base: number): { neg: boolean; digits: string } {
  const neg = v < 0;
  const abs = neg ? -v : v;
  return { neg, digits: abs.toString(base) };
}

/** An int's value as a number or BigInt (no conversion of big ints to doubles). */
export function intNumeric(v: Value): number | bigint | undefined {
  if (typeof v === "number") return (v | 0) === v ? v : undefined;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyBigInt) return v.v;
  return undefined;
}

/** int.bit_length() for either form. */
export function intBitLength(v: number | bigint): number {
  return typeof v === "number" ? (v === 0 ? 0 : 32 - Math.clz32(Math.abs(v))) : bitLength(v);
}

/** round(int, ndigits) on any int: exact, halves to even (ndigits >= 0 leaves it unchanged). */
export function roundIntBig(core: CoreApi, v: bigint, ndigits: number): number | PyBigInt {
  if (ndigits >= 0) return intOf(core, v);
  const m = 10n ** BigInt(-ndigits);
  let q = floorDiv(v, m);
  const twice = 2n * (v - q * m);
  if (twice > m || (twice === m && (q & 1n) === 1n)) q += 1n;
  return intOf(core, q * m);
}

// ------------------------------------------------- math's integer functions
// (math.ts calls these when the core promotes; the 32-bit versions stay there.)

/** An int argument of either form as a BigInt; CPython's TypeError for anything else. */
export function intArg(v: Value): bigint {
  const x = toBig(v);
  if (x !== undefined) return x;
  // An object's __index__, an int subclass's instance; anything else is refused
  // under its own type's name (args.ts).
  const i = toIntValue(v, "");
  return typeof i === "number" ? BigInt(i) : i.v;
}

/** n * (n-1) * ... * (n-k+1) (factorial: k = n), its size reserved first (Stirling's bound). */
export function fallingFactorialBig(core: CoreApi, n: bigint, k: bigint): number | PyBigInt {
  const nn = Number(n), kk = Number(k);
  // log2 of the product is at most k * log2(n): reserve that before multiplying.
  const bits = kk * Math.log2(Math.max(nn, 2)) + 1;
  if (bits > 31) reserveBits(core, bits);
  // Multiplying balanced halves keeps the operands similar in size (far faster than one by one).
  const product = (lo: bigint, hi: bigint): bigint => {
    if (hi - lo < 16n) {
      let r = 1n;
      for (let i = lo; i <= hi; i++) r *= i;
      return r;
    }
    const mid = (lo + hi) / 2n;
    return product(lo, mid) * product(mid + 1n, hi);
  };
  const r = k <= 0n ? 1n : product(n - k + 1n, n);
  return bits > 31 ? intOfReserved(r) : intOf(core, r);
}

/** math.comb(n, k) on any ints. */
export function combBig(core: CoreApi, n: bigint, k: bigint): number | PyBigInt {
  if (n < 0n) throw valueError("n must be a non-negative integer");
  if (k < 0n) throw valueError("k must be a non-negative integer");
  if (k > n) return 0;
  if (n - k < k) k = n - k;
  reserveBits(core, Number(k) * Math.log2(Math.max(Number(n), 2)) + 1);
  let r = 1n;
  for (let i = 0n; i < k; i++) r = (r * (n - i)) / (i + 1n); // exact: C(n, i+1) = C(n, i) (n-i) / (i+1)
  return intOfReserved(r);
}

/** math.gcd of any ints (Lehmer's algorithm for big ones: bigGcd.ts). */
export function gcdBig(core: CoreApi, values: readonly bigint[]): number | PyBigInt {
  let g = 0n;
  for (const v of values) g = g === 1n ? g : gcdBigint(g, v);
  return intOf(core, g);
}

/** math.lcm of any ints. */
export function lcmBig(core: CoreApi, values: readonly bigint[]): number | PyBigInt {
  let l = 1n;
  for (let v of values) {
    if (v < 0n) v = -v;
    if (v === 0n || l === 0n) { l = 0n; continue; }
    l = (l / gcdBigint(l, v)) * v;
  }
  return intOf(core, l);
}

/** math.isqrt on any int: Newton's iteration from a power of two above the root. */
export function isqrtBig(core: CoreApi, n: bigint): number | PyBigInt {
  if (n < 0n) throw valueError("isqrt() argument must be nonnegative");
  if (n < 2n) return Number(n);
  let x = 1n << BigInt((bitLength(n) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return intOf(core, x);
    x = y;
  }
}

/** CPython's default sys.int_max_str_digits: decimal conversions beyond it are refused (quadratic time). */
export const INT_MAX_STR_DIGITS = 4300;

/**
 * The limit in force (sys.set_int_max_str_digits; 0: none). One per thread of cores,
 * not per core: each core's `sys` module sets it back to the default when it is made,
 * before the program runs.
 */
export const intStrDigits = { max: INT_MAX_STR_DIGITS };

/** The decimal text of a big int, or CPython's ValueError past the limit of digits. */
export function bigDecimal(v: bigint): string {
  const s = (v < 0n ? -v : v).toString();
  const max = intStrDigits.max;
  if (max !== 0 && s.length > max) {
    throw valueError(`Exceeds the limit (${max} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return v < 0n ? "-" + s : s;
}
