# epython-args: --float64
# Seeded floating-point random numbers: in double precision they are CPython's,
# digit for digit.
import random

random.seed(123)
print(random.random(), random.random())
print(random.uniform(1, 2), random.gauss(0, 1), random.expovariate(2))
random.seed("text seed")
print(random.random())
random.seed(2.5)
print(random.random())
