// The original's tutorial 6 ("offloading Python kernels"), from TypeScript: the host
// program launches ePython kernels on the device's 16 cores.
//   npm run example examples/offload/ts/tutorial6.ts
import { openDevice, waitAll, type Handle } from "epython";

const dev = openDevice({ cores: 16 });
dev.load(`
def helloworld(a, b):
    print("Hello World")
    return a + b

def adder(a, b):
    return a + b

def subtractor(a, b):
    return a - b
`, { file: "tutorial6_kernels.py" });

const show = (v: unknown) => JSON.stringify(v).replaceAll(",", ", ");

// Blocking: every core runs the kernel; one result per core.
console.log(show(await dev.call("helloworld", [10, 20])));

// Asynchronous: a handle at once, the results later.
const helloworld = dev.kernel("helloworld", { async: true });
const handle = helloworld(10, 20) as Handle;
console.log(show(await handle.wait()));

// Any 4 free cores, then cores 9 and 10 only (per-call options win).
console.log(show(await dev.call("helloworld", [10, 20], { auto: 4 })));
const h = dev.launch("helloworld", [10, 20], { target: [9, 10] });
console.log(show(await h.wait()));

// offload_multiple(cores=8) and offload_single: asynchronous launches on any n cores.
const h1 = dev.launch("adder", [10, 20], { auto: 8 });
const h2 = dev.launch("subtractor", [10, 20], { auto: 1 });
console.log(show(await waitAll(h1, h2)));
await dev.close();
