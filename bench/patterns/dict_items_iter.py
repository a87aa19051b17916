import time
_t0 = time.perf_counter()
d = {i: i * 2 for i in range(100000)}
t = 0
for _ in range(5):
    for k, v in d.items():
        t += k + v
R = t
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
