# Dense matrix multiply C = A * B of two N x N float matrices (lists of rows),
# the i-k-j loop order. Output: the trace and a weighted checksum of C.

N = 200  # size parameter


def make(n, seed):
    m = []
    for i in range(n):
        row = [0.0] * n
        for j in range(n):
            row[j] = ((i * 7 + j * 13 + seed) % 17) / 8.0 - 1.0
        m.append(row)
    return m


def matmul(a, b, n):
    c = []
    for i in range(n):
        ci = [0.0] * n
        ai = a[i]
        for k in range(n):
            aik = ai[k]
            bk = b[k]
            for j in range(n):
                ci[j] = ci[j] + aik * bk[j]
        c.append(ci)
    return c


a = make(N, 1)
b = make(N, 5)
c = matmul(a, b, N)
c = matmul(c, a, N)
trace = 0.0
check = 0.0
for i in range(N):
    trace = trace + c[i][i]
    for j in range(N):
        check = check + c[i][j] * ((i + 2 * j) % 5)
print("%.6f" % trace)
print("%.6f" % check)
