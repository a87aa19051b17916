# Spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1),
# by 10 power iterations of A^T A on an N-vector.
# Output: the norm with 9 decimals.
#
# This version was written around ePython's fast paths (explicit index loops,
# preallocated result lists, `s = s + ...` accumulators), not the way the program is
# usually written; bench/kernels/spectralnorm.py is the usual (Benchmarks Game) form.
# It is kept to track the loop path, and left out of the geometric mean:
# bench: not-in-mean
import math

N = 330  # size parameter


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, av, n):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s = s + eval_a(i, j) * v[j]
        av[i] = s


def mul_atv(v, atv, n):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s = s + eval_a(j, i) * v[j]
        atv[i] = s


def mul_atav(v, out, tmp, n):
    mul_av(v, tmp, n)
    mul_atv(tmp, out, n)


u = [1.0] * N
v = [0.0] * N
tmp = [0.0] * N
for it in range(10):
    mul_atav(u, v, tmp, N)
    mul_atav(v, u, tmp, N)

vbv = 0.0
vv = 0.0
for i in range(N):
    vbv = vbv + u[i] * v[i]
    vv = vv + v[i] * v[i]
print("%.9f" % math.sqrt(vbv / vv))
