// range() with bounds past int32 (vm/range.ts), against CPython 3.11: construction,
// iteration and reversed() (compiled and interpreted: the FOR_ITER inline step must
// let a wide range's iterator through to the generic protocol), len past sys.maxsize,
// indexing, slicing, in/index/count, ==/hash, repr, the builtins that take a range,
// and CPython's messages. Where CPython iterates (sum, min, max of a huge range) and
// ePython answers in O(1), the answers are fixed below.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { output, runSource } from "../helpers/runSource.js";

const iteration = `
B = 10**20
for i in range(10**10):
    print(i); break
for n in range(10**12, 10**12 + 5): print(n, end=" ")
print()
def f(lo, hi, st):
    out = []
    for x in range(lo, hi, st):
        out.append(x)
    return out
for k in range(3):  # the loop is hot in compiled code too
    print(f(2**31 - 2, 2**31 + 2, 1), f(-2**31 - 2, -2**31 + 2, 1), f(2**64, 2**64 + 10, 3), f(2**64 + 10, 2**64, -3))
    print(f(2**53 - 2, 2**53 + 3, 1), f(-2**53 + 2, -2**53 - 3, -1), f(0, 2**40, 2**38), f(5, 6, 2**70))
print(list(reversed(range(2**53 - 2, 2**53 + 3))), list(reversed(range(2**64, 2**64 + 10, 3))))
print(list(reversed(range(-2**31, -2**31 + 3))), list(reversed(range(2**31 - 3, 2**31 - 1))), list(reversed(range(B, B))))
it = iter(range(B, B + 3)); print(next(it), next(it), next(it), next(it, "done"))
it = reversed(range(-B, -B - 3, -1)); print(next(it), next(it), next(it), next(it, "done"))
a, b, c = range(B, B + 3); print(a, b, c)
print(list(zip(range(B, B + 3), range(2**40, 2**41))), list(enumerate(range(2**63, 2**63 + 2))))
print(list(range(B, B + 3)), tuple(range(B, B - 3, -1)), sorted(range(B, B + 3), reverse=True), [*range(2**33, 2**33 + 2)])
print(set(range(2**40, 2**40 + 3)) == {2**40, 2**40 + 1, 2**40 + 2}, dict.fromkeys(range(2**32, 2**32 + 2)))
m = list(range(2**40, 2**40 + 1000))
print(len(m), m[-1], sum(m), [x for x in range(2**62, 2**62 + 4, 2)], sum(x for x in range(B, B + 4)))
print(list(map(lambda x: x % 7, range(B, B + 5))), list(filter(lambda x: x % 2, range(2**35, 2**35 + 5))))
print([i for i in range(2**31 - 3, 2**31 + 3) if i % 2], {i: 1 for i in range(B, B + 2)}, bytes(range(250, 256)))
def gen():
    yield from range(2**40, 2**40 + 3)
print(list(gen()), sum(gen()), list(reversed(range(-3, 2**31, 2**30))), *range(B, B + 3))
import random
random.seed(5)
print(random.choice(range(2**40)), random.sample(range(10**10), 3), random.choice(range(B, B + 7)), random.sample(range(2**40, 2**40 + 50, 3), 4))
print(random.choice(range(2**60)), random.sample(range(2**60), 2), random.choices(range(2**60), k=2), random.choices(range(2**40, 2**41), k=2))
for bad in (range(2**40, 2**40 + 1), range(-B, -B + 1)):
    try:
        bytes(bad)
    except ValueError as e:
        print(e)
`;

const access = `
B = 10**20
print(range(2**32)[5], range(2**32)[-1], range(0, 2**40, 2**35), range(0, 2**40, 2**35)[-1], len(range(0, 2**40, 2**35)))
r = range(-B, B, 7)
print(r, repr(r), str(r), r.start, r.stop, r.step, len(range(-10**15, 10**15, 7)), bool(r), bool(range(B, B)), r[0], r[-1], r[10**18])
print(r[::2], r[1::-1], r[::-1], r[5:10], r[-3:], r[:3], r[B * 10:], r[-B * 10:-B], r[::10**19], r[True:])
print(range(2**33, 2**33 + 5)[1:3], range(10)[::2**40], range(10)[2**40:], range(10)[-2**70::-1], range(2**64)[2**63:2**70:3])
print(range(0, -B, -3)[::-2], range(0, 10, 3)[::-1], range(B)[::-1][::-1] == range(B), range(5)[1:3], range(5)[::-1])
print(range(-2**31, 2**31 - 1)[::-1], len(range(-2**31, 2**31 - 1)), range(-2**31, 2**31 - 1)[2**31], range(-2**31, 2**31 - 1).index(2**31 - 2))
print(len(range(2**63 - 1)), len(range(-2**63 + 1, 0)), len(range(0, 2**64, 4)), range(2**64)[2**63], range(2**64)[-2**64])
print(f"{range(B)}", "%s" % (range(2**40),), str([range(B)]), range(-B, -1, -B))
print(range(2**40).__len__(), range(B).__getitem__(-1), range(B).__contains__(5), reversed(range(B)).__next__())
print(type(range(B)).__name__, isinstance(range(B), range), type(range(B)) is range)
class I(int): pass
class Ix:
    def __index__(self): return 2**40
print(range(I(2**40)), range(I(2), I(2**40), I(2**39)), range(True, 2**40), range(Ix()), range(10**15)[Ix()], range(50)[:Ix()], range(2**41)[Ix()])
match range(B, B + 2):
    case [x, y]: print("seq", x, y)
match range(2**40):
    case [x, y]: print("no")
    case _: print("other")
`;

const search = `
B = 10**20
print(10**17 in range(10**18), 10**18 in range(10**18), -1 in range(10**18), float(2**60) in range(2**60, 2**61), 3.0 in range(5))
print(True in range(B), False in range(1, B), 2**70 in range(0, 2**80, 2**10), 2**70 + 1 in range(0, 2**80, 2**10), 2**70 not in range(5))
print(5 in range(0, 10, 2**64), 0 in range(0, 10, 2**64), -B in range(0, -2 * B, -B), "a" in range(5), None in range(2**40, 2**40 + 5), 2.5 in range(5))
r = range(-B, B, 7)
print(r.index(-B + 7 * 12345), r.count(0), r.count(7 - B % 7), r.count(-B), range(10).count(2.5), range(-5, 3).count(-5 + 0.0))
print(range(B).index(True), range(5).index(2.0), range(0, B, 3).index(3 * 10**18), range(5).count("a"), range(5).count(True))
class I(int): pass
print(I(3) in range(B), range(B).index(I(3)), range(10).count(I(3)), I(2**40) in range(2**40 - 2, 2**41), range(2**40 - 2, 2**41).index(I(2**40)))
class E:
    def __eq__(self, o): return o == 4
print(E() in range(10), range(10).index(E()), range(10).count(E()), E() in range(3), E() in range(2**40, 2**40 + 3))
print(complex(3, 0) in range(2**41), range(2**41).index(complex(2, 0)), range(10).count(complex(3, 0)), complex(3, 1) in range(5))
print(any(range(B, B + 1)), any(range(0, 1)), any(range(0, 2)), all(range(1, 10**4)), all(range(0, B)), all(range(B, B)))
`;

const equality = `
B = 10**20
print(range(0) == range(5, 5), range(0, 10, 2) == range(0, 11, 2), range(B, B + 1) == range(B, B + 2, 5), range(B) == range(B), range(B) == range(B + 1))
print(range(3) == [0, 1, 2], range(3) != range(3), range(B) != range(0, B, 2), range(5, 10**20, 10**20) == range(5, 6), range(-B, B) == range(-B, B, 1))
print(hash(range(5, 10**20, 10**20)) == hash(range(5, 6)), hash(range(0)) == hash(range(B, B)), hash(range(0)) == hash((0, None, None)))
print(hash(range(B)) == hash(range(0, B, 1)), hash(range(5, 6)) == hash((1, 5, None)), hash(range(0, B, 3)) == hash(((B + 2) // 3, 0, 3)))
print(len({range(0), range(1, 1), range(B, B), range(2), range(0, 2), range(0, 2, 1)}), {range(B): 1}[range(0, B)])
print(sum(range(B, B + 3)), sum(range(10**6)), sum(range(-10**6, 10**6 + 1)), sum(range(B, B + 5), 5), sum(range(3), 2**70), sum(range(0)))
print(min(range(B, B + 10**4, 3)), max(range(B, B + 10**4, 3)), min(range(B + 10**4, B, -3)), max(range(B + 10**4, B, -3)))
print(min(range(2**40, 2**40 + 5), default=None), max(range(B, B), default="empty"), min(range(2**40, 2**40 + 99), key=lambda x: -x if x < 2**40 + 10 else 0))
`;

// Each probe runs on its own and prints its value or its error.
const probes = [
  "range(10)[1.5:]", "range(10**20)[1.5:]", "range(10)[::0]", "range(10**20)[::0]", "range(1.5)", "range(2**40, 1.5)",
  "range(0, 1, 0)", "range(0, 10**20, 0)", "range()", "range(1, 2, 3, 4)", "range('a')", "range(None)", "range(x=3)",
  "range(2**31)[2**31]", "range(10)[2**100]", "range(10**20)[10**20]", "range(10**20)[-10**20 - 1]", "range(10)['a']",
  "range(10**20)['a']", "range(10**20)[None]", "len(range(2**64))", "len(range(2**63))", "len(range(-2**63, 0))",
  "range(2**64).index(2**70)", "range(5).index(7.0)", "range(5).index(7)", "range(5).index('a')", "range(5).index(True, 2)",
  "range(5).count()", "range(2**64) < range(3)", "range(3) + range(3)", "range(3) * 2", "list(range(10**20))",
  "list(iter(range(10**20)))", "range(10**30)[10**29:].index(5)", "min(range(10**20, 10**20))", "max(range(0, -10**20))",
  "range(0, 10, 2**64).index(1)", "bytearray(range(255, 257))", "range(2**40)[::-1][2**41]", "range(2**63)[2**62:][2**62]",
  "[x for x, y in [range(10**20)]]", "[x for x, y, z in [range(10**20, 10**20 + 2)]]", "range(10**20).start.bit_length()",
  "range(2**64).stop - 1", "sorted(range(3, 2**40, 2**39), key=lambda x: -x)",
];
const probeProgram = "def t(name, f):\n    try:\n        print(name, repr(f()))\n    except Exception as e:\n        print(name, type(e).__name__, e)\n" +
  probes.map((p) => `t(${JSON.stringify(p)}, lambda: ${p})\n`).join("");

describeCPythonParity("range() past int32", {
  "construction, iteration, reversed": iteration,
  "len, indexing, slicing, attributes, repr": access,
  "in, index, count, any, all": search,
  "==, hash, sum, min, max": equality,
  "errors": probeProgram,
}, [
  ["print(len(range(2**63)))\n", "OverflowError: Python int too large to convert to C ssize_t"],
  ["print(range(10**20)[10**20])\n", "IndexError: range object index out of range"],
  ["print(range(10**20).index(-1))\n", "ValueError: -1 is not in range"],
  ["print(range(0, 10**20, 0))\n", "ValueError: range() arg 3 must not be zero"],
  ["print(range(2**40, 2.0))\n", "TypeError: 'float' object cannot be interpreted as an integer"],
]);

describe("range() past int32 where CPython iterates", () => {
  it("sum, min, max, all and float membership of huge ranges take constant time", () => {
    // CPython walks these item by item (it would run for centuries); the answers are
    // exact. (10**17 + 0.5 is the float 1e17.)
    expect(output(`
B = 10**20
print(sum(range(B)) == B * (B - 1) // 2, sum(range(-B, B + 1)), sum(range(B, 0, -7)) == sum(range(B % 7 or 7, B + 1, 7)))
print(min(range(B, 2 * B, 3)), max(range(B, 2 * B, 3)), max(range(2 * B, B, -3)), all(range(1, B)), all(range(-B, 0)))
print(10**17 + 0.5 in range(10**18), float(2**60) in range(2**61), range(2**61).count(2.0**60), range(2**61).index(2.0**60))
`, { float64: true })).toBe(
      "True 0 True\n100000000000000000000 199999999999999999999 200000000000000000000 True True\nTrue True 1 1152921504606846976\n",
    );
  });

  it("a list of a range too long for the core is MemoryError before any item is made", () => {
    for (const src of ["list(range(2**62))", "tuple(range(2**40, 2**41))", "list(iter(range(2**62)))", "list(reversed(range(10**18)))"]) {
      const r = runSource(`x = ${src}\n`, { float64: true, profile: "host" });
      expect(r.error?.kind, src).toBe("MemoryError");
    }
  });

  it("a wide range keeps its big-int bounds alive and charges a slice's range", () => {
    // A wide range (16 B) keeps its big bounds alive (12 B each here): 200 of them
    // with distinct bounds do not fit a 6 KB core, while 200 narrow ranges do.
    const program = (lo: string) => `rs = []\nfor i in range(200):\n    rs.append(range(${lo} + i, ${lo} + i + 10))\nprint(len(rs))\n`;
    expect(runSource(program("0"), { localMemory: 6000, strictMemory: true }).error).toBeNull();
    expect(runSource(program("2**40"), { localMemory: 6000, strictMemory: true }).error?.kind).toBe("MemoryError");
  });

  it("cores that keep the device word keep 32-bit ranges", () => {
    // --int-overflow error: a big bound is CPython's OverflowError, as before; a slice
    // whose bound leaves int32 is still a range (its items are int32).
    const r = runSource("print(range(10000000000))\n", { intOverflow: "error" });
    expect(r.error ? `${r.error.kind}: ${r.error.pyMessage}` : "").toBe("OverflowError: Python int too large to convert to C ssize_t");
    expect(output("r = range(-2147483648, 5)\nprint(r[::-1], list(reversed(range(-2147483648, -2147483646))), r.index(-5))\n", { intOverflow: "error" }))
      .toBe("range(4, -2147483649, -1) [-2147483647, -2147483648] 2147483643\n");
    // A position past int32 is a result beyond the device word.
    const big = runSource("print(range(-2147483648, 5).index(4))\n", { intOverflow: "error" });
    expect(big.error ? `${big.error.kind}: ${big.error.pyMessage}` : "").toBe("OverflowError: int overflow: 2147483652 does not fit in a 32-bit int");
    // sys.maxsize is 2**31 - 1 there: a longer range's len() is CPython's error for it.
    const long = runSource("print(len(range(-2147483648, 2147483647)))\n", { intOverflow: "error" });
    expect(long.error ? `${long.error.kind}: ${long.error.pyMessage}` : "").toBe("OverflowError: Python int too large to convert to C ssize_t");
    expect(output("import sys\nprint(len(range(sys.maxsize)) == sys.maxsize)\n", { intOverflow: "error" })).toBe("True\n");
  });

  it("the classic dialect's ranges are unchanged", () => {
    expect(output("for i in range(3):\n    print(i)\nprint(range(2, 10, 3)[1])\nprint(len(range(2, 10, 3)))\n", { classic: true }))
      .toBe("0\n1\n2\n5\n3\n");
  });
});
