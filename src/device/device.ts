// The simulated micro-core device: every core runs the same program image with its
// own memory. With one worker (the default for this API, and --deterministic) all
// cores run on the calling thread, multiplexed by one DeviceNode — the fast path,
// where a message between two cores costs well under a microsecond. With more
// workers the cores are split in contiguous blocks over worker threads (cluster.ts)
// and the calling thread coordinates.
//
// Invariant: the run ends when every core has finished, when one fails (the others
// are stopped and summarised), when no core can make progress (deadlock), or at the
// time limit.

import { type Program } from "../bytecode/code.js";
import { encodeProgram } from "../bytecode/image.js";
import { PyError } from "../vm/errors.js";
import { setInterruptCheck } from "../vm/watchdog.js";
import { coreReport } from "./deadlock.js";
import { Layout, type LayoutOptions } from "./layout.js";
import { type CoreSummary, DeviceNode, type FailureInfo } from "./node.js";
import type { Profile } from "./profiles.js";
import type { StatsRow } from "./stats.js";
import { epochMs, type TraceEvent } from "./trace.js";

export interface DeviceOptions {
  profile: Profile;
  /** Device cores (ids 0..deviceCores-1), unless `placement` lists their ids. */
  deviceCores: number;
  /** Host virtual cores (ids after the device cores). */
  hostCores: number;
  placement?: number[];
  float64: boolean;
  prefix: boolean;
  /** Program output (whole lines). */
  write: (text: string) => void;
  /** Diagnostics (warnings) for the user. */
  warn: (text: string) => void;
  readLine?: (prompt: string) => string | null;
  /** Random seed; null picks one from the clock. */
  seed: number | null;
  /** Wall-clock limit in milliseconds (0: none). */
  timeoutMs: number;
  /** Local memory per core for code and data, after the runtime's part (bytes). */
  localMemory?: number;
  /** Total shared memory (bytes). */
  sharedMemory?: number;
  /** Treat spilling into shared memory as an error. */
  strictMemory?: boolean;
  /** Place all data in shared memory (-datashared). */
  dataShared?: boolean;
  /** Code placement: by size (auto), forced onto the cores, or in shared memory. */
  code?: "auto" | "core" | "shared";
  /** Worker threads (default 1: everything on the calling thread). */
  workers?: number;
  /** Record per-core run times (-t) / trace events (--trace). */
  timing?: boolean;
  trace?: boolean;
}

export interface CoreFailure {
  core: number;
  error: PyError;
}

export interface RunResult {
  ok: boolean;
  failure?: CoreFailure;
  /** Per-core report lines when the run stopped on a deadlock or timeout. */
  stuck?: { reason: "deadlock" | "timeout"; cores: string[] };
  /** How every core ended. */
  summaries: CoreSummary[];
  stats: StatsRow[];
  trace: { events: TraceEvent[]; dropped: number } | null;
  layout: Layout;
}

/** What a finished run looked like from the inside (one thread or many). */
export interface RunOutcome {
  end: "done" | "failed" | "deadlock" | "timeout";
  failure: FailureInfo | null;
  /** Same-thread error object of the failure, when there is one (keeps its cause). */
  failureError?: PyError | null;
  summaries: CoreSummary[];
  stats: StatsRow[];
  events: TraceEvent[] | null;
  dropped: number;
}

export class Device {
  readonly layout: Layout;
  readonly codeBytes: number;
  readonly codeInstructions: number;
  readonly seed: number;
  readonly image: Uint8Array;

  constructor(readonly program: Program, readonly opts: DeviceOptions) {
    const encoded = encodeProgram(program);
    this.image = encoded.bytes;
    this.codeBytes = encoded.sizes.instructions;
    this.codeInstructions = countInstructions(program);
    this.seed = opts.seed ?? ((Date.now() ^ (process.pid << 8)) >>> 0);
    this.layout = new Layout(this.layoutOptions());
  }

  layoutOptions(): LayoutOptions {
    const o = this.opts;
    return {
      profile: o.profile, deviceCores: o.deviceCores, hostCores: o.hostCores, placement: o.placement,
      localMemory: o.localMemory, sharedMemory: o.sharedMemory, strictMemory: o.strictMemory,
      dataShared: o.dataShared, code: o.code, codeBytes: this.codeBytes,
    };
  }

  get workers(): number {
    return Math.max(1, Math.min(this.opts.workers ?? 1, this.layout.total));
  }

  /** Runs every core on this thread (requires workers = 1). */
  run(): RunResult {
    if (this.workers > 1) throw new Error("Device.run() runs on one thread; use runAsync() with workers > 1");
    return this.result(this.runHere());
  }

  /** Runs on worker threads when `workers` > 1, else on this thread. */
  async runAsync(): Promise<RunResult> {
    if (this.workers === 1) return this.run();
    const { runCluster } = await import("./cluster.js");
    return this.result(await runCluster(this));
  }

  private runHere(): RunOutcome {
    const o = this.opts;
    const originMs = epochMs();
    const node = new DeviceNode({
      program: this.program, layout: this.layout, local: this.layout.cores.map((c) => c.id),
      seed: this.seed, float64: o.float64, prefix: o.prefix, write: o.write, warn: o.warn,
      readLine: o.readLine, originMs, timing: !!o.timing, trace: !!o.trace, link: null, workers: 1,
      codeBytes: this.codeBytes, codeInstructions: this.codeInstructions,
    });
    const deadline = o.timeoutMs > 0 ? Date.now() + o.timeoutMs : Infinity;
    let slices = 0;
    const late = () => (++slices & 63) === 0 && Date.now() > deadline;
    let end: RunOutcome["end"];
    node.start();
    // Long builtin loops (inside one instruction) check the time limit too.
    const prevCheck = setInterruptCheck(o.timeoutMs > 0 ? () => Date.now() > deadline : null);
    for (;;) {
      node.runReady(late);
      if (node.failure) end = "failed";
      else if (node.live === 0) end = "done";
      else if (Date.now() > deadline) end = "timeout";
      else if (node.ready.size === 0) end = "deadlock";
      else continue;
      break;
    }
    setInterruptCheck(prevCheck);
    node.flushOutput();
    return {
      end, failure: node.failure, failureError: node.failureError, summaries: node.summaries(),
      stats: node.statsRows(), events: node.trace?.events ?? null, dropped: node.trace?.dropped ?? 0,
    };
  }

  private result(r: RunOutcome): RunResult {
    const base = {
      summaries: r.summaries, stats: r.stats, layout: this.layout,
      trace: r.events ? { events: r.events, dropped: r.dropped } : null,
    };
    if (r.end === "failed" && r.failure) {
      let error = r.failureError ?? null;
      if (!error) {
        error = new PyError(r.failure.kind, r.failure.message);
        error.traceback.push(...r.failure.traceback);
      }
      return { ok: false, failure: { core: r.failure.core, error }, ...base };
    }
    if (r.end === "deadlock" || r.end === "timeout") {
      return { ok: false, stuck: { reason: r.end, cores: coreReport(r.summaries) }, ...base };
    }
    return { ok: true, ...base };
  }
}

function countInstructions(program: Program): number {
  let n = 0;
  const visit = (c: Program["modules"][number]["code"]) => {
    n += c.lines.filter((l) => l > 0).length;
    for (const k of c.consts) if (typeof k === "object" && k !== null && "code" in k) visit(k as typeof c);
  };
  for (const m of program.modules) visit(m.code);
  return Math.max(1, n);
}
