// Medium ints (beyond int32, within 2**53): double arithmetic with BigInt fallbacks
// (vm/bigint.ts). Every operator near the edges of both ranges, mixed with small
// ints, bools, floats and huge ints, and the two forms of one value as dict keys,
// against CPython 3.11. Runs with the compiled tier on and off (EPYTHON_BASELINE_HOT).
import { describeCPythonParity } from "../helpers/cpythonParity.js";

const EDGES = `
E = [0, 1, -1, 7, -7, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32, 2**32 - 1, -2**32,
     2**52 + 3, 2**53 - 1, -(2**53 - 1), 2**53, -2**53, 2**53 + 1, 2**60 + 5, -2**70,
     3 * 10**12 + 17, -(10**15) - 3, True, False]
`;

describeCPythonParity("medium ints: operators against CPython", {
  arithmetic: `${EDGES}
out = []
for a in E:
    for b in E:
        out.append((a + b, a - b, a * b))
        if b:
            out.append((a // b, a % b, divmod(a, b), a / b))
print(len(out), sum(hash(str(r)) & 0 for r in out), str(out).count("-"), len(str(out)))
for row in out[:40]: print(row)
for row in out[-40:]: print(row)
`,
  bits: `${EDGES}
out = []
for a in E:
    for b in E:
        out.append((a & b, a | b, a ^ b))
    for s in (0, 1, 5, 31, 32, 33, 52, 53, 54, 63, 64, 100):
        out.append((a >> s, a << s if abs(a) < 2**60 else 0))
    out.append((~a, -a, abs(a), +a, a.bit_length()))
print(len(out), sum(hash(str(r)) & 0 for r in out), str(out).count("-"), len(str(out)))
for row in out[::17]: print(row)
`,
  comparisons: `${EDGES}
F = E + [0.5, -0.5, 2.0**53, 2.0**53 + 2, 1e300, -1e300, float("inf"), float("nan"), 4294967296.0]
out = []
for a in F:
    for b in F:
        out.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
print(len(out), sum(1 for r in out if r[2]))
print(out[::13])
`,
  "floats and conversions": `${EDGES}
for a in E:
    print(a, repr(a), str(a), float(a), a * 0.5, a + 1.5, 1.5 - a, int(float(a)) == a, hex(a), f"{a:,}", f"{a:>30}")
`,
  "hash and dict keys": `
d = {}
t = 0
for i in range(100000, 100100):
    t += i * 40000
    d[t] = i
print(len(d), d[100000 * 40000], hash(2**40) == hash(2.0**40), hash(-2**40) == hash(float(-2**40)), hash(2**53 - 1) == hash((2**53 - 1) * 1))
k = (2**45 + 7) * 3 // 3
print(d.get(4000000000), k in {2**45 + 7}, {2**45 + 7: 1}[k], 2**45 + 7 == float(2**45 + 7))
s = {2**40, 2.0**40, 2**40 + 0}
print(len(s), sorted([3 * 2**40, -5, 2**33, 2.5, -2**50]))
`,
  "counters and sums": `
t = 0
for i in range(200000):
    t += i * i
print(t, type(t).__name__)
h = 0
for c in "medium ints hash loop" * 50:
    h = (h * 31 + ord(c)) & 0xFFFFFFFFFFFF
print(h)
x = 1
for i in range(1, 30):
    x = x * i
    print(i, x, x % 1000003, x // 7, x >> 3)
`,
  "sum() groups int items": `
print(sum(range(10)), sum([2**31-1, 1, -5]), sum([1, 2.5, 3]), sum([2**40, 3, 0.5]), sum([1, True, 2]), sum([3, 2**60, -2**60]))
print(sum(x * x for x in range(100000)), sum(x * 3 for x in range(-50000, 49000)), sum([2**52] * 5), sum([-2**52] * 5 + [1.5]))
print(sum([1, 2], 10), sum([10**20, 1]), sum([-2**53, -1, -1]), sum([], 2**40), sum([1.5, 2**31, 2**31]), sum([2**53 - 1, 1, 2**53 - 1]))
try:
    sum([1, 2**40, "a"])
except TypeError as e:
    print(e)
class N:
    def __radd__(self, other): return ("radd", other)
print(sum([1, 2**45, N()]))
`,
  "int() of short decimal text": `
for s in ["42", "-7", "+3", "007", "0", "-0", "999999999999999", "2147483648", "-2147483649", "1_000", " 12 ", "12\\n", "١٢", "0x1f", "", "-", "+", "1e3", "123456789012345678"]:
    try:
        print(repr(s), int(s), type(int(s)).__name__)
    except ValueError as e:
        print(repr(s), "VE", e)
print(int("10", 2), int("077", 8), int("0", 0))
`,
}, [
  ["print(2**40 // 0)", "ZeroDivisionError: integer division or modulo by zero"],
  ["print(2**40 % 0)", "ZeroDivisionError: integer modulo by zero"],
  ["print(2**40 / 0)", "ZeroDivisionError: division by zero"],
  ["print(2**40 >> -1)", "ValueError: negative shift count"],
  ["print(2**40 + 'a')", "TypeError: unsupported operand type(s) for +: 'int' and 'str'"],
]);
