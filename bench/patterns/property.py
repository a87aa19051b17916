import time
_t0 = time.perf_counter()
class C:
    def __init__(self, v): self._v = v
    @property
    def v(self): return self._v
c = C(3)
t = 0
for i in range(300000):
    t += c.v
R = t
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
