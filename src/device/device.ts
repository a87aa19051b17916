// The simulated micro-core device: every core runs the same program image with its
// own memory. With one worker all cores run on the calling thread, multiplexed by
// one DeviceNode (localRun.ts) — the fast path, where a message between two cores
// costs well under a microsecond; `run()` does the whole run at once, `start()` /
// `step(ms)` a few milliseconds at a time (a UI thread stays responsive). With more
// workers the cores are split in contiguous blocks over worker threads (the
// platform's thread backend, cluster.ts on Node) and the calling thread coordinates.
// When the options leave the worker count open, workerPolicy.ts chooses it.
//
// Invariant: the run ends when every core has finished, when one fails (the others
// are stopped and summarised), when no core can make progress (deadlock), or at the
// time limit.

import { isCodeObject, type Program } from "../bytecode/code.js";
import { encodeProgram, instructionBytes } from "../bytecode/image.js";
import { PyError } from "../vm/errors.js";
import { coreReport } from "./deadlock.js";
import type { DevicePart } from "./deviceSpec.js";
import { Layout, type LayoutOptions } from "./layout.js";
import { type Platform, platform as currentPlatform } from "../platform/platform.js";
import { LocalRun, type StepState } from "./localRun.js";
import type { CoreSummary, FailureInfo, LineSource } from "./node.js";
import type { Profile } from "./profiles.js";
import type { StatsRow } from "./stats.js";
import type { TraceEvent } from "./trace.js";
import { chooseWorkers, programShape, type WorkerChoice } from "./workerPolicy.js";

export interface DeviceOptions {
  profile: Profile;
  /** Device cores (ids 0..deviceCores-1), unless `placement` lists their ids. */
  deviceCores: number;
  /** Host virtual cores (ids after the device cores). */
  hostCores: number;
  placement?: number[];
  /** A device of several profiles, in core-id order (deviceSpec.ts); see LayoutOptions.parts. */
  parts?: readonly DevicePart[];
  float64: boolean;
  /** Python 3 ints beyond the word: big ints ("promote", the default) or OverflowError. */
  intOverflow?: "promote" | "error";
  prefix: boolean;
  /** Program output (whole lines). */
  write: (text: string) => void;
  /** Diagnostics (warnings) for the user. */
  warn: (text: string) => void;
  /** Program output to standard error (sys.stderr, exit messages); default: `write`. */
  writeError?: (text: string) => void;
  /** sys.argv of every core: the program path, then its arguments. */
  argv?: readonly string[];
  /**
   * The source text of the program's files by file name, as the host verified them
   * (host/report.ts programSources): the `traceback` module quotes their lines, as the
   * report of an uncaught error does. Absent: no lines are quoted.
   */
  sources?: ReadonlyMap<string, string>;
  /**
   * Input for input() and sys.stdin: one line without its newline (read as if it had
   * one), or with lineNewlines the line with its newline ("\n"; the input's last line
   * without one if it had none); null at end of input. The run waits for it (every
   * core stops); see readLineAsync.
   */
  readLine?: (prompt: string) => string | null;
  /**
   * Input for input() and sys.stdin, asynchronously (lines as readLine's): only the calling core blocks until the line
   * arrives (other cores run on). Needs runAsync (or start/step); takes precedence
   * over readLine. A line (or the end of input, null) already known may be returned
   * as it is: input() then answers at once, and its EOFError is catchable there.
   */
  readLineAsync?: (prompt: string) => string | null | Promise<string | null>;
  /**
   * readLine's and readLineAsync's lines keep their newline, so that sys.stdin reads
   * a last line without one as CPython does (the host's runs set it). Default: each
   * line comes without its newline.
   */
  lineNewlines?: boolean;
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
  /** Worker threads; undefined: chosen by the worker policy (workerPolicy.ts) for runAsync. */
  workers?: number;
  /**
   * runAsync on the calling thread yields to the event loop after every `sliceMs`
   * milliseconds of running (default: never, the fastest).
   */
  sliceMs?: number;
  /** The machine (clock, CPUs, threads); default: the platform the entry point selected. */
  platform?: Platform;
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
  /**
   * The status cores gave to exit()/sys.exit(): the first non-zero one by core id,
   * else 0. (A failed, deadlocked or timed-out run has its own status; see host/run.ts.)
   */
  exitStatus: number;
  stats: StatsRow[];
  trace: { events: TraceEvent[]; dropped: number } | null;
  layout: Layout;
  /** The worker threads the run used, and why (for --stats). */
  workers: WorkerChoice;
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
  private encoded: Uint8Array | null = null;
  readonly platform: Platform;
  private local: LocalRun | null = null;
  private choice: WorkerChoice | null = null;
  /** The result of a run on this thread, once it has ended. */
  private ended: RunResult | null = null;

  constructor(readonly program: Program, readonly opts: DeviceOptions) {
    // The image only for worker threads: a run on this thread needs only its size.
    this.codeBytes = instructionBytes(program);
    this.codeInstructions = countInstructions(program);
    this.platform = opts.platform ?? currentPlatform();
    this.seed = opts.seed ?? this.platform.randomSeed();
    this.layout = new Layout(this.layoutOptions());
  }

  /** The program's bytecode image, which worker threads load (made on first use). */
  get image(): Uint8Array {
    return (this.encoded ??= encodeProgram(this.program).bytes);
  }

  layoutOptions(): LayoutOptions {
    const o = this.opts;
    return {
      profile: o.profile, deviceCores: o.deviceCores, hostCores: o.hostCores, placement: o.placement,
      localMemory: o.localMemory, sharedMemory: o.sharedMemory, strictMemory: o.strictMemory,
      dataShared: o.dataShared, code: o.code, codeBytes: this.codeBytes, parts: o.parts,
    };
  }

  /** The worker threads runAsync uses: the option, else the worker policy's choice. */
  get workerChoice(): WorkerChoice {
    if (this.choice) return this.choice;
    const total = this.layout.total;
    const threads = this.platform.runThreads !== null;
    const asked = this.opts.workers;
    if (asked !== undefined) {
      const workers = threads ? Math.max(1, Math.min(asked, total)) : 1;
      this.choice = { workers, reason: workers < asked ? (threads ? "never more than the cores" : "this platform has no threads") : "--workers" };
    } else {
      this.choice = chooseWorkers(() => programShape(this.program), total, this.platform.cpuCount(), threads);
    }
    return this.choice;
  }

  get workers(): number {
    return this.workerChoice.workers;
  }

  /** Runs every core on this thread, to the end (workers must not be set above 1). */
  run(): RunResult {
    if ((this.opts.workers ?? 1) > 1) throw new Error("Device.run() runs on one thread; use runAsync() with workers > 1");
    this.choice ??= { workers: 1, reason: "Device.run() runs on the calling thread" };
    const r = this.step(Infinity);
    if (r === "waiting") throw new Error("Device.run() cannot wait for readLineAsync input; use runAsync() or step()");
    if (r === "running") throw new Error("Device.run(): the run stopped early");
    return r;
  }

  /**
   * Runs on worker threads when the option or the policy says more than one worker
   * (and the platform has threads), else on this thread, yielding to the event loop
   * every `sliceMs` and while cores wait for asynchronous input.
   */
  async runAsync(): Promise<RunResult> {
    const workers = this.workers;
    const threads = this.platform.runThreads;
    if (workers > 1 && threads) return this.result(await threads(this, workers));
    const slice = this.opts.sliceMs ?? Infinity;
    for (;;) {
      const r = this.step(slice);
      if (r === "running") await this.platform.yieldToHost();
      else if (r === "waiting") await this.local!.inputArrival();
      else return r;
    }
  }

  /**
   * Runs the cores on this thread for about `budgetMs` milliseconds (the first call
   * starts the run). "running": call again; "waiting": every live core waits for a
   * readLineAsync line, call again once it has arrived; else the run's result.
   */
  step(budgetMs: number): StepState | RunResult {
    if (this.ended) return this.ended;
    const run = (this.local ??= this.startHere());
    const r = run.step(budgetMs);
    if (typeof r === "string") return r;
    this.ended = this.result(r);
    return this.ended;
  }

  private startHere(): LocalRun {
    const o = this.opts;
    this.choice ??= { workers: 1, reason: "stepped on the calling thread" };
    const readLine: LineSource | undefined = o.readLineAsync ?? o.readLine;
    const clock = () => this.platform.epochMs();
    return new LocalRun({
      program: this.program, layout: this.layout, local: this.layout.cores.map((c) => c.id),
      seed: this.seed, float64: o.float64, intOverflow: o.intOverflow, prefix: o.prefix, write: o.write, warn: o.warn,
      writeError: o.writeError, argv: o.argv, sources: o.sources, readLine, lineNewlines: !!o.lineNewlines, originMs: clock(), timing: !!o.timing, trace: !!o.trace, link: null, workers: 1,
      codeBytes: this.codeBytes, codeInstructions: this.codeInstructions,
    }, o.timeoutMs, clock);
  }

  private result(r: RunOutcome): RunResult {
    const base = {
      summaries: r.summaries, stats: r.stats, layout: this.layout, workers: this.workerChoice,
      exitStatus: r.summaries.find((s) => s.exitStatus)?.exitStatus ?? 0,
      trace: r.events ? { events: r.events, dropped: r.dropped } : null,
    };
    if (r.end === "failed" && r.failure) {
      let error = r.failureError ?? null;
      if (!error) {
        error = new PyError(r.failure.kind, r.failure.message);
        // Entry by entry: a deep recursion's traceback has a million entries, too many
        // for push(...entries)'s argument list.
        const entries = error.traceback;
        for (const e of r.failure.traceback) entries.push(e);
        error.chain = r.failure.chain ?? [];
        error.group = r.failure.group ?? null;
        error.notes = r.failure.notes ?? null;
        error.detail = r.failure.detail ?? null;
        error.suggestion = r.failure.suggestion ?? null;
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
    for (const k of c.consts) if (isCodeObject(k)) visit(k);
  };
  for (const m of program.modules) visit(m.code);
  return Math.max(1, n);
}

