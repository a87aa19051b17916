// Subclasses of the built-in types (issue 9, vm/builtinSubclass.ts): the instance is a
// value of its base type for the builtins, operators, indexing, iteration and
// printing, with its own attributes and overriding methods. Outputs must equal
// CPython 3.11's (skipped without it); the error lines are pinned.
import { describe, expect, it } from "vitest";
import { output } from "../helpers/runSource.js";
import { describeCPythonParity } from "../helpers/cpythonParity.js";

const programs: Record<string, string> = {
  "list subclass: methods, operators, slices, attributes": `
class L(list):
    def total(self):
        return sum(self)
l = L([3, 1, 2])
l.append(5)
print(l, len(l), l.total(), isinstance(l, list), type(l).__name__)
l.sort()
print(l, l[0], l[1:3], l[-1], 3 in l, [x * 2 for x in l])
print(l + [9], [0] + l, l * 2, 2 * l, l == [1, 2, 3, 5], [1, 2, 3, 5] == l, bool(L()), l < [9])
l.color = "red"
print(l.color, repr(l), str(l), f"{l}", "%s" % l)
l += [7]
l[0] = 10
del l[1]
print(l, type(l).__name__, sorted(l), max(l), list(reversed(l)), l.index(7), list.__len__(l))
a, *rest = l
print(a, rest)
`,
  "overriding __getitem__/__repr__, super() and list.__init__": `
class Stack(list):
    def push(self, x):
        self.append(x)
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
    def __repr__(self):
        return "Stack(" + list.__repr__(self) + ")"
s = Stack()
s.push(1); s.push(2)
print(s, s[1], len(s), list(s), sorted(s, reverse=True), [s])
class Pair(list):
    def __init__(self, a, b):
        list.__init__(self, [a, b])
        self.label = "p"
    def append(self, x):
        super().append(x * 100)
p = Pair(1, 2)
p.append(3)
print(p, p.label, list.append(p, 4) or p)
class Words(list):
    def __init__(self, text):
        super().__init__(text.split())
print(Words("a b c"), len(Words("x y")))
class NoInit(list):
    def __init__(self, xs):
        self.xs = xs
print(NoInit([1, 2]), NoInit([1]).xs)
`,
  "dict subclass: __missing__, __getitem__ override, update, views": `
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
d["b"] = 2
print(d, d["a"], d["zz"], "a" in d, len(d), list(d.items()), isinstance(d, dict), d.get("zz"))
class Auto(dict):
    def __init__(self, default):
        super().__init__()
        self.default = default
    def __getitem__(self, k):
        if k not in self:
            self[k] = self.default()
        return super().__getitem__(k)
dd = Auto(list)
dd["x"].append(1)
dd["x"].append(2)
print(dd, dd.default, dict(dd), {**dd}, sorted(dd), D({1: 2}) == {1: 2})
class Counter2(dict):
    def __missing__(self, k):
        return 0
c = Counter2()
for ch in "hello":
    c[ch] += 1
print(c, c["z"], "z" in c)
for k, v in c.items():
    print(k, v, end=" ")
print()
`,
  "str, int, float subclasses": `
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hi")
print(s, repr(s), s.shout(), s + "x", "x" + s, len(s), s == "hi", hash(s) == hash("hi"), s[0], isinstance(s, str))
print({s: 1}["hi"], {"hi": 2}[s], f"{s:>5}|", "%s" % s, s * 2, type(s.upper()).__name__, str(s), s.split("i"))
class N(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def double(self):
        return self * 2
n = N(5)
print(n, n + 1, 1 + n, n.double(), -n, abs(N(-3)), n == 10, isinstance(n, int), type(n).__name__, type(n + 1).__name__)
print(range(n)[-1], [0] * n == [0] * 10, int(n), float(n), f"{n:04d}", hex(n), n < 11, divmod(n, 3), n ** 2, n & 3, ~n)
print([10, 20, 30][N(0)], "abc"[N(1)], n // 3, n % 3, n / 4, round(n), bool(N(0)))
class Hex(int):
    def __repr__(self):
        return hex(self)
print(Hex(255), [Hex(16)], str(Hex(1)), Hex(2) + Hex(3))
class F(float):
    def half(self):
        return self / 2
print(F(1.5) * 2, F("2.5"), isinstance(F(1), float), repr(F(1.0)), F(3.0).half(), F(2.5).is_integer())
`,
  "tuple, set, frozenset, bytes subclasses": `
class T(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
    @property
    def x(self):
        return self[0]
t = T(1, 2)
print(t, t.x, t == (1, 2), hash(t) == hash((1, 2)), len(t), t[1], isinstance(t, tuple), t[::-1])
a, b = t
print(a, b, t + (3,), t.count(1), t.index(2), {t: "k"}[(1, 2)])
class ST(set):
    pass
st = ST([1, 2, 2])
st.add(3)
print(st, len(st), st | {9}, {9} | st, st & {1}, st - {1}, 2 in st, isinstance(st, set), ST())
st |= {4}
print(st, type(st).__name__)
class FS(frozenset):
    pass
print(FS([2]), FS(), {FS([1]): 1})
class B(bytes):
    pass
print(B(b"ab"), len(B(b"ab")), B(b"ab")[0], B(b"ab").decode(), B(b"x") + b"y")
print(issubclass(L, list) if False else issubclass(T, tuple), issubclass(T, list), T.__mro__, T.__bases__)
`,
  "hashing and equality rules": `
class L(list):
    def __eq__(self, o):
        return NotImplemented
print(L([1]) == [1], [1] == L([1]))
try:
    hash(L())
except TypeError as e:
    print(e)
class I(int):
    def __eq__(self, o):
        return True
try:
    print(hash(I(3)))
except TypeError as e:
    print(e)
class K(str):
    pass
d = {K("a"): 1, "b": 2}
print(d["a"], d[K("b")], K("a") in {"a"}, sorted([K("b"), K("a")]))
`,
  "collections: namedtuple is a tuple, defaultdict/Counter/OrderedDict are dicts": `
from collections import namedtuple, defaultdict, Counter, OrderedDict
P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x, p[1], isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)), len(p), p._asdict(), p._replace(x=5), P._make([3, 4]))
a, b = p
print(a, b, p + (3,), list(p), p[:1], P._fields, type(p).__name__, tuple(p), sorted([P(2, 1), P(1, 9)]))
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError")
d = defaultdict(list)
d['a'].append(1)
print(d, isinstance(d, dict), dict(d), d['b'], len(d), d.default_factory)
c = Counter("abracadabra")
print(c, c['a'], c['z'], c.most_common(2), isinstance(c, dict), c == Counter("aabracadabr"), c + Counter("a"), Counter(a=1) == {'a': 1})
o = OrderedDict([('a', 1), ('b', 2)])
o.move_to_end('a')
print(o, isinstance(o, dict), o == {'a': 1, 'b': 2}, list(o), o.popitem(last=False))
`,
  "immutable types inherit object.__init__: a later base's __init__ runs": `
class Base1:
    def __init__(self, *args):
        print("Base1.__init__", args)
class C1(Base1, tuple):
    pass
class C2(tuple, Base1):
    pass
print(len(C1()), len(C1([1, 2, 3])), len(C2()), len(C2([1, 2, 3])), C1([1]) == C2([1]))
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __init__(self, a, b):
        self.sum = a + b
t = T(1, 2)
print(t, t.sum, len(t), tuple.__init__ is object.__init__, str.__init__ is object.__init__)
class S(str):
    def __init__(self, v):
        super().__init__()
        self.extra = v * 2
print(S("x"), S("x").extra)
`,
  "bytearray subclasses take their value and name it in their repr": `
class B(bytearray):
    pass
b = B(b"ab")
print(b, len(b), B(3), B("h", "ascii"), b + b"c", isinstance(b, bytearray))
b.append(100)
print(b, b == bytearray(b"abd"))
`,
};

const errors: [string, string][] = [
  ["class T(tuple):\n    def __init__(self, a):\n        super().__init__(a)\nT([1])\n", "TypeError: object.__init__() takes exactly one argument (the instance to initialize)"],
  ["class B(bool):\n    pass\n", "TypeError: type 'bool' is not an acceptable base type"],
  ["class X(list, dict):\n    pass\n", "TypeError: multiple bases have instance lay-out conflict"],
  ["class L(list):\n    pass\nhash(L())\n", "TypeError: unhashable type: 'L'"],
  ["class L(list):\n    pass\nL() - 1\n", "TypeError: unsupported operand type(s) for -: 'L' and 'int'"],
  ["class N(int):\n    pass\nN(1) + 'a'\n", "TypeError: unsupported operand type(s) for +: 'N' and 'str'"],
  ["class D(dict):\n    pass\nD()['k']\n", "KeyError: 'k'"],
  ["int.__new__(list)\n", "TypeError: int.__new__(list): list is not a subtype of int"],
  ["class L(list):\n    pass\nL(1, 2)\n", "TypeError: list expected at most 1 argument, got 2"],
];

describeCPythonParity("subclasses of built-in types: the same output as CPython 3.11", programs, errors);

describe("subclasses of built-in types in the core's memory", () => {
  it("charge the instance and its value; the collector keeps the value alive", () => {
    const src = [
      "import memory",
      "class L(list):",
      "    pass",
      "memory.gc()",
      "before = memory.used()",
      "xs = L(range(100))",
      "memory.gc()",
      "print(memory.used() - before >= 16 + 400)",
      "xs.append(1)",
      "print(len(xs), xs[99], sum(xs))",
    ].join("\n") + "\n";
    expect(output(src)).toBe("True\n101 99 4951\n");
  });
});
