// The runtime server: one offload device driven by frames on a byte stream
// (`epython serve`: stdin/stdout). The CPython package starts it as a subprocess.
// docs/protocol.md is the specification; wire.ts is the byte level.
//
// Invariants:
//  - nothing but frames is written to `output` (device output travels as OUTPUT
//    events), so the client's reader never desynchronises;
//  - requests take effect in arrival order (a LAUNCH after a LOAD sees the new
//    module); WAIT and WAIT_ANY only register interest and reply when the launch
//    settles, so a pending wait never blocks later requests;
//  - every request gets exactly one reply (OK or ERROR) with its id; a bad request
//    is an ERROR reply with a Python exception kind, never a crash;
//  - the shared-memory homes of a launch are flushed and closed when it settles,
//    before its DONE event and its WAIT reply, so the client sees every write.

import { writeFileSync } from "node:fs";
import type { Readable, Writable } from "node:stream";
import { EPythonSyntaxError } from "../../lang/diagnostics.js";
import type { ArrayHome, MemoryKind } from "../../vm/hostArray.js";
import { ShmArrayHome } from "./shmHome.js";
import {
  decodeFrame, encodeFrame, FrameSplitter, Msg, PackedFloats, PackedInts, PROTOCOL_VERSION, WireArray, WireError,
  WireFloat, WireTuple, type Frame, type WireValue,
} from "./wire.js";

/** A launch or transfer in flight on the device (the offload API's Handle). */
export interface DeviceHandle {
  readonly cores: number[];
  wait(opts: { raw: true }): Promise<unknown[]>;
  waitAny(opts: { raw: true }): Promise<{ core: number; value: unknown }>;
  test(): boolean;
}

export interface TargetOptions {
  target?: number | number[];
}

export interface LaunchOptions extends TargetOptions {
  auto?: number;
  all?: boolean;
  device?: string | string[];
  timeoutMs?: number;
  /** The kernel runs as compiled C (src/host/offload/native.ts). */
  native?: boolean;
}

/** What the server uses of an open offload device. */
export interface OffloadDeviceLike {
  /** Compile errors throw; a reload's per-core errors come through the handle. */
  load(source: string, opts: { file?: string; classic?: boolean; deviceGlobals?: string[] }): DeviceHandle;
  launch(name: string, args: unknown[], opts: LaunchOptions): DeviceHandle;
  define(name: string, value: unknown, opts: TargetOptions): DeviceHandle;
  copyTo(name: string, value: unknown, opts: TargetOptions): DeviceHandle;
  copyFrom(name: string, opts: TargetOptions): DeviceHandle;
  stats(): unknown;
  /** The trace as Chrome/Perfetto JSON (the device was opened with trace: true). */
  traceJson(): string;
  close(): Promise<void>;
}

export interface DeviceOptions {
  profile?: string;
  cores?: number;
  device?: string;
  localMemory?: string | number;
  sharedMemory?: string | number;
  float64?: boolean;
  seed?: number;
  timeoutMs?: number;
  /** Record a trace (kernels, waits, messages, transfers); the server writes it at shutdown. */
  trace?: boolean;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The offload API as the server needs it; bound to src/host/offload in binding.ts. */
export interface OffloadBinding {
  openDevice(options: DeviceOptions): OffloadDeviceLike;
  /** A device int (the VM's 32-bit int). */
  int(n: number): unknown;
  /** A device float, distinct from an int even when integral. */
  float(x: number): unknown;
  /** A device tuple. */
  tuple(items: unknown[]): unknown;
  /** An array argument used in place. */
  arrayRef(home: ArrayHome, opts: { kind: MemoryKind; prefetch: number }): unknown;
  /** The KernelError fields, when `e` is one. */
  kernelError(e: unknown): { core: number; kind: string; pyMessage: string; traceback: { file: string; line: number; func: string }[]; report: string } | null;
}

/** An ERROR reply: a Python exception kind and message (and details for kernel errors). */
export class RequestError extends Error {
  constructor(readonly kind: string, message: string, readonly details: Map<string, WireValue> = new Map()) {
    super(message);
  }
}

/** Open options the client may set, with the wire type each must have. */
const OPEN_OPTIONS: Record<string, "string" | "int" | "bool" | "size"> = {
  profile: "string", cores: "int", device: "string", localMemory: "size", sharedMemory: "size",
  float64: "bool", seed: "int", timeoutMs: "int", trace: "string",
};

/** JavaScript error names -> Python exception kinds (the rest are RuntimeErrors). */
const JS_ERROR_KINDS: Record<string, string> = {
  TypeError: "TypeError", RangeError: "ValueError", ReferenceError: "NameError",
  EPythonUsageError: "ValueError", LayoutError: "ValueError", DeviceClosedError: "RuntimeError",
};

const LAUNCH_OPTIONS = new Set(["target", "auto", "all", "device", "timeoutMs", "native"]);

/** A shared-memory home opened for one launch, and the reference made of it. */
interface LaunchHome {
  readonly key: string;
  readonly home: ShmArrayHome;
  readonly ref: unknown;
}

interface ServerHandle {
  readonly device: DeviceHandle;
  /** Settles with the per-core raw values once the homes are flushed. */
  readonly settled: Promise<unknown[]>;
}

export class Server {
  private readonly splitter = new FrameSplitter();
  private device: OffloadDeviceLike | null = null;
  private float32 = true;
  /** Where to write the trace at shutdown (the OPEN option `trace`), or null. */
  private tracePath: string | null = null;
  private greeted = false;
  private shuttingDown = false;
  private readonly handles = new Map<number, ServerHandle>();
  /** Requests run one after another in arrival order. */
  private queue: Promise<void> = Promise.resolve();
  private finish!: () => void;
  readonly finished: Promise<void> = new Promise((resolve) => { this.finish = resolve; });

  constructor(private readonly binding: OffloadBinding, private readonly output: Writable) {}

  /** Reads frames from `input` until SHUTDOWN or end of input. */
  attach(input: Readable): Promise<void> {
    input.on("data", (chunk: Buffer) => this.receive(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
    // The client went away (closed the pipe or died): release the device.
    input.on("end", () => void this.queue.then(() => this.stop()));
    input.on("error", () => void this.queue.then(() => this.stop()));
    return this.finished;
  }

  /** Feeds raw bytes (used by attach, and directly by tests). */
  receive(chunk: Uint8Array): void {
    let payloads: Uint8Array[];
    try {
      payloads = this.splitter.push(chunk);
    } catch (e) {
      // A corrupt length prefix: the stream cannot be resynchronised.
      this.send(Msg.ERROR, 0, ["ProtocolError", (e as Error).message, new Map()]);
      void this.queue.then(() => this.stop());
      return;
    }
    for (const p of payloads) {
      let frame: Frame;
      try {
        frame = decodeFrame(p);
      } catch (e) {
        const id = p.length >= 5 ? new DataView(p.buffer, p.byteOffset + 1, 4).getUint32(0, true) : 0;
        this.send(Msg.ERROR, id, ["ProtocolError", (e as Error).message, new Map()]);
        continue;
      }
      this.queue = this.queue.then(() => this.handle(frame));
    }
  }

  /** Frames waiting for the end of the current tick. */
  private outgoing: Uint8Array[] = [];

  /**
   * Queues a frame; the frames of one tick leave in one write (a launch's DONE and
   * its WAIT reply, output lines), which saves the client a wake-up per frame. The
   * flush runs on process.nextTick, after the promise callbacks of this turn.
   */
  private send(type: number, id: number, body: readonly WireValue[]): void {
    if (this.output.writableEnded) return;
    this.outgoing.push(encodeFrame(type, id, body));
    if (this.outgoing.length === 1) process.nextTick(() => this.flushOutgoing());
  }

  private flushOutgoing(): void {
    const frames = this.outgoing;
    this.outgoing = [];
    if (frames.length === 0 || this.output.writableEnded) return;
    if (frames.length === 1) {
      this.output.write(frames[0]);
      return;
    }
    const all = new Uint8Array(frames.reduce((n, f) => n + f.length, 0));
    let at = 0;
    for (const f of frames) { all.set(f, at); at += f.length; }
    this.output.write(all);
  }

  private async handle(frame: Frame): Promise<void> {
    try {
      const reply = await this.dispatch(frame);
      if (reply !== undefined) this.send(Msg.OK, frame.id, reply);
    } catch (e) {
      this.replyError(frame.id, e);
    }
  }

  private replyError(id: number, e: unknown): void {
    const err = this.asRequestError(e);
    this.send(Msg.ERROR, id, [err.kind, err.message, err.details]);
  }

  private asRequestError(e: unknown): RequestError {
    if (e instanceof RequestError) return e;
    const k = this.binding.kernelError(e);
    if (k) {
      return new RequestError("KernelError", k.report, new Map<string, WireValue>([
        ["core", k.core], ["kind", k.kind], ["message", k.pyMessage],
        ["traceback", k.traceback.map((t) => new WireTuple([t.file, t.line, t.func]))],
      ]));
    }
    if (e instanceof EPythonSyntaxError) return new RequestError(e.kind, e.format());
    if (e instanceof WireError) return new RequestError("ProtocolError", e.message);
    // The offload API's errors, as the Python exceptions a caller expects.
    const err = e as { name?: unknown; message?: unknown };
    const name = typeof err.name === "string" ? err.name : "";
    const kind = JS_ERROR_KINDS[name] ?? "RuntimeError";
    return new RequestError(kind, typeof err.message === "string" ? err.message : String(e));
  }

  /** Runs one request; returns the OK body, or undefined when the reply comes later. */
  private async dispatch(f: Frame): Promise<WireValue[] | undefined> {
    if (f.type === Msg.HELLO) return this.hello(f.body);
    if (!this.greeted) throw new RequestError("ProtocolError", "the first request must be HELLO");
    if (this.shuttingDown) throw new RequestError("RuntimeError", "the runtime is shutting down");
    switch (f.type) {
      case Msg.OPEN: return this.open(f.body);
      case Msg.SHUTDOWN:
        await this.stop(f.id);
        return undefined;
    }
    const dev = this.device;
    if (!dev) throw new RequestError("RuntimeError", "no device is open (send OPEN first)");
    const b = f.body;
    switch (f.type) {
      case Msg.LOAD: {
        const source = str(b[0], "source");
        const file = str(b[1], "file");
        const classic = bool(b[2], "classic");
        const deviceGlobals = list(b[3], "deviceGlobals").map((n) => str(n, "device global name"));
        // A reload waits for the queued work: later requests see the new module.
        await dev.load(source, { file, classic, deviceGlobals }).wait({ raw: true });
        return [];
      }
      case Msg.LAUNCH: {
        if (this.handles.has(f.id)) throw new RequestError("ProtocolError", `request id ${f.id} is already a handle`);
        const name = str(b[0], "kernel name");
        const homes: LaunchHome[] = [];
        try {
          const args = list(b[1], "arguments").map((a) => this.toDevice(a, homes));
          const opts = launchOptions(b[2]);
          return this.track(f.id, dev.launch(name, args, opts), homes);
        } catch (e) {
          for (const h of homes) h.home.close();
          throw e;
        }
      }
      case Msg.DEFINE: case Msg.COPY_TO: {
        const name = str(b[0], "variable name");
        const homes: LaunchHome[] = [];
        const value = this.toDevice(b[1], homes);
        // A device-resident variable holds a copy: a reference would outlive the call.
        if (homes.length > 0) {
          for (const h of homes) h.home.close();
          throw new RequestError("TypeError", `device-resident variable '${name}' must be given by value, not as an array reference`);
        }
        const opts = targetOptions(b[2]);
        return this.track(f.id, f.type === Msg.DEFINE ? dev.define(name, value, opts) : dev.copyTo(name, value, opts), []);
      }
      case Msg.COPY_FROM:
        return this.track(f.id, dev.copyFrom(str(b[0], "variable name"), targetOptions(b[1])), []);
      case Msg.WAIT: {
        const id = int(b[0], "handle");
        const h = this.handleOf(id);
        h.settled.then(
          (values) => { this.handles.delete(id); this.send(Msg.OK, f.id, [values.map((v) => this.fromDevice(v))]); },
          (e) => { this.handles.delete(id); this.replyError(f.id, e); },
        );
        return undefined;
      }
      case Msg.WAIT_ANY: {
        const h = this.handleOf(int(b[0], "handle"));
        h.device.waitAny({ raw: true }).then(
          (r) => this.send(Msg.OK, f.id, [r.core, this.fromDevice(r.value)]),
          (e) => this.replyError(f.id, e),
        );
        return undefined;
      }
      case Msg.TEST:
        return [this.handleOf(int(b[0], "handle")).device.test()];
      case Msg.RELEASE:
        this.handles.delete(int(b[0], "handle"));
        return [];
      case Msg.STATS:
        return [plainToWire(dev.stats())];
      default:
        throw new RequestError("ProtocolError", `unknown request type 0x${f.type.toString(16)}`);
    }
  }

  private hello(body: WireValue[]): WireValue[] {
    const version = body[0];
    if (version !== PROTOCOL_VERSION) {
      throw new RequestError("VersionError",
        `protocol version mismatch: the client speaks ${String(version)}, this runtime speaks ${PROTOCOL_VERSION}`);
    }
    this.greeted = true;
    return [PROTOCOL_VERSION, "epython-ts"];
  }

  private open(body: WireValue[]): WireValue[] {
    if (this.device) throw new RequestError("RuntimeError", "the device is already open");
    const given = body[0] ?? new Map<string, WireValue>();
    if (!(given instanceof Map)) throw new RequestError("TypeError", "OPEN takes a map of options");
    const options: DeviceOptions = {
      stdout: (text) => this.send(Msg.OUTPUT, 0, [1, text]),
      stderr: (text) => this.send(Msg.OUTPUT, 0, [2, text]),
    };
    const set = options as unknown as Record<string, unknown>;
    for (const [key, v] of given) {
      const type = OPEN_OPTIONS[key];
      if (!type) throw new RequestError("ValueError", `unknown device option '${key}' (known: ${Object.keys(OPEN_OPTIONS).join(", ")})`);
      if (v === null) continue; // None: the runtime's default
      if (key === "trace") this.tracePath = str(v, key);
      else if (type === "string") set[key] = str(v, key);
      else if (type === "bool") set[key] = bool(v, key);
      else if (type === "size") set[key] = typeof v === "number" ? v : str(v, key);
      else set[key] = int(v, key);
    }
    this.float32 = !options.float64;
    if (this.tracePath !== null) options.trace = true;
    this.device = this.binding.openDevice(options);
    return [new Map<string, WireValue>([["protocol", PROTOCOL_VERSION]])];
  }

  private handleOf(id: number): ServerHandle {
    const h = this.handles.get(id);
    if (!h) throw new RequestError("ValueError", `unknown or already collected handle ${id}`);
    return h;
  }

  /**
   * Registers a launch under the id of the request that made it (so a client can
   * send WAIT right behind LAUNCH without waiting for the reply): its homes close
   * and DONE is sent when it settles.
   */
  private track(id: number, device: DeviceHandle, homes: LaunchHome[]): WireValue[] {
    const closeHomes = () => { for (const h of homes) h.home.close(); };
    const settled = device.wait({ raw: true }).then(
      (values) => { closeHomes(); this.send(Msg.DONE, 0, [id, true]); return values; },
      (e: unknown) => { closeHomes(); this.send(Msg.DONE, 0, [id, false]); throw e; },
    );
    settled.catch(() => { /* reported to whoever waits; unobserved failures are not fatal */ });
    this.handles.set(id, { device, settled });
    return [id, [...device.cores]];
  }

  /** A wire value as a kernel argument. */
  private toDevice(v: WireValue, homes: LaunchHome[]): unknown {
    if (v === null || typeof v === "boolean" || typeof v === "string") return v;
    if (typeof v === "number" || typeof v === "bigint") {
      if (v < -0x80000000 || v > 0x7fffffff) {
        throw new RequestError("OverflowError", `int ${v} does not fit the device's 32-bit int`);
      }
      return this.binding.int(Number(v));
    }
    if (v instanceof WireFloat) return this.binding.float(v.value);
    if (Array.isArray(v)) return v.map((x) => this.toDevice(x, homes));
    if (v instanceof WireTuple) return this.binding.tuple(v.items.map((x) => this.toDevice(x, homes)));
    if (v instanceof WireArray) {
      // The same array passed twice is one reference (one home, one cache per core),
      // so a kernel's two arguments see each other's writes.
      const r = v.ref;
      const key = `${r.shm}:${r.byteOffset}:${r.length}:${r.type}:${r.kind}:${r.prefetch}`;
      const same = homes.find((h) => h.key === key);
      if (same) return same.ref;
      let home: ShmArrayHome;
      try {
        home = new ShmArrayHome(r);
      } catch (e) {
        throw new RequestError("ValueError", (e as Error).message);
      }
      const ref = this.binding.arrayRef(home, { kind: r.kind, prefetch: r.prefetch });
      homes.push({ key, home, ref });
      return ref;
    }
    throw new RequestError("TypeError", "a map cannot be passed to a kernel");
  }

  /**
   * A core's result (the offload API's raw form, src/device/wire.ts: an int32 number
   * is an int, any other number or {f} a float, {l} a list, {t} a tuple) as a wire
   * value of this protocol. Floats travel as the double nearest their printed repr,
   * so the device's float32 0.1 reaches Python as 0.1.
   */
  private fromDevice(v: unknown): WireValue {
    if (v === null || v === undefined) return null;
    if (typeof v === "boolean" || typeof v === "string") return v;
    if (typeof v === "number") return (v | 0) === v && !Object.is(v, -0) ? v : this.float(v);
    if (typeof v === "object") {
      const w = v as { f?: number; l?: unknown[]; t?: unknown[]; n?: string };
      if (typeof w.f === "number") return this.float(w.f);
      if (Array.isArray(w.l)) return this.packed(w.l) ?? w.l.map((x) => this.fromDevice(x));
      if (Array.isArray(w.t)) return new WireTuple(w.t.map((x) => this.fromDevice(x)));
      // A function has no host counterpart: its name travels, as the offload API prints it.
      if (typeof w.n === "string") return `<function ${w.n}>`;
    }
    return String(v);
  }

  /** A numeric list (all floats, or all ints) packed without an object per element. */
  private packed(items: unknown[]): PackedFloats | PackedInts | null {
    if (items.length < 2) return null;
    const first = items[0];
    if (typeof first === "number" && (first | 0) === first && !Object.is(first, -0)) {
      const out = new Int32Array(items.length);
      for (let i = 0; i < items.length; i++) {
        const x = items[i];
        if (typeof x !== "number" || (x | 0) !== x || Object.is(x, -0)) return null;
        out[i] = x;
      }
      return new PackedInts(out);
    }
    const out = new Float64Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      let f: number;
      if (typeof x === "number") {
        if ((x | 0) === x && !Object.is(x, -0)) return null; // an int among floats
        f = x;
      } else if (typeof x === "object" && x !== null && typeof (x as { f?: unknown }).f === "number") {
        f = (x as { f: number }).f;
      } else return null;
      out[i] = this.float32 ? float32Printed(f) : f;
    }
    return new PackedFloats(out);
  }

  private float(x: number): WireFloat {
    return new WireFloat(this.float32 ? float32Printed(x) : x);
  }

  /** Writes the trace file asked for at OPEN (a failure is reported as device error output). */
  private writeTrace(): void {
    if (!this.device || this.tracePath === null) return;
    try {
      writeFileSync(this.tracePath, this.device.traceJson());
    } catch (e) {
      this.send(Msg.OUTPUT, 0, [2, `epython: cannot write the trace to ${this.tracePath}: ${e instanceof Error ? e.message : String(e)}\n`]);
    }
  }

  /** Closes the device (once), answers SHUTDOWN if asked, ends the output. */
  private async stop(replyTo?: number): Promise<void> {
    if (!this.shuttingDown) {
      this.shuttingDown = true;
      this.writeTrace();
      try {
        await this.device?.close();
      } catch {
        // Closing is best effort: the process ends anyway.
      }
      this.device = null;
    }
    if (replyTo !== undefined) this.send(Msg.OK, replyTo, []);
    this.flushOutgoing();
    if (!this.output.writableEnded) this.output.end();
    this.finish();
  }
}

function str(v: WireValue | undefined, what: string): string {
  if (typeof v !== "string") throw new RequestError("TypeError", `${what} must be a str`);
  return v;
}

function bool(v: WireValue | undefined, what: string): boolean {
  if (typeof v !== "boolean") throw new RequestError("TypeError", `${what} must be a bool`);
  return v;
}

function int(v: WireValue | undefined, what: string): number {
  if (typeof v !== "number") throw new RequestError("TypeError", `${what} must be an int`);
  return v;
}

function list(v: WireValue | undefined, what: string): WireValue[] {
  if (!Array.isArray(v)) throw new RequestError("TypeError", `${what} must be a list`);
  return v;
}

function optionMap(v: WireValue | undefined): Map<string, WireValue> {
  if (v === undefined || v === null) return new Map();
  if (!(v instanceof Map)) throw new RequestError("TypeError", "options must be a map");
  return v;
}

function target(v: WireValue): number | number[] {
  if (typeof v === "number") return v;
  if (Array.isArray(v)) return v.map((x) => int(x, "target core id"));
  throw new RequestError("TypeError", "target must be a core id or a list of core ids");
}

function targetOptions(v: WireValue | undefined): TargetOptions {
  const m = optionMap(v);
  for (const k of m.keys()) if (k !== "target") throw new RequestError("ValueError", `unknown transfer option '${k}'`);
  const t = m.get("target");
  return t === undefined || t === null ? {} : { target: target(t) };
}

function launchOptions(v: WireValue | undefined): LaunchOptions {
  const m = optionMap(v);
  const opts: LaunchOptions = {};
  for (const [k, x] of m) {
    if (!LAUNCH_OPTIONS.has(k)) throw new RequestError("ValueError", `unknown launch option '${k}'`);
    if (x === null) continue;
    if (k === "target") opts.target = target(x);
    else if (k === "auto") opts.auto = int(x, "auto");
    else if (k === "all") opts.all = bool(x, "all");
    else if (k === "native") opts.native = bool(x, "native");
    else if (k === "timeoutMs") opts.timeoutMs = int(x, "timeoutMs");
    else if (k === "device") opts.device = Array.isArray(x) ? x.map((d) => str(d, "device")) : str(x, "device");
  }
  return opts;
}

/**
 * The double nearest the shortest decimal that reads back as the float32 `x` (what
 * the device prints: 0.1 for the float32 nearest 0.1). toPrecision(p) is the
 * p-digit decimal closest to x, so the first p that reads back is repr's choice.
 */
export function float32Printed(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  // Results repeat (arrays of like values): a direct-mapped cache keyed by the
  // float32's bits saves the digit search.
  scratch32[0] = x;
  const slot = (bits32[0] ^ (bits32[0] >>> 13)) & (PRINTED_CACHE - 1);
  if (printedKeys[slot] === x) return printedValues[slot];
  let out = x; // not a float32 value: as it is
  for (let p = 1; p <= 9; p++) {
    const v = parseFloat(x.toPrecision(p));
    if (Math.fround(v) === x) { out = v; break; }
  }
  printedKeys[slot] = x;
  printedValues[slot] = out;
  return out;
}

const PRINTED_CACHE = 4096;
const printedKeys = new Float64Array(PRINTED_CACHE).fill(NaN);
const printedValues = new Float64Array(PRINTED_CACHE);
const scratch32 = new Float32Array(1);
const bits32 = new Uint32Array(scratch32.buffer);

/** Statistics and other plain JS data as wire values (objects become maps). */
export function plainToWire(v: unknown): WireValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "boolean" || typeof v === "string" || typeof v === "bigint") return v;
  if (typeof v === "number") return Number.isSafeInteger(v) ? v : new WireFloat(v);
  if (Array.isArray(v)) return v.map(plainToWire);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [String(k), plainToWire(x)]));
  if (typeof v === "object") return new Map(Object.entries(v).map(([k, x]) => [k, plainToWire(x)]));
  return String(v);
}

/** Serves one client on the given streams; resolves after SHUTDOWN or end of input. */
export function serve(binding: OffloadBinding, input: Readable, output: Writable): Promise<void> {
  return new Server(binding, output).attach(input);
}
