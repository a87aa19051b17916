# Monte Carlo estimate of pi: DARTS random points in the unit square, count those
# inside the quarter circle. random.seed() makes the sequence reproducible (ePython's
# random module reproduces CPython's MT19937 streams).
# Output: the hit count and the estimate with 6 decimals.
import random

DARTS = 3000000  # size parameter

random.seed(2024)
hits = 0
for i in range(DARTS):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        hits += 1
print(hits)
print("%.6f" % (4.0 * hits / DARTS))
