import time
_t0 = time.perf_counter()
s = ""
for i in range(200000):
    s += chr(97 + i % 26)
R = len(s)
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
