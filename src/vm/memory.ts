// Per-core memory accounting. A core's data (call frames and heap objects) must fit
// its byte budget; every allocation is charged here with the documented sizes:
//
//   call frame   16 B + 4 B per local and per operand-stack slot
//   list/tuple    8 B + 4 B per element      str   8 B + 1 B per character (see SHARED_STR_MAX)
//   function     16 B + 4 B per default and per closure cell
//   cell          8 B     range / iterator 16 B     module 16 B + 4 B per global
//   dict         16 B + 12 B per entry slot (hash, key, value); view 16 B
//   set          16 B + 8 B per table slot (hash, key): 8 slots, x4 when 3/5 full
//   bytes         8 B + 1 B per element  bytearray 16 B + 1 B per element (bytes.ts)
//   big int       8 B + 4 B per 32-bit digit of the magnitude (vm/bigint.ts)
//
// The collector is a mark phase over the core's roots (operand stack, frames,
// module globals, messages in flight): the live size it finds replaces the running
// total, so garbage stops counting against the budget. (The bytes themselves are
// reclaimed by the host JavaScript engine once unreachable.) Frames are released
// on return, in stack order.
//
// When it runs (amortised): once usage passes local memory, and then only after the
// program has allocated its live heap size again since the last collection (at
// least MIN_SLACK bytes), never later than the core's capacity. A program whose live
// data sits just under (or over) its local memory therefore collects once per
// max(L, MIN_SLACK) bytes of allocation, not on every allocation, and the collector's
// total cost stays proportional to the bytes allocated. Limits stay exact: usage is an upper
// bound of the live size, and a collection runs before it may exceed the capacity,
// so MemoryError is raised at the same allocation as with a collection on every
// allocation, after a full collection has confirmed it.
//
// Spilling is decided by collections too: data spills into shared memory when a
// collection finds the live size beyond local memory (garbage awaiting collection
// is not counted as spilled). `peak` counts usage while it is within local memory
// and live sizes found by collections beyond it.
//
// Builtins that build sequences or strings charge as they grow (vm/growth.ts), so a
// program runs out of its core's memory, never the host's.
//
// When the local budget is exceeded the `onExhausted` hook decides: spill into the
// core's slice of shared memory (device layer), or raise MemoryError.

import { PyError, recursionError } from "./errors.js";
import {
  Cell, PyBigInt, PyFloat, PyFunction, PyHeapObject, PyHostArray, PyIterator, PyList, PyModule, PyRange, PyTuple, type Value,
} from "./values.js";
import { PyDict, PyDictView, dictBytes } from "./dict.js";
import { PySet, setBytes } from "./set.js";
import { PyBytesLike, bytesSize } from "./bytes.js";
import { bigBytes } from "./bigint.js";
import type { WeakCell } from "./modules/weakrefNative.js";

export const SIZE = {
  frameHeader: 16,
  slot: 4,
  listHeader: 8,
  strHeader: 8,
  functionHeader: 16,
  /** An attribute set on a function object. */
  attribute: 8,
  cell: 8,
  range: 16,
  iterator: 16,
  moduleHeader: 16,
  dictHeader: 16,
  dictEntry: 12,
  setHeader: 16,
  setSlot: 8,
  bytesHeader: 8,
  bytearrayHeader: 16,
} as const;

export const listBytes = (n: number) => SIZE.listHeader + SIZE.slot * n;

/**
 * Strings are host values without identity: the collector cannot tell one string held
 * twice from two equal strings (CPython objects). Up to this length (names, keys, short
 * literals: what CPython interns or a program shares) a text is counted once however
 * often it is held; a longer one counts at each reference. So `["x" * 1000 for _ in
 * range(n)]` costs n strings as in CPython (counted once, its memory would look free
 * and the host's would fill instead), and a set of equal long strings is never hashed
 * and compared in full on every collection.
 */
export const SHARED_STR_MAX = 64;
export const strBytes = (s: string) => SIZE.strHeader + s.length;

/**
 * Values a builtin is still building (the items collected so far by
 * `list(map(f, xs))`, `sorted(it)`, `''.join(it)`...). They are not reachable from any root until the builtin
 * returns, yet they occupy memory: the collector counts them as live, so a builder
 * that charges as it grows cannot have its charges forgotten by a collection.
 * Builtins run synchronously on their core's thread, so the entries present during a
 * collection belong to builtins active on the collecting core (the `core` id keeps
 * another core's collection — e.g. a message charged to the receiver — from seeing
 * them).
 */
const building: { core: number; value: Value }[] = [];

/** Runs `build` with `value` counted as live on core `coreId` while it runs. */
export function whileBuilding<T>(coreId: number, value: Value, build: () => T): T {
  building.push({ core: coreId, value });
  try {
    return build();
  } finally {
    building.pop();
  }
}

export interface MemoryLimits {
  /** Bytes for data on the core (after code and the runtime's reserved part). */
  local: number;
  /** Extra bytes the core may spill into (its shared-memory slice); 0 for none. */
  spill: number;
  /** Cap on call-frame bytes (host cores, whose memory is large); none if absent. */
  frames?: number;
}

/** Fewest bytes allocated between two collections once usage is past local memory. */
export const MIN_SLACK = 65536;

export class CoreMemory {
  /** Heap bytes: live at the last collection plus allocations since. */
  heap = 0;
  /** Bytes of the active call frames. */
  frames = 0;
  /**
   * Highest usage known to be live: usage while within local memory, and beyond it
   * the live size found by collections (between collections usage beyond local
   * memory may be garbage).
   */
  peak = 0;
  collections = 0;
  /** True once data has spilled past local memory. */
  spilled = false;
  /** Set by the owner: yields every root value (stack, frames, globals...). */
  roots: () => Iterable<Value | undefined> = () => [];
  /** Called once when data first spills into shared memory. */
  onSpill: ((used: number, local: number) => void) | null = null;
  /**
   * Suspended generators inside a `try` (or `with`), registered by vm/generators.ts:
   * when a collection finds one unreachable, CPython would close() it as its last
   * reference goes (its `finally` blocks run). Running Python code in the middle of
   * an allocation is not safe, so such generators move to `pendingClose`, stay alive
   * (they are roots until then), and the core closes them at its next safe point
   * (Core.closeUnreachableGenerators).
   */
  readonly closable = new Set<Value>();
  pendingClose: Value[] = [];
  /**
   * Instances of classes with `__del__` not yet finalized, in creation order
   * (classes.ts newInstance). As for `closable`: a collection that finds one
   * unreachable moves it to `pendingFinalize`, where it stays a root (with all it
   * holds) until the core runs its `__del__` at a safe point (Core.runFinalizers).
   */
  readonly finalizable = new Set<Value>();
  pendingFinalize: Value[] = [];
  /**
   * Weak references not yet cleared (modules/weakrefNative.ts): after marking, a cell
   * whose target went unmarked is cleared, and its callback, if the cell itself was
   * marked, waits in `pendingWeakCallbacks` (a root, with the cell) for the core's
   * next safe point (Core.runFinalizers).
   */
  readonly weakCells = new Set<WeakCell>();
  pendingWeakCallbacks: WeakCell[] = [];
  /**
   * How many objects whose death the program can observe are watched: instances with
   * `__del__` and weak references (and callbacks waiting to run). A plain field: the
   * interpreter and compiled code read it on every return, `del` and global store (0
   * in almost every program), and while it is not 0 those run Core.checkFinalizers.
   */
  finalizers = 0;
  /**
   * `finalizers` plus the generators suspended inside a try or with (`closable`): what
   * a `del` or the rebinding of a global may have released where the program can see
   * it (a `finally` block runs). The `del` and store paths read it; returns and output
   * read `finalizers` only, so that a live generator paused in a try (a coroutine
   * driven by an event loop) does not make every return run a check.
   */
  dropWatch = 0;

  /** Recounts `finalizers` and `dropWatch`: after any change to the sets they count. */
  countWatched(): void {
    this.finalizers = this.finalizable.size + this.weakCells.size + this.pendingWeakCallbacks.length;
    this.dropWatch = this.finalizers + this.closable.size;
  }

  /** Registers an instance whose class has `__del__` (classes.ts newInstance). */
  addFinalizable(v: Value): void {
    this.finalizable.add(v);
    this.countWatched();
  }

  /** Registers a generator suspended inside a try or with (generators.ts suspendGenerator), keeping dropWatch in step. */
  addClosable(gen: Value): void {
    if (this.closable.has(gen)) return;
    this.closable.add(gen);
    this.countWatched();
  }

  /** Unregisters one that finished or suspended outside any try. */
  removeClosable(gen: Value): void {
    if (this.closable.delete(gen)) this.countWatched();
  }

  /** Registers a weak reference (modules/weakrefNative.ts). */
  addWeakCell(cell: WeakCell): void {
    this.weakCells.add(cell);
    this.countWatched();
  }

  /** The callbacks of cleared weak references, in the order they were queued, now handed to the core to run. */
  takeWeakCallbacks(): WeakCell[] {
    const due = this.pendingWeakCallbacks;
    this.pendingWeakCallbacks = [];
    this.countWatched();
    return due;
  }

  /** After marking (`seen`): clears the weak references whose targets were not marked. */
  private clearWeakCells(seen: Set<unknown>): void {
    for (const cell of this.weakCells) {
      const target = cell.target;
      if (!seen.has(cell)) this.weakCells.delete(cell); // the reference itself is gone: no callback (as CPython)
      else if (typeof target === "object" && target !== null && !seen.has(target)) {
        cell.target = null;
        this.weakCells.delete(cell);
        if (cell.callback !== null) this.pendingWeakCallbacks.push(cell);
      }
    }
    this.countWatched();
  }

  /**
   * Usage at which the next collection runs. Invariant: local <= collectAt <= capacity
   * (see the header: amortised, yet never past the capacity, so limits stay exact).
   */
  private collectAt: number;
  /** limits.local, read on every charge. */
  private local: number;
  /**
   * limits.frames, or Infinity: read on every frame charge. A plain field: reading it
   * through the `limits` getter there made V8 allocate on every call (measured:
   * ~30 bytes per method call in compiled code).
   */
  private frameCap: number;
  private limitsValue: MemoryLimits;

  constructor(public readonly coreId: number, limits: MemoryLimits) {
    this.limitsValue = limits;
    this.local = limits.local;
    this.collectAt = limits.local;
    this.frameCap = limits.frames ?? Infinity;
  }

  get limits(): MemoryLimits {
    return this.limitsValue;
  }
  set limits(l: MemoryLimits) {
    this.limitsValue = l;
    this.local = l.local;
    this.collectAt = l.local;
    this.frameCap = l.frames ?? Infinity;
  }

  get used(): number {
    return this.heap + this.frames;
  }

  get capacity(): number {
    return this.limits.local + this.limits.spill;
  }

  /** Charges a heap allocation; collects, spills or raises MemoryError as needed. */
  charge(bytes: number): void {
    this.heap += bytes;
    const used = this.heap + this.frames;
    if (used > this.collectAt) this.overflow(bytes, "allocating");
    else if (used > this.peak && used <= this.local) this.peak = used;
  }

  /** Charges a call frame (released with `releaseFrame`). */
  chargeFrame(bytes: number): void {
    this.frames += bytes;
    const used = this.heap + this.frames;
    if (used > this.collectAt) this.overflow(bytes, "frame");
    else {
      if (used > this.peak && used <= this.local) this.peak = used;
      if (this.frames > this.frameCap) {
        this.frames -= bytes;
        throw recursionError(`core ${this.coreId}'s call frames would exceed ${fmt(this.frameCap)} bytes`);
      }
    }
  }

  releaseFrame(bytes: number): void {
    this.frames -= bytes;
  }

  /**
   * Sets `frames` to the charge of the frames linked from `top` (the core's current
   * frame). Invariant: outside a frame's entry and the unwinder, `frames` is that sum.
   * The host's stack running out can break it (a frame charged and never linked, or
   * released twice), so a handler taking such an error restores it: O(depth), on that
   * rare path only.
   */
  recountFrames(top: { bytes: number; parent: unknown } | null): void {
    let sum = 0;
    for (let f = top; f !== null; f = f.parent as typeof top) sum += f.bytes;
    this.frames = sum;
  }

  /**
   * Releases a frame of `bytes` whose `kept` bytes (no more than `bytes`) stay on the
   * heap: the snapshot of its locals a traceback entry keeps (vm/exceptions.ts). Usage
   * does not grow, so nothing is checked.
   */
  releaseFrameKeeping(bytes: number, kept: number): void {
    this.frames -= bytes;
    this.heap += kept;
  }

  private overflow(request: number, what: "allocating" | "frame"): void {
    // The object being allocated is not reachable from the roots yet: keep it counted.
    this.collect();
    if (what === "allocating") this.heap += request;
    const used = this.heap + this.frames;
    const local = this.local;
    if (used <= this.capacity) {
      if (used > this.peak) this.peak = used;
      // Amortised: the next collection once the live size (at least MIN_SLACK) is allocated
      // again. The live size counts frames too: a collection walks every frame, so deep
      // recursion with a small heap must not collect every MIN_SLACK bytes of frames.
      this.collectAt = Math.min(this.capacity, Math.max(local, used + Math.max(MIN_SLACK, used)));
      if (used > local && !this.spilled) {
        this.spilled = true;
        this.onSpill?.(used, local);
      }
      if (what === "frame" && this.limits.frames !== undefined && this.frames > this.limits.frames) {
        this.frames -= request;
        throw recursionError(`core ${this.coreId}'s call frames would exceed ${fmt(this.limits.frames)} bytes`);
      }
      return;
    }
    // Undo the charge so the core's accounting stays consistent after the error.
    if (what === "frame") this.frames -= request;
    else this.heap -= request;
    const where = this.limits.spill ? `${fmt(this.limits.local)} local + ${fmt(this.limits.spill)} shared` : `${fmt(this.limits.local)}`;
    const detail = `${fmt(used - request)} in use (frames ${fmt(this.frames)}, heap ${fmt(this.heap)}) of ${where} bytes`;
    if (what === "frame") {
      throw recursionError(`core ${this.coreId} has no memory for another call frame of ${fmt(request)} bytes; ${detail}`);
    }
    throw new PyError("MemoryError", `core ${this.coreId} out of memory allocating ${fmt(request)} bytes; ${detail}`);
  }

  /**
   * Marking done: registered generators and finalizable instances left unmarked are
   * unreachable. Queues them for close() or `__del__` and puts them on `work`, so that
   * what they hold is marked (and counted) too: they live until then. True when it
   * found any.
   */
  private queueUnreachable(seen: Set<unknown>, work: Value[]): boolean {
    const generators = moveUnreachable(this.closable, this.pendingClose, seen, work);
    const instances = moveUnreachable(this.finalizable, this.pendingFinalize, seen, work);
    this.countWatched();
    return generators || instances;
  }

  /** Mark phase: recomputes the live heap size from the roots. Returns it. */
  collect(): number {
    this.collections++;
    const seen = new Set<unknown>();
    const strings = new Set<string>();
    let live = 0;
    const work: Value[] = [];
    for (const r of this.roots()) if (r !== undefined) work.push(r);
    for (const g of this.pendingClose) work.push(g);
    for (const o of this.pendingFinalize) work.push(o);
    for (const c of this.pendingWeakCallbacks) work.push(c);
    for (const b of building) if (b.core === this.coreId) work.push(b.value);
    while (work.length || this.queueUnreachable(seen, work)) {
      const v = work.pop()!;
      if (typeof v === "string") {
        // A long string counts at every reference; short ones once per distinct text.
        if (v.length > SHARED_STR_MAX) live += strBytes(v);
        else if (!strings.has(v)) {
          strings.add(v);
          live += strBytes(v);
        }
        continue;
      }
      if (typeof v !== "object" || v === null || v instanceof PyFloat || seen.has(v)) continue;
      seen.add(v);
      if (v instanceof PyList || v instanceof PyTuple) {
        // shared_mem_array lists live in shared memory: the device charges them there.
        if (!(v instanceof PyList && v.shared)) live += listBytes(v.items.length);
        for (const x of v.items) if (typeof x === "object" || typeof x === "string") work.push(x);
      } else if (v instanceof PyFunction) {
        live += SIZE.functionHeader + SIZE.slot * ((v.defaults?.length ?? 0) + (v.closure?.length ?? 0));
        if (v.defaults) work.push(...v.defaults);
        if (v.closure) work.push(...v.closure);
        if (v.kwdefaults) work.push(...v.kwdefaults.values());
        if (v.attrs) {
          live += SIZE.attribute * v.attrs.size;
          for (const x of v.attrs.values()) work.push(x); // any number of them: no spread
        }
      } else if (v instanceof Cell) {
        live += SIZE.cell;
        if (v.value !== undefined) work.push(v.value);
      } else if (v instanceof PyModule) {
        live += SIZE.moduleHeader + SIZE.slot * v.slots.length;
        for (const x of v.slots) if (x !== undefined) work.push(x);
        if (v.namespace !== null) {
          // globals()'s dict: current values only (introspection.ts ModuleNamespace).
          if (v.namespace instanceof PyDict) v.namespace.refreshValues();
          work.push(v.namespace);
        }
      } else if (v instanceof PyBigInt) {
        live += bigBytes(v);
      } else if (v instanceof PyRange) {
        live += SIZE.range;
        // A wide range keeps its big-int bounds alive (counted once each, as any int).
        if (!v.narrow) for (const b of [v.start, v.stop, v.step]) if (typeof b !== "number") work.push(b);
      } else if (v instanceof PyIterator) {
        // An iterator keeps its sequence (and whatever it wraps) alive: a temporary
        // list being iterated is live even when nothing else refers to it.
        live += v.liveBytes?.() ?? SIZE.iterator;
        for (const x of v.children()) work.push(x);
      } else if (v instanceof PyDict) {
        live += dictBytes(v);
        for (const k of v.keys) if (typeof k === "object" || typeof k === "string") work.push(k);
        for (const x of v.vals) if (typeof x === "object" || typeof x === "string") work.push(x);
      } else if (v instanceof PySet) {
        live += setBytes(v);
        for (const k of v.table) if (typeof k === "object" || typeof k === "string") work.push(k);
      } else if (v instanceof PyBytesLike) {
        live += bytesSize(v); // holds no other values
      } else if (v instanceof PyDictView) {
        live += SIZE.iterator;
        work.push(v.dict);
      } else if (v instanceof PyHeapObject) {
        // Classes, instances, bound methods... (vm/classes.ts documents the sizes).
        live += v.bytes();
        for (const x of v.children()) work.push(x);
      } else if (v instanceof PyHostArray) {
        // An array passed by reference: its cache lines or private copy are on the core.
        live += v.liveBytes();
      }
    }
    if (this.weakCells.size !== 0) this.clearWeakCells(seen);
    this.heap = live;
    return live;
  }
}

/** Moves the members of `registered` not in `seen` to `pending` and `work`; true when any moved. */
function moveUnreachable(registered: Set<Value>, pending: Value[], seen: Set<unknown>, work: Value[]): boolean {
  let found = false;
  for (const v of registered) {
    if (seen.has(v)) continue;
    registered.delete(v);
    pending.push(v);
    work.push(v);
    found = true;
  }
  return found;
}

function fmt(n: number): string {
  return n.toLocaleString("en-US");
}
