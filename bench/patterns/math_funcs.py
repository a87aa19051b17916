import time
_t0 = time.perf_counter()
import math
t = 0.0
for i in range(1, 200000):
    t += math.sqrt(i) * math.sin(i) + math.log(i)
R = round(t, 3)
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
