# Jacobi iteration for Laplace's equation on an N x N grid: top edge held at 1.0,
# the other edges at 0.0; sweeps until the residual norm drops below TOL (or
# MAX_ITERS sweeps). Output: the number of sweeps and the final norm.
import math

N = 36  # size parameter (interior points per side)
TOL = 1e-4
MAX_ITERS = 10000

W = N + 2
u = [[0.0] * W for i in range(W)]
for j in range(W):
    u[0][j] = 1.0
unew = [[0.0] * W for i in range(W)]
for j in range(W):
    unew[0][j] = 1.0

bnorm = 0.0
for i in range(1, N + 1):
    for j in range(1, N + 1):
        r = u[i - 1][j] + u[i + 1][j] + u[i][j - 1] + u[i][j + 1] - 4.0 * u[i][j]
        bnorm = bnorm + r * r
bnorm = math.sqrt(bnorm)

iters = 0
norm = 1.0
while iters < MAX_ITERS:
    # residual of the current grid, relative to the initial one
    rsum = 0.0
    for i in range(1, N + 1):
        up = u[i - 1]
        row = u[i]
        down = u[i + 1]
        for j in range(1, N + 1):
            r = up[j] + down[j] + row[j - 1] + row[j + 1] - 4.0 * row[j]
            rsum = rsum + r * r
    norm = math.sqrt(rsum) / bnorm
    if norm < TOL:
        break
    for i in range(1, N + 1):
        up = u[i - 1]
        row = u[i]
        down = u[i + 1]
        nrow = unew[i]
        for j in range(1, N + 1):
            nrow[j] = 0.25 * (up[j] + down[j] + row[j - 1] + row[j + 1])
    t = u
    u = unew
    unew = t
    iters += 1
print(iters)
print("%.9f" % norm)
