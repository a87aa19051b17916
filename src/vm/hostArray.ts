// Arrays passed to kernels by reference (the published software-UVA design).
//
// A host program passes an array to a kernel; each core receives a *reference*
// value (not a copy). The array's elements live at their home — host memory, the
// device's shared memory — described by an ArrayHome. A core's read fetches the
// line holding the element into a per-core cache kept in (and charged to) the
// core's local memory; a write goes through to the home (write-through) and
// updates the cached line. Prefetch asks for lines ahead of use, modelled as the
// core's DMA engines overlapping the transfer with compute (vm/transfer.ts holds the
// cost model and the per-core counters).
//
// Kinds:
//  - "host", "shared": elements stay at the home and are read through the cache.
//  - "device": the whole array is copied into the core's local memory when the
//    reference is made (charged like a list of that many elements: MemoryError if it
//    does not fit), private to the core and never written back.
//
// The cache: `cacheLines` lines of `lineBytes` bytes (default 8 x 64 B = 512 B, a
// sixteenth of the 8 KB an Epiphany core has for data next to the ePython runtime;
// 64 B is 16 float32 elements, a DMA burst long enough that the per-transfer latency
// is shared by many elements). With prefetch n the cache holds at least n + 1 lines
// (the line in use and n ahead). Its bytes are charged to the core when the first
// line is fetched and stay counted while the reference is reachable (liveBytes).
// Eviction is least-recently-used among lines that have been used; a prefetched line
// nobody has touched yet is evicted only by a blocking miss when nothing else can go,
// and a prefetch that would need to evict one is dropped (no thrashing).
//
// Prefetch: a miss on line L fetches L (blocking), then issues L+1..L+n to the DMA
// engines; the first use of a prefetched line L' issues L'+n, so a sequential walk
// keeps n lines in flight ahead of it. `prefetch(a, start, count)` (a builtin) asks
// for the lines of a[start:start+count] explicitly.
//
// Invariants:
//  - the host sees every write when the kernel completes (write-through);
//  - a core sees its own writes in order (a write updates its cached line, in flight
//    or not); between cores only single-element atomicity is promised (each write is
//    one element);
//  - the cache's bytes are charged to the core's memory while the reference lives.

import { typeError, valueError } from "./errors.js";
import { expectArgs, expectKwargs, toInt, typeName } from "./args.js";
import { listBytes } from "./memory.js";
import {
  type CoreApi, type NativeFn, PyFloat, PyHostArray, PyList, PyTuple, type Value, isFloat,
} from "./values.js";
import { type CoreTransfers, LEVEL_COSTS, type TransferEvent, type TransferLevel, coreTransfers, transferNs } from "./transfer.js";

export { transferStats, type TransferCounters, type TransferEvent } from "./transfer.js";

/** Element types of arrays passed by reference. */
export type ElementType = "int32" | "float32" | "float64";

/** Where an array's elements live, as kernels see it. */
export type MemoryKind = "host" | "shared" | "device";

/** Bytes per element. */
export const ELEMENT_BYTES: Readonly<Record<ElementType, number>> = { int32: 4, float32: 4, float64: 8 };

/**
 * The home of an array's elements: a typed array of the TypeScript host, a plain
 * JavaScript array, or host memory another process shares (the CPython bridge's
 * POSIX shared memory). Reads and writes are in elements.
 */
export interface ArrayHome {
  readonly length: number;
  readonly type: ElementType;
  /** Copies elements [start, start + count) into `into[0..count)`. */
  read(start: number, count: number, into: Float64Array): void;
  /** Stores one element (a number of the element type: ints are whole). */
  write(index: number, value: number): void;
  /** Optional: called once when the kernel that used the reference completes. */
  flush?(): void;
}

/** How a reference argument is placed and fetched. */
export interface ReferenceOptions {
  kind: MemoryKind;
  /**
   * Lines to fetch ahead of use (0: a blocking fetch on first access, the default).
   * The model overlaps these transfers with the core's compute.
   */
  prefetch: number;
  /** Lines in the core's cache for this reference (default DEFAULT_CACHE_LINES). */
  cacheLines?: number;
  /** Bytes per cache line, a multiple of 8 (default DEFAULT_LINE_BYTES). */
  lineBytes?: number;
  /** The core's clock for the transfer model (its profile's clockMHz; 0 or absent: the default). */
  clockMHz?: number;
  /** Called for every line moved to the core (--trace). */
  trace?: (event: TransferEvent) => void;
}

export const DEFAULT_CACHE_LINES = 8;
export const DEFAULT_LINE_BYTES = 64;
/** The reference value itself on the core (header and home handle), like a range. */
export const REFERENCE_BYTES = 16;
/** Largest line: larger lines would make one miss cost more local memory than a core has. */
const MAX_LINE_BYTES = 4096;

const KIND_TEXT: Record<MemoryKind, string> = { host: "host memory", shared: "shared memory", device: "device memory" };

/** Checks a Python value for an element type and returns the number to store. */
function elementOf(type: ElementType, v: Value): number {
  if (type === "int32") {
    if (typeof v === "number" && (v | 0) === v) return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    // CPython's array('i') message.
    if (isFloat(v)) throw typeError("integer argument expected, got float");
    throw typeError(`an integer is required (got type ${typeName(v)})`);
  }
  let x: number;
  if (typeof v === "number") x = v;
  else if (v instanceof PyFloat) x = v.v;
  else if (typeof v === "boolean") x = v ? 1 : 0;
  else throw typeError(`must be real number, not ${typeName(v)}`);
  return type === "float32" ? Math.fround(x) : x;
}

/**
 * The lines of one reference held in its core's local memory. Slots hold a line
 * number (-1: empty), the line's elements, when its data arrives (simulated ns) and
 * its last use; `unused` marks prefetched lines not yet touched.
 */
class LineCache {
  readonly data: Float64Array;
  readonly tags: Int32Array;
  readonly readyAt: Float64Array;
  readonly lastUse: Float64Array;
  readonly unused: Uint8Array;
  /** One line, for ArrayHome.read (which fills from index 0). */
  readonly scratch: Float64Array;
  readonly slotOf = new Map<number, number>();
  private tick = 0;

  constructor(readonly lines: number, readonly perLine: number) {
    this.data = new Float64Array(lines * perLine);
    this.tags = new Int32Array(lines).fill(-1);
    this.readyAt = new Float64Array(lines);
    this.lastUse = new Float64Array(lines);
    this.unused = new Uint8Array(lines);
    this.scratch = new Float64Array(perLine);
  }

  touch(slot: number): void {
    this.lastUse[slot] = ++this.tick;
  }

  /**
   * A slot to fill: an empty one, else the least recently used line that has been
   * used (never `keep`); a blocking fetch (`demand`) may also take the oldest
   * untouched prefetched line. -1 when a prefetch would have to evict one.
   */
  victim(demand: boolean, keep: number): number {
    let best = -1;
    let bestUnused = -1;
    for (let s = 0; s < this.lines; s++) {
      if (this.tags[s] < 0) return s;
      if (s === keep) continue;
      if (this.unused[s]) {
        if (bestUnused < 0 || this.lastUse[s] < this.lastUse[bestUnused]) bestUnused = s;
      } else if (best < 0 || this.lastUse[s] < this.lastUse[best]) best = s;
    }
    return best >= 0 ? best : demand ? bestUnused : -1;
  }

  /** Puts `line` in `slot`, dropping what was there. */
  assign(slot: number, line: number): void {
    const old = this.tags[slot];
    if (old >= 0) this.slotOf.delete(old);
    this.tags[slot] = line;
    this.slotOf.set(line, slot);
  }
}

/** An array passed by reference, as one core sees it (one per core per kernel argument). */
export class HostArrayRef extends PyHostArray {
  readonly length: number;
  readonly type: ElementType;
  readonly kind: MemoryKind;
  /** The prefetch distance in lines (0: none). */
  readonly prefetchLines: number;
  private readonly elementBytes: number;
  private readonly perLine: number;
  private readonly cacheLines: number;
  private readonly level: TransferLevel;
  private readonly transfers: CoreTransfers;
  /** Device kind: the core's private copy. */
  private readonly copy: Float64Array | null = null;
  /** Host and shared kinds: made (and charged) on the first fetch. */
  private cache: LineCache | null = null;
  /** The line of the last access and its slot: the common case of a walk. */
  private lastLine = -1;
  private lastSlot = -1;
  private readonly trace: ((e: TransferEvent) => void) | null;

  constructor(private readonly core: CoreApi, readonly home: ArrayHome, opts: ReferenceOptions) {
    super();
    checkHome(home);
    const prefetch = opts.prefetch ?? 0;
    if (!Number.isInteger(prefetch) || prefetch < 0 || prefetch > 1024) throw valueError(`prefetch must be a whole number of lines from 0 to 1024, not ${prefetch}`);
    const lineBytes = opts.lineBytes ?? DEFAULT_LINE_BYTES;
    if (!Number.isInteger(lineBytes) || lineBytes < 8 || lineBytes % 8 !== 0 || lineBytes > MAX_LINE_BYTES) {
      throw valueError(`cache line size must be a multiple of 8 bytes from 8 to ${MAX_LINE_BYTES}, not ${lineBytes}`);
    }
    const lines = opts.cacheLines ?? DEFAULT_CACHE_LINES;
    if (!Number.isInteger(lines) || lines < 1 || lines > 4096) throw valueError(`cache lines must be a whole number from 1 to 4096, not ${lines}`);
    if (!Object.hasOwn(KIND_TEXT, opts.kind)) throw valueError(`unknown memory kind '${String(opts.kind)}' (host, shared or device)`);
    this.length = home.length;
    this.type = home.type;
    this.kind = opts.kind;
    this.prefetchLines = prefetch;
    this.elementBytes = ELEMENT_BYTES[home.type];
    this.perLine = lineBytes / this.elementBytes;
    this.cacheLines = Math.max(lines, prefetch + 1);
    this.level = opts.kind === "shared" ? "shared" : "host";
    this.transfers = coreTransfers(core);
    const clock = opts.clockMHz ?? 0;
    if (!(clock >= 0 && Number.isFinite(clock))) throw valueError(`clock must be a positive number of MHz, not ${clock}`);
    if (clock > 0) this.transfers.clockMHz = clock;
    this.trace = opts.trace ?? null;
    core.charge(REFERENCE_BYTES);
    if (opts.kind === "device") {
      // Charged like a list before the host allocates it: MemoryError with the sizes.
      core.charge(listBytes(home.length));
      const copy = new Float64Array(home.length);
      home.read(0, home.length, copy);
      this.copy = copy;
      const bytes = home.length * this.elementBytes;
      const t = this.transfers;
      const at = t.now();
      const wait = transferNs(LEVEL_COSTS.host, bytes);
      t.fetched("host", bytes);
      t.stall(wait);
      this.trace?.({ core: core.id, op: "copy", level: "host", start: 0, count: home.length, bytes, issuedNs: at, readyNs: at + wait });
    }
  }

  liveBytes(): number {
    if (this.copy) return REFERENCE_BYTES + listBytes(this.length);
    return REFERENCE_BYTES + (this.cache ? this.cacheLines * this.perLine * this.elementBytes : 0);
  }

  describe(): string {
    return `<hostarray ${this.type}[${this.length}] in ${KIND_TEXT[this.kind]}>`;
  }

  get(i: number): Value {
    const x = this.copy ? this.copy[i] : this.cached(i);
    return this.type === "int32" ? x : this.core.float(x);
  }

  set(i: number, v: Value): void {
    const x = elementOf(this.type, v);
    if (this.copy) {
      this.copy[i] = x;
      return;
    }
    this.home.write(i, x);
    this.transfers.written(this.level, this.elementBytes);
    // A core sees its own writes: the cached line (arrived or in flight) is updated.
    const c = this.cache;
    if (c) {
      const line = Math.floor(i / this.perLine);
      const slot = c.slotOf.get(line);
      if (slot !== undefined) c.data[slot * this.perLine + (i - line * this.perLine)] = x;
    }
  }

  /** Element i through the cache (host and shared kinds). */
  private cached(i: number): number {
    const line = Math.floor(i / this.perLine);
    let slot: number;
    if (line === this.lastLine) {
      this.transfers.counters.hits++;
      slot = this.lastSlot;
    } else {
      slot = this.lookup(line);
    }
    return this.cache!.data[slot * this.perLine + (i - line * this.perLine)];
  }

  /** The slot of `line`, fetching it (blocking) on a miss and keeping prefetches ahead. */
  private lookup(line: number): number {
    const c = this.cache ?? this.makeCache();
    const t = this.transfers;
    let slot = c.slotOf.get(line);
    if (slot !== undefined) {
      t.counters.hits++;
      t.stall(c.readyAt[slot] - t.now()); // still in flight: wait for the rest
      if (c.unused[slot]) {
        c.unused[slot] = 0;
        if (this.prefetchLines > 0) this.issue(line + this.prefetchLines, slot);
      }
    } else {
      t.counters.misses++;
      slot = c.victim(true, -1);
      const count = this.fill(c, slot, line);
      const start = line * this.perLine;
      const bytes = count * this.elementBytes;
      const at = t.now();
      const wait = transferNs(LEVEL_COSTS[this.level], bytes);
      t.fetched(this.level, bytes);
      t.stall(wait);
      c.readyAt[slot] = at + wait;
      c.unused[slot] = 0;
      this.trace?.({ core: this.core.id, op: "fetch", level: this.level, start, count, bytes, issuedNs: at, readyNs: at + wait });
      for (let k = 1; k <= this.prefetchLines; k++) this.issue(line + k, slot);
    }
    c.touch(slot);
    this.lastLine = line;
    this.lastSlot = slot;
    return slot;
  }

  private makeCache(): LineCache {
    // Charged before the host allocates it (MemoryError with the sizes if it does not fit).
    this.core.charge(this.cacheLines * this.perLine * this.elementBytes);
    this.cache = new LineCache(this.cacheLines, this.perLine);
    return this.cache;
  }

  /** Reads `line` from the home into `slot`; returns the number of elements read. */
  private fill(c: LineCache, slot: number, line: number): number {
    if (slot === this.lastSlot) this.lastLine = -1;
    c.assign(slot, line);
    const start = line * this.perLine;
    const count = Math.min(this.perLine, this.length - start);
    // Through a scratch line: ArrayHome.read fills from index 0.
    const scratch = c.scratch;
    this.home.read(start, count, scratch);
    const base = slot * this.perLine;
    for (let k = 0; k < count; k++) c.data[base + k] = scratch[k];
    return count;
  }

  /**
   * Hands `line` to a DMA engine unless it is cached already, past the end, or the
   * cache has no room without evicting a line not used yet (or `keep`, the line in use).
   */
  private issue(line: number, keep: number): void {
    const c = this.cache!;
    if (line * this.perLine >= this.length || c.slotOf.has(line)) return;
    const slot = c.victim(false, keep);
    if (slot < 0) return;
    const t = this.transfers;
    const count = this.fill(c, slot, line);
    const start = line * this.perLine;
    const bytes = count * this.elementBytes;
    const at = t.now();
    c.readyAt[slot] = t.dma(this.level, bytes, at);
    c.unused[slot] = 1;
    c.touch(slot);
    t.fetched(this.level, bytes);
    t.counters.prefetchedLines++;
    this.trace?.({ core: this.core.id, op: "prefetch", level: this.level, start, count, bytes, issuedNs: at, readyNs: c.readyAt[slot] });
  }

  /** Asks for the lines of elements [start, start + count) ahead of use (clamped to the array). */
  prefetch(start: number, count: number): void {
    if (this.copy || count <= 0 || this.length === 0) return;
    if (!this.cache) this.makeCache();
    const first = Math.floor(Math.max(0, start) / this.perLine);
    const last = Math.floor((Math.min(this.length, start + count) - 1) / this.perLine);
    const keep = this.lastLine >= 0 ? this.lastSlot : -1;
    for (let line = first; line <= last; line++) this.issue(line, keep);
  }
}

function checkHome(home: ArrayHome): void {
  if (!Object.hasOwn(ELEMENT_BYTES, home.type)) throw valueError(`unknown element type '${String(home.type)}' (int32, float32 or float64)`);
  if (!Number.isInteger(home.length) || home.length < 0 || home.length > 0x7fffffff) {
    throw valueError(`an array passed by reference has 0 to 2147483647 elements, not ${home.length}`);
  }
}

/**
 * Makes the value a kernel receives for an array passed by reference, on `core`:
 * charges the reference (and, for the device kind, the private copy) to the core.
 */
export function referenceArgument(core: CoreApi, home: ArrayHome, opts: ReferenceOptions): Value {
  return new HostArrayRef(core, home, opts);
}

/** The home of a TypeScript typed array: reads and writes go to the array itself. */
export function typedArrayHome(a: Float32Array | Int32Array | Float64Array): ArrayHome {
  const type: ElementType | null = a instanceof Float32Array ? "float32" : a instanceof Int32Array ? "int32" : a instanceof Float64Array ? "float64" : null;
  if (type === null) throw typeError("an array passed by reference must be a Float32Array, Int32Array or Float64Array");
  return {
    length: a.length,
    type,
    read(start, count, into) {
      // A cache line is a few elements: a loop beats making a subarray view.
      if (count <= 64) for (let k = 0; k < count; k++) into[k] = a[start + k];
      else into.set(a.subarray(start, start + count));
    },
    write(index, value) {
      a[index] = value;
    },
  };
}

/**
 * The home of a plain JavaScript array of numbers, read as `type` (writes go into the
 * array). Every element is checked once here: an int32 array holds only 32-bit whole
 * numbers; float32 values are rounded to single precision when read and written.
 */
export function numberArrayHome(a: number[], type: ElementType): ArrayHome {
  if (!Object.hasOwn(ELEMENT_BYTES, type)) throw valueError(`unknown element type '${String(type)}' (int32, float32 or float64)`);
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (typeof x !== "number") throw typeError(`element ${i} of an array passed by reference is not a number`);
    if (type === "int32" && (x | 0) !== x) throw typeError(`element ${i} (${x}) of an int32 array is not a 32-bit integer`);
  }
  const round = type === "float32" ? Math.fround : (x: number) => x;
  return {
    length: a.length,
    type,
    read(start, count, into) {
      for (let k = 0; k < count; k++) into[k] = round(a[start + k]);
    },
    write(index, value) {
      a[index] = round(value);
    },
  };
}

/**
 * The builtin `prefetch(a, start=0, count=len(a) - start)`: asks for the elements
 * a[start:start+count] ahead of use (the range is clamped to the array, like a
 * slice). A list or tuple is already in the core's memory: nothing to do, so the same
 * kernel runs on local data. Returns None.
 */
export const prefetchBuiltin: NativeFn = (_core, args, kw) => {
  expectKwargs("prefetch", kw, ["start", "count"]);
  expectArgs("prefetch", args, 1, 3);
  const a = args[0];
  if (a instanceof PyList || a instanceof PyTuple) return null;
  if (!(a instanceof HostArrayRef)) throw typeError(`prefetch() argument 1 must be an array passed by reference, not ${typeName(a)}`);
  const startV = args[1] ?? kw?.get("start") ?? 0;
  const start0 = toInt(startV, "prefetch() start");
  const start = start0 < 0 ? Math.max(0, start0 + a.length) : start0;
  const countV = args[2] ?? kw?.get("count") ?? null;
  const count = countV === null ? a.length - start : toInt(countV, "prefetch() count");
  if (count < 0) throw valueError(`prefetch() count must not be negative, not ${count}`);
  a.prefetch(start, count);
  return null;
};
