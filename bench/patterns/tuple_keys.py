import time
_t0 = time.perf_counter()
grid = {}
for x in range(300):
    for y in range(300):
        grid[(x, y)] = x ^ y
t = 0
for x in range(1, 299):
    for y in range(1, 299):
        t += grid[(x - 1, y)] + grid[(x, y + 1)]
R = t
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
