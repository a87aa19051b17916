// The original's tutorial 7 ("managing device data"), from TypeScript: variables that
// stay resident on every core between kernels.
//   npm run example examples/offload/ts/tutorial7.ts
import { openDevice } from "epython";

const dev = openDevice({ cores: 16 });
dev.load(`
from parallel import coreid

def updateA(i):
    a[i] = i * coreid()

def setB():
    b = 19
`, { file: "tutorial7_kernels.py", deviceGlobals: ["a", "b"] });

const show = (v: unknown) => JSON.stringify(v).replaceAll(",", ", ");

// Each core gets its own copy of a; kernels update it in place, between launches.
dev.define("a", new Array(10).fill(0));
for (let i = 0; i < 10; i++) await dev.call("updateA", [i]);
console.log(show(await dev.copyFrom("a").wait()));

// A scalar: read it back, change it on the device, then overwrite it from the host.
dev.define("b", 23);
console.log(show(await dev.copyFrom("b").wait()));
await dev.call("setB");
console.log(show(await dev.copyFrom("b").wait()));
await dev.copyTo("b", 99).wait();
console.log(show(await dev.copyFrom("b").wait()));
await dev.close();
