// `x += k` with a constant k (INPLACE_ADD_INT) is `+=`, not `+`: __iadd__ first, a
// list extended in place, a bytearray given bytes-like values only (memoryview and
// array.array too, as CPython's buffer protocol); `1 == obj` and `obj in [1, 2]` ask
// obj's reflected __eq__ after int's declines; a failed `a op= b` names `op=` as CPython. Interpreted and compiled (the loops
// run past the baseline compiler's threshold).
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("augmented assignment and reflected equality", {
  "x += 1 on instances, lists, strings, bytearrays and big ints": `
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NotImplemented
    def __iadd__(self, o): self.v += 100; return self
n = N(3)
n += 1
print(n.v)
def f():
    m = N(1)
    for i in range(200):
        m += 1
    return m.v
print(f())
x = [1]
x += (2, 3)
def attempt(what, fn):
    try:
        fn()
    except TypeError as e:
        print(what, '->', e)
def plus(): return x + 1
def iadd_list():
    global x
    x += 1
def iadd_str():
    s = 'a'
    s += 1
def iadd_bytearray_int():
    b = bytearray(b'a')
    b += 1
def iadd_bytearray_list():
    b = bytearray()
    b += [1]
for fn in [plus, iadd_list, iadd_str, iadd_bytearray_int, iadd_bytearray_list]:
    attempt(fn.__name__, fn)
t = 0.5
t += 1
k = 2**31 - 1
k += 1
print(x, t, k)
from array import array
b2 = bytearray(b'x')
ident = b2
b2 += memoryview(b'yz')
b2 += b'!'
b2 += array('B', [65])
print(b2, ident is b2, bytearray(b'a') + memoryview(b'x'), b'a' + memoryview(b'y'))
`,
  "reflected __eq__ against ints": `
class Eq:
    def __eq__(self, o): return True
class NE:
    def __eq__(self, o): return NotImplemented
print(1 == Eq(), 1.5 == Eq(), 2**70 == Eq(), 1 != Eq())
print(Eq() in [1, 2], [1, 2].index(Eq()), [3, 4].count(Eq()), (5,).count(Eq()))
print(1 == NE(), NE() in [1], 1 in [NE()])
hits = 0
for i in range(300):
    if Eq() in [i]:
        hits += 1
print(hits)
`,
}, [
  ["class N:\n    def __add__(self, o): return NotImplemented\nn = N()\nn += 1\n", "TypeError: unsupported operand type(s) for +=: 'N' and 'int'"],
  ["x = 1\nx += 'a'\n", "TypeError: unsupported operand type(s) for +=: 'int' and 'str'"],
  ["x = {1}\nx -= [1]\n", "TypeError: unsupported operand type(s) for -=: 'set' and 'list'"],
  ["x = None\nx ^= 1\n", "TypeError: unsupported operand type(s) for ^=: 'NoneType' and 'int'"],
  ["x = [1]\nx += 1\n", "TypeError: 'int' object is not iterable"],
]);

// Compiled method calls, len() and indexing of built-in types' subclasses go straight
// to the value unless the class overrides them (callSite.ts callMethodAt,
// classes.ts nativeSlotValue); behaviour stays CPython's.
describeCPythonParity("built-in subclasses on the fast paths", {
  "list, str, dict and set subclasses, overridden or not": `
class OC(list): pass
class Counted(list):
    def __len__(self): return 99
    def __getitem__(self, i): return ('item', i)
    def append(self, x): list.append(self, x * 10)
class S(str): pass
class D(dict):
    def __missing__(self, k): return 'missing-' + str(k)
class St(set): pass
out = []
for i in range(300):
    o = OC(); o.append(i); o.append(i + 1); o.extend([7]); o.pop(0)
    c = Counted(); c.append(i)
    s = S('abc')
    d = D(a=1)
    st = St(); st.add(i % 3)
    out.append((len(o), o[0], o[-1], o[0:2], type(o[0:2]).__name__, len(c), c[5], list.__getitem__(c, 0),
                len(s), s[1], s.upper(), type(s.upper()).__name__, d['a'], d['zz'], d.get('q'), len(d), len(st)))
print(out[0], out[150], out[-1])
try:
    OC()[3]
except IndexError as e:
    print('IndexError', e)
`,
}, []);
