// The functions of CPython's cmath module (Modules/cmathmodule.c), written again step
// for step so that results match CPython's to the last digit: the same formulas for
// finite arguments (Kahan's for the inverse functions, rescaling against overflow and
// subnormals), the same C99 Annex G tables for infinities and NaNs, and the same error
// signals (EDOM: ValueError "math domain error", ERANGE: OverflowError "math range
// error"). The tables are CPython 3.11's (later versions changed tanh(±0+nanj) and
// acosh(±0+nanj)). The real functions underneath are libm.ts's (glibc's results) where it has
// them, sinh is glibc's formula over them; tanh, expm1 and log1p are JavaScript's
// (rarely one ulp off glibc's), and where glibc's sin, cos... are the rare misrounded
// result (libm.ts), a part can differ in the last digit.

import * as libm from "./libm.js";

export type Parts = [number, number];

export const EDOM = 1, ERANGE = 2;
/** The error signal of the last function called, as C's errno: 0, EDOM or ERANGE. */
export let errno = 0;

const INF = Infinity, N = NaN;
const P = Math.PI, P14 = 0.25 * Math.PI, P12 = 0.5 * Math.PI, P34 = 0.75 * Math.PI;
const U = -9.5426319407711027e33; // never looked up: finite arguments take the formulas
const DBL_MAX = Number.MAX_VALUE, DBL_MIN = 2.2250738585072014e-308, DBL_MANT_DIG = 53;
const LARGE = DBL_MAX / 4;
const SQRT_LARGE = Math.sqrt(LARGE);
// log(LARGE), written out: calling libm.log here would build its tables as the module loads (libm.ts).
const LOG_LARGE = 708.3964185322641;
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const SCALE_UP = 2 * Math.floor(DBL_MANT_DIG / 2) + 1;
const SCALE_DOWN = -(SCALE_UP + 1) / 2;
const LN2 = 0.6931471805599453094, LN10 = 2.302585092994045684;

const copysign = (x: number, y: number): number => (y < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x));
const ldexp = (x: number, e: number): number => x * 2 ** e;
const isfinite = Number.isFinite;
const isinf = (x: number): boolean => x === Infinity || x === -Infinity;
/**
 * glibc's (fdlibm's) sinh: expm1 below 22, half of glibc's exp above, where
 * JavaScript's Math.sinh (over its own exp) can differ by an ulp.
 */
function sinhReal(x: number): number {
  const ax = Math.abs(x);
  const h = x < 0 ? -0.5 : 0.5;
  if (!(ax < 22)) {
    if (ax !== ax) return x;
    if (ax < 709.782712893384) return h * libm.exp(ax);
    if (ax <= 710.4758600739439) {
      const w = libm.exp(0.5 * ax);
      return h * w * w;
    }
    return x * 1e307 * 1e307;
  }
  if (ax < 2 ** -28) return x;
  const t = Math.expm1(ax);
  if (ax < 1) return h * (2 * t - t * t / (t + 1));
  return h * (t + t / (t + 1));
}

/** CPython's m_log1p: log1p with log1p(-0.0) = -0.0. */
const log1p = (x: number): number => (x === 0 ? x : Math.log1p(x));

/** 0..6: -inf, negative, -0, +0, positive, +inf, nan (the tables' index). */
function specialType(d: number): number {
  if (isfinite(d)) {
    if (d !== 0) return d > 0 ? 4 : 1;
    return Object.is(d, -0) ? 2 : 3;
  }
  if (d !== d) return 6;
  return d > 0 ? 5 : 0;
}

/** A 7x7 table of special values, row by real part's type, from its 49 pairs. */
function table(values: number[]): Parts[][] {
  const t: Parts[][] = [];
  for (let i = 0; i < 7; i++) {
    const row: Parts[] = [];
    for (let j = 0; j < 7; j++) row.push([values[2 * (7 * i + j)], values[2 * (7 * i + j) + 1]]);
    t.push(row);
  }
  return t;
}

const special = (t: Parts[][], z: Parts): Parts => {
  const [r, i] = t[specialType(z[0])][specialType(z[1])];
  return [r, i];
};

const acosTable = table([
  P34, INF, P, INF, P, INF, P, -INF, P, -INF, P34, -INF, N, INF,
  P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
  P12, INF, U, U, P12, 0, P12, -0, U, U, P12, -INF, P12, N,
  P12, INF, U, U, P12, 0, P12, -0, U, U, P12, -INF, P12, N,
  P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
  P14, INF, 0, INF, 0, INF, 0, -INF, 0, -INF, P14, -INF, N, INF,
  N, INF, N, N, N, N, N, N, N, N, N, -INF, N, N,
]);
const acoshTable = table([
  INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P12, U, U, 0, -P12, 0, P12, U, U, INF, P12, N, N,
  INF, -P12, U, U, 0, -P12, 0, P12, U, U, INF, P12, N, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N,
  INF, N, N, N, N, N, N, N, N, N, INF, N, N, N,
]);
const asinhTable = table([
  -INF, -P14, -INF, -0, -INF, -0, -INF, 0, -INF, 0, -INF, P14, -INF, N,
  -INF, -P12, U, U, U, U, U, U, U, U, -INF, P12, N, N,
  -INF, -P12, U, U, -0, -0, -0, 0, U, U, -INF, P12, N, N,
  INF, -P12, U, U, 0, -0, 0, 0, U, U, INF, P12, N, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N,
  INF, N, N, N, N, -0, N, 0, N, N, INF, N, N, N,
]);
const atanhTable = table([
  -0, -P12, -0, -P12, -0, -P12, -0, P12, -0, P12, -0, P12, -0, N,
  -0, -P12, U, U, U, U, U, U, U, U, -0, P12, N, N,
  -0, -P12, U, U, -0, -0, -0, 0, U, U, -0, P12, -0, N,
  0, -P12, U, U, 0, -0, 0, 0, U, U, 0, P12, 0, N,
  0, -P12, U, U, U, U, U, U, U, U, 0, P12, N, N,
  0, -P12, 0, -P12, 0, -P12, 0, P12, 0, P12, 0, P12, 0, N,
  0, -P12, N, N, N, N, N, N, N, N, 0, P12, N, N,
]);
const coshTable = table([
  INF, N, U, U, INF, 0, INF, -0, U, U, INF, N, INF, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  N, 0, U, U, 1, 0, 1, -0, U, U, N, 0, N, 0,
  N, 0, U, U, 1, -0, 1, 0, U, U, N, 0, N, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, 0, N, 0, N, N, N, N, N, N,
]);
const expTable = table([
  0, 0, U, U, 0, -0, 0, 0, U, U, 0, 0, 0, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  N, N, U, U, 1, -0, 1, 0, U, U, N, N, N, N,
  N, N, U, U, 1, -0, 1, 0, U, U, N, N, N, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, -0, N, 0, N, N, N, N, N, N,
]);
const logTable = table([
  INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P12, U, U, -INF, -P, -INF, P, U, U, INF, P12, N, N,
  INF, -P12, U, U, -INF, -0, -INF, 0, U, U, INF, P12, N, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N,
  INF, N, N, N, N, N, N, N, N, N, INF, N, N, N,
]);
const sinhTable = table([
  INF, N, U, U, -INF, -0, -INF, 0, U, U, INF, N, INF, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  0, N, U, U, -0, -0, -0, 0, U, U, 0, N, 0, N,
  0, N, U, U, 0, -0, 0, 0, U, U, 0, N, 0, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, -0, N, 0, N, N, N, N, N, N,
]);
const sqrtTable = table([
  INF, -INF, 0, -INF, 0, -INF, 0, INF, 0, INF, INF, INF, N, INF,
  INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
  INF, -INF, U, U, 0, -0, 0, 0, U, U, INF, INF, N, N,
  INF, -INF, U, U, 0, -0, 0, 0, U, U, INF, INF, N, N,
  INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
  INF, -INF, INF, -0, INF, -0, INF, 0, INF, 0, INF, INF, INF, N,
  INF, -INF, N, N, N, N, N, N, N, N, INF, INF, N, N,
]);
const tanhTable = table([
  -1, 0, U, U, -1, -0, -1, 0, U, U, -1, 0, -1, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  -0, N, U, U, -0, -0, -0, 0, U, U, -0, N, N, N,
  0, N, U, U, 0, -0, 0, 0, U, U, 0, N, N, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  1, 0, U, U, 1, -0, 1, 0, U, U, 1, 0, 1, 0,
  N, N, N, N, N, -0, N, 0, N, N, N, N, N, N,
]);
const rectTable = table([
  INF, N, U, U, -INF, 0, -INF, -0, U, U, INF, N, INF, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  0, 0, U, U, -0, 0, -0, -0, U, U, 0, 0, 0, 0,
  0, 0, U, U, 0, -0, 0, 0, U, U, 0, 0, 0, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, 0, N, 0, N, N, N, N, N, N,
]);

const nonFinite = (z: Parts): boolean => !isfinite(z[0]) || !isfinite(z[1]);

export function acos(z: Parts): Parts {
  errno = 0;
  if (nonFinite(z)) return special(acosTable, z);
  if (Math.abs(z[0]) > LARGE || Math.abs(z[1]) > LARGE) {
    return [libm.atan2(Math.abs(z[1]), z[0]), -copysign(libm.log(libm.hypot(z[0] / 2, z[1] / 2)) + LN2 * 2, z[1])];
  }
  const s1 = sqrt([1 - z[0], -z[1]]);
  const s2 = sqrt([1 + z[0], z[1]]);
  errno = 0;
  return [2 * libm.atan2(s1[0], s2[0]), libm.asinh(s2[0] * s1[1] - s2[1] * s1[0])];
}

export function acosh(z: Parts): Parts {
  errno = 0;
  if (nonFinite(z)) return special(acoshTable, z);
  if (Math.abs(z[0]) > LARGE || Math.abs(z[1]) > LARGE) {
    return [libm.log(libm.hypot(z[0] / 2, z[1] / 2)) + LN2 * 2, libm.atan2(z[1], z[0])];
  }
  const s1 = sqrt([z[0] - 1, z[1]]);
  const s2 = sqrt([z[0] + 1, z[1]]);
  errno = 0;
  return [libm.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * libm.atan2(s1[1], s2[0])];
}

export function asin(z: Parts): Parts {
  const s = asinh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

export function asinh(z: Parts): Parts {
  errno = 0;
  if (nonFinite(z)) return special(asinhTable, z);
  if (Math.abs(z[0]) > LARGE || Math.abs(z[1]) > LARGE) {
    const l = libm.log(libm.hypot(z[0] / 2, z[1] / 2)) + LN2 * 2;
    return [z[1] >= 0 ? copysign(l, z[0]) : -copysign(l, -z[0]), libm.atan2(z[1], Math.abs(z[0]))];
  }
  const s1 = sqrt([1 + z[1], -z[0]]);
  const s2 = sqrt([1 - z[1], z[0]]);
  errno = 0;
  return [libm.asinh(s1[0] * s2[1] - s2[0] * s1[1]), libm.atan2(z[1], s1[0] * s2[0] - s1[1] * s2[1])];
}

export function atan(z: Parts): Parts {
  const s = atanh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

export function atanh(z: Parts): Parts {
  errno = 0;
  if (nonFinite(z)) return special(atanhTable, z);
  if (z[0] < 0) {
    const r = atanh([-z[0], -z[1]]);
    return [-r[0], -r[1]];
  }
  const ay = Math.abs(z[1]);
  if (z[0] > SQRT_LARGE || ay > SQRT_LARGE) {
    const h = libm.hypot(z[0] / 2, z[1] / 2);
    return [z[0] / 4 / h / h, copysign(Math.PI / 2, z[1])];
  }
  if (z[0] === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) {
      errno = EDOM;
      return [INF, z[1]];
    }
    return [-libm.log(Math.sqrt(ay) / Math.sqrt(libm.hypot(ay, 2))), copysign(libm.atan2(2, -ay) / 2, z[1])];
  }
  return [
    log1p(4 * z[0] / ((1 - z[0]) * (1 - z[0]) + ay * ay)) / 4,
    -libm.atan2(-2 * z[1], (1 - z[0]) * (1 + z[0]) - ay * ay) / 2,
  ];
}

export function cos(z: Parts): Parts {
  return cosh([-z[1], z[0]]);
}

export function cosh(z: Parts): Parts {
  if (nonFinite(z)) {
    let r: Parts;
    if (isinf(z[0]) && isfinite(z[1]) && z[1] !== 0) {
      r = z[0] > 0
        ? [copysign(INF, libm.cos(z[1])), copysign(INF, libm.sin(z[1]))]
        : [copysign(INF, libm.cos(z[1])), -copysign(INF, libm.sin(z[1]))];
    } else r = special(coshTable, z);
    errno = isinf(z[1]) && z[0] === z[0] ? EDOM : 0;
    return r;
  }
  let r: Parts;
  if (Math.abs(z[0]) > LOG_LARGE) {
    const x1 = z[0] - copysign(1, z[0]);
    r = [libm.cos(z[1]) * libm.cosh(x1) * Math.E, libm.sin(z[1]) * sinhReal(x1) * Math.E];
  } else {
    r = [libm.cos(z[1]) * libm.cosh(z[0]), libm.sin(z[1]) * sinhReal(z[0])];
  }
  errno = isinf(r[0]) || isinf(r[1]) ? ERANGE : 0;
  return r;
}

export function exp(z: Parts): Parts {
  if (nonFinite(z)) {
    let r: Parts;
    if (isinf(z[0]) && isfinite(z[1]) && z[1] !== 0) {
      r = z[0] > 0
        ? [copysign(INF, libm.cos(z[1])), copysign(INF, libm.sin(z[1]))]
        : [copysign(0, libm.cos(z[1])), copysign(0, libm.sin(z[1]))];
    } else r = special(expTable, z);
    errno = isinf(z[1]) && (isfinite(z[0]) || z[0] === INF) ? EDOM : 0;
    return r;
  }
  let r: Parts;
  if (z[0] > LOG_LARGE) {
    const l = libm.exp(z[0] - 1);
    r = [l * libm.cos(z[1]) * Math.E, l * libm.sin(z[1]) * Math.E];
  } else {
    const l = libm.exp(z[0]);
    r = [l * libm.cos(z[1]), l * libm.sin(z[1])];
  }
  errno = isinf(r[0]) || isinf(r[1]) ? ERANGE : 0;
  return r;
}

export function log(z: Parts): Parts {
  errno = 0;
  if (nonFinite(z)) return special(logTable, z);
  const ax = Math.abs(z[0]), ay = Math.abs(z[1]);
  let re: number;
  if (ax > LARGE || ay > LARGE) {
    re = libm.log(libm.hypot(ax / 2, ay / 2)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) {
      re = libm.log(libm.hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * LN2;
    } else {
      errno = EDOM;
      return [-INF, libm.atan2(z[1], z[0])];
    }
  } else {
    const h = libm.hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      const am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      re = log1p((am - 1) * (am + 1) + an * an) / 2;
    } else {
      re = libm.log(h);
    }
  }
  return [re, libm.atan2(z[1], z[0])];
}

export function log10(z: Parts): Parts {
  const r = log(z);
  return [r[0] / LN10, r[1] / LN10];
}

export function sin(z: Parts): Parts {
  const s = sinh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

export function sinh(z: Parts): Parts {
  if (nonFinite(z)) {
    let r: Parts;
    if (isinf(z[0]) && isfinite(z[1]) && z[1] !== 0) {
      r = z[0] > 0
        ? [copysign(INF, libm.cos(z[1])), copysign(INF, libm.sin(z[1]))]
        : [-copysign(INF, libm.cos(z[1])), copysign(INF, libm.sin(z[1]))];
    } else r = special(sinhTable, z);
    errno = isinf(z[1]) && z[0] === z[0] ? EDOM : 0;
    return r;
  }
  let r: Parts;
  if (Math.abs(z[0]) > LOG_LARGE) {
    const x1 = z[0] - copysign(1, z[0]);
    r = [libm.cos(z[1]) * sinhReal(x1) * Math.E, libm.sin(z[1]) * libm.cosh(x1) * Math.E];
  } else {
    r = [libm.cos(z[1]) * sinhReal(z[0]), libm.sin(z[1]) * libm.cosh(z[0])];
  }
  errno = isinf(r[0]) || isinf(r[1]) ? ERANGE : 0;
  return r;
}

export function sqrt(z: Parts): Parts {
  errno = 0;
  if (nonFinite(z)) return special(sqrtTable, z);
  if (z[0] === 0 && z[1] === 0) return [0, z[1]];
  let ax = Math.abs(z[0]);
  const ay = Math.abs(z[1]);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = ldexp(ax, SCALE_UP);
    s = ldexp(Math.sqrt(ax + libm.hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + libm.hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  return z[0] >= 0 ? [s, copysign(d, z[1])] : [d, copysign(s, z[1])];
}

export function tan(z: Parts): Parts {
  const s = tanh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

export function tanh(z: Parts): Parts {
  if (nonFinite(z)) {
    let r: Parts;
    if (isinf(z[0]) && isfinite(z[1]) && z[1] !== 0) {
      r = [z[0] > 0 ? 1 : -1, copysign(0, 2 * libm.sin(z[1]) * libm.cos(z[1]))];
    } else r = special(tanhTable, z);
    errno = isinf(z[1]) && isfinite(z[0]) ? EDOM : 0;
    return r;
  }
  errno = 0;
  if (Math.abs(z[0]) > LOG_LARGE) {
    return [copysign(1, z[0]), 4 * libm.sin(z[1]) * libm.cos(z[1]) * libm.exp(-2 * Math.abs(z[0]))];
  }
  const tx = Math.tanh(z[0]);
  const ty = libm.tan(z[1]);
  const cx = 1 / libm.cosh(z[0]);
  const txty = tx * ty;
  const denom = 1 + txty * txty;
  return [tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx];
}

export function rect(r: number, phi: number): Parts {
  if (!isfinite(r) || !isfinite(phi)) {
    let z: Parts;
    if (isinf(r) && isfinite(phi) && phi !== 0) {
      z = r > 0
        ? [copysign(INF, libm.cos(phi)), copysign(INF, libm.sin(phi))]
        : [-copysign(INF, libm.cos(phi)), -copysign(INF, libm.sin(phi))];
    } else z = special(rectTable, [r, phi]);
    errno = r !== 0 && r === r && isinf(phi) ? EDOM : 0;
    return z;
  }
  errno = 0;
  if (phi === 0) return [r, r * phi];
  return [r * libm.cos(phi), r * libm.sin(phi)];
}
