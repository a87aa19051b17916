// Arguments accepted by protocol, as CPython accepts them: a str subclass's instance
// where a str is expected (args.ts asStr), any iterable where one is iterated, any
// sequence (__len__/__getitem__) where random and bisect index one, a list subclass
// for heapq, int subclasses and __index__ objects where an int is expected
// (args.ts toIntValue), and sys.stdout/sys.stderr as CPython's text streams.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "protocol arguments against CPython",
  {
    "str subclass instances (class S(str), StrEnum, (str, Enum) members) wherever a str is expected": `from enum import StrEnum, Enum
import re
class S(str): pass
class Color(StrEnum):
    RED = "red"
    BLUE = "blue"
class C2(str, Enum):
    A = "a"
s = S("a")
tests = [lambda: ", ".join([Color.RED, Color.BLUE]), lambda: "-".join([C2.A, "b"]), lambda: "".join([S("x")]), lambda: type("".join([S("x")])).__name__,
    lambda: s in "abc", lambda: C2.A in "xa", lambda: "abc".startswith(s), lambda: "abc".endswith((S("c"),)), lambda: "abc".startswith((1,)),
    lambda: "abc".endswith(S("bc"), 0, 3), lambda: "abc".startswith(("z", S("a"))),
    lambda: "banana".replace(s, S("o")), lambda: "a,b".split(S(",")), lambda: "a,b".rsplit(S(","), 1), lambda: "banana".count(s), lambda: "banana".rfind(s),
    lambda: "xxaxx".strip(S("x")), lambda: "xxaxx".lstrip(S("x")), lambda: "a=b".partition(S("=")), lambda: "a=b".rpartition(S("=")),
    lambda: "abc".removeprefix(s), lambda: "abc".removesuffix(S("c")), lambda: "x".center(5, S("*")), lambda: "x".ljust(3, Color.RED), 
    lambda: str.maketrans(S("a"), S("z")), lambda: "abc".translate(str.maketrans(S("a"), S("z"), S("c"))), lambda: str.maketrans("a", 1),
    lambda: str.maketrans(1, "a"), lambda: str.maketrans("a", "b", 3),
    lambda: ord(S("q")), lambda: ord(S("qq")), lambda: int(S("42")), lambda: int(S("ff"), 16), lambda: int(S(" 7 ")), lambda: float(S("1.5")), lambda: float(S("x")),
    lambda: float([1]), lambda: int(S("x")),
    lambda: re.findall(S("a"), S("banana")), lambda: re.sub(S("a"), S("o"), S("banana")), lambda: re.compile(S("b+")).match("bbc").group(), lambda: re.split(S(","), "a,b"),
    lambda: re.findall(1, "x"),
    lambda: getattr("q", S("upper"))(), lambda: hasattr("q", S("upper")), lambda: getattr("q", 1),
    lambda: "abc".index(S("c")), lambda: "a b".split(S(" "), 1), lambda: "%s!" % S("hi"), lambda: "{}".format(S("x")), lambda: f"{S('y')}",
    lambda: "abc".find(Color.BLUE), lambda: "x".zfill(3), lambda: "red" == Color.RED, lambda: {"red": 1}[Color.RED],
    lambda: "abc".split(1), lambda: "abc".strip(1), lambda: "a".join([1]), lambda: "a".join(5),
]
for f in tests:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
class O: pass
o = O(); setattr(o, S("k"), 3); print(o.k, getattr(o, S("k"))); delattr(o, S("k")); print(hasattr(o, "k"))
try: delattr(o, 1)
except TypeError as e: print(e)
`,
    "str.join, math.prod and math.fsum take any iterable": `from collections import deque, Counter, OrderedDict, namedtuple, ChainMap, UserList
import math
N = namedtuple("N", "first last")
class L(list): pass
class T(tuple): pass
class D(dict): pass
class It:
    def __iter__(self): return iter(["x", "y"])
class G:
    def __getitem__(self, i):
        if i < 3: return "g"
        raise IndexError
class Bad:
    def __iter__(self): raise TypeError("inner")
class Bad2:
    def __iter__(self): raise ValueError("inner2")
for f in [lambda: " ".join(N("Ada", "Lovelace")), lambda: "".join(L("ab")), lambda: "".join(T("ab")), lambda: "".join(D(a=1, b=2)), lambda: "".join(Counter("aab")),
          lambda: "".join(OrderedDict.fromkeys("xyz")), lambda: "-".join(It()), lambda: "".join(G()), lambda: "".join(ChainMap({"a": 1}, {"b": 2})),
          lambda: "".join(UserList(["u", "v"])), lambda: "".join({"k": 1}.keys()), lambda: "".join({"k": "v"}.values()), lambda: "".join(Bad()), lambda: "".join(Bad2()),
          lambda: "".join(x for x in "gen"), lambda: "".join(map(str, range(3))), lambda: ",".join(deque([1])),
          lambda: math.prod(deque([2, 3])), lambda: math.fsum(deque([0.5, 0.25])), lambda: math.prod({2: 0, 7: 0}.keys()), lambda: math.prod(G() if False else It() if False else L([2, 5])),
          lambda: math.fsum(Counter([1, 2])), lambda: math.prod(N(3, 4)), lambda: math.fsum({0.5: 1}), lambda: math.prod(5), lambda: math.fsum(None), lambda: math.prod(set([3])),
          lambda: math.prod(b"\\x02\\x03"), lambda: math.fsum(UserList([1.5, 2]))]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
`,
    "random's sequence functions take any sequence, drawing CPython's numbers": `import random, collections
from collections import deque, namedtuple, UserList
Card = namedtuple('Card', ['rank', 'suit'])
class FrenchDeck:
    ranks = [str(n) for n in range(2, 11)] + list('JQKA')
    suits = 'spades diamonds clubs hearts'.split()
    def __init__(self):
        self._cards = [Card(rank, suit) for suit in self.suits for rank in self.ranks]
    def __len__(self): return len(self._cards)
    def __getitem__(self, position): return self._cards[position]
class L(list): pass
random.seed(42)
d = FrenchDeck()
print(random.choice(d), random.choice(d))
print(random.choices(d, k=3))
for f in [lambda: random.choice({1: 'a', 2: 'b'}.keys()), lambda: random.random(), lambda: random.shuffle((1, 2, 3)), lambda: random.random(),
          lambda: random.shuffle((1,)), lambda: random.sample({1: 2}.keys(), 1), lambda: random.sample({1, 2}, 1), lambda: random.choice(deque()),
          lambda: random.sample(UserList([5, 6, 7]), 2), lambda: random.sample("abcdef", 3), lambda: random.choice(L([1, 2, 3])),
          lambda: random.choice(5), lambda: random.sample(5, 1), lambda: random.shuffle(5), lambda: random.choices(5),
          lambda: random.choice(range(10)), lambda: random.sample(b"xyz", 2), lambda: random.choice(bytearray(b"q"))]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
x = L(range(10)); random.shuffle(x); print(x)
y = deque(range(10)); random.shuffle(y); print(y)
u = UserList(range(6)); random.shuffle(u); print(u)
print(random.sample(x, 3), random.random())
class D:
    def __len__(self): return 3
    def __getitem__(self, i): return i
try: random.sample(D(), 1)
except TypeError as e: print(e)
class L2(list): pass
print(random.sample(L2([1,2,3]), 2), random.sample(deque([1,2,3]), 2), random.sample((1,2,3), 2), random.sample(range(100), 2))
`,
    "printf-style % with a namedtuple as the argument tuple; %c with __index__ and int subclasses": `from collections import namedtuple
Point = namedtuple("Point", "x y")
class T(tuple): pass
class S(str): pass
class I(int): pass
class N:
    def __index__(self): return 65
class BadIdx:
    def __index__(self): raise ValueError("no")
p = Point(3, 4)
for f in [lambda: "Point(%d, %d)" % p, lambda: "%s" % p, lambda: "%s %s" % T(("a", "b")), lambda: "%r" % (p,), lambda: "%s" % S("hi"), lambda: "%(a)s" % S("x"),
          lambda: "%c" % N(), lambda: "%c" % I(66), lambda: "%c" % S("z"), lambda: "%c" % BadIdx(), lambda: "%c" % 2**40, lambda: "%c" % -1, lambda: "%c" % 1.5, lambda: "%c" % "ab",
          lambda: b"%d-%d" % p, lambda: "%d" % I(7), lambda: "%x" % N(), lambda: "%s" % T(), lambda: "%s" % T((1,))]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
`,
    "heapq takes list subclasses; bisect any sequence, insort through insert": `import heapq, bisect
from collections import deque, UserList
class PQ(list): pass
class Seq:
    def __init__(self): self.d = [1, 3, 5]
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
    def insert(self, i, x): print("insert", i, x); self.d.insert(i, x)
class NoLen:
    def __getitem__(self, i): return i
class LoudList(list):
    def __getitem__(self, i): print("get", i); return super().__getitem__(i)
    def insert(self, i, x): print("ins", i, x); super().insert(i, x)
h = PQ([3, 1, 2])
for f in [lambda: heapq.heapify(h) or h, lambda: heapq.heappush(h, 0) or h, lambda: heapq.heappop(h), lambda: heapq.heapreplace(h, 9), lambda: heapq.heappushpop(h, -1), lambda: h, lambda: type(h).__name__,
          lambda: heapq.nlargest(2, h), lambda: heapq.nsmallest(2, PQ([5, 4, 6])), lambda: heapq.heapify((1,)), lambda: heapq.heappop(PQ()),
          lambda: bisect.bisect(PQ([1, 3]), 2), lambda: bisect.bisect_left(deque([1, 3, 5]), 3), lambda: bisect.bisect_right((1, 3, 5), 3), lambda: bisect.bisect(Seq(), 4),
          lambda: bisect.bisect(range(10), 4), lambda: bisect.bisect("acd", "b"), lambda: bisect.bisect(UserList([1, 2, 3]), 2, key=None),
          lambda: bisect.insort(Seq(), 4), lambda: bisect.insort_left(LoudList([1, 3, 5]), 2), lambda: bisect.bisect(LoudList([1, 3, 5]), 2),
          lambda: bisect.insort(deque([1, 5]), 3), lambda: bisect.insort((1, 2), 3), lambda: bisect.bisect(5, 1), lambda: bisect.bisect({1: 2}, 1), lambda: bisect.bisect(NoLen(), 1),
          lambda: bisect.bisect(NoLen(), 1, 0, 3), lambda: bisect.bisect({0: 1, 1: 2}, 1, 0, 2), lambda: bisect.bisect([], 1, -1), lambda: bisect.bisect(PQ([1, 2]), 1, hi=None),
          lambda: bisect.insort(PQ([1, 5]), 3, key=lambda v: -v), lambda: bisect.insort(UserList([1, 5]), 3)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
x = PQ([1, 5]); bisect.insort(x, 3); print(x, type(x).__name__)
u = UserList([1, 5]); bisect.insort(u, 3); print(u)
`,
    "int subclasses and __index__ objects as ints: math, struct, itertools, pow": `import itertools, math, struct
class I(int): pass
class N:
    def __index__(self): return 3
class Bad:
    def __index__(self): raise KeyError("k")
tests = [lambda: list(itertools.permutations("abc", I(2)))[:2], lambda: list(itertools.permutations("abc", N())), lambda: list(itertools.permutations("abc", 1.5)),
  lambda: list(itertools.permutations("ab", None)), lambda: list(itertools.combinations("abcd", N())), lambda: list(itertools.combinations("abc", None)),
  lambda: list(itertools.combinations("abc", 1.5)), lambda: list(itertools.combinations_with_replacement("ab", I(2))), lambda: list(itertools.combinations_with_replacement("ab", 2.0)),
  lambda: list(itertools.combinations("abc", -1)), lambda: list(itertools.islice("abcdef", N())), lambda: list(itertools.islice("abcdef", I(1), N(), I(1))), lambda: list(itertools.islice("abc", 1.0)),
  lambda: list(itertools.islice("abc", Bad())), lambda: list(itertools.islice("abc", 0, 3, N())), lambda: list(itertools.islice("abc", 0, 3, 0)), lambda: list(itertools.islice("abc", 0, 3, 1.5)),
  lambda: list(itertools.islice("abc", 2**80)), lambda: list(itertools.islice("abc", -1)),
  lambda: list(itertools.repeat(0, I(2))), lambda: list(itertools.repeat(0, N())), lambda: list(itertools.repeat(0, 1.5)), lambda: list(itertools.repeat(0, Bad())), lambda: list(itertools.repeat(0, -2)),
  lambda: len(list(itertools.product("ab", repeat=I(2)))), lambda: len(list(itertools.product("ab", repeat=N()))), lambda: len(itertools.tee("ab", I(3))), lambda: len(itertools.tee("ab", N())),
  lambda: math.isqrt(N()), lambda: math.isqrt(I(17)), lambda: math.gcd(I(6), 4), lambda: math.gcd(N(), 6), lambda: math.lcm(I(4), N()), lambda: math.comb(I(5), 2), lambda: math.comb(N(), I(2)),
  lambda: math.perm(I(5), N()), lambda: math.perm(N()), lambda: math.factorial(I(5)), lambda: math.factorial(N()), lambda: math.isqrt(1.5), lambda: math.gcd("a"), lambda: math.comb(N, 1), lambda: math.factorial(2.0),
  lambda: math.isqrt(Bad()), lambda: pow(I(3), 2, 5), lambda: pow(3, I(2), I(5)), lambda: pow(I(3), 2, 5.0),
  lambda: struct.pack("i", I(3)), lambda: struct.pack("<h", N()), lambda: struct.pack("i", 1.5), lambda: struct.pack("B", Bad()), lambda: struct.pack("Q", I(2**40)),
  lambda: "%c" % N(), lambda: "%c" % I(97), lambda: math.gcd(), lambda: math.lcm(I(0), 5),
  lambda: [1, 2, 3][I(1)], lambda: "abc"[N()], lambda: range(I(3)), lambda: bin(N()), lambda: chr(I(65)), lambda: math.ldexp(1.0, I(2)), lambda: round(1.2345, I(2)), lambda: math.ldexp(1.0, N()),
]
for f in tests:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
`,
    "sys.stdout and sys.stderr as _io.TextIOWrapper": `import sys
class S(str): pass
sys.stdout.writelines(["a", "b\\n"])
sys.stdout.writelines(x for x in ("c", "d\\n"))
print(sys.stdout.encoding, sys.stderr.encoding, sys.stdout.isatty(), sys.stdout.flush(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdout.write(S("é\\n")))
print(repr(sys.stdout), sys.stdout.name, sys.stdout.mode, sys.stdout.closed, sys.stdout.writable(), sys.stdout.readable(), sys.stderr.errors)
print(type(sys.stdout).__name__, hasattr(sys.stdout, "write"), hasattr(sys.stdout, "nope"))
print("to stdout", file=sys.stdout)
for f in [lambda: sys.stdout.write(1), lambda: sys.stdout.writelines([1]), lambda: sys.stdout.writelines(5), lambda: sys.stdout.flush(1), lambda: getattr(sys.stdout, "nope")]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
from contextlib import redirect_stdout
import io
buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden")
print(repr(buf.getvalue()))
`,
    "string.capwords and other library functions with str subclasses": `import string
class S(str): pass
print(string.capwords(S("hello  world")), string.capwords("a-b", S("-")))
for a in [(1,), ("a b", 1), ("a b", 0), ("a b", ""), (None,), ("a b", S(""))]:
    try: print(string.capwords(*a))
    except Exception as e: print(type(e).__name__, e)
class S(str): pass
print("a" in S("abc"), S("a") in S("abc"), S("abc").startswith(S("a")), S("a,b").split(S(",")), "%s-%s" % (S("x"), S("y")), S("ab").join([S("1"), S("2")]))
print({S("k"): 1}.get("k"), "k" in {S("k"): 1}, sorted([S("b"), "a"]), max(S("b"), "a"), S("x") * 2, "ab".index(S("b")))
import string
print(string.capwords(S("hello world")))
import textwrap
print(textwrap.fill(S("aaa bbb ccc"), 4))
`,
    "format specs, codecs, struct formats, translate tables, intern, __import__ and type() with str subclasses": `from enum import StrEnum
import json, struct, sys
class S(str): pass
class C(StrEnum):
    R = "red"
tests = [lambda: format(5, S("03d")), lambda: "x".encode(S("utf-8")), lambda: bytes("x", S("ascii")), lambda: struct.pack(S("<i"), 1), lambda: json.dumps(C.R),
  lambda: json.dumps({C.R: [S("a")]}), lambda: json.loads(S('{"a": 1}')), lambda: sys.intern(S("ab")), lambda: "{0}".format(C.R), lambda: f"{C.R}", lambda: str(C.R), lambda: C.R.upper(),
  lambda: int("5", base=S("x")) if False else 0, lambda: "abc".translate({ord("a"): S("z")}), lambda: " ".join(sorted([C.R, "blue"])), lambda: "red".__eq__(C.R), lambda: hash(C.R) == hash("red"),
  lambda: "%-5s|" % C.R, lambda: "{:>6}".format(C.R), lambda: C.R + "!", lambda: "!" + C.R, lambda: type(C.R + "!").__name__, lambda: "a b".split(maxsplit=S("1")) if False else 0,
  lambda: len(C.R), lambda: C.R[0], lambda: list(C.R), lambda: "red" in {C.R}, lambda: C.R in {"red": 1}, lambda: "re" in C.R, lambda: C.R.startswith("r"), lambda: bytes.fromhex(S("41")),
  lambda: "abc".encode("utf-8", S("strict")), lambda: str(b"x", S("ascii")), lambda: __import__(S("math")).pi > 3, lambda: type("X", (), {S("a"): 1}).a]
for f in tests:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
`,
  },
  [
    ["import sys\nsys.stdout.nope", "AttributeError: '_io.TextIOWrapper' object has no attribute 'nope'"],
    ["import sys\nsys.stderr.writelines([b'x'])", "TypeError: write() argument must be str, not bytes"],
    ["from enum import StrEnum\nclass C(StrEnum):\n    A = 'a'\nprint(', '.join([C.A, 1]))", "TypeError: sequence item 1: expected str instance, int found"],
    ["''.join(5)", "TypeError: can only join an iterable"],
    ["class S(str): pass\n'abc'.startswith([S('a')])", "TypeError: startswith first arg must be str or a tuple of str, not list"],
    ["import random\nrandom.choice({1: 'a'}.keys())", "TypeError: 'dict_keys' object is not subscriptable"],
    ["import random\nrandom.sample({1: 'a'}.keys(), 1)", "TypeError: Population must be a sequence.  For dicts or sets, use sorted(d)."],
    ["import random\nclass D:\n    def __len__(self): return 1\nrandom.choice(D())", "TypeError: 'D' object is not subscriptable"],
    ["import heapq\nheapq.heapify((1,))", "TypeError: heapify() argument must be list, not tuple"],
    ["import bisect\nbisect.insort((1, 2), 3)", "AttributeError: 'tuple' object has no attribute 'insert'"],
    ["import math\nclass N: pass\nmath.isqrt(N())", "TypeError: 'N' object cannot be interpreted as an integer"],
    ["import struct\nstruct.pack('i', 1.5)", "struct.error: required argument is not an integer"],
    ["import itertools\nitertools.combinations('abc', None)", "TypeError: 'NoneType' object cannot be interpreted as an integer"],
    ["from collections import namedtuple\nP = namedtuple('P', 'x y')\n'%d' % P(1, 2)", "TypeError: not all arguments converted during string formatting"],
    ["class S(str): pass\nfloat(S('x'))", "ValueError: could not convert string to float: 'x'"],
    ["float([1])", "TypeError: float() argument must be a string or a real number, not 'list'"],
  ],
);
