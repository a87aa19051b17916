// A run of every core on the calling thread, advanced in steps of bounded time.
//
// `step(budgetMs)` runs ready cores until the budget is used, the run ends, or every
// live core waits for an asynchronous input line; so a caller on a UI thread can
// run a device a few milliseconds at a time (Device.step), and runAsync can yield
// to the event loop between steps. With an unbounded budget it is the whole run
// (Device.run).
//
// Invariant: the run ends when every core has finished, when one fails, when no
// core can make progress and none waits for input (deadlock), or at the time limit
// (which keeps running while cores wait for input).

import type { RunOutcome } from "./device.js";
import { DeviceNode, type NodeOptions } from "./node.js";
import { setInterruptCheck, TimeLimitReached } from "../vm/watchdog.js";

/** The run goes on: call step again ("waiting": once `inputArrival` has resolved). */
export type StepState = "running" | "waiting";

export class LocalRun {
  private readonly node: DeviceNode;
  private readonly deadline: number;
  private outcome: RunOutcome | null = null;
  private slices = 0;

  constructor(opts: NodeOptions, timeoutMs: number, private readonly clock: () => number) {
    this.node = new DeviceNode(opts);
    this.deadline = timeoutMs > 0 ? clock() + timeoutMs : Infinity;
    this.node.start();
  }

  /** Runs for about `budgetMs` milliseconds (checked between slices of a core). */
  step(budgetMs: number): StepState | RunOutcome {
    if (this.outcome) return this.outcome;
    // Long builtin loops (inside one instruction) check the time limit too; the check
    // is per thread, so it is installed for this step only.
    const prevCheck = setInterruptCheck(this.deadline < Infinity ? () => this.clock() > this.deadline : null);
    try {
      return this.runFor(budgetMs);
    } finally {
      setInterruptCheck(prevCheck);
    }
  }

  private runFor(budgetMs: number): StepState | RunOutcome {
    const node = this.node;
    const clock = this.clock;
    const until = Math.min(this.deadline, budgetMs === Infinity ? Infinity : clock() + budgetMs);
    // A bounded step looks at the clock after every slice; an unbounded run every 64.
    const mask = budgetMs === Infinity ? 63 : 0;
    const pause = () => (++this.slices & mask) === 0 && clock() > until;
    for (;;) {
      node.runReady(pause);
      let end: RunOutcome["end"];
      // A core stopped inside a long builtin by the time limit ends the run as a timeout.
      if (node.failure) end = node.failureError instanceof TimeLimitReached ? "timeout" : "failed";
      else if (node.live === 0) end = "done";
      else if (clock() > this.deadline) end = "timeout";
      else if (node.ready.size === 0 && node.sleeping === 0) {
        if (node.awaitingInput > 0) return "waiting";
        end = "deadlock";
      } else if (clock() > until) return "running";
      else continue;
      return this.finish(end);
    }
  }

  /**
   * Resolves when an asynchronous input line has arrived (after step returned
   * "waiting"), or at the time limit (the next step then ends the run).
   */
  inputArrival(): Promise<void> {
    return new Promise<void>((resolve) => {
      const left = this.deadline - this.clock();
      const timer = left === Infinity ? null : setTimeout(done, Math.max(0, left) + 1);
      const node = this.node;
      function done(): void {
        node.onInput = null;
        if (timer !== null) clearTimeout(timer);
        resolve();
      }
      node.onInput = done;
    });
  }

  private finish(end: RunOutcome["end"]): RunOutcome {
    const node = this.node;
    node.flushOutput();
    this.outcome = {
      end, failure: node.failure, failureError: node.failureError, summaries: node.summaries(),
      stats: node.statsRows(), events: node.trace?.events ?? null, dropped: node.trace?.dropped ?? 0,
    };
    return this.outcome;
  }
}
