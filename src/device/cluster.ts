// A multi-worker run, seen from the calling thread (the coordinator): it starts one
// worker thread per block of cores (worker.ts), wires a MessagePort between every
// pair of workers, and then only coordinates — it writes the workers' output,
// detects deadlocks (IdleTracker), enforces the timeout, and gathers the final
// reports. It never runs a core, and is not on the path of messages or collectives.
//
// Cores are split in contiguous blocks of ids (worker w gets ids
// [w*T/W, (w+1)*T/W)), so nearest-neighbour programs mostly talk within a worker.

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";
import { IdleTracker } from "./deadlock.js";
import type { Device, RunOutcome } from "./device.js";
import type { CoreSummary, FailureInfo } from "./node.js";
import { ring, STDIN_BYTES, type ToCoordinator, type ToWorker, type WorkerInit } from "./protocol.js";
import type { StatsRow } from "./stats.js";
import { epochMs, type TraceEvent } from "./trace.js";

/** The bundled worker script (dist/worker.js), also when running from sources. */
function workerScript(): URL {
  const candidates = [new URL("./worker.js", import.meta.url), new URL("../../dist/worker.js", import.meta.url)];
  const found = candidates.find((u) => existsSync(fileURLToPath(u)));
  if (!found) throw new Error("multi-worker runs need the built bundle (dist/worker.js): run `node scripts/build.mjs`");
  return found;
}

/**
 * The stack of each worker thread, in MB (Node's default is 4). A recursion whose
 * every level goes through a builtin calling back into Python code (a key function,
 * map(), a special method) nests host calls, about 2 KB a level: 64 MB lets such a
 * recursion reach the recursion limit even when raised to 10,000s, as CPython's C
 * stack does. A worker's stack is the thread's own, reserved but touched only as used.
 */
const WORKER_STACK_MB = 64;

export function runCluster(device: Device, workers: number): Promise<RunOutcome> {
  const { layout, opts } = device;
  const W = workers;
  const total = layout.total;
  const blocks = Array.from({ length: W }, (_, w) => layout.cores.slice(Math.floor((w * total) / W), Math.floor(((w + 1) * total) / W)).map((c) => c.id));
  const owner = new Int32Array(layout.indexOf.length).fill(-1);
  blocks.forEach((ids, w) => ids.forEach((id) => (owner[id] = w)));
  const bellsBuf = new SharedArrayBuffer(4 * (W + 1));
  const bells = new Int32Array(bellsBuf);
  const stdinBuf = new SharedArrayBuffer(12 + STDIN_BYTES);
  const originMs = epochMs();

  // One channel per pair of workers.
  const peers: (MessagePort | null)[][] = Array.from({ length: W }, () => new Array(W).fill(null));
  for (let i = 0; i < W; i++) {
    for (let j = i + 1; j < W; j++) {
      const ch = new MessageChannel();
      peers[i][j] = ch.port1;
      peers[j][i] = ch.port2;
    }
  }

  const script = workerScript();
  return new Promise<RunOutcome>((resolve, reject) => {
    const controls: MessagePort[] = [];
    const threads: Worker[] = [];
    const tracker = new IdleTracker(W);
    const live = new Array<number>(W).fill(-1);
    const finals: ({ summaries: CoreSummary[]; stats: StatsRow[]; events: TraceEvent[] | null; dropped: number } | null)[] = new Array(W).fill(null);
    let end: RunOutcome["end"] | null = null;
    let failure: FailureInfo | null = null;
    let probe: { epoch: number; key: string; replies: Set<number> } | null = null;
    let epoch = 0;
    let spillWarned = false;
    const pendingOutput = new Map<number, string>();
    let nextOutput = 0;
    let settled = false;
    const timer = opts.timeoutMs > 0 ? setTimeout(() => stop("timeout"), opts.timeoutMs) : null;

    const post = (w: number, m: ToWorker) => {
      controls[w].postMessage(m);
      ring(bells, w);
    };

    function stop(reason: RunOutcome["end"]): void {
      if (end) return;
      end = reason;
      if (timer) clearTimeout(timer);
      for (let w = 0; w < W; w++) post(w, { t: "stop" });
    }

    function abort(e: unknown): void {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      for (const t of threads) void t.terminate();
      reject(e instanceof Error ? e : new Error(String(e)));
    }

    function finish(): void {
      if (settled) return;
      settled = true;
      for (const t of threads) void t.terminate();
      const all = finals as NonNullable<(typeof finals)[number]>[];
      const byId = <T extends { id: number }>(xs: T[]) => xs.sort((a, b) => a.id - b.id);
      const events = all.some((f) => f.events) ? all.flatMap((f) => f.events ?? []) : null;
      resolve({
        end: end!, failure,
        summaries: byId(all.flatMap((f) => f.summaries)),
        stats: byId(all.flatMap((f) => f.stats)),
        events, dropped: all.reduce((n, f) => n + f.dropped, 0),
      });
    }

    function checkQuiet(): void {
      if (end) return;
      if (live.every((n) => n === 0)) return stop("done");
      const key = tracker.quiet();
      if (key === null) {
        probe = null;
        return;
      }
      if (probe) {
        if (probe.replies.size < W) return;
        if (probe.key === key) return stop("deadlock");
      }
      // Everything looks idle: confirm with a fresh report from every worker.
      probe = { epoch: ++epoch, key, replies: new Set() };
      for (let w = 0; w < W; w++) post(w, { t: "probe", epoch });
    }

    function onMessage(w: number, m: ToCoordinator): void {
      switch (m.t) {
        case "out":
          // Batches are written in the order the workers numbered them.
          pendingOutput.set(m.seq, m.text);
          for (let text = pendingOutput.get(nextOutput); text !== undefined; text = pendingOutput.get(nextOutput)) {
            pendingOutput.delete(nextOutput++);
            opts.write(text);
          }
          break;
        case "warn":
          if (m.text.includes("spills to its slice")) {
            if (spillWarned) break;
            spillWarned = true;
          }
          opts.warn(m.text);
          break;
        case "err":
          (opts.writeError ?? opts.write)(m.text);
          break;
        case "idle":
          tracker.report(w, true, m.sent, m.received);
          live[w] = m.live;
          if (probe && m.epoch === probe.epoch) probe.replies.add(w);
          checkQuiet();
          break;
        case "fail":
          failure ??= m.failure;
          stop("failed");
          break;
        case "readline": {
          // The asking worker sleeps until the line is in stdinBuf (its other cores
          // wait with it; the other workers run on).
          const answer = (line: string | null) => {
            const s = new Int32Array(stdinBuf);
            if (line === null) Atomics.store(s, 1, -1);
            else {
              // The workers' cores read each line with its newline (their lineNewlines).
              const bytes = new TextEncoder().encode(opts.lineNewlines ? line : line + "\n").subarray(0, STDIN_BYTES);
              new Uint8Array(stdinBuf, 12, bytes.length).set(bytes);
              Atomics.store(s, 1, bytes.length);
            }
            Atomics.store(s, 0, 1);
            Atomics.notify(s, 0);
          };
          if (opts.readLineAsync) Promise.resolve(opts.readLineAsync(m.prompt)).then(answer, () => answer(null));
          else answer(opts.readLine ? opts.readLine(m.prompt) : null);
          break;
        }
        case "final":
          finals[w] = m;
          if (finals.every(Boolean)) finish();
          break;
      }
    }

    for (let w = 0; w < W; w++) {
      const control = new MessageChannel();
      controls.push(control.port1);
      const init: WorkerInit = {
        index: w, workers: W, image: device.image, layout: device.layoutOptions(), local: blocks[w], owner,
        seed: device.seed, float64: opts.float64, intOverflow: opts.intOverflow, prefix: opts.prefix, argv: opts.argv ?? [], sources: opts.sources, originMs,
        timing: !!opts.timing, trace: !!opts.trace,
        codeBytes: device.codeBytes, codeInstructions: device.codeInstructions,
        bells: bellsBuf, stdin: stdinBuf, peers: peers[w], control: control.port2,
      };
      const transfer = [...peers[w].filter((p): p is MessagePort => p !== null), control.port2];
      const t = new Worker(script, { workerData: init, transferList: transfer, resourceLimits: { stackSizeMb: WORKER_STACK_MB } });
      threads.push(t);
      control.port1.on("message", (m: ToCoordinator) => {
        try {
          onMessage(w, m);
        } catch (e) {
          abort(e);
        }
      });
      t.on("error", abort);
      t.on("exit", (code) => {
        // The worker's last messages may still be queued on its port: take them now.
        for (let m = receiveMessageOnPort(control.port1); m && !settled; m = receiveMessageOnPort(control.port1)) {
          try {
            onMessage(w, m.message as ToCoordinator);
          } catch (e) {
            abort(e);
          }
        }
        if (!settled && !finals[w]) abort(new Error(`worker ${w} stopped unexpectedly (exit code ${code})`));
      });
    }
  });
}
