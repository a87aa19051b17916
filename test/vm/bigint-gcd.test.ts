// Lehmer's gcd on BigInts (src/vm/bigGcd.ts) against plain Euclid: random ints of many
// sizes (both levels of the algorithm and the double-only path), signs, zero, equal
// values, powers of two, common factors, Fibonacci neighbours (every quotient 1) and
// one operand far larger than the other.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gcdBigint, gcdSafe } from "../../src/vm/bigGcd.js";
import { gcdBig, lcmBig } from "../../src/vm/bigint.js";
import { PyBigInt, type CoreApi } from "../../src/vm/values.js";

const core = { dialect: "python3", float32: false, charge() {}, float: (x: number) => x } as unknown as CoreApi;

/** The definition: Euclid on |a|, |b|. */
function euclid(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** A signed BigInt of up to `maxBits` bits, its size itself random (small sizes often). */
const big = (maxBits: number) =>
  fc.integer({ min: 0, max: maxBits }).chain((bits) => fc.bigInt({ min: -(1n << BigInt(bits)), max: 1n << BigInt(bits) }));

const check = (a: bigint, b: bigint) => {
  const g = euclid(a, b);
  expect(gcdBigint(a, b)).toBe(g);
  expect(gcdBigint(b, a)).toBe(g);
};

function fib(n: number): [bigint, bigint] {
  let a = 0n, b = 1n;
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return [a, b];
}

describe("gcdBigint (Lehmer) agrees with Euclid", () => {
  it("small and double-sized operands", () => {
    fc.assert(fc.property(big(70), big(70), (a, b) => check(a, b)), { numRuns: 2000 });
  });

  it("random operands up to 14,000 bits (both levels)", () => {
    fc.assert(fc.property(big(14000), big(14000), (a, b) => check(a, b)), { numRuns: 300 });
  });

  it("operands with a common factor", () => {
    fc.assert(fc.property(big(3000), big(4000), big(4000), (g, x, y) => check(g * x, g * y)), { numRuns: 200 });
  });

  it("operands of similar size (the Lehmer steps, not divisions)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 50, max: 16000 }), fc.bigInt({ min: 0n, max: 1n << 64n }), fc.bigInt({ min: 1n, max: 1n << 40n }), (bits, lo, d) => {
        const a = (1n << BigInt(bits)) + lo;
        check(a, a - d);
        check(a * 3n + 1n, a * 2n - d);
      }),
      { numRuns: 200 },
    );
  });

  it("one operand far larger than the other", () => {
    fc.assert(fc.property(big(6000), big(100), fc.bigInt({ min: 1n, max: 1n << 200n }), (a, b, c) => {
      check(a, b);
      check(a * c + b, c);
    }), { numRuns: 300 });
  });

  it("zero, one, equal values, signs, powers of two", () => {
    const values = [0n, 1n, -1n, 2n, 3n, 2n ** 52n, 2n ** 53n, 2n ** 53n - 1n, 2n ** 53n + 1n, 2n ** 64n, 3n ** 700n, 2n ** 5000n, 2n ** 5000n - 1n, 6n ** 3000n];
    for (const a of values) {
      for (const b of values) {
        check(a, b);
        check(-a, b);
        check(-a, -b);
      }
      check(a, a);
      expect(gcdBigint(a, 0n)).toBe(a < 0n ? -a : a);
    }
    for (let i = 0; i < 6000; i += 97) {
      for (let j = 0; j < 6000; j += 389) check(1n << BigInt(i), 1n << BigInt(j));
      check((1n << BigInt(i)) * 3n ** 50n, (1n << BigInt(i + 7)) * 5n ** 20n);
    }
  });

  it("Fibonacci neighbours (every quotient 1, Euclid's worst case)", () => {
    for (const n of [70, 80, 200, 1000, 5000, 12000]) {
      const [a, b] = fib(n);
      expect(gcdBigint(a, b)).toBe(1n);
      check(a * 7n ** 40n, b * 7n ** 41n);
    }
  });

  it("large operands (level 2 throughout)", () => {
    let seed = 987654321n;
    const rand = (bits: number): bigint => {
      let v = 0n;
      for (let i = 0; i < bits; i += 60) {
        seed = (seed * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n);
        v = (v << 60n) | (seed >> 4n);
      }
      return v;
    };
    for (const bits of [3000, 6000, 12300, 20000, 40000]) {
      const g = rand(bits / 10);
      check(g * rand(bits), g * rand(bits));
      check(rand(bits), rand(bits - 30));
    }
  });

  it("gcdSafe on doubles", () => {
    fc.assert(fc.property(fc.maxSafeInteger(), fc.maxSafeInteger(), (a, b) => {
      expect(BigInt(gcdSafe(a, b))).toBe(euclid(BigInt(a), BigInt(b)));
    }), { numRuns: 1000 });
  });

  it("math.gcd / math.lcm of several big ints", () => {
    const num = (v: number | PyBigInt) => (typeof v === "number" ? BigInt(v) : v.v);
    const g = 3n ** 400n;
    expect(num(gcdBig(core, [g * 5n, g * 7n, -g * 11n]))).toBe(g);
    expect(num(gcdBig(core, []))).toBe(0n);
    expect(num(gcdBig(core, [0n, 0n]))).toBe(0n);
    expect(num(gcdBig(core, [2n ** 100n, 3n, 2n ** 100n]))).toBe(1n);
    expect(num(lcmBig(core, [g * 5n, g * 7n, -2n]))).toBe(g * 70n);
    expect(num(lcmBig(core, [g, 0n]))).toBe(0n);
  });
});
