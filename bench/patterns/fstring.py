import time
_t0 = time.perf_counter()
out = []
for i in range(100000):
    out.append(f"{i}:{i * 0.5:.2f}|{'x' * (i % 3)}")
R = len(out[-1])
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
