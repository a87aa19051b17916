// What the threads of a multi-worker run say to each other (cluster.ts, worker.ts).
//
//   worker <-> worker  batches of items over a MessagePort per pair of workers:
//                      messages for a core of the receiver, acknowledgements (every
//                      message of a send was received), and each worker's part of a
//                      collective round (every worker completes the round itself)
//   worker  -> coordinator  output lines, warnings, idle reports (for deadlock
//                      detection), a core's failure, the final report, and requests
//                      for a line of standard input
//   coordinator -> worker   probes (confirming a deadlock), stop
//
// A worker sleeps on its doorbell (Atomics.wait on its slot of a shared Int32Array)
// when it has nothing to run; whoever posts to it rings the bell (Atomics.add +
// notify) after posting, and the worker then drains its ports with
// receiveMessageOnPort. So a worker never depends on its event loop, and a busy
// worker notices new messages between slices by one atomic load.

import type { MessagePort } from "node:worker_threads";
import type { Contribution } from "./collectives.js";
import type { LayoutOptions } from "./layout.js";
import type { CoreSummary, FailureInfo } from "./node.js";
import type { StatsRow } from "./stats.js";
import type { TraceEvent } from "./trace.js";
import type { Wire } from "./wire.js";

/** Messages for core `d` from core `s` (`a`: batch id to acknowledge, -1: none). */
export interface MessageItem { t: 0; s: number; d: number; k: number; v: Wire[]; a: number; f: number[] | null }
/** Every message of batch `a`, sent by core `s`, has been received. */
export interface AckItem { t: 1; s: number; a: number }
/** A worker's part of collective round `q`: the contributions of its cores. */
export interface CollectiveItem { t: 2; q: number; e: Contribution[] }
export type PeerItem = MessageItem | AckItem | CollectiveItem;

export type ToCoordinator =
  | { t: "out"; text: string; seq: number }
  | { t: "warn"; text: string }
  | { t: "err"; text: string }
  | { t: "idle"; sent: number; received: number; live: number; epoch: number }
  | { t: "fail"; failure: FailureInfo }
  | { t: "readline"; prompt: string }
  | { t: "final"; summaries: CoreSummary[]; stats: StatsRow[]; events: TraceEvent[] | null; dropped: number };

export type ToWorker =
  | { t: "probe"; epoch: number }
  | { t: "stop" };

export interface WorkerInit {
  index: number;
  workers: number;
  image: Uint8Array;
  layout: LayoutOptions;
  /** Ids of the cores this worker runs. */
  local: number[];
  /** Worker index of every core id. */
  owner: Int32Array;
  seed: number;
  float64: boolean;
  intOverflow?: "promote" | "error";
  prefix: boolean;
  argv: readonly string[];
  /** The program's source texts (DeviceOptions.sources). */
  sources?: ReadonlyMap<string, string>;
  originMs: number;
  timing: boolean;
  trace: boolean;
  codeBytes: number;
  codeInstructions: number;
  /** One doorbell per worker, then the output batch counter (see worker.ts). */
  bells: SharedArrayBuffer;
  /** Standard input handoff: [state, length, lock] then the line's UTF-8 bytes. */
  stdin: SharedArrayBuffer;
  /** Port to each other worker (null at this worker's own index). */
  peers: (MessagePort | null)[];
  control: MessagePort;
}

export const STDIN_BYTES = 1 << 20;

/** Rings worker `w`'s doorbell (after posting to it). */
export function ring(bells: Int32Array, w: number): void {
  Atomics.add(bells, w, 1);
  Atomics.notify(bells, w);
}
