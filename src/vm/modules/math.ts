// The `math` module.
//
// Python 3 dialect: CPython's `math` (the functions ePython programs use), with
// CPython's results and errors: "math domain error" (ValueError) and "math range
// error" (OverflowError) exactly where CPython raises them, decided on the result
// *after* rounding to the core's float precision (so exp(100) overflows a float32
// core, as it would overflow a double at exp(1000)).
//
// Classic dialect (the original's `modules/math.py`): additionally `pi()` and `e()`
// are functions returning the original's literal constants 3.141592 and 2.718281,
// `floor`/`ceil` return floats, and `pow(a, b)` returns an int when both are ints.
// Real exponents work (the original returned garbage: we fix that).
//
// Invariants: every float result goes through `core.float` (precision of the core);
// every int result is an int32 (OverflowError otherwise) and never -0.

import * as libm from "../libm.js";
import { checkInt32, expectArgs, expectKwargs, expectPositional, typeName } from "../args.js";
import { PyError, overflowError, typeError, valueError, zeroDivision } from "../errors.js";
import { BuiltinFunction, PyBigInt, PyModule, type CoreApi, type Value, floatValue, isFloat, isInt } from "../values.js";
import { bind, def, int, isIntLike, iterate, real } from "./util.js";
import { callSpecial, nativeOf } from "../classes.js";
import { gcdSafe } from "../bigGcd.js";
import { itemsView, mul as opsMul } from "../ops.js";
import {
  combBig, fallingFactorialBig, gcdBig, intArg, intFromFloat, intOf, isqrtBig, lcmBig, promotes,
} from "../bigint.js";

const domainError = () => valueError("math domain error");
const rangeError = () => overflowError("math range error");

/**
 * Rounds a double result to the core's precision and applies CPython's `math_1` /
 * `math_2` error rules: a NaN from non-NaN inputs is a domain error; an infinity from
 * finite inputs is a range error if the function can overflow, else a domain error.
 */
function result(core: CoreApi, r: number, inputs: readonly number[], canOverflow = true): Value {
  const f = core.float(r);
  const v = floatValue(f);
  if (Number.isNaN(v)) {
    if (!inputs.some(Number.isNaN)) throw domainError();
  } else if (!Number.isFinite(v) && inputs.every(Number.isFinite)) {
    throw canOverflow ? rangeError() : domainError();
  }
  return f;
}

/** Float → int for floor/ceil/trunc: ValueError for NaN, OverflowError beyond int32. */
function toInt32(x: number): number {
  if (Number.isNaN(x)) throw valueError("cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw overflowError(`cannot convert float ${x > 0 ? "infinity" : "-infinity"} to integer`);
  checkInt32(x);
  return x === 0 ? 0 : x; // never -0
}

// ---- bit-level helpers ----

const scratch = new DataView(new ArrayBuffer(8));

/** True when the sign bit of x is set (also for -0.0 and negative NaNs). */
function signbit(x: number): boolean {
  scratch.setFloat64(0, x);
  return (scratch.getUint8(0) & 0x80) !== 0;
}

function copysign(x: number, y: number): number {
  return signbit(x) === signbit(y) ? x : -x;
}

/** C's frexp: x = m * 2^e with 0.5 <= |m| < 1 (m = x, e = 0 for 0, inf, nan). */
function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = 0;
  scratch.setFloat64(0, x);
  if (((scratch.getUint32(0) >>> 20) & 0x7ff) === 0) {
    // Subnormal: scale into the normal range first (exact).
    scratch.setFloat64(0, x * 2 ** 64);
    e = -64;
  }
  const hi = scratch.getUint32(0);
  e += ((hi >>> 20) & 0x7ff) - 1022;
  scratch.setUint32(0, (hi & 0x800fffff) | (1022 << 20)); // exponent of [0.5, 1)
  return [scratch.getFloat64(0), e];
}

/** C's ldexp: x * 2^i without spurious intermediate overflow/underflow. */
function ldexp(x: number, i: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  i = Math.max(-2200, Math.min(2200, i)); // beyond this the result is 0 or inf anyway
  while (i > 1000) { x *= 2 ** 1000; i -= 1000; }
  while (i < -1000) { x *= 2 ** -1000; i += 1000; }
  return x * 2 ** i;
}

// ---- CPython's own implementations (Modules/mathmodule.c) ----

/** CPython's `m_pow` special cases (C99 Annex F), where JS's Math.pow differs. */
function pow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? copysign(0, x) : 0;
    }
    // y is infinite
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  if (x === 0 && y < 0) throw domainError(); // CPython: EDOM, not a ZeroDivisionError
  return libm.powFinite(x, y);
}

/** The Euclidean norm of `xs` as CPython's math.hypot and math.dist compute it (norm_of below). */
function norm(xs: number[]): number {
  let max = 0;
  let foundNan = false;
  const vec = xs.map((x) => {
    const a = Math.abs(x);
    foundNan ||= Number.isNaN(a);
    if (a > max) max = a;
    return a;
  });
  return vectorNorm(vec, max, foundNan);
}

/**
 * CPython's vector_norm (3.11): the squares summed exactly in double-length arithmetic
 * after scaling by a power of two, the square root, then one differential correction,
 * so hypot(3, 4) is 5 and results are nearly always correctly rounded. Ported step for
 * step: its rounding, not only its accuracy, is what CPython prints.
 */
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const DBL_MIN = 2.2250738585072014e-308;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    // ldexp(1.0, -max_e) would overflow: subnormals scaled to normals first.
    return DBL_MIN * vectorNorm(vec.map((x) => x / DBL_MIN), max / DBL_MIN, foundNan);
  }
  const scale = ldexp(1, -maxE);
  let csum = 1;
  let frac1 = 0;
  let frac2 = 0;
  for (let x of vec) {
    x *= scale; // lossless scaling
    const hi = x * x; // lossless squaring: hi + productError
    const sum = csum + hi; // lossless addition (|csum| >= |hi|): sum + (csum - sum) + hi
    frac1 += libm.productError(x, x);
    frac2 += (csum - sum) + hi;
    csum = sum;
  }
  let h = Math.sqrt(csum - 1 + (frac1 + frac2));
  const hi = -h * h;
  const sum = csum + hi;
  frac1 += libm.productError(-h, h);
  frac2 += (csum - sum) + hi;
  csum = sum;
  const x = csum - 1 + (frac1 + frac2);
  h += x / (2 * h); // differential correction
  return h / scale;
}

// Lanczos approximation (CPython's m_tgamma / m_lgamma), N = 13, g = 6.0246800407767296.
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
  13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
];
/** gamma(n) = (n-1)! for n = 1..23, exact in a double. */
const GAMMA_INTEGRAL = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0,
  39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0,
  20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
  2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];
const LOGPI = 1.144729885849400174143427351353058711647;

function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  // Evaluate as polynomials in x (small x) or in 1/x (large x), for accuracy.
  if (x < 5.0) {
    for (let i = LANCZOS_NUM.length - 1; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < LANCZOS_NUM.length; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** sin(pi * x), accurate for finite x. */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = Math.sin(Math.PI * y); break;
    case 1: r = Math.cos(Math.PI * (y - 0.5)); break;
    case 2: r = Math.sin(Math.PI * (1.0 - y)); break;
    case 3: r = -Math.cos(Math.PI * (y - 1.5)); break;
    default: r = Math.sin(Math.PI * (y - 2.0)); break;
  }
  return copysign(1.0, x) * r;
}

/** Gamma function; NaN where CPython signals a domain error (result() reports it). */
function gamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) || x > 0 ? x : NaN;
  if (x === 0) throw domainError(); // C gives +-inf, CPython raises
  if (x === Math.floor(x)) {
    if (x < 0) return NaN;
    if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return 1.0 / x; // tiny: gamma(x) ~ 1/x
  if (absx > 200.0) return x < 0 ? 0.0 / sinpi(x) : Infinity;
  const y = absx + LANCZOS_G_MINUS_HALF;
  // z = (y - absx - g + 0.5) computed so as to be exact (error of the addition above).
  let z = absx > LANCZOS_G_MINUS_HALF ? (y - absx) - LANCZOS_G_MINUS_HALF : (y - LANCZOS_G_MINUS_HALF) - absx;
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0.0) {
    r = (((-Math.PI / sinpi(absx)) / absx) * Math.exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= libm.pow(y, absx - 0.5);
    } else {
      const sqrtpow = libm.pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / Math.exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= libm.pow(y, absx - 0.5);
    } else {
      const sqrtpow = libm.pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return r;
}

/** Natural log of |gamma(x)|. */
function lgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) throw domainError(); // pole
    return 0.0; // lgamma(1) = lgamma(2) = 0
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -Math.log(absx);
  let r = Math.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
  return r;
}

/**
 * CPython's `loghelper`: an int too big for a float is logged as m * 2**e (its top
 * bits and its bit length), so log(10**400) is finite; a non-positive int or float
 * is a domain error.
 */
function logHelper(v: Value, f: (x: number) => number): number {
  if (v instanceof PyBigInt) {
    if (v.v <= 0n) throw domainError();
    const e = v.v.toString(2).length;
    if (e < 1000) return f(Number(v.v));
    const m = Number(v.v >> BigInt(e - 64)) / 2 ** 64; // in [0.5, 1)
    return f(m) + f(2.0) * e;
  }
  const x = real(v);
  if (Number.isNaN(x)) return x;
  if (x <= 0) throw domainError();
  return f(x);
}

/** C's nextafter: the next double after x towards y. */
function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  scratch.setFloat64(0, x);
  let bits = scratch.getBigUint64(0);
  bits += (y > x) === (x > 0) ? 1n : -1n;
  scratch.setBigUint64(0, bits);
  return scratch.getFloat64(0);
}

/** CPython's math.ulp: the gap from |x| to the next double up (inf, nan pass through). */
function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (!Number.isFinite(x)) return x;
  const up = nextafter(x, Infinity);
  if (!Number.isFinite(up)) return x - nextafter(x, -Infinity);
  return up - x;
}

/** Exact float sum (CPython's fsum: Shewchuk's partials, with its special cases). */
function fsum(values: Iterable<Value>): number {
  const p: number[] = []; // partials: non-overlapping, increasing magnitude
  let specialSum = 0.0;
  let infSum = 0.0;
  for (const item of values) {
    let x = real(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        // Either an inf/nan summand, or intermediate overflow of finite summands.
        if (Number.isFinite(xsave)) throw overflowError("intermediate overflow in fsum");
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else {
        p.push(x);
      }
    }
  }
  if (specialSum !== 0.0) {
    if (Number.isNaN(infSum)) throw valueError("-inf + inf in fsum");
    return specialSum;
  }
  let n = p.length;
  let hi = 0.0;
  if (n > 0) {
    hi = p[--n];
    let lo = 0.0;
    // Sum the partials from the top, stopping when the sum becomes inexact.
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0.0) break;
    }
    // Make half-even rounding work across multiple partials.
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

/** IEEE 754 remainder: x - n*y, n the integer nearest x/y (ties to even). Exact. */
function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN; // domain error
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy); // half-way: the even multiple
    return copysign(1.0, x) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN; // domain error
  return x; // y infinite
}

// ---- integer helpers ----

const INT32_MAX = 2147483647;

function gcd2(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) { const t = a % b; a = b; b = t; }
  return a;
}

/** n * (n-1) * ... * (n-k+1), or OverflowError once it leaves int32. */
function fallingFactorial(n: number, k: number, what: string): number {
  let r = 1;
  for (let i = 0; i < k; i++) {
    r *= n - i; // r <= 2^31 and factor <= 2^31: product exact below 2^53 or clearly > int32
    if (r > INT32_MAX) throw overflowError(`${what} result does not fit in a 32-bit int`);
  }
  return r;
}

function comb(n: number, k: number): number {
  if (n < 0) throw valueError("n must be a non-negative integer");
  if (k < 0) throw valueError("k must be a non-negative integer");
  if (k > n) return 0;
  k = Math.min(k, n - k);
  // C(n, i) grows with i up to n/2, so once it leaves int32 the result does too.
  let r = 1n;
  for (let i = 0; i < k; i++) {
    r = (r * BigInt(n - i)) / BigInt(i + 1); // exact: C(n, i+1) = C(n, i) * (n-i) / (i+1)
    if (r > BigInt(INT32_MAX)) throw overflowError("comb() result does not fit in a 32-bit int");
  }
  return Number(r);
}

function isqrt(n: number): number {
  if (n < 0) throw valueError("isqrt() argument must be nonnegative");
  let r = Math.floor(Math.sqrt(n));
  while (r * r > n) r--;
  while ((r + 1) * (r + 1) <= n) r++;
  return r;
}

/** Python int/float multiplication for prod(): ints stay int32, else core floats. */
function mul(core: CoreApi, a: Value, b: Value): Value {
  if (isIntLike(a) && isIntLike(b)) {
    const r = real(a) * real(b);
    return checkInt32(r === 0 ? 0 : r);
  }
  const isReal = (v: Value) => isIntLike(v) || isFloat(v);
  if (!isReal(a) || !isReal(b)) {
    throw typeError(`unsupported operand type(s) for *: '${typeName(a)}' and '${typeName(b)}'`);
  }
  return core.float(real(a) * real(b));
}

// ---- the module ----

export function createMath(core: CoreApi): PyModule {
  const classic = core.dialect === "classic";
  const mod = new PyModule("math");

  // Argument counts are checked in CPython's words: its one-argument functions are
  // METH_O ("math.sqrt() takes exactly one argument (0 given)"), the fixed-count ones
  // argument clinic's ("pow expected 2 arguments, got 1").

  /** Registers a one-argument float function f(x). */
  const unary = (name: string, f: (x: number) => number, canOverflow = false) => {
    def(mod, name, (c, args, kwargs) => {
      expectKwargs(`math.${name}`, kwargs);
      expectArgs(`math.${name}`, args, 1);
      const x = real(args[0]);
      return result(c, f(x), [x], canOverflow);
    });
    (mod.get(name) as BuiltinFunction).numeric = f;
  };

  /** Registers a two-argument float function f(x, y). */
  const binary = (name: string, f: (x: number, y: number) => number, canOverflow = true) =>
    def(mod, name, (c, args, kwargs) => {
      expectKwargs(`math.${name}`, kwargs);
      expectPositional(name, args, 2);
      const x = real(args[0]);
      const y = real(args[1]);
      return result(c, f(x, y), [x, y], canOverflow);
    });

  /** Registers a one-argument predicate on a float. */
  const predicate = (name: string, f: (x: number) => boolean) =>
    def(mod, name, (_c, args, kwargs) => {
      expectKwargs(`math.${name}`, kwargs);
      expectArgs(`math.${name}`, args, 1);
      return f(real(args[0]));
    });

  /** Registers floor/ceil/trunc: ints pass through, floats become ints (or floats in classic). */
  const rounding = (name: string, f: (x: number) => number, floatResult: boolean) =>
    def(mod, name, (c, args, kwargs) => {
      expectKwargs(`math.${name}`, kwargs);
      expectArgs(`math.${name}`, args, 1);
      const v = args[0];
      if (!floatResult) {
        const viaDunder = callSpecial(v, `__${name}__`, []); // fractions.Fraction, user numbers
        if (viaDunder !== undefined) return viaDunder;
      }
      if (floatResult) return c.float(f(real(v)));
      if (isInt(v) || v instanceof PyBigInt) return v;
      // trunc asks only __trunc__ (CPython's math_trunc): no float conversion to fall back on.
      if (name === "trunc" && typeof v !== "boolean" && !isFloat(v)) throw typeError(`type ${typeName(v)} doesn't define __trunc__ method`);
      if (typeof v === "boolean") return v ? 1 : 0;
      return promotes(c) ? intFromFloat(c, f(real(v)), `${name}()`) : toInt32(f(real(v)));
    });

  // Constants. In the classic dialect `pi` and `e` are the original's functions.
  if (classic) {
    def(mod, "pi", (c, args, kwargs) => { expectKwargs("pi", kwargs); expectArgs("pi", args, 0); return c.float(3.141592); });
    def(mod, "e", (c, args, kwargs) => { expectKwargs("e", kwargs); expectArgs("e", args, 0); return c.float(2.718281); });
  } else {
    mod.set("pi", core.float(Math.PI));
    mod.set("e", core.float(Math.E));
  }
  mod.set("tau", core.float(2 * Math.PI));
  mod.set("inf", core.float(Infinity));
  mod.set("nan", core.float(NaN));

  // Powers and logarithms.
  unary("sqrt", Math.sqrt);
  unary("exp", libm.exp, true);
  unary("exp2", (x) => (Number.isFinite(x) ? libm.pow(2, x) : Math.pow(2, x)), true);
  unary("expm1", Math.expm1, true);
  unary("cbrt", libm.cbrt);
  unary("log1p", (x) => (x <= -1 ? NaN : Math.log1p(x)));
  for (const [name, f] of [["log2", libm.log2], ["log10", libm.log10]] as const) {
    def(mod, name, (c, args, kwargs) => {
      expectKwargs(`math.${name}`, kwargs);
      expectArgs(`math.${name}`, args, 1);
      return c.float(logHelper(args[0]!, f));
    });
    // The expression JIT's float fast path (it falls back to the call on a NaN/inf result).
    (mod.get(name) as BuiltinFunction).numeric = (x) => (Number.isNaN(x) ? x : x <= 0 ? NaN : f(x));
  }

  // CPython: log(x, base) is log(x) / log(base) as a plain float division (so
  // log(inf, inf) is nan, and a base of 1 divides by zero).
  def(mod, "log", (c, args, kwargs) => {
    expectKwargs("log", kwargs);
    if (args.length < 1 || args.length > 2) throw typeError("math.log requires 1 to 2 arguments");
    const num = logHelper(args[0]!, libm.log);
    if (args.length === 1) return c.float(num);
    const den = logHelper(args[1]!, libm.log);
    if (den === 0) throw zeroDivision("float division by zero");
    return c.float(num / den);
  });

  def(mod, "nextafter", (c, args, kwargs) => {
    if (kwargs && kwargs.size) throw typeError("math.nextafter() takes no keyword arguments");
    expectPositional("nextafter", args, 2);
    return c.float(nextafter(real(args[0]), real(args[1])));
  });
  unary("ulp", ulp);

  def(mod, "pow", (c, args, kwargs) => {
    expectKwargs("math.pow", kwargs);
    expectPositional("pow", args, 2);
    const [a, b] = args;
    if (classic && isIntLike(a) && isIntLike(b) && real(b) >= 0) return intPow(real(a), real(b));
    const x = real(a);
    const y = real(b);
    const r = pow(x, y);
    // C99 pow gives inf for 0**negative (handled above) and on overflow.
    return result(c, r, [x, y], true);
  });

  // Rounding.
  rounding("floor", Math.floor, classic);
  rounding("ceil", Math.ceil, classic);
  rounding("trunc", Math.trunc, false);
  unary("fabs", Math.abs);

  // Trigonometry and hyperbolic functions.
  unary("sin", libm.sin);
  unary("cos", libm.cos);
  unary("tan", libm.tan);
  unary("asin", libm.asin);
  unary("acos", libm.acos);
  unary("atan", libm.atan);
  binary("atan2", libm.atan2);
  unary("sinh", Math.sinh, true);
  unary("cosh", libm.cosh, true);
  unary("tanh", Math.tanh);
  unary("asinh", libm.asinh);
  unary("acosh", libm.acosh);
  unary("atanh", Math.atanh);
  const radToDeg = 180.0 / Math.PI;
  const degToRad = Math.PI / 180.0;
  // CPython does not check these for overflow: degrees(1e308) is inf.
  for (const [name, k] of [["degrees", radToDeg], ["radians", degToRad]] as const) {
    def(mod, name, (c, args, kwargs) => {
      expectKwargs(`math.${name}`, kwargs);
      expectArgs(`math.${name}`, args, 1);
      return c.float(real(args[0]) * k);
    });
  }

  def(mod, "hypot", (c, args, kwargs) => {
    expectKwargs("math.hypot", kwargs);
    // CPython returns inf (no error) when the norm overflows.
    return c.float(norm(args.map(real)));
  });

  def(mod, "dist", (c, args, kwargs) => {
    expectKwargs("math.dist", kwargs);
    expectPositional("dist", args, 2);
    // Points are read through charged views: a huge range raises MemoryError.
    const p = itemsView(args[0], c).map(real);
    const q = itemsView(args[1], c).map(real);
    if (p.length !== q.length) throw valueError("both points must have the same number of dimensions");
    return c.float(norm(p.map((x, i) => x - q[i])));
  });

  // Floating-point manipulation.
  binary("fmod", (x, y) => (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x) ? x : x % y), false);
  binary("copysign", copysign);
  binary("remainder", remainder, false);
  predicate("isnan", Number.isNaN);
  predicate("isinf", (x) => !Number.isFinite(x) && !Number.isNaN(x));
  predicate("isfinite", Number.isFinite);

  def(mod, "isclose", (_c, args, kwargs) => {
    const [a, b, relTol, absTol] = bind("isclose", args, kwargs, ["a", "b", "rel_tol", "abs_tol"], 2, 2);
    const x = real(a!);
    const y = real(b!);
    const rel = relTol === undefined ? 1e-9 : real(relTol);
    const abs = absTol === undefined ? 0.0 : real(absTol);
    if (rel < 0 || abs < 0) throw valueError("tolerances must be non-negative");
    if (x === y) return true; // also catches two equal infinities
    if (!Number.isFinite(x) || !Number.isFinite(y)) return false; // inf vs anything else, nan
    const diff = Math.abs(y - x);
    return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
  });

  def(mod, "modf", (c, args, kwargs) => {
    expectKwargs("math.modf", kwargs);
    expectArgs("math.modf", args, 1);
    const x = real(args[0]);
    if (Number.isNaN(x)) return c.newTuple([c.float(x), c.float(x)]);
    if (!Number.isFinite(x)) return c.newTuple([c.float(copysign(0, x)), c.float(x)]);
    const whole = Math.trunc(x);
    // The fractional part keeps x's sign, even when it is zero (modf(-3.0) = (-0.0, -3.0)).
    return c.newTuple([c.float(copysign(x - whole, x)), c.float(whole)]);
  });

  def(mod, "frexp", (c, args, kwargs) => {
    expectKwargs("math.frexp", kwargs);
    expectArgs("math.frexp", args, 1);
    const [m, e] = frexp(real(args[0]));
    return c.newTuple([c.float(m), e]);
  });

  def(mod, "ldexp", (c, args, kwargs) => {
    expectKwargs("math.ldexp", kwargs);
    expectPositional("ldexp", args, 2);
    const x = real(args[0]);
    // CPython checks PyLong_Check: an int subclass's instance is accepted, __index__ is not.
    const e = nativeOf(args[1]);
    // A big exponent is as good as C's LONG_MAX/LONG_MIN: inf (OverflowError) or 0.
    if (e instanceof PyBigInt) return result(c, ldexp(x, e.v > 0n ? Infinity : -Infinity), [x], true);
    if (typeof e !== "number" && typeof e !== "boolean") {
      throw typeError("Expected an int as second argument to ldexp.");
    }
    return result(c, ldexp(x, int(e)), [x], true);
  });

  // Sums and products.
  def(mod, "fsum", (c, args, kwargs) => {
    expectKwargs("math.fsum", kwargs);
    expectArgs("math.fsum", args, 1);
    return c.float(fsum(iterate(args[0])));
  });

  def(mod, "prod", (c, args, kwargs) => {
    const [it, start] = bind("prod", args, kwargs, ["iterable", "start"], 1, 1);
    let acc: Value = start === undefined ? 1 : start;
    for (const v of iterate(it!)) acc = promotes(c) ? opsMul(c, acc, v) : mul(c, acc, v);
    return acc;
  });

  // Number theory (ints only, results must fit the 32-bit word).
  def(mod, "gcd", (_c, args, kwargs) => {
    expectKwargs("math.gcd", kwargs);
    if (promotes(_c)) {
      // Ints exact as doubles (int32s, medium ints: Fraction's small parts): Euclid on doubles.
      let g = 0;
      for (const v of args) {
        const x = typeof v === "number" ? ((v | 0) === v ? v : NaN) : v instanceof PyBigInt ? v.n : NaN;
        if (x !== x) return gcdBig(_c, args.map(intArg)); // NaN: a big int, or not an int (its TypeError)
        g = gcdSafe(g, x);
      }
      return g <= INT32_MAX ? g : intOf(_c, BigInt(g));
    }
    let g = 0;
    for (const v of args) g = gcd2(g, int(v));
    return checkInt32(g);
  });

  def(mod, "lcm", (_c, args, kwargs) => {
    expectKwargs("math.lcm", kwargs);
    if (promotes(_c)) return lcmBig(_c, args.map(intArg));
    let l = 1;
    for (const v of args) {
      const n = Math.abs(int(v));
      if (n === 0 || l === 0) { l = 0; continue; }
      l = (l / gcd2(l, n)) * n;
      checkInt32(l);
    }
    return l;
  });

  def(mod, "factorial", (_c, args, kwargs) => {
    expectKwargs("math.factorial", kwargs);
    expectArgs("math.factorial", args, 1);
    const n = int(args[0]);
    if (promotes(_c) && n >= 0) return fallingFactorialBig(_c, BigInt(n), BigInt(n));
    if (n < 0) throw valueError("factorial() not defined for negative values");
    return fallingFactorial(n, n, "factorial()");
  });

  def(mod, "comb", (_c, args, kwargs) => {
    expectKwargs("math.comb", kwargs);
    expectPositional("comb", args, 2);
    if (promotes(_c)) return combBig(_c, intArg(args[0]), intArg(args[1]));
    return comb(int(args[0]), int(args[1]));
  });

  def(mod, "perm", (_c, args, kwargs) => {
    expectKwargs("math.perm", kwargs);
    expectPositional("perm", args, 1, 2);
    const n = int(args[0]);
    const k = args.length < 2 || args[1] === null ? n : int(args[1]);
    if (n < 0) throw valueError("n must be a non-negative integer");
    if (k < 0) throw valueError("k must be a non-negative integer");
    if (k > n) return 0;
    if (promotes(_c)) return fallingFactorialBig(_c, BigInt(n), BigInt(k));
    return fallingFactorial(n, k, "perm()");
  });

  def(mod, "isqrt", (_c, args, kwargs) => {
    expectKwargs("math.isqrt", kwargs);
    expectArgs("math.isqrt", args, 1);
    if (promotes(_c)) return isqrtBig(_c, intArg(args[0]));
    return isqrt(int(args[0]));
  });

  // Special functions.
  unary("erf", libm.erf);
  unary("erfc", libm.erfc);
  unary("gamma", gamma, true);
  unary("lgamma", lgamma, true);

  return mod;
}

/** Classic pow on two ints (b >= 0): an exact int, OverflowError beyond int32. */
function intPow(a: number, b: number): number {
  if (b === 0) return 1;
  if (a === 0 || a === 1) return a;
  if (a === -1) return b % 2 === 0 ? 1 : -1;
  // |a| >= 2, so at most 31 multiplications before the result leaves int32.
  let r = 1;
  for (let i = 0; i < b; i++) {
    r *= a;
    if (r > INT32_MAX || r < -INT32_MAX - 1) throw new PyError("OverflowError", "integer pow() result does not fit in a 32-bit int");
  }
  return r;
}
