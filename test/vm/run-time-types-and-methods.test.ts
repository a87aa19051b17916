// What programs written the way users write them hit and ePython lacked (issue 9's
// probe of 2026-11-29, /work/scratch/probe): PEP 585/604 types at run time, ascii()
// and `!a`, str.format_map, collections.ChainMap, gc, logging, csv, unittest, traceback, statistics.NormalDist, the int and float methods, sys.float_info, globals()
// without compiler-made names, and CPython 3.11's TypeError texts. Each program
// prints what CPython 3.11 prints.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("user programs against CPython", {
  "builtin generic aliases (PEP 585)": `
Grid = list[list[int]]
class Foo: pass
print(Grid, Grid(), dict[str, list[int]], tuple[int, ...], set[str], frozenset[int], type[int], list[Foo], dict[str, None])
print(list[int]("ab"), list[int].__origin__, list[int].__args__, dict[str, int].__args__, list[int].__parameters__)
print(type(list[int]), list[int] == list[int], list[int] == list[str], hash(dict[str, int]) == hash(dict[str, int]))
def total(xs: list[int]) -> int:
    return sum(xs)
print(total([1, 2, 3]))
for bad in [lambda: isinstance([], list[int]), lambda: int[str], lambda: issubclass(list, list[int])]:
    try:
        bad()
    except TypeError as e:
        print(e)
`,
  "union types (PEP 604)": `
Number = int | float
print(Number, int | None, int | str | None, list[int] | None, int | int, (int | str) | float, type(int | None))
print(isinstance(3, Number), isinstance("3", Number), isinstance(None, int | None), issubclass(bool, int | str))
print(isinstance([], (dict, list | set)), isinstance(2.5, (str, int | float)), (int | str).__args__)
print((int | str) == (str | int), (int | str) == (int | float), hash(int | str) == hash(str | int))
def parse(v: int | str | None = None) -> int | None:
    return None if v is None else int(v)
print(parse("4"), parse())
class A: pass
class B(A): pass
print(A | B, isinstance(B(), A | int), isinstance(A(), B | int))
for bad in [lambda: int | "x", lambda: 1 | int, lambda: isinstance(1, int | list[int])]:
    try:
        bad()
    except TypeError as e:
        print(e)
`,
  "ascii() and !a": `
print(ascii("héllo\\n"), ascii(["é", "€", "😀"]), ascii(1), ascii("plain"), ascii({"k": "ü"}))
print(f"{'é'!a}", f"{'é'!a:>8}|", "%a" % "é", f"{'x'!a}", ascii("\\ud800"))
`,
  "str.format_map": `
class Defaults(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age}".format_map({"name": "Ann", "age": 3}), "{a} {b}".format_map(Defaults(a=1)))
print("{x[0]:>4}|{y.real}".format_map({"x": [7], "y": 3}), str.format_map("{a}", {"a": 1}))
for bad in [lambda: "{0}".format_map({}), lambda: "{}".format_map({}), lambda: "{a}".format_map({}), lambda: "{a}".format_map([]), lambda: "{a}".format_map()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
`,
  "int and float methods": `
print((255).bit_count(), (-7).bit_count(), (2**70 + 3).bit_count(), True.bit_count(), int.bit_count(6), (0).bit_count())
print((7).as_integer_ratio(), (2**70).as_integer_ratio(), (5).conjugate(), True.conjugate(), (2**40).conjugate())
print((0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (0.1).as_integer_ratio(), (1e20).as_integer_ratio(), (0.0).as_integer_ratio(), (5e-324).as_integer_ratio()[0])
print((1.5).hex(), (-0.0).hex(), (0.0).hex(), (5e-324).hex(), (1e300).hex(), (0.1).hex(), float("inf").hex(), float("nan").hex(), float.hex(2.0))
print((2.5).conjugate(), float.as_integer_ratio(0.25))
for s in ["0x1.8p1", "  0X1.FFFFFFFFFFFFFP+1023 ", "0x1p-1074", "0x1p-1075", "0x3p-1076", "-0x.8", "1.", ".8p1", "0x1.00000000000008p0",
          "0x1.00000000000018p0", "-Infinity", "nan", "1e5", "0x1p-99999999999"]:
    print(repr(s), float.fromhex(s))
for s in ["0x", "", "0x.p1", "p1", "0x1p", "0x1.8p1x", "0x1.fffffffffffff8p1023", "0x1p99999999999"]:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for v in [float("inf"), float("nan")]:
    try:
        v.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
import random
random.seed(5)
bad = 0
for _ in range(500):
    x = random.uniform(-1e10, 1e10) * 2.0 ** random.randint(-1100, 980)
    n, d = x.as_integer_ratio()
    bad += float.fromhex(x.hex()) != x or n / d != x
print("round trips failed:", bad)
`,
  "sys.float_info and globals()": `
import sys
fi = sys.float_info
print(fi.max, fi.epsilon, fi.min, fi.dig, fi.mant_dig, fi.max_exp, fi.radix, fi[0], len(fi))
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
try:
    pass
except Exception as e:
    pass
print([k for k in globals() if not k.isidentifier()], [k for k in vars() if k.startswith(".")])
`,
  "collections.ChainMap": `
from collections import ChainMap
defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["user"], cfg["debug"], len(cfg), list(cfg), dict(cfg), "color" in cfg, "x" in cfg, cfg.get("x", 0))
print(cfg)
cfg["color"] = "blue"
print(cli, cfg["color"], defaults["color"])
child = cfg.new_child({"user": "root"})
print(child["user"], child.parents["user"], len(child.maps), child.maps[0])
del cfg["color"]
try:
    del cfg["user"]
except KeyError as e:
    print("KeyError", e)
print(sorted(cfg.items()), sorted(cfg.keys()), bool(ChainMap()), ChainMap() == {}, cfg == dict(cfg))
print(cfg.pop("debug"), cfg.setdefault("z", 9), cfg.maps[0], ChainMap.fromkeys("ab", 0))
try:
    ChainMap()["q"]
except KeyError as e:
    print("KeyError", e)
scope = ChainMap({}, {"len": "shadow"})
print(scope["len"], list(ChainMap({"a": 1}, {"b": 2, "a": 3})))
`,
  "gc and logging (records to sys.stdout)": `
import logging, sys, gc
print(gc.collect(), gc.isenabled()); gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.get_threshold())
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
logging.debug("debug %d", 1)
logging.info("info")
log = logging.getLogger("app.db")
log.warning("child %s", "msg")
app = logging.getLogger("app")
app.setLevel(logging.ERROR)
log.warning("suppressed by parent level")
log.error("shown")
print(log.getEffectiveLevel(), log.parent.name, app.parent.name, logging.getLogger("app") is app, logging.getLevelName(30), logging.getLevelName("INFO"))
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(name)s] %(levelname)-8s %(message)s"))
other = logging.getLogger("other")
other.addHandler(h)
other.propagate = False
other.critical("formatted %s and %r", "x", "y")
other.info("too low? no, level NOTSET -> root DEBUG")
print(repr(log), repr(logging.getLogger()), logging.root.level)
class OnlyA(logging.Filter):
    def filter(self, record): return "A" in record.getMessage()
other.addFilter(OnlyA())
other.warning("has A"); other.warning("has none")
logging.log(25, "custom level")
logging.disable(logging.CRITICAL)
logging.error("disabled")
print("end")
`,
  csv: `
import csv, io, sys
data = 'name,age,city\\nAnn,30,"New York, NY"\\nBob,25,"He said ""hi"""\\n"Multi\\nline",1,x\\n\\nEve, 40 ,\\n'
rows = list(csv.reader(io.StringIO(data)))
print(rows)
print(list(csv.reader(data.splitlines())))
print(list(csv.reader(['a; b;"c;d"'], delimiter=';', skipinitialspace=True)))
print(list(csv.reader(['1,2.5,"x"'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\\\\,b,c'], escapechar='\\\\')))
print(list(csv.reader(['a,"b"c,d', '"unterminated'])))
for rec in csv.DictReader(io.StringIO(data)):
    print(rec)
r = csv.DictReader(['a,b', '1,2,3', '4'], restkey='extra', restval='?')
print(r.fieldnames, list(r))
out = io.StringIO()
w = csv.writer(out)
w.writerow(['plain', 'with,comma', 'with "quote"', 'new\\nline', 3, 2.5, None, ''])
w.writerows([[1, 2], ['']])
print(repr(out.getvalue()))
w2 = csv.writer(sys.stdout, lineterminator='\\n', quoting=csv.QUOTE_ALL)
w2.writerow(['a', 1, None])
w3 = csv.writer(sys.stdout, lineterminator='\\n', quoting=csv.QUOTE_NONNUMERIC)
w3.writerow(['a', 1, 2.0, None, True])
w4 = csv.writer(sys.stdout, delimiter='\\t', lineterminator='\\n', quoting=csv.QUOTE_NONE, escapechar='\\\\')
w4.writerow(['a\\tb', 'c'])
dw = csv.DictWriter(sys.stdout, fieldnames=['id', 'name'], lineterminator='\\n')
dw.writeheader()
dw.writerow({'id': 1, 'name': 'x'})
dw.writerows([{'id': 2}, {'name': 'only'}])
try:
    dw.writerow({'id': 3, 'bogus': 1})
except ValueError as e:
    print(e)
try:
    csv.writer(sys.stdout, quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print('csv.Error', e)
try:
    list(csv.reader(['a,"b', 'c'], strict=True))
except csv.Error as e:
    print('csv.Error', e)
csv.register_dialect('pipes', delimiter='|')
print(list(csv.reader(['a|b|"c|d"'], dialect='pipes')), 'pipes' in csv.list_dialects())
print(list(csv.reader(['a,b'], dialect=csv.excel_tab)))
reader = csv.reader(['x,y', 'z'])
next(reader); print(reader.line_num)
totals = {}
for row in csv.DictReader(io.StringIO("item,qty\\napple,3\\npear,2\\napple,5\\n")):
    totals[row['item']] = totals.get(row['item'], 0) + int(row['qty'])
print(totals)
`,
  unittest: `
import unittest, io
def add(a, b): return a + b
class Stack:
    def __init__(self): self.items = []
    def push(self, x): self.items.append(x)
    def pop(self):
        if not self.items: raise IndexError("pop from empty stack")
        return self.items.pop()
class TestStack(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")
    @classmethod
    def tearDownClass(cls):
        print("tearDownClass")
    def setUp(self):
        self.s = Stack()
    def test_push_pop(self):
        self.s.push(1); self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertTrue(self.s.items)
    def test_empty(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertEqual(str(cm.exception), "pop from empty stack")
        self.assertRaises(IndexError, self.s.pop)
        self.assertRaisesRegex(IndexError, "empty", self.s.pop)
    @unittest.skip("not ready")
    def test_skipped(self):
        self.fail("never")
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 5)
    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(add(2, 2), 5)
class Bad(unittest.TestCase):
    def test_fail(self):
        self.assertEqual(add(1, 1), 3)
    def test_error(self):
        {}["k"]
    def test_msgs(self):
        for f in [lambda: self.assertEqual(1, 2, "custom"), lambda: self.assertTrue(0), lambda: self.assertIsNone(5), lambda: self.assertIn(3, [1]),
                  lambda: self.assertAlmostEqual(1.0, 1.1), lambda: self.assertGreater(1, 2), lambda: self.assertIsInstance(1, str),
                  lambda: self.assertRaises(ValueError, int, "5"), lambda: self.assertNotEqual(1, 1), lambda: self.assertIs([], [])]:
            try:
                f()
            except AssertionError as e:
                print("AE:", e)
for case in (TestStack, Bad):
    out = io.StringIO()
    result = unittest.TextTestRunner(stream=out).run(unittest.TestLoader().loadTestsFromTestCase(case))
    lines = out.getvalue().splitlines()
    print(lines[0], lines[-1], result.wasSuccessful(), result.testsRun, len(result.failures), len(result.errors), len(result.skipped))
    print([str(t) for t, *_ in result.failures + result.errors], [reason for _, reason in result.skipped])
print(unittest.TestLoader().getTestCaseNames(TestStack), repr(TestStack("test_sub")))
`,
  "bound methods forward attributes to their function; classes' __module__": `
class A:
    def f(self):
        "doc"
A.f.tag = 1
a = A()
print(a.f.tag, a.f.__qualname__, a.f.__doc__, a.f.__module__, a.f.__self__ is a, KeyError.__module__, A.__module__, object.__module__)
try:
    a.f.nope
except AttributeError as e:
    print(e)
print(a.f.__class__.__name__, type(a.f).__name__)
`,
  "bound methods compare and hash by function and object (observer lists)": `
class Button:
    def __init__(self): self.handlers = []
    def on(self, h): self.handlers.append(h)
    def off(self, h): self.handlers.remove(h)
    def click(self):
        for h in self.handlers: h("click")
class Logger:
    def __init__(self, name): self.name = name
    def log(self, ev): print(self.name, ev)
a, b = Logger("a"), Logger("b")
btn = Button()
btn.on(a.log); btn.on(b.log); btn.click()
btn.off(a.log); btn.click()
print(a.log == a.log, a.log == b.log, a.log != a.log, len({a.log, a.log, b.log}), {a.log: 1}[a.log], a.log in [a.log], Logger.log == Logger.log)
`,
  "__format__ with an empty spec (f-strings, format(), str.format)": `
class M:
    def __format__(self, spec): return "F[" + spec + "]"
    def __str__(self): return "S"
m = M()
print(f"{m}", f"{m:}", f"{m:x}", format(m), format(m, ""), "{}".format(m), "{:}".format(m), "%s" % m, str(m))
from datetime import date
d = date(2024, 1, 2)
print(f"{d}", format(d), "{}".format(d))
from enum import Enum, IntEnum, Flag, StrEnum, auto
from decimal import Decimal
from fractions import Fraction
from dataclasses import dataclass
from datetime import datetime, timedelta
import collections
class C(Enum):
    A = 1
class I(IntEnum):
    X = 5
class S(StrEnum):
    Q = "q"
class F(Flag):
    R = auto(); W = auto()
@dataclass
class P:
    x: int
Pt = collections.namedtuple("Pt", "a b")
class L(list): pass
class E(Exception): pass
for v in [C.A, I.X, S.Q, F.R | F.W, Decimal("1.50"), Fraction(1, 3), P(1), datetime(2020, 1, 2, 3, 4), timedelta(seconds=5), Pt(1, 2), L([1]), E("boom"), collections.Counter("aa"), collections.deque([1])]:
    print(f"{v}|{v!s}|{format(v)}|{'{}'.format(v)}|{v:}")
`,
  "statistics: covariance, correlation, linear_regression, NormalDist (erf-based results rounded: math.erf may differ in the last place)": `
import statistics as st
from statistics import NormalDist
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]; z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, y), st.covariance(x, z), st.correlation(x, x), st.correlation(x, z), st.correlation([1, 2, 3], [2, 4, 7]))
r = st.linear_regression([1, 2, 3, 4, 5], [3.1, 4.9, 7.2, 8.8, 11.1])
print(r, r.slope, r.intercept, st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
for bad in [lambda: st.correlation([1, 1], [2, 3]), lambda: st.covariance([1], [2]), lambda: st.linear_regression([1, 1], [1, 2])]:
    try: bad()
    except st.StatisticsError as e: print("StatisticsError", e)
n = NormalDist(100, 15)
print(n, n.mean, n.stdev, n.variance, round(n.cdf(130), 12), round(n.pdf(100), 12), round(n.inv_cdf(0.975), 9), n.zscore(130))
print([round(q, 6) for q in n.quantiles()], round(NormalDist(0, 1).overlap(NormalDist(1, 1)), 12), NormalDist(2, 3) + NormalDist(1, 4), n * 2, n - 5)
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(len(n.samples(5, seed=42)), NormalDist(0, 1) == NormalDist(0, 1))
print(round(NormalDist().cdf(1.0), 15), round(NormalDist().inv_cdf(0.5), 15), NormalDist().inv_cdf(0.1))
`,
  "traceback's text functions; __traceback__ and with_traceback": `
import traceback, sys
def f(): return 1 / 0
try:
    f()
except ZeroDivisionError:
    s = traceback.format_exc()
    print(s.splitlines()[0], s.splitlines()[-1])
    e = sys.exc_info()[1]
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception(e)[-1], end="")
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)).splitlines()[-1])
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad") from e
except ValueError as e:
    lines = traceback.format_exception(e)
    print(lines[-1], end="")
    print(any("direct cause" in l for l in lines))
print(traceback.format_exc())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    lines = traceback.format_exception(e)
    print(lines[-1], end=""); print(sum("During handling" in l for l in lines), e.__traceback__ is None or True)
    print(traceback.format_exception_only(e)[0], end="")
class AppError(Exception): pass
try:
    raise AppError("custom").with_traceback(None)
except AppError as e:
    print(traceback.format_exception_only(type(e), e), traceback.extract_stack() == [] or True)
    e.add_note("a note")
    print(traceback.format_exception_only(e))
`,
  "time: gmtime, localtime (UTC), strftime, asctime, ctime, struct_time, time_ns": `
import time
for secs in [0, 86399, 951782400, 1700000000, 1704067199, 1735689600, -86400]:
    t = time.gmtime(secs)
    print(t, t.tm_year, t[0], t.tm_yday, t.tm_wday, len(t), t.tm_zone)
    print(time.strftime("%a %A %b %B %c|%d %e %H %I %j %m %M %p %S %U %w %W|%x %X %y %Y %%|%D %F %T %R %r %C %u %G %g %V", t))
    print(time.asctime(t), time.strftime("%Y-%m-%d", t))
print(type(time.time_ns()).__name__, time.time_ns() > 1.6e18, time.localtime().tm_year >= 2024, isinstance(time.ctime(), str), time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)))
try:
    time.strftime("%Y", (1, 2))
except TypeError as e:
    print(e)
`,
  "typing.get_origin/get_args; dataclass ClassVar in a quoted annotation": `
import typing
from typing import List, Dict, Optional, Union, Callable, Tuple, Literal, get_args, get_origin
for tp in [List[int], Dict[str, int], Optional[int], Union[int, str], Callable[[int], str], Tuple[int, ...], list[int], dict[str, list[int]], int | None, int, List, Literal["a", "b"]]:
    print(tp, get_origin(tp), get_args(tp))
from dataclasses import dataclass, field, fields
from typing import ClassVar, NamedTuple, Literal, Final, Optional, Union, List
import typing
@dataclass
class Counter:
    name: str
    total: int = 0
    instances: ClassVar[int] = 0
    tags: list[str] = field(default_factory=list)
    def __post_init__(self):
        Counter.instances += 1
c = Counter("a"); Counter("b")
print(c, [f.name for f in fields(Counter)], Counter.instances)
@dataclass
class T:
    x: "typing.ClassVar[int]" = 5
    y: int = 1
print([f.name for f in fields(T)], T())
class Emp(NamedTuple):
    name: str
    id: int = 3
    def badge(self) -> str: return f"{self.name}#{self.id}"
e = Emp("ann")
print(e, e.badge(), e._asdict(), Emp._fields, e._replace(id=9))
Mode = Literal["r", "w"]
MAX: Final = 10
def open_it(mode: Mode = "r") -> Optional[str]: return mode
print(open_it(), Mode, MAX, Union[int, str], Optional[List[int]])
print(typing.get_args(Union[int, str]) if hasattr(typing, "get_args") else "no get_args", typing.get_origin(List[int]) if hasattr(typing, "get_origin") else "no get_origin")
@dataclass(eq=False)
class Node:
    val: int
    next: Optional["Node"] = None
n = Node(1, Node(2))
print(n, n == Node(1, Node(2)), n.next.val)
@dataclass
class Inv:
    items: dict[str, int] = field(default_factory=dict)
    def add(self, k: str, q: int = 1) -> "Inv":
        self.items[k] = self.items.get(k, 0) + q
        return self
print(Inv().add("x").add("y", 2).add("x"))
`,
}, [
  ["float([])", "TypeError: float() argument must be a string or a real number, not 'list'"],
  ["[1].index(None)", "ValueError: None is not in list"],
  ["[1].index((1, 'a'))", "ValueError: (1, 'a') is not in list"],
  ["(1, 2).index(3)", "ValueError: tuple.index(x): x not in tuple"],
  ["isinstance(1, 1)", "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"],
  ["getattr(1, 2)", "TypeError: attribute name must be string, not 'int'"],
  ["'abc'['a']", "TypeError: string indices must be integers, not 'str'"],
  ["range(3)['a']", "TypeError: range indices must be integers or slices, not str"],
  ["[1, 2][None:'a']", "TypeError: slice indices must be integers or None or have an __index__ method"],
  ["int[str]", "TypeError: type 'int' is not subscriptable"],
  ["int | 'x'", "TypeError: unsupported operand type(s) for |: 'type' and 'str'"],
  ["float.fromhex('0x1p99999')", "OverflowError: hexadecimal value too large to represent as a float"],
]);
