# Monte Carlo estimate of pi, written the usual way: DARTS random points in the unit
# square (random.random held in a local name), the hits inside the quarter circle
# counted by sum() over a generator expression. random.seed() makes the sequence
# reproducible (ePython's random module reproduces CPython's MT19937 streams).
# Output: the hit count and the estimate with 6 decimals.
import random

DARTS = 800000  # size parameter


def count_hits(darts):
    rand = random.random
    return sum(1 for _ in range(darts) if rand() ** 2 + rand() ** 2 <= 1.0)


random.seed(2024)
hits = count_hits(DARTS)
print(hits)
print("%.6f" % (4.0 * hits / DARTS))
