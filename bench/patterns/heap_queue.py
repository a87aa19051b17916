import time
_t0 = time.perf_counter()
import heapq
h = []
for i in range(100000):
    heapq.heappush(h, (i * 7919) % 100003)
R = sum(heapq.heappop(h) for _ in range(50000))
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
