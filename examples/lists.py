# Lists: literals, repetition, indexing (negative too), slicing, methods,
# comprehensions, nested lists and aliasing.
# epython-cpython: same

a = [10, 20, 30, 40, 50]
print(a, len(a), a[0], a[-1], a[-2])
print(a[1:3], a[:2], a[3:], a[-2:], a[:], a[::2], a[::-1], a[1:-1], a[4:1:-1])
print(a[10:], a[-100:2])

z = [0] * 5
print(z, [1, 2] * 3, 2 * ["ab"], [] * 4, [7] * 0)

# mutation
a[0] = 11
a[-1] += 5
print(a)
a.append(60)
print(a, len(a))
print(a.pop(), a.pop(0), a)
a.insert(1, 15)
print(a)
a.extend([70, 80])
print(a)
a.remove(70)
print(a, a.index(30), a.count(15), 30 in a, 31 in a)
a.reverse()
print(a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a[1:3] = [1, 2, 3]
print(a)
b = a + [0]
print(b, a == b, a != b, [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
a.clear()
print(a, len(a))

# aliasing: two names for one list; copies are independent
p = [1, 2, 3]
q = p
r = p[:]
s = list(p)
q.append(4)
print(p, q, r, s, p is q, p is r, p == q)

# comprehensions
squares = [i * i for i in range(10)]
evens = [i for i in range(20) if i % 2 == 0]
pairs = [(i, j) for i in range(3) for j in range(3) if i < j]
print(squares)
print(evens)
print(pairs)
print([c.upper() for c in "abc"], [len(w) for w in ["one", "three", "five"]])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])

# nested lists (a 2-D grid)
grid = [[0] * 4 for i in range(3)]
grid[1][2] = 5
grid[2][0] = 7
print(grid)
for row in grid:
    print(row, sum(row))
print(grid[1][-2], len(grid), len(grid[0]))
# [[0]*3]*2 repeats the *same* inner list
shared = [[0] * 3] * 2
shared[0][0] = 9
print(shared)

# iteration
total = 0
for v in [3, 1, 4, 1, 5, 9, 2, 6]:
    total += v
print(total, sum([3, 1, 4, 1, 5, 9, 2, 6]), max([3, 1, 4]), min([3, 1, 4]))
print(sorted([3, 1, 4, 1, 5]), list(reversed([1, 2, 3])), [5, 3, 8].index(8))

# a stack and a queue
stack = []
for v in range(4):
    stack.append(v)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue)
