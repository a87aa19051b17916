import time
_t0 = time.perf_counter()
out = []
for i in range(100000):
    out.append("%d-%s-%5.1f" % (i, "ab", i / 3))
R = len(out)
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
