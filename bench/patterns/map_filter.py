import time
_t0 = time.perf_counter()
R = sum(map(lambda x: x * 2, filter(lambda x: x % 3, range(300000))))
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
