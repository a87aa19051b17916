import time
_t0 = time.perf_counter()
d = {}
for i in range(300000):
    k = i % 1000
    d[k] = d.get(k, 0) + 1
R = len(d)
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
