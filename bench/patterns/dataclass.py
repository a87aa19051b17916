import time
_t0 = time.perf_counter()
from dataclasses import dataclass
@dataclass
class Pt:
    x: int
    y: int
ps = [Pt(i, i + 1) for i in range(50000)]
R = sum(p.x * p.y for p in ps) % 1000
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
