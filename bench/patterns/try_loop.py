import time
_t0 = time.perf_counter()
t = 0
for i in range(200000):
    try:
        t += 10 // (i % 10)
    except ZeroDivisionError:
        t -= 1
R = t
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
