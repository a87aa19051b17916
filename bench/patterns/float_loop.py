import time
_t0 = time.perf_counter()
x = 0.0
for i in range(500000):
    x = x * 0.999 + i * 0.001
R = round(x, 6)
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
