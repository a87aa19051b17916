// abc's `__abstractmethods__` and registered built-in types covering their subtypes,
// a function's `__get__` (the descriptor protocol by hand), and complex(a, b) combining
// its parts as CPython's complex_new (complex(1, -0.0) keeps the negative zero);
// cmath.isclose, infj and nanj.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "abc, function __get__ and complex() parts against CPython",
  {
    "cmath.isclose, infj, nanj; complex keys find equal number keys; read-only attributes": `import cmath
d = {1: "a", 2.0: "b"}
print(d.get(1+0j), d.get(2+0j), (1+0j) in {1}, 2 in {2+0j}, {1+0j: 5}.get(1))
print(cmath.infj, cmath.nanj, cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1, 1.05, rel_tol=0.1), cmath.isclose(0j, 1e-12j, abs_tol=1e-9))
print(cmath.isclose(complex('inf'), complex('inf')), cmath.isclose(cmath.nanj, cmath.nanj))
for stmt in ("setattr(1, 'real', 2)", "(1).imag = 3", "'s'.upper = 1"):
    try:
        if stmt.startswith("setattr"): setattr(1, 'real', 2)
        elif stmt.startswith("(1)"): (1).imag = 3
        else: 's'.upper = 1
    except AttributeError as e:
        print(e)
try:
    cmath.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)
`,
    "abstract methods, registration, __get__, complex(a, b)": `from abc import ABC, abstractmethod
class S(ABC):
    @abstractmethod
    def f(self): ...
    @abstractmethod
    def g(self): ...
class T(S):
    def f(self): return 1
class U(T):
    def g(self): return 2
print(sorted(S.__abstractmethods__), sorted(T.__abstractmethods__), U.__abstractmethods__, type(S.__abstractmethods__).__name__)
class B(ABC): pass
B.register(int)
print(issubclass(bool, B), isinstance(True, B), isinstance(1, B), isinstance("s", B), issubclass(float, B))
def m(self, x): return (self.v, x)
class H:
    v = 7
h = H()
print(m.__get__(h, H)(3), m.__get__(None, H) is m, m.__get__(h)(4))
z = complex(1, -0.0)
print(z, z.imag, complex(0.0, -0.0), complex(1j, 2), complex(1j, 2j), complex(2, 1j), complex(-0.0), complex(1.5), complex("1-0j"))
`,
  },
  [
    ["from abc import ABC, abstractmethod\nclass S(ABC):\n    @abstractmethod\n    def f(self): ...\nS()\n", "TypeError: Can't instantiate abstract class S with abstract method f"],
  ],
);
