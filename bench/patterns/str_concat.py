import time
_t0 = time.perf_counter()
def build(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
    return s
R = len(build(300000))
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
