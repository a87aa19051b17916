// Iterators whose items are fixed-size tuples: enumerate() and zip().
//
// `for i, x in enumerate(xs)` and `for a, b in zip(xs, ys)` unpack each tuple at
// once, so the interpreter (FOR_ITER followed by UNPACK_SEQUENCE of the same size)
// asks for the items themselves (`fill`) and no tuple is ever built or charged: it
// would be unobservable. Anywhere else (`list(enumerate(xs))`, `for t in zip(...)`)
// `next()` builds the tuple as before, charged to the core.
//
// Over a generator (`enumerate(recv(p) for p in peers)`), the generator's body may
// block the core, which a nested run cannot (vm/generators.ts): DerivedIterator says
// which generator must run before its next item can be made (`awaited`), for a `for`
// loop's FOR_ITER or a consuming builtin (list, sum...) to run that body in place
// first; the yielded value waits as the generator's `pending` value, which its
// next() then gives.

import { type CoreApi, ListIterator, PyBigInt, PyIterator, type Value } from "./values.js";
import { bigArith } from "./bigint.js";
import { valueError } from "./errors.js";
import type { PyGenerator } from "./generators.js";

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

/** True when iterating `it` may run a generator's body (a generator, or an iterator derived from one). */
function overGenerator(it: PyIterator): boolean {
  return it instanceof DerivedIterator ? it.overGenerator : it.awaited !== undefined && it.awaitOnly !== true;
}

/**
 * The generator whose body must run before the next item of `it` can be taken (null:
 * `it.next()` needs none run, or one that is running or done, which next() reports or
 * ends on). A generator's yielded value waiting as `pending` is ready.
 */
export function awaitedIn(it: PyIterator): PyGenerator | null {
  if (it instanceof DerivedIterator) return it.overGenerator ? it.awaited() : null;
  return it.awaited === undefined || it.awaitOnly === true ? null : (it.awaited() as PyGenerator | null);
}

/**
 * An iterator whose items come from other iterators: enumerate, zip, map, filter.
 * Over a generator (`overGenerator`), `awaited()` names the generator to run in place
 * before next() can make its item.
 */
export abstract class DerivedIterator extends PyIterator {
  /** A source is a generator or derives from one (fixed when made: the sources are fixed). */
  readonly overGenerator: boolean;

  /** `sources`: what the items come from (none: a dict's items iterator, made per loop, allocates nothing here). */
  constructor(sources?: readonly PyIterator[]) {
    super();
    let over = false;
    if (sources !== undefined) for (const s of sources) if (overGenerator(s)) over = true;
    this.overGenerator = over;
  }

  /**
   * The generator whose body must run (in place, by the caller) before next() can
   * make the item; null when next() can make it now. Items of the other sources that
   * next() would take first are taken now, in the same order, and kept for it. Called
   * only when overGenerator (this one, for iterators of no source, never is).
   */
  override awaited(): PyGenerator | null {
    return null;
  }
}

export abstract class TupleIterator extends DerivedIterator {
  /** The interpreter's buffer for `fill` (read back at once, before the next fill). */
  readonly scratch: Value[];

  constructor(protected readonly core: CoreApi, readonly arity: number, sources?: readonly PyIterator[]) {
    super(sources);
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
    super(core, 2, [source]);
  }
  override awaited(): PyGenerator | null {
    return awaitedIn(this.source);
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
  /** Over a generator: the next tuple's first items, taken ahead by awaited() (else null). */
  private readonly ahead: Value[] | null;
  /** The source awaited() found exhausted (the zip ends there), or -1. */
  private endedAt = -1;

  /** `strict`: zip(..., strict=True) raises ValueError when the iterables' lengths differ. */
  constructor(core: CoreApi, private readonly sources: PyIterator[], private readonly strict = false) {
    super(core, sources.length, sources);
    this.ahead = this.overGenerator ? [] : null;
  }
  override awaited(): PyGenerator | null {
    const sources = this.sources;
    const ahead = this.ahead!;
    while (this.endedAt < 0 && ahead.length < sources.length) {
      const s = sources[ahead.length];
      const g = awaitedIn(s);
      if (g !== null) return g;
      const v = nextOf(s);
      if (v === undefined) this.endedAt = ahead.length;
      else ahead.push(v);
    }
    return null;
  }
  fill(out: Value[]): boolean {
    const sources = this.sources;
    if (sources.length === 0) return false;
    let i = 0;
    const ahead = this.ahead;
    if (ahead !== null && (ahead.length !== 0 || this.endedAt >= 0)) {
      for (; i < ahead.length; i++) out[i] = ahead[i];
      ahead.length = 0;
      if (this.endedAt >= 0) {
        const ended = this.endedAt;
        this.endedAt = -1;
        if (this.strict) this.checkLengths(ended);
        return false;
      }
    }
    for (; i < sources.length; i++) {
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
    return this.ahead === null || this.ahead.length === 0 ? this.sources : [...this.sources, ...this.ahead];
  }
}
