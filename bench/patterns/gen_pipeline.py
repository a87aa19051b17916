import time
_t0 = time.perf_counter()
def evens(n):
    for i in range(n):
        if i % 2 == 0: yield i
def squares(it):
    for x in it: yield x * x
R = sum(squares(evens(400000))) % 1000
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
