// The platform of plain JavaScript (browsers, workers, any runtime): standard
// globals only, no threads. Used unless an entry point selects another platform.

import type { Platform } from "./platform.js";

/** `performance` where the runtime has it (browsers, Node, Deno), else null. */
const perf: { timeOrigin: number; now(): number } | null =
  typeof globalThis.performance?.now === "function" ? globalThis.performance : null;

export const portablePlatform: Platform = {
  name: "portable",
  epochMs: perf ? () => perf.timeOrigin + perf.now() : () => Date.now(),
  randomSeed() {
    const c = globalThis.crypto;
    if (typeof c?.getRandomValues === "function") return c.getRandomValues(new Uint32Array(1))[0];
    return (Date.now() ^ Math.floor(Math.random() * 0x1_0000_0000)) >>> 0;
  },
  cpuCount() {
    const n = globalThis.navigator?.hardwareConcurrency;
    return typeof n === "number" && n >= 1 ? n : 1;
  },
  runThreads: null,
  yieldToHost() {
    // A message on a fresh channel runs after pending events without the 4 ms
    // clamp browsers apply to nested timers.
    return new Promise<void>((resolve) => {
      if (typeof MessageChannel !== "function") {
        setTimeout(resolve, 0);
        return;
      }
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(null);
    });
  },
};
