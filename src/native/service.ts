// Native offloaded kernels (issue 8, `native` launch option of issue 5): the kernel
// module compiled through C into a *service executable* (runtime/service.c, service.h)
// that stays up between launches.
//
// One service serves one offload device: a thread per device core runs the module's
// top level once, then each core serves the launches addressed to it, so module
// globals persist between launches as on the simulated device. The executable is
// compiled for a set of *entries*: a kernel and the types of one launch's arguments
// (the inference specialises the kernel for them, as for a call in the program). A
// launch with a new signature needs a new executable: the service is rebuilt and
// restarted once the running one is idle, and the module's state starts afresh.
//
// Host <-> service: requests on the service's stdin, results on its fd 3, output on
// a file the host reads after each result (so a kernel's printed lines come before
// its result), the error report on another file. The wire format is service.h's.
// A runtime error ends the process (host.c exits after the report): the failing
// part gets a KernelError, the other unfinished parts too, and the next launch
// starts a fresh service.

import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";
import { analyze, assertValid } from "../compiler/analyze.js";
import { type Entry, nativeError, FLOAT, INT, BOOL, NONE, STR, describe, inferProgram, listOf, mangle, type Program, type Spec, type Ty } from "../compiler/infer.js";
import type { Wire } from "../device/wire.js";
import { parse } from "../lang/index.js";
import { buildExecutable } from "./compile.js";
import { cString, emitC, plainCType } from "./emitC.js";

// ------------------------------------------------------------------ signatures

/** One argument of a native launch: a value (wire) or an array by reference (copied in and back). */
export type NativeArgument = { wire: Wire } | { array: "int32" | "float" };

/** A kernel and the types of its arguments; `refs[i]`: argument i is written back. */
export interface Signature {
  name: string;
  args: Ty[];
  refs: boolean[];
}

export const signatureKey = (s: Signature): string => `${s.name}(${s.args.map((t, i) => (s.refs[i] ? "&" : "") + mangle(t)).join(",")})`;

/** Thrown for an argument native code cannot take (a TypeError at launch). */
export class NativeArgumentError extends TypeError {}

/** The native type of a launch argument. */
export function argumentType(a: NativeArgument, what: string): Ty {
  if ("array" in a) return listOf(a.array === "int32" ? INT : FLOAT);
  return wireType(a.wire, what);
}

function wireType(w: Wire, what: string): Ty {
  if (w === null) return NONE;
  switch (typeof w) {
    case "boolean": return BOOL;
    case "string": return STR;
    case "number": return Number.isInteger(w) && w >= -2147483648 && w <= 2147483647 ? INT : FLOAT;
  }
  if ("f" in w) return FLOAT;
  if ("bi" in w) throw new NativeArgumentError(`${what}: the int ${w.bi.length > 24 ? `of ${w.bi.length} digits` : w.bi} does not fit native code's 32-bit ints`);
  if ("l" in w) {
    if (!w.l.length) throw new NativeArgumentError(`${what}: an empty list has no element type for native code; pass a typed array or a non-empty list`);
    let elem: Ty | null = null;
    w.l.forEach((x, i) => {
      const t = wireType(x, `${what}[${i}]`);
      if (elem === null || mangle(elem) === mangle(t)) elem = t;
      else if ((elem.k === "int" || elem.k === "float") && (t.k === "int" || t.k === "float")) elem = FLOAT;
      else throw new NativeArgumentError(`${what}: native code needs a list of one type; this one has ${describe(elem)} and ${describe(t)}`);
    });
    return listOf(elem);
  }
  throw new NativeArgumentError(`${what}: native kernels take numbers, bools, None, strs and lists of them, not ${"t" in w ? "a tuple" : "a function"}`);
}

// ------------------------------------------------------------------ the C main

/** The C types the emitter gives (emitC.ts cType; a tuple's struct is named `ep_` + its mangled type). */
function cType(t: Ty): string {
  return plainCType(t) ?? (t.k === "tuple" ? `ep_${mangle(t)}` : "ep_none");
}

class CodeGen {
  private n = 0;
  private fresh(b: string): string {
    return `_${b}${this.n++}`;
  }

  /** A C expression reading a value of type t from `in`. */
  get(t: Ty): string {
    switch (t.k) {
      case "int": return "ep_svc_get_int(in)";
      case "float": return "(ep_float)ep_svc_get_float(in)";
      case "bool": return "ep_svc_get_bool(in)";
      case "str": return "ep_svc_get_str(in)";
      case "none": return "(ep_none)0";
      case "list": {
        const [n, l, i] = [this.fresh("n"), this.fresh("l"), this.fresh("i")];
        const e = cType(t.elem!);
        return `({ uint32_t ${n} = ep_svc_get_count(in); ep_list *${l} = NULL; if (${n} != EP_SVC_NONE_LIST) { ${l} = ep_list_new((int32_t)${n}, (int32_t)sizeof(${e})); ` +
          `for (int32_t ${i} = 0; ${i} < (int32_t)${n}; ${i}++) EP_AT(${e}, ${l}, ${i}) = ${this.get(t.elem!)}; } ${l}; })`;
      }
      default: throw new Error(`internal error: no native argument of type ${describe(t)}`);
    }
  }

  /** C statements writing the value of C expression `v` (type t) to `out`. */
  put(v: string, t: Ty): string {
    switch (t.k) {
      case "int": return `ep_svc_put_int(out, ${v});`;
      case "float": return `ep_svc_put_float(out, (double)(${v}));`;
      case "bool": return `ep_svc_put_bool(out, ${v});`;
      case "str": return `ep_svc_put_str(out, ${v});`;
      case "none": return "";
      case "list": {
        const [l, i] = [this.fresh("l"), this.fresh("i")];
        return `{ ep_list *${l} = ${v}; if (!${l}) ep_svc_put_u32(out, EP_SVC_NONE_LIST); else { ep_svc_put_u32(out, (uint32_t)${l}->len); ` +
          `for (int32_t ${i} = 0; ${i} < ${l}->len; ${i}++) { ${this.put(`EP_AT(${cType(t.elem!)}, ${l}, ${i})`, t.elem!)} } } }`;
      }
      case "tuple": {
        const x = this.fresh("t");
        return `{ ${cType(t)} ${x} = ${v}; ${t.elts.map((e, i) => this.put(`${x}.f${i}`, e)).join(" ")} }`;
      }
      default: throw new Error(`internal error: no native result of type ${describe(t)}`);
    }
  }
}

/** What the host needs to decode an entry's results. */
export interface EntryInfo {
  sig: Signature;
  ret: Ty;
  /** The host globals (device-resident variables) sent in and back, with their types. */
  globals: [string, Ty][];
}

/** True when a value of type `value` can be stored where `slot` is compiled (ints widen to floats). */
export function fits(slot: Ty, value: Ty): boolean {
  if (mangle(slot) === mangle(value)) return true;
  if (slot.k === "float") return value.k === "int";
  if (slot.k === "list") return value.k === "none" || (value.k === "list" && (value.elem === null || (slot.elem !== null && fits(slot.elem, value.elem))));
  return false;
}

/** The service's `core_main`, entry functions and `main` for a typed program. */
/** Types a value of which can come from the host (an argument, a restored global). */
function fromHost(t: Ty): boolean {
  return t.k === "list" ? t.elem !== null && fromHost(t.elem) : ["int", "float", "bool", "none", "str"].includes(t.k);
}

function serviceMain(prog: Program, sigs: readonly Signature[], hostGlobals: readonly string[]): { c: string; entries: EntryInfo[]; state: [string, Ty][] } {
  const g = new CodeGen();
  const fns: string[] = [];
  const globals = hostGlobals.map((n): [string, Ty] => [n, prog.main.vars.get(n)!]);
  const entries = prog.entries.map((spec: Spec, k): EntryInfo => {
    const sig = sigs[k];
    const params = spec.def!.args.args;
    const ret = spec.ret ?? NONE;
    checkResult(prog, spec, ret);
    const lines = [`static void svc_entry${k}(ep_svc_in *in, ep_svc_out *out) {`];
    sig.args.forEach((t, i) => lines.push(`  ${cType(t)} a${i} = ${g.get(t)};`));
    // Device-resident variables: the core's current values in, their final values back.
    for (const [n, t] of globals) lines.push(`  g_${n} = ${g.get(t)};`);
    // Parameters the launch does not give take their defaults (globals the module body set).
    const actual = params.map((p, i) => (i < sig.args.length ? `a${i}` : `dflt_${p.name}_${p.line}_${p.col}`));
    const call = `${spec.cName}(${actual.join(", ")})`;
    if (ret.k === "none") lines.push(`  ${call};`);
    else lines.push(`  ${cType(ret)} r = ${call};`, `  ${g.put("r", ret)}`);
    sig.refs.forEach((r, i) => r && lines.push(`  ${g.put(`a${i}`, sig.args[i])}`));
    for (const [n, t] of globals) lines.push(`  ${g.put(`g_${n}`, t)}`);
    lines.push("}");
    fns.push(lines.join("\n"));
    return { sig, ret, globals };
  });
  // The module's state: its globals that functions use (the rest are locals of the module
  // body), carried from a service to its replacement by the two last entries.
  const state = [...prog.sharedGlobals].sort()
    .filter((n) => !hostGlobals.includes(n) && prog.main.vars.has(n) && fromHost(prog.main.vars.get(n)!))
    .map((n): [string, Ty] => [n, prog.main.vars.get(n)!]);
  fns.push([
    `static void svc_save_state(ep_svc_in *in, ep_svc_out *out) {`,
    `  (void)in;`,
    ...state.map(([n, t]) => `  ${g.put(`g_${n}`, t)}`),
    `}`,
    `static void svc_restore_state(ep_svc_in *in, ep_svc_out *out) {`,
    `  (void)out;`,
    ...state.map(([n, t]) => `  if (ep_svc_get_bool(in)) g_${n} = ${g.get(t)};`),
    `}`,
  ].join("\n"));
  const names = [...entries.map((_, k) => `svc_entry${k}`), "svc_save_state", "svc_restore_state"];
  const file = prog.analysis.ast.file;
  const c = [
    ...fns,
    `static const ep_svc_entry svc_entries[] = { ${names.join(", ")} };`,
    `static int core_main(void) {`,
    `  py__module();`,
    `  ep_svc_serve(svc_entries, ${names.length});`,
    `  return 0;`,
    `}`,
    `int main(int argc, char **argv) { return ep_svc_main(argc, argv, ${cString(file)}, core_main); }`,
  ].join("\n");
  return { c, entries, state };
}

function checkResult(prog: Program, spec: Spec, t: Ty): void {
  const ok = (x: Ty): boolean =>
    x.k === "list" ? x.elem !== null && ok(x.elem) : x.k === "tuple" ? x.elts.every(ok) : ["int", "float", "bool", "none", "str"].includes(x.k);
  if (!ok(t)) throw nativeError(prog.analysis.ast, spec.def!, `kernel '${spec.pyName}' returns ${describe(t)}, which cannot go back to the host`);
}

export interface ServiceBuild {
  exe: string;
  entries: EntryInfo[];
  /** The module globals saved by entry `entries.length` and restored by the next one. */
  state: [string, Ty][];
}

/**
 * Compiles the kernel module with one entry per signature into a service executable
 * (cached by the C text, so the same module and signatures reuse it). Throws the
 * native compiler's diagnostic (NativeError, file:line:col with a caret) for a kernel
 * it rejects, NativeBuildError when there is no C compiler.
 */
export function buildService(
  source: string, file: string, sigs: readonly Signature[],
  opts: { float64?: boolean; hostGlobals?: ReadonlyMap<string, Ty> } = {},
): ServiceBuild {
  const analysis = assertValid(analyze(parse(source, file, { dialect: "python3" })));
  const entryList: Entry[] = sigs.map((s) => ({ name: s.name, args: s.args }));
  const hostGlobals = opts.hostGlobals ?? new Map<string, Ty>();
  const prog = inferProgram(analysis, { float64: opts.float64, entries: entryList, hostGlobals });
  const main = serviceMain(prog, sigs, [...hostGlobals.keys()]);
  const c = emitC(prog, { serviceMain: main.c }).replace('#include "core.h"', '#include "core.h"\n#include "service.h"');
  const name = `${file.replace(/^.*[\\/]/, "").replace(/\.py$/, "").replace(/[^A-Za-z0-9_]/g, "_") || "kernels"}_service`;
  const { exe } = buildExecutable(c, { target: "host", float64: opts.float64, service: true, name });
  return { exe, entries: main.entries, state: main.state };
}

// ------------------------------------------------------------------ the wire

class Writer {
  private buf = Buffer.alloc(256);
  len = 0;
  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const b = Buffer.alloc(cap);
    this.buf.copy(b, 0, 0, this.len);
    this.buf = b;
  }
  u8(v: number): void { this.room(1); this.buf.writeUInt8(v, this.len); this.len += 1; }
  u16(v: number): void { this.room(2); this.buf.writeUInt16LE(v, this.len); this.len += 2; }
  u32(v: number): void { this.room(4); this.buf.writeUInt32LE(v >>> 0, this.len); this.len += 4; }
  i32(v: number): void { this.room(4); this.buf.writeInt32LE(v, this.len); this.len += 4; }
  f64(v: number): void { this.room(8); this.buf.writeDoubleLE(v, this.len); this.len += 8; }
  bytes(b: Buffer): void { this.room(b.length); b.copy(this.buf, this.len); this.len += b.length; }
  done(): Buffer {
    this.buf.writeUInt32LE(this.len - 4, 0);
    return this.buf.subarray(0, this.len);
  }
}

const NONE_LIST = 0xffffffff;
const num = (w: Wire): number => (typeof w === "object" && w !== null && "f" in w ? w.f : (w as number));

function writeValue(w: Writer, v: Wire | Float64Array, t: Ty): void {
  switch (t.k) {
    case "int": w.i32(v as number); return;
    case "float": w.f64(num(v as Wire)); return;
    case "bool": w.u8(v ? 1 : 0); return;
    case "str": w.u32(Buffer.byteLength(v as string)); w.bytes(Buffer.from(v as string, "utf8")); return;
    case "none": return;
    case "list": {
      if (v === null) { w.u32(NONE_LIST); return; }
      const items: ArrayLike<Wire> = v instanceof Float64Array ? v : (v as { l: Wire[] }).l;
      w.u32(items.length);
      for (let i = 0; i < items.length; i++) writeValue(w, items[i], t.elem!);
      return;
    }
    default: throw new Error(`internal error: no native argument of type ${describe(t)}`);
  }
}

/** A request: launch id, core, entry, then the arguments (arrays as their elements). */
export function encodeRequest(launch: number, core: number, entry: number, info: EntryInfo, args: readonly (Wire | Float64Array)[], globals: readonly Wire[]): Buffer {
  const w = new Writer();
  w.u32(0);
  w.u32(launch);
  w.u16(core);
  w.u16(entry);
  info.sig.args.forEach((t, i) => writeValue(w, args[i], t));
  info.globals.forEach(([, t], i) => writeValue(w, globals[i], t));
  return w.done();
}

/** A control frame (service.h): op 0 busy, 1 idle, for `cores`; null when there are none. */
function control(op: number, cores: ReadonlySet<number>): Buffer | null {
  if (!cores.size) return null;
  const w = new Writer();
  w.u32(0);
  w.u32(0xffffffff);
  w.u16(op);
  w.u16(cores.size);
  for (const c of cores) w.u16(c);
  return w.done();
}

/** A request to restore module globals: per global of `state`, a presence byte and its value. */
export function encodeRestore(launch: number, core: number, build: ServiceBuild, values: ReadonlyMap<string, Wire>): Buffer {
  const w = new Writer();
  w.u32(0);
  w.u32(launch);
  w.u16(core);
  w.u16(build.entries.length + 1);
  for (const [n, t] of build.state) {
    const v = values.get(n);
    // An empty list has no element type of its own: it fits any list global.
    const empty = typeof v === "object" && v !== null && "l" in v && v.l.length === 0;
    const ok = v !== undefined && (empty ? t.k === "list" : fits(t, wireTypeOrNull(v)));
    w.u8(ok ? 1 : 0);
    if (ok) writeValue(w, v, t);
  }
  return w.done();
}

/** A request to save the module globals (the reply is a tuple of `state`'s values). */
export function encodeSave(launch: number, core: number, build: ServiceBuild): Buffer {
  const w = new Writer();
  w.u32(0);
  w.u32(launch);
  w.u16(core);
  w.u16(build.entries.length);
  return w.done();
}

/** The entry view of the save/restore requests, for decodeReply. */
export function stateEntries(build: ServiceBuild): { save: EntryInfo; restore: EntryInfo } {
  const none: Signature = { name: "<state>", args: [], refs: [] };
  return {
    save: { sig: none, ret: { k: "tuple", elts: build.state.map(([, t]) => t) }, globals: [] },
    restore: { sig: none, ret: NONE, globals: [] },
  };
}

function wireTypeOrNull(w: Wire): Ty {
  try {
    return wireType(w, "value");
  } catch {
    return { k: "tuple", elts: [] }; // fits no global
  }
}

class Reader {
  at = 0;
  constructor(private readonly b: Buffer) {}
  u16(): number { const v = this.b.readUInt16LE(this.at); this.at += 2; return v; }
  u32(): number { const v = this.b.readUInt32LE(this.at); this.at += 4; return v; }
  i32(): number { const v = this.b.readInt32LE(this.at); this.at += 4; return v; }
  f64(): number { const v = this.b.readDoubleLE(this.at); this.at += 8; return v; }
  u8(): number { return this.b[this.at++]; }
  str(n: number): string { const s = this.b.toString("utf8", this.at, this.at + n); this.at += n; return s; }
}

function readValue(r: Reader, t: Ty): Wire {
  switch (t.k) {
    case "int": return r.i32();
    case "float": {
      const x = r.f64();
      // Floats that read as int32 integers (and -0.0) are boxed, as the interpreter's values are.
      return (x | 0) === x ? { f: x } : x;
    }
    case "bool": return r.u8() !== 0;
    case "str": return r.str(r.u32());
    case "none": return null;
    case "list": {
      const n = r.u32();
      if (n === NONE_LIST) return null;
      const l: Wire[] = [];
      for (let i = 0; i < n; i++) l.push(readValue(r, t.elem!));
      return { l };
    }
    case "tuple": return { t: t.elts.map((e) => readValue(r, e)) };
    default: throw new Error(`internal error: no native result of type ${describe(t)}`);
  }
}

/** A core's answer: its result and, per argument written back, the array's final elements. */
export interface Reply {
  launch: number;
  core: number;
  value: Wire;
  arrays: Map<number, number[]>;
  /** The final values of the entry's host globals, in its order. */
  globals: Wire[];
}

export function decodeReply(body: Buffer, entryOf: (launch: number) => EntryInfo): Reply {
  const r = new Reader(body);
  const launch = r.u32();
  const core = r.u16();
  const info = entryOf(launch);
  const value = readValue(r, info.ret);
  const arrays = new Map<number, number[]>();
  info.sig.refs.forEach((ref, i) => {
    if (!ref) return;
    const w = readValue(r, info.sig.args[i]) as { l: Wire[] } | null;
    if (w) arrays.set(i, w.l.map(num));
  });
  const globals = info.globals.map(([, t]) => readValue(r, t));
  return { launch, core, value, arrays, globals };
}

// ------------------------------------------------------------------ the process

/** How a service run ended for its unfinished parts: the error report (host.c's text). */
export interface ServiceFailure {
  report: string;
  status: number | null;
}

export interface ServiceOptions {
  cores: number;
  prefix: boolean;
  seed: number;
  /** The service's printed output, as it comes (whole lines, in the order written). */
  write: (text: string) => void;
  onReply: (reply: Buffer) => void;
  onExit: (failure: ServiceFailure) => void;
}

/** One running service executable. */
export class ServiceProcess {
  private readonly child: ChildProcess;
  private readonly dir: string;
  private readonly outFd: number;
  private readonly errFd: number;
  private outAt = 0;
  private pending: Buffer = Buffer.alloc(0);
  private exited = false;

  constructor(exe: string, private readonly o: ServiceOptions) {
    this.dir = mkdtempSync(join(tmpdir(), "epython-native-"));
    this.outFd = openSync(join(this.dir, "out"), "w+");
    this.errFd = openSync(join(this.dir, "err"), "w+");
    const args = ["--cores", String(o.cores), "--seed", String(o.seed >>> 0), ...(o.prefix ? [] : ["--no-prefix"])];
    this.idleCores = new Set(Array.from({ length: o.cores }, (_, i) => i));
    this.later();
    this.child = spawn(exe, args, { stdio: ["pipe", this.outFd, this.errFd, "pipe"] });
    const results = this.child.stdio[3] as Readable;
    results.on("data", (chunk: Buffer) => this.received(chunk));
    // A write to a service that just died: its exit reports the failure.
    (this.child.stdin as Writable).on("error", () => {});
    // "close": the process has exited and its results pipe is drained.
    this.child.on("close", (status) => this.ended(status));
    this.child.on("error", (e) => this.ended(null, `the native service could not start: ${e.message}`));
  }

  /**
   * Whether the service keeps the host's event loop alive: only while it has work, so
   * a host program that forgets close() still exits when it is done.
   */
  hold(on: boolean): void {
    const handles = [this.child, this.child.stdio[3], this.child.stdin] as ({ ref?: () => void; unref?: () => void } | null)[];
    for (const h of handles) (on ? h?.ref : h?.unref)?.call(h);
  }

  /** Queues a request for `core`; the requests of one tick (a launch's parts) leave in one write. */
  send(request: Buffer, core: number): void {
    if (this.exited) return;
    this.outgoing.push(request);
    this.busyCores.add(core);
    this.idleCores.delete(core);
    this.later();
  }
  private outgoing: Buffer[] = [];
  private readonly busyCores = new Set<number>();
  /** Cores the host has no kernel for (all of them at first): the service's deadlock detection leaves them out. */
  private readonly idleCores: Set<number>;

  /** Declares that the host has no kernel for `core` now (service.h's idle control). */
  idle(core: number): void {
    if (this.exited) return;
    this.idleCores.add(core);
    this.busyCores.delete(core);
    this.later();
  }

  private flushing = false;
  private later(): void {
    if (this.flushing) return;
    this.flushing = true;
    queueMicrotask(() => this.flush());
  }

  /** One write: the busy cores of the batch, its requests, then the idle cores. */
  private flush(): void {
    this.flushing = false;
    const frames = [control(0, this.busyCores), ...this.outgoing, control(1, this.idleCores)].filter((b): b is Buffer => b !== null);
    this.outgoing = [];
    this.busyCores.clear();
    this.idleCores.clear();
    if (!this.exited && frames.length) (this.child.stdin as Writable).write(frames.length === 1 ? frames[0] : Buffer.concat(frames));
  }

  /** Ends the service: it finishes its queued requests and exits when stdin closes. */
  close(): void {
    if (this.outgoing.length) this.flush();
    if (!this.exited) (this.child.stdin as Writable).end();
  }

  kill(): void {
    if (!this.exited) this.child.kill("SIGKILL");
  }

  private received(chunk: Buffer): void {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    while (this.pending.length >= 4) {
      const n = this.pending.readUInt32LE(0);
      if (this.pending.length < 4 + n) break;
      const body = this.pending.subarray(4, 4 + n);
      this.pending = this.pending.subarray(4 + n);
      // The core wrote its output before its result: show it first.
      this.drainOutput();
      this.o.onReply(body);
    }
  }

  private drainOutput(): void {
    const size = fstatSync(this.outFd).size;
    if (size <= this.outAt) return;
    const b = Buffer.alloc(size - this.outAt);
    const n = readSync(this.outFd, b, 0, b.length, this.outAt);
    this.outAt += n;
    this.o.write(b.toString("utf8", 0, n));
  }

  private ended(status: number | null, startError?: string): void {
    if (this.exited) return;
    this.exited = true;
    this.drainOutput();
    const size = fstatSync(this.errFd).size;
    const b = Buffer.alloc(size);
    readSync(this.errFd, b, 0, size, 0);
    closeSync(this.outFd);
    closeSync(this.errFd);
    rmSync(this.dir, { recursive: true, force: true });
    this.o.onExit({ report: startError ?? b.toString("utf8"), status });
  }

  get running(): boolean {
    return !this.exited;
  }
}
