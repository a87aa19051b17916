// Big ints where CPython takes an index-sized integer (vm/indexSized.ts), against
// CPython 3.11: repetition counts, indexes and slice bounds.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { runSource } from "../helpers/runSource.js";

const probes = [
  "[0] * 10**20", "[0] * -10**20", "[0] * (-2**40)", "[] * 2**40", "'ab' * 10**20",
  "(1,) * 10**20", "10**20 * [0]", "b'a' * 10**20", "[1,2][10**20]", "[1,2][-10**20]", "'ab'[10**20]",
  "(1,)[2**63]", "(1,)[2**63 - 1]", "[1,2][2**40]", "range(5)[10**20]", "[1,2,3][10**20:]", "[1,2,3][:-10**20]",
  "[1,2,3][::10**20]", "[1,2,3][::-10**20]", "'abc'[-10**20:2]", "chr(10**20)",
];
const program = "def t(name, f):\n    try:\n        print(name, repr(f()))\n    except Exception as e:\n        print(name, type(e).__name__, e)\n" +
  probes.map((p) => `t(${JSON.stringify(p)}, lambda: ${p})\n`).join("") +
  "def s():\n    x = [1]\n    x[10**20] = 3\nt('store', s)\n";

describeCPythonParity("index-sized big ints", { "repetition, indexing, slicing": program }, [
  ["[0] * 10**20", "OverflowError: cannot fit 'int' into an index-sized integer"],
  ["[1, 2][10**20]", "IndexError: cannot fit 'int' into an index-sized integer"],
  ["[1, 2][2**40]", "IndexError: list index out of range"],
]);

// A count that fits 64 bits is a MemoryError, as in CPython; ours names the size the
// core was asked for (CPython's says nothing), as every MemoryError of a core does.
describe("repetitions and sizes past the core's memory", () => {
  for (const [src, bytes] of [
    ["[0] * 2**40", "4,398,046,511,112"], ["'a' * (2**40)", "1,099,511,627,784"], ["b'ab' * 10**10", "20,000,000,008"],
    ["bytes(10**10)", "10,000,000,008"], ["bytearray(2**31)", "2,147,483,664"],
  ]) {
    it(src, () => {
      const r = runSource(`x = ${src}\n`);
      expect(r.error?.kind).toBe("MemoryError");
      expect(r.error?.pyMessage).toMatch(new RegExp(`^core 0 out of memory allocating ${bytes} bytes; `));
    });
  }
  it("bytes() of a count past 64 bits is CPython's OverflowError", () => {
    expect(runSource("bytes(10**30)\n").error?.pyMessage).toBe("cannot fit 'int' into an index-sized integer");
  });
});
