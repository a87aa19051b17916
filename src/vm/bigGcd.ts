// gcd of JS BigInts: Lehmer's algorithm, as CPython's _PyLong_GCD (Objects/longobject.c).
//
// Plain Euclid (a, b = b, a % b) costs one full-size division per quotient, ~1.7 bits
// of progress each: a 40,000-bit gcd is ~23,000 divisions of 40,000-bit BigInts.
// Lehmer's idea: the first quotients of a / b are (nearly always) those of the
// leading bits of a and b alone. So
//
//  1. (level 1, `lehmerStep`) take the top 52 bits x, y of a and b (the same shift
//     for both: exact doubles), run Euclid on x, y in doubles while the Jebelean /
//     Collins condition (`s > t` below, CPython's test) says each quotient is
//     certainly the true one, accumulating the product of the steps as a 2x2
//     cofactor matrix [[A, B], [C, D]] of entries < 2**26; then apply it to the big
//     numbers at once: 4 multiplications by one-word numbers and 2 subtractions for
//     ~26 bits of progress. When not even one quotient is certain (k = 0: the
//     quotient is large, or x, y too close to decide), one big `a % b` step instead.
//  2. (level 2, `chunkStep`, operands of CHUNK_MIN bits or more) the same one level
//     up: take the top H bits of a and b as (small) BigInts, run level 1 on them
//     until the smaller falls below H/2 + 64 bits, accumulating the (H/2-bit)
//     cofactor matrix, and apply that to a and b: 4 multiplications by H/2-bit
//     numbers for ~H/2 bits of progress, where level 1 would make ~H/52 passes of
//     6 full-size operations each. While the remainders of the top bits stay above
//     half their length the quotients are those of a, b (the error a cofactor t
//     times the dropped low bits, |t| <= 2**(H/2), is far below the remainder); the
//     last step or two may differ, which only leaves a result slightly larger (or
//     negative, or the two in the wrong order: fixed by `abs` and a swap).
//
// Invariants: every step multiplies (a, b) by an integer matrix of determinant ±1,
// so gcd(a, b) never changes, whatever the approximations made in choosing it —
// correctness never depends on the leading-bit estimates, only the speed does.
// Between steps a >= b >= 0; the loop runs while b >= 2**53 and every step makes
// progress (a shrinks: guarded, with a `%` step as the fallback). Once b < 2**53,
// one `%` and Euclid on doubles (exact: integers below 2**53) finish.

import { bitLength } from "./bigint.js";

/** 2**53: below it, integers are exact doubles. */
const SAFE = 0x20000000000000n;
/** Top bits taken by a level-2 step. */
const H = 1024;
/**
 * Level 2 only for operands of at least this many bits: below, level 1 is as fast
 * (measured on node 20: equal near 6,000-10,000 bits; at 40,000 bits level 2 takes
 * ~0.6 of level 1's time).
 */
const CHUNK_MIN = 12 * H;

/** gcd of two doubles holding integers below 2**53 (Euclid; `%` is exact there). */
export function gcdSafe(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) { const t = a % b; a = b; b = t; }
  return a;
}

/** Bit length of v > 0, given `hint` >= it: reads only v's top words (no toString). */
function bitLen(v: bigint, hint: number): number {
  for (;;) {
    const s = hint > 1000 ? hint - 1000 : 0;
    const top = s ? v >> BigInt(s) : v;
    if (top !== 0n) return s + bitLength(top);
    hint = s;
  }
}

// The cofactor matrix of the last lehmerStep (module scratch: no allocation).
let mA = 1, mB = 0, mC = 0, mD = 1;

/**
 * Level 1 on a >= b > 0 of `na` >= 53 bits: runs Euclid on their top 52 bits and
 * leaves the cofactors in mA..mD. Returns k, the number of quotients taken (0: none
 * certain). The new pair is (A*a - B*b, D*b - C*a) for even k, (A*b - B*a, D*a - C*b)
 * for odd k; both are >= 0 and the first is the larger (CPython's invariants).
 */
function lehmerStep(a: bigint, b: bigint, na: number): number {
  const shift = BigInt(na - 52);
  let x = Number(a >> shift); // in [2**51, 2**52): exact
  let y = Number(b >> shift);
  // A, B, C, D stay below 2**26 (x's square root), every product below 2**53.
  let A = 1, B = 0, C = 0, D = 1, k = 0;
  for (;; k++) {
    const den = y - C;
    if (den === 0) break;
    const num = x + (A - 1);
    let q = Math.floor(num / den);
    const r = num - q * den; // exact: q * den <= num + den < 2**53
    if (r < 0) q -= 1;
    else if (r >= den) q += 1;
    const s = B + q * D; // beyond 2**53 only when far above t: the test stays right
    const t = x - q * y;
    if (s > t) break;
    x = y;
    y = t;
    const u = A + q * C;
    A = D; B = C; C = s; D = u;
  }
  mA = A; mB = B; mC = C; mD = D;
  return k;
}

// The pair after a step (module scratch).
let ra = 0n, rb = 0n;

/** Applies the last lehmerStep's matrix (k quotients) to (a, b): the new pair in ra, rb. */
function applyStep(a: bigint, b: bigint, k: number): void {
  const A = BigInt(mA), B = BigInt(mB), C = BigInt(mC), D = BigInt(mD);
  if (k & 1) { ra = A * b - B * a; rb = D * a - C * b; }
  else { ra = A * a - B * b; rb = D * b - C * a; }
}

/**
 * Level 2 on a >= b of `na` bits (>= CHUNK_MIN): the cofactor matrix of the top H
 * bits' Euclid, stopped while their remainders still have more than H/2 + 64 bits,
 * applied to a and b. The new pair (not yet made positive and ordered) in ra, rb;
 * false when no step was possible (the caller then takes a `%` step).
 */
function chunkStep(a: bigint, b: bigint, na: number): boolean {
  const shift = BigInt(na - H);
  let x = a >> shift, y = b >> shift; // x has H bits
  let nx = H, ny = bitLen(y, H);
  // (x, y) = M (x0, y0), M = [[m00, m01], [m10, m11]].
  let m00 = 1n, m01 = 0n, m10 = 0n, m11 = 1n;
  const stop = (H >> 1) + 64;
  let steps = 0;
  while (ny > stop) {
    const k = nx - ny > 16 ? 0 : lehmerStep(x, y, nx);
    if (k === 0) {
      // One exact Euclid step on the top bits: rows (m00, m01), (m10, m11) follow (x, y).
      const q = x / y;
      const r = x - q * y;
      x = y; y = r;
      const n0 = m00 - q * m10, n1 = m01 - q * m11;
      m00 = m10; m01 = m11; m10 = n0; m11 = n1;
    } else {
      applyStep(x, y, k);
      x = ra; y = rb;
      const A = BigInt(mA), B = BigInt(mB), C = BigInt(mC), D = BigInt(mD);
      let n00, n01, n10, n11;
      if (k & 1) {
        n00 = A * m10 - B * m00; n01 = A * m11 - B * m01;
        n10 = D * m00 - C * m10; n11 = D * m01 - C * m11;
      } else {
        n00 = A * m00 - B * m10; n01 = A * m01 - B * m11;
        n10 = D * m10 - C * m00; n11 = D * m11 - C * m01;
      }
      m00 = n00; m01 = n01; m10 = n10; m11 = n11;
    }
    steps++;
    nx = ny;
    ny = y === 0n ? 0 : bitLen(y, nx);
  }
  if (steps === 0) return false;
  ra = m00 * a + m01 * b;
  rb = m10 * a + m11 * b;
  return true;
}

/** gcd(|a|, |b|) of any BigInts (gcd(0, 0) = 0). */
export function gcdBigint(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a < b) { const t = a; a = b; b = t; }
  if (b === 0n) return a;
  if (b < SAFE) {
    // One division brings a below 2**53 too (a big sum's numerator and a small denominator).
    const r = a < SAFE ? Number(a) % Number(b) : Number(a % b);
    return BigInt(gcdSafe(Number(b), r));
  }
  let na = bitLength(a);
  let nb = bitLen(b, na);
  while (nb > 53) { // b >= 2**53
    let stepped = false;
    if (na - nb <= 16) {
      // A large quotient (na - nb > 16) is better taken by one division.
      if (na >= CHUNK_MIN) stepped = chunkStep(a, b, na);
      else {
        const k = lehmerStep(a, b, na);
        if (k !== 0) { applyStep(a, b, k); stepped = true; }
      }
    }
    if (stepped) {
      let x = ra, y = rb;
      if (x < 0n) x = -x;
      if (y < 0n) y = -y;
      if (x < y) { const t = x; x = y; y = t; }
      const nx = bitLen(x, na + 1);
      if (nx < na || (nx === na && x < a)) { // progress (always, but never loop on a bad step)
        a = x; b = y; na = nx;
        nb = b === 0n ? 0 : bitLen(b, na);
        continue;
      }
    }
    const r = a % b;
    a = b; b = r; na = nb;
    nb = b === 0n ? 0 : bitLen(b, na);
  }
  if (b === 0n) return a;
  // b < 2**53: one division brings a there too.
  const r = a < SAFE ? Number(a) % Number(b) : Number(a % b);
  return BigInt(gcdSafe(Number(b), r));
}
