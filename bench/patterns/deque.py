import time
_t0 = time.perf_counter()
from collections import deque
q = deque()
t = 0
for i in range(300000):
    q.append(i)
    if len(q) > 100: t += q.popleft()
R = t
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
