# Spectral norm as pyperformance's bm_spectral_norm writes it (the most quoted Python
# timing of this program): the row function is passed as an argument and called with
# one (i, u) tuple that it unpacks; the inner loop is `for j, u_j in enumerate(u)`
# with a `+=` accumulator that starts as the int 0. pyperformance repeats the
# N = 130 problem in a timing loop; here REPEAT plays that part.
# Output: the Rayleigh quotient vBv/vv of the last repetition, 9 decimals.

N = 130
REPEAT = 6  # size parameter


def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def eval_times_u(func, u):
    return [func((i, u)) for i in range(len(list(u)))]


def eval_AtA_times_u(u):
    return eval_times_u(part_At_times_u, eval_times_u(part_A_times_u, u))


def part_A_times_u(i_u):
    i, u = i_u
    partial_sum = 0
    for j, u_j in enumerate(u):
        partial_sum += eval_A(i, j) * u_j
    return partial_sum


def part_At_times_u(i_u):
    i, u = i_u
    partial_sum = 0
    for j, u_j in enumerate(u):
        partial_sum += eval_A(j, i) * u_j
    return partial_sum


def spectral_norm(repeat):
    for _ in range(repeat):
        u = [1] * N
        for dummy in range(10):
            v = eval_AtA_times_u(u)
            u = eval_AtA_times_u(v)
        vBv = vv = 0
        for ue, ve in zip(u, v):
            vBv += ue * ve
            vv += ve * ve
    return vBv, vv


vBv, vv = spectral_norm(REPEAT)
print("%.9f" % (vBv / vv))
