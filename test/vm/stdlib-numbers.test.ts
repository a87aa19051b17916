// numbers (library module, src/vm/modules/numbersSource.ts; isinstance rules collectionsAbc.ts) against CPython 3.11.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("numbers", {
  "isinstance/issubclass for int, bool, float, complex, Fraction; register; Integral's mixins": `import numbers
from numbers import Number, Complex, Real, Rational, Integral
from fractions import Fraction
from collections import deque
from collections.abc import MutableSequence
abcs = [Number, Complex, Real, Rational, Integral]
for v in [1, True, 2.5, 1j, Fraction(1, 3), "s", None, [1], 10**30]:
    print(repr(v), "".join("1" if isinstance(v, a) else "." for a in abcs))
for t in [int, bool, float, complex, Fraction, str]:
    print(t.__name__, "".join("1" if issubclass(t, a) else "." for a in abcs))
print(isinstance(deque(), MutableSequence))
class Meters(Real):
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return float(self.v)
try:
    Meters(1)
except TypeError as e:
    print(str(e)[:60])
class Tiny:
    pass
Integral.register(Tiny)
print(isinstance(Tiny(), Real), isinstance(Tiny(), Number), issubclass(Tiny, Complex))
class MyInt(Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __index__(self): return self.v
    def __abs__(self): return abs(self.v)
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __and__(self, o): return self.v & o
    def __rand__(self, o): return o & self.v
    def __ceil__(self): return self.v
    def __eq__(self, o): return self.v == o
    def __floor__(self): return self.v
    def __floordiv__(self, o): return self.v // o
    def __rfloordiv__(self, o): return o // self.v
    def __invert__(self): return ~self.v
    def __le__(self, o): return self.v <= o
    def __lshift__(self, o): return self.v << o
    def __rlshift__(self, o): return o << self.v
    def __lt__(self, o): return self.v < o
    def __mod__(self, o): return self.v % o
    def __rmod__(self, o): return o % self.v
    def __mul__(self, o): return self.v * o
    def __rmul__(self, o): return o * self.v
    def __neg__(self): return -self.v
    def __or__(self, o): return self.v | o
    def __ror__(self, o): return o | self.v
    def __pos__(self): return self.v
    def __pow__(self, o, m=None): return self.v ** o
    def __rpow__(self, o): return o ** self.v
    def __round__(self, n=None): return self.v
    def __rshift__(self, o): return self.v >> o
    def __rrshift__(self, o): return o >> self.v
    def __rtruediv__(self, o): return o / self.v
    def __truediv__(self, o): return self.v / o
    def __trunc__(self): return self.v
    def __xor__(self, o): return self.v ^ o
    def __rxor__(self, o): return o ^ self.v
    __hash__ = None
m = MyInt(6)
print(float(m), m.numerator, m.denominator, m.real, m.imag, m.conjugate(), complex(m), [10, 20, 30, 40, 50, 60, 70][m])
`,
}, [
  ["import numbers\nnumbers.Number.__hash__(1)", "TypeError: 'NoneType' object is not callable"],
]);
