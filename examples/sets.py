# set and frozenset: literals, comprehensions, the algebra, in-place operators.
# epython-args: --float64

# Ints iterate in CPython's order (the order of its hash table), not insertion order.
primes = {7, 2, 5, 3, 11}
print(primes, set([30, 10, 20]), set(range(10, 0, -1)))
evens = {n for n in range(12) if n % 2 == 0}
print(evens, len(evens), 4 in evens, 5 not in evens)

# The algebra: operators and methods.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, a ^ b)
print(a.union([10]), a.intersection(range(3, 10)), a.difference({1}), a.symmetric_difference([5, 9]))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {5}, a.issubset(range(6)), a.isdisjoint({8, 9}))

# In-place operators change the set itself.
seen = set()
alias = seen
for x in [3, 1, 3, 2, 1]:
    seen.add(x)
seen |= {9}
seen -= {1}
seen &= {2, 3, 9, 40}
seen ^= {40}
print(seen, alias is seen)

# Removing, popping, clearing.
bag = {10, 20, 30}
bag.discard(99)
bag.remove(10)
print(bag.pop(), bag, bag.copy() == bag)
bag.clear()
print(bag, bool(bag))

# frozenset is hashable: a dict key or an element of a set.
pairs = {frozenset({1, 2}): "one-two", frozenset(): "empty"}
print(pairs[frozenset([2, 1])], frozenset({3, 1}) in {frozenset({1, 3})}, pairs)

# Deduplicating while keeping order, and counting distinct items.
words = "to be or not to be that is the question".split()
print(len(set(words)), sorted(set(words)), list(dict.fromkeys(words)))
