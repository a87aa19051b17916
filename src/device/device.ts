// The simulated micro-core device: every core runs the same program image with its
// own memory; a scheduler multiplexes the cores on this thread in slices of a few
// thousand instructions. A core that blocks is skipped until it is woken, so it costs
// nothing while it waits.
//
// Invariant: the run ends when every core has finished, when one fails (the others
// are stopped and summarised), when no live core can make progress (deadlock), or
// at the time limit.

import { type Program } from "../bytecode/code.js";
import { encodeProgram } from "../bytecode/image.js";
import { Core, RUN_BLOCKED, RUN_DONE } from "../vm/core.js";
import { PyError } from "../vm/errors.js";
import { CoreOutput, corePrefix } from "./output.js";
import type { Profile } from "./profiles.js";

export interface DeviceOptions {
  profile: Profile;
  /** Device cores (ids 0..deviceCores-1). */
  deviceCores: number;
  /** Host virtual cores (ids after the device cores). */
  hostCores: number;
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
  /** Data local memory override (bytes for code+data after the runtime), if any. */
  localMemory?: number;
  /** Treat spilling into shared memory as an error. */
  strictMemory?: boolean;
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
  cores: Core[];
}

const SLICE = 20_000;

export class Device {
  readonly cores: Core[] = [];
  private readonly outputs: CoreOutput[] = [];
  private spillWarned = false;

  constructor(readonly program: Program, readonly opts: DeviceOptions) {
    const total = opts.deviceCores + opts.hostCores;
    const seed = opts.seed ?? (Date.now() ^ (process.pid << 8)) >>> 0;
    const codeBytes = encodeProgram(program).sizes.instructions;
    for (let id = 0; id < total; id++) {
      const isHost = id >= opts.deviceCores;
      const out = new CoreOutput(opts.prefix ? corePrefix(id, opts.deviceCores) : "", opts.write);
      this.outputs.push(out);
      const core = new Core(program, {
        id, numCores: total, isHost, float32: !opts.float64,
        memory: this.memoryFor(isHost, codeBytes),
        write: (t) => out.write(t),
        readLine: opts.readLine,
        randomSeed: (seed + id * 7919) >>> 0,
        device: null,
      });
      core.mem.onSpill = (used, local) => this.warnSpill(id, used, local);
      this.cores.push(core);
    }
  }

  private memoryFor(isHost: boolean, codeBytes: number) {
    const p = this.opts.profile;
    const hostFrames = 16 * 1024 * 1024;
    if (isHost) return { local: 256 * 1024 * 1024, spill: 0, frames: hostFrames };
    const onCore = this.opts.localMemory ?? p.localMemory - p.runtimeReserve;
    const codeLocal = codeBytes <= p.codeLocalLimit ? codeBytes : 0;
    const local = Math.max(0, onCore - codeLocal);
    return { local, spill: this.opts.strictMemory ? 0 : p.sharedPerCore, frames: p.runtimeReserve === 0 ? hostFrames : undefined };
  }

  private warnSpill(core: number, used: number, local: number): void {
    if (this.spillWarned) return;
    this.spillWarned = true;
    this.opts.warn(
      `warning: core ${core} needs ${used.toLocaleString("en-US")} bytes of data but has ${local.toLocaleString("en-US")} bytes of local memory; ` +
      `data spills to its slice of shared memory (slower). Other cores may spill too; use --strict-memory to make this an error.`,
    );
  }

  /** Runs every core to completion (or failure / deadlock / timeout). */
  run(): RunResult {
    for (const c of this.cores) {
      try {
        c.start();
      } catch (e) {
        return this.fail(c, e);
      }
    }
    const deadline = this.opts.timeoutMs > 0 ? Date.now() + this.opts.timeoutMs : Infinity;
    const live = new Set(this.cores);
    try {
      while (live.size) {
        let progressed = false;
        for (const core of live) {
          let status: number;
          try {
            status = core.run(SLICE);
          } catch (e) {
            return this.fail(core, e);
          }
          if (status === RUN_DONE || core.finished) {
            live.delete(core);
            progressed = true;
          } else if (status !== RUN_BLOCKED) progressed = true;
        }
        if (!progressed) return this.stuck("deadlock", live);
        if (Date.now() > deadline) return this.stuck("timeout", live);
      }
      return { ok: true, cores: this.cores };
    } finally {
      for (const o of this.outputs) o.flush();
    }
  }

  private fail(core: Core, e: unknown): RunResult {
    const error = e instanceof PyError ? e : new PyError("RuntimeError", `internal error: ${String(e)}`);
    return { ok: false, failure: { core: core.id, error }, cores: this.cores };
  }

  private stuck(reason: "deadlock" | "timeout", live: Set<Core>): RunResult {
    const lines = [...live].map((c) => {
      const f = c.frame;
      const where = f ? `${f.code.file}:${f.lineAt(f.pc - 1)} in ${f.code.name}` : "finished";
      return `core ${c.id}: ${reason === "deadlock" ? "blocked" : "running"} at ${where}`;
    });
    return { ok: false, stuck: { reason, cores: lines }, cores: this.cores };
  }
}
