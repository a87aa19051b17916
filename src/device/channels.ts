// Point-to-point messages: what is in flight and what a blocked core waits for.
//
// Every ordered pair of cores (src -> dst) has its own FIFO channel, kept in the
// receiver's inbox (created on first use, so 4096 cores cost nothing up front).
// Invariants:
//  - a channel's messages are received in the order they were sent (per-pair FIFO);
//  - a message is removed from its channel exactly once, by the receiving core, and
//    its payload is decoded then (charged to the receiver's memory);
//  - a send is *rendezvous*: the messages of one send call form a Batch, and a
//    blocking sender is resumed only when the receiver has taken the last of them
//    (a nonblocking send instead counts the batch as outstanding for test_sent /
//    wait_sent). sendrecv messages have no batch: a core that receives its peer's
//    sendrecv message knows the peer is committed to taking its own.

import type { Value } from "../vm/values.js";
import type { CollectiveOp } from "../vm/port.js";
import type { Wire } from "./wire.js";
import { Fifo } from "./fifo.js";

export const MSG_SEND = 0;
export const MSG_SENDRECV = 1;
/** A reference to the sender's own object (concurrency.expose): same worker only. */
export const MSG_REF = 2;

/** The messages of one send call, for the sender's acknowledgement. */
export interface Batch {
  /** Messages of this send not yet received. */
  remaining: number;
  sender: number;
  dest: number;
  blocking: boolean;
  /** Id of this batch on the sender's worker when it crossed workers, else -1. */
  remoteId: number;
}

export interface Message {
  kind: number;
  /** Encoded value, or for MSG_REF the sender's object itself. */
  payload: Wire | Value;
  bytes: number;
  batch: Batch | null;
  /** Trace flow id (0 when not tracing). */
  flow: number;
}

/** The messages from one sender to one receiver, oldest first. */
export class Channel extends Fifo<Message> {}

// ------------------------------------------------------------------ waits

export interface SendWait { op: "send" | "expose"; peer: number; batch: Batch }
export interface RecvWait {
  op: "recv" | "sendrecv";
  peer: number;
  /** Values still to take, and those taken so far. */
  need: number;
  got: Value[];
  /** Resume with a list of the values (recv with n) rather than the single value. */
  asList: boolean;
}
export interface WaitSentWait { op: "wait_sent"; peer: number }
export interface CollectiveWait { op: CollectiveOp; seq: number; arg: number | string | null }
/** input(): the device is reading a line for the core. */
export interface InputWait { op: "input" }
/** time.sleep(): the core wakes at `at` (performance.now() ms). */
export interface SleepWait { op: "sleep"; at: number }
export type Wait = SendWait | RecvWait | WaitSentWait | CollectiveWait | InputWait | SleepWait;

export const isRecvWait = (w: Wait | null): w is RecvWait => w !== null && (w.op === "recv" || w.op === "sendrecv");

/** Which message kinds a receive accepts, and the name of the other side's call. */
export function accepts(w: RecvWait, kind: number): boolean {
  return w.op === "sendrecv" ? kind === MSG_SENDRECV : kind !== MSG_SENDRECV;
}

export function kindName(kind: number): string {
  return kind === MSG_SENDRECV ? "sendrecv" : kind === MSG_REF ? "expose" : "send";
}

/** "recv from core 3", "sync", "reduce('sum')"... for reports. */
export function describeWait(w: Wait): string {
  switch (w.op) {
    case "send": return `send to core ${w.peer}`;
    case "expose": return `expose to core ${w.peer}`;
    case "recv": return w.need > 1 || w.asList ? `recv from core ${w.peer} (${w.got.length} of ${w.got.length + w.need} values received)` : `recv from core ${w.peer}`;
    case "sendrecv": return `sendrecv with core ${w.peer}`;
    case "wait_sent": return `wait_sent for core ${w.peer}`;
    case "input": return "input()";
    case "sleep": return "time.sleep()";
    case "sync": return "sync";
    case "reduce": return `reduce('${w.arg}')`;
    case "allgather": return "allgather";
    default: return `${w.op} (root ${w.arg})`;
  }
}
