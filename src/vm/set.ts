// set and frozenset: CPython 3.11's open-addressing table (Objects/setobject.c),
// reproduced slot for slot — the same probe sequence (9 linear probes, then
// perturbation by the hash's upper bits), the same dummies left by deletions, the
// same resize points and sizes, the same pop finger. Iteration walks the slots in
// order, so a set iterates and prints in CPython's order whenever the hashes are
// CPython's: ints, floats, and tuples and frozensets of them (vm/hash.ts gives
// CPython's 64-bit hashes as two words; the probe's perturbation shifts both, as
// CPython's 64-bit size_t). Strings hash differently (CPython randomises them per
// run), so their order is deterministic here but not CPython's.
//
// Memory: SIZE.setHeader (16 B) + SIZE.setSlot (8 B: hash, key) per table slot;
// a resize charges the new table before it is built (setBytes, used by the collector).

import { PyError, keyErrorText } from "./errors.js";
import { HASH_HIGH, frozensetHash, hashOf } from "./hash.js";
import { SIZE } from "./memory.js";
import { keyEq } from "./ops.js";
import { type CoreApi, PyIterator, type Value } from "./values.js";

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;

/** A slot whose key was removed: lookups probe past it, insertions may reuse it. */
const DUMMY: unique symbol = Symbol("DUMMY");
type Slot = Value | typeof DUMMY | undefined;

export const setBytes = (s: PySet) => SIZE.setHeader + SIZE.setSlot * s.table.length;

export class PySet {
  /** The slots: undefined = never used, DUMMY = deleted, else a key. */
  table: Slot[] = new Array(MINSIZE);
  /**
   * hashes[j]: the hash of table[j] when it holds a key (unread otherwise). A plain
   * array of small integers, not an Int32Array: typed arrays are several times dearer
   * for V8 to allocate and collect, and small sets are made by the hundred thousand
   * (`len(set(v[i] + i for i in cols))` in a loop).
   */
  hashes: number[] = new Array<number>(MINSIZE);
  /** highs[j]: the high word of that hash (CPython's hashes have 64 bits; see hash.ts). */
  highs: number[] = new Array<number>(MINSIZE);
  mask = MINSIZE - 1;
  /** Active + dummy slots. */
  private fill = 0;
  /** Active slots (the size). */
  used = 0;
  /** Where pop() looks next. */
  private finger = 0;
  /** Bumped when the set's contents change: iterators detect it. */
  version = 0;

  /** The core whose memory holds the set (values never cross cores: messages copy). */
  constructor(public readonly owner: CoreApi) {}

  get size(): number {
    return this.used;
  }

  /** Slot of `key`, or -1 (set_lookkey). */
  find(key: Value): number {
    const h = hashOf(key);
    return this.findHashed(key, h, HASH_HIGH[0]);
  }

  /** Slot of `key`, whose hash has the words h (low) and high, or -1. */
  findHashed(key: Value, h: number, high: number): number {
    const mask = this.mask;
    let i = h & mask;
    let lo = h >>> 0;
    let hi = high >>> 0;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = this.table[j];
        if (k === undefined) return -1;
        if (k !== DUMMY && this.hashes[j] === h && keyEq(k, key)) return j;
        j++;
      } while (probes--);
      lo = ((lo >>> PERTURB_SHIFT) | (hi << (32 - PERTURB_SHIFT))) >>> 0;
      hi >>>= PERTURB_SHIFT;
      i = (i * 5 + 1 + lo) & mask;
    }
  }

  has(key: Value): boolean {
    return this.find(key) >= 0;
  }

  /** Adds `key` (set_add_entry); charges a resize to the owner first. */
  add(key: Value): void {
    const h = hashOf(key);
    this.addHashed(key, h, HASH_HIGH[0]);
  }

  /** Adds `key`, whose hash has the words h (low) and high. */
  addHashed(key: Value, h: number, high: number): void {
    const mask = this.mask;
    let i = h & mask;
    let lo = h >>> 0;
    let hi = high >>> 0;
    let free = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = this.table[j];
        if (k === undefined) {
          if (free >= 0) {
            this.table[free] = key;
            this.hashes[free] = h;
            this.highs[free] = high;
            this.used++;
            this.version++;
            return;
          }
          // A fresh slot: CPython resizes after filling it when 3/5 are in use. The
          // new table is charged first, so a MemoryError leaves the set unchanged.
          const grow = (this.fill + 1) * 5 >= mask * 3;
          const minused = this.used + 1 > 50000 ? (this.used + 1) * 2 : (this.used + 1) * 4;
          if (grow) this.charge(minused);
          this.table[j] = key;
          this.hashes[j] = h;
          this.highs[j] = high;
          this.fill++;
          this.used++;
          this.version++;
          if (grow) this.resize(minused, false);
          return;
        }
        if (k === DUMMY) {
          if (free < 0) free = j;
        } else if (this.hashes[j] === h && keyEq(k, key)) return;
        j++;
      } while (probes--);
      lo = ((lo >>> PERTURB_SHIFT) | (hi << (32 - PERTURB_SHIFT))) >>> 0;
      hi >>>= PERTURB_SHIFT;
      i = (i * 5 + 1 + lo) & mask;
    }
  }

  /** Removes `key`; false when absent (set_discard_entry). */
  discard(key: Value): boolean {
    const h = hashOf(key);
    return this.discardHashed(key, h, HASH_HIGH[0]);
  }

  /** Removes `key`, whose hash has the words h (low) and high; false when absent. */
  discardHashed(key: Value, h: number, high: number): boolean {
    const j = this.findHashed(key, h, high);
    if (j < 0) return false;
    this.table[j] = DUMMY;
    this.hashes[j] = -1;
    this.used--;
    this.version++;
    return true;
  }

  /** Removes and returns an arbitrary element (CPython's: the next from the finger). */
  pop(): Value {
    if (this.used === 0) throw keyErrorText("pop from an empty set");
    let j = this.finger & this.mask;
    while (this.table[j] === undefined || this.table[j] === DUMMY) j = j === this.mask ? 0 : j + 1;
    const key = this.table[j] as Value;
    this.table[j] = DUMMY;
    this.hashes[j] = -1;
    this.used--;
    this.version++;
    this.finger = j + 1;
    return key;
  }

  clear(): void {
    this.table = new Array(MINSIZE);
    this.hashes = new Array<number>(MINSIZE);
    this.highs = new Array<number>(MINSIZE);
    this.mask = MINSIZE - 1;
    this.fill = this.used = this.finger = 0;
    this.version++;
  }

  /** Takes over the table of `other`, a set about to be dropped (set_swap_bodies). */
  takeBody(other: PySet): void {
    this.table = other.table;
    this.hashes = other.hashes;
    this.highs = other.highs;
    this.mask = other.mask;
    this.fill = other.fill;
    this.used = other.used;
    this.version++;
  }

  /**
   * Calls f(key, hash, high word of the hash) on the active slots in table order, stopping at the first that
   * returns true (the result is then true). It walks the table as it was at the start
   * (a resize while it runs, from a key's `__eq__`, does not disturb it). A callback
   * rather than a generator: no iterator result and no [key, hash] pair per element,
   * which made the algebra of small sets (`a & b` in a loop) mostly garbage.
   */
  eachSlot(f: (k: Value, h: number, high: number) => boolean | void): boolean {
    const t = this.table;
    const hs = this.hashes;
    const his = this.highs;
    for (let j = 0; j < t.length; j++) {
      const k = t[j];
      if (k !== undefined && k !== DUMMY && f(k, hs[j], his[j]) === true) return true;
    }
    return false;
  }

  /** The active slots' keys and hashes' words in table order (fresh arrays: safe to walk while the set changes). */
  entries(): { keys: Value[]; hashes: number[]; highs: number[] } {
    const keys: Value[] = [];
    const hashes: number[] = [];
    const highs: number[] = [];
    this.eachSlot((k, h, high) => {
      keys.push(k);
      hashes.push(h);
      highs.push(high);
    });
    return { keys, hashes, highs };
  }

  /** The elements in iteration order (a fresh array). */
  items(): Value[] {
    const out: Value[] = [];
    for (const k of this.table) if (k !== undefined && k !== DUMMY) out.push(k);
    return out;
  }

  /**
   * Adds every element of `other` (set_merge): resized first to hold both, and
   * copied slot for slot when this set is empty and the tables match — the steps
   * that decide CPython's layout of `set(s)`, `s.copy()` and `s | t`.
   */
  merge(other: PySet): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      this.table = other.table.slice();
      this.hashes = other.hashes.slice();
      this.highs = other.highs.slice();
      this.fill = this.used = other.used;
      this.version++;
      return;
    }
    if (this.fill === 0) {
      this.fill = this.used = other.used;
      other.eachSlot((k, h, high) => this.insertClean(k, h, high));
      this.version++;
      return;
    }
    other.eachSlot((k, h, high) => this.addHashed(k, h, high));
  }

  /** Grows the table ahead of `extra` more insertions of unknown keys (dict sources). */
  presize(extra: number): void {
    if ((this.fill + extra) * 5 >= this.mask * 3) this.resize((this.used + extra) * 2);
  }

  /** Charges the owner for the table a resize to `minused` builds (before it is built). */
  private charge(minused: number): void {
    const size = tableSize(minused);
    if (size > this.table.length) this.owner.charge(SIZE.setSlot * (size - this.table.length));
  }

  /** set_table_resize: a table of the smallest power of two above `minused`. */
  private resize(minused: number, charge = true): void {
    if (charge) this.charge(minused);
    const size = tableSize(minused);
    const oldTable = this.table;
    const oldHashes = this.hashes;
    const oldHighs = this.highs;
    this.table = new Array(size);
    this.hashes = new Array<number>(size);
    this.highs = new Array<number>(size);
    this.mask = size - 1;
    this.fill = this.used;
    for (let j = 0; j < oldTable.length; j++) {
      const k = oldTable[j];
      if (k !== undefined && k !== DUMMY) this.insertClean(k, oldHashes[j], oldHighs[j]);
    }
  }

  /** Puts a key known to be absent into the first free slot of its probe sequence. */
  private insertClean(key: Value, h: number, high: number): void {
    const mask = this.mask;
    let i = h & mask;
    let lo = h >>> 0;
    let hi = high >>> 0;
    for (;;) {
      if (this.table[i] === undefined) break;
      let found = false;
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (this.table[i + j] === undefined) {
            i += j;
            found = true;
            break;
          }
        }
      }
      if (found) break;
      lo = ((lo >>> PERTURB_SHIFT) | (hi << (32 - PERTURB_SHIFT))) >>> 0;
      hi >>>= PERTURB_SHIFT;
      i = (i * 5 + 1 + lo) & mask;
    }
    this.table[i] = key;
    this.hashes[i] = h;
    this.highs[i] = high;
  }
}

function tableSize(minused: number): number {
  let size = MINSIZE;
  while (size <= minused) size *= 2;
  return size;
}

/** An immutable, hashable set. */
export class PyFrozenSet extends PySet {
  private hashValue: number | undefined;
  private hashHigh = 0;
  hash(): number {
    if (this.hashValue === undefined) {
      const { hashes, highs } = this.entries();
      this.hashValue = frozensetHash(hashes, highs, this.used);
      this.hashHigh = HASH_HIGH[0];
    }
    HASH_HIGH[0] = this.hashHigh;
    return this.hashValue;
  }
}

/** Iterates a set in table order; a change of size while it runs is a RuntimeError (as in CPython). */
export class SetIterator extends PyIterator {
  private j = 0;
  private readonly size: number;
  constructor(private readonly set: PySet) {
    super();
    this.size = set.used;
  }
  next(): Value | undefined {
    const s = this.set;
    if (s.used !== this.size) {
      this.j = Number.MAX_SAFE_INTEGER;
      throw new PyError("RuntimeError", "Set changed size during iteration");
    }
    const t = s.table;
    while (this.j < t.length) {
      const k = t[this.j++];
      if (k !== undefined && k !== DUMMY) return k;
    }
    return undefined;
  }
  /** The members not yet visited; 0 once the set changed size (as CPython). */
  override lengthHint(): number {
    if (this.set.used !== this.size) return 0;
    let n = 0;
    const t = this.set.table;
    for (let j = this.j; j < t.length; j++) n += t[j] !== undefined && t[j] !== DUMMY ? 1 : 0;
    return n;
  }
  children(): readonly Value[] {
    return [this.set];
  }
}
