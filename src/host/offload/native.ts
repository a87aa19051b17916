// Native kernels of an offload device (the `native` launch option): the device side
// of src/native/service.ts. One service process per device, started on the first
// native launch, kept up between launches (module globals persist), rebuilt and
// restarted — the module's state starting afresh — when a launch brings a signature
// (kernel + argument types) the running executable was not built for, when the
// kernel module is reloaded, and after a runtime error (which ends the process).
//
// Arrays by reference (typed arrays, plain arrays of numbers, memkind arrays) are
// copied in when the core's part starts and copied back when it ends: the elements
// the kernel changed are written to the host's array (so cores writing disjoint
// parts of one array combine as on the device), then the home is flushed. The host
// sees the writes when the kernel completes — the documented promise.
//
// Invariants: `inflight` holds every request sent to the running service and not yet
// answered; a restart happens only when it is empty (requests wait in `queued`), so
// a part never straddles two processes.

import { buildService, encodeRestore, encodeSave, stateEntries, fits, type ServiceBuild, decodeReply, encodeRequest, type EntryInfo, type NativeArgument, argumentType, ServiceProcess, type Signature, signatureKey } from "../../native/service.js";
import type { Wire } from "../../device/wire.js";
import { PyError, type ErrorKind } from "../../vm/errors.js";
import type { KernelError } from "./errors.js";
import type { LaunchArgument } from "./references.js";
import type { PartEnd } from "./scheduler.js";
import { describe, type Ty } from "../../compiler/infer.js";

/** The native type of a value, or null when native code has none for it (a tuple, an empty list). */
function argumentTypeOrNull(w: Wire): Ty | null {
  try {
    return argumentType({ wire: w }, "value");
  } catch {
    return null;
  }
}

export interface NativeOptions {
  cores: number;
  prefix: boolean;
  seed: number;
  float64: boolean;
  write: (text: string) => void;
  /** The KernelError the device reports for a core's PyError (the interpreter's report). */
  kernelError: (core: number, error: PyError) => KernelError;
  /** A device-resident variable of a core (undefined: not defined there). */
  readGlobal: (core: number, name: string) => Wire | undefined;
  writeGlobal: (core: number, name: string, value: Wire) => void;
}

interface Part {
  core: number;
  entry: EntryInfo;
  /** The elements each by-reference argument had when sent (to find what the kernel changed). */
  sent: Map<number, Float64Array>;
  args: readonly LaunchArgument[];
  done: (end: PartEnd) => void;
  timer?: ReturnType<typeof setTimeout>;
}

interface Queued {
  /** The executable the entry index belongs to. */
  build: ServiceBuild;
  entry: number;
  part: Omit<Part, "sent">;
  timeoutMs: number;
}

export class NativeKernels {
  private source = "";
  private file = "<kernels>";
  private readonly sigs: Signature[] = [];
  private readonly index = new Map<string, number>();
  /** The types the service is built with for device-resident variables. */
  private globalTypes = new Map<string, Ty>();
  /** The executable for `sigs` (null: the module changed since). */
  private built: ServiceBuild | null = null;
  private service: ServiceProcess | null = null;
  /** The build the running service is. */
  private serviceBuild: ServiceBuild | null = null;
  /**
   * Builds of one generation list the same signatures in the same order, each a prefix
   * of the next: a later build serves the entries of an earlier one at the same index.
   */
  private generation = 0;
  private readonly generationOf = new WeakMap<ServiceBuild, number>();
  private readonly inflight = new Map<number, Part>();
  private readonly queued: Queued[] = [];
  /**
   * Save and restore requests in flight (a restart carrying the module's globals):
   * the entry view to decode the reply with, and what to do with it.
   */
  private readonly control = new Map<number, { core: number; info: EntryInfo; then: (value: Wire) => void }>();
  private restarting = false;
  private nextLaunch = 1;
  private waiters: (() => void)[] = [];
  /** Set when a part timed out: the service is being killed for it. */
  private timedOut: { core: number } | null = null;

  constructor(private readonly o: NativeOptions) {}

  /** The kernel module changed (load): later launches compile it afresh. */
  setModule(source: string, file: string): void {
    if (source === this.source && file === this.file) return;
    this.source = source;
    this.file = file;
    this.sigs.length = 0;
    this.index.clear();
    this.built = null;
    this.generation++;
  }

  /** True while a native part is running or waiting for a restart. */
  get busy(): boolean {
    return this.inflight.size > 0 || this.queued.length > 0;
  }

  /** Resolves at the next reply or service exit. */
  progress(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /**
   * The entry of kernel `name` for these arguments, compiling the service for it if it
   * is new. Throws the native compiler's diagnostic for a kernel it rejects.
   */
  prepare(name: string, args: readonly LaunchArgument[], residents: ReadonlyMap<string, Wire>): { build: ServiceBuild; entry: number } {
    // Device-resident variables the module uses are typed by their values now; a new
    // one, or a value that no longer fits its type, rebuilds every entry.
    const types = new Map<string, Ty>();
    for (const [n, w] of residents) types.set(n, argumentType({ wire: w }, `device-resident variable '${n}'`));
    const same = types.size === this.globalTypes.size && [...types].every(([n, t]) => this.globalTypes.has(n) && fits(this.globalTypes.get(n)!, t));
    if (!same) {
      this.globalTypes = types;
      this.sigs.length = 0;
      this.index.clear();
      this.built = null;
      this.generation++;
    }
    const native: NativeArgument[] = args.map((a) => ("wire" in a ? a : { array: a.ref.type === "int32" ? "int32" : "float" }));
    const sig: Signature = {
      name,
      args: native.map((a, i) => argumentType(a, `${name}() argument ${i + 1}`)),
      refs: native.map((a) => "array" in a),
    };
    const key = signatureKey(sig);
    const known = this.index.get(key);
    if (known !== undefined && this.built) return { build: this.built, entry: known };
    const sigs = known === undefined ? [...this.sigs, sig] : this.sigs;
    this.built = buildService(this.source, this.file, sigs, { float64: this.o.float64, hostGlobals: this.globalTypes });
    this.generationOf.set(this.built, this.generation);
    if (known === undefined) {
      this.sigs.push(sig);
      this.index.set(key, this.sigs.length - 1);
    }
    return { build: this.built, entry: this.index.get(key)! };
  }

  /** Runs entry `entry` on `core` (a scheduler part); `done` once it ends. */
  run(build: ServiceBuild, core: number, entry: number, args: readonly LaunchArgument[], timeoutMs: number, done: (end: PartEnd) => void): void {
    this.queued.push({ build, entry, part: { core, entry: build.entries[entry], args, done }, timeoutMs });
    this.pumpQueue();
  }

  close(): void {
    this.service?.close();
    this.service = null;
  }

  // ------------------------------------------------------------ internals

  /** Sends what can be sent: to the running service if it has the entries, else after a restart. */
  private pumpQueue(): void {
    while (this.queued.length) {
      const head = this.queued[0];
      if (!this.service?.running || !this.serves(this.serviceBuild!, head)) {
        // A restart waits until the running service has answered everything sent to it.
        if (this.inflight.size || this.restarting) return;
        // The newest build of the head's generation also serves the launches queued after it.
        const next = this.built && this.serves(this.built, head) ? this.built : head.build;
        if (this.service?.running) {
          this.restart(next);
          return;
        }
        this.start(next, null);
      }
      const q = this.queued.shift()!;
      this.send(q);
    }
  }

  /** True when `build` has the entry `q` was prepared for. */
  private serves(build: ServiceBuild, q: Queued): boolean {
    if (build === q.build) return true;
    const gen = this.generationOf.get(build);
    return gen !== undefined && gen === this.generationOf.get(q.build) && q.entry < build.entries.length;
  }

  /**
   * Replaces the running service, carrying the module's globals: every core saves them,
   * the new service runs its module body, then each core restores the values that still
   * fit the new build's types (before any launch reaches it: requests keep their order).
   */
  private restart(next: ServiceBuild): void {
    const old = this.serviceBuild!;
    const saved = new Map<number, Map<string, Wire>>();
    const { save } = stateEntries(old);
    this.restarting = true;
    for (let core = 0; core < this.o.cores; core++) {
      const id = this.nextLaunch++;
      this.control.set(id, {
        core, info: save,
        then: (value) => {
          const values = (value as { t: Wire[] }).t;
          saved.set(core, new Map(old.state.map(([n], i) => [n, values[i]])));
          if (saved.size < this.o.cores) return;
          this.restarting = false;
          this.start(next, saved);
          this.pumpQueue();
        },
      });
      this.service!.send(encodeSave(id, core, old), core);
    }
    this.holdLoop();
  }

  /** The service keeps the event loop alive while it has work in flight. */
  private holdLoop(): void {
    this.service?.hold(this.inflight.size + this.control.size > 0);
  }

  private start(built: ServiceBuild, state: ReadonlyMap<number, ReadonlyMap<string, Wire>> | null): void {
    this.service?.close();
    this.serviceBuild = built;
    this.timedOut = null;
    const svc: ServiceProcess = new ServiceProcess(built.exe, {
      cores: this.o.cores, prefix: this.o.prefix, seed: this.o.seed, write: this.o.write,
      // A replaced service's late events are not about the parts in flight now.
      onReply: (body) => this.service === svc && this.replied(body),
      onExit: (f) => this.exited(svc, f.report, f.status),
    });
    this.service = svc;
    if (state && built.state.length) {
      const { restore } = stateEntries(built);
      for (const [core, values] of state) {
        const id = this.nextLaunch++;
        this.control.set(id, { core, info: restore, then: () => {} });
        svc.send(encodeRestore(id, core, built, values), core);
      }
    }
    this.holdLoop();
  }

  private send(q: Queued): void {
    const id = this.nextLaunch++;
    const sent = new Map<number, Float64Array>();
    const values: (Wire | Float64Array)[] = q.part.args.map((a, i) => {
      if ("wire" in a) return a.wire;
      const home = a.ref.home;
      const elems = new Float64Array(home.length);
      home.read(0, home.length, elems);
      sent.set(i, elems);
      return elems;
    });
    // The running build's view of the entry: a later build of the same signatures may
    // have inferred wider types (a global that also takes floats).
    const part: Part = { ...q.part, entry: this.serviceBuild!.entries[q.entry], sent };
    const globals: Wire[] = [];
    for (const [n, t] of part.entry.globals) {
      const w = this.o.readGlobal(q.part.core, n);
      const vt = w === undefined ? null : argumentTypeOrNull(w);
      const problem = w === undefined ? new PyError("NameError", `name '${n}' is not defined`)
        : !vt || !fits(t, vt) ? new PyError("TypeError", `device-resident variable '${n}' holds ${describe(vt)} on core ${q.part.core}; the native kernel was compiled for ${describe(t)}`)
        : null;
      if (problem) {
        q.part.done({ ok: false, error: this.o.kernelError(q.part.core, problem) });
        return;
      }
      globals.push(w!);
    }
    if (q.timeoutMs > 0) {
      part.timer = setTimeout(() => {
        this.timedOut = { core: part.core };
        this.service?.kill();
      }, q.timeoutMs);
    }
    this.inflight.set(id, part);
    this.holdLoop();
    this.service!.send(encodeRequest(id, q.part.core, q.entry, part.entry, values, globals), q.part.core);
  }

  private replied(body: Buffer): void {
    const reply = decodeReply(body, (launch) => this.control.get(launch)?.info ?? this.inflight.get(launch)!.entry);
    const control = this.control.get(reply.launch);
    if (control) {
      this.control.delete(reply.launch);
      this.holdLoop();
      control.then(reply.value);
      this.idleUnlessBusy(reply.core);
      return;
    }
    const part = this.inflight.get(reply.launch)!;
    this.inflight.delete(reply.launch);
    clearTimeout(part.timer);
    for (const [i, elems] of reply.arrays) {
      const arg = part.args[i];
      if (!("ref" in arg)) continue;
      const home = arg.ref.home;
      const before = part.sent.get(i)!;
      const n = Math.min(elems.length, home.length);
      for (let j = 0; j < n; j++) if (!Object.is(elems[j], before[j])) home.write(j, elems[j]);
      home.flush?.();
    }
    part.entry.globals.forEach(([n], i) => this.o.writeGlobal(part.core, n, reply.globals[i]));
    this.holdLoop();
    part.done({ ok: true, value: reply.value });
    this.wake();
    this.pumpQueue();
    // After the scheduler has started what it had for the core: nothing means idle.
    this.idleUnlessBusy(reply.core);
  }

  /** Tells the service that `core` has no kernel, unless a request for it is in flight. */
  private idleUnlessBusy(core: number): void {
    for (const p of this.inflight.values()) if (p.core === core) return;
    for (const c of this.control.values()) if (c.core === core) return;
    this.service?.idle(core);
  }

  private exited(svc: ServiceProcess, report: string, status: number | null): void {
    if (this.service !== svc) return;
    this.service = null;
    // A service that dies while saving its state restarts without it.
    this.control.clear();
    this.restarting = false;
    const parts = [...this.inflight.values()];
    this.inflight.clear();
    if (parts.length) {
      const { core, error } = this.failure(report, status, parts[0].core);
      const kernelError = this.o.kernelError(core, error);
      for (const p of parts) {
        clearTimeout(p.timer);
        p.done({ ok: false, error: kernelError });
      }
    }
    this.wake();
    this.pumpQueue();
  }

  /** The failure a service's exit means, from host.c's report. */
  private failure(report: string, status: number | null, someCore: number): { core: number; error: PyError } {
    if (this.timedOut) {
      const core = this.timedOut.core;
      return { core, error: new PyError("TimeoutError", `the kernel on core ${core} did not finish within its time limit`) };
    }
    const m = /^Error on device core (\d+):\n(?:Traceback \(most recent call last\):\n {2}File "(.*)", line (\d+)(?:, in (.*))?\n)?(\w+)(?:: (.*))?$/m.exec(report);
    if (m) {
      const error = new PyError(m[5] as ErrorKind, m[6] ?? "");
      if (m[3]) error.traceback.push({ file: m[2], line: Number(m[3]), func: m[4] ?? "<module>" });
      return { core: Number(m[1]), error };
    }
    if (status === 3 || /^Deadlock/.test(report)) return { core: someCore, error: new PyError("DeadlockError", report.trim()) };
    const why = report.trim() || `the native service stopped (exit status ${status ?? "none: killed by a signal"})`;
    return { core: someCore, error: new PyError("RuntimeError", why) };
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }
}
