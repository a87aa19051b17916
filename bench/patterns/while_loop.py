import time
_t0 = time.perf_counter()
i = 0; t = 0
while i < 500000:
    t += i & 7
    i += 1
R = t
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
