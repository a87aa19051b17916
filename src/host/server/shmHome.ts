// An ArrayHome over a POSIX shared-memory segment that the CPython client owns
// (multiprocessing.shared_memory). Only the ranges the cores touch cross the
// process boundary: reads are positioned fs.readSync calls on /dev/shm/<name>, and
// writes are collected and written back in runs.
//
// The cores' caches ask for one line at a time; a system call per line would cost
// more than the interpreted kernel, so reads go through a few host-side blocks of
// BLOCK_BYTES (one read fills a block that serves the following lines). This is
// the runtime's own buffering: the simulated transfers (lines, stalls, counters)
// are the VM's (src/vm/hostArray.ts) and do not depend on it.
//
// Invariants:
//  - a read sees every earlier write made through this home (writes update the
//    blocks and pending writes are overlaid on what the file returns), so a core
//    sees its own writes in order;
//  - every write reaches the segment by flush(), which the kernel's completion
//    calls, and at the latest when PENDING_LIMIT writes are waiting — so the
//    client sees all writes once the kernel completes (write-through at the
//    granularity the published model promises: single elements, no ordering
//    between cores).
//  - the segment is never resized or unlinked here: the client owns its lifetime.

import { closeSync, fstatSync, openSync, readSync, writeSync } from "node:fs";
import type { ArrayHome, ElementType } from "../../vm/hostArray.js";
import { ELEMENT_BYTES } from "../../vm/hostArray.js";
import type { WireArrayRef } from "./wire.js";

/** Where POSIX shared memory appears in the file system (Linux). */
export const SHM_DIR = "/dev/shm";

/** Writes buffered before they are pushed to the segment even mid-kernel. */
const PENDING_LIMIT = 1024;

/** Bytes one host read fetches; several blocks let cores walking different slices share a home. */
const BLOCK_BYTES = 16 * 1024;
const BLOCKS = 16;

/** A run of the segment's bytes held on the Node side. */
interface Block {
  /** First element held (-1: empty). */
  start: number;
  count: number;
  bytes: Uint8Array;
  view: DataView;
}

export class ShmError extends Error {}

/** A segment name as multiprocessing.shared_memory gives it: no path tricks. */
function checkName(name: string): void {
  if (!/^[A-Za-z0-9_.-]{1,200}$/.test(name) || name.startsWith(".")) {
    throw new ShmError(`invalid shared memory name '${name}'`);
  }
}

export class ShmArrayHome implements ArrayHome {
  readonly length: number;
  readonly type: ElementType;
  private readonly fd: number;
  private readonly byteOffset: number;
  private readonly elementBytes: number;
  /** Element index -> value written and not yet in the segment. */
  private readonly pending = new Map<number, number>();
  private readonly blocks: Block[] = [];
  /** Round-robin victim among full blocks. */
  private nextVictim = 0;
  private closed = false;

  constructor(ref: WireArrayRef) {
    checkName(ref.shm);
    this.type = ref.type;
    this.length = ref.length;
    this.byteOffset = ref.byteOffset;
    this.elementBytes = ELEMENT_BYTES[ref.type];
    if (ref.byteOffset % this.elementBytes !== 0) {
      throw new ShmError(`array offset ${ref.byteOffset} is not a multiple of the ${ref.type} element size`);
    }
    try {
      this.fd = openSync(`${SHM_DIR}/${ref.shm}`, "r+");
    } catch (e) {
      throw new ShmError(`cannot open shared memory '${ref.shm}': ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
    const size = fstatSync(this.fd).size;
    const end = ref.byteOffset + ref.length * this.elementBytes;
    if (end > size) {
      closeSync(this.fd);
      throw new ShmError(`array of ${ref.length} ${ref.type} at offset ${ref.byteOffset} exceeds shared memory '${ref.shm}' (${size} bytes)`);
    }
  }

  read(start: number, count: number, into: Float64Array): void {
    if (start < 0 || count < 0 || start + count > this.length) {
      throw new RangeError(`read of [${start}, ${start + count}) outside an array of ${this.length}`);
    }
    let done = 0;
    while (done < count) {
      const i = start + done;
      const b = this.blockAt(i);
      const n = Math.min(count - done, b.start + b.count - i);
      for (let k = 0; k < n; k++) into[done + k] = this.decode(b.view, (i - b.start + k) * this.elementBytes);
      done += n;
    }
    if (this.pending.size > 0) {
      for (let i = 0; i < count; i++) {
        const w = this.pending.get(start + i);
        if (w !== undefined) into[i] = w;
      }
    }
  }

  /** The block holding element `i`, filled from the segment if none does. */
  private blockAt(i: number): Block {
    for (const b of this.blocks) if (i >= b.start && i < b.start + b.count) return b;
    let b: Block;
    if (this.blocks.length < BLOCKS) {
      const bytes = new Uint8Array(BLOCK_BYTES);
      b = { start: -1, count: 0, bytes, view: new DataView(bytes.buffer) };
      this.blocks.push(b);
    } else {
      b = this.blocks[this.nextVictim];
      this.nextVictim = (this.nextVictim + 1) % BLOCKS;
    }
    const perBlock = BLOCK_BYTES / this.elementBytes;
    b.start = Math.floor(i / perBlock) * perBlock;
    b.count = Math.min(perBlock, this.length - b.start);
    const want = b.count * this.elementBytes;
    let got = 0;
    while (got < want) {
      const n = readSync(this.fd, b.bytes, got, want - got, this.byteOffset + b.start * this.elementBytes + got);
      if (n === 0) throw new ShmError("shared memory segment shrank under a kernel");
      got += n;
    }
    return b;
  }

  write(index: number, value: number): void {
    if (index < 0 || index >= this.length) throw new RangeError(`write at ${index} outside an array of ${this.length}`);
    this.pending.set(index, value);
    for (const b of this.blocks) {
      if (index >= b.start && index < b.start + b.count) this.encode(b.view, (index - b.start) * this.elementBytes, value);
    }
    if (this.pending.size >= PENDING_LIMIT) this.flush();
  }

  /** Pushes pending writes to the segment, one positioned write per contiguous run. */
  flush(): void {
    if (this.pending.size === 0 || this.closed) return;
    const indexes = [...this.pending.keys()].sort((a, b) => a - b);
    let runStart = 0;
    for (let i = 1; i <= indexes.length; i++) {
      if (i < indexes.length && indexes[i] === indexes[i - 1] + 1) continue;
      const first = indexes[runStart];
      const count = i - runStart;
      const bytes = new Uint8Array(count * this.elementBytes);
      const view = new DataView(bytes.buffer);
      for (let k = 0; k < count; k++) this.encode(view, k * this.elementBytes, this.pending.get(first + k)!);
      writeSync(this.fd, bytes, 0, bytes.length, this.byteOffset + first * this.elementBytes);
      runStart = i;
    }
    this.pending.clear();
  }

  /** Flushes and closes the file; the home is unusable afterwards. */
  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    closeSync(this.fd);
  }

  private decode(view: DataView, at: number): number {
    switch (this.type) {
      case "int32": return view.getInt32(at, true);
      case "float32": return view.getFloat32(at, true);
      case "float64": return view.getFloat64(at, true);
    }
  }

  private encode(view: DataView, at: number, v: number): void {
    switch (this.type) {
      case "int32": view.setInt32(at, v, true); break;
      case "float32": view.setFloat32(at, v, true); break;
      case "float64": view.setFloat64(at, v, true); break;
    }
  }
}
