import time
_t0 = time.perf_counter()
xs = list(range(1000))
t = 0
for i in range(20000):
    t += len(xs[i % 500: i % 500 + 100])
R = t
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
