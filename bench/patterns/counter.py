import time
_t0 = time.perf_counter()
from collections import Counter
R = len(Counter(i % 777 for i in range(300000)))
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
