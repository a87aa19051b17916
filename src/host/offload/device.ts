// An offload device: the host program's handle on a simulated device that stays up
// between calls. This is the one host layer both host languages use: TypeScript
// directly, CPython through the runtime server (src/host/server/).
//
//   const dev = openDevice({ cores: 16 });
//   dev.load(`def add(a, b):\n    return a + b\n`);
//   await dev.call("add", [10, 20]);                 // [30, 30, ... one per core]
//   const h = dev.launch("add", [1, 2], { target: [9, 10] });
//   await h.wait();                                  // [3, 3]
//
// A kernel is a function of the kernel module (`load`). Launching it runs it on the
// chosen cores — all device cores by default; `target`, `auto`, `device` choose
// others (precedence: auto > target > all, as the original) — and gives one result
// per core, ordered by core id. The scheduler (scheduler.ts) queues work per core, so
// launches and transfers keep their order on every core. Device-resident variables
// (`define`, `copyTo`, `copyFrom`) are globals of the kernel module on each core:
// kernels use them by name, and they persist between kernels and across reloads.
//
// The cores run on the calling thread (service.ts), in slices between which the
// event loop runs; `wait()` on an unfinished launch runs the device at once rather
// than waiting for the next slice, so a blocking call costs microseconds.

import type { Program } from "../../bytecode/code.js";
import { ModuleLoadError, ServiceDevice, type KernelEnd } from "../../device/service.js";
import type { StatsRow } from "../../device/stats.js";
import { traceJson } from "../../device/trace.js";
import type { Wire } from "../../device/wire.js";
import { profiles } from "../../device/profiles.js";
import { PyError } from "../../vm/errors.js";
import type { DeviceCore } from "../../vm/driver.js";
import { PyFunction, type Value } from "../../vm/values.js";
import { compile, readFromDisk } from "../compile.js";
import { deviceOptions, EPythonUsageError, type RunOptions } from "../options.js";
import { formatRuntimeError } from "../report.js";
import { DeviceClosedError, KernelError } from "./errors.js";
import { NativeKernels } from "./native.js";
import { fixHomes, type LaunchArgument, ReferenceMaker } from "./references.js";
import { type Job, type JobSpec, type PartEnd, Scheduler } from "./scheduler.js";
import { outgoing, toHost, toWire } from "./values.js";

export interface OpenOptions extends Omit<RunOptions, "stdin" | "stdinAsync" | "argv" | "workers" | "deterministic" | "timeout" | "placement" | "hostCores"> {
  /** Default time limit of every kernel, in milliseconds (0: none). */
  timeoutMs?: number;
  /** Kernels in the classic dialect (the original's), unless load() says otherwise. */
  classic?: boolean;
}

/** Where a launch runs: precedence auto > target > all. */
export interface LaunchOptions {
  /** Return a handle at once (the `kernel()` wrapper); launch() always does. */
  async?: boolean;
  /** A core id or a list of them. */
  target?: number | readonly number[];
  /** Any `auto` free cores. */
  auto?: number;
  /** Every device core (the default). */
  all?: boolean;
  /** Only cores of this type (profile name) or types, in a heterogeneous device. */
  device?: string | readonly string[];
  /** Time limit of this launch in milliseconds (default: the device's). */
  timeoutMs?: number;
  /**
   * Native code (issue 8): the kernel runs as compiled C in the device's native service
   * (src/host/offload/native.ts), with the interpreter's results and errors.
   */
  native?: boolean;
}

export interface WaitOptions {
  /** Results as wire values (ints and floats told apart: see device/wire.ts). */
  raw?: boolean;
}

export interface LoadOptions {
  /** The file name tracebacks show (default "<kernels>"). */
  file?: string;
  classic?: boolean;
  /** Names kernels write as module variables when they assign them (device-resident). */
  deviceGlobals?: readonly string[];
}

/** A launch or transfer in flight. */
export class Handle {
  constructor(private readonly job: Job, private readonly device: OffloadDevice) {}

  /** The cores the work runs on (an auto launch's, once assigned). */
  get cores(): number[] {
    return [...this.job.cores].sort((a, b) => a - b);
  }

  /** True when every core has finished (wait() would not block). */
  test(): boolean {
    return this.job.finished;
  }

  /** Every core's result, ordered by core id; rejects with the first core's KernelError. */
  async wait(options: WaitOptions = {}): Promise<unknown[]> {
    await this.device.settle(this.job, Infinity);
    const ends = this.cores.map((c) => this.job.results.get(c)!);
    const errors = ends.filter((e): e is Extract<PartEnd, { ok: false }> => !e.ok).map((e) => e.error);
    if (errors.length) {
      errors[0].others = errors.slice(1);
      throw errors[0];
    }
    return ends.map((e) => (options.raw ? (e as { value: Wire }).value : toHost((e as { value: Wire }).value)));
  }

  /**
   * The next core to finish that an earlier waitAny has not returned, with its result
   * (its KernelError if it failed). Throws once every core has been returned.
   */
  async waitAny(options: WaitOptions = {}): Promise<{ core: number; value: unknown }> {
    const n = ++this.taken;
    if (n > this.job.cores.length && this.job.unassigned === 0) throw new RangeError("waitAny(): every core of this launch has already been returned");
    await this.device.settle(this.job, n);
    const core = this.job.order[n - 1];
    const end = this.job.results.get(core)!;
    if (!end.ok) throw end.error;
    return { core, value: options.raw ? end.value : toHost(end.value) };
  }
  private taken = 0;
}

/** Waits for every handle: their results in order (`waitAll(h1, h2)` is `[await h1.wait(), await h2.wait()]`). */
export async function waitAll(...handles: Handle[]): Promise<unknown[][]> {
  const out: unknown[][] = [];
  for (const h of handles) out.push(await h.wait());
  return out;
}

/** A kernel of the loaded module as a function: calling it launches it. */
export interface Kernel {
  (...args: unknown[]): Promise<unknown[]> | Handle;
  readonly kernelName: string;
  /** Launches with per-call options (they override the kernel's). */
  launch(args: readonly unknown[], options?: LaunchOptions): Handle;
}

/** Opens a simulated device: the CLI's options, 16 cores of the profile by default. */
export function openDevice(options: OpenOptions = {}): OffloadDevice {
  return new OffloadDevice(options);
}

/** How long a blocking wait runs the device before letting the event loop in (ms). */
const WAIT_SLICE_MS = 50;
/** How long a background slice runs (ms). */
const BACKGROUND_SLICE_MS = 10;

export class OffloadDevice {
  private readonly service: ServiceDevice;
  private readonly scheduler: Scheduler;
  private readonly timeoutMs: number;
  private readonly classic: boolean;
  private readonly sources = new Map<string, string>();
  private program: Program | null = null;
  private loadOptions: LoadOptions = {};
  private lastSource = "";
  /** Names of device-resident variables (defined with define()). */
  private readonly resident = new Set<string>();
  private scheduled = false;
  private closed = false;
  private readonly native: NativeKernels;

  constructor(options: OpenOptions) {
    const profileName = options.profile ?? "epiphany3";
    const profile = Object.hasOwn(profiles, profileName) ? profiles[profileName] : undefined;
    const write = options.stdout ?? ((t: string) => void process.stdout.write(t));
    const writeErr = options.stderr ?? ((t: string) => void process.stderr.write(t));
    // Default: every core of the profile (a heterogeneous device says its own counts).
    const cores = options.device === undefined ? options.cores ?? profile?.cores : options.cores;
    const opts = deviceOptions({ ...options, cores }, "<kernels>", { stdout: write, stderr: writeErr });
    this.timeoutMs = checkTimeout(options.timeoutMs, "timeoutMs") ?? 0;
    this.classic = !!options.classic;
    this.service = new ServiceDevice(opts);
    this.scheduler = new Scheduler(Array.from({ length: opts.deviceCores }, (_, i) => i));
    this.native = new NativeKernels({
      cores: opts.deviceCores, prefix: opts.prefix, float64: opts.float64, write,
      // An unseeded device draws its seed once, as the interpreter's cores do per run.
      seed: opts.seed ?? Math.floor(Math.random() * 2 ** 32),
      kernelError: (core, error) => this.kernelError(core, error, this.program),
      readGlobal: (core, name) => {
        const v = this.service.global(core, name);
        return v === undefined ? undefined : this.service.snapshot(core, v);
      },
      writeGlobal: (core, name, w) => this.service.setGlobal(core, name, (c) => this.service.decodeOn(c.id, w)),
    });
  }

  /** Device cores (ids 0..cores-1). */
  get cores(): number {
    return this.scheduler.coreIds.length;
  }

  /** The profile (type) of each core, by id. */
  coreTypes(): string[] {
    return this.scheduler.coreIds.map((id) => this.service.layout.spec(id).type);
  }

  /**
   * Sets the kernel module: ePython source with the kernels, the functions they call
   * and their imports. Compile errors throw at once (EPythonSyntaxError, with file,
   * line and caret). The first load starts the cores on the module's top level; a
   * later one waits until every core is idle and replaces the module, keeping every
   * device-resident variable.
   */
  load(source: string, options: LoadOptions = {}): Handle {
    this.checkOpen();
    const loadOptions = { ...options, file: options.file ?? "<kernels>" };
    for (const n of options.deviceGlobals ?? []) this.resident.add(n);
    const program = this.compileKernels(source, loadOptions);
    this.lastSource = source;
    this.loadOptions = loadOptions;
    this.native.setModule(source, loadOptions.file);
    return this.reloadWith(program);
  }

  /**
   * load() from a file: read as CPython reads source (UTF-8 or its PEP 263 coding
   * line); tracebacks name the file. A file that cannot be read throws an Error
   * naming it.
   */
  loadFile(path: string, options: Omit<LoadOptions, "file"> = {}): Handle {
    const source = readFromDisk(path);
    if (source === null) throw new Error(`cannot read the kernel file '${path}'`);
    return this.load(source, { ...options, file: path });
  }

  /** Launches kernel `name` (queued until its cores are free) and returns its handle. */
  launch(name: string, args: readonly unknown[] = [], options: LaunchOptions = {}): Handle {
    this.checkOpen();
    if (!this.program) throw new EPythonUsageError(`no kernel module is loaded: call load() before launching '${name}'`);
    const values = fixHomes(args.map((a, i) => outgoing(a, `${name}() argument ${i + 1}`)), `${name}()`, this.service.layout.sharedTotal);
    const timeoutMs = checkTimeout(options.timeoutMs, "timeoutMs") ?? this.timeoutMs;
    const where = this.placement(options);
    // A name that is not a kernel fails as the interpreted launch does (NameError per core).
    if (options.native && this.service.global(0, name) instanceof PyFunction) {
      // Compiled now: a kernel the native compiler rejects is this call's error.
      const { build, entry } = this.native.prepare(name, values, this.residentValues(where.cores?.[0] ?? 0));
      const job = this.scheduler.submit({
        what: `native kernel '${name}'`, ...where,
        start: (core, done) => this.native.run(build, core, entry, values, timeoutMs, done),
      });
      return new Handle(job, this);
    }
    const spec: JobSpec = {
      what: `kernel '${name}'`, ...where,
      start: (core, done) => {
        const trace = this.service.trace;
        const refs = new ReferenceMaker(this.service.layout.spec(core).profile.clockMHz, trace ? (e) => trace.transfer(e) : undefined);
        const make = (c: DeviceCore) => values.map((v) => this.argumentOn(c, v, refs));
        this.service.launch(core, name, make, (end) => {
          // The host sees every write when the kernel completes.
          for (const v of values) if ("ref" in v) v.ref.home.flush?.();
          done(this.partEnd(core, end));
        }, timeoutMs);
      },
    };
    const job = this.scheduler.submit(spec);
    this.schedule();
    return new Handle(job, this);
  }

  /** Launches and waits: every core's result, ordered by core id. */
  async call(name: string, args: readonly unknown[] = [], options: LaunchOptions & WaitOptions = {}): Promise<unknown[]> {
    return this.launch(name, args, options).wait(options);
  }

  /** `kernel("f")(1, 2)`: blocking unless `async` (then a Handle). */
  kernel(name: string, defaults: LaunchOptions = {}): Kernel {
    const launch = (args: readonly unknown[], options: LaunchOptions = {}) => this.launch(name, args, { ...defaults, ...options });
    const k = ((...args: unknown[]) => {
      const h = launch(args);
      return defaults.async ? h : h.wait();
    }) as Kernel;
    Object.defineProperty(k, "kernelName", { value: name });
    Object.defineProperty(k, "launch", { value: launch });
    return k;
  }

  /**
   * Defines a device-resident variable on every device core (or `target`'s) with
   * `value` (default None); kernels use it by name and keep it between launches.
   */
  define(name: string, value: unknown = null, options: { target?: number | readonly number[] } = {}): Handle {
    this.checkOpen();
    checkName(name);
    const w = toWire(value, `define('${name}')`, new Set());
    const fresh = !this.resident.has(name);
    this.resident.add(name);
    // Kernels compiled before the name was resident treat an assignment to it as a
    // local: recompile them so they write the device variable.
    if (fresh && this.program) this.reloadWith(this.compileKernels(this.lastSource, this.loadOptions));
    return this.transfer(`define('${name}')`, options.target, (core) => {
      this.service.setGlobal(core, name, (c) => this.service.decodeOn(c.id, w));
      return null;
    });
  }

  /** Copies `value` into the device-resident variable `name` on every core (or `target`'s). */
  copyTo(name: string, value: unknown, options: { target?: number | readonly number[] } = {}): Handle {
    this.checkOpen();
    this.checkResident(name, "copyTo");
    const w = toWire(value, `copyTo('${name}')`, new Set());
    return this.transfer(`copyTo('${name}')`, options.target, (core) => {
      this.service.setGlobal(core, name, (c) => this.service.decodeOn(c.id, w));
      return null;
    });
  }

  /** The device-resident variable `name` of every core (or `target`'s): wait() gives them. */
  copyFrom(name: string, options: { target?: number | readonly number[] } = {}): Handle {
    this.checkOpen();
    this.checkResident(name, "copyFrom");
    return this.transfer(`copyFrom('${name}')`, options.target, (core) => {
      const v = this.service.global(core, name);
      return v === undefined ? null : this.service.snapshot(core, v);
    });
  }

  /** Per-core statistics (instructions, messages, memory, transfers) since the last load. */
  stats(): StatsRow[] {
    return this.program ? this.service.statsRows() : [];
  }

  /**
   * The trace of the device since the last load, as Chrome/Perfetto trace-event JSON
   * (open the device with `trace: true`): per core, the time it runs kernels and waits,
   * message flows, and every transfer of an array passed by reference.
   */
  traceJson(): string {
    const t = this.service.trace;
    if (!t) throw new EPythonUsageError("this device does not record a trace: open it with trace: true");
    return traceJson(this.service.layout.cores, t.events, t.dropped);
  }

  /** Stops the device: queued work fails with DeviceClosedError; output is flushed. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.native.close();
    this.service.flushOutput();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  // ------------------------------------------------------------ running

  /**
   * Runs the device until `job` has at least `n` ended parts (all of them for
   * Infinity). Runs at once, then between event-loop turns while kernels run on.
   */
  async settle(job: Job, n: number): Promise<void> {
    for (;;) {
      if (job.order.length >= n || job.finished) return;
      if (this.closed) throw new DeviceClosedError("the device was closed before the work finished");
      const busy = this.drive(WAIT_SLICE_MS);
      if (job.order.length >= n || job.finished) return;
      if (!busy && this.native.busy) {
        // Native parts end in the event loop, when their service answers.
        await this.native.progress();
        continue;
      }
      // Invariant: the scheduler starts every part whose core is free, and the service
      // ends deadlocked kernels, so an unfinished job always has a kernel running.
      if (!busy) throw new Error(`internal error: ${job.spec.what} cannot make progress`);
      await new Promise<void>((r) => setImmediate(r));
    }
  }

  /** Runs the device for up to `ms`; true while some kernel still runs. */
  private drive(ms: number): boolean {
    this.scheduler.pump();
    return this.service.runFor(ms);
  }

  /** Keeps the device running in the background (between event-loop turns). */
  private schedule(): void {
    if (this.scheduled || this.closed) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.closed) return;
      if (this.drive(BACKGROUND_SLICE_MS)) this.schedule();
    });
  }

  // ------------------------------------------------------------ helpers

  /** Compiles a kernel module with the device-resident names known now. */
  private compileKernels(source: string, o: LoadOptions): Program {
    return compile(source, {
      file: o.file, dialect: o.classic ?? this.classic ? "classic" : "python3",
      sources: this.sources, deviceGlobals: new Set(this.resident),
      readFile: (path) => (this.sources.has(path) ? this.sources.get(path)! : null),
    });
  }

  /** Loads `program` now if the device is idle, else as a barrier job after the queued work. */
  private reloadWith(program: Program): Handle {
    const first = this.program === null;
    const keep = this.resident;
    const start = (core: number, done: (end: PartEnd) => void) => {
      try {
        this.service.load(program, keep);
        this.program = program;
        done({ ok: true, value: null });
      } catch (e) {
        if (!(e instanceof ModuleLoadError)) throw e;
        done({ ok: false, error: this.kernelError(e.core, e.error, program) });
      }
    };
    if (first) {
      // The first load runs now: its errors are the caller's to see at once.
      try {
        this.service.load(program, keep);
      } catch (e) {
        if (e instanceof ModuleLoadError) throw this.kernelError(e.core, e.error, program);
        throw e;
      }
      this.program = program;
    }
    const job = this.scheduler.submit({
      what: "load", cores: [...this.scheduler.coreIds], barrier: true,
      start: first ? (_core, done) => done({ ok: true, value: null }) : start,
    });
    return new Handle(job, this);
  }

  private transfer(what: string, target: number | readonly number[] | undefined, act: (core: number) => Wire): Handle {
    const cores = target === undefined ? [...this.scheduler.coreIds] : this.targetCores(target);
    const job = this.scheduler.submit({
      what, cores,
      start: (core, done) => {
        try {
          done({ ok: true, value: act(core) });
        } catch (e) {
          if (!(e instanceof PyError)) throw e;
          done({ ok: false, error: this.kernelError(core, e, this.program) });
        }
      },
    });
    return new Handle(job, this);
  }

  private placement(o: LaunchOptions): Pick<JobSpec, "cores" | "auto" | "eligible"> {
    const ofType = this.coresOfTypes(o.device);
    if (o.auto !== undefined) {
      const most = ofType ? ofType.length : this.cores;
      if (!Number.isSafeInteger(o.auto) || o.auto < 1 || o.auto > most) {
        throw new RangeError(`auto must be a number of cores from 1 to ${most}${ofType ? ` (the ${describeTypes(o.device!)} cores)` : ""}, not ${String(o.auto)}`);
      }
      return { cores: null, auto: o.auto, ...(ofType ? { eligible: ofType } : {}) };
    }
    if (o.target !== undefined) {
      const cores = this.targetCores(o.target);
      const other = ofType ? cores.filter((c) => !ofType.includes(c)) : [];
      if (other.length) throw new RangeError(`target core ${other[0]} is not of type ${describeTypes(o.device!)} (it is ${this.service.layout.spec(other[0]).type})`);
      return { cores };
    }
    if (o.all === false) throw new RangeError("all=false needs target or auto to say which cores to run on");
    return { cores: ofType ?? [...this.scheduler.coreIds] };
  }

  /** The device cores of the given type(s), or null for no restriction. */
  private coresOfTypes(device: string | readonly string[] | undefined): number[] | null {
    if (device === undefined) return null;
    const types = typeof device === "string" ? [device] : [...device];
    const layout = this.service.layout;
    const known = [...new Set(this.coreTypes())];
    for (const t of types) {
      if (!known.includes(t)) throw new RangeError(`device '${t}' is not a core type of this device (its types: ${known.join(", ")})`);
    }
    return types.flatMap((t) => layout.coresOfType(t)).sort((a, b) => a - b);
  }

  private targetCores(target: number | readonly number[]): number[] {
    const list = typeof target === "number" ? [target] : [...target];
    if (!list.length) throw new RangeError("target is an empty list of cores");
    for (const c of list) {
      if (!Number.isSafeInteger(c) || c < 0 || c >= this.cores) {
        throw new RangeError(`target core ${String(c)} is not a core of this device (cores are 0-${this.cores - 1})`);
      }
    }
    return [...new Set(list)].sort((a, b) => a - b);
  }

  /** The device-resident variables the kernel module mentions, as `core` holds them now. */
  private residentValues(core: number): Map<string, Wire> {
    const out = new Map<string, Wire>();
    for (const n of this.resident) {
      if (!new RegExp(`\\b${n}\\b`).test(this.lastSource)) continue;
      const v = this.service.global(core, n);
      if (v !== undefined) out.set(n, this.service.snapshot(core, v));
    }
    return out;
  }

  private argumentOn(core: DeviceCore, v: LaunchArgument, refs: ReferenceMaker): Value {
    return "wire" in v ? this.service.decodeOn(core.id, v.wire) : refs.valueOn(core, v.ref);
  }

  private partEnd(core: number, end: KernelEnd): PartEnd {
    return end.ok ? end : { ok: false, error: this.kernelError(core, end.error, this.program) };
  }

  private kernelError(core: number, error: PyError, program: Program | null): KernelError {
    const label = this.service.layout?.has(core) ? this.service.layout.spec(core).label.split(" ")[0] : "device";
    const report = formatRuntimeError(error, core, `${label} core`, (f) => this.sources.get(f) ?? null, program ?? undefined);
    return new KernelError(core, error.kind, error.pyMessage, [...error.traceback], report);
  }

  private checkResident(name: string, op: string): void {
    if (!this.resident.has(name)) {
      throw new ReferenceError(`${op}: there is no device-resident variable '${name}' (define it first with define('${name}', value))`);
    }
  }

  private checkOpen(): void {
    if (this.closed) throw new DeviceClosedError("the device is closed");
  }
}

function describeTypes(device: string | readonly string[]): string {
  return typeof device === "string" ? device : device.join(" or ");
}

function checkTimeout(v: number | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== "number" || !(v >= 0) || !Number.isFinite(v)) throw new RangeError(`${name} must be a number of milliseconds >= 0, not ${String(v)}`);
  return v;
}

function checkName(name: string): void {
  if (typeof name !== "string" || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new TypeError(`a device-resident variable needs a Python name, not ${JSON.stringify(name)}`);
  }
}
