// CPython parity of fixJ's fixes: sort comparisons, sys attributes, builtin types'
// introspection, the empty tuple, complex power, Fraction, cmath, titlecase letters.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "sorted()/list.sort() make CPython's comparisons",
  {
    "__lt__ calls: count and pairs": `
import random
calls = []
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v))
        return self.v < o.v
def run(vals, **kw):
    calls.clear()
    r = sorted([C(v) for v in vals], **kw)
    return len(calls), calls[:12], calls[-6:], [c.v for c in r] == sorted(vals, **{k: v for k, v in kw.items() if k == 'reverse'})
print(run([3, 1, 2]), run(list(range(10))), run([5, 3, 8, 1, 9, 2, 7, 4, 6, 0]))
random.seed(7)
for n in (63, 64, 65, 200, 1500):
    data = [random.randrange(n // 2) for _ in range(n)]
    print(n, run(data)[0], run(data, reverse=True)[0], run(sorted(data))[0], run(sorted(data, reverse=True))[0])
    a = sorted(data)
    for _ in range(n // 25):
        i, j = random.randrange(n), random.randrange(n); a[i], a[j] = a[j], a[i]
    print(run(a)[:3])
`,
    "list.sort leaves the reached order when a comparison raises": `
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C({self.v})"
for data in ([C(3), C(1), 5, C(2)], [C(5), C(4), C(3), C(2), 'x', C(0)]):
    for rev in (False, True):
        a = list(data)
        try: a.sort(reverse=rev)
        except Exception as e: print(type(e).__name__, e)
        print(a)
for d in ([1, 'a'], ['a', 1], [1, 2, 'a', 3], ['b', 'a', 2, 1.5], [3, 2, 1, 'x']):
    try: sorted(d)
    except TypeError as e: print(e)
print(sorted([3, 1.5, True, 2, -1, 10**20, 0.5]), sorted([(2, 'a'), (1, 'b'), (1, 'a')]))
class D:
    def __init__(s, v): s.v = v
    def __lt__(s, o): print('lt', s.v, o.v); return s.v < o.v
    def __eq__(s, o): print('eq', s.v, o.v); return s.v == o.v
sorted([(D(2), 1), (D(1), 2), (D(2), 0)])
`,
  },
  [],
);

describeCPythonParity(
  "sys: saved streams, flags, hooks and interpreter facts",
  {
    "restore idiom and attributes": `
import sys, io
sys.stdout = io.StringIO()
print("captured")
cap = sys.stdout.getvalue()
sys.stdout = sys.__stdout__
print(repr(cap))
names = ["__stdout__", "__stderr__", "__stdin__", "excepthook", "displayhook", "maxunicode", "executable", "flags",
         "builtin_module_names", "getfilesystemencoding", "hash_info", "float_repr_style", "settrace", "gettrace", "exec_prefix", "prefix"]
print([n for n in names if not hasattr(sys, n)])
print(sys.flags.optimize, sys.flags.debug, sys.flags[11], len(sys.flags), sys.flags.dev_mode, sys.flags.int_max_str_digits)
print(sys.hash_info.modulus == 2**61 - 1, sys.hash_info.inf, sys.hash_info.width)
print(sys.maxunicode, sys.float_repr_style, type(sys.executable), sys.getfilesystemencoding())
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)
print(sys.excepthook is sys.__excepthook__, callable(sys.excepthook), sys.gettrace())
print(type(sys.builtin_module_names), 'sys' in sys.builtin_module_names, 'builtins' in sys.builtin_module_names)
sys.displayhook(5); sys.displayhook(None)
`,
    "a custom excepthook gets the uncaught exception": `
import sys, atexit
atexit.register(lambda: print("atexit"))
def hook(t, v, tb):
    print("hook:", t.__name__, v)
sys.excepthook = hook
def f(): raise KeyError("k")
print("start")
f()
`,
  },
  [],
);

describeCPythonParity(
  "built-in types' and functions' introspection attributes",
  {
    "__doc__, __qualname__, __module__, __self__": `
import math
for t in (int, str, list, dict, float, bool, type, object, tuple, set, frozenset, bytes, complex, range, slice, ValueError, KeyError, map, zip, enumerate, property, super):
    print(t.__name__, t.__qualname__, t.__module__, repr(t.__doc__))
print((5).__doc__ == int.__doc__, "".__doc__ == str.__doc__, KeyError("x").__doc__)
x = []
for m in (x.append, "a".upper, {}.get, len, print, (1).bit_length):
    print(m.__name__, m.__qualname__, m.__module__, m.__self__, m.__doc__ is None or m.__doc__ == m.__doc__)
print([].append.__self__, len.__self__ is __import__("builtins"), x.append.__self__ is x)
print(list.append.__qualname__, list.append.__name__, str.join.__qualname__, dict.fromkeys.__qualname__, dict.fromkeys.__self__)
print(math.sqrt.__self__ is math, math.sqrt.__module__, math.sqrt.__qualname__)
class E(ValueError): pass
class F(int): pass
class G:
    "doc of G"
print(E.__doc__, E().__doc__, F.__doc__, F(2).__doc__, G.__doc__, G().__doc__)
print(isinstance(3, int), issubclass(bool, int), isinstance(E(), ValueError))
`,
  },
  [],
);

describeCPythonParity(
  "the empty tuple is one object",
  {
    "(), tuple(), slices, concatenation, repetition, *args": `
E = ()
a = (); b = tuple(); c = tuple([])
print(a is E, a is b, b is c, (1, 2)[2:] is E, (1, 2)[5:9:2] is E, E + E is E, (1,) * 0 is E, tuple(x for x in []) is E)
def f(*args): return args
print(f() is E, tuple('') is E, E * 5 is E)
t = (1, 2, 3)
print(tuple(t) is t, t[:0] is E, len(E), E == (), hash(E) == hash(tuple()), repr(E), E < (1,))
for i in range(3):
    x = ()
    print(x is E, end=' ')
print()
class T(tuple): pass
print(T() is E, T() == E, type(T()).__name__)
`,
  },
  // The tuple's type name in messages (the host class behind it is renamed by the bundler).
  [["[1] + (2,)\n", 'TypeError: can only concatenate list (not "tuple") to list'], ["[1] + ()\n", 'TypeError: can only concatenate list (not "tuple") to list']],
);

describeCPythonParity(
  "complex ** errors",
  {
    "zero to a negative power, overflow": `
for a, b in [(0j, -1), (0j, -2.0), (0j, -1+0j), (0j, 1j), (0j, -0.5), (1e-200j, -2), (0j, 0), (0j, 2), (1e200j, 3), (2+3j, -101), (0j, -101), (1e-300+0j, -200),
             (complex('inf'), 2), (complex('inf'), 0.5), (1e200+0j, 2.5), (-1e200, 0.5), (complex(1e308, 1e308), 1), (-8, 1/3), (-1e300, 1.5), (2j, 0.5)]:
    try: print(a, b, a ** b)
    except Exception as e: print(a, b, type(e).__name__, e)
`,
  },
  [["0j ** -1", "ZeroDivisionError: 0.0 to a negative or complex power"]],
);

describeCPythonParity(
  "Fraction: numbers.Rational's members",
  {
    "real, imag, conjugate, from_decimal": `
from fractions import Fraction as F
from decimal import Decimal
print(F(1, 3).real, F(1, 3).imag, F(1, 3).conjugate(), repr(F(2).real), type(F(1, 3).imag))
print(F.from_decimal(Decimal('1.25')), F.from_decimal(3), F.from_decimal(True), F.from_decimal(Decimal('-0.001')), repr(F.from_decimal(Decimal('1e3'))))
for bad in (1.5, '1', Decimal('nan'), Decimal('inf')):
    try: print(F.from_decimal(bad))
    except Exception as e: print(type(e).__name__, e)
class G(F): pass
print(type(G.from_decimal(Decimal('0.5'))).__name__, type(G(1, 2).real).__name__)
`,
  },
  [],
);

describeCPythonParity(
  "cmath: CPython's functions, formulas and special values",
  {
    "all functions on ordinary and special arguments": `
import cmath
vals = [0j, 1+0j, -1+0j, 1j, -1j, 2+3j, -2.5+0.5j, 0.5-0.25j, 1e-5+1e-5j, 1e5-3j, 3+1e5j, 0.7+0.7j, -0.3-0.9j, 1+1e-10j, 0.9999+0.01j, 700+1j, -710+2j, 1e300+1e300j, 5e-324+0j, 1e-310+1e-310j, complex(-0.0, 0.0), complex(0.0, -0.0), 2, -3.5, 1.0000001, 10+0.1j, -0.001+4j]
inf = float('inf'); nan = float('nan')
sp = [-inf, -1.5, -0.0, 0.0, 1.5, inf, nan]
vals += [complex(a, b) for a in sp for b in sp]
for n in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh']:
    f = getattr(cmath, n)
    out = []
    for v in vals:
        try: out.append(repr(f(v)))
        except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    print(n, ' '.join(out))
for v in vals[:25]:
    for b in (2, 10, 1j, 0.5+0.5j, 1):
        try: print(cmath.log(v, b), end=' ')
        except Exception as e: print(type(e).__name__, e, end=' ')
    print()
for r, p in [(1, 0.5), (2, -0.0), (inf, 1), (0, inf), (1, inf), (nan, 0), (-2, 3), (1e308, 1), (-inf, 0.0), (nan, nan)]:
    try: print(cmath.rect(r, p))
    except Exception as e: print(type(e).__name__, e)
print(cmath.tan(1j), cmath.sinh(1), cmath.asin(2), cmath.log(8, 2))
print(cmath.inf, cmath.nan, cmath.infj, cmath.nanj, cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1, 1.1, abs_tol=0.2))
`,
  },
  [
    ["import cmath\ncmath.log(0j)", "ValueError: math domain error"],
    ["import cmath\ncmath.exp(1000+1j)", "OverflowError: math range error"],
    ["import cmath\ncmath.log(2, 1)", "ValueError: math domain error"],
    ["import cmath\ncmath.atanh(1)", "ValueError: math domain error"],
  ],
);

describeCPythonParity(
  "titlecase letters in swapcase, title, capitalize and the case tests",
  {
    "ǅ, ᾈ, ŉ, Georgian, circled letters": `
print("ǅ".swapcase(), "ᾈ".title())
t = "ǅungla ᾀβγ ŉa ﬁsh ßtraße ǆ ǉ DŽ ⓐⓑ ა Σσς ΌΣΟΣ ᾲ ᾳx ῼ"
print(t.swapcase(), t.title(), t.capitalize(), "ᾀa".capitalize(), "ǆa".capitalize())
for c in "ǅᾈᾀaAªʰⓐⒶͅ":
    print(hex(ord(c)), c.swapcase(), c.title(), c.capitalize(), c.isupper(), c.islower(), c.istitle())
print("ⓐⓑ".islower(), "ⒶⒷ".isupper(), "Ⓐⓑ".istitle(), "ǅa".istitle(), "ǅ".isupper(), "ǅ".islower())
`,
  },
  [],
);
