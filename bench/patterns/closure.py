import time
_t0 = time.perf_counter()
def make(k):
    def f(x): return x + k
    return f
g = make(3)
t = 0
for i in range(300000):
    t += g(i)
R = t % 1000
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
