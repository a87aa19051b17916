// Big ints remember their bit length (the size charged to the core and traced by the
// collector): the length an operation derives from its operands' must be the exact one.
import { describe, expect, it } from "vitest";
import { bigArith, bigBits, bitLength } from "../../src/vm/bigint.js";
import { PyBigInt, type CoreApi, type Value } from "../../src/vm/values.js";

const core = { dialect: "python3", float32: false, charge() {}, float: (x: number) => x } as unknown as CoreApi;

/** The bit length from the hex text: the definition the fast paths must agree with. */
const hexBits = (v: bigint): number => (v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length);

function value(v: bigint): Value {
  return v >= -(2n ** 31n) && v < 2n ** 31n ? Number(v) : new PyBigInt(v);
}

describe("big int bit lengths", () => {
  it("bitLength is exact around powers of two and beyond a double's range", () => {
    for (const k of [31, 32, 52, 53, 54, 63, 64, 65, 1000, 1022, 1023, 1024, 1025, 5000]) {
      for (const d of [-1n, 0n, 1n]) {
        const v = 2n ** BigInt(k) + d;
        expect(bitLength(v)).toBe(hexBits(v));
        expect(bitLength(-v)).toBe(hexBits(v));
      }
    }
  });

  it("results of + - * // % carry their exact length", () => {
    let seed = 12345;
    const rand = (bits: number): bigint => {
      let v = 0n;
      for (let i = 0; i < bits; i += 16) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        v = (v << 16n) | BigInt(seed >> 8 & 0xffff);
      }
      return seed & 1 ? -v : v;
    };
    const samples: bigint[] = [2n ** 64n, -(2n ** 64n), 2n ** 100n - 1n, 3n, -7n, 10n];
    for (let i = 0; i < 60; i++) samples.push(rand(1 + ((i * 97) % 2500)));
    for (const a of samples) {
      for (const b of samples) {
        for (const op of ["+", "-", "*", "//", "%"] as const) {
          if ((op === "//" || op === "%") && b === 0n) continue;
          const r = bigArith(core, op, value(a), value(b));
          if (r instanceof PyBigInt) {
            expect(r.bits).toBe(hexBits(r.v));
            expect(bigBits(r)).toBe(hexBits(r.v));
          } else expect(typeof r).toBe("number");
        }
      }
    }
    // A difference that cancels almost every bit.
    const x = 2n ** 3000n + 5n, y = 2n ** 3000n;
    expect(bigArith(core, "-", new PyBigInt(x), new PyBigInt(y))).toBe(5);
    const z = bigArith(core, "-", new PyBigInt(x + 2n ** 40n), new PyBigInt(y)) as PyBigInt;
    expect(z.bits).toBe(41);
  });
});

describe("big int floor division with a small quotient", () => {
  it("equals BigInt floor division for every sign and near-integer quotients", () => {
    const floor = (x: bigint, y: bigint) => {
      const q = x / y;
      return (x < 0n) !== (y < 0n) && x % y !== 0n ? q - 1n : q;
    };
    const big = 3n ** 900n + 12345n; // ~1427 bits
    const cases: [bigint, bigint][] = [];
    for (const q of [0n, 1n, 7n, 9n, 2n ** 39n + 3n]) {
      for (const r of [0n, 1n, big - 1n, big / 2n]) cases.push([big * q + r, big]);
      cases.push([big * q - 1n, big]);
    }
    cases.push([2n ** 3000n, 2n ** 2999n], [2n ** 3000n - 1n, 2n ** 2999n]);
    for (const [x0, y0] of cases) {
      for (const [x, y] of [[x0, y0], [-x0, y0], [x0, -y0], [-x0, -y0]]) {
        const r = bigArith(core, "//", value(x), value(y));
        const got = r instanceof PyBigInt ? r.v : BigInt(r as number);
        expect(got).toBe(floor(x, y));
      }
    }
  });
});
