import time
_t0 = time.perf_counter()
R = len("".join([str(i) for i in range(200000)]))
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
