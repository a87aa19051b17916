import time
_t0 = time.perf_counter()
xs = [(i * 31) % 1009 for i in range(100000)]
R = (max(range(len(xs)), key=lambda i: xs[i]), min(xs), max(xs))
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
