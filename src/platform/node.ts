// The Node.js platform: the CPU count from the OS, seeds mixed with the process id,
// and multi-worker runs on worker threads (src/device/cluster.ts, loaded only when a
// run asks for more than one worker). Selected by the Node entry points (the CLI and
// src/index.ts); nothing under lang, compiler, vm or device imports this file.

import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import type { Platform } from "./platform.js";

export const nodePlatform: Platform = {
  name: "node",
  // The same epoch in every worker thread: workers' trace events line up.
  epochMs: () => performance.timeOrigin + performance.now(),
  randomSeed: () => (Date.now() ^ (process.pid << 8)) >>> 0,
  cpuCount: () => availableParallelism(),
  runThreads: async (device, workers) => (await import("../device/cluster.js")).runCluster(device, workers),
  yieldToHost: () => new Promise<void>((resolve) => setImmediate(resolve)),
};
