import time
_t0 = time.perf_counter()
class E(Exception): pass
t = 0
for i in range(100000):
    try:
        if i % 2: raise E(i)
    except E as e:
        t += e.args[0]
R = t
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
