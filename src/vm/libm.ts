// Correctly rounded exp, log, log2, sin, cos, pow, tan, atan, atan2, asin and acos for
// CPython's float results.
//
// CPython's math functions and float ** are the C library's. glibc's err by at most a
// hair above half an ulp: they return the correctly rounded double for all but ~0.1%
// of arguments. JavaScript's Math functions (V8: fdlibm ports) are only faithful: on
// random arguments 3-18% of their results were one ulp off glibc's (pow 8-13% for
// x ** 1.5, x ** -2, x ** 0.25; atan2 18%), so `print(math.exp(x))`, Simpson sums of
// math.sin, random.gauss and 1 / r ** 2 printed digits CPython does not print. These
// functions compute each result to ~100 bits in double-double arithmetic and round it
// once: the correctly rounded double, which is glibc's for ~99.9% of arguments (where
// they differ, glibc's is the one off: checked with mpmath).
//
// Method: table-driven. exp: x = (32m + j) ln2/32 + r, exp x = 2^m 2^(j/32) e^r with
// |r| <= ln2/64; log: x = 2^e c (1+f)..., log x = e ln2 + log c_j + 2 atanh(s), c_j =
// j/64 nearest the mantissa, |s| <= 1/256; sin/cos: x = n pi/2 + a_j + d, a_j = j/64,
// |d| <= 1/128, then the addition formulas. pow: exp(y log x) with both in
// double-double. log2: log x / log 2 in double-double. log10 is glibc's own formula (not
// correctly rounded) over this log. tan: sin/cos. atan2 (and atan, asin, acos through it): one Newton
// step from Math's value on x sin r - y cos r, with double-double sines. The tables
// are double-doubles computed once by slow series at load. Series terms too small to
// matter at 2^-100 are summed in plain doubles; the rest in double-double. Each
// function first tries a fast path (the short series in doubles, ~2^-65) and keeps its
// result when Ziv's test (roundingCertain, certain) proves the rounding; ~0.3-1% of
// arguments take the full path. Cost: 0.1-0.6 µs a call against Math's 0.02-0.1.
//
// hypot and cbrt are glibc's own (not correctly rounded) algorithms, ported as they are; cosh,
// asinh and acosh are glibc's (fdlibm's) formulas over this file's exp and log.
//
// Invariants: the argument reductions are exact (Cody-Waite constants whose multiples
// used are exact products). Outside the ranges where that holds (|x| >= 2^20 for
// sin/cos/tan) or where a result would be subnormal (exp, pow), the functions return
// Math's value, which is then at worst one ulp off, as before. No function allocates:
// double-doubles travel as a returned high part and the low part `lo` (LO[0]).

/**
 * Low part of the last double-double result (see the file comment): `lo` in the
 * comments. A typed array, not a module `let`: V8 keeps a module variable in a
 * context slot, where each new double is a fresh heap number (pow allocated ~0.7 KB
 * a call through it); a Float64Array element is stored in place.
 */
const LO = new Float64Array(1);

// A double's bits: WORDS[HIGH] is the word with its sign and exponent.
const BITS = new Float64Array(1);
const WORDS = new Uint32Array(BITS.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** 2^n for -1022 <= n <= 1023, made from its bits (no Math.pow call). */
function pow2(n: number): number {
  WORDS[1 - HIGH] = 0;
  WORDS[HIGH] = (n + 1023) << 20;
  return BITS[0];
}

/**
 * x * 2^n for |n| <= 2044 in two factors, each within pow2's range (2^1024 alone is
 * not a double): exact while the product and the partial product are normal.
 */
function scaleBy(x: number, n: number): number {
  return x * pow2(n >> 1) * pow2(n - (n >> 1));
}

// Error-free transformations (Knuth's twoSum, Dekker's split product).
const SPLITTER = 134217729; // 2^27 + 1

/** a*b exactly: returns the high part, sets LO[0]. */
function twoProd(a: number, b: number): number {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  LO[0] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  return p;
}

/** The rounding error of a * b: a * b + productError(a, b) is the exact product. */
export function productError(a: number, b: number): number {
  twoProd(a, b);
  return LO[0];
}

/** (ah + al) + (bh + bl): returns the high part, sets LO[0]. */
function ddAdd(ah: number, al: number, bh: number, bl: number): number {
  let s = ah + bh;
  let v = s - ah;
  const e = (ah - (s - v)) + (bh - v);
  let t = al + bl;
  v = t - al;
  const f = (al - (t - v)) + (bl - v);
  let w = e + t;
  let h = s + w;
  w = w - (h - s);
  s = h;
  w += f;
  h = s + w;
  LO[0] = w - (h - s);
  return h;
}

/** (ah + al) * (bh + bl): returns the high part, sets LO[0]. */
function ddMul(ah: number, al: number, bh: number, bl: number): number {
  const p = twoProd(ah, bh);
  const e = LO[0] + (ah * bl + al * bh);
  const h = p + e;
  LO[0] = e - (h - p);
  return h;
}

/** (ah + al) / (bh + bl): returns the high part, sets LO[0]. */
function ddDiv(ah: number, al: number, bh: number, bl: number): number {
  const q1 = ah / bh;
  const ph = ddMul(q1, 0, bh, bl);
  const pl = LO[0];
  const rh = ddAdd(ah, al, -ph, -pl);
  const q2 = rh / bh;
  const h = q1 + q2;
  LO[0] = q2 - (h - q1);
  return h;
}

/**
 * Horner's rule in double-double: starting from acc = (h, l), for i = top, top-step, ...
 * down to 0 or 1, acc = acc * x + (hi[i], LO[0][i]). Returns the high part, sets LO[0].
 */
function ddHorner(h: number, l: number, xh: number, xl: number, hi: Float64Array, los: Float64Array, top: number, step: number): number {
  for (let i = top; i >= 0; i -= step) {
    h = ddMul(h, l, xh, xl);
    h = ddAdd(h, LO[0], hi[i], los[i]);
    l = LO[0];
  }
  LO[0] = l;
  return h;
}

// ln 2 = LN2_HI + LN2_MID + LN2_LO. LN2_HI (fdlibm's ln2_hi) has 32 trailing zero
// bits: k * LN2_HI and k * LN2_HI / 32 are exact for |k| < 2^21.
const LN2_HI = 6.93147180369123816490e-1;
const LN2_MID = 1.9082149292705877e-10;
// ln 2 as a double-double is 0x3FE62E42FEFA39EF + 0x3C7ABC9E3B39803F.
const LN2_LO = (0.6931471805599453 - LN2_HI - LN2_MID) + 2.3190468138462996e-17;

/**
 * Ziv's test for a fast result h + l known to within 2^-62 |h| (the fast paths' bound,
 * with a margin of 8 or more over their error analyses): its rounding is h for certain
 * when both ends of that interval round to h, which the floating-point additions decide
 * exactly (the half ulps below and above h differ at a power of two; the additions know).
 */
function roundingCertain(h: number, l: number): boolean {
  return certain(h, l, 2 ** -62);
}

/** Ziv's test (see roundingCertain) for h + l known to within `rel` |h|. */
function certain(h: number, l: number, rel: number): boolean {
  const err = Math.abs(h) * rel;
  return h + (l + err) === h && h + (l - err) === h;
}

// ---------------------------------------------------------------------------- exp

const EXP_N = 32;
/** 2^(j/32) as double-doubles (hi, LO[0]), j = 0..31. */
const EXP2_HI = new Float64Array(EXP_N);
const EXP2_LO = new Float64Array(EXP_N);
/** 1/n! as double-doubles, n = 0..30. */
const FACT_HI = new Float64Array(31);
const FACT_LO = new Float64Array(31);

/** Below this exp(x) is subnormal (or 0): Math's value, see the file comment. */
const EXP_MIN_NORMAL = -708.39;
/** Above this exp(x) overflows. */
const EXP_MAX = 709.782712893384;

/** exp(rh + rl) for |r| <= ln2/64: Taylor terms from r^6 in doubles, below in double-doubles. */
function expSmall(rh: number, rl: number): number {
  let t = FACT_HI[12];
  for (let n = 11; n >= 6; n--) t = t * rh + FACT_HI[n];
  return ddHorner(t, 0, rh, rl, FACT_HI, FACT_LO, 5, 1);
}

export function exp(x: number): number {
  if (!tablesBuilt) buildTables();
  // NaN fails both tests: Math.exp gives NaN; Infinity and -Infinity give Infinity and 0.
  if (!(x >= EXP_MIN_NORMAL && x <= EXP_MAX)) return Math.exp(x);
  if (x === 0) return 1;
  let p = expDD(x, 0, false);
  if (!roundingCertain(p, LO[0])) p = expDD(x, 0, true); // near a rounding boundary
  return scaled(p);
}

/** The power of two of the last expDD result: exp(xh + xl) = (h + LO[0]) * 2^expScale. */
let expScale = 0;

/**
 * exp(xh + xl) / 2^expScale (|xl| <= ulp(xh), xh in the normal range of exp) as a
 * double-double in [0.98, 2.03] (the high part; sets LO[0] and expScale): with the series
 * in doubles (relative error below 2^-65) or, `precise`, in double-double (~2^-100).
 */
function expDD(xh: number, xl: number, precise: boolean): number {
  const k = Math.round(xh * (EXP_N / Math.LN2));
  const j = k & (EXP_N - 1);
  expScale = (k - j) / EXP_N;
  // r = x - k ln2/32: the first difference is exact, the rest in double-double.
  let rh = ddAdd(xh - k * (LN2_HI / EXP_N), 0, -twoProd(k, LN2_MID / EXP_N), -LO[0]);
  let rl = LO[0];
  rh = ddAdd(rh, rl, xl - k * (LN2_LO / EXP_N), 0);
  rl = LO[0];
  if (precise) {
    const eh = expSmall(rh, rl);
    return ddMul(eh, LO[0], EXP2_HI[j], EXP2_LO[j]);
  }
  // e^r = 1 + r + q, q = r^2 (1/2 + r/6 + ... + r^6/8!) in doubles: |q| < 6e-5, so its
  // rounding errors and truncation (r^9/9! < 2^-76) stay below 2^-65.
  const q = rh * rh * (0.5 + rh * (FACT_HI[3] + rh * (FACT_HI[4] + rh * (FACT_HI[5] + rh * (FACT_HI[6] + rh * (FACT_HI[7] + rh * FACT_HI[8]))))));
  const sh = twoSumHi(1, rh);
  const tail = LO[0] + (rl + q);
  const fh = sh + tail;
  return ddMul(fh, tail - (fh - sh), EXP2_HI[j], EXP2_LO[j]);
}

/**
 * p * 2^expScale for p in [0.98, 2.03] (its high part is the correctly rounded
 * mantissa, and stays so while the result is normal): two factors, as 2^1024 alone
 * overflows.
 */
function scaled(p: number): number {
  return scaleBy(p, expScale);
}

/**
 * x ** y, correctly rounded, for a positive finite x other than 1 and a finite y
 * (floatPow's plain case): exp(y log x) with log x and the product in double-double.
 * Results that overflow give Infinity; subnormal ones Math.pow's value (as exp).
 */
export function pow(x: number, y: number): number {
  if (!tablesBuilt) buildTables();
  // Exponents whose power is one correctly rounded operation (x ** 2 in a loop stays cheap).
  if (y === 2) return x * x;
  if (y === 0.5) return Math.sqrt(x);
  if (y === -1) return 1 / x;
  if (y === 1) return x;
  let lh = logDD(x, false);
  const ll = LO[0];
  let th = twoProd(y, lh);
  let tl = LO[0] + y * ll;
  const t = th + tl;
  if (!(t >= EXP_MIN_NORMAL && t <= EXP_MAX)) return t > 0 ? Infinity : Math.pow(x, y);
  tl -= t - th;
  let p = expDD(t, tl, false);
  // Ziv's test with the fast paths' errors: 2^-65 relative from exp, and from log's
  // 2^-65 relative an absolute error of |t| 2^-65 in the argument.
  if (!certain(p, LO[0], (Math.abs(t) + 1) * 2 ** -62)) {
    lh = logDD(x, true);
    const l2 = LO[0];
    th = twoProd(y, lh);
    tl = LO[0] + y * l2;
    const t2 = th + tl;
    p = expDD(t2, tl - (t2 - th), true);
  }
  return scaled(p);
}

/**
 * C's pow for finite x and y (CPython's float ** and math.pow after their special
 * cases): correctly rounded for a positive x; an odd integer power of a negative x
 * negative; Math.pow's value for a zero x and NaN for a negative x to a fractional power.
 */
export function powFinite(x: number, y: number): number {
  if (!tablesBuilt) buildTables();
  if (x > 0) return x === 1 ? 1 : pow(x, y);
  if (x < 0 && Number.isInteger(y)) {
    const r = x === -1 ? 1 : pow(-x, y);
    return Math.abs(y % 2) === 1 ? -r : r;
  }
  return Math.pow(x, y);
}

// ---------------------------------------------------------------------------- log

/** log(c_j), c_j = j/64 for j = 45..91, as double-doubles (index j - 45). */
const LOG_C_HI = new Float64Array(47);
const LOG_C_LO = new Float64Array(47);
/** 1/(2i+1) as double-doubles, i = 0..23. */
const ODD_HI = new Float64Array(24);
const ODD_LO = new Float64Array(24);

/** 2 atanh(s) for |s| <= 0.18 by its whole series (slow; table building only). */
function atanh2Slow(sh: number, sl: number): number {
  const th = ddMul(sh, sl, sh, sl);
  let h = ddHorner(ODD_HI[23], ODD_LO[23], th, LO[0], ODD_HI, ODD_LO, 22, 1);
  h = ddMul(h, LO[0], sh, sl);
  LO[0] *= 2;
  return 2 * h;
}

export function log(x: number): number {
  if (!tablesBuilt) buildTables();
  if (!(x > 0) || x === Infinity) return Math.log(x); // NaN, negatives, zero, infinity
  const h = logDD(x, false);
  return roundingCertain(h, LO[0]) ? h : logDD(x, true);
}

/**
 * log x for a positive finite x as a double-double (the high part; sets LO[0]): with the
 * series' tail in doubles (relative error below 2^-65) or, `precise`, in double-double
 * (~2^-100).
 */
function logDD(x: number, precise: boolean): number {
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 2 ** 54; // subnormal: normalise first (exact)
    e = -54;
  }
  // x = mant * 2^k with mant in [45/64, 91/64]: k from x's exponent bits (x is normal).
  BITS[0] = x;
  let k = ((WORDS[HIGH] >>> 20) & 0x7ff) - 1023;
  let mant = scaleBy(x, -k); // exact: powers of two
  if (mant > 1.40625) {
    mant /= 2;
    k += 1;
  }
  e += k;
  const j = Math.round(mant * 64);
  const c = j / 64;
  // s = (mant - c) / (mant + c), |s| <= 1/181: the numerator is exact (Sterbenz).
  const dh = twoSumHi(mant, c);
  const sh = ddDiv(mant - c, 0, dh, LO[0]);
  const sl = LO[0];
  // 2 atanh(s) = 2s (1 + t/3 + t^2/5 + ...), t = s^2 <= 2^-15.
  const th = ddMul(sh, sl, sh, sl);
  const tl = LO[0];
  if (!precise) {
    // The series' tail in doubles (relative error below 2^-70 of 2 atanh(s); the sum
    // below cancels by at most a factor 6).
    const a = sh * th * (ODD_HI[1] + th * (ODD_HI[2] + th * (ODD_HI[3] + th * ODD_HI[4])));
    const fh = sh + (sl + a);
    return logSum(2 * fh, 2 * ((sl + a) - (fh - sh)), j, e);
  }
  // The series in double-double, from t^3 on in doubles.
  let h = ddHorner(((ODD_HI[6] * th + ODD_HI[5]) * th + ODD_HI[4]) * th + ODD_HI[3], 0, th, tl, ODD_HI, ODD_LO, 2, 1);
  h = ddMul(h, LO[0], sh, sl);
  return logSum(2 * h, 2 * LO[0], j, e);
}

// 1/ln 2 as a double-double.
const INV_LN2_HI = 1.4426950408889634;
const INV_LN2_LO = 2.0355273740931033e-17;

/** log x / log b, the latter given as 1/log b = ih + il: correctly rounded. */
function logBase(x: number, ih: number, il: number): number {
  const h = ddMul(logDD(x, false), LO[0], ih, il);
  if (roundingCertain(h, LO[0])) return h;
  return ddMul(logDD(x, true), LO[0], ih, il);
}

/**
 * glibc's log10, which is not correctly rounded: fdlibm's formula over its (correctly
 * rounded) log, so the same formula over ours gives its results (a correctly rounded
 * log10 differed from it for 3.7% of arguments, Math.log10 for 0.6%).
 */
export function log10(x: number): number {
  if (!tablesBuilt) buildTables();
  if (!(x > 0) || x === Infinity) return Math.log10(x); // NaN, negatives, zero, infinity
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    k -= 54;
    x *= 18014398509481984; // 2^54: subnormal, scaled up
  }
  BITS[0] = x;
  const hx = WORDS[HIGH];
  k += (hx >>> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  WORDS[HIGH] = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  const z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-1 * log(BITS[0]);
  return z + y * 3.01029995663611771306e-1;
}

export function log2(x: number): number {
  if (!tablesBuilt) buildTables();
  if (!(x > 0) || x === Infinity) return Math.log2(x);
  return logBase(x, INV_LN2_HI, INV_LN2_LO);
}

/** (h + l) + log c_j + e ln2 (e * LN2_HI is exact, |e| <= 1075): the high part; sets LO[0]. */
function logSum(h: number, l: number, j: number, e: number): number {
  h = ddAdd(h, l, LOG_C_HI[j - 45], LOG_C_LO[j - 45]);
  if (e === 0) return h;
  l = LO[0];
  const ph = twoProd(e, LN2_MID);
  const qh = ddAdd(e * LN2_HI, 0, ph, LO[0] + e * LN2_LO);
  return ddAdd(h, l, qh, LO[0]);
}

/** a + b: returns the high part, sets LO[0] (twoSum). */
function twoSumHi(a: number, b: number): number {
  const s = a + b;
  const v = s - a;
  LO[0] = (a - (s - v)) + (b - v);
  return s;
}

// ------------------------------------------------------------------------ sin, cos

// pi/2 = PIO2_1 + PIO2_2 + PIO2_3 + PIO2_3T (fdlibm's pieces; the first three have 33
// significant bits): n * PIO2_1 and n * PIO2_2 are exact for |n| < 2^20.
const PIO2_1 = 1.57079632673412561417e+00;
const PIO2_2 = 6.07710050630396597660e-11;
const PIO2_3 = 2.02226624871116645580e-21;
const PIO2_3T = 8.47842766036889956997e-32;

/** sin(j/64) and cos(j/64) as double-doubles, j = -51..51 (index j + 51). */
const SIN_A_HI = new Float64Array(103);
const SIN_A_LO = new Float64Array(103);
const COS_A_HI = new Float64Array(103);
const COS_A_LO = new Float64Array(103);

/** sin(d) (odd = true) or cos(d) for |d| <= 0.8 by their whole series (table building only). */
function sinCosSlow(d: number, odd: boolean): number {
  const th = twoProd(d, d);
  const n = odd ? 29 : 28;
  const h = ddHorner(FACT_HI[n], FACT_LO[n], -th, -LO[0], FACT_HI, FACT_LO, n - 2, 2);
  return odd ? ddMul(h, LO[0], d, 0) : h;
}

/** sin (wantSin) or cos of x, |x| < 2^20, rounded once (sinCosDD's fast path, else its precise one). */
function sinCos(x: number, wantSin: boolean): number {
  const h = sinCosDD(x, wantSin, false);
  return roundingCertain(h, LO[0]) ? h : sinCosDD(x, wantSin, true);
}

/**
 * sin (wantSin) or cos of x = n pi/2 + r, |x| < 2^20, as a double-double (the high
 * part; sets LO[0]): relative error below 2^-66 with the series' tails in doubles, ~2^-100
 * `precise`. r = a_j + d with a_j = j/64; sin(a + d) = sin a cos d + cos a sin d,
 * cos(a + d) = cos a cos d - sin a sin d.
 */
function sinCosDD(x: number, wantSin: boolean, precise: boolean): number {
  return sinCosBoth(x, wantSin, precise, false);
}

/**
 * The other function of the last sinCosBoth call with `both` (cos if it returned sin),
 * as a double-double: OTHER[0] high, OTHER[1] low (a typed array, as LO).
 */
const OTHER = new Float64Array(2);

/** sinCosDD, and with `both` the other function too (OTHER[0], OTHER[1]): one reduction and series for both. */
function sinCosBoth(x: number, wantSin: boolean, precise: boolean, both: boolean): number {
  const n = Math.round(x * (2 / Math.PI));
  // r = x - n pi/2 in double-double: the first two products are exact.
  let rh = ddAdd(x - n * PIO2_1, 0, -n * PIO2_2, 0);
  let rl = LO[0];
  const ph = twoProd(n, PIO2_3);
  rh = ddAdd(rh, rl, -ph, -LO[0] - n * PIO2_3T);
  rl = LO[0];
  const j = Math.round(rh * 64);
  // d = r - j/64: exact in its high part (Sterbenz, or j = 0).
  const dh0 = rh - j / 64;
  const dh = dh0 + rl;
  const dl = rl - (dh - dh0);
  const i = j + 51;
  // Quadrant: sin(r + q pi/2) is sin r, cos r, -sin r, -cos r for q = 0..3; cos(x) = sin(x + pi/2).
  const q = (((wantSin ? n : n + 1) % 4) + 4) % 4;
  // sin d = d (1 - t/6 + t^2/120 - ...), cos d = 1 - t/2 + t^2/24 - ...; t = d^2 <= 2^-14.
  const th = ddMul(dh, dl, dh, dl);
  const tl = LO[0];
  let h: number;
  if (!precise) {
    // The series' tails in doubles (relative errors below 2^-66 after the addition
    // formula, whose terms cannot cancel by more than a factor 3).
    const sTail = dh * th * (-FACT_HI[3] + th * (FACT_HI[5] + th * (-FACT_HI[7] + th * FACT_HI[9])));
    const fsh = dh + (dl + sTail);
    const fsl = (dl + sTail) - (fsh - dh);
    const cTail = -0.5 * tl + th * (-0.5 + th * (FACT_HI[4] + th * (-FACT_HI[6] + th * FACT_HI[8])));
    const fch = 1 + cTail;
    const fcl = cTail - (fch - 1);
    if (both) {
      OTHER[0] = combine((q + 1) % 4, i, fch, fcl, fsh, fsl);
      OTHER[1] = LO[0];
    }
    h = combine(q, i, fch, fcl, fsh, fsl);
  } else {
    // The series in double-double.
    const ps = ((-FACT_HI[9] * th + FACT_HI[7]) * th - FACT_HI[5]) * th;
    let sh = ddAdd(ps, 0, FACT_HI[3], FACT_LO[3]);
    sh = ddMul(sh, LO[0], -th, -tl);
    sh = ddAdd(sh, LO[0], 1, 0);
    sh = ddMul(sh, LO[0], dh, dl);
    const sl = LO[0];
    const pc = ((-FACT_HI[8] * th + FACT_HI[6]) * th - FACT_HI[4]) * th;
    let ch = ddAdd(pc, 0, FACT_HI[2], FACT_LO[2]);
    ch = ddMul(ch, LO[0], -th, -tl);
    ch = ddAdd(ch, LO[0], 1, 0);
    const cl = LO[0];
    if (both) {
      OTHER[0] = combine((q + 1) % 4, i, ch, cl, sh, sl);
      OTHER[1] = LO[0];
    }
    h = combine(q, i, ch, cl, sh, sl);
  }
  // The other function's quadrant is q + 1: negative for q + 1 = 2, 3 (mod 4).
  if (both && (q === 1 || q === 2)) {
    OTHER[0] = -OTHER[0];
    OTHER[1] = -OTHER[1];
  }
  if (q < 2) return h;
  LO[0] = -LO[0];
  return -h;
}

/** sin(a_i + d) (q even) or cos(a_i + d) (q odd) from cos d = ch + cl, sin d = sh + sl; sets LO[0]. */
function combine(q: number, i: number, ch: number, cl: number, sh: number, sl: number): number {
  const sa = SIN_A_HI[i], sal = SIN_A_LO[i], ca = COS_A_HI[i], cal = COS_A_LO[i];
  if (q === 0 || q === 2) {
    const a = ddMul(sa, sal, ch, cl);
    const al = LO[0];
    const b = ddMul(ca, cal, sh, sl);
    return ddAdd(a, al, b, LO[0]);
  }
  const a = ddMul(ca, cal, ch, cl);
  const al = LO[0];
  const b = ddMul(sa, sal, sh, sl);
  return ddAdd(a, al, -b, -LO[0]);
}

export function sin(x: number): number {
  if (!tablesBuilt) buildTables();
  if (!(Math.abs(x) < 1048576)) return Math.sin(x); // NaN, infinities, huge arguments
  if (Math.abs(x) < 2 ** -26) return x; // sin x = x - x^3/6 rounds to x (and keeps -0)
  return sinCos(x, true);
}

export function cos(x: number): number {
  if (!tablesBuilt) buildTables();
  if (!(Math.abs(x) < 1048576)) return Math.cos(x);
  if (Math.abs(x) < 2 ** -27) return 1;
  return sinCos(x, false);
}

// ------------------------------------------------- tan, atan, atan2, asin, acos

export function tan(x: number): number {
  if (!tablesBuilt) buildTables();
  if (!(Math.abs(x) < 1048576)) return Math.tan(x); // NaN, infinities, huge arguments
  if (Math.abs(x) < 2 ** -27) return x; // tan x = x + x^3/3 rounds to x (and keeps -0)
  for (const precise of [false, true]) {
    const sh = sinCosBoth(x, true, precise, true);
    const h = ddDiv(sh, LO[0], OTHER[0], OTHER[1]);
    if (precise || certain(h, LO[0], 2 ** -61)) return h;
  }
  return NaN; // not reached
}

/**
 * The angle of (x, y) (x = xh + xl, y = yh + yl, neither 0, |x|, |y| <= 1 and one of
 * them >= 1/2) from r0 within a few ulps of it: one Newton step on
 * f(r) = x sin r - y cos r, whose derivative x cos r + y sin r is the vector's length
 * near the root, so the step is well conditioned at every angle; its error is of the
 * order of r0's squared, far below the sines' (2^-66 relative, or ~2^-100 `precise`).
 * Returns the high part; sets LO[0].
 */
function angleDD(yh: number, yl: number, xh: number, xl: number, r0: number, precise: boolean): number {
  const sh = sinCosBoth(r0, true, precise, true);
  const sl = LO[0];
  const ch = OTHER[0];
  const cl = OTHER[1];
  let a = ddMul(xh, xl, sh, sl);
  let al = LO[0];
  const num = ddAdd(a, al, -ddMul(yh, yl, ch, cl), -LO[0]);
  a = ddMul(xh, xl, ch, cl);
  al = LO[0];
  const den = ddAdd(a, al, ddMul(yh, yl, sh, sl), LO[0]);
  return twoSumHi(r0, -num / den);
}

/** angleDD, rounded once: the fast sines, else the precise ones. */
function angle(yh: number, yl: number, xh: number, xl: number, r0: number): number {
  const h = angleDD(yh, yl, xh, xl, r0, false);
  return certain(h, LO[0], 2 ** -60) ? h : angleDD(yh, yl, xh, xl, r0, true);
}

export function atan2(y: number, x: number): number {
  if (!tablesBuilt) buildTables();
  const r0 = Math.atan2(y, x);
  // Zeros, infinities, NaN (C's special cases, which Math.atan2 follows) and angles so
  // small that the scaled arguments below could lose bits.
  if (!(Number.isFinite(x) && Number.isFinite(y)) || x === 0 || y === 0 || !(Math.abs(r0) > 2 ** -500)) return r0;
  // Scaled by a power of two (two factors: each within pow2's range) so that the larger
  // is in [1/2, 1); exactly, as the smaller is then at least 2^-500 of it.
  BITS[0] = Math.max(Math.abs(x), Math.abs(y));
  const k = 1022 - ((WORDS[HIGH] >>> 20) & 0x7ff);
  return angle(scaleBy(y, k), 0, scaleBy(x, k), 0, r0);
}

export function atan(x: number): number {
  if (!tablesBuilt) buildTables();
  // Beyond 2^60 the correctly rounded atan is the double nearest pi/2, Math.atan's.
  if (!(Math.abs(x) <= 2 ** 60) || Math.abs(x) < 2 ** -27) return Number.isNaN(x) ? x : Math.abs(x) < 1 ? x : Math.atan(x);
  return Math.abs(x) <= 1 ? angle(x, 0, 1, 0, Math.atan(x)) : angle(x < 0 ? -1 : 1, 0, 1 / Math.abs(x), ddRecipLo(Math.abs(x)), Math.atan(x));
}

/** The low part of 1/a as a double-double (its high part is 1 / a). */
function ddRecipLo(a: number): number {
  const q = 1 / a;
  const p = twoProd(q, a);
  return ((1 - p) - LO[0]) / a;
}

/** sqrt(1 - x^2) for |x| <= 1 as a double-double (the high part; sets LO[0]). */
function cosOfSine(x: number): number {
  const ax = Math.abs(x);
  let h: number;
  let l: number;
  if (ax <= 0.5) {
    const p = twoProd(ax, ax);
    h = ddAdd(1, 0, -p, -LO[0]);
    l = LO[0];
  } else {
    // (1 - |x|)(1 + |x|): the difference is exact (Sterbenz).
    const b = twoSumHi(1, ax);
    h = ddMul(1 - ax, 0, b, LO[0]);
    l = LO[0];
  }
  if (h === 0) {
    LO[0] = 0;
    return 0;
  }
  const r = Math.sqrt(h);
  const p = twoProd(r, r);
  return twoSumHi(r, ((h - p) - LO[0] + l) / (2 * r));
}

export function asin(x: number): number {
  if (!tablesBuilt) buildTables();
  if (!(Math.abs(x) <= 1) || Math.abs(x) < 2 ** -26) return Math.abs(x) <= 1 ? x : Math.asin(x); // NaN outside [-1, 1]
  const ch = cosOfSine(x);
  return angle(x, 0, ch, LO[0], Math.asin(x));
}

export function acos(x: number): number {
  if (!tablesBuilt) buildTables();
  if (!(Math.abs(x) <= 1) || x === 1) return Math.acos(x); // NaN outside [-1, 1]; acos 1 = 0
  const sh = cosOfSine(x);
  return angle(sh, LO[0], x, 0, Math.acos(x));
}

// ------------------------------------------------------------- cosh, asinh, acosh

// glibc's cosh, asinh and acosh are fdlibm's formulas over glibc's own exp and log
// (correctly rounded but for ~0.1%) and its expm1 and log1p (fdlibm's, as V8's Math
// ones are): the same formulas over this file's exp and log give its results. V8's
// Math.cosh and Math.asinh run them over fdlibm's exp and log, and differed from
// CPython's in the last digit for 8% and 3% of arguments.

const LN2 = 6.93147180559945286227e-01;

export function cosh(x: number): number {
  if (!tablesBuilt) buildTables();
  const a = Math.abs(x);
  // fdlibm's thresholds compare the high word only: these are the doubles they name.
  if (!(a <= 710.4758600739439)) return Math.cosh(x); // NaN, infinities, overflow
  if (a < 0.3465735912322998) {
    // |x| < ln2 / 2: 1 + expm1(|x|)^2 / (2 exp(|x|))
    if (a < 2 ** -55) return 1;
    const t = Math.expm1(a);
    const w = 1 + t;
    return 1 + (t * t) / (w + w);
  }
  if (a < 22) {
    const t = exp(a);
    return 0.5 * t + 0.5 / t;
  }
  if (a < 709.7822265625) return 0.5 * exp(a);
  const w = exp(0.5 * a); // near overflow: exp(|x|/2)^2 / 2
  return 0.5 * w * w;
}

export function asinh(x: number): number {
  if (!tablesBuilt) buildTables();
  const a = Math.abs(x);
  if (!(a >= 2 ** -28)) return x; // tiny, NaN
  let w: number;
  if (a >= 268435712) {
    if (a === Infinity) return x;
    w = log(a) + LN2;
  } else if (a >= 2.0000019073486328) {
    w = log(2 * a + 1 / (Math.sqrt(a * a + 1) + a));
  } else {
    const t = a * a;
    w = Math.log1p(a + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

export function acosh(x: number): number {
  if (!tablesBuilt) buildTables();
  if (!(x >= 1) || x === Infinity) return Math.acosh(x); // NaN below 1, infinity
  if (x >= 2 ** 28) return log(x) + LN2;
  if (x === 1) return 0;
  if (x >= 2.0000019073486328) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2 * t + t * t));
}

// --------------------------------------------------------------------------- cbrt

/** 2^(k/3) for k = -2..2 (glibc's table). */
const CBRT_FACTOR = [1 / 1.5874010519681994748, 1 / 1.2599210498948731648, 1, 1.2599210498948731648, 1.5874010519681994748];

/**
 * glibc's cbrt (not correctly rounded): a polynomial guess refined by one rational
 * step, ported step for step. It matched CPython's math.cbrt on 23,007 of 23,007
 * arguments; V8's Math.cbrt differed on 48 % of them.
 */
export function cbrt(x: number): number {
  if (!tablesBuilt) buildTables();
  if (x === 0 || !Number.isFinite(x)) return x + x;
  let a = Math.abs(x);
  let e = 0;
  if (a < 2.2250738585072014e-308) {
    a *= 18014398509481984; // 2^54: subnormal, scaled up
    e = -54;
  }
  // frexp: a = xm 2^k with xm in [0.5, 1).
  BITS[0] = a;
  const k = ((WORDS[HIGH] >>> 20) & 0x7ff) - 1022;
  const xm = scaleBy(a, -k);
  e += k;
  const u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430 + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2 * xm)) / (2 * t2 + xm)) * CBRT_FACTOR[2 + (e % 3)];
  return (x > 0 ? ym : -ym) * pow2(Math.trunc(e / 3));
}

// ------------------------------------------------------------------------- hypot

/**
 * glibc's hypot (2.35 on, without FMA), which complex abs() calls in CPython (math.hypot
 * is CPython's own vector_norm, in modules/math.ts): sqrt(x^2 + y^2) and one
 * correction step, with its scaling of huge and tiny arguments. Ported step for step
 * (its rounding, not only its accuracy, is what CPython prints); V8's Math.hypot gave
 * another last digit for a third of random points.
 */
export function hypot(x: number, y: number): number {
  if (!(Number.isFinite(x) && Number.isFinite(y))) return Math.hypot(x, y); // inf beats nan
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x;
  const ay = x < y ? x : y;
  const SCALE = 2 ** -600;
  const EPS = 2 ** -54;
  if (ax > 2 ** 511) return ay <= ax * EPS ? ax + ay : hypotKernel(ax * SCALE, ay * SCALE) / SCALE;
  if (ay < 2 ** -511) return ax >= ay / EPS ? ax + ay : hypotKernel(ax / SCALE, ay / SCALE) * SCALE;
  return ay <= ax * EPS ? ax + ay : hypotKernel(ax, ay);
}

function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2 * ay) {
    const delta = h - ay;
    t1 = ax * (2 * delta - ax);
    t2 = (delta - 2 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2 * delta * (ax - 2 * ay);
    t2 = (4 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2 * h);
  return h;
}

// ------------------------------------------------------------------------- tables

// Built on the first call of a function that reads them (tablesBuilt), not when the
// module loads: ~10 ms of double-double arithmetic that every run would pay at start-up,
// most programs never calling exp, log or a trigonometric function.
let tablesBuilt = false;

function buildTables(): void {
  tablesBuilt = true;
  // 1/n!
  let h = 1;
  let l = 0;
  FACT_HI[0] = 1;
  for (let n = 1; n <= 30; n++) {
    h = ddDiv(h, l, n, 0);
    l = LO[0];
    FACT_HI[n] = h;
    FACT_LO[n] = l;
  }
  for (let i = 0; i < 24; i++) {
    ODD_HI[i] = ddDiv(1, 0, 2 * i + 1, 0);
    ODD_LO[i] = LO[0];
  }
  // 2^(j/32) = exp(j ln2/32) by the whole Taylor series of exp (|j ln2/32| < 0.7).
  for (let j = 0; j < EXP_N; j++) {
    let rh = ddAdd(j * (LN2_HI / EXP_N), 0, twoProd(j, LN2_MID / EXP_N), LO[0]);
    rh = ddAdd(rh, LO[0], j * (LN2_LO / EXP_N), 0);
    EXP2_HI[j] = ddHorner(FACT_HI[30], FACT_LO[30], rh, LO[0], FACT_HI, FACT_LO, 29, 1);
    EXP2_LO[j] = LO[0];
  }
  // log(j/64) = 2 atanh((c-1)/(c+1)), c = j/64 (|s| <= 0.175).
  for (let j = 45; j <= 91; j++) {
    const c = j / 64;
    const dh = twoSumHi(c, 1);
    const sh = ddDiv(c - 1, 0, dh, LO[0]);
    LOG_C_HI[j - 45] = atanh2Slow(sh, LO[0]);
    LOG_C_LO[j - 45] = LO[0];
  }
  for (let j = -51; j <= 51; j++) {
    SIN_A_HI[j + 51] = sinCosSlow(j / 64, true);
    SIN_A_LO[j + 51] = LO[0];
    COS_A_HI[j + 51] = sinCosSlow(j / 64, false);
    COS_A_LO[j + 51] = LO[0];
  }
}

// --------------------------------------------------------------------- erf, erfc

// CPython 3.11's math.erf and math.erfc are the C library's; glibc 2.36's are
// fdlibm's rational approximations (with Shimizu's pairwise evaluation order, kept
// below because the order decides the last bit) over glibc's exp, for which this
// file's correctly rounded exp stands. CPython's own series and continued fraction
// (used where libm lacks erf) print another last digit: erf(1) 0.842700792949715
// against glibc's 0.8427007929497149.

const ERX = 8.45062911510467529297e-01; // erf(1) rounded to 24 bits
const EFX = 1.28379167095512586316e-01; // 2/sqrt(pi) - 1
/** erf on [0, 0.84375]: x + x R(x^2), R = P/Q. */
const ERF_P = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const ERF_Q = [0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
/** erf(1 + s) - ERX on [0.84375, 1.25]: P/Q in s. */
const ERF_PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const ERF_QA = [0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
/** log(x erfc(x)) + x^2 + 0.5625 on [1.25, 1/0.35]: R/S in 1/x^2. */
const ERFC_RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const ERFC_SA = [0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
/** The same on [1/0.35, 28]. */
const ERFC_RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02];
const ERFC_SB = [0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];

/** The high word of |x| (fdlibm's ranges compare it, not x). */
function highWordAbs(x: number): number {
  BITS[0] = x;
  return WORDS[HIGH] & 0x7fffffff;
}

/** y = R(x^2) of the range |x| < 0.84375. */
function erfSmall(x: number): number {
  const z = x * x;
  const z2 = z * z;
  const z4 = z2 * z2;
  const r = ERF_P[0] + z * ERF_P[1] + z2 * (ERF_P[2] + z * ERF_P[3]) + z4 * ERF_P[4];
  const s = 1 + z * ERF_Q[1] + z2 * (ERF_Q[2] + z * ERF_Q[3]) + z4 * (ERF_Q[4] + z * ERF_Q[5]);
  return r / s;
}

/** P/Q of the range 0.84375 <= |x| < 1.25, in s = |x| - 1. */
function erfNearOne(ax: number): number {
  const s = ax - 1;
  const s2 = s * s;
  const s4 = s2 * s2;
  const s6 = s4 * s2;
  const p = ERF_PA[0] + s * ERF_PA[1] + s2 * (ERF_PA[2] + s * ERF_PA[3]) + s4 * (ERF_PA[4] + s * ERF_PA[5]) + s6 * ERF_PA[6];
  const q = 1 + s * ERF_QA[1] + s2 * (ERF_QA[2] + s * ERF_QA[3]) + s4 * (ERF_QA[4] + s * ERF_QA[5]) + s6 * ERF_QA[6];
  return p / q;
}

/**
 * x erfc(x) for 1.25 <= x < 28, as exp(-x^2 - 0.5625 + R/S) with x^2 split exactly
 * (z is x with its low word cleared, so z*z is exact); `near` picks the range below
 * 1/0.35 (erf and erfc draw that bound one ulp of the high word apart).
 */
function erfcTail(x: number, near: boolean): number {
  const s = 1 / (x * x);
  const s2 = s * s;
  const s4 = s2 * s2;
  const s6 = s4 * s2;
  let r: number;
  let q: number;
  if (near) {
    const a = ERFC_RA;
    const b = ERFC_SA;
    r = a[0] + s * a[1] + s2 * (a[2] + s * a[3]) + s4 * (a[4] + s * a[5]) + s6 * (a[6] + s * a[7]);
    q = 1 + s * b[1] + s2 * (b[2] + s * b[3]) + s4 * (b[4] + s * b[5]) + s6 * (b[6] + s * b[7]) + s4 * s4 * b[8];
  } else {
    const a = ERFC_RB;
    const b = ERFC_SB;
    r = a[0] + s * a[1] + s2 * (a[2] + s * a[3]) + s4 * (a[4] + s * a[5]) + s6 * a[6];
    q = 1 + s * b[1] + s2 * (b[2] + s * b[3]) + s4 * (b[4] + s * b[5]) + s6 * (b[6] + s * b[7]);
  }
  BITS[0] = x;
  WORDS[1 - HIGH] = 0;
  const z = BITS[0];
  return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + r / q);
}

export function erf(x: number): number {
  if (!tablesBuilt) buildTables();
  const ix = highWordAbs(x);
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : Math.sign(x); // erf(+-inf) = +-1
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      // |x| < 2^-28; below 2^-1014 scaled by 16 so that EFX * x keeps its bits
      return ix < 0x00800000 ? 0.0625 * (16 * x + 16 * EFX * x) : x + EFX * x;
    }
    return x + x * erfSmall(x);
  }
  if (ix < 0x3ff40000) return x >= 0 ? ERX + erfNearOne(x) : -ERX - erfNearOne(-x);
  if (ix >= 0x40180000) return x >= 0 ? 1 - 1e-300 : 1e-300 - 1; // |x| >= 6
  const ax = Math.abs(x);
  const r = erfcTail(ax, ix < 0x4006db6e) / ax;
  return x >= 0 ? 1 - r : r - 1;
}

export function erfc(x: number): number {
  if (!tablesBuilt) buildTables();
  const ix = highWordAbs(x);
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : x > 0 ? 0 : 2;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x; // |x| < 2^-56
    const y = erfSmall(x);
    if (x < 0.25) return 1 - (x + x * y);
    return 0.5 - (x * y + (x - 0.5));
  }
  if (ix < 0x3ff40000) return x >= 0 ? 1 - ERX - erfNearOne(x) : 1 + (ERX + erfNearOne(-x));
  if (ix < 0x403c0000) {
    // |x| < 28
    if (x < 0 && ix >= 0x40180000) return 2 - 1e-300; // x <= -6
    const ax = Math.abs(x);
    const r = erfcTail(ax, ix < 0x4006db6d) / ax;
    return x > 0 ? r : 2 - r;
  }
  return x > 0 ? 0 : 2 - 1e-300;
}
