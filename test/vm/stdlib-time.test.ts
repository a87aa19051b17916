import { describe, expect, it } from "vitest";
import { runSource, output } from "../helpers/runSource.js";
import { expectSameAsCPython, haveCPython } from "../helpers/stdlib.js";

describe("time", () => {
  it("clocks: time() is the epoch, perf_counter() and monotonic() advance", () => {
    const out = output(`
import time
t = time.time()
print(type(t).__name__, t > 1.7e9)
a = time.perf_counter(); b = time.perf_counter()
print(b >= a >= 0, time.monotonic() >= 0)
n = time.perf_counter_ns()
print(type(n).__name__, n >= 0)
`, { float64: true });
    expect(out).toBe("float True\nTrue True\nint True\n");
  });

  it("sleep suspends only its core: the others run meanwhile, and the sleep lasts", () => {
    const t0 = performance.now();
    const out = output(`
import time
from parallel import coreid, send, recv
if coreid() == 0:
    t0 = time.perf_counter()
    time.sleep(0.2)
    d = time.perf_counter() - t0
    print("slept", 0.19 < d < 1.5)
    print("got", recv(1))
else:
    send(41 + coreid(), 0)
`, { cores: 2, float64: true, prefix: false });
    expect(out).toBe("slept True\ngot 42\n");
    expect(performance.now() - t0).toBeGreaterThanOrEqual(190);
  });

  it("a sleeping core is not a deadlock; sleep(0) returns at once", () => {
    const r = runSource("import time\ntime.sleep(0)\ntime.sleep(0.01)\nprint('ok')\n");
    expect(r.stuck).toBeNull();
    expect(r.out).toBe("ok\n");
  });

  it.runIf(haveCPython)("argument errors as CPython", () => {
    expectSameAsCPython(`
import time
for a in ['a', -1, None, -0.5]:
    try:
        time.sleep(a)
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.time(1)
except TypeError as e:
    print(e)
print(time.sleep(0))
`);
  });
});
