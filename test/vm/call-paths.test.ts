// Calls whose frame is based at the receiver's own stack slot (core.pushMethodFrame:
// a method from CALL_METHOD, a class's __init__, an instance's __call__, given exactly
// their parameters) change no behaviour: results, a receiver rebound inside the
// method, generator methods, calls that need binding (defaults, keywords, *args) next
// to them, errors and tracebacks' last lines. Run with EPYTHON_BASELINE_HOT=1 and =0
// (the suite compiles at 64; the loops below run past it).
import { describeCPythonParity } from "../helpers/cpythonParity.js";

const programs: Record<string, string> = {
  "methods, __init__ and __call__ in place, beside calls that bind": `
class V:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y
    def add(self, o):
        return V(self.x + o.x, self.y + o.y)
    def rebind(self, other):
        self = other
        return self.x
    def items(self, n):
        for i in range(n):
            yield self.x * i
    def many(self, *args, k=1):
        return len(args) * k + self.x
class Scale:
    def __init__(self, k):
        self.k = k
    def __call__(self, u):
        return u * self.k
class Kw:
    def __call__(self, u, v=2, *, w=1):
        return u + v + w
s, kw = Scale(3), Kw()
acc = V(0, 0)
t = 0
for i in range(300):
    v = V(i) if i % 2 else V(i, y=i)
    acc = acc.add(v)
    m = v.rebind
    t += v.rebind(acc) + m(v) + sum(v.items(3)) + v.many(1, 2, k=i) + s(i) + kw(i) + kw(i, 3, w=i)
print(t, acc.x, acc.y, [s(j) for j in range(4)])
`,
  "a method's frame nested deeply, and errors through it": `
class N:
    def __init__(self, d):
        self.d = d
    def down(self, n):
        if n == 0:
            return self.d
        return self.down(n - 1) + 1
    def fail(self, d):
        return 1 // d
t = 0
for i in range(100):
    t += N(i).down(60)
print(t)
for i in range(80):
    try:
        N(1).fail(i % 2)
    except ZeroDivisionError as e:
        t += 1
print(t)
`,
};

const errors: [string, string][] = [
  ["class S:\n    def __call__(self, u):\n        return 1 // u\ns = S()\nfor i in range(100):\n    s(i + 1)\ns(0)\n", "ZeroDivisionError: integer division or modulo by zero"],
  ["class A:\n    def __init__(self, x):\n        self.x = x\n        return None if x >= 0 else 1\nfor i in range(100):\n    A(i)\nA(-1)\n", "TypeError: __init__() should return None, not 'int'"],
];

describeCPythonParity("calls in place: the same output as CPython 3.11", programs, errors);
