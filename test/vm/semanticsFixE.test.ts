// CPython 3.11 rules the VM used to miss: containers compare by identity before
// equality (PyObject_RichCompareBool), so a NaN or an object whose __eq__ says False
// is still found in a list holding it; NaN floats have an identity of their own.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "containers ask identity before equality, as CPython's PyObject_RichCompareBool",
  {
    "a NaN in lists, tuples, dicts, sets and deques": `from collections import deque
import math, operator
nan = float('nan')
print(nan in [nan], [nan] == [nan], [nan].count(nan), [nan].index(nan), nan in (nan,))
print((nan,) == (nan,), {nan: 1}[nan], nan in deque([nan]), nan in {nan}, nan in {nan: 1})
l = [1, nan, 2]; l.remove(nan); print(l)
print({1: nan} == {1: nan}, {nan: 1} == {nan: 1}, {nan} == {nan}, [[nan]] == [[nan]])
print([nan] != [nan], (nan,) != (nan,), [nan] < [nan], [nan] <= [nan], (nan,) >= (nan,))
print(nan in iter([nan]), deque([nan]).index(nan), deque([nan]).count(nan), deque([nan]) == deque([nan]))
d = deque([1, nan]); d.remove(nan); print(d)
print(operator.contains([nan], nan), operator.countOf([nan], nan), operator.indexOf([nan], nan))
s = {nan, nan}; print(len(s))
d = {}; d[nan] = 1; d[nan] = 2; print(d)
`,
    "NaN identity: is, ==, fresh NaNs": `import math
nan = float('nan')
x = math.inf - math.inf
print(nan is nan, nan is not nan, x is x, x is not x, x in [x], [x] == [x])
print(nan == nan, nan != nan, x == x, x != x, math.nan is math.nan, math.nan == math.nan)
print(float('nan') is float('nan'), float('nan') in [float('nan')], [float('nan')] == [float('nan')])
print(-nan is nan, nan.__class__)
def loop(n):
    y = nan
    r = 0
    for i in range(n):
        if y is y: r += 1
        if y is not y: r -= 10
        if y == y: r += 100
        if y != y: r += 1000
    return r
print(loop(3000))
for v in (nan, -nan, abs(nan), nan + 1, float(nan)):
    print(repr(v), f"{v:.3f}", "%f" % v, math.isnan(v), v < 1, v >= v, hash(v) == hash(v))
try:
    int(nan)
except ValueError as e:
    print(e)
print(sorted([3.0, 1.0, 2.0]), max(nan, 1), min([1, nan]), round(nan, 2), {1: nan})
`,
    "arrays and memoryviews unpack fresh NaNs, which equal nothing": `from array import array
nan = float('nan')
a = array('d', [nan, 1.0])
print(a == a, a.count(nan), nan in a, a.count(1.0))
m = memoryview(a)
print(m == m, m == memoryview(array('d', [nan, 1.0])), m.tolist() == m.tolist())
n = memoryview(b'ab'); print(n == n); n.release(); print(n == n, n == memoryview(b'ab'))
`,
    "an object whose __eq__ answers False is found without asking it": `from collections import deque
class A:
    def __eq__(self, o):
        print("eq called")
        return False
    __hash__ = object.__hash__
a = A()
print(a in [a], [a] == [a], [a].count(a), [a].index(a), a in (a,), (a,) == (a,))
print(a in deque([a]), deque([a]).count(a), deque([a]) == deque([a]), a in {a}, {a: 1}[a])
l = [a]; l.remove(a); print(l)
print([1, a] == [1, a])
d = deque([1, a]); d.remove(a); print(d)
print(a == a, a != a)
`,
  },
  [],
);
