import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runSource } from "../helpers/runSource.js";
import { expectSameAsCPython, haveCPython } from "../helpers/stdlib.js";

describe.runIf(haveCPython)("collections (against CPython 3.11)", () => {
  it("deque: both ends, maxlen, rotate, indexing, errors", () => {
    expectSameAsCPython(`
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.rotate(1); print(d); d.rotate(-2); print(d); d.rotate(7); print(d)
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m, list(m), m.maxlen)
m.appendleft(9); print(m)
m.extendleft([7, 8]); print(m)
q = deque()
for i in range(1000):
    q.append(i)
s = 0
while q:
    s += q.popleft()
print(s, q, bool(q))
for bad in (q.pop, q.popleft, lambda: deque([1])[5], lambda: deque(maxlen=-1), lambda: deque([1, 2]).remove(3)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
d = deque('abcde')
d[1] = 'B'; del d[0]
print(d, d.index('c'), d.count('c'), list(reversed(d)), d == deque('Bcde'), d.copy())
d.insert(1, 'x'); d.remove('c'); d.reverse(); print(d)
d.extend(d); print(d, len(d))
d.clear(); print(d, len(d))
x, y = deque([10, 20])
print(x, y, sum(deque(range(5))), sorted(deque([3, 1, 2])), deque(range(3)) + deque([7]))
`);
  });

  it("namedtuple: construction, fields, indexing, unpacking, ==, repr, _asdict/_replace/_make, errors", () => {
    expectSameAsCPython(`
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p[1], p[-1], p == (1, 2), (1, 2) == p, p != Point(1, 3), Point._fields, p._asdict(), p._replace(x=5))
a, b = p
print(a, b, hash(p) == hash((1, 2)), len(p), Point._make([3, 4]), list(p), 2 in p, p < Point(1, 3))
print({p: 'here'}[Point(1, 2)], sorted([Point(2, 1), Point(1, 5)]), p + (3,), p.index(2), p.count(1))
P3 = namedtuple('P3', 'a, b c', defaults=[0])
print(P3(1, 2), P3(1, 2, 3), P3._field_defaults, repr(Point), Point.__name__, type(p).__name__)
R = namedtuple('R', 'a def a', rename=True)
print(R._fields)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2), lambda: namedtuple('P', 'x x'),
            lambda: namedtuple('P', 'x _y'), lambda: namedtuple('P', 'x def'), lambda: namedtuple('P', 'x 1y'), lambda: p._replace(z=1),
            lambda: P3(), lambda: namedtuple('P', 'x', defaults=[1, 2])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
`);
  });

  it("defaultdict, Counter, OrderedDict", () => {
    expectSameAsCPython(`
from collections import defaultdict, Counter, OrderedDict
dd = defaultdict(list)
for w in "apple avocado banana cherry".split():
    dd[w[0]].append(w)
print(dd, dd['z'], len(dd), sorted(dd), 'a' in dd, dd.get('q'), 'q' in dd)
cnt = defaultdict(int)
for ch in "mississippi":
    cnt[ch] += 1
print(cnt, dict(cnt.items()), cnt == {'m': 1, 'i': 4, 's': 4, 'p': 2})
n = defaultdict(None, {1: 2})
try:
    n[5]
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(3)
except TypeError as e:
    print(e)
c = Counter("abracadabra")
print(c, c.most_common(2), c.most_common(), c['z'], 'z' in c, c.total(), len(c))
c.update("aaz"); print(c)
c.subtract({'a': 10}); print(c, +c, -c)
print(Counter('aab') + Counter('bcc'), Counter('aab') - Counter('b'), Counter('aab') | Counter('bbb'), Counter('aab') & Counter('ab'))
print(sorted(Counter([3, 1, 3, 2]).elements()), Counter({'x': 2, 'y': 0}) == Counter({'x': 2}), Counter(a=None) if False else Counter())
del c['a']; del c['nothere']; print(c)
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od, list(od), list(od.keys()))
print(od.popitem(), od.popitem(last=False), od)
od['z'] = 26; od.update({'y': 25}); print(od, od == OrderedDict([('b', 2), ('z', 26), ('y', 25)]), od == {'y': 25, 'z': 26, 'b': 2})
print(OrderedDict([(1, 1), (2, 2)]) == OrderedDict([(2, 2), (1, 1)]), OrderedDict(), Counter(), list(reversed(od)))
for bad in (lambda: OrderedDict().popitem(), lambda: od.move_to_end('nope')):
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)
`);
  });
});

describe("collections on the device", () => {
  it("a deque is charged to the core: filling a small core raises a catchable MemoryError", () => {
    const r = runSource(`
from collections import deque
d = deque()
n = 0
try:
    while True:
        d.append(n)
        n += 1
except MemoryError:
    d = None
    print('full after', n > 100)
`, { profile: "epiphany3", strictMemory: true });
    expect(r.error?.pyMessage ?? null).toBeNull();
    expect(r.out).toContain("full after True");
  });

  it("is a library module: only the Python 3 dialect has it", () => {
    const classic = runSource("import collections\n", { classic: true });
    expect(classic.error?.kind).toBe("ModuleNotFoundError");
    expect(readFileSync(new URL("../../src/vm/modules/collections.ts", import.meta.url), "utf8")).toContain("COLLECTIONS_SOURCE");
  });
});
