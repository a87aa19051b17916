# Jacobi iteration for Laplace's equation on an N x N grid (top edge held at 1.0,
# the other edges at 0.0), written the way a Python programmer writes it with lists:
# each sweep builds the new grid with comprehensions over zip()ped neighbour rows,
# the residual is a sum() over a generator expression, the grids are swapped by
# tuple assignment. Sweeps until the residual relative to the initial one drops
# below TOL (or MAX_ITERS sweeps).
# Output: the number of sweeps and the final norm.
from math import sqrt

N = 32  # size parameter (interior points per side)
TOL = 1e-4
MAX_ITERS = 10000


def residual(u):
    """sqrt of the sum of squared residuals of the 5-point Laplacian, interior points."""
    return sqrt(sum(r * r
                    for up, row, down in zip(u, u[1:], u[2:])
                    for r in [a + b + left + right - 4.0 * c
                              for a, b, left, c, right in zip(up[1:-1], down[1:-1], row, row[1:], row[2:])]))


def sweep(u):
    """One Jacobi sweep: every interior point becomes the mean of its 4 neighbours."""
    inner = [[row[0]] + [0.25 * (a + b + left + right)
                         for a, b, left, right in zip(up[1:-1], down[1:-1], row, row[2:])] + [row[-1]]
             for up, row, down in zip(u, u[1:], u[2:])]
    return [u[0]] + inner + [u[-1]]


def solve(n):
    w = n + 2
    u = [[1.0] * w] + [[0.0] * w for _ in range(w - 1)]
    bnorm = residual(u)
    norm = 1.0
    for iters in range(MAX_ITERS):
        norm = residual(u) / bnorm
        if norm < TOL:
            return iters, norm
        u = sweep(u)
    return MAX_ITERS, norm


iters, norm = solve(N)
print(iters)
print("%.9f" % norm)
