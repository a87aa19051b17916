# Tuples: packing, unpacking, swapping, indexing and slicing, tuples in loops,
# comparisons and immutability-friendly use.
# epython-cpython: same

t = (1, 2, 3)
u = 4, 5
single = (7,)
empty = ()
print(t, u, single, empty, len(t), len(empty))
print(t[0], t[-1], t[1:], t + u, u * 2, 2 in t, 9 in t)

# unpacking
a, b, c = t
print(a, b, c)
x, y = 10, 20
x, y = y, x          # swap
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
first, second = "hi"
print(first, second)
m, n = [100, 200]
print(m, n)

# unpacking in for loops
points = [(0, 0), (3, 4), (-1, 2)]
for px, py in points:
    print("point", px, py, "dist2", px * px + py * py)
for i, (px, py) in enumerate(points):
    print(i, px + py)

# tuples compare element by element
print((1, 2) < (1, 3), (2, 0) > (1, 9), (1, 2) == (1, 2), (1,) < (1, 0))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))

# conversion and methods
print(tuple([1, 2]), list((3, 4)), tuple("ab"), (1, 2, 2, 3).count(2), (5, 6, 7).index(7))
print(max((3, 9, 2)), min((3, 9, 2)), sum((3, 9, 2)))

# nested tuples
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))

# a tuple in a list in a tuple
record = ("core", [1, 2], (3,))
record[1].append(3)
print(record)


def stats(values):
    return min(values), max(values)


lo, hi = stats([5, 2, 8])
print(lo, hi, stats((1, 1)))
