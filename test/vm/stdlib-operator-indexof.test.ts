// operator.indexOf and operator.countOf walk any iterable lazily and test `x is b or
// x == b`, as CPython's PySequence_Index/Count: a class's __eq__ answers, indexOf stops
// at the first match (so it works on an endless iterator), and a non-iterable is named
// as the `in` operator names it.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "operator.indexOf / countOf against CPython",
  {
    "sequences, iterators, generators and __eq__": `import operator, itertools
from operator import indexOf, countOf
class Near:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return abs(self.v - other) < 0.5
print(indexOf([10, 20, 30], 30), indexOf("hello", "l"), indexOf((None, 0), 0))
print(indexOf(itertools.count(5), 9), indexOf((x * x for x in range(10)), 49))
print(indexOf([Near(1.9), Near(3.1)], 3), countOf([Near(1), Near(1.2), 5], 1))
print(countOf([1, 3, 3, 1, 3], 3), countOf(iter("banana"), "a"), countOf({1: 2, 2: 3}, 2), countOf([], 0))
print(countOf([1, 1.0, True], 1), indexOf([0, False], False))
try:
    indexOf([1, 2], 5)
except ValueError as e:
    print("ValueError:", e)
`,
  },
  [
    ["import operator\noperator.indexOf([1, 2], 5)", "ValueError: sequence.index(x): x not in sequence"],
    ["import operator\noperator.countOf(5, 5)", "TypeError: argument of type 'int' is not iterable"],
    ["import operator\noperator.indexOf(None, 5)", "TypeError: argument of type 'NoneType' is not iterable"],
  ],
);
