// Entry point of a worker thread of a multi-worker run: it decodes the program
// image, builds its block of cores (a DeviceNode) and runs them, exchanging
// messages with the other workers and the coordinator (protocol.ts).
//
// Loop invariant: between two slices the worker checks its doorbell with one atomic
// load and drains its ports only when it rang; it flushes its outgoing items after
// every slice (a core that blocked on a remote send must not wait for the batch to
// fill); when nothing is ready it reports idle (if anything changed since its last
// report) and sleeps on the doorbell.

import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { receiveMessageOnPort, workerData } from "node:worker_threads";
import { decodeProgram } from "../bytecode/image.js";
import { setInterruptCheck } from "../vm/watchdog.js";
import { Layout } from "./layout.js";
import { DeviceNode, type RemoteLink } from "./node.js";
import type { Contribution } from "./collectives.js";
import { type PeerItem, ring, STDIN_BYTES, type ToCoordinator, type ToWorker, type WorkerInit } from "./protocol.js";
import type { Wire } from "./wire.js";

const OUTPUT_FLUSH_BYTES = 32 * 1024;
const OUTPUT_FLUSH_MS = 20;
/** How long an idle worker spins before sleeping (only when workers <= CPUs). */
const SPIN_MS = 0.2;

class WorkerLink implements RemoteLink {
  node!: DeviceNode;
  stopping = false;
  /** Items sent to / received from other workers and the coordinator (deadlock detection). */
  sent = 0;
  received = 0;
  private readonly outbox: PeerItem[][];
  private pendingItems = 0;
  private output = "";
  private outputSince = 0;
  private readonly bells: Int32Array;
  private readonly stdin: Int32Array;
  private probeEpoch = -1;
  private lastReport = "";

  constructor(readonly init: WorkerInit) {
    this.outbox = init.peers.map(() => []);
    this.bells = new Int32Array(init.bells);
    this.stdin = new Int32Array(init.stdin);
  }

  get bell(): number {
    return Atomics.load(this.bells, this.init.index);
  }

  /** Busy-waits up to `ms` for the doorbell to move past `seen`; true if it did. */
  spin(seen: number, ms: number): boolean {
    const until = performance.now() + ms;
    while (performance.now() < until) if (Atomics.load(this.bells, this.init.index) !== seen) return true;
    return false;
  }

  /** Sleeps until the doorbell moves past `seen` (or a second passes). */
  sleep(seen: number): void {
    Atomics.wait(this.bells, this.init.index, seen, 1000);
  }

  // ------------------------------------------------------------ RemoteLink

  sendMessages(src: number, dst: number, kind: number, payloads: Wire[], ackId: number, flows: number[] | null): void {
    this.queue(this.init.owner[dst], { t: 0, s: src, d: dst, k: kind, v: payloads, a: ackId, f: flows });
  }

  sendAck(sender: number, ackId: number): void {
    this.queue(this.init.owner[sender], { t: 1, s: sender, a: ackId });
  }

  contribute(seq: number, entries: Contribution[]): void {
    this.init.peers.forEach((port, w) => {
      if (port) this.queue(w, { t: 2, q: seq, e: entries });
    });
  }

  private queue(worker: number, item: PeerItem): void {
    this.outbox[worker].push(item);
    this.pendingItems++;
    this.sent++;
  }

  // ------------------------------------------------------------ traffic

  /**
   * Posts every queued item to its worker. Output printed so far goes first: an
   * item may let another core print, and its line must come after ours.
   */
  flush(): void {
    if (this.pendingItems === 0) return;
    this.flushOutput();
    const bells = this.bells;
    this.outbox.forEach((items, w) => {
      if (!items.length) return;
      this.init.peers[w]!.postMessage(items);
      this.outbox[w] = [];
      ring(bells, w);
    });
    this.pendingItems = 0;
  }

  toCoordinator(m: ToCoordinator): void {
    this.init.control.postMessage(m);
  }

  write(line: string): void {
    if (!this.output) this.outputSince = Date.now();
    this.output += line;
    if (this.output.length >= OUTPUT_FLUSH_BYTES) this.flushOutput();
  }

  /**
   * Sends the buffered output lines. Every batch takes the next number of a counter
   * shared by all workers, and the coordinator writes batches in that order: since
   * a batch is numbered before any item that could make another core print, output
   * keeps the order of cause and effect across workers (lines before a barrier come
   * out before lines after it).
   */
  flushOutput(): void {
    if (!this.output) return;
    const seq = Atomics.add(this.bells, this.init.workers, 1);
    this.toCoordinator({ t: "out", text: this.output, seq });
    this.output = "";
  }

  outputDue(): boolean {
    return this.output.length > 0 && Date.now() - this.outputSince >= OUTPUT_FLUSH_MS;
  }

  /** Handles everything that arrived on the ports. */
  poll(): void {
    this.init.peers.forEach((port) => {
      if (!port) return;
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        for (const item of m.message as PeerItem[]) this.onItem(item);
      }
    });
    this.readControl();
  }

  /** Handles every message waiting on the coordinator's control port. */
  private readControl(): void {
    const control = this.init.control;
    for (let m = receiveMessageOnPort(control); m; m = receiveMessageOnPort(control)) this.onControl(m.message as ToWorker);
  }

  /**
   * True once the coordinator asked this worker to stop (time limit). Reads only the
   * control port, so it is safe in the middle of a builtin (see vm/watchdog.ts).
   */
  stopRequested(): boolean {
    this.readControl();
    return this.stopping;
  }

  private onItem(item: PeerItem): void {
    this.received++;
    if (item.t === 0) this.node.deliverRemote(item.s, item.d, item.k, item.v, item.a, item.f);
    else if (item.t === 1) this.node.ackRemote(item.a);
    else this.node.collectivePart(item.q, item.e);
  }

  private onControl(m: ToWorker): void {
    switch (m.t) {
      case "probe":
        this.probeEpoch = m.epoch;
        break;
      case "stop":
        this.stopping = true;
        break;
    }
  }

  /** Tells the coordinator this worker has nothing to run (if anything changed, or when probed). */
  reportIdle(): void {
    const key = `${this.sent}/${this.received}/${this.node.live}`;
    if (key === this.lastReport && this.probeEpoch < 0) return;
    this.lastReport = key;
    this.toCoordinator({ t: "idle", sent: this.sent, received: this.received, live: this.node.live, epoch: this.probeEpoch });
    this.probeEpoch = -1;
  }

  /** input() on a worker: the coordinator reads the line (one worker at a time). */
  readLine(prompt: string): string | null {
    const s = this.stdin;
    while (Atomics.compareExchange(s, 2, 0, 1) !== 0) Atomics.wait(s, 2, 1, 50);
    try {
      this.flushOutput();
      Atomics.store(s, 0, 0);
      this.toCoordinator({ t: "readline", prompt });
      while (Atomics.load(s, 0) === 0) Atomics.wait(s, 0, 0, 1000);
      const n = Atomics.load(s, 1);
      if (n < 0) return null;
      const bytes = new Uint8Array(this.init.stdin, 12, Math.min(n, STDIN_BYTES));
      // ignoreBOM: a line that starts with U+FEFF keeps it (CPython's utf-8 stdin does).
      return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.slice());
    } finally {
      Atomics.store(s, 2, 0);
      Atomics.notify(s, 2);
    }
  }
}

function main(init: WorkerInit): void {
  const link = new WorkerLink(init);
  const node = new DeviceNode({
    program: decodeProgram(init.image), layout: new Layout(init.layout), local: init.local,
    seed: init.seed, float64: init.float64, intOverflow: init.intOverflow, prefix: init.prefix,
    write: (line) => link.write(line),
    warn: (text) => link.toCoordinator({ t: "warn", text }),
    // Standard output printed before goes first.
    writeError: (text) => {
      link.flushOutput();
      link.toCoordinator({ t: "err", text });
    },
    argv: init.argv,
    sources: init.sources,
    readLine: (prompt) => link.readLine(prompt), lineNewlines: true,
    originMs: init.originMs, timing: init.timing, trace: init.trace, link, workers: init.workers,
    codeBytes: init.codeBytes, codeInstructions: init.codeInstructions,
  });
  link.node = node;
  // Long builtin loops (inside one instruction) stop when the coordinator says so.
  setInterruptCheck(() => link.stopRequested());
  node.start();
  let seen = link.bell;
  let slices = 0;
  // Between slices: send what the last slice queued; stop when the bell rang (new
  // arrivals) or output has waited long enough.
  const pause = () => {
    link.flush();
    return link.bell !== seen || ((++slices & 63) === 0 && link.outputDue());
  };
  let failed = false;
  const spin = init.workers <= availableParallelism();
  for (;;) {
    seen = link.bell;
    link.poll();
    if (link.stopping) break;
    if (node.failure && !failed) {
      failed = true;
      link.flushOutput();
      link.toCoordinator({ t: "fail", failure: node.failure });
    }
    if (!failed && (node.ready.size > 0 || node.sleeping > 0)) {
      node.runReady(pause);
      if (link.outputDue()) link.flushOutput();
      continue;
    }
    // Nothing to run: wait for the doorbell, spinning briefly first (a reply from
    // another worker usually comes within microseconds; waking from a futex sleep
    // costs far more), then report idle and sleep.
    link.flush();
    if (spin && !failed && link.spin(seen, SPIN_MS)) continue;
    link.flushOutput();
    if (!failed) link.reportIdle();
    link.sleep(seen);
  }
  link.flush();
  node.flushOutput();
  link.flushOutput();
  link.toCoordinator({
    t: "final", summaries: node.summaries(), stats: node.statsRows(),
    events: node.trace?.events ?? null, dropped: node.trace?.dropped ?? 0,
  });
  for (const p of init.peers) p?.close();
  init.control.close();
}

main(workerData as WorkerInit);
