import time
_t0 = time.perf_counter()
words = ["%05d" % ((i * 7919) % 100003) for i in range(100000)]
words.sort()
R = words[500]
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
