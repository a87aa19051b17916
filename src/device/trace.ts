// --trace FILE: a Chrome trace-event JSON file (opens in Perfetto / chrome://tracing).
//
// One track (tid) per core, all in one process: "X" slices for the time a core runs
// ("run") and for the time it waits ("recv from core 3", "sync"...), and a flow
// arrow per message from the sender's slice (at the send) to the receiver's (at the
// receive). Timestamps are microseconds since the start of the run, taken from the
// platform's epoch clock (performance.timeOrigin + now()) so workers' events line up.
// At most MAX_EVENTS events per worker are kept; later ones are counted as dropped.

import { platform } from "../platform/platform.js";
import { mixesTypes } from "./layout.js";

export interface TraceEvent {
  name: string;
  ph: "X" | "s" | "f" | "M" | "i";
  ts: number;
  pid: number;
  tid: number;
  dur?: number;
  cat?: string;
  id?: number;
  bp?: "e";
  s?: "t";
  args?: Record<string, unknown>;
}

const MAX_EVENTS = 1_000_000;
const PID = 1;

/** Milliseconds since the Unix epoch, with sub-millisecond precision. */
export const epochMs = (): number => platform().epochMs();

export class TraceRecorder {
  readonly events: TraceEvent[] = [];
  dropped = 0;
  constructor(private readonly originMs: number) {}

  /** Microseconds since the start of the run (to 0.1 µs). */
  now(): number {
    return this.at(epochMs());
  }

  /** The trace time of an epoch time in milliseconds. */
  at(ms: number): number {
    return Math.round((ms - this.originMs) * 10_000) / 10;
  }

  private add(e: TraceEvent): void {
    if (this.events.length < MAX_EVENTS) this.events.push(e);
    else this.dropped++;
  }

  slice(core: number, name: string, cat: "run" | "wait", start: number, end: number): void {
    this.add({ name, cat, ph: "X", ts: start, dur: Math.max(0.1, end - start), pid: PID, tid: core });
  }

  /**
   * A line (or a device-kind copy) moved to a core for an array passed by reference:
   * an instant at the wall time the core asked for it; its simulated times (the
   * transfer model's, on the core's clock) are in the event's arguments.
   */
  transfer(e: { core: number; op: string; level: string; start: number; count: number; bytes: number; issuedNs: number; readyNs: number }): void {
    this.add({
      name: `${e.op} ${e.bytes} B from ${e.level}`, cat: "transfer", ph: "i", s: "t", ts: this.now(), pid: PID, tid: e.core,
      args: { level: e.level, first: e.start, elements: e.count, bytes: e.bytes, simulatedIssuedNs: e.issuedNs, simulatedReadyNs: e.readyNs },
    });
  }

  instant(core: number, name: string, ts: number): void {
    this.add({ name, cat: "core", ph: "i", s: "t", ts, pid: PID, tid: core });
  }

  /** Start of a message's arrow, on the sender's track. */
  flowOut(core: number, id: number, ts: number, to: number, bytes: number): void {
    this.add({ name: "message", cat: "msg", ph: "s", id, ts, pid: PID, tid: core, args: { to, bytes } });
  }

  /** End of a message's arrow, on the receiver's track (bound to the enclosing slice). */
  flowIn(core: number, id: number, ts: number): void {
    this.add({ name: "message", cat: "msg", ph: "f", bp: "e", id, ts, pid: PID, tid: core });
  }
}

/**
 * The whole file: metadata naming the process and one thread per core, then events.
 * On a device of several profiles a track's name gives the core's type too
 * ("device 3 (epiphany3)").
 */
export function traceJson(
  cores: readonly { id: number; label: string; isHost: boolean; type: string }[], events: readonly TraceEvent[], dropped: number,
): string {
  const meta: TraceEvent[] = [{ name: "process_name", ph: "M", ts: 0, pid: PID, tid: 0, args: { name: "ePython device" } }];
  const typed = mixesTypes(cores);
  for (const c of cores) {
    const name = typed && !c.isHost ? `${c.label} (${c.type})` : c.label;
    meta.push({ name: "thread_name", ph: "M", ts: 0, pid: PID, tid: c.id, args: { name } });
    meta.push({ name: "thread_sort_index", ph: "M", ts: 0, pid: PID, tid: c.id, args: { sort_index: c.id } });
  }
  const all = [...meta, ...events];
  const lines = all.map((e) => JSON.stringify(e));
  const other = dropped ? `,\n"otherData": {"droppedEvents": ${dropped}}` : "";
  return `{"displayTimeUnit": "ms",\n"traceEvents": [\n${lines.join(",\n")}\n]${other}}\n`;
}
