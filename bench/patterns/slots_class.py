import time
_t0 = time.perf_counter()
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
pts = [P(i, -i) for i in range(100000)]
R = sum(p.x + p.y for p in pts)
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
