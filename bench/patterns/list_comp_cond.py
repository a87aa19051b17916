import time
_t0 = time.perf_counter()
R = len([x * x for x in range(500000) if x % 3 == 0])
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
