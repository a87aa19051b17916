import time
_t0 = time.perf_counter()
from collections import defaultdict
d = defaultdict(list)
for i in range(200000):
    d[i % 100].append(i)
R = len(d)
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
