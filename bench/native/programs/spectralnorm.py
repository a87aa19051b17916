# Spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1), by 10
# power iterations of A^T A, written the way the Computer Language Benchmarks Game's
# Python program is: list comprehensions, enumerate, sum, zip, the matrix-element
# function held in a local variable. Only the command-line argument is replaced by
# the N constant (ePython has no sys.argv).
# Output: the norm with 9 decimals.
from math import sqrt

N = 350  # size parameter


def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def eval_A_times_u(u):
    local_eval_A = eval_A
    return [sum([local_eval_A(i, j) * u_j for j, u_j in enumerate(u)]) for i in range(len(u))]


def eval_At_times_u(u):
    local_eval_A = eval_A
    return [sum([local_eval_A(j, i) * u_j for j, u_j in enumerate(u)]) for i in range(len(u))]


def eval_AtA_times_u(u):
    return eval_At_times_u(eval_A_times_u(u))


def main():
    n = N
    u = [1] * n
    for dummy in range(10):
        v = eval_AtA_times_u(u)
        u = eval_AtA_times_u(v)
    vBv = vv = 0
    for ue, ve in zip(u, v):
        vBv += ue * ve
        vv += ve * ve
    print("%0.9f" % (sqrt(vBv / vv)))


main()
