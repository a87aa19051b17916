// The original's pi_offload.py from TypeScript: every core throws darts; the host
// averages the per-core estimates.
//   npm run example examples/offload/ts/pi_offload.ts
import { openDevice } from "epython";

const dev = openDevice({ cores: 16 });
dev.load(`
def findPI(darts, rounds):
    from random import random
    from math import pow
    mypi = 0.0
    i = 1
    while i <= rounds:
        score = 0.0
        j = 1
        while j <= darts:
            x = random()
            y = random()
            if pow(x, 2) + pow(y, 2) < 1.0:
                score += 1
            j += 1
        mypi = mypi + 4.0 * (score / darts)
        i += 1
    return mypi
`, { file: "pi_kernels.py" });

const estimates = (await dev.call("findPI", [100, 10])) as number[];
const pi = estimates.reduce((a, b) => a + b, 0);
console.log(`Value of PI is ${pi / 10 / 16}`);
await dev.close();
