// The protocols CPython calls instead of refusing a value, compared with CPython 3.11:
// the number protocol of user classes (__int__, __float__, __index__, __complex__),
// the sequence and mapping protocols builtins fall back to (reversed over
// __len__/__getitem__, a StopIteration subclass ending iteration, `**m` and `%(k)s`
// of a user mapping), and the special methods of built-in values called by name.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

const programs: Record<string, string> = {
  "__int__, __index__ and __trunc__ in int()": `
class A:
    def __int__(self): return 42
class B:
    def __index__(self): return 7
class C:
    def __trunc__(self): return -3
print(int(A()), int(B()), int(C()), int(b'12'), int(bytearray(b' -5 ')))
`,
  "__index__ wherever an index is taken": `
class I:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
xs = list(range(10))
print(xs[I(3)], xs[I(-1)], 'hello'[I(1)], (1, 2, 3)[I(2)], hex(I(255)), bin(I(5)), oct(I(8)))
print(range(I(4)), list(range(I(1), I(7), I(2))), [0] * 0 + [1] * 2, chr(I(65)))
import operator
print(operator.index(I(9)))
`,
  "__float__ and __index__ where a real number is taken": `
import math
class F:
    def __float__(self): return 2.25
class G:
    def __index__(self): return 4
print(float(F()), float(G()), math.sqrt(F()), math.sqrt(G()), math.floor(F()), '%.2f' % F())
print(float(b'1.5'), float(bytearray(b' 2e3 ')))
`,
  "__complex__ and the big ints in complex arithmetic": `
class Z:
    def __complex__(self): return 1 + 2j
class R:
    def __float__(self): return 0.5
print(complex(Z()), complex(R()), complex(1, 2) + 10**30, 10**30 * 1j, 2**70 - 1j)
`,
  "reversed() over __len__ and __getitem__": `
class Seq:
    def __len__(self): return 4
    def __getitem__(self, i): return i * i
print(list(reversed(Seq())), next(reversed(Seq())))
`,
  "a StopIteration subclass ends iteration": `
class Done(StopIteration): pass
class Count:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise Done
        return self.n
print(list(Count()), sum(Count()), [x for x in Count()], next(Count()), next(iter([]), 'dflt'))
for x in Count(): print(x, end=' ')
print()
`,
  "ord() of a bytes of length 1, enumerate(iterable=)": `
print(ord(b'a'), ord(bytearray(b'z')), list(enumerate(iterable='ab', start=5)))
`,
  "special methods of built-in values called by name": `
print({1:2}.__getitem__(1), {1,2}.__contains__(1), [1].__len__(), "ab".__add__("c"))
d = {}
d.__setitem__(1, 2); print(d); d.__delitem__(1); print(d)
print((1).__add__(2), (1).__add__("x"), (1).__radd__(2.5), (5).__rsub__(1), 2.0.__mul__(3), (1).__lt__(2.5))
print(int.__add__(1, 2), list.__getitem__([5, 6], 1), str.__len__("abc"), dict.__contains__({1: 1}, 1))
print([1, 2].__iter__().__next__(), (3).__index__(), (-3).__abs__(), "x".__mul__(3), [1].__eq__([1]), (1).__lt__("a"))
print(hasattr(1, '__getitem__'), hasattr((), '__setitem__'), hasattr({}, '__or__'), hasattr(set(), '__getitem__'))
print(sorted([3, 1, 2], key=int.__neg__), list(map(str.__len__, ["a", "bb"])))
print((1).__hash__(), "ab".__repr__(), 1.5.__str__(), (7).__format__("03d"))
`,
  "%(key)s formatting from a mapping": `
print("%(a)s and %(b)5.2f %%" % {"a": 1, "b": 2.5}, "%(x)r" % {"x": None}, b"%(k)s" % {b"k": b"v"})
class Upper:
    def __getitem__(self, k): return k.upper()
print("%(hello)s %(w(x))s" % Upper(), "%s" % {"a": 1})
`,
  "a negative number to a fractional power is complex": `
print((-1) ** 0.5, (-8) ** (1 / 3), pow(-2.0, 0.5), (-2) ** 2, 2 ** -1)
x = -4.0
x **= 0.5
print(x)
`,
  "big ints to and from bytes": `
print((2**70).to_bytes(10, "big"), int.from_bytes(b"\\x01" * 10, "little"), (-2**65).to_bytes(9, "little", signed=True))
print(int.from_bytes(b"\\xff" * 9, "big", signed=True), int.from_bytes(b"\\x80" + bytes(8), "big"))
`,
  "** of a user mapping (keys() and __getitem__)": `
def foo(**kw):
    print(sorted(kw.items()))
class Mapping:
    def keys(self): return ['a', 'b']
    def __getitem__(self, key): return key * 2
foo(**Mapping())
foo(x=1, **Mapping())
print(int(b"12", 10), int(b"ff", 16))
`,
  "yield from a user iterator: its send, throw and close": `
class Incrementer:
    def __iter__(self): return self
    def __next__(self): return self.send(None)
    def send(self, val):
        if val is None: return "started"
        if val > 100: raise StopIteration("done at %d" % val)
        return val + 1
    def throw(self, exc):
        print("throw", repr(exc))
        return -1
    def close(self): print("closed")
def gen():
    r = yield from Incrementer()
    print("result", r)
    yield "after"
g = gen()
print(next(g), g.send(5), g.send(7), g.throw(ValueError("x")), g.send(500))
g = gen(); next(g); g.close()
def stopped():
    return 1
    yield
f = stopped()
def run():
    print((yield from f))
    print((yield from f))
for _ in run(): pass
`,
  "== and != call __eq__/__ne__ and give their results as they are": `
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq called")
        return isinstance(o, A) and self.v == o.v
class B(A):
    def __ne__(self, o): return "custom"
a = A(1)
print(a == a, a != a, A(1) != A(2), A(1) != 3, B(1) != B(1), [a] == [a], [A(1)] != [A(1)], object() != object())
if a == a: print("branch")
if a != A(2): print("branch ne")
import operator
print(operator.ne(B(1), 2), operator.eq(a, a), (1).__ne__(2))
`,
  "property without a getter, staticmethod objects called directly": `
class C:
    x = property(None, lambda s, v: print("set", v))
    y = property()
    @staticmethod
    def f(a): return a + 1
    g = f
c = C(); c.x = 1
for attempt in (lambda: c.x, lambda: setattr(c, "y", 2), lambda: c.y):
    try:
        attempt()
    except AttributeError as e:
        print(e)
print(staticmethod(len)([1, 2]), C.f(1), C.g(2), callable(staticmethod(len)))
`,
  "dir() and vars() without arguments, __class__ of built-in values": `
import math
x = 1
def f(a, b=2):
    c = 3
    print(dir(), sorted(vars()))
f(1)
print('x' in dir(), 'f' in dir(), 'math' in dir(), '__name__' in dir())
print("s".__class__, (1).__class__.__name__, [].__class__ is list, None.__class__)
`,
  "binary special methods of built-in values refuse as CPython's slots do": `
print((1).__add__(2.5), (1).__mul__("ab"), (1).__lt__(2.5), (1.5).__lt__(2), (1).__add__(True))
print((1.5).__add__("x"), (2.5).__radd__(1), (3).__rsub__(10), {1}.__sub__([1]), [1].__lt__(1))
class I(int): pass
class F(float): pass
class L(list): pass
print(I(3) + 2.5, 2.5 + I(3), I(3) < 2.5, F(1.5) * 2, I(2) ** 0.5, L([1]) < L([2]), 3 * L([1]))
for attempt in (lambda: [1].__add__(5), lambda: L([1]) + 5, lambda: (1,) + [2], lambda: "a" * "b",
                lambda: None * [1], lambda: [1] * [2], lambda: "a%d".__mod__("x"), lambda: I(1) < "a"):
    try:
        attempt()
    except TypeError as e:
        print(e)
`,
};

const errors: [string, string][] = [
  ["class A:\n    def __int__(self): return 'x'\nint(A())", "TypeError: __int__ returned non-int (type str)"],
  ["class A:\n    def __index__(self): return 1.5\n[1][A()]", "TypeError: __index__ returned non-int (type float)"],
  ["class A:\n    def __float__(self): return 1\nfloat(A())", "TypeError: A.__float__ returned non-float (type int)"],
  ["class A:\n    def __complex__(self): return 1\ncomplex(A())", "TypeError: __complex__ returned non-complex (type int)"],
  ["'%(c)s' % {'a': 1}", "KeyError: 'c'"],
  ["'%(c)s' % (1,)", "TypeError: format requires a mapping"],
  ["(1).__add__(1, 2)", "TypeError: expected 1 argument, got 2"],
  ["(2**70).to_bytes(8, 'big')", "OverflowError: int too big to convert"],
  ["def f(**k): pass\nf(**[1])", "TypeError: __main__.f() argument after ** must be a mapping, not list"],
  ["class M:\n    def keys(self): return ['a']\n    def __getitem__(self, k): return 1\ndef f(**k): pass\nf(a=1, **M())", "TypeError: __main__.f() got multiple values for keyword argument 'a'"],
  ["ord(b'ab')", "TypeError: ord() expected a character, but string of length 2 found"],
  ["class A: pass\nint(A())", "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'A'"],
];

describeCPythonParity("protocols of user classes and built-in values", programs, errors);
