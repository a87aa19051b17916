// The ready queue of one thread: cores that can run, in FIFO order. A core is in
// the queue at most once (its status is READY exactly while it is queued); blocked
// and finished cores are not in it, so they cost nothing. Round-robin over a FIFO
// with a fixed instruction slice is the schedule: with one thread and a fixed seed
// it is the same on every run (--deterministic).

export const READY = 0;
export const RUNNING = 1;
export const BLOCKED = 2;
export const DONE = 3;
export const FAILED = 4;

/** Instructions a core runs before the next ready core gets its turn. */
export const SLICE = 20_000;

export class ReadyQueue<T> {
  private buf: (T | undefined)[] = new Array(64);
  private head = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(x: T): void {
    if (this.count === this.buf.length) this.grow();
    this.buf[(this.head + this.count) & (this.buf.length - 1)] = x;
    this.count++;
  }

  shift(): T | undefined {
    if (this.count === 0) return undefined;
    const x = this.buf[this.head];
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.count--;
    return x;
  }

  private grow(): void {
    const old = this.buf;
    const next: (T | undefined)[] = new Array(old.length * 2);
    for (let i = 0; i < this.count; i++) next[i] = old[(this.head + i) & (old.length - 1)];
    this.buf = next;
    this.head = 0;
  }
}
