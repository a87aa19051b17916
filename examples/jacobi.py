# epython-args: --cores 16 --deterministic
# Jacobi iteration for Laplace's equation in 1-D, the data split over the cores:
# each core holds its slice plus one halo cell on each side, swaps halos with its
# neighbours every iteration (sendrecv) and the cores agree on the residual norm
# with a reduction. Runs until the norm relative to the start drops below 1e-4.
# (The original ePython's jacobi.py, in the Python 3 dialect.)
from parallel import coreid, numcores, sendrecv, reduce
from math import sqrt

DATA_SIZE = 100
MAX_ITS = 100000

me = coreid()
cores = numcores()
# This core's share of the points (the first cores take one more if it does not divide).
local_size = DATA_SIZE // cores
if me < DATA_SIZE - local_size * cores:
    local_size += 1

data = [0.0] * (local_size + 2)
data_p1 = [0.0] * (local_size + 2)
# Boundary conditions: 1 on the left end, 10 on the right end.
if me == 0:
    data[0] = 1.0
if me == cores - 1:
    data[local_size + 1] = 10.0


def residual():
    total = 0.0
    for i in range(1, local_size + 1):
        r = data[i] * 2 - data[i - 1] - data[i + 1]
        total += r * r
    return reduce(total, "sum")


bnorm = sqrt(residual())
norm = 1.0
its = 0
while norm >= 1e-4 and its < MAX_ITS:
    # Halo swap with the left and right neighbours, when there are any.
    if me > 0:
        data[0] = sendrecv(data[1], me - 1)
    if me < cores - 1:
        data[local_size + 1] = sendrecv(data[local_size], me + 1)
    norm = sqrt(residual()) / bnorm
    if me == 0 and its % 1000 == 0:
        print(f"RNorm is {norm:.6f} at {its} iterations")
    for i in range(1, local_size + 1):
        data_p1[i] = 0.5 * (data[i - 1] + data[i + 1])
    data, data_p1 = data_p1, data
    # The halo cells of the new array still hold the boundary values.
    if me == 0:
        data[0] = 1.0
    if me == cores - 1:
        data[local_size + 1] = 10.0
    its += 1

if me == 0:
    print(f"Completed in {its} iterations, RNorm={norm:.6f}")
