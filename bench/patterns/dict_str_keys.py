import time
_t0 = time.perf_counter()
words = ["w%d" % (i % 5000) for i in range(200000)]
d = {}
for w in words:
    if w in d: d[w] += 1
    else: d[w] = 1
R = len(d)
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
