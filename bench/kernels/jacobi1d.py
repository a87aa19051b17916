# Jacobi iteration for Laplace's equation in 1-D (the original ePython tutorial's
# problem, on one core), written with lists the usual way: N interior points between
# a left end held at 1.0 and a right end held at 10.0; each sweep is a comprehension
# over zip()ped neighbours, the residual a sum() over a generator expression.
# Output: the number of sweeps and the final norm.
from math import sqrt

N = 100  # size parameter (interior points)
TOL = 1e-4


def residual(u):
    return sqrt(sum(d * d for d in [2.0 * c - left - right for left, c, right in zip(u, u[1:], u[2:])]))


def solve(n):
    u = [1.0] + [0.0] * n + [10.0]
    bnorm = residual(u)
    iters = 0
    norm = residual(u) / bnorm
    while norm >= TOL:
        u = [u[0]] + [0.5 * (left + right) for left, right in zip(u, u[2:])] + [u[-1]]
        iters += 1
        norm = residual(u) / bnorm
    return iters, norm


iters, norm = solve(N)
print(iters, "sweeps, relative residual", norm)
