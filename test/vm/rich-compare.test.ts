// `<`, `<=`, `>`, `>=` give a class's `__lt__`... result as it is (CPython's rich
// comparison: element-wise vectors, expression trees), in the interpreter and in
// compiled code (ops.compareValue), while branches, sorting and min/max use its truth;
// when b's type is a strict subtype of a's, b's reflected method answers first.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "rich comparison results against CPython",
  {
    "a strict subtype's reflected comparison answers first": `class CIStr(str):
    def __eq__(self, o): return self.lower() == str(o).lower()
    __hash__ = str.__hash__
print("x" == CIStr("X"), CIStr("X") == "x", CIStr("X") in ["x"], "x" != CIStr("X"))
class A:
    def __lt__(s, o): return "A.lt"
class B(A):
    def __gt__(s, o): return "B.gt"
print(A() < B(), B() < A(), A() < A())
class F(float):
    def __gt__(self, o): return "F.gt"
print(1.0 < F(2), F(2) > 1.0)
class L(list):
    def __eq__(self, o): return "L.eq"
print([] == L(), L() == [])
class P:
    def __eq__(self, o): return "P.eq"
class Q(P):
    pass
print(P() == Q(), Q() == P())
`,
    "comparison results kept, in loops long enough to be compiled": `import operator
class A:
    def __lt__(s, o): return "lt"
    def __ge__(s, o): return "ge"
a = A()
print(a < 1, a >= 1, 1 > a, operator.lt(a, 1), operator.ge(a, 2))
class V:
    def __init__(self, xs): self.xs = xs
    def __lt__(self, o): return V([x < o for x in self.xs])
    def __gt__(self, o): return V([x > o for x in self.xs])
    def __repr__(self): return "V(%r)" % self.xs
v = V([1, 5, 3])
def run(n):
    out = []
    for i in range(n):
        out.append(v < 3)
        out.append(v > i)
        if v < 2: out.append("truthy")
    return out
print(run(3), len(run(300)))
print((1, a) < (1, 2), [a] < [5], 1 < 2 < 3, (a < 1) is not True)
class N:
    def __lt__(s, o): return NotImplemented
try:
    N() < N()
except TypeError as e:
    print(e)
print(sorted([3, 1, 2]), max([A(), A()]).__class__.__name__)
`,
  },
  [
    ["class N:\n    def __lt__(s, o): return NotImplemented\nprint(N() < N())\n", "TypeError: '<' not supported between instances of 'N' and 'N'"],
  ],
);
