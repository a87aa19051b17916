import time
_t0 = time.perf_counter()
xs = [(i * 7919) % 100003 for i in range(300000)]
xs.sort()
R = xs[100]
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
