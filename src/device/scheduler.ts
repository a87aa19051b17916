// The ready queue of one thread: cores that can run, in FIFO order. A core is in
// the queue at most once (its status is READY exactly while it is queued); blocked
// and finished cores are not in it, so they cost nothing. Round-robin over a FIFO
// with a fixed instruction slice is the schedule: with one thread and a fixed seed
// it is the same on every run (--deterministic).

import { Fifo } from "./fifo.js";

export const READY = 0;
export const RUNNING = 1;
export const BLOCKED = 2;
export const DONE = 3;
export const FAILED = 4;

/** Instructions a core runs before the next ready core gets its turn. */
export const SLICE = 20_000;

/** The cores ready to run, oldest first. */
export class ReadyQueue<T> extends Fifo<T> {}
