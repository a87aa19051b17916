// `obj[i]` on an instance whose class defines `__getitem__` in Python runs it as a
// frame, as a method call does (classes.ts enterItemMethod; compiled code's subscrAt),
// not as a nested run. Nothing users see changes: tuple, slice and int keys, an
// IndexError caught around the subscript, subclasses of dict with super(), defaults,
// a static __getitem__ (still a nested call), recursion through self[...], generators
// and sum() over subscripts, an instance attribute named __getitem__ (ignored, as in
// CPython), errors inside __getitem__ and their tracebacks' last lines. The loops run
// past the compile threshold, so both the interpreter's and compiled code's paths run
// (EPYTHON_BASELINE_HOT=1 and =0 check each alone).
import { describeCPythonParity } from "../helpers/cpythonParity.js";

const programs: Record<string, string> = {
  "__getitem__ entered as a frame": `
class Grid:
    def __init__(self, n):
        self.rows = [[r * n + c for c in range(n)] for r in range(n)]
        self.calls = 0
    def __getitem__(self, key):
        self.calls += 1
        if isinstance(key, tuple):
            r, c = key
            return self.rows[r][c]
        if isinstance(key, slice):
            return self.rows[key]
        if key >= len(self.rows):
            raise IndexError("grid row out of range")
        return self.rows[key]

class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2

class Seq:
    def __getitem__(self, i, scale=10):
        if i > 4:
            raise IndexError(i)
        return i * scale

class Weird:
    @staticmethod
    def __getitem__(k):
        return ("static", k)

def walk(g, n):
    total = 0
    for r in range(n):
        for c in range(n):
            total += g[r, c] + g[r][c]
    return total

g = Grid(6)
print(walk(g, 6), g.calls)
print(g[1:3], g[-1][0])
try:
    for i in range(100):
        x = g[i]
except IndexError as e:
    print("caught", e, i)
d = D(a=3)
print(d["a"], list(Seq()), Weird()["k"])
def gen(g):
    for i in range(3):
        yield g[i][i]
print(list(gen(g)), sum(g[i][0] for i in range(6)))
class Rec:
    def __getitem__(self, n):
        return 1 if n == 0 else n * self[n - 1]
print(Rec()[20])
h = Grid(3)
h.__getitem__ = lambda k: "instance attribute ignored"
print(h[0])
class Bad:
    def __getitem__(self, k):
        return k.missing
for i in range(100):
    try:
        Bad()[i]
    except AttributeError as e:
        msg = str(e)
print(msg)
for i in range(200):
    walk(g, 3)
print(g.calls)
`,
};

const errors: [string, string][] = [
  [`class Bad:
    def __getitem__(self, k):
        return k.missing
def f(b):
    t = 0
    for i in range(100):
        t += 1
    return b[t]
print(f(Bad()))`, "AttributeError: 'int' object has no attribute 'missing'"],
  [`class Short:
    def __getitem__(self, k):
        if k > 70:
            raise KeyError(k)
        return k
s = Short()
print(sum(s[i] for i in range(100)))`, "KeyError: 71"],
];

describeCPythonParity("__getitem__ as a frame", programs, errors);
