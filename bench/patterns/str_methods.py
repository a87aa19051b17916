import time
_t0 = time.perf_counter()
line = "  alpha, beta ,gamma,delta , epsilon  "
n = 0
for i in range(100000):
    parts = [p.strip() for p in line.split(",")]
    n += len(parts[2].upper().replace("A", "b"))
R = n
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
