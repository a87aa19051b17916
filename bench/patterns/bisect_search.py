import time
_t0 = time.perf_counter()
import bisect
xs = list(range(0, 200000, 2))
t = 0
for i in range(100000):
    t += bisect.bisect_left(xs, i)
R = t
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
