import time
_t0 = time.perf_counter()
def f(a, b=2, *, c=3): return a + b + c
t = 0
for i in range(200000):
    t += f(i, c=1) + f(i, b=i)
R = t % 1000
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
