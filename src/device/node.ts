// The cores that run on one thread, and the device operations they call.
//
// A DeviceNode owns a set of cores (all of them when the run uses one thread, a
// contiguous block of ids on each worker otherwise), drives them through the
// DeviceCore interface (src/vm/driver.ts) from its ready queue in slices, and gives
// each core its port (src/vm/port.ts; the core's CoreSlot implements it): channels
// between its own cores directly, messages to cores of other workers through its
// RemoteLink, collectives locally or through the coordinator, input through the
// run's line source (synchronous, or asynchronous: the core blocks until the line
// arrives).
//
// Invariants:
//  - a core's `wait` is set exactly while it is BLOCKED; `wake` clears it and queues
//    the core with the operation's result pushed on its stack;
//  - an operation that can complete at once returns its value and never blocks (so a
//    running core is never woken by its own call);
//  - an error that belongs to a blocked core (a mismatched sendrecv, out of memory
//    while receiving, a failed collective) fails that core with its traceback.

import type { Program } from "../bytecode/code.js";
import { Core, type CoreOptions } from "../vm/core.js";
import { type DeviceCore, RUN_BLOCKED, RUN_DONE } from "../vm/driver.js";
import { type ChainedError, type GroupMember, PyError, type ErrorKind } from "../vm/errors.js";
import { listBytes } from "../vm/memory.js";
import { type Blocking, type CollectiveOp, type CorePort, type SendMode, waitMs } from "../vm/port.js";
import { Cell, PyFunction, PyList, PyModule, PyTuple, SUSPEND, type Value } from "../vm/values.js";
import { TimeLimitReached } from "../vm/watchdog.js";
import {
  accepts, type Batch, Channel, describeWait, isRecvWait, kindName, type Message, MSG_REF, MSG_SEND,
  MSG_SENDRECV, type RecvWait, type SendWait, type Wait,
} from "./channels.js";
import { type CollectiveFailure, type CollectiveResult, completeRound, type Contribution, contributionError, isFailure } from "./collectives.js";
import type { Layout } from "./layout.js";
import { CoreOutput } from "./output.js";
import { BLOCKED, DONE, FAILED, READY, ReadyQueue, RUNNING, SLICE } from "./scheduler.js";
import { CoreCounters, type StatsRow, statsRow } from "./stats.js";
import { epochMs, TraceRecorder } from "./trace.js";
import { decode, encode, type Wire, wireBytes } from "./wire.js";

/** Longest single wait of an idle node for a sleeping core (ms). */
const SLEEP_CHUNK_MS = 20;

/** How one core stands at the end of a run (for reports). */
export interface CoreSummary {
  id: number;
  label: string;
  /** "running": it could run on (it was preempted, or had not started). */
  state: "finished" | "blocked" | "running" | "failed";
  /** A running core that had not run an instruction yet (its thread had not reached it). */
  notStarted?: boolean;
  /** The operation a blocked core waits in ("recv from core 3"), and its peer core. */
  waiting?: string;
  peer?: number;
  /** True when the core waits in a collective. */
  collective?: boolean;
  /** A finished core's non-zero exit() status. */
  exitStatus?: number;
  file?: string;
  line?: number;
  func?: string;
}

/** A core's runtime error, in a form that crosses threads. */
export interface FailureInfo {
  core: number;
  kind: ErrorKind;
  message: string;
  traceback: { file: string; line: number; func: string }[];
  /** The exceptions chained before it (`__cause__`/`__context__`), outermost first. */
  chain: ChainedError[];
  /** An exception group's members (vm/exceptionGroups.ts). */
  group?: GroupMember[] | null;
  /** The lines of its `__notes__` (vm/exceptionNotes.ts). */
  notes?: string[] | null;
  /** The device's explanation shown under the report's header (PyError.detail). */
  detail?: string | null;
  /** The "Did you mean" name of the report's last line (PyError.suggestion). */
  suggestion?: string | null;
}

/** Messages to cores of other workers, and collectives across workers. */
export interface RemoteLink {
  sendMessages(src: number, dst: number, kind: number, payloads: Wire[], ackId: number, flows: number[] | null): void;
  sendAck(sender: number, ackId: number): void;
  /** Sends this worker's part of collective round `seq` to every other worker. */
  contribute(seq: number, entries: Contribution[]): void;
}

export interface NodeOptions {
  program: Program;
  layout: Layout;
  /** Ids of the cores this node runs. */
  local: readonly number[];
  seed: number;
  float64: boolean;
  /** Python 3 ints beyond the word: big ints ("promote", the default) or OverflowError. */
  intOverflow?: "promote" | "error";
  prefix: boolean;
  /** Program output, whole lines with their prefixes. */
  write: (line: string) => void;
  warn: (text: string) => void;
  /** Program output to standard error, whole lines with their prefixes (default: write). */
  writeError?: (line: string) => void;
  /** sys.argv of every core. */
  argv?: readonly string[];
  /** The program's source texts (DeviceOptions.sources). */
  sources?: ReadonlyMap<string, string>;
  /**
   * Input lines: a line or null at end of input, now or later (a promise: the core
   * blocks until it settles). Absent: input is at its end.
   */
  readLine?: LineSource;
  /** readLine's lines keep their newline (DeviceOptions.lineNewlines); else one is added. */
  lineNewlines?: boolean;
  /** Makes a core (default: the bytecode interpreter's Core). */
  createCore?: CoreFactory;
  /** Start of the run (ms since the epoch), for -t and --trace. */
  originMs: number;
  timing: boolean;
  trace: boolean;
  link: RemoteLink | null;
  /** Number of worker threads in the run (1 when this node is the only one). */
  workers: number;
  /** Bytecode size and instruction count of the program (for --stats). */
  codeBytes: number;
  codeInstructions: number;
  /**
   * Service mode (a persistent device that runs kernels, src/device/service.ts):
   * called when a core ends its main module or a kernel — `error` null when it
   * returned. A failing core then fails only its own kernel: the node keeps running
   * and the core is idle again, ready for the next launch.
   */
  onCoreEnd?: (core: number, error: PyError | null) => void;
}

/** Where input lines come from: at once, or asynchronously. */
export type LineSource = (prompt: string) => string | null | Promise<string | null>;

/** Makes a core for the device: its program, identity, memory and port. */
export type CoreFactory = (program: Program, opts: CoreOptions & { port: CorePort }) => DeviceCore;

const bytecodeCore: CoreFactory = (program, opts) => new Core(program, opts);

/** One core of this node and its port: the port's operations are the node's, for this core. */
class CoreSlot implements CorePort {
  status = READY;
  /** Service mode: an error to stop this core with when it next comes off the ready queue. */
  abortWith: PyError | null = null;
  wait: Wait | null = null;
  /** Channels to this core, by sender id. */
  readonly inbox = new Map<number, Channel>();
  /** Nonblocking sends not yet received, by destination. */
  outstanding: Map<number, number> | null = null;
  /** Number of collectives this core has entered. */
  collSeq = 0;
  /** When the current wait began (trace µs). */
  waitStart = 0;
  /** Bytes of shared_mem_array data charged, and the most ever. */
  shared = 0;
  sharedPeak = 0;
  readonly counters = new CoreCounters();
  readonly core: DeviceCore;
  constructor(private readonly node: DeviceNode, readonly out: CoreOutput, readonly err: CoreOutput, readonly index: number, create: (port: CorePort) => DeviceCore) {
    this.core = create(this);
  }

  // CorePort
  send(values: Value[], dest: number, mode: SendMode): Blocking {
    return this.node.sendValues(this, values, dest, mode);
  }
  recv(src: number, count: number | null): Blocking {
    return this.node.recvValues(this, src, count);
  }
  exchange(values: Value[], peer: number, count: number | null): Blocking {
    return this.node.exchange(this, values, peer, count);
  }
  testSent(dest: number): boolean {
    return this.node.testSent(this, dest);
  }
  waitSent(dest: number): Blocking {
    return this.node.waitSent(this, dest);
  }
  probe(src: number): boolean {
    return this.node.probe(this, src);
  }
  collective(op: CollectiveOp, value: Value, arg: number | string | null): Blocking {
    return this.node.collective(this, op, value, arg);
  }
  chargeShared(bytes: number): void {
    this.node.chargeShared(this, bytes);
  }
  write(text: string): void {
    this.out.write(text);
  }
  writeError(text: string): void {
    this.err.write(text);
  }
  input(prompt: string, finish: (line: string | null) => Value): Blocking {
    return this.node.input(this, prompt, finish);
  }
  held(): Iterable<Value> {
    return isRecvWait(this.wait) ? this.wait.got : [];
  }
  sleep(seconds: number): Blocking {
    return this.node.sleep(this, seconds);
  }
}

/**
 * The k-th collective of every core. Each worker completes the round itself once it
 * has every worker's part (its own cores' contributions plus one message from each
 * other worker), so all workers compute the same result with no coordinator hop.
 */
interface Round {
  /** Contributions and slots of this node's cores. */
  local: Contribution[];
  slots: CoreSlot[];
  /** Contributions of every core so far, and how many workers' parts are in. */
  all: Contribution[];
  parts: number;
}

export class DeviceNode {
  readonly slots: CoreSlot[] = [];
  readonly ready = new ReadyQueue<CoreSlot>();
  /** Cores not yet finished. */
  live = 0;
  failure: FailureInfo | null = null;
  /** The failing core's error object itself (it keeps the cause of an internal error). */
  failureError: PyError | null = null;
  readonly trace: TraceRecorder | null;
  private readonly byIndex: (CoreSlot | undefined)[];
  private readonly rounds = new Map<number, Round>();
  /** Sends to other workers awaiting their acknowledgement, by batch id. */
  private readonly pendingRemote = new Map<number, Batch>();
  private nextBatchId = 1;
  private flowSeq = 1;
  private spillWarned = false;
  /** Cores waiting for an asynchronous input line. */
  awaitingInput = 0;
  /** Called when an asynchronous input line has arrived (its core is ready again). */
  onInput: (() => void) | null = null;

  constructor(readonly opts: NodeOptions) {
    const { layout } = opts;
    this.byIndex = new Array(layout.total);
    this.trace = opts.trace ? new TraceRecorder(opts.originMs) : null;
    for (const id of opts.local) {
      const spec = layout.spec(id);
      const prefix = opts.prefix ? `[${spec.label}] ` : "";
      const out = new CoreOutput(prefix, opts.write);
      const err = new CoreOutput(prefix, opts.writeError ?? opts.write);
      const create = opts.createCore ?? bytecodeCore;
      const slot = new CoreSlot(this, out, err, layout.indexOf[id], (port) => create(opts.program, {
        id, numCores: layout.total, isHost: spec.isHost, coreType: spec.type, float32: !opts.float64, intOverflow: opts.intOverflow,
        memory: spec.memory, randomSeed: (opts.seed + id * 7919) >>> 0, port, argv: opts.argv, sources: opts.sources,
        // A persistent device's module outlives its top level: kernels may use its generators.
        keepGeneratorsAtEnd: opts.onCoreEnd !== undefined,
      }));
      if (!spec.dataShared) slot.core.mem.onSpill = (used, local) => this.warnSpill(id, used, local);
      this.byIndex[slot.index] = slot;
      this.slots.push(slot);
    }
  }

  // ------------------------------------------------------------ running

  start(): void {
    for (const s of this.slots) {
      s.core.start();
      this.ready.push(s);
      this.live++;
    }
  }

  /**
   * Runs ready cores until none is ready, a core fails, or `pause()` says to stop
   * (checked between slices). Returns the number of slices run.
   */
  runReady(pause: () => boolean): number {
    const timed = this.opts.timing || this.trace !== null;
    let n = 0;
    for (;;) {
      if (this.failure) return n;
      if (this.sleepers.length > 0) {
        this.wakeSleepers();
        // Only sleepers left: give the caller its chance to stop (time limit, step budget).
        if (this.ready.size === 0) {
          if (pause()) return n;
          continue;
        }
      }
      const slot = this.ready.shift();
      if (!slot) return n;
      if (slot.abortWith) {
        const e = slot.abortWith;
        slot.abortWith = null;
        this.fail(slot, slot.core.raise(e, true));
        continue;
      }
      n++;
      slot.status = RUNNING;
      const t0 = timed ? epochMs() : 0;
      let status: number;
      try {
        status = slot.core.run(SLICE);
      } catch (e) {
        this.fail(slot, e);
        return n;
      }
      if (timed) this.ranSlice(slot, t0);
      if (status === RUN_DONE || slot.core.finished) this.finish(slot);
      else if (status === RUN_BLOCKED) {
        slot.status = BLOCKED;
        if (this.trace) slot.waitStart = this.trace.now();
      } else {
        slot.status = READY;
        this.ready.push(slot);
      }
      if (pause()) return n;
    }
  }

  private ranSlice(slot: CoreSlot, t0: number): void {
    const t1 = epochMs();
    slot.counters.busyMs += t1 - t0;
    if (this.trace) this.trace.slice(slot.core.id, "run", "run", this.trace.at(t0), this.trace.at(t1));
  }

  private finish(slot: CoreSlot): void {
    slot.status = DONE;
    const open = this.endsRun();
    slot.out.flush(open);
    slot.err.flush(open);
    slot.counters.endMs = epochMs() - this.opts.originMs;
    this.live--;
    this.opts.onCoreEnd?.(slot.core.id, null);
  }

  /**
   * Whether the core ending now is the last of the whole run, so no output can follow
   * its own: the only live core, on a run of one worker thread, outside service mode
   * (where a core ends a kernel and runs the next). Its unterminated last line then
   * stays unterminated, as CPython leaves a program's output.
   */
  private endsRun(): boolean {
    return this.live === 1 && this.opts.workers === 1 && !this.opts.onCoreEnd;
  }

  /** Records a core's runtime error (the run stops). */
  private fail(slot: CoreSlot, e: unknown): void {
    slot.status = FAILED;
    const open = this.endsRun();
    slot.out.flush(open);
    slot.err.flush(open);
    const err = e instanceof PyError ? e : new PyError("RuntimeError", `internal error: ${e instanceof Error ? e.message : String(e)}`);
    if (!(e instanceof PyError) && e instanceof Error) err.cause = e;
    if (this.opts.onCoreEnd) {
      // Service mode: only this core's kernel fails; the core is idle again.
      slot.status = DONE;
      slot.wait = null;
      this.live--;
      this.opts.onCoreEnd(slot.core.id, err);
      return;
    }
    if (this.failure) return;
    this.failure = { core: slot.core.id, kind: err.kind, message: err.pyMessage, traceback: [...err.traceback], chain: err.chain, group: err.group, notes: err.notes, detail: err.detail, suggestion: err.suggestion };
    this.failureError = err;
  }

  /** Fails a blocked core with an error raised on its behalf, adding its traceback. */
  private failBlocked(slot: CoreSlot, e: unknown): void {
    this.fail(slot, slot.core.raise(e));
  }

  private warnSpill(core: number, used: number, local: number): void {
    if (this.spillWarned) return;
    this.spillWarned = true;
    this.opts.warn(
      `warning: core ${core} needs ${used.toLocaleString("en-US")} bytes of data but has ${local.toLocaleString("en-US")} bytes of local memory; ` +
      `data spills to its slice of shared memory (slower). Other cores may spill too; use --strict-memory to make this an error.`,
    );
  }

  /** Queues a blocked core with `value` as the result of its operation (none with `push` false: it raises). */
  private wake(slot: CoreSlot, value: Value, push = true): void {
    if (push) slot.core.resume(value);
    if (this.trace && slot.wait) this.trace.slice(slot.core.id, describeWait(slot.wait), "wait", slot.waitStart, this.trace.now());
    slot.wait = null;
    slot.status = READY;
    this.ready.push(slot);
  }

  private block(slot: CoreSlot, wait: Wait): typeof SUSPEND {
    slot.wait = wait;
    return SUSPEND;
  }

  // ------------------------------------------------------------ service mode

  /** The core `id` of this node (service mode reaches a core's globals through it). */
  coreOf(id: number): DeviceCore | undefined {
    return this.local(id)?.core;
  }

  /** True when the core has ended its program or kernel (service mode: free for a launch). */
  isIdle(id: number): boolean {
    const s = this.local(id);
    return !!s && (s.status === DONE || s.status === FAILED);
  }

  /** Service mode: starts an idle core on what `begin` sets up (a kernel call). */
  launch(id: number, begin: (core: DeviceCore) => void): void {
    const s = this.local(id)!;
    begin(s.core);
    s.status = READY;
    s.abortWith = null;
    this.live++;
    this.ready.push(s);
  }

  /** Service mode: stops a busy core's kernel with `error` (a time limit, a deadlock). */
  abort(id: number, error: PyError): void {
    const s = this.local(id)!;
    if (s.status === BLOCKED) this.failBlocked(s, error);
    else if (s.status === READY || s.status === RUNNING) s.abortWith = error;
  }

  /** Cores of this node that are blocked (for a service's deadlock report). */
  blockedCores(): number[] {
    return this.slots.filter((s) => s.status === BLOCKED).map((s) => s.core.id);
  }

  /**
   * Service mode, with every core idle after a kernel failed: drops messages no
   * kernel will receive and half-finished collective rounds, so the next kernel
   * starts from a clean network.
   */
  resetCommunication(): void {
    for (const s of this.slots) {
      s.inbox.clear();
      s.outstanding = null;
      s.collSeq = 0;
      s.wait = null;
    }
    this.rounds.clear();
    this.pendingRemote.clear();
  }

  // ------------------------------------------------------------ lookups

  /** The slot of a core on this node, or undefined for a core of another worker. */
  private local(id: number): CoreSlot | undefined {
    return this.byIndex[this.opts.layout.indexOf[id]];
  }

  private channel(to: CoreSlot, from: number): Channel {
    let ch = to.inbox.get(from);
    if (!ch) {
      ch = new Channel();
      to.inbox.set(from, ch);
    }
    return ch;
  }

  /** Checks a peer id: a core of the run, and not the caller (unless allowed). */
  private checkPeer(me: CoreSlot, peer: number, op: string, original: string, self = false): void {
    const layout = this.opts.layout;
    if (!layout.has(peer)) {
      throw new PyError("ValueError", `${original}: core ${me.core.id} called ${op}() with core ${peer}, but the cores are ${layout.describeIds()}`);
    }
    if (!self && peer === me.core.id) {
      throw new PyError("DeadlockError", `core ${peer} called ${op}() with itself as the other core; this can never complete`);
    }
  }

  // ------------------------------------------------------------ point to point

  sendValues(me: CoreSlot, values: Value[], dest: number, mode: SendMode): Blocking {
    const op = mode === "reference" ? "expose" : mode === "nonblocking" ? "nonblocking_send" : "send";
    this.checkPeer(me, dest, op, "Attempting to send to non-existent or inactive process");
    const to = this.local(dest);
    let kind = MSG_SEND;
    let payloads: (Wire | Value)[] = values;
    if (mode === "reference") {
      if (!to) {
        throw new PyError("RuntimeError", `expose(): cores ${me.core.id} and ${dest} run on different worker threads, so they cannot share data; run with --workers 1`);
      }
      kind = MSG_REF;
    } else {
      payloads = new Array(values.length);
      for (let i = 0; i < values.length; i++) payloads[i] = encode(me.core, values[i]);
    }
    if (values.length === 0) return null;
    const blocking = mode !== "nonblocking";
    const batch: Batch = { remaining: values.length, sender: me.core.id, dest, blocking, remoteId: -1 };
    if (!blocking) this.addOutstanding(me, dest, 1);
    const flows = this.countSent(me, dest, payloads, kind);
    if (to) {
      const ch = this.channel(to, me.core.id);
      for (let i = 0; i < payloads.length; i++) {
        const p = payloads[i];
        ch.push({ kind, payload: p, bytes: kind === MSG_REF ? 4 : wireBytes(p as Wire), batch, flow: flows ? flows[i] : 0 });
      }
      this.offer(to, me.core.id);
    } else {
      const id = this.nextBatchId++;
      this.pendingRemote.set(id, batch);
      this.opts.link!.sendMessages(me.core.id, dest, kind, payloads as Wire[], id, flows);
    }
    if (!blocking || batch.remaining === 0) return null;
    return this.block(me, { op: mode === "reference" ? "expose" : "send", peer: dest, batch });
  }

  recvValues(me: CoreSlot, src: number, count: number | null): Blocking {
    this.checkPeer(me, src, "recv", "Attempting to receive from non-existent or inactive process");
    return this.receive(me, { op: "recv", peer: src, need: count ?? 1, got: [], asList: count !== null });
  }

  exchange(me: CoreSlot, values: Value[], peer: number, count: number | null): Blocking {
    this.checkPeer(me, peer, "sendrecv", "Attempting to sendrecv with non-existent or inactive process");
    const payloads = values.map((v) => encode(me.core, v));
    const flows = this.countSent(me, peer, payloads, MSG_SENDRECV);
    const to = this.local(peer);
    if (to) {
      const ch = this.channel(to, me.core.id);
      payloads.forEach((p, i) => ch.push({ kind: MSG_SENDRECV, payload: p, bytes: wireBytes(p), batch: null, flow: flows ? flows[i] : 0 }));
      this.offer(to, me.core.id);
    } else if (payloads.length) {
      this.opts.link!.sendMessages(me.core.id, peer, MSG_SENDRECV, payloads, -1, flows);
    }
    return this.receive(me, { op: "sendrecv", peer, need: values.length, got: [], asList: count !== null });
  }

  /** Completes a receive at once if its messages are there, else blocks the core. */
  private receive(me: CoreSlot, wait: RecvWait): Blocking {
    if (this.pump(me, wait)) return this.received(me, wait);
    return this.block(me, wait);
  }

  private received(me: CoreSlot, wait: RecvWait): Value {
    return wait.asList ? me.core.newList(wait.got) : wait.got[0];
  }

  private countSent(me: CoreSlot, dest: number, payloads: (Wire | Value)[], kind: number): number[] | null {
    const c = me.counters;
    c.messagesSent += payloads.length;
    const trace = this.trace;
    const flows: number[] | null = trace ? [] : null;
    const now = trace ? trace.now() : 0;
    for (let i = 0; i < payloads.length; i++) {
      const bytes = kind === MSG_REF ? 4 : wireBytes(payloads[i] as Wire);
      c.bytesSent += bytes;
      if (flows) {
        const flow = this.flowSeq++ * (this.opts.layout.indexOf.length + 1) + me.core.id + 1;
        flows.push(flow);
        trace!.flowOut(me.core.id, flow, now, dest, bytes);
      }
    }
    return flows;
  }

  /**
   * Takes messages for a receive from the head of its channel. Returns true when the
   * receive has all its values. Throws on a message of the wrong kind (send met by
   * sendrecv or the reverse) and on decoding errors (out of memory).
   */
  private pump(me: CoreSlot, wait: RecvWait): boolean {
    const ch = me.inbox.get(wait.peer);
    while (wait.need > 0 && ch && ch.size > 0) {
      const m = ch.peek()!;
      if (!accepts(wait, m.kind)) throw this.mismatch(me, wait, m);
      ch.shift();
      const v = m.kind === MSG_REF ? (m.payload as Value) : decode(me.core, m.payload as Wire);
      wait.got.push(v);
      wait.need--;
      me.counters.messagesReceived++;
      me.counters.bytesReceived += m.bytes;
      if (m.flow && this.trace) this.trace.flowIn(me.core.id, m.flow, this.trace.now());
      if (m.batch && --m.batch.remaining === 0) this.acknowledge(m.batch);
    }
    return wait.need === 0;
  }

  private mismatch(me: CoreSlot, wait: RecvWait, m: Message): PyError {
    const self = me.core.id;
    const other = kindName(m.kind);
    return new PyError("DeadlockError",
      `core ${self} called ${wait.op}(${wait.peer}) but core ${wait.peer} called ${other}(${self}): ` +
      `sendrecv must be matched by sendrecv on the other core, and send by recv`);
  }

  /** A message for `to` from `from` has arrived: let a matching receive progress. */
  private offer(to: CoreSlot, from: number): void {
    const w = to.wait;
    if (to.status !== BLOCKED || !isRecvWait(w) || w.peer !== from) return;
    try {
      if (this.pump(to, w)) this.wake(to, this.received(to, w));
    } catch (e) {
      this.failBlocked(to, e);
    }
  }

  /** Every message of a send has been received: release the sender. */
  private acknowledge(batch: Batch): void {
    if (batch.remoteId >= 0) {
      this.opts.link!.sendAck(batch.sender, batch.remoteId);
      return;
    }
    const s = this.local(batch.sender)!;
    if (batch.blocking) {
      if (s.status === BLOCKED && (s.wait as SendWait | null)?.batch === batch) this.wake(s, null);
      return;
    }
    const left = this.addOutstanding(s, batch.dest, -1);
    if (left === 0 && s.status === BLOCKED && s.wait?.op === "wait_sent" && s.wait.peer === batch.dest) this.wake(s, true);
  }

  private addOutstanding(s: CoreSlot, dest: number, delta: number): number {
    const m = (s.outstanding ??= new Map());
    const n = (m.get(dest) ?? 0) + delta;
    if (n === 0) m.delete(dest);
    else m.set(dest, n);
    return n;
  }

  testSent(me: CoreSlot, dest: number): boolean {
    this.checkPeer(me, dest, "test_sent", "Attempting to send to non-existent or inactive process", true);
    return !me.outstanding?.get(dest);
  }

  waitSent(me: CoreSlot, dest: number): Blocking {
    this.checkPeer(me, dest, "wait_sent", "Attempting to send to non-existent or inactive process", true);
    if (!me.outstanding?.get(dest)) return true;
    return this.block(me, { op: "wait_sent", peer: dest });
  }

  probe(me: CoreSlot, src: number): boolean {
    this.checkPeer(me, src, "probe", "Attempting to receive from non-existent or inactive process", true);
    return (me.inbox.get(src)?.size ?? 0) > 0;
  }

  // ------------------------------------------------------------ time.sleep

  /** Cores in time.sleep(). runReady does not return for lack of work while any sleeps. */
  private readonly sleepers: CoreSlot[] = [];
  get sleeping(): number {
    return this.sleepers.length;
  }

  sleep(me: CoreSlot, seconds: number): Blocking {
    if (!(seconds > 0)) return null;
    this.sleepers.push(me);
    return this.block(me, { op: "sleep", at: performance.now() + seconds * 1000 });
  }

  /**
   * Wakes the sleepers whose time has come. With no core ready, first waits (a futex
   * wait, not a spin) for the earliest one, at most SLEEP_CHUNK_MS so that the run
   * loop still sees its time limit and other workers' messages.
   */
  private wakeSleepers(): void {
    const list = this.sleepers;
    if (this.ready.size === 0) {
      let earliest = Infinity;
      for (const s of list) if (s.wait?.op === "sleep") earliest = Math.min(earliest, s.wait.at);
      waitMs(Math.min(SLEEP_CHUNK_MS, earliest - performance.now()));
    }
    const now = performance.now();
    for (let i = list.length - 1; i >= 0; i--) {
      const s = list[i];
      const w = s.wait;
      // A core stopped while asleep (service mode) is no longer waiting here.
      if (s.status !== BLOCKED || w?.op !== "sleep") list.splice(i, 1);
      else if (w.at <= now) {
        list.splice(i, 1);
        this.wake(s, null);
      }
    }
  }

  // ------------------------------------------------------------ input

  /**
   * input(): a line from the run's line source. A synchronous source answers at
   * once; an asynchronous one blocks the core (other cores run on) until the line
   * arrives, and `finish` then makes the call's result on the core's behalf.
   */
  input(me: CoreSlot, prompt: string, lineFinish: (line: string | null) => Value): Blocking {
    const line = this.opts.readLine ? this.opts.readLine(classicPrompt(this.opts, this.opts.layout.spec(me.core.id).label, prompt)) : null;
    // The core reads each line with its newline (vm/port.ts LineReader).
    const finish = this.opts.lineNewlines ? lineFinish : (l: string | null) => lineFinish(l === null ? null : l + "\n");
    if (!(line instanceof Promise)) return finish(line);
    this.awaitingInput++;
    const arrived = (result: () => Value) => {
      this.awaitingInput--;
      if (me.status === BLOCKED && me.wait?.op === "input") {
        try {
          this.wake(me, result());
        } catch (e) {
          // input()'s own error (EOFError at the end of input) is the program's to
          // catch, as when the line was there at once: raised where the core resumes.
          if (!(e instanceof PyError) || e.internal) this.failBlocked(me, e);
          else {
            me.core.resumeRaising(e);
            this.wake(me, null, false);
          }
        }
      }
      this.onInput?.();
    };
    line.then(
      (text) => arrived(() => finish(text)),
      (e: unknown) => arrived(() => {
        throw new PyError("RuntimeError", `input(): cannot read a line (${e instanceof Error ? e.message : String(e)})`);
      }),
    );
    return this.block(me, { op: "input" });
  }

  // ------------------------------------------------------------ remote arrivals

  /** Messages from a core of another worker. */
  deliverRemote(src: number, dst: number, kind: number, payloads: Wire[], ackId: number, flows: number[] | null): void {
    const to = this.local(dst)!;
    const batch: Batch | null = ackId >= 0 ? { remaining: payloads.length, sender: src, dest: dst, blocking: true, remoteId: ackId } : null;
    const ch = this.channel(to, src);
    payloads.forEach((p, i) => ch.push({ kind, payload: p, bytes: wireBytes(p), batch, flow: flows ? flows[i] : 0 }));
    this.offer(to, src);
  }

  /** A core of another worker received every message of one of our sends. */
  ackRemote(ackId: number): void {
    const batch = this.pendingRemote.get(ackId);
    if (!batch) return;
    this.pendingRemote.delete(ackId);
    this.acknowledge(batch);
  }

  // ------------------------------------------------------------ collectives

  collective(me: CoreSlot, op: CollectiveOp, value: Value, arg: number | string | null): Blocking {
    const layout = this.opts.layout;
    if ((op === "bcast" || op === "gather" || op === "scatter") && !layout.has(arg as number)) {
      throw new PyError("ValueError", `${op}(): root ${arg} is not a core of the run (the cores are ${layout.describeIds()})`);
    }
    const wire = op === "sync" ? null : encode(me.core, value);
    const own = contributionError({ core: me.core.id, op, arg, value: wire }, layout.total);
    if (own) throw new PyError(own.kind, own.message);
    me.counters.collectives++;
    if (op !== "sync") me.counters.bytesSent += wireBytes(wire);
    const seq = me.collSeq++;
    const round = this.round(seq);
    round.local.push({ core: me.core.id, op, arg, value: wire });
    round.slots.push(me);
    const wait: Wait = { op, seq, arg };
    if (round.local.length < this.slots.length) return this.block(me, wait);
    // This node's part of the round is complete: share it with the other workers.
    this.opts.link?.contribute(seq, round.local);
    const outcome = this.addPart(seq, round, round.local);
    if (!outcome) return this.block(me, wait);
    if (isFailure(outcome) && outcome.core === me.core.id) throw new PyError(outcome.kind, outcome.message);
    me.wait = wait;
    this.finishRound(round, outcome);
    if (me.status === FAILED || this.failure) return SUSPEND;
    me.wait = null;
    const result = resultFor(outcome as CollectiveResult, me.core.id);
    if (op !== "sync") me.counters.bytesReceived += wireBytes(result);
    return decode(me.core, result);
  }

  private round(seq: number): Round {
    let round = this.rounds.get(seq);
    if (!round) {
      round = { local: [], slots: [], all: [], parts: 0 };
      this.rounds.set(seq, round);
    }
    return round;
  }

  /** Adds one worker's part of a round; completes the round when every part is in. */
  private addPart(seq: number, round: Round, entries: Contribution[]): CollectiveResult | CollectiveFailure | null {
    for (const e of entries) round.all.push(e);
    if (++round.parts < this.opts.workers) return null;
    this.rounds.delete(seq);
    round.all.sort((a, b) => a.core - b.core);
    return completeRound(round.all, !this.opts.float64, this.opts.program.dialect === "python3" && this.opts.intOverflow !== "error");
  }

  /** Another worker's part of a collective round. */
  collectivePart(seq: number, entries: Contribution[]): void {
    const round = this.round(seq);
    const outcome = this.addPart(seq, round, entries);
    if (outcome) this.finishRound(round, outcome);
  }

  /** Wakes every blocked core of a round with its result (the caller's is returned by collective). */
  private finishRound(round: Round, outcome: CollectiveResult | CollectiveFailure): void {
    if (isFailure(outcome)) {
      const slot = round.slots.find((s) => s.core.id === outcome.core);
      if (slot) this.failBlocked(slot, new PyError(outcome.kind, outcome.message));
      return;
    }
    for (const s of round.slots) {
      if (s.status !== BLOCKED) continue;
      const w = resultFor(outcome, s.core.id);
      try {
        if (s.wait?.op !== "sync") s.counters.bytesReceived += wireBytes(w);
        this.wake(s, decode(s.core, w));
      } catch (e) {
        this.failBlocked(s, e);
        return;
      }
    }
  }

  // ------------------------------------------------------------ memory

  /**
   * Charges a shared_mem_array allocation to the core's slice of shared memory.
   * When the slice looks full, the live shared lists are recounted from the core's
   * roots first (the core's collector does not count them: they are not local).
   */
  chargeShared(me: CoreSlot, bytes: number): void {
    const core = me.core;
    const spec = this.opts.layout.spec(core.id);
    const spilled = () => Math.max(0, me.core.mem.used - me.core.mem.limits.local);
    if (me.shared + bytes + spilled() > spec.sharedSlice) {
      // Usage past local memory may be garbage awaiting an (amortised) collection.
      me.shared = liveSharedBytes(me.core);
      me.core.mem.collect();
    }
    if (me.shared + bytes + spilled() > spec.sharedSlice) {
      throw new PyError("MemoryError",
        `core ${core.id} out of shared memory allocating a shared_mem_array of ${bytes.toLocaleString("en-US")} bytes; ` +
        `${(me.shared + spilled()).toLocaleString("en-US")} of its ${spec.sharedSlice.toLocaleString("en-US")}-byte shared slice in use`);
    }
    me.shared += bytes;
    if (me.shared > me.sharedPeak) me.sharedPeak = me.shared;
  }

  // ------------------------------------------------------------ reports

  summaries(): CoreSummary[] {
    return this.slots.map((s) => {
      const spec = this.opts.layout.spec(s.core.id);
      const base = { id: s.core.id, label: spec.label };
      if (s.status === DONE) return { ...base, state: "finished" as const, ...(s.core.exitStatus ? { exitStatus: s.core.exitStatus } : {}) };
      const where = s.core.position(s.status === BLOCKED) ?? {};
      if (s.status === FAILED) {
        // Stopped by the time limit inside a long builtin: it was running, at the
        // innermost line of its traceback (its frames are unwound by now).
        const err = this.failure?.core === s.core.id ? this.failureError : null;
        if (err instanceof TimeLimitReached) {
          const at = err.traceback[err.traceback.length - 1];
          return { ...base, state: "running" as const, ...(at ? { file: at.file, line: at.line, func: at.func } : where) };
        }
        return { ...base, state: "failed" as const, ...where };
      }
      const w = s.wait;
      if (s.status === BLOCKED && w) {
        const peer = "peer" in w ? w.peer : undefined;
        return { ...base, state: "blocked" as const, waiting: describeWait(w), peer, collective: "seq" in w, ...where };
      }
      // Not yet run (another worker thread stopped the run first): no place to name.
      if (s.status === READY && s.core.instructions === 0) return { ...base, state: "running" as const, notStarted: true };
      return { ...base, state: "running" as const, ...where };
    });
  }

  statsRows(): StatsRow[] {
    const { layout, codeBytes, codeInstructions } = this.opts;
    return this.slots.map((s) => statsRow(s.core, layout.spec(s.core.id), s.counters, codeBytes, codeInstructions, s.sharedPeak));
  }

  /** Ends every core's partial output line (at the end of the run). */
  flushOutput(): void {
    for (const s of this.slots) {
      s.out.flush();
      s.err.flush();
    }
  }
}

/**
 * The prompt input() shows. Classic programs get the original's form: the core's
 * label before the prompt ("[device 3] Name? "), or "device 3> " without a prompt.
 */
function classicPrompt(opts: NodeOptions, label: string, prompt: string): string {
  if (opts.program.dialect !== "classic" || !opts.prefix) return prompt;
  return prompt ? `[${label}] ${prompt}` : `${label}> `;
}

const perCoreMaps = new WeakMap<CollectiveResult, Map<number, Wire>>();

function resultFor(r: CollectiveResult, core: number): Wire {
  if (!r.perCore) return r.common;
  let m = perCoreMaps.get(r);
  if (!m) perCoreMaps.set(r, (m = new Map(r.perCore)));
  const w = m.get(core);
  return w === undefined ? r.common : w;
}

/** Bytes of the shared_mem_array lists reachable from a core. */
function liveSharedBytes(core: DeviceCore): number {
  const seen = new Set<unknown>();
  let total = 0;
  const work: unknown[] = [...core.mem.roots()];
  while (work.length) {
    const v = work.pop();
    if (typeof v !== "object" || v === null || seen.has(v)) continue;
    seen.add(v);
    // Item by item: push(...items) would pass a long list's items as call arguments
    // (past ~100,000 of them V8 overflows the stack).
    if (v instanceof PyList) {
      if (v.shared) total += listBytes(v.items.length);
      for (const x of v.items) work.push(x);
    } else if (v instanceof PyTuple) for (const x of v.items) work.push(x);
    else if (v instanceof PyModule) for (const x of v.slots) work.push(x);
    else if (v instanceof Cell) work.push(v.value);
    else if (v instanceof PyFunction) for (const x of [...(v.defaults ?? []), ...(v.closure ?? [])]) work.push(x);
  }
  return total;
}
