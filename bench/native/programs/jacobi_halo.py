# 2-D Jacobi for Laplace's equation on an N x N grid split over the cores by rows:
# each core holds its block of rows plus a halo row above and below, swaps halo rows
# with its neighbours every sweep (sendrecv) and the cores agree on the residual norm
# with a reduction. Top edge held at 1.0, the other edges at 0.0; sweeps until the
# norm relative to the initial one drops below TOL. Run on 16 cores.
from parallel import coreid, numcores, sendrecv, reduce
from math import sqrt

N = 32  # size parameter (interior points per side)
TOL = 1e-4
MAX_ITERS = 100000

me = coreid()
cores = numcores()
# This core's rows (the first cores take one more if the cores do not divide N).
rows = N // cores
if me < N % cores:
    rows += 1
W = N + 2

u = [[0.0] * W for i in range(rows + 2)]
unew = [[0.0] * W for i in range(rows + 2)]
if me == 0:
    for j in range(W):
        u[0][j] = 1.0
        unew[0][j] = 1.0


def exchange_halos(grid):
    if me > 0:
        grid[0] = sendrecv(grid[1], me - 1)
    if me < cores - 1:
        grid[rows + 1] = sendrecv(grid[rows], me + 1)


def residual(grid):
    total = 0.0
    for i in range(1, rows + 1):
        up = grid[i - 1]
        row = grid[i]
        down = grid[i + 1]
        for j in range(1, N + 1):
            r = up[j] + down[j] + row[j - 1] + row[j + 1] - 4.0 * row[j]
            total += r * r
    return sqrt(reduce(total, "sum"))


exchange_halos(u)
bnorm = residual(u)
norm = 1.0
iters = 0
while iters < MAX_ITERS:
    norm = residual(u) / bnorm
    if norm < TOL:
        break
    for i in range(1, rows + 1):
        up = u[i - 1]
        row = u[i]
        down = u[i + 1]
        nrow = unew[i]
        for j in range(1, N + 1):
            nrow[j] = 0.25 * (up[j] + down[j] + row[j - 1] + row[j + 1])
    u, unew = unew, u
    exchange_halos(u)
    iters += 1

if me == 0:
    print(iters, "sweeps, relative residual %.9f" % norm)
