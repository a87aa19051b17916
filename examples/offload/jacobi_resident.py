# jacobi_offload.py with the iteration loop inside the kernel: the data stays on the
# device (define_on_device) and one launch runs every iteration, the cores agreeing
# on the residual with reduce() instead of returning it to the host each time.
from epython import copy_from_device, define_on_device, offload, coreid, numcores, reduce, sendrecv
import math

data = None
define_on_device(data)


@offload
def initialise(global_size):
    global data
    num_local = global_size // numcores()
    if coreid() < global_size - num_local * numcores():
        num_local += 1
    data = [0.0] * (num_local + 2)
    if coreid() == 0:
        data[0] = 1.0
    if coreid() == numcores() - 1:
        data[num_local + 1] = 10.0


def residual():
    tmpnorm = 0.0
    for i in range(1, len(data) - 1):
        tmpnorm += (data[i] * 2 - data[i - 1] - data[i + 1]) ** 2
    return math.sqrt(reduce(tmpnorm, "sum"))


@offload
def solve(tolerance, report_every):
    new = [0.0] * len(data)
    bnorm = residual()
    norm = 1.0
    it = 0
    while norm > tolerance:
        if coreid() > 0:
            data[0] = sendrecv(data[1], coreid() - 1)
        if coreid() < numcores() - 1:
            data[-1] = sendrecv(data[-2], coreid() + 1)
        for i in range(1, len(data) - 1):
            new[i] = 0.5 * (data[i - 1] + data[i + 1])
        for i in range(1, len(data) - 1):
            data[i] = new[i]
        norm = residual() / bnorm
        it += 1
        if coreid() == 0 and it % report_every == 0:
            print(f"Rnorm is {norm} after {it} iterations")
    return it


initialise(100)
iterations = solve(1e-4, 1000)
print("converged after", iterations[0], "iterations on every core:", len(set(iterations)) == 1)
edges = copy_from_device("data", target=[0, numcores() - 1])
print("boundary values kept:", edges[0][0], edges[1][-1])
