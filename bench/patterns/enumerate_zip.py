import time
_t0 = time.perf_counter()
a = list(range(200000)); b = list(range(200000, 0, -1))
t = 0
for i, (x, y) in enumerate(zip(a, b)):
    t += i * (x - y)
R = t % 1000
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
