import time
_t0 = time.perf_counter()
class V:
    def __init__(self, x, y): self.x = x; self.y = y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __eq__(self, o): return self.x == o.x and self.y == o.y
v = V(0, 0); d = V(1, 2)
for i in range(100000):
    v = v + d
R = (v.x, v.y, v == V(100000, 200000))
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
