// `itertools`: CPython's iterator building blocks, lazy, as TypeScript iterators
// (PyIterator: `next()` gives the next item or undefined at the end; `children()`
// names what the iterator keeps alive, for the collector).
//
// Each iterator is charged SIZE.iterator (16 B) when made; the tuples it yields are
// charged as they are built; the pools of the combinatoric iterators (product,
// permutations, combinations...) are charged as tuples, as CPython materialises
// them; cycle() charges 4 B per item it saves. Functions given to them (accumulate,
// starmap, takewhile, groupby's key...) run as nested calls, like the callbacks of
// map() and sorted(): they cannot block in message passing.

import { expectArgs, expectKwargs, toInt } from "../args.js";
import type { Core } from "../core.js";
import { PyError, typeError, valueError } from "../errors.js";
import { SIZE } from "../memory.js";
import { PyNativeObject } from "../nativeObject.js";
import * as ops from "../ops.js";
import { PyBigInt, PyIterator, PyList, PyModule, type CoreApi, type Kwargs, type Value } from "../values.js";
import { PyInstance, nativeOf } from "../classes.js";
import { intNumeric } from "../bigint.js";
import { ssizeOverflow } from "../indexSized.js";
import { complexClass } from "../complex.js";
import { tick } from "../watchdog.js";
import { bind, def } from "./util.js";

/** A new iterator, charged to the core. */
function made<T extends PyIterator>(core: CoreApi, it: T): T {
  core.charge(SIZE.iterator);
  return it;
}

/** Every item of an iterable as a charged tuple's items (the pools CPython builds). */
function pool(core: CoreApi, v: Value): Value[] {
  return core.newTuple(ops.iterableItems(v, core as Core)).items;
}

/**
 * permutations' `r`: None (all n), or an int >= 0. CPython checks PyLong_Check: an int
 * subclass's instance is accepted, an object with only __index__ is not.
 */
function permutationsR(v: Value | undefined, n: number): number {
  if (v === undefined || v === null) return n;
  const i = intNumeric(nativeOf(v));
  if (i === undefined) throw typeError(`Expected int as r`);
  if (typeof i === "bigint") throw ssizeOverflow();
  if (i < 0) throw valueError("r must be non-negative");
  return i;
}

/** combinations' `r`: an index-sized int by __index__ (argument clinic's "n"), >= 0. */
function combinationsR(v: Value): number {
  const r = toInt(v, "");
  if (r < 0) throw valueError("r must be non-negative");
  return r;
}

/**
 * An int argument as CPython's PyNumber_AsSsize_t reads islice's (ints, int
 * subclasses, __index__), or undefined on any failure, which islice reports as its
 * own ValueError.
 */
function ssizeOrUndefined(v: Value): number | undefined {
  try {
    return toInt(v, "");
  } catch (e) {
    if (e instanceof PyError) return undefined;
    throw e;
  }
}

/**
 * count(start, step): start, start + step, ... by the `+` operator, so ints stay exact
 * at any size (a big start, or counting past 2**31 - 1) and floats add as floats.
 */
class CountIterator extends PyIterator {
  constructor(private readonly core: CoreApi, private cur: Value, private readonly step: Value) { super(); }
  next(): Value {
    const v = this.cur;
    this.cur = ops.add(this.core, v, this.step);
    return v;
  }
  /** CPython's `count(5)`, with the step only when it is not the int 1 (`count(0, 1.0)`). */
  override reprText(repr: (v: Value) => string): string {
    const s = this.step;
    return s === 1 || s === true ? `count(${repr(this.cur)})` : `count(${repr(this.cur)}, ${repr(s)})`;
  }
  children(): readonly Value[] { return [this.cur, this.step]; }
}

class RepeatIterator extends PyIterator {
  constructor(private readonly obj: Value, private left: number) { super(); }
  next(): Value | undefined {
    if (this.left === 0) return undefined;
    if (this.left > 0) this.left--;
    return this.obj;
  }
  override reprText(repr: (v: Value) => string): string {
    return this.left < 0 ? `repeat(${repr(this.obj)})` : `repeat(${repr(this.obj)}, ${this.left})`;
  }
  /** repeat(x, n) knows how many are left; repeat(x) is CPython's "unsized" TypeError. */
  override lengthHint(): number {
    if (this.left < 0) throw typeError("len() of unsized object");
    return this.left;
  }
  children(): readonly Value[] { return [this.obj]; }
}

class CycleIterator extends PyIterator {
  private i = -1;
  constructor(private readonly core: CoreApi, private readonly source: PyIterator, private readonly saved: PyList) { super(); }
  next(): Value | undefined {
    if (this.i < 0) {
      const v = this.source.next();
      if (v !== undefined) {
        this.core.charge(SIZE.slot);
        this.saved.items.push(v);
        return v;
      }
      this.i = 0;
    }
    const items = this.saved.items;
    if (items.length === 0) return undefined;
    const v = items[this.i];
    this.i = (this.i + 1) % items.length;
    return v;
  }
  children(): readonly Value[] { return [this.source, this.saved]; }
}

/** chain(*iterables) and chain.from_iterable(iterable): `sources` yields the iterables. */
class ChainIterator extends PyIterator {
  private current: PyIterator | null = null;
  constructor(private readonly sources: PyIterator) { super(); }
  next(): Value | undefined {
    for (;;) {
      if (this.current) {
        const v = this.current.next();
        if (v !== undefined) return v;
        this.current = null;
      }
      const src = this.sources.next();
      if (src === undefined) return undefined;
      this.current = ops.getIter(src);
    }
  }
  children(): readonly Value[] { return this.current ? [this.sources, this.current] : [this.sources]; }
}

class ISliceIterator extends PyIterator {
  private pos = 0;
  private nextIndex: number;
  constructor(private readonly source: PyIterator, start: number, private readonly stop: number, private readonly step: number) {
    super();
    this.nextIndex = start;
  }
  next(): Value | undefined {
    if (this.nextIndex >= this.stop) return undefined;
    while (this.pos < this.nextIndex) {
      tick();
      if (this.source.next() === undefined) {
        this.nextIndex = this.stop;
        return undefined;
      }
      this.pos++;
    }
    const v = this.source.next();
    if (v === undefined) {
      this.nextIndex = this.stop;
      return undefined;
    }
    this.pos++;
    this.nextIndex += this.step;
    return v;
  }
  children(): readonly Value[] { return [this.source]; }
}

/**
 * The combinatoric iterators share one shape: an index vector over a pool, advanced
 * by `advance` (false when exhausted), each result the pool items at the indices.
 */
class IndexIterator extends PyIterator {
  private started = false;
  private done: boolean;
  constructor(
    /** The type's name (args.ts iteratorTypeName): product, permutations, combinations... */
    readonly pyName: string,
    private readonly core: CoreApi,
    private readonly pools: Value[][],
    private readonly indices: number[],
    private readonly advance: (indices: number[]) => boolean,
    empty: boolean,
  ) {
    super();
    this.done = empty;
  }
  next(): Value | undefined {
    if (this.done) return undefined;
    if (this.started && !this.advance(this.indices)) {
      this.done = true;
      return undefined;
    }
    this.started = true;
    const pools = this.pools;
    return this.core.newTuple(this.indices.map((ix, k) => pools[pools.length === 1 ? 0 : k][ix]));
  }
  children(): readonly Value[] { return this.pools.flat(); }
}

function product(core: CoreApi, pools: Value[][]): PyIterator {
  const idx = pools.map(() => 0);
  return new IndexIterator("product", core, pools, idx, (ix) => {
    for (let k = ix.length - 1; k >= 0; k--) {
      if (++ix[k] < pools[k].length) return true;
      ix[k] = 0;
    }
    return false;
  }, pools.some((p) => p.length === 0));
}

/** Permutations by CPython's cycles algorithm; the index vector is its `indices[:r]`. */
function permutations(core: CoreApi, items: Value[], r: number): PyIterator {
  const n = items.length;
  const indices = Array.from({ length: n }, (_, i) => i);
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  const head = indices.slice(0, r);
  return new IndexIterator("permutations", core, [items], head, (out) => {
    for (let i = r - 1; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        const x = indices[i];
        indices.splice(i, 1);
        indices.push(x);
        cycles[i] = n - i;
      } else {
        const j = cycles[i];
        const t = indices[i];
        indices[i] = indices[n - j];
        indices[n - j] = t;
        for (let k = 0; k < r; k++) out[k] = indices[k];
        return true;
      }
    }
    return false;
  }, r > n);
}

function combinations(core: CoreApi, items: Value[], r: number, replacement: boolean): PyIterator {
  const n = items.length;
  const indices = replacement ? new Array<number>(r).fill(0) : Array.from({ length: r }, (_, i) => i);
  return new IndexIterator(replacement ? "combinations_with_replacement" : "combinations", core, [items], indices, (ix) => {
    let i = r - 1;
    if (replacement) {
      while (i >= 0 && ix[i] === n - 1) i--;
      if (i < 0) return false;
      const v = ix[i] + 1;
      for (let k = i; k < r; k++) ix[k] = v;
      return true;
    }
    while (i >= 0 && ix[i] === i + n - r) i--;
    if (i < 0) return false;
    ix[i]++;
    for (let k = i + 1; k < r; k++) ix[k] = ix[k - 1] + 1;
    return true;
  }, replacement ? n === 0 && r > 0 : r > n);
}

class AccumulateIterator extends PyIterator {
  private total: Value | undefined;
  constructor(private readonly core: CoreApi, private readonly source: PyIterator, private readonly func: Value, initial: Value | undefined) {
    super();
    this.total = initial;
    this.pendingInitial = initial !== undefined;
  }
  private pendingInitial: boolean;
  next(): Value | undefined {
    if (this.pendingInitial) {
      this.pendingInitial = false;
      return this.total;
    }
    const v = this.source.next();
    if (v === undefined) return undefined;
    const t = this.total;
    this.total = t === undefined ? v : this.func === null ? ops.add(this.core, t, v) : this.core.call(this.func, [t, v]);
    return this.total;
  }
  children(): readonly Value[] {
    const out: Value[] = [this.source, this.func];
    if (this.total !== undefined) out.push(this.total);
    return out;
  }
}

class ZipLongestIterator extends PyIterator {
  private active: number;
  constructor(private readonly core: CoreApi, private readonly sources: (PyIterator | null)[], private readonly fill: Value) {
    super();
    this.active = sources.length;
  }
  next(): Value | undefined {
    if (this.active === 0) return undefined;
    const row: Value[] = [];
    for (let i = 0; i < this.sources.length; i++) {
      const it = this.sources[i];
      let v = it ? it.next() : undefined;
      if (v === undefined) {
        if (it) {
          this.sources[i] = null;
          this.active--;
          if (this.active === 0) return undefined;
        }
        v = this.fill;
      }
      row.push(v);
    }
    return this.core.newTuple(row);
  }
  children(): readonly Value[] { return [...this.sources.filter((s): s is PyIterator => s !== null), this.fill]; }
}

/** groupby: CPython's algorithm (groupbyobject + _grouper), `undefined` for its NULLs. */
class GroupByIterator extends PyIterator {
  tgtkey: Value | undefined;
  currkey: Value | undefined;
  currvalue: Value | undefined;
  currgrouper: GrouperIterator | null = null;
  constructor(private readonly core: CoreApi, private readonly source: PyIterator, private readonly keyfunc: Value) { super(); }
  /** Reads the next item and its key; false at the end. */
  step(): boolean {
    const v = this.source.next();
    if (v === undefined) return false;
    this.currkey = this.keyfunc === null ? v : this.core.call(this.keyfunc, [v]);
    this.currvalue = v;
    return true;
  }
  next(): Value | undefined {
    this.currgrouper = null;
    for (;;) {
      if (this.currkey === undefined) { /* read the first item */ }
      else if (this.tgtkey === undefined) break;
      else if (!ops.eq(this.tgtkey, this.currkey)) break;
      tick();
      if (!this.step()) return undefined;
    }
    this.tgtkey = this.currkey!;
    const g = made(this.core, new GrouperIterator(this, this.tgtkey));
    this.currgrouper = g;
    return this.core.newTuple([this.currkey!, g]);
  }
  children(): readonly Value[] {
    return [this.source, this.keyfunc, ...[this.tgtkey, this.currkey, this.currvalue].filter((v): v is Value => v !== undefined)];
  }
}

class GrouperIterator extends PyIterator {
  constructor(private readonly parent: GroupByIterator, private readonly tgtkey: Value) { super(); }
  next(): Value | undefined {
    const p = this.parent;
    if (p.currgrouper !== this) return undefined;
    if (p.currvalue === undefined && !p.step()) return undefined;
    if (!ops.eq(this.tgtkey, p.currkey!)) return undefined;
    const v = p.currvalue;
    p.currvalue = undefined;
    return v;
  }
  children(): readonly Value[] { return [this.parent, this.tgtkey]; }
}

/** An iterator defined by a step function (starmap, takewhile, dropwhile, ...). */
class StepIterator extends PyIterator {
  constructor(readonly pyName: string, private readonly held: Value[], private readonly step: () => Value | undefined) { super(); }
  next(): Value | undefined { return this.step(); }
  children(): readonly Value[] { return this.held; }
}

/** tee(): the iterators share a buffer of the items some have read and others not yet. */
class TeeShared {
  readonly buffer: Value[] = [];
  /** Index (in the source's numbering) of buffer[0]. */
  base = 0;
  readonly readers: TeeIterator[] = [];
  constructor(readonly source: PyIterator) {}
}

class TeeIterator extends PyIterator {
  pos = 0;
  constructor(private readonly shared: TeeShared) { super(); }
  next(): Value | undefined {
    const s = this.shared;
    const k = this.pos - s.base;
    let v: Value | undefined;
    if (k < s.buffer.length) v = s.buffer[k];
    else {
      v = s.source.next();
      if (v === undefined) return undefined;
      s.buffer.push(v);
    }
    this.pos++;
    // Drop the items every reader has passed.
    const low = Math.min(...s.readers.map((r) => r.pos));
    if (low > s.base) {
      s.buffer.splice(0, low - s.base);
      s.base = low;
    }
    return v;
  }
  children(): readonly Value[] { return [this.shared.source, ...this.shared.buffer]; }
}

/** itertools.chain: callable, with the attribute `from_iterable`. */
class ChainFunction extends PyNativeObject {
  override readonly typeName = "type";
  private readonly fromIterable = new (class extends PyNativeObject {
    override readonly typeName = "builtin_function_or_method";
    override call(core: Core, args: Value[], kwargs: Kwargs): Value {
      expectKwargs("chain.from_iterable", kwargs);
      expectArgs("from_iterable", args, 1);
      return made(core, new ChainIterator(ops.getIter(args[0])));
    }
    text(): string { return "<built-in method from_iterable of type object>"; }
    children(): readonly Value[] { return []; }
    bytes(): number { return 0; }
  })();
  override call(core: Core, args: Value[], kwargs: Kwargs): Value {
    expectKwargs("chain", kwargs);
    return made(core, new ChainIterator(made(core, new TupleSourceIterator(args.slice()))));
  }
  override attr(_core: Core, name: string): Value | undefined {
    if (name === "from_iterable") return this.fromIterable;
    if (name === "__name__") return "chain";
    return undefined;
  }
  text(): string { return "<class 'itertools.chain'>"; }
  children(): readonly Value[] { return [this.fromIterable]; }
  bytes(): number { return 0; }
}

/** The argument list of chain(*its), read one iterable at a time. */
class TupleSourceIterator extends PyIterator {
  private i = 0;
  constructor(private readonly items: Value[]) { super(); }
  next(): Value | undefined { return this.i < this.items.length ? this.items[this.i++] : undefined; }
  children(): readonly Value[] { return this.items; }
}

/**
 * CPython's PyNumber_Check, count()'s test of its arguments: an int of any size, a
 * float, a complex, or an object with __index__, __int__ or __float__ (Fraction, Decimal).
 */
function isNumberLike(v: Value): boolean {
  if (ops.asNumber(v) !== undefined || v instanceof PyBigInt) return true;
  if (!(v instanceof PyInstance)) return false;
  return v.cls.isSubclassOf(complexClass) || ["__index__", "__int__", "__float__"].some((m) => v.cls.lookup(m) !== undefined);
}

/** islice's index arguments (CPython's messages). */
function sliceIndex(v: Value | undefined, what: "Indices" | "Stop argument", dflt: number): number {
  if (v === undefined || v === null) return dflt;
  const n = ssizeOrUndefined(v);
  if (n !== undefined && n >= 0) return n;
  throw valueError(`${what} for islice() must be None or an integer: 0 <= x <= sys.maxsize.`);
}

// CPython names these types `itertools.count`... (tp_name): the repr of the type and of
// its objects, and error messages; `__name__` stays 'count' (args.ts iteratorTypeName).
for (const c of [CountIterator, RepeatIterator, CycleIterator, ChainIterator, ISliceIterator, IndexIterator,
  AccumulateIterator, ZipLongestIterator, GroupByIterator, GrouperIterator, StepIterator, TeeIterator]) {
  Object.defineProperty(c.prototype, "pyModule", { value: "itertools" });
}

export function createItertools(core: CoreApi): PyModule {
  void core;
  const mod = new PyModule("itertools");
  const c2 = (c: CoreApi) => c as Core;

  def(mod, "count", (c, args, kwargs) => {
    const [start, step] = bind("count", args, kwargs, ["start", "step"], 0);
    let s = start ?? 0;
    let st = step ?? 1;
    for (const v of [s, st]) if (!isNumberLike(v)) throw typeError("a number is required");
    // CPython counts by 1 on machine ints: a bool start or step is its int (count(True) gives 1, 2...).
    if (st === true) st = 1;
    if (st === 1 && typeof s === "boolean") s = s ? 1 : 0;
    return made(c, new CountIterator(c, s, st));
  });
  def(mod, "repeat", (c, args, kwargs) => {
    const [obj, times] = bind("repeat", args, kwargs, ["object", "times"], 1);
    let n = -1;
    if (times !== undefined) {
      n = Math.max(0, toInt(times, ""));
    }
    return made(c, new RepeatIterator(obj!, n));
  });
  def(mod, "cycle", (c, args, kwargs) => {
    expectKwargs("cycle", kwargs);
    expectArgs("cycle", args, 1);
    return made(c, new CycleIterator(c, ops.getIter(args[0]), c.newList([])));
  });
  mod.set("chain", new ChainFunction());
  def(mod, "islice", (c, args, kwargs) => {
    expectKwargs("islice", kwargs);
    if (args.length < 2 || args.length > 4) throw typeError(`islice expected at most 4 arguments, got ${args.length}`);
    const source = ops.getIter(args[0]);
    let start = 0;
    let stop: number;
    let step = 1;
    if (args.length === 2) stop = sliceIndex(args[1], "Stop argument", Infinity);
    else {
      start = sliceIndex(args[1], "Indices", 0);
      stop = sliceIndex(args[2], "Indices", Infinity);
      if (args.length === 4 && args[3] !== null) {
        const n = ssizeOrUndefined(args[3]);
        if (n === undefined || n < 1) throw valueError("Step for islice() must be a positive integer or None.");
        step = n;
      }
    }
    return made(c, new ISliceIterator(source, start, stop, step));
  });
  def(mod, "product", (c, args, kwargs) => {
    expectKwargs("product", kwargs, ["repeat"]);
    const rep = toInt(kwargs?.get("repeat") ?? 1, "");
    if (rep < 0) throw valueError("repeat argument cannot be negative");
    const pools = args.map((a) => pool(c, a));
    const all: Value[][] = [];
    for (let k = 0; k < rep; k++) all.push(...pools);
    return made(c, product(c, all));
  });
  def(mod, "permutations", (c, args, kwargs) => {
    const [it, r] = bind("permutations", args, kwargs, ["iterable", "r"], 1);
    const items = pool(c, it!);
    return made(c, permutations(c, items, permutationsR(r, items.length)));
  });
  def(mod, "combinations", (c, args, kwargs) => {
    const [it, r] = bind("combinations", args, kwargs, ["iterable", "r"], 2);
    const k = combinationsR(r!);
    return made(c, combinations(c, pool(c, it!), k, false));
  });
  def(mod, "combinations_with_replacement", (c, args, kwargs) => {
    const [it, r] = bind("combinations_with_replacement", args, kwargs, ["iterable", "r"], 2);
    const k = combinationsR(r!);
    return made(c, combinations(c, pool(c, it!), k, true));
  });
  def(mod, "accumulate", (c, args, kwargs) => {
    const [it, func, initial] = bind("accumulate", args, kwargs, ["iterable", "func", "initial"], 1, 2);
    const init = initial === undefined || initial === null ? undefined : initial;
    return made(c, new AccumulateIterator(c, ops.getIter(it!), func ?? null, init));
  });
  def(mod, "zip_longest", (c, args, kwargs) => {
    // CPython 3.11's zip_longest names no keyword in this one message.
    if (kwargs && [...kwargs.keys()].some((k) => k !== "fillvalue")) throw typeError("zip_longest() got an unexpected keyword argument");
    return made(c, new ZipLongestIterator(c, args.map((a) => ops.getIter(a)), kwargs?.get("fillvalue") ?? null));
  });
  def(mod, "groupby", (c, args, kwargs) => {
    const [it, key] = bind("groupby", args, kwargs, ["iterable", "key"], 1);
    return made(c, new GroupByIterator(c, ops.getIter(it!), key ?? null));
  });
  def(mod, "starmap", (c, args, kwargs) => {
    expectKwargs("starmap", kwargs);
    expectArgs("starmap", args, 2);
    const [f, src] = [args[0], ops.getIter(args[1])];
    return made(c, new StepIterator("starmap", [f, src], () => {
      const v = src.next();
      return v === undefined ? undefined : c.call(f, ops.iterableItems(v, c2(c)));
    }));
  });
  def(mod, "takewhile", (c, args, kwargs) => {
    expectKwargs("takewhile", kwargs);
    expectArgs("takewhile", args, 2);
    const [f, src] = [args[0], ops.getIter(args[1])];
    let stopped = false;
    return made(c, new StepIterator("takewhile", [f, src], () => {
      if (stopped) return undefined;
      const v = src.next();
      if (v === undefined) return undefined;
      if (ops.truthy(c.call(f, [v]))) return v;
      stopped = true;
      return undefined;
    }));
  });
  def(mod, "dropwhile", (c, args, kwargs) => {
    expectKwargs("dropwhile", kwargs);
    expectArgs("dropwhile", args, 2);
    const [f, src] = [args[0], ops.getIter(args[1])];
    let dropping = true;
    return made(c, new StepIterator("dropwhile", [f, src], () => {
      for (let v = src.next(); v !== undefined; v = src.next()) {
        if (!dropping) return v;
        tick();
        if (!ops.truthy(c.call(f, [v]))) {
          dropping = false;
          return v;
        }
      }
      return undefined;
    }));
  });
  def(mod, "filterfalse", (c, args, kwargs) => {
    expectKwargs("filterfalse", kwargs);
    expectArgs("filterfalse", args, 2);
    const [f, src] = [args[0], ops.getIter(args[1])];
    return made(c, new StepIterator("filterfalse", [f, src], () => {
      for (let v = src.next(); v !== undefined; v = src.next()) {
        tick();
        if (!ops.truthy(f === null ? v : c.call(f, [v]))) return v;
      }
      return undefined;
    }));
  });
  def(mod, "compress", (c, args, kwargs) => {
    const [data, selectors] = bind("compress", args, kwargs, ["data", "selectors"], 2);
    const d = ops.getIter(data!);
    const s = ops.getIter(selectors!);
    return made(c, new StepIterator("compress", [d, s], () => {
      for (;;) {
        tick();
        const v = d.next();
        const k = s.next();
        if (v === undefined || k === undefined) return undefined;
        if (ops.truthy(k)) return v;
      }
    }));
  });
  def(mod, "pairwise", (c, args, kwargs) => {
    expectKwargs("pairwise", kwargs);
    expectArgs("pairwise", args, 1);
    const src = ops.getIter(args[0]);
    let prev: Value | undefined;
    let started = false;
    return made(c, new StepIterator("pairwise", [src], () => {
      if (!started) {
        started = true;
        prev = src.next();
      }
      if (prev === undefined) return undefined;
      const v = src.next();
      if (v === undefined) {
        prev = undefined;
        return undefined;
      }
      const pair = c.newTuple([prev, v]);
      prev = v;
      return pair;
    }));
  });
  def(mod, "tee", (c, args, kwargs) => {
    expectKwargs("tee", kwargs);
    expectArgs("tee", args, 1, 2);
    const n = args.length > 1 ? toInt(args[1], "") : 2;
    if (n < 0) throw valueError("n must be >= 0");
    const shared = new TeeShared(ops.getIter(args[0]));
    for (let i = 0; i < n; i++) shared.readers.push(made(c, new TeeIterator(shared)));
    return c.newTuple(shared.readers.slice());
  });
  return mod;
}

