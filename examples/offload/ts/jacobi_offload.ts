// The original's jacobi_offload.py from TypeScript: the host drives the iterations;
// the grid stays resident on the cores (data, data_p1), and the cores swap halos
// with their neighbours inside each kernel.
//   npm run example examples/offload/ts/jacobi_offload.ts
import { openDevice } from "epython";

const dev = openDevice({ cores: 16 });
dev.load(`
from parallel import coreid, numcores, sendrecv

def initialise(global_size):
    num_local = global_size // numcores()
    if num_local * numcores() != global_size:
        if coreid() < global_size - num_local * numcores():
            num_local += 1
    data = [0.0] * (num_local + 2)
    data_p1 = [0.0] * (num_local + 2)
    if coreid() == 0:
        data[0] = 1.0
    if coreid() == numcores() - 1:
        data[num_local + 1] = 10.0

def calc_residual():
    tmpnorm = 0.0
    for i in range(1, len(data) - 1):
        tmpnorm = tmpnorm + (data[i] * 2 - data[i - 1] - data[i + 1]) ** 2
    return tmpnorm

def jacobi_iteration():
    if coreid() > 0:
        data[0] = sendrecv(data[1], coreid() - 1)
    if coreid() < numcores() - 1:
        data[len(data) - 1] = sendrecv(data[len(data) - 2], coreid() + 1)
    for i in range(1, len(data) - 1):
        data_p1[i] = 0.5 * (data[i - 1] + data[i + 1])
    for i in range(1, len(data) - 1):
        data[i] = data_p1[i]
`, { file: "jacobi_kernels.py", deviceGlobals: ["data", "data_p1"] });

const sum = (xs: unknown[]) => (xs as number[]).reduce((a, b) => a + b, 0);
dev.define("data");
dev.define("data_p1");
await dev.call("initialise", [100]);
const bnorm = Math.sqrt(sum(await dev.call("calc_residual")));
let norm = 1.0;
let it = 0;
while (norm > 1e-4) {
  await dev.call("jacobi_iteration");
  norm = Math.sqrt(sum(await dev.call("calc_residual"))) / bnorm;
  it++;
  if (it % 50 === 0) console.log(`Rnorm is ${norm} after ${it} iterations`);
}
await dev.close();
