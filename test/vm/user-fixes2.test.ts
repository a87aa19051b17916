// Bugs found by the second round of user-style programs (issue 9: textbook algorithms,
// simulations, dunder-rich classes, text processing, failing programs, stdin/argv),
// each reduced to the smallest program that showed it, against CPython 3.11.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { cpython311, runCPython } from "../helpers/cpython.js";
import { runSource } from "../helpers/runSource.js";

describeCPythonParity("user-program fixes, round 2", {
  // `C.mro()` was missing (only `__mro__` existed): type.mro returns a new list.
  "a class's mro() method": `class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
m = D.mro()
print(m, type(m).__name__, m == list(D.__mro__), m is not D.mro())
print([k.__name__ for k in D.mro()])
try:
    D.mro(1)
except TypeError as e:
    print(e)
`,
  // A class defining __eq__ without __hash__ gets __hash__ = None in its namespace, as
  // CPython: \`C.__hash__\` read as an AttributeError when no base had a __hash__.
  "__eq__ without __hash__ sets __hash__ to None": `class P:
    def __eq__(self, o): return True
class Q(P):
    def __hash__(self): return 7
class R(Q):
    def __eq__(self, o): return False
print(P.__hash__, "__hash__" in P.__dict__, Q.__hash__ is not None, R.__hash__, hash(Q()))
for cls in (P, R):
    try:
        hash(cls())
    except TypeError as e:
        print(e)
from dataclasses import dataclass
@dataclass
class D:
    x: int
@dataclass(frozen=True)
class F:
    x: int
@dataclass(unsafe_hash=True)
class U:
    x: int
print(D.__hash__, hash(F(1)) == hash(F(1)), hash(U(2)) == hash(U(2)))
`,
  // A sequence times an instance whose __mul__/__rmul__ decline: CPython tries the
  // sequence's repeat last (an __index__ count works, else its own message).
  "sequence repeat after a declined __mul__": `class No:
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return NotImplemented
class Idx:
    def __index__(self): return 3
for f in (lambda: No() * "x", lambda: "x" * No(), lambda: [1] * No(), lambda: No() * (1,), lambda: No() * No(), lambda: No() * 2):
    try:
        f()
    except TypeError as e:
        print(e)
print("ab" * Idx(), Idx() * [0], (1,) * Idx(), b"z" * Idx())
`,
  // A call frame that does not fit raised RecursionError with the core's memory figures
  // in its message: str(e) is CPython's text now (the figures go to the report).
  "a caught RecursionError's message": `import sys
sys.setrecursionlimit(10000)
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e, e.args)
`,
  // A program whose output ends mid-line printed a newline at the end (the core's
  // unterminated line was always ended); CPython leaves it as the program wrote it.
  "output that ends without a newline": `import sys
for i in range(3):
    print(i, end=" ")
sys.stdout.write("done")
`,
  // fromkeys of a dict subclass made a plain dict (OrderedDict.fromkeys(...).move_to_end
  // failed); CPython makes cls() and stores through its __setitem__.
  "fromkeys of dict subclasses": `from collections import OrderedDict, defaultdict, Counter
class D(dict): pass
class W(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v * 2)
print(type(D.fromkeys("ab")).__name__, D.fromkeys("ab", 0), type(D().fromkeys("a")).__name__, W.fromkeys([1, 2], 5))
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
print(od, repr(defaultdict.fromkeys("xy", 1)), dict.fromkeys(range(3)))
for f in (lambda: Counter.fromkeys("ab"), lambda: dict.fromkeys(), lambda: D.fromkeys(1, 2, 3), lambda: D.fromkeys("a", x=1), lambda: dict.fromkeys("a", x=1)):
    try:
        f()
    except (TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)
`,
  // datetime's strftime lacked %U %W %G %g %V %C %r %n %t (printed as written).
  "datetime strftime week numbers": `from datetime import date, datetime, timedelta
start = date(1999, 12, 20)
for i in range(0, 800, 37):
    d = start + timedelta(days=i)
    print(d, d.strftime("%U %W %G %g %V %C|%n|%t|"))
print(datetime(2024, 3, 10, 0, 5, 1).strftime("%r %U %W"), datetime(2024, 3, 10, 13, 5, 1).strftime("%r"))
`,
}, [
  // An uncaught exception is named by its class's qualified name, as CPython's report.
  ['def main():\n    class ParseError(Exception): pass\n    raise ParseError("bad token", 3)\nmain()', "main.<locals>.ParseError: ('bad token', 3)"],
  ['class Outer:\n    class Inner(ValueError): pass\nraise Outer.Inner("y")', "Outer.Inner: y"],
  ['class L:\n    def __len__(self): return 2**70\nlen(L())', "OverflowError: cannot fit 'int' into an index-sized integer"],
  ['class L:\n    def __len__(self): return -2**70\nlen(L())', "ValueError: __len__() should return >= 0"],
  ['class V:\n    def __mul__(self, k): return NotImplemented\nV() * "s"', "TypeError: can't multiply sequence by non-int of type 'V'"],
]);

// An uncaught NameError or AttributeError: CPython 3.11's report ends its last line with
// "Did you mean" (Python/suggestions.c: the frame's locals, then globals, then builtins;
// dir() of the object). The suggestion is not part of str(e), so it is checked here on
// the error's report fields, against CPython's last stderr line.
describe("Did you mean, on an uncaught NameError or AttributeError", () => {
  const cases: [string, string][] = [
    ["total = 0\nfor i in range(3):\n    totl += i", "NameError: name 'totl' is not defined. Did you mean: 'total'?"],
    ["def f():\n    counter = 1\n    return countr + 1\nf()", "NameError: name 'countr' is not defined. Did you mean: 'counter'?"],
    ["prnt('x')", "NameError: name 'prnt' is not defined. Did you mean: 'print'?"],
    ["Flase", "NameError: name 'Flase' is not defined. Did you mean: 'False'?"],
    // Equally close builtins: the first in CPython's builtins dict order ('input' before 'int').
    ["age = inpt('Age? ')", "NameError: name 'inpt' is not defined. Did you mean: 'input'?"],
    ["x = 1\nfactor", "NameError: name 'factor' is not defined"],
    ["x = [1]\nx.apend(2)", "AttributeError: 'list' object has no attribute 'apend'. Did you mean: 'append'?"],
    ["import math\nmath.sqr(2)", "AttributeError: module 'math' has no attribute 'sqr'. Did you mean: 'sqrt'?"],
    ["class A:\n    def __init__(self):\n        self.balance = 0\nA().balence", "AttributeError: 'A' object has no attribute 'balence'. Did you mean: 'balance'?"],
    ["class C:\n    value = 1\nC.valeu", "AttributeError: type object 'C' has no attribute 'valeu'. Did you mean: 'value'?"],
    ["class A:\n    def __getattr__(self, n):\n        raise AttributeError(n)\nA().foo", "AttributeError: foo"],
  ];
  for (const [src, line] of cases) {
    it(`${JSON.stringify(src)} -> ${line}`, () => {
      const r = runSource(src, { float64: true });
      const e = r.error;
      const shown = e ? `${e.kind}: ${e.pyMessage}${e.suggestion !== null ? `. Did you mean: '${e.suggestion}'?` : ""}` : "no error";
      expect(shown).toBe(line);
      if (cpython311) expect(runCPython(src).err.trim().split("\n").pop()).toBe(line);
    });
  }
});
