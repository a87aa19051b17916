// The host-side scheduler of an offload device: launches and transfers queue per
// core, and start when their core is free.
//
// Every operation on cores is a *job*: a kernel launch, a device-resident variable's
// definition or copy, or a reload of the kernel module. Each core has a FIFO of the
// jobs it takes part in; a job starts on a core when it is at the head of that
// core's queue and the core is idle. So the order of launches and transfers is kept
// per core — an asynchronous copy to core 1 followed by a kernel on cores 0 and 1
// sees the copied data on core 1 — while cores run ahead of each other freely.
//
//  - a kernel part runs on its core until it returns (asynchronous);
//  - a transfer part (define, copy to, copy from) runs at once when it starts;
//  - a barrier job (a module reload) starts when it heads every core's queue and
//    every core is idle;
//  - an `auto` job (any n free cores) takes idle cores with empty queues, lowest ids
//    first, as they become free; auto jobs are served in FIFO order.

import { Fifo } from "../../device/fifo.js";
import type { Wire } from "../../device/wire.js";
import { KernelError } from "./errors.js";

/** One core's part of a job: starts it; `done` is called once when it ends. */
export type StartPart = (core: number, done: (end: PartEnd) => void) => void;
export type PartEnd = { ok: true; value: Wire } | { ok: false; error: KernelError };

export interface JobSpec {
  /** What the job is, for messages ("kernel 'f'", "copy_from_device('a')"). */
  what: string;
  /** Cores to run on (explicit), or null with `auto` set. */
  cores: number[] | null;
  auto?: number;
  /** The cores an auto job may take (default: any). */
  eligible?: readonly number[];
  barrier?: boolean;
  start: StartPart;
}

type Waiter = { resolve: () => void };

export class Job {
  /** Cores the job runs on (an auto job's grow as cores are assigned). */
  readonly cores: number[] = [];
  readonly results = new Map<number, PartEnd>();
  /** Cores in the order their parts ended. */
  readonly order: number[] = [];
  private readonly waiters: Waiter[] = [];
  /** How many of the cores' parts have started. */
  started = 0;
  constructor(readonly spec: JobSpec) {
    if (spec.cores) this.cores.push(...spec.cores);
  }

  /** Cores still to assign (auto jobs). */
  get unassigned(): number {
    return this.spec.cores ? 0 : (this.spec.auto ?? 0) - this.cores.length;
  }

  get finished(): boolean {
    return this.unassigned === 0 && this.results.size === this.cores.length;
  }

  /** Resolves when at least `n` parts have ended (n > cores: when all have). */
  whenEnded(n: number): Promise<void> {
    if (this.order.length >= n || this.finished) return Promise.resolve();
    return new Promise<void>((resolve) => this.waiters.push({ resolve: () => (this.order.length >= n || this.finished) && resolve() }));
  }

  ended(core: number, end: PartEnd): void {
    this.results.set(core, end);
    this.order.push(core);
    for (const w of [...this.waiters]) w.resolve();
  }
}

export class Scheduler {
  private readonly queues: Fifo<Job>[];
  /** Auto jobs still waiting for cores, oldest first. */
  private readonly autoJobs: Job[] = [];
  /** Cores whose current part is running. */
  private readonly running = new Set<number>();
  private starting = false;

  constructor(readonly coreIds: readonly number[]) {
    const size = Math.max(...coreIds, 0) + 1;
    this.queues = Array.from({ length: size }, () => new Fifo<Job>());
  }

  /** Queues a job on its cores and starts what can start. */
  submit(spec: JobSpec): Job {
    const job = new Job(spec);
    if (spec.cores) for (const c of spec.cores) this.queues[c].push(job);
    else this.autoJobs.push(job);
    this.pump();
    return job;
  }

  /** True while some job is queued or running. */
  get busy(): boolean {
    return this.running.size > 0 || this.autoJobs.length > 0 || this.coreIds.some((c) => this.queues[c].size > 0);
  }

  /**
   * Starts every part that can start now (re-entrant calls are folded into one loop).
   * `freed`: only that core's queue (and auto jobs) can have changed — the common case
   * when a part ends, which then costs O(1) instead of a scan of every core.
   */
  pump(freed?: number): void {
    if (freed !== undefined) this.freed.push(freed);
    else this.rescan = true;
    if (this.starting) return;
    this.starting = true;
    try {
      for (;;) {
        let progress = this.autoJobs.length > 0 && this.assignAuto();
        if (progress || this.rescan) {
          this.rescan = false;
          this.freed.length = 0;
          for (const c of this.coreIds) if (this.startHead(c)) progress = true;
        } else {
          while (this.freed.length) if (this.startHead(this.freed.pop()!)) progress = true;
        }
        if (!progress && !this.rescan && this.freed.length === 0) break;
      }
    } finally {
      this.starting = false;
    }
  }
  /** Cores freed since pump() last looked (their queues are the ones to look at). */
  private readonly freed: number[] = [];
  /** Set when every core's queue must be looked at (a new job, an auto assignment). */
  private rescan = false;

  private assignAuto(): boolean {
    let assigned = false;
    for (const job of this.autoJobs) {
      for (const c of this.coreIds) {
        if (job.unassigned === 0) break;
        if (this.running.has(c) || this.queues[c].size > 0 || job.cores.includes(c)) continue;
        if (job.spec.eligible && !job.spec.eligible.includes(c)) continue;
        job.cores.push(c);
        this.queues[c].push(job);
        assigned = true;
      }
    }
    while (this.autoJobs.length && this.autoJobs[0].unassigned === 0) this.autoJobs.shift();
    return assigned;
  }

  private startHead(core: number): boolean {
    if (this.running.has(core)) return false;
    const job = this.queues[core].peek();
    if (!job) return false;
    if (job.spec.barrier) return this.startBarrier(job);
    this.run(job, core);
    return true;
  }

  private startBarrier(job: Job): boolean {
    if (!job.cores.every((c) => !this.running.has(c) && this.queues[c].peek() === job)) return false;
    // A barrier's part runs once (on its first core) and ends for all its cores.
    for (const c of job.cores) this.running.add(c);
    job.spec.start(job.cores[0], (end) => {
      for (const c of job.cores) this.partEnded(job, c, end);
    });
    return true;
  }

  private run(job: Job, core: number): void {
    this.running.add(core);
    job.started++;
    job.spec.start(core, (end) => this.partEnded(job, core, end));
  }

  private partEnded(job: Job, core: number, end: PartEnd): void {
    this.running.delete(core);
    if (this.queues[core].peek() === job) this.queues[core].shift();
    job.ended(core, end);
    this.pump(core);
  }
}
