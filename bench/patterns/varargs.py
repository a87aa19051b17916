import time
_t0 = time.perf_counter()
def f(*args): return len(args)
t = 0
for i in range(200000):
    t += f(i, i, i)
R = t
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
