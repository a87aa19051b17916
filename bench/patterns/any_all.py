import time
_t0 = time.perf_counter()
rows = [[i, i + 1, i + 2] for i in range(100000)]
R = sum(1 for r in rows if all(x % 7 != 0 for x in r))
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
