import time
_t0 = time.perf_counter()
import random
random.seed(1)
xs = [(random.random(), i) for i in range(100000)]
ys = sorted(xs, key=lambda t: t[0])
R = ys[0][1]
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
