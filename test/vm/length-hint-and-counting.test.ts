// PEP 424's length hint (operator.length_hint, the built-in iterators' __length_hint__,
// user classes' __length_hint__) and exact counting past int32: itertools.count with
// big ints, floats and other numbers, enumerate with a big start or counting past
// 2**31 - 1 (both through the interpreter's unpacking path and list()).
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("length hints", {
  "built-in iterators": `import operator, itertools
it = iter([1, 2, 3]); next(it)
print(operator.length_hint(it), it.__length_hint__(), operator.length_hint(iter((1, 2))))
it = iter({1: 2, 3: 4}); next(it)
print(operator.length_hint(it), operator.length_hint(iter({1, 2, 3})), operator.length_hint(iter({1: 2}.items())))
print(operator.length_hint(iter("h\\u00e9llo")), operator.length_hint(reversed("h\\u00e9llo")), operator.length_hint(iter(b'abc')), operator.length_hint(iter(bytearray(b'ab'))))
it = reversed([1, 2, 3]); next(it)
print(operator.length_hint(it), operator.length_hint(reversed((1, 2))), operator.length_hint(reversed(b'xy')))
print(operator.length_hint(iter(range(0, 10, 3))), operator.length_hint(iter(range(10, 0, -4))), iter(range(2**70)).__length_hint__())
r = itertools.repeat('a', 3); next(r)
print(operator.length_hint(r), repr(r), repr(itertools.repeat([1])))
print(operator.length_hint(map(str, [1])), operator.length_hint(map(str, [1]), 5), operator.length_hint((x for x in [1]), 2))
print(operator.length_hint(enumerate([1, 2]), 3), operator.length_hint(zip([1]), 3), operator.length_hint([1, 2], 7))
d = {1: 2}
it = iter(d); d[5] = 6
print(operator.length_hint(it))
it = iter([1, 2, 3]); list(it)
print(it.__length_hint__(), operator.length_hint(it, 4))
`,
  "user classes": `import operator
class LH:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return 5
print(list(LH()), operator.length_hint(LH()))
class L:
    def __len__(self): return 4
    def __length_hint__(self): return 9
class T:
    def __len__(self): raise TypeError("no")
    def __length_hint__(self): return 2
class NI:
    def __length_hint__(self): return NotImplemented
class B:
    def __length_hint__(self): return True
print(operator.length_hint(L()), operator.length_hint(T()), operator.length_hint(NI(), 4), operator.length_hint(B()))
print(operator.length_hint([], True), operator.length_hint(object(), True), operator.length_hint(object(), -3), operator.length_hint(object()))
`,
}, [
  ["import operator\nclass Bad:\n    def __length_hint__(self): return -1\noperator.length_hint(Bad())", "ValueError: __length_hint__() should return >= 0"],
  ["import operator\nclass Bad:\n    def __length_hint__(self): return 'x'\noperator.length_hint(Bad())", "TypeError: __length_hint__ must be an integer, not str"],
  ["import operator\nclass Big:\n    def __length_hint__(self): return 2**70\noperator.length_hint(Big())", "OverflowError: Python int too large to convert to C ssize_t"],
  ["import operator\noperator.length_hint(iter(range(2**70)))", "OverflowError: Python int too large to convert to C ssize_t"],
  ["import operator\noperator.length_hint(object(), 'x')", "TypeError: 'str' object cannot be interpreted as an integer"],
  ["import operator\noperator.length_hint()", "TypeError: length_hint expected at least 1 argument, got 0"],
  ["import itertools\nitertools.repeat(1).__length_hint__()", "TypeError: len() of unsized object"],
  ["import operator\nclass E:\n    def __len__(self): raise ValueError('v')\noperator.length_hint(E())", "ValueError: v"],
]);

describeCPythonParity("exact counting", {
  "itertools.count": `import itertools
from fractions import Fraction
c = itertools.count(2**70)
print(next(c), next(c), repr(c))
c = itertools.count(2**70, 2**69)
print(next(c), next(c), repr(c))
c = itertools.count(2**31 - 2)
print([next(c) for _ in range(4)])
c = itertools.count(0.5, 0.25)
print([next(c) for _ in range(3)], repr(c))
c = itertools.count(1, 0.5)
print(next(c), next(c), repr(itertools.count()), repr(itertools.count(0, 1.0)), repr(itertools.count(1.5, 2)))
c = itertools.count(Fraction(1, 2))
print(next(c), next(c), repr(itertools.count(Fraction(1, 3))))
c = itertools.count(True)
print(next(c), next(c), repr(itertools.count(True)))
c = itertools.count(1j, 2)
print(next(c), next(c))
print(list(zip(itertools.count(2**62, 2**62), "abc")))
print(list(itertools.islice(itertools.count(0.1, 0.1), 3)))
print(list(itertools.islice(itertools.count(-2**70, -1), 2)))
`,
  "enumerate": `print(list(enumerate("ab", 2**70)), list(enumerate("ab", start=-2**70)), list(enumerate("ab", start=-1)))
for i, ch in enumerate("abc", 2**31 - 2):
    print(i, ch, type(i).__name__)
print(list(enumerate("abc", 2**53 - 1)))
def loop():
    tot = 0
    for i, ch in enumerate("x" * 5, 2**31 - 3):
        tot += i
    last = None
    for t in enumerate(range(3), 2**63 - 2):
        last = t
    return tot, last
print(loop())
class Idx:
    def __index__(self): return 2**40
print(next(enumerate("a", Idx())))
`,
}, [
  ["import itertools\nitertools.count('a')", "TypeError: a number is required"],
  ["import itertools\nitertools.count(0, 'a')", "TypeError: a number is required"],
  ["enumerate('ab', 1.5)", "TypeError: 'float' object cannot be interpreted as an integer"],
]);
