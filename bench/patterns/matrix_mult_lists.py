import time
_t0 = time.perf_counter()
n = 60
A = [[(i + j) % 7 for j in range(n)] for i in range(n)]
B = [[(i * j) % 5 for j in range(n)] for i in range(n)]
C = [[sum(A[i][k] * B[k][j] for k in range(n)) for j in range(n)] for i in range(n)]
R = sum(map(sum, C))
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
