// Semantics that follow CPython 3.11's rules where they are subtle: the order in
// which binary operators ask the operands' special methods (binary_op1); PEP 479's
// RuntimeError for a StopIteration leaving a generator, coroutine or async generator;
// dict views' isdisjoint and mapping; three-argument pow through __pow__; list.sort
// emptying the list while it sorts; __slots__' member descriptors and conflicts.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "binary operators ask a strict subtype's reflected method first, as CPython's binary_op1",
  {
    "user classes, every operator, interpreted and compiled": `class A:
    def __add__(s, o): return "A.add"
    def __radd__(s, o): return "A.radd"
    def __pow__(s, o, m=None): return "A.pow"
    def __rpow__(s, o): return "A.rpow"
    def __matmul__(s, o): return "A.matmul"
    def __rmatmul__(s, o): return "A.rmatmul"
    def __lshift__(s, o): return "A.lshift"
    def __rlshift__(s, o): return "A.rlshift"
    def __and__(s, o): return "A.and"
    def __sub__(s, o): return "A.sub"
    def __mod__(s, o): return "A.mod"
class B(A):
    def __radd__(s, o): return "B.radd"
    def __rpow__(s, o): return "B.rpow"
    def __rmatmul__(s, o): return "B.rmatmul"
    def __rlshift__(s, o): return "B.rlshift"
    def __rand__(s, o): return "B.rand"
    def __rsub__(s, o): return NotImplemented
    def __rmod__(s, o): return "B.rmod"
class C(A):
    pass
print(A() + B(), B() + A(), A() + C(), A() ** B(), A() @ B(), A() << B(), A() & B(), A() - B(), A() % B())
a = A(); a += B(); print(a)
a = A(); a **= B(); print(a)
def loop(n):
    r = None
    for i in range(n):
        r = (A() + B(), A() ** B(), A() @ B(), A() - B())
    return r
print(loop(300))
class Same:
    def __add__(s, o): return NotImplemented
    def __radd__(s, o): return "never for the same type"
try:
    Same() + Same()
except TypeError as e:
    print(e)
`,
    "subclasses of built-in types": `class MyInt(int):
    def __radd__(self, o): return "MyInt.radd"
    def __rmul__(self, o): return "MyInt.rmul"
    def __rpow__(self, o): return "MyInt.rpow"
    def __rxor__(self, o): return "MyInt.rxor"
print(1 + MyInt(2), 3 * MyInt(2), 2 ** MyInt(2), 1 ^ MyInt(2), MyInt(2) + 1, 1 - MyInt(2))
print(True + MyInt(1), 1.5 + MyInt(2), 2 ** 100 + MyInt(1))
class MyInt2(MyInt):
    def __radd__(self, o): return "MyInt2.radd"
print(MyInt(1) + MyInt2(2), MyInt2(1) + MyInt(2))
class MyList(list):
    def __radd__(self, o): return "MyList.radd"
    def __rmul__(self, o): return "MyList.rmul"
print([1] + MyList([2]), 2 * MyList([1]))
class MyStr(str):
    def __radd__(self, o): return "MyStr.radd"
    def __rmod__(self, o): return "MyStr.rmod"
print("a" + MyStr("b"), "%s" % MyStr("b"))
class MyF(float):
    def __rtruediv__(self, o): return "MyF.rtruediv"
    def __rfloordiv__(self, o): return "MyF.rfloordiv"
print(1.0 / MyF(2), 1 // MyF(2), 1 / MyF(2))
class D(dict):
    def __ror__(self, o): return "D.ror"
class S(set):
    def __rsub__(self, o): return "S.rsub"
print({} | D(), set() - S())
def loop(n):
    r = None
    for i in range(n):
        r = (1 + MyInt(2), MyInt(1) + MyInt2(2), 1.0 / MyF(2), i + MyInt(0))
    return r
print(loop(300))
`,
  },
  [
    ["class A:\n    def __add__(s, o): return NotImplemented\nclass B(A):\n    def __radd__(s, o): return NotImplemented\nA() + B()\n", "TypeError: unsupported operand type(s) for +: 'A' and 'B'"],
  ],
);

describeCPythonParity(
  "a StopIteration leaving a generator-like body is RuntimeError (PEP 479)",
  {
    "generators, coroutines and async generators; cause and context": `def g():
    yield 1
    raise StopIteration(5)
try:
    list(g())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)
def g2():
    yield 1
    next(iter([]))
it = g2(); next(it)
try:
    next(it)
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__))
def g3():
    try:
        yield 1
        raise StopIteration
    except StopIteration:
        yield "caught"
print(list(g3()))
class MySI(StopIteration): pass
def g4():
    raise MySI("x")
    yield
try:
    for x in g4(): pass
except RuntimeError as e:
    print(e, repr(e.__cause__))
def g5():
    return 3
    yield
try:
    next(g5())
except StopIteration as e:
    print("SI", e.value)
print([x for x in (y for y in [1, 2])])
def g6():
    yield from g()
try:
    list(g6())
except RuntimeError as e:
    print("g6", e, repr(e.__cause__))
def loop():
    n = 0
    for i in range(300):
        try:
            list(g())
        except RuntimeError as e:
            n += 1
    return n
print(loop())
import asyncio
async def co():
    raise StopIteration("c")
try:
    co().send(None)
except RuntimeError as e:
    print(e, repr(e.__cause__))
async def ag():
    yield 1
    raise StopIteration("a")
async def ag2():
    yield 1
    raise StopAsyncIteration("b")
async def main():
    for f in (ag, ag2):
        try:
            async for x in f():
                print("got", x)
        except RuntimeError as e:
            print(e, repr(e.__cause__))
asyncio.run(main())
g7 = (x for x in [1])
def bad():
    raise StopIteration
g8 = (bad() for x in [1])
try:
    list(g8)
except RuntimeError as e:
    print("genexp", e)
g9 = g()
next(g9)
try:
    g9.throw(StopIteration)
except RuntimeError as e:
    print("throw", e)
def g10():
    yield 1
g10i = g10(); next(g10i)
try:
    g10i.throw(StopIteration("t"))
except RuntimeError as e:
    print("throw10", e, repr(e.__cause__))
`,
  },
  [
    ["def g():\n    yield 1\n    next(iter(()))\nit = g()\nnext(it)\nnext(it)\n", "RuntimeError: generator raised StopIteration"],
    ["def g():\n    yield 1\n    raise StopIteration(5)\nfor x in g(): pass\n", "RuntimeError: generator raised StopIteration"],
    ["async def ag():\n    yield 1\n    raise StopAsyncIteration\nasync def main():\n    async for x in ag(): pass\nimport asyncio\nasyncio.run(main())\n", "RuntimeError: async generator raised StopAsyncIteration"],
  ],
);

describeCPythonParity(
  "dict views: isdisjoint (keys and items views) and mapping, a read-only proxy of the dict",
  {
    "isdisjoint and mapping": `d = {1: 'a', 2: 'b'}
k, v, it = d.keys(), d.values(), d.items()
print(k.isdisjoint([3, 4]), k.isdisjoint({2}), k.isdisjoint(x for x in [5, 1]), k.isdisjoint({}.keys()))
print(it.isdisjoint([(1, 'a')]), it.isdisjoint([(1, 'b')]), it.isdisjoint([[1]] if False else []))
print(k.mapping, v.mapping, it.mapping, type(k.mapping).__name__)
print(k.mapping is d, k.mapping == d)
m = k.mapping
try:
    m[5] = 1
except TypeError as e:
    print(e)
print(hasattr(v, 'isdisjoint'))
try:
    k.isdisjoint(5)
except TypeError as e:
    print(e)
try:
    it.isdisjoint([[1, 2]])
except TypeError as e:
    print(e)
print(it.isdisjoint([[1, 2]]) if False else '')
`,
    "mappingproxy of a dict and of a class namespace": `class C:
    x = 1
p = C.__dict__
print(p['x'], 'x' in p, 1 in p, len(p) > 0, p == dict(C.__dict__), p.get('x'), p.get(1, 'no'))
print(str(p).startswith("{"), repr(p).startswith("mappingproxy({"))
d = {'a': 1}
m = d.keys().mapping
d['b'] = 2
print(m, repr(m), len(m), list(m), m['b'], m.get('z'), 'a' in m, m.keys(), m.items(), m.copy(), m == {'a': 1, 'b': 2})
try:
    m['c'] = 3
except TypeError as e:
    print(e)
try:
    m['zz']
except KeyError as e:
    print(repr(e))
`,
  },
  [
    ["{}.values().isdisjoint([])\n", "AttributeError: 'dict_values' object has no attribute 'isdisjoint'"],
    ["{1: 2}.keys().isdisjoint([[1]])\n", "TypeError: unhashable type: 'list'"],
    ["{1: 2}.keys().isdisjoint()\n", "TypeError: dict_keys.isdisjoint() takes exactly one argument (0 given)"],
  ],
);

describeCPythonParity(
  "pow with a modulus: a class's __pow__(self, other, mod), the built-in types' __pow__ and __rpow__",
  {
    "pow(x, y, m) and x.__pow__(y, m)": `print((2).__pow__(5, 3), (2).__rpow__(5, 3), int.__pow__(2, 10, 1000), (2).__pow__(5, None))
print((2.0).__pow__(2), (2).__pow__(2.0, None))
try:
    (2.0).__pow__(2, 3)
except TypeError as e:
    print(e)
print((2).__pow__(2.0, 3))
class M:
    def __pow__(self, other, mod=None): return ("pow", other, mod)
    def __rpow__(self, other, mod=None): return ("rpow", other, mod)
print(pow(M(), 2, 5), pow(M(), 2), M() ** 3, 2 ** M(), pow(2, M()))
try:
    print(pow(2, M(), 5))
except TypeError as e:
    print(e)
class N:
    def __pow__(self, other): return "two-arg"
try:
    pow(N(), 2, 3)
except TypeError as e:
    print(e)
class MyInt(int): pass
print(pow(MyInt(3), 2, 5), MyInt(3).__pow__(2, 5))
print(pow(2, 5, 3), pow(2, -1, 7), pow(2**70, 3, 10**9+7))
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print(e)
try:
    pow("a", 2, 3)
except TypeError as e:
    print(e)
`,
    "errors and edge cases": `class M:
    def __pow__(self, other, mod=None): return NotImplemented
class R:
    def __rpow__(self, other, mod=None): return "R.rpow"
for f in [lambda: pow(2, 3, 0), lambda: pow(2, -1, 4), lambda: pow(True, 2, 3), lambda: pow(2, 2.0, 3), lambda: pow(2, 2, 3.0),
          lambda: pow(M(), 2, 5), lambda: pow(2, R(), 5), lambda: pow(2, R()), lambda: (2).__pow__(), lambda: (2).__pow__(1, 2, 3),
          lambda: (2).__rpow__(), lambda: pow(base=2, exp=3, mod=5), lambda: pow(2, 3, None), lambda: (3).__pow__(2, None),
          lambda: pow(2**100, 2**100, 2**61 - 1), lambda: (2**100).__pow__(3, 7), lambda: (5).__rpow__(2.0, 3), lambda: pow(1j, 2, 3) if False else 0,
          lambda: M() ** 2]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
`,
  },
  [
    ["class M:\n    def __pow__(self, o): return 1\npow(M(), 2, 3)\n", "TypeError: M.__pow__() takes 2 positional arguments but 3 were given"],
    ["pow(2.0, 2, 3)\n", "TypeError: pow() 3rd argument not allowed unless all arguments are integers"],
  ],
);

describeCPythonParity(
  "list.sort empties the list while it sorts and finds a change to it",
  {
    "key functions and comparisons that look at or change the list": `xs = [3, 1, 2]
seen = []
xs.sort(key=lambda v: (seen.append(len(xs)), v)[1])
print(xs, seen)
xs = [3, 1, 2]
def k(v):
    xs.append(9)
    return v
try:
    xs.sort(key=k)
except ValueError as e:
    print(e, xs)
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        ys.append(C(0))
        return self.v < o.v
    def __repr__(self): return "C(%d)" % self.v
ys = [C(2), C(1), C(3)]
try:
    ys.sort()
except ValueError as e:
    print(e, ys)
class D:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        zs.clear()
        return self.v < o.v
    def __repr__(self): return "D(%d)" % self.v
zs = [D(2), D(1)]
try:
    zs.sort()
    print("no error", zs)
except ValueError as e:
    print(e, zs)
ws = [3, 1, 2]
def k2(v):
    print(ws, len(ws))
    return v
ws.sort(key=k2)
print(ws)
ws = [3, 1, 2]
print(sorted(ws, key=lambda v: len(ws)))
es = [3, 1]
def bad(v):
    es.append(1)
    raise KeyError("x")
try:
    es.sort(key=bad)
except KeyError as e:
    print("key", e, es)
class E:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 5: raise RuntimeError("boom")
        return self.v < o.v
    def __repr__(self): return "E(%d)" % self.v
fs = [E(1), E(5), E(3)]
try:
    fs.sort()
except RuntimeError as e:
    print(e, len(fs))
def loop():
    n = 0
    for i in range(300):
        ts = [3, 1, 2]
        ts.sort(key=lambda v: len(ts) + v)
        n += ts[0]
    return n
print(loop())
`,
  },
  [
    ["xs = [2, 1]\nxs.sort(key=lambda v: xs.append(v) or v)\n", "ValueError: list modified during sort"],
  ],
);

describeCPythonParity(
  "__slots__: member descriptors on the class, conflicts with class variables, a subclass's __dict__",
  {
    "slotted classes and their subclasses": `class C:
    __slots__ = ('x',)
c = C()
c.x = 1
print(c.x)
try:
    c.y = 2
except AttributeError as e:
    print("1", e)
print(type(C.x).__name__, C.x)
try:
    C().x
except AttributeError as e:
    print("2", e)
print(hasattr(c, '__dict__'))
class D(C):
    pass
d = D()
d.x = 5
d.y = 6
print(d.x, d.y, d.__dict__)
class E(C):
    __slots__ = ('z',)
e = E()
e.x = 1; e.z = 2
print(e.x, e.z)
try:
    e.w = 3
except AttributeError as e2:
    print("3", e2)
try:
    class F:
        __slots__ = ('x',)
        x = 5
except ValueError as e3:
    print("4", e3)
class G:
    __slots__ = 'a'
g = G(); g.a = 1; print(g.a, G.__slots__)
del g.a
try:
    del g.a
except AttributeError as e4:
    print("5", e4)
try:
    g.a
except AttributeError as e5:
    print("6", e5)
class H:
    __slots__ = ('p', '__dict__')
h = H(); h.p = 1; h.q = 2; print(h.p, h.q, h.__dict__)
print(C.x.__get__(c), C.x.__name__)
C.x.__set__(c, 9); print(c.x)
class I:
    __slots__ = ()
try:
    I().a = 1
except AttributeError as e6:
    print("7", e6)
`,
    "the slots' values stay out of a subclass's __dict__": `class C:
    __slots__ = ('x', 'y')
class D(C):
    pass
d = D()
d.x = 1
d.z = 2
print(vars(d), d.x)
d.__dict__['x'] = 7
print(d.x, vars(d))
d.y = 3
print(sorted(vars(d)), d.y)
del d.y
print(hasattr(d, 'y'))
d.__dict__ = {'w': 1}
print(d.x, d.w, hasattr(d, 'z'), vars(d))
print(C.x is C.x, C.x.__objclass__ is C, C.y.__qualname__, D.x)
try:
    C.x.__get__(5)
except TypeError as e:
    print(e)
print(C.x.__get__(None, C) is C.x)
import copy
e = copy.copy(d)
print(e.x, e.w)
class P:
    __slots__ = ['a']
    def __init__(self): self.a = 1
class Q(P):
    def __init__(self):
        super().__init__()
        self.b = 2
q = Q()
print(q.__dict__, q.a, sorted(k for k in dir(q) if not k.startswith('__')))
try:
    class F:
        __slots__ = 'x'
        def x(self): pass
except ValueError as e:
    print(e)
`,
  },
  [
    ["class F:\n    __slots__ = ('x',)\n    x = 5\n", "ValueError: 'x' in __slots__ conflicts with class variable"],
    ["class C:\n    __slots__ = ('x',)\nC().y = 1\n", "AttributeError: 'C' object has no attribute 'y'"],
  ],
);
