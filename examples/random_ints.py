# random with a fixed seed reproduces CPython's sequence (MT19937). Only integer
# results are printed here, so the output does not depend on float precision.
# `from random import *` binds the functions (and rebinds `random` to the
# function random.random); `import random` afterwards binds the module again.
# epython-cpython: same
from random import *
import random

random.seed(1)
print([random.randint(1, 6) for i in range(10)])
print([randrange(100) for i in range(5)], randrange(10, 20), randrange(0, 100, 5))
deck = list(range(10))
shuffle(deck)
print(deck)
print(choice(["red", "green", "blue"]), sample(range(50), 4))
print(getrandbits(16), getrandbits(1))

seed(42)
a = [randint(0, 1000) for i in range(5)]
seed(42)
b = [randint(0, 1000) for i in range(5)]
print(a, a == b)

# a dice histogram: 600 rolls
random.seed(7)
counts = [0] * 7
for i in range(600):
    counts[randint(1, 6)] += 1
print(counts[1:], sum(counts))
