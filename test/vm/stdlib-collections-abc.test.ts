// collections.abc (library module, src/vm/modules/collectionsAbcSource.ts; isinstance rules collectionsAbc.ts) against CPython 3.11.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("collections.abc", {
  "isinstance/issubclass of built-in values and types, structural checks": `import collections.abc
from collections.abc import Iterable, Iterator, Generator, Sized, Container, Callable, Hashable, Collection, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Reversible, KeysView, ItemsView, ValuesView
from collections import abc, deque, OrderedDict, defaultdict, Counter, namedtuple

def gen():
    yield 1
values = [1, 2.5, True, None, "s", b"b", bytearray(b"x"), (1,), [1], {1: 2}, {1}, frozenset([1]), range(3),
          {}.keys(), {}.items(), {}.values(), gen(), len, gen, deque(), OrderedDict(), defaultdict(int), Counter(), namedtuple("P", "x")(1)]
abcs = [Iterable, Iterator, Generator, Sized, Container, Callable, Hashable, Collection, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Reversible, KeysView, ItemsView, ValuesView]
for v in values:
    print(type(v).__name__, "".join("1" if isinstance(v, a) else "." for a in abcs))
for t in [list, dict, tuple, str, set, frozenset, int, bytes, range, type]:
    print(t.__name__, "".join("1" if issubclass(t, a) else "." for a in abcs))
print(collections.abc.Mapping, abc.Sequence is Sequence, isinstance([], (int, Sequence)), isinstance(iter([1]), Iterator), isinstance(iter({}), Iterable), isinstance(map(int, []), Iterator))

class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
class Sz:
    def __len__(self):
        return 0
class Co:
    def __contains__(self, x):
        return True
class Ca:
    def __call__(self):
        pass
class Eq:
    def __eq__(self, o):
        return True
class NoIter(It):
    __iter__ = None
class Coll(Sz, Co):
    def __iter__(self):
        return iter([])
for c in [It, Sz, Co, Ca, Eq, NoIter, Coll, object]:
    print(c.__name__, "".join("1" if issubclass(c, a) else "." for a in abcs), "".join("1" if isinstance(c(), a) else "." for a in abcs))
class ML(list):
    pass
class MD(dict):
    pass
print(isinstance(ML(), MutableSequence), issubclass(MD, Mapping), isinstance(MD(), Sequence))
`,
  "mixin methods of Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Iterator, Generator; register": `from collections.abc import Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Iterable, Sized, KeysView
import collections.abc as cabc

class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return self.n
s = Squares(5)
print(list(s), 9 in s, 10 in s, s.index(9), s.count(4), list(reversed(s)), len(s), isinstance(s, Sequence), isinstance(s, MutableSequence))
try:
    s.index(7)
except ValueError as e:
    print("ValueError", e)

class Incomplete(Sequence):
    def __len__(self):
        return 0
try:
    Incomplete()
except TypeError as e:
    print(e)

class MyList(MutableSequence):
    def __init__(self, data=()):
        self.data = list(data)
    def __getitem__(self, i):
        return self.data[i]
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def __len__(self):
        return len(self.data)
    def insert(self, i, v):
        self.data.insert(i, v)
    def __repr__(self):
        return "MyList(" + repr(self.data) + ")"
m = MyList([3, 1, 2])
m.append(4)
m.extend([5, 6])
m.reverse()
print(m, m.pop(), m.pop(0), m)
m.remove(1)
m += [9]
print(m, len(m), 9 in m)
m.clear()
print(m)

class Env(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
e = Env(a=1, b=2)
print(e.get("a"), e.get("z"), e.get("z", 0), "a" in e, "z" in e, list(e.keys()), list(e.items()), list(e.values()))
print(e == {"a": 1, "b": 2}, e == {"a": 1}, repr(e.keys())[:9], {**e}, isinstance(e.keys(), KeysView), e.keys() & {"a", "q"}, dict(e))
print(isinstance(e, Mapping), isinstance(e, MutableMapping), isinstance(e, Iterable), isinstance(e, Sized))

class Store(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
st = Store()
st.update({"x": 1}, y=2)
st.update([("z", 3)])
print(st.setdefault("x", 9), st.setdefault("w", 0), st.pop("y"), st.pop("nope", "dflt"), sorted(st.items()))
try:
    st.pop("nope")
except KeyError as e:
    print("KeyError", e)
print(st.popitem(), len(st))
st.clear()
print(len(st), dict(st))

class ListSet(Set):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            if x not in self.items:
                self.items.append(x)
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
a = ListSet([1, 2, 3])
b = ListSet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= ListSet([1, 2, 3, 4]), a < a, a == ListSet([3, 2, 1]), a.isdisjoint([7]), a == {1, 2, 3})

class BitSet(MutableSet):
    def __init__(self, it=()):
        self.bits = 0
        for x in it:
            self.add(x)
    def add(self, x):
        self.bits |= 1 << x
    def discard(self, x):
        self.bits &= ~(1 << x)
    def __contains__(self, x):
        return bool(self.bits >> x & 1)
    def __iter__(self):
        return (i for i in range(self.bits.bit_length()) if self.bits >> i & 1)
    def __len__(self):
        return bin(self.bits).count("1")
bs = BitSet([1, 3, 5])
bs |= {7}
bs -= {1}
bs.remove(3)
print(list(bs), len(bs), bs.pop(), list(bs))
try:
    bs.remove(99)
except KeyError as e:
    print("KeyError", e)
cabc.Sequence.register(BitSet)
print(isinstance(bs, Sequence), issubclass(BitSet, cabc.Collection), issubclass(BitSet, cabc.Reversible))
class Plain:
    pass
cabc.MutableMapping.register(Plain)
print(isinstance(Plain(), Mapping), isinstance(Plain(), cabc.Sized), issubclass(Plain, MutableMapping))
print(Sequence[int] is not None, cabc.Iterable.__name__, cabc.Iterable.__module__)
class Countdown(cabc.Iterator):
    def __init__(self, n):
        self.n = n
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(c.__iter__() is c, list(c), isinstance(c, cabc.Iterable))
class Echo(cabc.Generator):
    def send(self, v):
        if v == "stop":
            raise StopIteration
        return v
    def throw(self, typ, val=None, tb=None):
        raise StopIteration
g = Echo()
print(next(g), g.send(5), g.close(), isinstance(g, cabc.Iterator))
try:
    cabc.Iterable()
except TypeError as e:
    print(e)
`,
}, [
  ["from collections.abc import Sequence\nclass S(Sequence):\n    def __len__(self):\n        return 0\nS()", "TypeError: Can't instantiate abstract class S with abstract method __getitem__"],
  ["from collections.abc import MutableMapping\nclass M(MutableMapping):\n    pass\nM()", "TypeError: Can't instantiate abstract class M with abstract methods __delitem__, __getitem__, __iter__, __len__, __setitem__"],
]);
