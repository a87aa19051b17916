// dict: an insertion-ordered hash table keyed by any hashable value, with CPython's
// key equality (1, 1.0 and True are one key; the first key stored is kept).
//
// Layout: parallel arrays of entries in insertion order (key, value, hash) plus an
// index from hash to entry position. Deleting leaves a hole (DELETED) so positions
// stay valid for iterators; holes are squeezed out when they outnumber live entries.
//
// Memory (charged to the core before the host grows anything): a dict is
// SIZE.dictHeader (16 B) + SIZE.dictEntry (12 B: hash, key, value) per entry slot,
// holes included until they are squeezed out — see dictBytes, which the collector
// uses, and `set`, which charges each new slot.

import { PyError } from "./errors.js";
import { hashOf } from "./hash.js";
import { SIZE } from "./memory.js";
import { keyEq } from "./ops.js";
import { type CoreApi, type Value } from "./values.js";
import { TupleIterator } from "./tupleIterators.js";

/** Marks a deleted entry (never a Python value). */
export const DELETED: unique symbol = Symbol("DELETED");

/**
 * Most entries in one dict: the size its index (formerly V8's Map, which stops at
 * 2**24 entries) has always allowed; far beyond any core's memory (12 B an entry).
 */
const MAX_DICT_HASHES = 2 ** 24;

/** An index slot never used: a probe sequence ends there. */
const EMPTY = -1;
/** An index slot whose entry was removed: probes go on past it, insertions may reuse it. */
const DUMMY = -2;
const MIN_INDEX = 8;
const PERTURB_SHIFT = 5;

export const dictBytes = (d: PyDict) => SIZE.dictHeader + SIZE.dictEntry * d.keys.length;

export class PyDict {
  readonly keys: (Value | typeof DELETED)[] = [];
  readonly vals: Value[] = [];
  readonly hashes: number[] = [];
  /** Live entries. */
  size = 0;
  /** Bumped whenever a key is added or removed: iterators detect the change. */
  version = 0;
  /**
   * The index: an open-addressing table (CPython's probe sequence: i*5 + 1 + perturb)
   * from a hash to the position of its entry, EMPTY or DUMMY (an Int32Array: V8 fills
   * a large one several times faster than a plain array); it is at most 2/3
   * full (live and DUMMY slots), so a probe sequence always ends. Probing compares the
   * stored hashes first, so a key is compared (`__eq__`) only on a full hash match.
   */
  private index: Int32Array = EMPTY_INDEX;
  /** Slots of the index in use: live entries and DUMMYs. */
  private filled = 0;

  /** The core whose memory holds the dict (values never cross cores: messages copy). */
  constructor(public readonly owner: CoreApi) {}

  /** A dict that mirrors other state brings its values up to date before the collector marks it (introspection.ts ModuleNamespace). */
  refreshValues(): void {}

  /** Position of `key`'s entry, or -1. TypeError for an unhashable key. */
  find(key: Value, h = hashOf(key)): number {
    const index = this.index;
    const mask = index.length - 1;
    let i = h & mask;
    let perturb = h >>> 0;
    for (;;) {
      const p = index[i];
      if (p === EMPTY) return -1;
      if (p >= 0 && this.hashes[p] === h) {
        const k = this.keys[p];
        if (k === key) return p;
        if (eqKey(k, key)) {
          // A key's __eq__ may have changed the dict: then look again in its new index.
          return this.index === index ? p : this.find(key, h);
        }
        if (this.index !== index) return this.find(key, h);
      }
      perturb >>>= PERTURB_SHIFT;
      i = (i * 5 + perturb + 1) & mask;
    }
  }

  get(key: Value): Value | undefined {
    const i = this.find(key);
    return i < 0 ? undefined : this.vals[i];
  }

  has(key: Value): boolean {
    return this.find(key) >= 0;
  }

  /** d[key] = value: a new key is charged to the owner (MemoryError leaves d unchanged). */
  set(key: Value, value: Value): void {
    const h = hashOf(key);
    const i = this.find(key, h);
    if (i >= 0) {
      this.vals[i] = value;
      return;
    }
    // Refuse before anything changes (see MAX_DICT_HASHES).
    if (this.size >= MAX_DICT_HASHES) {
      throw new PyError("MemoryError", `core ${this.owner.id} cannot hold more than ${MAX_DICT_HASHES.toLocaleString("en-US")} entries in one dict: the host's limit`);
    }
    this.owner.charge(SIZE.dictEntry);
    // Grown before the entry exists, so that reindex does not place it too.
    if (this.index === EMPTY_INDEX || (this.filled + 1) * 3 >= this.index.length * 2) this.reindex();
    const pos = this.keys.length;
    this.keys.push(key);
    this.vals.push(value);
    this.hashes.push(h);
    this.place(h, pos);
    this.size++;
    this.version++;
  }

  /** Puts entry `pos` (hash h, a key not in the index) into the index, which has room for it. */
  private place(h: number, pos: number): void {
    const index = this.index;
    const mask = index.length - 1;
    let i = h & mask;
    let perturb = h >>> 0;
    while (index[i] >= 0) {
      perturb >>>= PERTURB_SHIFT;
      i = (i * 5 + perturb + 1) & mask;
    }
    if (index[i] === EMPTY) this.filled++;
    index[i] = pos;
  }

  /** Rebuilds the index from the live entries (no DUMMYs), sized for them to fill at most a third of it. */
  private reindex(): void {
    let n = MIN_INDEX;
    while (n < (this.size + 1) * 3) n *= 2;
    const index = newIndex(n);
    const mask = n - 1;
    const keys = this.keys;
    for (let pos = 0; pos < keys.length; pos++) {
      if (keys[pos] === DELETED) continue;
      const h = this.hashes[pos];
      let i = h & mask;
      let perturb = h >>> 0;
      while (index[i] !== EMPTY) {
        perturb >>>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
      }
      index[i] = pos;
    }
    this.index = index;
    this.filled = this.size;
  }

  /** Removes `key`; returns its value, or undefined when absent. */
  delete(key: Value): Value | undefined {
    const h = hashOf(key);
    const i = this.find(key, h);
    if (i < 0) return undefined;
    return this.deleteAt(i);
  }

  /** Removes the entry at position i (live); returns its value. */
  deleteAt(i: number): Value {
    const index = this.index;
    const mask = index.length - 1;
    let j = this.hashes[i] & mask;
    let perturb = this.hashes[i] >>> 0;
    while (index[j] !== i) {
      perturb >>>= PERTURB_SHIFT;
      j = (j * 5 + perturb + 1) & mask;
    }
    index[j] = DUMMY;
    const v = this.vals[i];
    this.keys[i] = DELETED;
    this.vals[i] = null;
    this.size--;
    this.version++;
    // Trailing holes go at once (popitem); others when they outnumber live entries.
    while (this.keys.length && this.keys[this.keys.length - 1] === DELETED) {
      this.keys.pop();
      this.vals.pop();
      this.hashes.pop();
    }
    if (this.keys.length > 8 && this.keys.length > 2 * this.size) this.compact();
    return v;
  }

  clear(): void {
    this.keys.length = this.vals.length = this.hashes.length = 0;
    this.index = EMPTY_INDEX;
    this.filled = 0;
    this.size = 0;
    this.version++;
  }

  /** Position of the last live entry (popitem), or -1. */
  lastIndex(): number {
    for (let i = this.keys.length - 1; i >= 0; i--) if (this.keys[i] !== DELETED) return i;
    return -1;
  }

  /** Squeezes out the holes left by deletions (entry positions change). */
  private compact(): void {
    let j = 0;
    for (let i = 0; i < this.keys.length; i++) {
      if (this.keys[i] === DELETED) continue;
      this.keys[j] = this.keys[i];
      this.vals[j] = this.vals[i];
      this.hashes[j] = this.hashes[i];
      j++;
    }
    this.keys.length = this.vals.length = this.hashes.length = j;
    this.reindex();
  }

  /** Live keys in insertion order (a fresh array). */
  keyList(): Value[] {
    return this.keys.filter((k): k is Value => k !== DELETED);
  }
}

/** An index of n (a power of two) EMPTY slots. */
function newIndex(n: number): Int32Array {
  return new Int32Array(n).fill(EMPTY);
}

/**
 * The index of every empty dict, shared and never written: a dict gets its own at its
 * first insertion (set), so the empty dicts programs make in numbers (`**kwargs` of
 * each call, `{}` then filled elsewhere or never) allocate no typed array. Only set()
 * adds entries, and deleteAt writes only where an entry is, so nothing writes here.
 */
const EMPTY_INDEX = newIndex(MIN_INDEX);

function eqKey(stored: Value | typeof DELETED, key: Value): boolean {
  return stored !== DELETED && keyEq(stored, key);
}

export type ViewKind = "keys" | "values" | "items";

/** d.keys(), d.values(), d.items(): live views of the dict (they see later changes). */
export class PyDictView {
  constructor(public readonly dict: PyDict, public readonly kind: ViewKind) {}
}

/**
 * Iterates a dict's keys, values or (key, value) tuples in insertion order. Like
 * CPython, adding or removing a key while it runs is a RuntimeError. An items
 * iterator charges each tuple it makes to the dict's core.
 */
export class DictIterator extends TupleIterator {
  private i: number;
  private readonly version: number;
  private readonly size: number;
  /**
   * `reversed(d)` walks from the newest entry back. An items iterator is a
   * TupleIterator of arity 2, so that `for k, v in d.items()` takes each key and value
   * with `fill` and builds no tuple (tupleIterators.ts); keys and values have arity 0,
   * which no unpacking asks for.
   */
  constructor(private readonly dict: PyDict, readonly kind: ViewKind, readonly backwards = false) {
    super(dict.owner, kind === "items" ? 2 : 0);
    this.version = dict.version;
    this.size = dict.size;
    this.i = backwards ? dict.keys.length - 1 : 0;
  }
  /** The index of the next live entry (the walk moves past it), or -1 at the end. */
  private advance(): number {
    const d = this.dict;
    if (d.version !== this.version) {
      // Exhausted once: a second next() after the error ends quietly, as in CPython.
      this.i = this.backwards ? -1 : Number.MAX_SAFE_INTEGER;
      if (d.size !== this.size) throw new PyError("RuntimeError", "dictionary changed size during iteration");
      throw new PyError("RuntimeError", "dictionary keys changed during iteration");
    }
    const keys = d.keys;
    while (this.backwards ? this.i >= 0 : this.i < keys.length) {
      const i = this.backwards ? this.i-- : this.i++;
      if (keys[i] !== DELETED) return i;
    }
    return -1;
  }
  override next(): Value | undefined {
    const i = this.advance();
    if (i < 0) return undefined;
    const d = this.dict;
    // A live entry's key (advance skipped the DELETED ones).
    const k = d.keys[i] as Value;
    if (this.kind === "keys") return k;
    if (this.kind === "values") return d.vals[i];
    return d.owner.newTuple([k, d.vals[i]]);
  }
  fill(out: Value[]): boolean {
    const i = this.advance();
    if (i < 0) return false;
    out[0] = this.dict.keys[i] as Value;
    out[1] = this.dict.vals[i];
    return true;
  }
  /** The live entries not yet visited; 0 once the dict changed (CPython's `di_used == ma_used` test). */
  override lengthHint(): number {
    const d = this.dict;
    if (d.version !== this.version) return 0;
    let n = 0;
    const keys = d.keys;
    if (this.backwards) for (let i = Math.min(this.i, keys.length - 1); i >= 0; i--) n += keys[i] === DELETED ? 0 : 1;
    else for (let i = this.i; i < keys.length; i++) n += keys[i] === DELETED ? 0 : 1;
    return n;
  }
  children(): readonly Value[] {
    return [this.dict];
  }
}
