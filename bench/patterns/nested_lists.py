import time
_t0 = time.perf_counter()
n = 120
a = [[i * j for j in range(n)] for i in range(n)]
t = 0
for i in range(n):
    for j in range(n):
        t += a[i][j] * a[j][i]
R = t % 1000
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
