// object's slot methods (vm/objectSlots.ts): super().__repr__() and friends where the
// next class is object, `__hash__ = object.__hash__`, object.__eq__(a, b), x.__eq__(y)
// answering NotImplemented, functools.total_ordering's `is not object's` test;
// `__class__` of every object; and
// sys.set_int_max_str_digits / get_int_max_str_digits / int_info.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "object's slot methods and sys's int digit limit against CPython",
  {
    "object's __repr__, __str__, __eq__, __ne__, __hash__, __format__, comparisons": `class A:
    def __repr__(self): return "A" + super().__repr__()[:3]
print(repr(A()))
class B:
    def __init__(self, x): self.x = x
    def __str__(self): return "B:" + super().__str__()[:4]
    def __repr__(self): return "B(%d)" % self.x
print(str(B(1)))
print(object.__eq__(1, 1), object.__eq__(1, 2))
class E:
    def __eq__(self, o): return isinstance(o, E)
    __hash__ = object.__hash__
print(E() == E(), type(hash(E())).__name__, len({E(), E()}))
class P: pass
p = P()
print(p.__eq__(P()), p.__eq__(p), p.__ne__(P()), p.__lt__(p), P.__lt__ is object.__lt__, hasattr(object, "__eq__"))
class Q:
    def __eq__(self, other): return super().__eq__(other)
    def __hash__(self): return super().__hash__() % 1
q = Q()
print(q == q, q == Q(), hash(q))
class Ex(Exception):
    def __str__(self): return "Ex:" + super().__str__()
    def __repr__(self): return "R" + super().__repr__()
print(str(Ex("boom")), repr(Ex("boom")))
print(format(P(), "") [:10], P().__format__("")[:10])
try: format(P(), "x")
except TypeError as e: print(e)
import functools
@functools.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(T(1) <= T(2), T(3) >= T(2), T(1) > T(2))
class G:
    def __getattr__(self, n): return "dyn-" + n
print(G().foo, G().__eq__(1))
`,
    "__class__ of descriptors and singletons": `p = property(lambda s: 1)
for v in (p, staticmethod(len), classmethod(len), NotImplemented, Ellipsis, len, (x for x in []), range(3), None, 1.5, b"", print):
    try: print(v.__class__.__name__, type(v) is v.__class__)
    except AttributeError as e: print("ERR", e)
print(int.from_bytes(b"\\x01\\x00", "big"), int.from_bytes([1, 2], "little"))
`,
    "property __doc__": `class C:
    p = property(lambda s: 1, doc="d")
    @property
    def q(self):
        "The q."
        return 2
    @q.setter
    def q(self, v):
        pass
    r = property(lambda s: 3)
print(C.p.__doc__, C.q.__doc__, C.r.__doc__, C().p, C().q)
`,
    "sys.set_int_max_str_digits": `import sys, math
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info)
try: str(10**5000)
except ValueError as e: print(e)
sys.set_int_max_str_digits(10000)
print(len(str(10**5000)), sys.get_int_max_str_digits())
print(len(str(math.factorial(3000))))
print(int("1" * 6000) % 7)
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10**20000)))
try: sys.set_int_max_str_digits(100)
except ValueError as e: print(e)
sys.set_int_max_str_digits(700)
try: int("9" * 701)
except ValueError as e: print(e)
`,
  },
  [
    ["class A:\n    pass\nprint(super(A, A()).__zzz__())\n", "AttributeError: 'super' object has no attribute '__zzz__'"],
    ["int.from_bytes('x', 'big')\n", "TypeError: cannot convert 'str' object to bytes"],
    ["import sys\nsys.set_int_max_str_digits(5)\n", "ValueError: maxdigits must be 0 or larger than 640"],
  ],
);
