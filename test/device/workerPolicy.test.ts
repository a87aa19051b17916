// The default worker count (src/device/workerPolicy.ts): programs whose cores
// communicate inside loops stay on one thread; compute-bound ones spread.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileProgram } from "../../src/compiler/program.js";
import { Device } from "../../src/device/device.js";
import { profiles } from "../../src/device/profiles.js";
import { formatStats } from "../../src/device/stats.js";
import { chooseWorkers, programShape } from "../../src/device/workerPolicy.js";
import { standardModules, withLibraryModules } from "../../src/vm/modules/index.js";
import { type Platform } from "../../src/platform/platform.js";
import { portablePlatform } from "../../src/platform/portable.js";
import { py } from "./helpers.js";

function compile(source: string, classic = false) {
  const dialect = classic ? "classic" : "python3";
  return compileProgram(source, "main.py", {
    dialect, readFile: withLibraryModules(() => null, dialect), isBuiltinModule: (n) => standardModules.has(n),
  });
}
const shapeOf = (source: string, classic = false) => programShape(compile(source, classic));
const example = (rel: string) => readFileSync(new URL(`../../examples/${rel}`, import.meta.url), "utf8");

describe("program shape", () => {
  it("sees the halo swap and the reduce of Jacobi inside its iteration loop", () => {
    expect(shapeOf(example("jacobi.py"))).toEqual({ loops: true, communicatesInLoop: true });
    expect(shapeOf(example("parallel/classic/jacobi.py"), true)).toEqual({ loops: true, communicatesInLoop: true });
  });

  it("sees Monte Carlo pi as compute with one reduction after the loop", () => {
    expect(shapeOf(example("parallel/pi.py"))).toEqual({ loops: true, communicatesInLoop: false });
    expect(shapeOf(readFileSync(new URL("../../bench/device/programs/pi.py", import.meta.url), "utf8"))).toEqual({ loops: true, communicatesInLoop: false });
  });

  it("follows calls: a loop calling a function that communicates, through another function", () => {
    const src = py(
      "import parallel",
      "def swap(x):",
      "    return parallel.sendrecv(x, 1 - parallel.coreid())",
      "def step(x):",
      "    return swap(x) + 1",
      "for i in range(10):",
      "    step(i)",
    );
    expect(shapeOf(src).communicatesInLoop).toBe(true);
  });

  it("counts recursion as repetition, and a program without loops as short", () => {
    const rec = py("from parallel import recv", "def f(n):", "    if n > 0:", "        recv(0)", "        f(n - 1)", "f(3)");
    expect(shapeOf(rec)).toEqual({ loops: true, communicatesInLoop: true });
    expect(shapeOf(py("from parallel import coreid, reduce", "print(reduce(coreid(), 'sum'))"))).toEqual({ loops: false, communicatesInLoop: false });
  });

  it("treats the taskfarm library (its worker loop receives) as communicating", () => {
    const src = py("from taskfarm import initTaskFarm, worker", "initTaskFarm(0)", "worker()");
    expect(shapeOf(src).communicatesInLoop).toBe(true);
  });
});

describe("worker choice", () => {
  const compute = { loops: true, communicatesInLoop: false };
  it("spreads compute over one worker per CPU, never more than the cores", () => {
    expect(chooseWorkers(() => compute, 16, 2, true).workers).toBe(2);
    expect(chooseWorkers(() => compute, 3, 8, true).workers).toBe(3);
  });
  it("keeps one worker for communicating, short, one-core, one-CPU and thread-less runs", () => {
    expect(chooseWorkers(() => ({ loops: true, communicatesInLoop: true }), 16, 8, true).workers).toBe(1);
    expect(chooseWorkers(() => ({ loops: false, communicatesInLoop: false }), 16, 8, true).workers).toBe(1);
    expect(chooseWorkers(() => compute, 1, 8, true).workers).toBe(1);
    expect(chooseWorkers(() => compute, 16, 1, true).workers).toBe(1);
    expect(chooseWorkers(() => compute, 16, 8, false).workers).toBe(1);
  });

  it("is applied by the device when the options leave workers open, and shown by --stats", () => {
    const fourCpus: Platform = { ...portablePlatform, name: "test", cpuCount: () => 4, runThreads: () => Promise.reject(new Error("not used")) };
    const device = (src: string, workers?: number) => new Device(compile(src), {
      profile: profiles.epiphany3, deviceCores: 16, hostCores: 0, float64: false, prefix: true, seed: 1, timeoutMs: 0,
      write: () => {}, warn: () => {}, platform: fourCpus, workers,
    });
    expect(device(example("parallel/pi.py")).workers).toBe(4);
    expect(device(example("jacobi.py")).workers).toBe(1);
    expect(device(example("jacobi.py"), 3).workerChoice).toEqual({ workers: 3, reason: "--workers" });
    const ring = py("from parallel import coreid, numcores, sendrecv", "me = coreid()", "for i in range(3):", "    sendrecv(i, me ^ 1)");
    const r = device(ring).run();
    expect(r.workers.workers).toBe(1);
    expect(formatStats(r.stats, r.workers).split("\n").at(-1)).toMatch(/^Worker threads: 1 \(/);
  });

  it("runs every core on the calling thread on a platform without threads", async () => {
    let out = "";
    const d = new Device(compile(example("parallel/pi.py")), {
      profile: profiles.epiphany3, deviceCores: 4, hostCores: 0, float64: false, prefix: true, seed: 1, timeoutMs: 0,
      write: (t) => (out += t), warn: () => {}, platform: portablePlatform, workers: 4,
    });
    const r = await d.runAsync();
    expect(r.ok).toBe(true);
    expect(r.workers).toEqual({ workers: 1, reason: "this platform has no threads" });
    expect(out).toContain("pi is about 3.1");
  });
});
