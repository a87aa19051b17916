import time
_t0 = time.perf_counter()
s = 12345
t = 0
for i in range(200000):
    s = (s * 1103515245 + 12345) % 2147483648
    t += s & 1023
R = t
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
