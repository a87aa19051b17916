import time
_t0 = time.perf_counter()
count = 0
def inc():
    global count
    count += 1
for i in range(300000):
    inc()
R = count
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
