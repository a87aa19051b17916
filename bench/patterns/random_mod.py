import time
_t0 = time.perf_counter()
import random
random.seed(42)
t = 0
for i in range(200000):
    t += random.randint(1, 6)
R = t
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
