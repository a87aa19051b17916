# Dense matrix multiply of N x N float matrices (lists of rows), written the usual
# way in pure Python: the columns of B by zip(*B), each element a sum() of a
# generator expression over zip(row, column), matrices built by nested
# comprehensions. Computes (A B) A. Output: the trace and a weighted checksum.

N = 80  # size parameter


def make(n, seed):
    return [[((i * 7 + j * 13 + seed) % 17) / 8.0 - 1.0 for j in range(n)] for i in range(n)]


def matmul(a, b):
    columns = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in columns] for row in a]


def main(n):
    a = make(n, 1)
    b = make(n, 5)
    c = matmul(matmul(a, b), a)
    trace = sum(c[i][i] for i in range(n))
    check = sum(v * ((i + 2 * j) % 5) for i, row in enumerate(c) for j, v in enumerate(row))
    print("%.6f" % trace)
    print("%.6f" % check)


main(N)
