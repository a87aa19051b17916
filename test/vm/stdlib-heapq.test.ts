import { describe, expect, it } from "vitest";
import { output } from "../helpers/runSource.js";
import { expectSameAsCPython, haveCPython } from "../helpers/stdlib.js";
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describe.runIf(haveCPython)("heapq and bisect (against CPython 3.11)", () => {
  it("heaps have CPython's layout and pop order; bisect/insort with lo, hi and key", () => {
    expectSameAsCPython(`import heapq, bisect
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heappush(h, x)
print(h, [heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(data); print(data)
print(heapreplace(data, 10), data, heappushpop(data, -1), heappushpop(data, 4), data)
print(nlargest(3, [1, 8, 3, 9, 2]), nsmallest(2, [1, 8, 3, 9, 2]), nlargest(2, ['a', 'bbb', 'cc'], key=len), nsmallest(10, [3, 1]), nlargest(0, [1]))
pq = []
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]:
    heappush(pq, item)
print([heappop(pq) for _ in range(4)], list(heapq.merge([1, 4, 7], [2, 5, 8], [3])))
try:
    heappop([])
except IndexError as e:
    print('IndexError', e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 0), bisect.bisect_right(a, 9), bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, 0, 2))
bisect.insort(a, 3); bisect.insort_left(a, 4); bisect.insort_right(a, 100); print(a)
recs = [(1, 'a'), (3, 'c'), (5, 'e')]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]))
bisect.insort(recs, (4, 'd'), key=lambda r: r[0]); print(recs)
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
`);
  });

  it("instances ordered by __lt__", () => {
    expectSameAsCPython(`
import heapq
class Job:
    def __init__(self, p, name):
        self.p = p
        self.name = name
    def __lt__(self, other):
        return self.p < other.p
h = []
for p, n in [(3, 'c'), (1, 'a'), (2, 'b')]:
    heapq.heappush(h, Job(p, n))
print([heapq.heappop(h).name for _ in range(3)])
`);
  });
});

describe("heapq on the device", () => {
  it("heappush charges the new slot like list.append", () => {
    expect(() => output("import heapq\nh = []\nwhile True:\n    heapq.heappush(h, 1)\n", { strictMemory: true })).toThrow(/MemoryError/);
  });
});

describeCPythonParity("heapq.nsmallest/nlargest/merge: CPython's algorithms, comparisons and all", {
  // With NaN (no total order) the result depends on the algorithm, not just on sorting.
  nan: `
import heapq
nan = float("nan")
data = [3.0, nan, 1.0, 2.0, nan, 0.5, 7.0]
print(heapq.nsmallest(2, data), heapq.nlargest(2, data), heapq.nsmallest(3, data), heapq.nlargest(3, data))
print(heapq.nsmallest(1, data), heapq.nlargest(1, data), heapq.nsmallest(2, data, key=lambda x: x), heapq.nsmallest(2, iter(data)))
print(heapq.nsmallest(2, [{1, 2}, {1}, {3}, {2}]), heapq.nlargest(3, [(1, "a"), (1, "b"), (0, "c")], key=lambda t: t[0]))
print(heapq.nsmallest(0, data), heapq.nlargest(-1, data), heapq.nsmallest(5, iter([])), heapq.nlargest(10, [3, 1, 2]))
print(list(heapq.merge([1.0, nan, 3.0], [2.0, nan])), list(heapq.merge([5, 1], [4, 2], [3])), list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge(["cc", "a"], ["bbb", "d"], key=len, reverse=True)), list(heapq.merge([(1, "b")], [(1, "a")])))
`,
  "comparison log and laziness": `
import heapq
log = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append((self.v, o.v)); return self.v < o.v
    def __repr__(self): return f"K({self.v})"
print(heapq.nsmallest(3, [K(x) for x in [4, 1, 3, 2, 5]]), log); log.clear()
print(heapq.nlargest(2, (K(x) for x in [4, 1, 3, 2, 5])), log); log.clear()
print(heapq.nsmallest(1, [K(3), K(1), K(2)]), log); log.clear()
print(list(heapq.merge([K(1), K(4)], [K(2), K(3)], [K(0), K(5)])), log); log.clear()
def gen(name, xs):
    for x in xs:
        print("  pull", name, x)
        yield x
for v in heapq.merge(gen("a", [1, 3]), gen("b", [2])):
    print("got", v)
`,
}, [
  ["import heapq\nheapq.heappush(None, 1)", "TypeError: heappush() argument 1 must be list, not None"],
]);
