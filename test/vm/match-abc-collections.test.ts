// `match` on collections that are not list/tuple/dict (vm/patterns.ts, CPython's
// Py_TPFLAGS_SEQUENCE/MAPPING as modules/collectionsAbc.ts collectionKind gives them):
// classes deriving from or registered with collections.abc.Sequence/Mapping, UserDict,
// UserList, deque, memoryview, array; a mapping read through its own `get`.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "match with collections.abc sequences and mappings against CPython",
  {
    "Sequence and Mapping subclasses, registered classes, library collections": `from collections.abc import Mapping, Sequence, MutableSequence
from collections import UserDict, UserList, OrderedDict, defaultdict, deque

class MyMap(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)

class MySeq(Sequence):
    def __init__(self, *items): self._items = items
    def __getitem__(self, i): return self._items[i]
    def __len__(self): return len(self._items)

class Plain:
    def __getitem__(self, i): return i
    def __len__(self): return 2

class Reg:
    def __init__(self, d): self.d = d
    def get(self, k, default=None): return self.d.get(k, default)
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def keys(self): return self.d.keys()
Mapping.register(Reg)

class RegSeq:
    def __getitem__(self, i): return [10, 20, 30][i]
    def __len__(self): return 3
Sequence.register(RegSeq)

def kind(x):
    match x:
        case {"a": v, **rest}:
            return f"mapping a={v} rest={rest}"
        case [first, *others]:
            return f"sequence first={first} others={others}"
        case str():
            return "str"
        case _:
            return "other"

for v in (MyMap({"a": 1, "b": 2}), MySeq(1, 2, 3), Plain(), Reg({"a": 5}), RegSeq(),
          UserDict({"a": 3}), UserList([4, 5]), OrderedDict(a=9), defaultdict(int, a=1), deque([7, 8]),
          "abc", b"ab", bytearray(b"x"), range(3), memoryview(b"ab"), (1,), [2, 3], {"a": 0}):
    print(type(v).__name__, kind(v))

class Sub(dict): pass
class SubL(list): pass
print(kind(Sub(a=1)), kind(SubL([1])))
match MySeq(1, 2):
    case [a, b]:
        print("two", a, b)
match MyMap({"x": 1}):
    case {"x": 1}:
        print("x one")
`,
    "get calls, **rest of a Mapping, registration order, len() errors": `from collections.abc import Mapping, Sequence, MutableMapping
class M(Mapping):
    def __init__(self, d): self.d = d; self.calls = []
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def get(self, k, default=None):
        self.calls.append(k)
        return self.d.get(k, default)
m = M({"a": 1, "b": 2, "c": 3})
match m:
    case {"a": 1, "z": _}:
        print("no")
    case {"b": b, **rest}:
        print("b", b, rest, type(rest).__name__)
print(m.calls)
class D(dict):
    def get(self, k, default=None):
        print("D.get", k)
        return super().get(k, default)
match D(x=1):
    case {"x": v}:
        print("x", v)
class Both(dict, Sequence): pass
match Both(a=1):
    case {"a": 1}: print("both mapping")
    case _: print("both not")
class SeqFirst(Sequence):
    def __getitem__(self, i): return (1, 2)[i]
    def __len__(self): return 2
Mapping.register(SeqFirst)
match SeqFirst():
    case {}: print("mapping")
    case [x, y]: print("sequence", x, y)
class Later: pass
class LaterSub(Later): pass
Sequence.register(Later)
class LaterSub2(Later):
    def __len__(self): return 0
    def __iter__(self): return iter(())
match LaterSub2():
    case []: print("empty seq")
    case _: print("not seq")
class LenRaises(Sequence):
    def __getitem__(self, i): raise IndexError
    def __len__(self): raise ValueError("no len")
try:
    match LenRaises():
        case [a]: pass
except ValueError as e:
    print("ValueError", e)
match {}:
    case {}: print("empty dict")
class MM(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MM(); mm["q"] = 5
match mm:
    case {"q": q, **others}: print("MM", q, others)
`,
  },
  [
    [`from collections.abc import Sequence
class S(Sequence):
    def __getitem__(self, i): return i
    def __len__(self): return "x"
match S():
    case [a]: pass`, "TypeError: 'str' object cannot be interpreted as an integer"],
  ],
);
