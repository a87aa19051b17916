// The fast paths of the container and library types against CPython 3.11: deque's
// methods in TypeScript (modules/dequeNative.ts, with their Python fallbacks),
// Counter's counting loop (modules/counterNative.ts), bytes and bytearray methods
// called in place, the set algebra's slot walks (set.ts eachSlot) and the dict's
// open-addressing index (dict.ts): growth, deletions, compaction, colliding hashes,
// keys whose __eq__ or __hash__ is Python code. Runs with the compiled tier on and
// off (EPYTHON_BASELINE_HOT).
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("deque fast paths against CPython", {
  queue: `
from collections import deque
q = deque()
t = 0
for i in range(5000):
    q.append(i)
    if len(q) > 37: t += q.popleft()
    if i % 7 == 0: q.appendleft(-i)
    if i % 11 == 0: t += q.pop()
print(t, len(q), list(q)[:5], list(q)[-5:], bool(q))
while q:
    q.popleft()
print(len(q), q, bool(q))
q.appendleft(1); q.appendleft(2); q.append(3)
print(q, q[0], q[-1], q.pop(), q.popleft(), q)
`,
  maxlen: `
from collections import deque
for m in (0, 1, 3, 20):
    q = deque(maxlen=m)
    for i in range(50):
        q.append(i)
        if i % 3 == 0: q.appendleft(-i)
    print(m, q, len(q), q.maxlen)
q = deque(range(10), 4)
q.appendleft(99)
print(q)
q.append(100)
print(q)
`,
  compaction: `
from collections import deque
q = deque(range(100))
out = []
for i in range(95):
    out.append(q.popleft())
    if i % 10 == 0: q.append(1000 + i)
print(out[-3:], q, len(q), 5 in q, q.count(1000))
q.rotate(2)
print(q, q.index(1000))
q.extend([7, 8])
q.extendleft([5, 6])
print(q, q == deque(list(q)), q.copy())
`,
  subclass: `
from collections import deque
class Q(deque):
    def append(self, x):
        super().append(x * 10)
    def popleft(self):
        return super().popleft() + 1
q = Q()
for i in range(5): q.append(i)
print(q.popleft(), len(q), q.pop(), list(q))
class R(deque):
    pass
r = R([1, 2, 3])
r.append(4); r.appendleft(0)
print(r.popleft(), r.pop(), len(r), list(r))
`,
  "method values": `
from collections import deque
q = deque()
push = q.append
for i in range(4): push(i)
print(q, deque.__len__(q), deque.popleft(q), q)
m = q.pop
print(m(), q)
`,
}, [
  ["from collections import deque\nq = deque()\nq.popleft()", "IndexError: pop from an empty deque"],
  ["from collections import deque\nq = deque([1])\nq.pop()\nq.pop()", "IndexError: pop from an empty deque"],
  ["from collections import deque\nq = deque([1, 2])\nq.rotate(1)\nq.popleft()\nq.pop()\nq.pop()", "IndexError: pop from an empty deque"],
]);

describeCPythonParity("Counter counting loop against CPython", {
  counts: `
from collections import Counter
c = Counter(i % 7 for i in range(1000))
print(c, len(c), c[3], c[99])
c.update("abracadabra")
c.update([3, 3, 3])
c.update({3: 10, 'z': -2})
print(sorted(c.items(), key=str))
c['q'] = 2**31 - 2
c.update('qqq')
c['f'] = 1.5
c.update('ff')
print(c['q'], c['f'], c.most_common(2))
print(Counter([1, 1.0, True, 2]), Counter((i, i % 2) for i in range(6)))
`,
  "negative and odd counts": `
from collections import Counter
c = Counter({'a': -3, 'b': 0})
c.update('aab')
print(c, +c, -c)
c = Counter()
c['x'] = [1]
try:
    c.update('x')
except TypeError as e:
    print('TypeError', e)
`,
  subclasses: `
from collections import Counter
class Loud(Counter):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
c = Loud('aba')
print(dict(c))
class Plain(Counter):
    pass
print(dict(Plain('hello')))
`,
}, [
  ["from collections import Counter\nCounter([[1]])", "TypeError: unhashable type: 'list'"],
  ["from collections import Counter\nCounter(5)", "TypeError: 'int' object is not iterable"],
]);

describeCPythonParity("bytes and bytearray methods in place against CPython", {
  building: `
b = bytearray()
for i in range(1000):
    b.append(i & 255)
    if i % 100 == 0: b.extend(b'xy')
print(len(b), b.count(7), b[:12].hex(), bytes(b[-5:]), b.find(b'xy'), b.pop(), b.pop(0), len(b))
b.insert(0, 65); b.remove(0)
print(b[:4], b.startswith(b'A'), b'abc'.upper(), b'a,b'.split(b','), bytes(b[:3]).decode('latin-1'))
`,
}, [
  ["b = bytearray()\nb.append(256)", "ValueError: byte must be in range(0, 256)"],
  ["b = bytearray()\nb.append(-1)", "ValueError: byte must be in range(0, 256)"],
  ["b = bytearray()\nb.append('a')", "TypeError: 'str' object cannot be interpreted as an integer"],
  ["b = bytearray()\nb.pop()", "IndexError: pop from empty bytearray"],
  ["b'x'.append(1)", "AttributeError: 'bytes' object has no attribute 'append'"],
]);

describeCPythonParity("set algebra against CPython", {
  algebra: `
t = 0
rows = []
for i in range(60):
    a = set(range(i % 50, i % 50 + 60))
    b = set(range(30, 100))
    t += len(a & b) + len(a | b) + len(a - b) + len(a ^ b)
    rows.append((a <= b, a >= b, a.isdisjoint(b), a == b, frozenset(a) == a))
print(t, rows[::7])
a = {1, 2, 3, 'x', (1, 2)}
b = frozenset({3, 'x', 4})
print(sorted(map(str, a & b)), sorted(map(str, a | b)), sorted(map(str, b - a)), sorted(map(str, a ^ b)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
s = set(range(20))
s -= set(range(0, 20, 3))
s ^= {1, 100}
print(s, s.issubset(range(200)), set() < s, s.intersection([2, 4, 1000], {4}))
`,
}, [
  ["s = {1, 2}\nfor x in s:\n    s.add(x + 10)", "RuntimeError: Set changed size during iteration"],
  ["{1} & {[1]}", "TypeError: unhashable type: 'list'"],
]);

describeCPythonParity("dict index against CPython", {
  growth: `
d = {}
for i in range(5000):
    d[i * 7919 % 10007] = i
for i in range(0, 5000, 3):
    del d[i * 7919 % 10007]
print(len(d), sum(d), sum(d.values()), list(d.items())[:5], list(d)[-3:])
for i in range(2000):
    d[(i, str(i))] = i
print(len(d), d[(17, '17')], (3, '3') in d, (3, 3) in d, d.get((5000, '5000')))
while len(d) > 3:
    d.popitem()
print(d)
d.clear(); d[1] = 2; print(d, 1.0 in d, True in d)
`,
  "colliding hashes": `
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 3
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return 'K%d' % self.v
d = {K(i): i for i in range(30)}
for i in range(0, 30, 2): del d[K(i)]
print(len(d), d[K(7)], K(8) in d, K(9) in d, list(d)[:4])
d[K(8)] = 'back'
print(list(d)[-2:], d.pop(K(1)), len(d))
print({-1: 'a', -2: 'b', 2**31 - 1: 'c', -2**31: 'd', 2**40: 'e'}[-1])
e = {None: 1, '': 2, (): 3, 0: 4}
print(e[None], e[''], e[()], e[False], e[0.0])
`,
}, [
  ["d = {1: 2}\nfor k in d:\n    d[k + 1] = 0", "RuntimeError: dictionary changed size during iteration"],
  ["d = {}\nd[[1]] = 2", "TypeError: unhashable type: 'list'"],
  ["d = {(1, 2): 3}\nd[(1, 3)]", "KeyError: (1, 3)"],
]);

describeCPythonParity("heapq and bisect comparisons against CPython", {
  numbers: `
import heapq, bisect
h = []
for i in range(300):
    heapq.heappush(h, (i * 7919) % 1009 + (0.5 if i % 3 == 0 else 0))
print([heapq.heappop(h) for _ in range(10)], len(h))
mixed = [3, 2.5, True, -1, 2**40, -2**35, 0.0, 7, 1e300, -0.5]
heapq.heapify(mixed)
print([heapq.heappop(mixed) for _ in range(len(mixed))])
xs = list(range(0, 100, 2))
print([bisect.bisect_left(xs, v) for v in (-1, 0, 1, 2, 2.5, 98, 99, 1000, True, 2**40)])
print([bisect.bisect_right(xs, v) for v in (-1, 0, 1, 2, 2.5, 98, 99, 1000, False)])
print(bisect.bisect_left(xs, 10, 6), bisect.bisect_left(xs, 10, 0, 3), bisect.bisect(xs, 10, lo=1, hi=40))
bisect.insort(xs, 5); bisect.insort_left(xs, 5.0)
print(xs[:6], bisect.bisect_left(['a', 'c', 'e'], 'd'), bisect.bisect_left([(1, 'a'), (2, 'b')], (2, 'a')))
`,
}, [
  ["import bisect\nbisect.bisect_left([1, 'a'], 2)", "TypeError: '<' not supported between instances of 'str' and 'int'"],
  ["import bisect\nbisect.bisect_left([1], 1, -1)", "ValueError: lo must be non-negative"],
  ["import heapq\nh = [1, 2]\nheapq.heappush(h, 'x')", "TypeError: '<' not supported between instances of 'str' and 'int'"],
]);
