// Runs in slices (Device.step, runAsync with sliceMs) and asynchronous input():
// the calling core blocks like in recv while the other cores run on.
import { describe, expect, it } from "vitest";
import { compileProgram } from "../../src/compiler/program.js";
import { Device, type DeviceOptions, type RunResult } from "../../src/device/device.js";
import { profiles } from "../../src/device/profiles.js";
import { standardModules } from "../../src/vm/modules/index.js";
import { portablePlatform } from "../../src/platform/portable.js";
import { linesOf, py } from "./helpers.js";

let out = "";
function device(source: string, o: Partial<DeviceOptions> = {}): Device {
  out = "";
  const program = compileProgram(source, "main.py", { readFile: () => null, isBuiltinModule: (n) => standardModules.has(n) });
  return new Device(program, {
    profile: profiles.epiphany3, deviceCores: 2, hostCores: 0, float64: false, prefix: true, seed: 1, timeoutMs: 20_000,
    write: (t) => (out += t), warn: () => {}, platform: portablePlatform, ...o,
  });
}

const busy = py(
  "from parallel import coreid, reduce",
  "s = 0",
  "for i in range(60000):",
  "    s += i % 7",
  "print(coreid(), reduce(s, 'sum'))",
);

describe("runs in slices", () => {
  it("step(ms) returns 'running' until the run ends, with the same output as run()", () => {
    device(busy).run();
    const whole = out;
    const d = device(busy);
    let steps = 0;
    let r: ReturnType<Device["step"]>;
    do {
      r = d.step(1);
      steps++;
    } while (r === "running");
    expect(typeof r).toBe("object");
    expect((r as RunResult).ok).toBe(true);
    expect(steps).toBeGreaterThan(2);
    expect(out).toBe(whole);
    // A finished run keeps answering with its result.
    expect(d.step(1)).toBe(r);
  });

  it("runAsync with sliceMs lets the event loop run while the cores compute", async () => {
    const d = device(busy, { sliceMs: 1 });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const r = await d.runAsync();
    clearInterval(timer);
    expect(r.ok).toBe(true);
    expect(ticks).toBeGreaterThan(0);
    expect(linesOf(out, 0)).toEqual(["0 359988"]);
  });

  it("without sliceMs, runAsync on one thread does not yield", async () => {
    const d = device(busy);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await d.runAsync();
    clearInterval(timer);
    expect(ticks).toBe(0);
  });
});

describe("asynchronous input", () => {
  const echo = py(
    "from parallel import coreid",
    "if coreid() == 0:",
    "    print('got', input('name? '))",
    "else:",
    "    print('done')",
  );

  it("blocks only the core that reads: the others run while the line is pending", async () => {
    const prompts: string[] = [];
    let answer: ((line: string | null) => void) | null = null;
    const d = device(echo, {
      readLineAsync: (prompt) => {
        prompts.push(prompt);
        return new Promise((resolve) => (answer = resolve));
      },
      write: (t) => {
        out += t;
        // Core 1 finished while core 0 waits: now the line arrives.
        if (t.includes("[device 1] done")) setTimeout(() => answer!("Ada"), 5);
      },
    });
    const r = await d.runAsync();
    expect(r.ok).toBe(true);
    expect(prompts).toEqual(["name? "]);
    expect(out.indexOf("[device 1] done")).toBeLessThan(out.indexOf("[device 0] got Ada"));
  });

  it("reports the core as waiting in input() while stepping", async () => {
    let answer: ((line: string | null) => void) | null = null;
    const d = device(echo, { readLineAsync: () => new Promise((resolve) => (answer = resolve)) });
    expect(d.step(50)).toBe("waiting");
    expect(d.step(50)).toBe("waiting");
    answer!("Bob");
    await Promise.resolve();
    const r = d.step(50) as RunResult;
    expect(r.ok).toBe(true);
    expect(linesOf(out, 0)).toEqual(["got Bob"]);
  });

  it("raises EOFError on the reading core at end of input", async () => {
    const r = await device(echo, { readLineAsync: async () => null }).runAsync();
    expect(r.failure?.core).toBe(0);
    expect(r.failure?.error.kind).toBe("EOFError");
    expect(r.failure?.error.traceback.at(-1)?.line).toBe(3);
  });

  it("types classic input as the original did, also asynchronously", async () => {
    const program = compileProgram("x = input()\nprint(x + 1)\n", "main.py", { dialect: "classic", readFile: () => null });
    let text = "";
    const d = new Device(program, {
      profile: profiles.epiphany3, deviceCores: 1, hostCores: 0, float64: false, prefix: false, seed: 1, timeoutMs: 0,
      write: (t) => (text += t), warn: () => {}, platform: portablePlatform, readLineAsync: async () => "41",
    });
    expect((await d.runAsync()).ok).toBe(true);
    expect(text).toBe("42\n");
  });

  it("times out while waiting, naming input() in the report", async () => {
    const r = await device(echo, { timeoutMs: 100, readLineAsync: () => new Promise(() => {}) }).runAsync();
    expect(r.stuck?.reason).toBe("timeout");
    expect(r.stuck?.cores.join("\n")).toMatch(/core 0 \[device 0\]: waiting in input\(\) at main\.py:3/);
  });

  it("asks for runAsync when Device.run() meets asynchronous input", () => {
    const d = device(echo, { readLineAsync: () => new Promise(() => {}) });
    expect(() => d.run()).toThrow(/readLineAsync input; use runAsync\(\)/);
  });

  it("keeps synchronous readLine working: the line is taken at once", () => {
    const r = device(echo, { readLine: (p) => (p === "name? " ? "Sync" : null) }).run();
    expect(r.ok).toBe(true);
    expect(linesOf(out, 0)).toEqual(["got Sync"]);
  });
});
