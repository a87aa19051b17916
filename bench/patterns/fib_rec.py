import time
_t0 = time.perf_counter()
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
R = fib(25)
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
