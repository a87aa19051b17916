// Bugs found by running user-style programs (issue 9, "public-style programs run with
// CPython's output"), each reduced to the smallest program that showed it, against
// CPython 3.11.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("user-program fixes", {
  // SEND resumed the delegate in place but dropped the value: `r = yield` in the
  // sub-generator got None instead of what g.send() passed.
  "send through yield from reaches the sub-generator": `def inner():
    yield 1
    r = yield 2
    print("inner got", r)
    return r * 2

def outer():
    result = yield from inner()
    print("outer got", result)
    yield result

g = outer()
print(next(g), next(g), g.send(21))
def deep():
    x = yield from outer()
    yield "deep", x
d = deep()
print(next(d), next(d), d.send(5), next(d, "end"))
`,
  // str.format's field accessors: `.attr` of any object, `[key]` of any subscriptable
  // value (a dict's str key, a user __getitem__), digits an int index.
  "str.format field attributes and keys": `class P:
    def __init__(self): self.x, self.y = 3, 4
    def __getitem__(self, k): return k * 2
print("{0[0]} {0[1]} {1[key]} {2.real} {2.imag:.1f}".format(["a", "b"], {"key": "v"}, 3 + 4j))
print("{p.x},{p.y} {p[ab]} {p[3]} {d[1]}".format(p=P(), d={1: "int key"}))
print("{0.__class__.__name__!r:>8}|".format(1.5))
`,
  // Conformance (bytes_strip.py): nothing to strip gives the bytes object itself.
  "bytes.strip without change is the same object": `s = b"abc"
print(s.strip() is s, s.lstrip(b"x") is s, s.rstrip() is s, s.strip(b"a") is s)
ba = bytearray(b"abc")
print(ba.strip() is ba, ba.strip())
`,
  // Conformance (int_parse.py): int() of any bytes-like object reads its text.
  "int of a memoryview and an array": `from array import array
print(int(memoryview(b"123")), int(memoryview(b" -7 ")), int(array("b", b"42")), int(bytearray(b"0")))
`,
  // Conformance (gen_yield_from_throw3.py): g.throw's arguments reach a delegate's own
  // throw() as given (a class stays a class, any object may be thrown there).
  "throw into a yield-from delegate with a throw method": `class It:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, *a):
        print("throw", a)
        return 456
def gen():
    yield from It()
def plain():
    yield from [1, 2]
def outer():
    try:
        yield from plain()
    except TypeError as e:
        print("in outer:", e)
        yield "recovered"
for arg in (123, ZeroDivisionError, ValueError("v")):
    g = gen()
    print(next(g), g.throw(arg))
o = outer()
print(next(o), o.throw(7))
p = plain()
next(p)
try:
    p.throw(5)
except TypeError as e:
    print(type(e).__name__, e)
def two():
    yield from plain()
t = two()
print(next(t), next(t))
`,
  // Conformance (subclass_native3.py) and p03: OSError's errno/strerror/filename,
  // its "[Errno n] msg" text, and OSError(errno, ...) making PEP 3151's subclass.
  "OSError attributes and errno subclasses": `e = OSError(2, "nf")
print(type(e).__name__, e, repr(e), e.args, e.errno, e.strerror, e.filename)
e = OSError(2, "nf", "a.txt")
print(type(e).__name__, e, repr(e), e.args, e.filename)
e = OSError(1, "x", "a", None, "b")
print(type(e).__name__, e, e.filename2)
e = OSError("plain")
print(type(e).__name__, e, e.errno, e.args)
print(OSError(99, "odd"), type(OSError(99, "odd")).__name__, FileNotFoundError(13, "q").errno, type(FileNotFoundError(13, "q")).__name__)
class MyOSError(OSError):
    pass
print(MyOSError().errno, MyOSError(1, "msg").errno, type(MyOSError(2, "m")).__name__)
class Custom(OSError):
    def __init__(self, path):
        super().__init__(2, "missing", path)
        self.path = path
try:
    raise Custom("/x")
except OSError as err:
    print(err, err.errno, err.path, err.args, isinstance(err, FileNotFoundError))
try:
    raise FileNotFoundError(2, "No such file or directory", "data.csv")
except FileNotFoundError as err:
    print(err)
print(issubclass(BrokenPipeError, ConnectionError), TimeoutError(110, "t").errno, IOError is OSError, EnvironmentError is OSError)
e = OSError(2, "nf"); e.errno = 5; print(e.errno, e)
`,
  // Conformance (builtin_hash_intbig.py): __hash__ may return any int (a big one is
  // reduced as an int's hash) or a bool.
  "__hash__ returning a big int": `class F:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
for h in (1 << 70 | 1, -1, True, -(2**64), 7):
    print(hash(F(h)) == hash(h), hash(F(h)) == hash(F(h)))
print(len({F(2**80), F(2**80)}))
`,
  // Conformance (subclass_native_exc_new.py): raising a class whose __new__ returns
  // no exception names the class and what it returned (raise and g.throw word it differently).
  "exception __new__ returning a non-exception": `class Bad(Exception):
    def __new__(cls, *a):
        return 1
class Other(Exception):
    def __new__(cls, *a):
        return ValueError("swapped")
for c in (Bad, Other):
    try:
        raise c
    except Exception as e:
        print(type(e).__name__, e)
def gen():
    yield
try:
    gen().throw(Bad)
except TypeError as e:
    print("throw:", e)
`,
  // p13: UnicodeEncodeError/UnicodeDecodeError carry CPython's five attributes
  // (encoding, object, start, end, reason), raised by the codecs or made by the user.
  "unicode error attributes": `for s, enc in (("Grüße", "ascii"), ("日本", "latin-1"), ("a\\ud800b", "utf-8"), ("xyz€€€", "ascii")):
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(e.encoding, e.start, e.end, e.reason, repr(e.object), "|", e)
for b in (b"\\xff\\xfe", b"ok\\xc3", b"a\\x80b", b"\\xe2\\x82"):
    try:
        b.decode("utf-8")
    except UnicodeDecodeError as e:
        print(e.encoding, e.start, e.end, e.reason, e.object, "|", e, "|", isinstance(e, ValueError))
e = UnicodeEncodeError("ascii", "héllo", 1, 2, "custom")
print(e, e.args, e.start)
e = UnicodeDecodeError("utf-8", b"\\x00\\xff", 1, 2, "bad byte")
print(e, e.end)
print(str(UnicodeDecodeError("utf-8", b"\\x00\\xff\\xfe", 1, 3, "r")), repr(UnicodeError("plain")))
try:
    UnicodeEncodeError("x")
except TypeError as t:
    print("TypeError", t)
`,
  // p01/p13: str.maketrans/str.translate and bytes.maketrans/bytes.translate (the
  // punctuation-stripping and rot13 idioms).
  "maketrans and translate": `import string
s = "Hello, World! It's 9:30 -- ok?"
print(s.translate(str.maketrans("", "", string.punctuation)))
print("aabbccdd".translate(str.maketrans("abc", "xyz", "d")))
rot13 = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                      string.ascii_lowercase[13:] + string.ascii_lowercase[:13] + string.ascii_uppercase[13:] + string.ascii_uppercase[:13])
print(s.translate(rot13), s.translate(rot13).translate(rot13) == s)
print(str.maketrans({"a": "1", 98: None, "c": 120}), "abcabc".translate({97: "AA", 98: None, 99: 0x263A}))
print("héllo".translate({ord("é"): "e"}), "abc".translate([]), "abc".translate({}))
class T:
    def __getitem__(self, k):
        if k == 98: return "B"
        raise LookupError
print("abc".translate(T()))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"hello world".translate(None, b"lo"), bytearray(b"abc").translate(t, delete=b"c"))
print(bytearray.maketrans(b"a", b"b")[97], b"abc".translate(bytes.maketrans(b"", b"")))
for bad in (lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1), lambda: b"x".translate(b"short"), lambda: bytes.maketrans(b"a", b"bc"), lambda: "x".translate({120: 1.5})):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
`,
  // p21: zip(strict=True) was accepted and ignored.
  "zip strict": `for args in (([1, 2, 3], "ab"), ([1], [2, 3]), ("ab", "cd", "e"), ("ab", "cd", "efg"), ("ab", "cd")):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(zip([1, 2, 3], "ab", strict=False)), list(zip(strict=True)))
`,
  // p21: typing.Generic/Protocol as base classes (class Stack(Generic[T])).
  "Generic base class": `from typing import Generic, TypeVar, Protocol
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v): self.v = v
class Named(Protocol):
    name: str
print(Box(3).v, issubclass(Box, Generic), Box[int](4).v, Named.__name__)
`,
  // A class body read a name it binds later as an unbound local (UnboundLocalError)
  // instead of CPython's LOAD_NAME: the global (or builtin) until the body binds it.
  "class bodies read globals before binding the name": `x = 1
class C:
    y = x
    x = 2
    w = len
    def len(self): return 0
print(C.y, C.x, C.w, C.len.__name__)
def f():
    x = 10
    class D:
        a = x
        x = 3
    return D.a
print(f())
`,
  // A class with __new__ and no __init__ refused its arguments (object.__init__ rule).
  "arguments go to an overridden __new__ when there is no __init__": `class D:
    def __new__(cls, v=0):
        o = super().__new__(cls)
        o.v = v
        return o
print(D(5).v)
class A:
    def __init__(self, x):
        super().__init__(x)
for make in (lambda: A(1), lambda: object.__new__(D, 1)):
    try:
        make()
    except TypeError as e:
        print(e)
`,
}, [
  ['"abc".translate()', "TypeError: str.translate() takes exactly one argument (0 given)"],
  ['class F:\n    def __hash__(self): return 1.5\nhash(F())', "TypeError: __hash__ method should return an integer"],
  ['OSError(2, "x", "f.txt").foo', "AttributeError: 'FileNotFoundError' object has no attribute 'foo'"],
  ['def g():\n    yield 1\nx = g()\nnext(x)\nx.throw(1.5)', "TypeError: exceptions must be classes or instances deriving from BaseException, not float"],
  ['int(memoryview(b"1x"))', "ValueError: invalid literal for int() with base 10: b'1x'"],
  ['int(bytearray(b"z"), 16)', "ValueError: invalid literal for int() with base 16: b'z'"],
  ['"{0.}".format(1)', "ValueError: Empty attribute in format string"],
  ['"{0[x]}".format({})', "KeyError: 'x'"],
  ['"{0.nope}".format(1)', "AttributeError: 'int' object has no attribute 'nope'"],
]);
