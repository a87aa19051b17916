// Big ints where CPython takes an index-sized integer (vm/indexSized.ts), against
// CPython 3.11: repetition counts, indexes and slice bounds.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

const probes = [
  "[0] * 10**20", "[0] * 2**40", "[0] * -10**20", "[0] * (-2**40)", "[] * 2**40", "'ab' * 10**20", "'a' * (2**40)",
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
