import time
_t0 = time.perf_counter()
import itertools
R = sum(1 for p in itertools.permutations(range(8)) if p[0] < p[-1]) + sum(a * b for a, b in itertools.product(range(300), repeat=2)) % 7
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
