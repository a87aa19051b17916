# Jacobi iteration for Laplace's equation in 1-D (the original ePython tutorial's
# problem, on one core): N interior points between a left end held at 1.0 and a
# right end held at 10.0, swept until the residual norm relative to the initial one
# drops below TOL. Output: the number of sweeps and the final norm.
from math import sqrt

N = 110  # size parameter (interior points)
TOL = 1e-4
MAX_ITERS = 100000000


def residual(u):
    total = 0.0
    for i in range(1, N + 1):
        r = 2.0 * u[i] - u[i - 1] - u[i + 1]
        total += r * r
    return sqrt(total)


u = [0.0] * (N + 2)
unew = [0.0] * (N + 2)
u[0] = unew[0] = 1.0
u[N + 1] = unew[N + 1] = 10.0

bnorm = residual(u)
norm = 1.0
iters = 0
while iters < MAX_ITERS:
    norm = residual(u) / bnorm
    if norm < TOL:
        break
    for i in range(1, N + 1):
        unew[i] = 0.5 * (u[i - 1] + u[i + 1])
    u, unew = unew, u
    iters += 1
print(iters, "sweeps, relative residual", norm)
