// A persistent device that runs kernels: the device side of offload (src/host/offload).
//
// A run (device.ts) starts every core on the program's main module and ends when
// they have all finished. A service device starts the same way — every core runs
// the *kernel module*'s top level (its imports, definitions and constants) — but
// then stays up: each core is idle until the host launches a kernel on it (a
// function of the kernel module called with arguments), runs it like a program
// (messages, collectives, memory limits, output as in a run), and is idle again
// when it returns. The module's globals persist on each core from kernel to kernel:
// that is where device-resident variables live.
//
// Invariants:
//  - a core runs at most one kernel at a time (the host's scheduler queues the rest);
//  - a failing kernel fails on its core only; the device stays usable. When every
//    running core waits on a core that runs no kernel (or on each other), they are
//    stopped with a DeadlockError naming each core's wait; a kernel past its time
//    limit is stopped with a TimeoutError. Once all cores are idle after such a
//    failure, undelivered messages and half-finished collectives are dropped;
//  - results leave the device as wire snapshots (wire.ts), detached from core memory,
//    so a later kernel cannot change a result the host holds;
//  - reloading the kernel module (new kernels, new device-resident names) builds
//    new cores and carries every data global of the old ones over by value.
//
// One thread: the service runs every core on the calling thread (worker threads are
// for whole runs), in bounded steps (`runFor`) so the host stays responsive.

import type { Program } from "../bytecode/code.js";
import { encodeProgram } from "../bytecode/image.js";
import { PyError } from "../vm/errors.js";
import type { DeviceCore } from "../vm/driver.js";
import { BuiltinFunction, PyFunction, PyModule, PyType, type Value } from "../vm/values.js";
import { setInterruptCheck, TimeLimitReached } from "../vm/watchdog.js";
import { coreReport } from "./deadlock.js";
import type { DeviceOptions } from "./device.js";
import { Layout } from "./layout.js";
import { DeviceNode } from "./node.js";
import type { StatsRow } from "./stats.js";
import type { TraceRecorder } from "./trace.js";
import { decode, encodeValue, type Wire } from "./wire.js";

export type ServiceOptions = Omit<DeviceOptions, "readLine" | "readLineAsync" | "workers" | "sliceMs" | "timeoutMs" | "argv">;

/** How a core's kernel (or its share of a module load) ended. */
export type KernelEnd = { ok: true; value: Wire } | { ok: false; error: PyError };

/** What the kernel needs on the core: the function's arguments, made on that core. */
export type ArgumentMaker = (core: DeviceCore) => Value[];

/** The kernel module's top level failed on a core. */
export class ModuleLoadError extends Error {
  constructor(readonly core: number, readonly error: PyError) {
    super(`${error.kind}: ${error.pyMessage}`);
  }
}

export class ServiceDevice {
  layout!: Layout;
  program!: Program;
  private node!: DeviceNode;
  private readonly ends = new Map<number, (end: KernelEnd) => void>();
  /** The kernel each busy core runs, for the error of a result that cannot leave the device. */
  private readonly kernels = new Map<number, string>();
  /** Time limit (epoch ms) of each busy core's kernel. */
  private readonly deadlines = new Map<number, number>();
  private needsReset = false;
  private readonly clock = () => Date.now();

  constructor(private readonly opts: ServiceOptions) {}

  /**
   * Loads a kernel module: every core runs its top level. The first load starts the
   * device; a later one (all cores idle) replaces the cores and carries the values of
   * the old module's data globals over (`keep` names win over what the new top level
   * binds; other names only when the new top level leaves them unbound).
   * Throws the first core's error when the top level fails.
   */
  load(program: Program, keep: ReadonlySet<string> = new Set()): void {
    const old = this.node;
    if (old && this.busyCores().length) throw new Error("the kernel module can only be reloaded while every core is idle");
    const codeBytes = encodeProgram(program).sizes.instructions;
    const o = this.opts;
    const layout = new Layout({
      profile: o.profile, deviceCores: o.deviceCores, hostCores: o.hostCores, placement: o.placement,
      localMemory: o.localMemory, sharedMemory: o.sharedMemory, strictMemory: o.strictMemory,
      dataShared: o.dataShared, code: o.code, codeBytes, parts: o.parts,
    });
    let failed = null as { core: number; error: PyError } | null;
    const node = new DeviceNode({
      program, layout, local: layout.cores.map((c) => c.id), seed: o.seed ?? 0, float64: o.float64, intOverflow: o.intOverflow,
      prefix: o.prefix, write: o.write, warn: o.warn, writeError: o.writeError, originMs: this.clock(),
      timing: !!o.timing, trace: !!o.trace, link: null, workers: 1, codeBytes, codeInstructions: 1,
      onCoreEnd: (core, error) => {
        if (this.node !== node) {
          if (error && !failed) failed = { core, error };
          return;
        }
        this.ended(core, error);
      },
    });
    node.start();
    node.runReady(() => false);
    if (failed) throw new ModuleLoadError(failed.core, failed.error);
    if (node.live) {
      throw new ModuleLoadError(node.blockedCores()[0] ?? 0, new PyError("RuntimeError", "the kernel module's top level must not wait for messages or input"));
    }
    if (old) carryOver(old, node, layout, keep);
    this.node = node;
    this.layout = layout;
    this.program = program;
  }

  /** True when a kernel runs (or waits) on the core. */
  busy(core: number): boolean {
    return this.ends.has(core);
  }

  busyCores(): number[] {
    return [...this.ends.keys()];
  }

  /** A module-level value of a core (a kernel function, a device-resident variable). */
  global(core: number, name: string): Value | undefined {
    return this.main(core).get(name);
  }

  /** Sets a module-level value on a core, made on that core (charged to its memory). */
  setGlobal(core: number, name: string, make: (core: DeviceCore) => Value): void {
    this.main(core).set(name, make(this.coreOf(core)));
  }

  /** A snapshot of a core's module-level value, detached from the core. */
  snapshot(core: number, v: Value): Wire {
    return encodeValue(this.coreOf(core), v);
  }

  /** Builds a wire value on a core (a copy of host data, charged to the core). */
  decodeOn(core: number, w: Wire): Value {
    return decode(this.coreOf(core), w);
  }

  /**
   * Starts `fn` of the kernel module on an idle core; `end` is called once, when
   * it returns or fails. An argument error (wrong count, memory) ends it at once.
   */
  launch(core: number, fn: string, args: ArgumentMaker, end: (end: KernelEnd) => void, timeoutMs = 0): void {
    if (this.busy(core)) throw new Error(`core ${core} is busy`);
    const f = this.main(core).get(fn);
    if (!(f instanceof PyFunction)) {
      end({ ok: false, error: new PyError("NameError", `the kernel module has no function '${fn}'`) });
      return;
    }
    try {
      this.node.launch(core, (c) => c.launch(f, args(c)));
    } catch (e) {
      end({ ok: false, error: e instanceof PyError ? e : new PyError("RuntimeError", String(e instanceof Error ? e.message : e)) });
      return;
    }
    this.ends.set(core, end);
    this.kernels.set(core, fn);
    if (timeoutMs > 0) this.deadlines.set(core, this.clock() + timeoutMs);
  }

  /**
   * Runs the busy cores for about `ms` milliseconds. Returns true while some kernel
   * still runs. Ends deadlocked and timed-out kernels with their errors.
   */
  runFor(ms: number): boolean {
    const node = this.node;
    const until = this.clock() + ms;
    const limit = this.deadlines.size ? Math.min(...this.deadlines.values()) : Infinity;
    const prev = setInterruptCheck(limit < Infinity ? () => this.clock() > limit : null);
    let slices = 0;
    try {
      for (;;) {
        node.runReady(() => (++slices & 7) === 0 && this.clock() > Math.min(until, limit));
        this.stopLate();
        if (node.ready.size === 0 && node.sleeping === 0) {
          if (node.live > 0) this.stopDeadlocked();
          break;
        }
        if (this.clock() > until) break;
      }
    } finally {
      setInterruptCheck(prev);
    }
    if (this.needsReset && this.ends.size === 0) {
      node.resetCommunication();
      this.needsReset = false;
    }
    return this.ends.size > 0;
  }

  statsRows(): StatsRow[] {
    return this.node.statsRows();
  }

  /** The trace recorder of the current cores (null unless the device traces). */
  get trace(): TraceRecorder | null {
    return this.node?.trace ?? null;
  }

  flushOutput(): void {
    this.node?.flushOutput();
  }

  // ------------------------------------------------------------ internals

  private coreOf(id: number): DeviceCore {
    const core = this.node.coreOf(id);
    if (!core) throw new Error(`no core ${id}`);
    return core;
  }

  private main(core: number): PyModule {
    return this.coreOf(core).findModule("__main__")!;
  }

  private ended(core: number, error: PyError | null): void {
    const end = this.ends.get(core);
    if (!end) return;
    this.ends.delete(core);
    this.deadlines.delete(core);
    const kernel = this.kernels.get(core);
    this.kernels.delete(core);
    if (error) {
      this.needsReset = true;
      end({ ok: false, error: error instanceof TimeLimitReached ? timeoutError(core) : error });
      return;
    }
    const c = this.coreOf(core);
    try {
      end({ ok: true, value: encodeValue(c, c.result) });
    } catch (e) {
      this.needsReset = true;
      // Raised after the kernel's frames are gone (no traceback): the message names the kernel.
      end({ ok: false, error: e instanceof PyError ? new PyError(e.kind, `the result of kernel '${kernel}': ${e.pyMessage}`) : new PyError("RuntimeError", String(e)) });
    }
  }

  private stopLate(): void {
    const now = this.clock();
    for (const [core, t] of this.deadlines) if (now > t) this.node.abort(core, timeoutError(core));
  }

  private stopDeadlocked(): void {
    const node = this.node;
    const blocked = new Set(node.blockedCores());
    if (!blocked.size) return;
    const report = coreReport(node.summaries(), true).filter((l) => /\bwaiting in\b/.test(l));
    const message = `no running kernel can make progress:\n  ${report.join("\n  ")}`;
    for (const core of blocked) node.abort(core, new PyError("DeadlockError", message));
  }
}

function timeoutError(core: number): PyError {
  return new PyError("TimeoutError", `the kernel on core ${core} did not finish within its time limit`);
}

/** Copies the data globals of every old core's module into the new core's module. */
function carryOver(old: DeviceNode, next: DeviceNode, layout: Layout, keep: ReadonlySet<string>): void {
  for (const slot of next.slots) {
    const id = slot.core.id;
    const from = old.coreOf(id);
    if (!from || !layout.has(id)) continue;
    const oldMain = from.findModule("__main__")!;
    const newMain = slot.core.findModule("__main__")!;
    oldMain.names.forEach((name, i) => {
      const v = oldMain.slots[i];
      if (v === undefined || name.startsWith("__") || !isData(v)) return;
      if (!keep.has(name) && newMain.get(name) !== undefined) return;
      try {
        newMain.set(name, decode(slot.core, encodeValue(from, v)));
      } catch {
        // A value that cannot move between cores (a host array reference) stays behind.
      }
    });
  }
}

function isData(v: Value): boolean {
  return !(v instanceof PyFunction || v instanceof BuiltinFunction || v instanceof PyModule || v instanceof PyType);
}
