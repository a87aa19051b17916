import time
_t0 = time.perf_counter()
t = 0
for i in range(3000):
    a = set(range(i % 50, i % 50 + 60))
    b = set(range(30, 100))
    t += len(a & b) + len(a | b) + len(a - b)
R = t
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
