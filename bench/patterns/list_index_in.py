import time
_t0 = time.perf_counter()
xs = list(range(300))
t = 0
for i in range(20000):
    if (i % 400) in xs: t += xs.index(i % 300)
R = t
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
