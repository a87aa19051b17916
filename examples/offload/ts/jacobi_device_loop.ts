// Jacobi with the whole iteration loop inside one kernel: the grid lives on the
// cores (device-resident), the cores swap halos and agree on the residual with a
// reduction, and the host only launches the solve and reads the result back. One
// launch instead of two per iteration (compare jacobi_offload.ts).
//   npm run example examples/offload/ts/jacobi_device_loop.ts
import { openDevice } from "epython";

const dev = openDevice({ cores: 16 });
dev.load(`
from math import sqrt
from parallel import coreid, numcores, sendrecv, reduce

def initialise(global_size):
    global data, data_p1
    num_local = global_size // numcores()
    if coreid() < global_size - num_local * numcores():
        num_local += 1
    data = [0.0] * (num_local + 2)
    data_p1 = [0.0] * (num_local + 2)
    if coreid() == 0:
        data[0] = 1.0
    if coreid() == numcores() - 1:
        data[num_local + 1] = 10.0

def residual():
    local = 0.0
    for i in range(1, len(data) - 1):
        local += (data[i] * 2 - data[i - 1] - data[i + 1]) ** 2
    return reduce(local, "sum")

def solve(tolerance, max_iterations):
    me = coreid()
    last = len(data) - 1
    bnorm = sqrt(residual())
    norm = 1.0
    it = 0
    while norm > tolerance and it < max_iterations:
        if me > 0:
            data[0] = sendrecv(data[1], me - 1)
        if me < numcores() - 1:
            data[last] = sendrecv(data[last - 1], me + 1)
        for i in range(1, last):
            data_p1[i] = 0.5 * (data[i - 1] + data[i + 1])
        for i in range(1, last):
            data[i] = data_p1[i]
        norm = sqrt(residual()) / bnorm
        it += 1
    return [it, norm]
`, { file: "jacobi_kernels.py" });

dev.define("data");
dev.define("data_p1");
await dev.call("initialise", [100]);
const [result] = (await dev.call("solve", [1e-4, 100000])) as [number, number][];
console.log(`Converged to ${result[1].toPrecision(4)} after ${result[0]} iterations`);
const grid = (await dev.copyFrom("data").wait()) as number[][];
const interior = grid.flatMap((d) => d.slice(1, -1));
console.log(`${interior.length} points; u[0] = ${interior[0].toFixed(4)}, u[99] = ${interior[99].toFixed(4)}`);
await dev.close();
