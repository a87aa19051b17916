import time
_t0 = time.perf_counter()
R = len([ "{:>6}|{:<4}|{:08.3f}".format(i, "ab", i / 7) for i in range(80000)])
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
