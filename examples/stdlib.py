# Standard modules real programs import: collections, itertools, functools,
# operator, heapq, bisect, copy, string, abc, array and time.
# epython-args: --float64
from collections import deque, namedtuple, defaultdict, Counter, OrderedDict
from itertools import count, islice, chain, product, permutations, combinations, accumulate, groupby, zip_longest, pairwise
from functools import reduce, partial, lru_cache, cmp_to_key, total_ordering
from operator import itemgetter, attrgetter, mul
from abc import ABC, abstractmethod
from array import array
import heapq
import bisect
import copy
import string
import time

# A breadth-first search over a small grid, with a deque as the queue.
grid = ["..#.", "..#.", "....", "#.#."]
start, goal = (0, 0), (0, 3)
dist = {start: 0}
queue = deque([start])
while queue:
    r, c = queue.popleft()
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < 4 and 0 <= nc < 4 and grid[nr][nc] == "." and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            queue.append((nr, nc))
print("steps to goal:", dist[goal])
recent = deque(range(10), maxlen=3)
recent.appendleft(-1)
print(recent, len(recent), recent[0])

# Records.
Point = namedtuple("Point", "x y")
p = Point(3, y=4)
x, y = p
print(p, p.x * x + p.y * y, p._asdict(), p._replace(y=0), p == (3, 4))

# Counting and grouping.
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(2))
by_len = defaultdict(list)
for w in words:
    by_len[len(w)].append(w)
print(dict(by_len.items()))
od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a")
print(od, od.popitem(last=False))

# Iterators.
print(list(islice(count(1, 3), 5)), list(chain("ab", [1, 2])), list(accumulate([1, 2, 3, 4], mul)))
print(list(product("ab", repeat=2)), len(list(permutations(range(4), 2))), list(combinations("wxyz", 3)))
print([(k, len(list(g))) for k, g in groupby("aaabccdd")], list(zip_longest("ab", "xyz", fillvalue="-")), list(pairwise([1, 4, 9])))

# Functions.
@lru_cache(maxsize=None)
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
print(paths(12, 12), reduce(mul, range(1, 11)), partial(int, base=16)("ff"))
people = [("ann", 31), ("bob", 28), ("cy", 45)]
print(sorted(people, key=itemgetter(1)), max(people, key=itemgetter(1))[0])
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda s, t: len(t) - len(s))))

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return "v%d.%d" % (self.major, self.minor)
print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(2, 0) >= Version(1, 9))
print([v.major for v in sorted([Version(3, 1), Version(2, 2)], key=attrgetter("minor"))])

# Priority queues and sorted lists.
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks)[1] for _ in range(4)], heapq.nlargest(2, [5, 1, 8, 3]))
scores = [10, 20, 30, 40]
bisect.insort(scores, 25)
print(scores, bisect.bisect_left(scores, 30), "FDCBA"[bisect.bisect([60, 70, 80, 90], 85)])

# Copies.
board = [[0, 0], [0, 0]]
shallow, deep = copy.copy(board), copy.deepcopy(board)
board[0][0] = 1
print(shallow[0][0], deep[0][0], string.ascii_lowercase[:5], string.digits)

# Abstract classes.
class Shape(ABC):
    @abstractmethod
    def area(self):
        pass
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
try:
    Shape()
except TypeError as e:
    print(e)
print(Square(3).area())

# Typed arrays: elements stored at their size.
samples = array("h", [300, -200, 1000])
samples.append(7)
print(samples, samples.itemsize, sum(samples), samples.tolist())
try:
    samples.append(40000)
except OverflowError as e:
    print("OverflowError:", e)

# Time: sleep suspends this core only.
t0 = time.perf_counter()
time.sleep(0.05)
print("slept at least 0.05 s:", time.perf_counter() - t0 >= 0.05)
