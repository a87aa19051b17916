// Iterators whose items are fixed-size tuples: enumerate() and zip().
//
// `for i, x in enumerate(xs)` and `for a, b in zip(xs, ys)` unpack each tuple at
// once, so the interpreter (FOR_ITER followed by UNPACK_SEQUENCE of the same size)
// asks for the items themselves (`fill`) and no tuple is ever built or charged: it
// would be unobservable. Anywhere else (`list(enumerate(xs))`, `for t in zip(...)`)
// `next()` builds the tuple as before, charged to the core.

import { type CoreApi, ListIterator, PyBigInt, PyIterator, type Value } from "./values.js";
import { bigArith } from "./bigint.js";
import { valueError } from "./errors.js";

/**
 * The next item of `it`, as `it.next()` gives it. A list or tuple iterator (the usual
 * source of zip and enumerate) is read through its fields: one monomorphic load
 * instead of a call through whatever `next` each source happens to have. Same
 * state change as ListIterator.next (so an iterator shared with other code stays
 * consistent).
 */
function nextOf(it: PyIterator): Value | undefined {
  if (it instanceof ListIterator) {
    const items = it.items;
    return it.i < items.length ? items[it.i++] : undefined;
  }
  return it.next();
}

export abstract class TupleIterator extends PyIterator {
  /** The interpreter's buffer for `fill` (read back at once, before the next fill). */
  readonly scratch: Value[];

  constructor(protected readonly core: CoreApi, readonly arity: number) {
    super();
    // Filled with null at once so V8 keeps it an array of tagged values: left holey,
    // the first float stored would make it an unboxed double array, and every read
    // of a float from it would allocate a fresh heap number.
    this.scratch = new Array<Value>(arity).fill(null);
  }

  /** Writes the next tuple's items, in order, to out[0..arity); false when exhausted. */
  abstract fill(out: Value[]): boolean;

  next(): Value | undefined {
    const row = new Array<Value>(this.arity);
    return this.fill(row) ? this.core.newTuple(row) : undefined;
  }
}

/**
 * enumerate(iterable, start): (index, item) pairs. The index is an exact int of any
 * size: int32 while it fits, then a big int (`enumerate(xs, 2**70)`, or counting past
 * 2**31 - 1), as the int rules make it (bigArith).
 */
export class EnumerateIterator extends TupleIterator {
  constructor(core: CoreApi, private readonly source: PyIterator, private index: number | PyBigInt) {
    super(core, 2);
  }
  fill(out: Value[]): boolean {
    const v = nextOf(this.source);
    if (v === undefined) return false;
    const i = this.index;
    out[0] = i;
    this.index = typeof i === "number" && i !== 0x7fffffff ? i + 1 : bigArith(this.core, "+", i, 1) as number | PyBigInt;
    out[1] = v;
    return true;
  }
  children(): readonly Value[] {
    return [this.source];
  }
}

/** zip(*iterables): one item of each, until the shortest ends (none: no tuples). */
export class ZipIterator extends TupleIterator {
  /** `strict`: zip(..., strict=True) raises ValueError when the iterables' lengths differ. */
  constructor(core: CoreApi, private readonly sources: PyIterator[], private readonly strict = false) {
    super(core, sources.length);
  }
  fill(out: Value[]): boolean {
    const sources = this.sources;
    if (sources.length === 0) return false;
    for (let i = 0; i < sources.length; i++) {
      const v = nextOf(sources[i]);
      if (v === undefined) {
        if (this.strict) this.checkLengths(i);
        return false;
      }
      out[i] = v;
    }
    return true;
  }
  /** Source i ran out: with strict, every other one must have run out with it (CPython's messages). */
  private checkLengths(i: number): void {
    const others = (k: number) => (k === 1 ? "argument 1" : `arguments 1-${k}`);
    if (i > 0) throw valueError(`zip() argument ${i + 1} is shorter than ${others(i)}`);
    for (let j = 1; j < this.sources.length; j++) {
      if (nextOf(this.sources[j]) !== undefined) throw valueError(`zip() argument ${j + 1} is longer than ${others(j)}`);
    }
  }
  children(): readonly Value[] {
    return this.sources;
  }
}
