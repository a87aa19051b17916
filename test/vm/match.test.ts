// The `match` statement at run time (compiler/patterns.ts lowering, vm/patterns.ts
// tests), compared with CPython 3.11: every kind of pattern, __match_args__ of
// classes, dataclasses and namedtuples, soft keywords, and CPython's TypeErrors.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { output } from "../helpers/runSource.js";
import { setBaselineHotThreshold } from "../../src/vm/jit/baseline.js";

const programs: Record<string, string> = {
  c1: `
from dataclasses import dataclass
from collections import namedtuple

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

@dataclass
class Circle:
    center: Point
    r: float = 1.0

Pair = namedtuple("Pair", "a b")

class Color:
    RED = 1
    GREEN = 2

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(0, 0), r=r):
            return f"centered circle {r}"
        case Circle(c, r):
            return f"circle at {c.x},{c.y} r={r}"
        case Pair(a, b=3):
            return f"pair {a} with 3"
        case Pair(a, b):
            return f"pair {a} {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case bool():
            return "never (bool is int)"
        case Color.RED:
            return "red"
        case _:
            return "something else"

for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(0, 0), 2.5),
          Circle(Point(1, 1)), Pair(1, 3), Pair(1, 2), -4, 7, 2.5, "s", True, [], None]:
    print(where(v))
print(Circle.__match_args__, Pair.__match_args__)
`,
  c2: `
def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [int(x), int(y), *_] if x > y:
            return "descending start"
        case (x, [y, z]):
            return f"nested {x} {y} {z}"
        case [*init, last]:
            return f"init {init} last {last}"
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": t, **rest} if rest:
            return f"typed {t} rest {sorted(rest.items())}"
        case {}:
            return "a mapping"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -1+2j:
            return "complex"
        case True:
            return "true"
        case None:
            return "none"
        case other:
            return f"other {other!r}"

for v in [[], [5], (3, 1, 0), (1, [2, 3]), [1, 2, 3], range(2), {"type": "point", "x": 1, "y": 2},
          {"type": "box", "w": 3}, {"type": "box"}, {}, "hello", "hi", "str", b"raw", -1, 1.5,
          complex(-1, 2), True, 1, None, 0.0, (1, 2)]:
    print(shape(v))

# match and case stay names
match = [1, 2]
case = 3
print(match, case)
match[0] = 5
print(match)
def match(x): return x
print(match(4))
import re
m = re.match(r"a(b)", "ab")
print(m.group(1))
# the subject is evaluated once; a tuple subject
n = 0
def nxt():
    global n
    n += 1
    return n
match nxt(), nxt():
    case (1, 2):
        print("evaluated once each", n)
match 5:
    case 6:
        print("no")
print("after")
for i in range(4):
    match i:
        case 1:
            continue
        case 3:
            break
    print("loop", i)
`,
  c3: `
from collections import defaultdict, OrderedDict
class P:
    def __init__(self): self.a = 1
class L(list): pass
d = defaultdict(int, {"a": 1})
match d:
    case {"a": 1, "b": 0}:
        print("missing called?")
    case {"a": v}:
        print("defaultdict", v, dict(d))
match L([1, 2]):
    case [a, b]:
        print("list subclass", a, b)
match OrderedDict(x=1):
    case {"x": x}:
        print("ordered", x)
match P():
    case P(a=1, b=2):
        print("no b")
    case P(a=1):
        print("a is 1")
match "abc":
    case [*chars]:
        print("str is a sequence?")
    case str(s):
        print("str self", s)
match (1, 2):
    case tuple((a, b)):
        print("tuple self", a, b)
match {"k": [1, {"z": (2, 3)}]}:
    case {"k": [1, {"z": (2, q) as pair}]}:
        print("deep", q, pair)
match 3:
    case (1 | 2 | 3) as n:
        print("or-as", n)
match [1, [2, 3]]:
    case [1, [2, 4]] | [1, [2, 3]]:
        print("or of sequences")
match 0:
    case False:
        print("0 is False?")
    case 0:
        print("zero by value")
match 1.0:
    case 1:
        print("1.0 == 1")
match [1, 2]:
    case (1, 2):
        print("list matches tuple pattern")
match 42:
    case x if (y := x * 2) > 50:
        print("walrus in guard", y)
`,
};

const errors: [string, string][] = [
  ["class P:\n    __match_args__ = ('x', 'y')\n    x = y = 0\nmatch P():\n    case P(1, 2, 3): pass\n", "TypeError: P() accepts 2 positional sub-patterns (3 given)"],
  ["class P:\n    __match_args__ = ('x',)\n    x = 0\nmatch P():\n    case P(0, x=0): pass\n", "TypeError: P() got multiple sub-patterns for attribute 'x'"],
  ["match 1:\n    case len(): pass\n", "TypeError: called match pattern must be a type"],
  ["class Q:\n    __match_args__ = ['x']\nmatch Q():\n    case Q(1): pass\n", "TypeError: Q.__match_args__ must be a tuple (got list)"],
  ["class R:\n    __match_args__ = (1,)\nmatch R():\n    case R(1): pass\n", "TypeError: __match_args__ elements must be strings (got int)"],
  ["class S: pass\nmatch S():\n    case S(1): pass\n", "TypeError: S() accepts 0 positional sub-patterns (1 given)"],
  ["match 1:\n    case int(1, 2): pass\n", "TypeError: int() accepts 1 positional sub-pattern (2 given)"],
  ["class K:\n    a = 'a'\n    b = 'a'\nmatch {'a': 1, 'b': 2}:\n    case {K.a: 1, K.b: 2}: pass\n", "ValueError: mapping pattern checks duplicate key ('a')"],
  ["class E:\n    @property\n    def x(self): raise KeyError('boom')\nmatch E():\n    case E(x=1): pass\n", "KeyError: 'boom'"],
  ["match 1:\n    case 2:\n        y = 1\nprint(y)\n", "NameError: name 'y' is not defined"],
];

describeCPythonParity("match statement (PEP 634)", programs, errors);

describe("match statement: lowering", () => {
  it("keeps the operand stack balanced through loops, returns and nested matches", () => {
    const src = [
      "def f(xs):",
      "    out = []",
      "    for x in xs:",
      "        match x:",
      "            case [a, [b, *c]] if b:",
      "                match c:",
      "                    case []: out.append(('leaf', a, b))",
      "                    case [*_, last]: out.append(('tail', last))",
      "            case {'stop': True}:",
      "                break",
      "            case int(n) if n < 0:",
      "                return out, 'negative'",
      "            case _:",
      "                continue",
      "    return out, 'done'",
      "print(f([[1, [2]], [1, [2, 3, 4]], [1, [0]], 7, {'stop': True}, -1]))",
      "print(f([[1, [2]], -5, 9]))",
      "total = 0",
      "for i in range(2000):",
      "    match i % 3, i % 5:",
      "        case (0, 0): total += 15",
      "        case (0, _): total += 3",
      "        case (_, 0): total += 5",
      "print(total)",
    ].join("\n") + "\n";
    const expected = "([('leaf', 1, 2), ('tail', 4)], 'done')\n([('leaf', 1, 2)], 'negative')\n4939\n";
    for (const hot of [0, 1]) {
      setBaselineHotThreshold(hot); // interpreter only, then compiled at the first backward jump
      try {
        expect(output(src)).toBe(expected);
      } finally {
        setBaselineHotThreshold(64);
      }
    }
  });
});
