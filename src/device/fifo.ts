// A first-in first-out queue on a growable ring buffer: O(1) push and shift with no
// copying or array resizing in the steady state (the ready queue and every message
// channel are one of these).

export class Fifo<T> {
  private buf: (T | undefined)[] = new Array(8);
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

  peek(): T | undefined {
    return this.count ? this.buf[this.head] : undefined;
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
