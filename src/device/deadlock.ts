// Reports for runs that cannot finish: a deadlock (no core can make progress) or a
// timeout. Each names every core, what it waits in (operation and peer) and where
// (file:line, function). Cores in the same state at the same place are grouped, so
// a 1024-core report stays short. A hint is added when a core waits for a core that
// has already finished.
//
// Deadlock *detection* is simple on one thread (no core ready, some not finished);
// across workers the coordinator uses IdleTracker below.

import { ranges } from "./layout.js";
import type { CoreSummary } from "./node.js";

function where(s: CoreSummary): string {
  return s.file ? ` at ${s.file}:${s.line} (in ${s.func})` : "";
}

function describe(s: CoreSummary, byId: Map<number, CoreSummary>, finished: number[], idle: boolean): string {
  const ended = idle ? "idle (runs no kernel)" : "finished";
  switch (s.state) {
    case "finished": return ended;
    case "failed": return `failed${where(s)}`;
    case "running": return s.notStarted ? "not started yet" : `running${where(s)}`;
    case "blocked": {
      let hint = "";
      if (s.peer !== undefined && byId.get(s.peer)?.state === "finished" && !s.collective) hint = ` — core ${s.peer} ${idle ? "runs no kernel" : "has finished"}`;
      if (s.collective && finished.length) {
        hint = ` — core${finished.length === 1 ? "" : "s"} ${ranges(finished)} ${idle ? "run no kernel" : "finished without calling it"}`;
      }
      return `waiting in ${s.waiting}${where(s)}${hint}`;
    }
  }
}

/**
 * One line per group of cores (consecutive ids with the same description). `idle`:
 * the cores belong to a persistent (offload) device, where a core that has ended is
 * idle, waiting for its next kernel, rather than finished.
 */
export function coreReport(summaries: readonly CoreSummary[], idle = false): string[] {
  const sorted = [...summaries].sort((a, b) => a.id - b.id);
  const byId = new Map(sorted.map((s) => [s.id, s]));
  const finished = sorted.filter((s) => s.state === "finished").map((s) => s.id);
  const lines: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    const text = describe(sorted[i], byId, finished, idle);
    const kind = sorted[i].label.split(" ")[0];
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].id === sorted[j].id + 1 && sorted[j + 1].label.startsWith(kind) &&
      describe(sorted[j + 1], byId, finished, idle) === text) j++;
    const label = j === i ? sorted[i].label : `${kind} ${sorted[i].label.split(" ")[1]}-${sorted[j].label.split(" ")[1]}`;
    lines.push(`core ${j === i ? sorted[i].id : `${sorted[i].id}-${sorted[j].id}`} [${label}]: ${text}`);
    i = j + 1;
  }
  return lines;
}

/**
 * Deadlock detection across workers (run by the coordinator). Each worker reports
 * when it has nothing to run, with its counts of items sent to and received from
 * other workers. The run is deadlocked when every worker's
 * latest report says idle and every item sent has been received (nothing in
 * flight could wake a core); the coordinator then confirms with a second round of
 * reports before stopping the run (a report can be overtaken by a message).
 */
export class IdleTracker {
  private readonly idle: boolean[];
  private readonly sent: number[];
  private readonly received: number[];

  constructor(workers: number) {
    this.idle = new Array(workers).fill(false);
    this.sent = new Array(workers).fill(0);
    this.received = new Array(workers).fill(0);
  }

  report(worker: number, idle: boolean, sent: number, received: number): void {
    this.idle[worker] = idle;
    this.sent[worker] = sent;
    this.received[worker] = received;
  }

  /** A snapshot key when everything looks idle and quiet, else null. */
  quiet(): string | null {
    if (!this.idle.every(Boolean)) return null;
    const sent = this.sent.reduce((a, b) => a + b, 0);
    const received = this.received.reduce((a, b) => a + b, 0);
    return sent === received ? `${this.sent.join(",")}|${this.received.join(",")}` : null;
  }
}
