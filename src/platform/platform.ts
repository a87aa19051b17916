// What the toolchain needs from the machine it runs on, behind one interface, so
// that `lang`, `compiler`, `vm` and `device` import no Node-only module and run in a
// browser too (seam 5).
//
// The platform in use is chosen once by the entry point: the Node entries (the CLI,
// src/index.ts) call `setPlatform(nodePlatform)` (./node.ts), which adds worker
// threads, the CPU count and process-based seeds; everything else, a browser
// bundle included, gets `portablePlatform` (./portable.ts), which needs nothing
// beyond standard JavaScript and runs every core on the calling thread.

import type { Device, RunOutcome } from "../device/device.js";
import { portablePlatform } from "./portable.js";

export interface Platform {
  /** A short name for reports ("node", "portable"). */
  readonly name: string;
  /** Milliseconds since the Unix epoch with sub-millisecond precision, the same clock in every thread. */
  epochMs(): number;
  /** A random seed for a run that was given none. */
  randomSeed(): number;
  /** Processors the run may use (1 when unknown). */
  cpuCount(): number;
  /**
   * Runs a device's cores over `workers` worker threads and reports how the run
   * ended; null when the platform has no threads (every core then runs on the
   * calling thread).
   */
  readonly runThreads: ((device: Device, workers: number) => Promise<RunOutcome>) | null;
  /** Resolves after the host has had a chance to run other work (a UI, I/O callbacks). */
  yieldToHost(): Promise<void>;
}

let current: Platform = portablePlatform;

/** The platform in use. */
export function platform(): Platform {
  return current;
}

/** Chooses the platform (entry points call this once, before creating devices). */
export function setPlatform(p: Platform): void {
  current = p;
}
