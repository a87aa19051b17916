// `heapq` and `bisect`: CPython's algorithms on lists, in TypeScript (their C
// versions in CPython), so heaps have CPython's exact layout and pop order. Items
// compare with `<` (ops.compare: numbers, strings, tuples, instances with __lt__).
// heappush/insort charge 4 B per added slot, as list.append does.

import { expectPyFunctionKwargs, toInt, typeName } from "../args.js";
import type { Core } from "../core.js";
import { PyError, indexError, typeError, valueError } from "../errors.js";
import { sortValues } from "../sorting.js";
import * as ops from "../ops.js";
import { PyIterator, PyList, PyModule, PyTuple, type CoreApi, type Value } from "../values.js";
import { lengthOf } from "../builtins.js";
import { SIZE } from "../memory.js";
import { bind, def, seqLength } from "./util.js";
import { nativeOf } from "../classes.js";
import { PyDict } from "../dict.js";

/** `a < b`; two JS numbers (ints, unboxed floats) compare directly, as ops.compare would. */
const lt = (a: Value, b: Value) => (typeof a === "number" && typeof b === "number" ? a < b : ops.compare("lt", a, b));

/**
 * The heap argument: a list, or the list a list subclass's instance is (CPython's
 * PyList_Check; its storage is used directly, as CPython's C heapq does). Argument
 * clinic numbers the argument only for functions taking more than one.
 */
function heapArg(v: Value | undefined, fname: string, single = false): PyList {
  const list = v === undefined ? v : nativeOf(v);
  if (!(list instanceof PyList)) throw typeError(`${fname}() argument${single ? "" : " 1"} must be list, not ${v === null ? "None" : typeName(v)}`);
  return list;
}

/**
 * CPython's checks of a heap function's arguments (_heapq's argument clinic): a
 * one-argument function is METH_O, a two-argument one a fast call.
 */
function heapqArgs(name: string, args: Value[], kwargs: Map<string, Value> | null, n: 1 | 2): void {
  if (kwargs && kwargs.size) throw typeError(`_heapq.${name}() takes no keyword arguments`);
  if (args.length === n) return;
  throw typeError(n === 1 ? `_heapq.${name}() takes exactly one argument (${args.length} given)` : `${name} expected 2 arguments, got ${args.length}`);
}

/** `a > b` as the max-heap functions ask it: `b < a`. */
const gt = (a: Value, b: Value) => lt(b, a);

/**
 * CPython's _siftdown: moves heap[pos] up towards startpos. `less` is `gt` for the
 * max-heap (_siftdown_max).
 */
function siftDown(heap: PyList, startpos: number, pos: number, less = lt): void {
  const h = heap.items;
  const newitem = h[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = h[parentpos];
    if (!less(newitem, parent)) break;
    h[pos] = parent;
    pos = parentpos;
  }
  h[pos] = newitem;
}

/** CPython's _siftup: moves the smaller child up until a leaf, then sifts down (`less`: see siftDown). */
function siftUp(heap: PyList, pos: number, less = lt): void {
  const h = heap.items;
  const endpos = h.length;
  const startpos = pos;
  const newitem = h[pos];
  let childpos = 2 * pos + 1;
  while (childpos < endpos) {
    const rightpos = childpos + 1;
    if (rightpos < endpos && !less(h[childpos], h[rightpos])) childpos = rightpos;
    h[pos] = h[childpos];
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  h[pos] = newitem;
  siftDown(heap, startpos, pos, less);
}

/** heappop (less = lt) or _heappop_max (gt). */
function heapPop(heap: PyList, less: typeof lt): Value {
  const last = heap.items.pop();
  if (last === undefined) throw indexError("index out of range");
  if (heap.items.length === 0) return last;
  const top = heap.items[0];
  heap.items[0] = last;
  siftUp(heap, 0, less);
  return top;
}

/** heapreplace (less = lt) or _heapreplace_max (gt). */
function heapReplace(heap: PyList, item: Value, less: typeof lt): Value {
  if (heap.items.length === 0) throw indexError("index out of range");
  const top = heap.items[0];
  heap.items[0] = item;
  siftUp(heap, 0, less);
  return top;
}

/** heapify (less = lt) or _heapify_max (gt). */
function heapify(heap: PyList, less: typeof lt): void {
  for (let i = (heap.items.length >> 1) - 1; i >= 0; i--) siftUp(heap, i, less);
}

export function createHeapq(core: CoreApi): PyModule {
  void core;
  const mod = new PyModule("heapq");
  def(mod, "heappush", (c, args, kwargs) => {
    heapqArgs("heappush", args, kwargs, 2);
    const heap = heapArg(args[0], "heappush");
    c.charge(4);
    heap.items.push(args[1]);
    siftDown(heap, 0, heap.items.length - 1);
    return null;
  });
  def(mod, "heappushpop", (_c, args, kwargs) => {
    heapqArgs("heappushpop", args, kwargs, 2);
    const heap = heapArg(args[0], "heappushpop");
    let item = args[1];
    if (heap.items.length && lt(heap.items[0], item)) {
      const top = heap.items[0];
      heap.items[0] = item;
      item = top;
      siftUp(heap, 0);
    }
    return item;
  });
  // heappop, heapreplace and heapify, and the max-heap helpers CPython 3.11's _heapq
  // exports (which programs use for max-heaps): the same code with `<` turned around.
  for (const [max, less] of [[false, lt], [true, gt]] as const) {
    const name = (base: string) => (max ? `_${base}_max` : base);
    def(mod, name("heappop"), (_c, args, kwargs) => {
      heapqArgs(name("heappop"), args, kwargs, 1);
      return heapPop(heapArg(args[0], name("heappop"), true), less);
    });
    def(mod, name("heapreplace"), (_c, args, kwargs) => {
      heapqArgs(name("heapreplace"), args, kwargs, 2);
      return heapReplace(heapArg(args[0], name("heapreplace")), args[1], less);
    });
    def(mod, name("heapify"), (_c, args, kwargs) => {
      heapqArgs(name("heapify"), args, kwargs, 1);
      heapify(heapArg(args[0], name("heapify"), true), less);
      return null;
    });
  }
  const select = (name: string, largest: boolean) =>
    def(mod, name, (c, args, kwargs) => {
      const [n, iterable, key] = bind(name, args, kwargs, ["n", "iterable", "key"], 2);
      return c.newList(selectN(c, toInt(n!, ""), iterable!, key ?? null, largest));
    });
  select("nlargest", true);
  select("nsmallest", false);
  def(mod, "merge", (c, args, kwargs) => {
    expectPyFunctionKwargs("merge", kwargs, ["key", "reverse"]);
    c.charge(SIZE.iterator);
    return new MergeIterator(c, args, kwargs?.get("key") ?? null, ops.truthy(kwargs?.get("reverse") ?? false));
  });
  return mod;
}

/**
 * CPython's heapq.nsmallest / nlargest (heapq.py), step for step, so that the comparisons
 * made, and so the result when they are not a total order (NaN, sets), are CPython's:
 * min()/max() for n == 1, sorted() when n covers a sized input, else a bounded heap of
 * (key, order, item) decorations (max-heap for nsmallest, min-heap for nlargest).
 */
function selectN(c: CoreApi, n: number, iterable: Value, key: Value, largest: boolean): Value[] {
  if (n === 1) {
    const it = ops.getIter(iterable);
    let best: Value | undefined;
    let bestKey: Value = null;
    for (let v = it.next(); v !== undefined; v = it.next()) {
      const k = key === null ? v : c.call(key, [v]);
      if (best === undefined || ops.compare(largest ? "gt" : "lt", k, bestKey)) {
        best = v;
        bestKey = k;
      }
    }
    return best === undefined ? [] : [best];
  }
  let size: number | undefined;
  try {
    size = Number(lengthOf(c, iterable));
  } catch (e) {
    if (!(e instanceof PyError && (e.kind === "TypeError" || e.kind === "AttributeError"))) throw e;
  }
  if (size !== undefined && n >= size) return sortValues(c, ops.iterableItems(iterable, c as Core), key, largest).slice(0, Math.max(0, n));
  const it = ops.getIter(iterable);
  const decorate = (k: Value, order: number, v: Value) => c.newTuple(key === null ? [k, order] : [k, order, v]);
  const heap = c.newList([]);
  for (let i = 0; i < n; i++) {
    const v = it.next();
    if (v === undefined) break;
    heap.items.push(decorate(key === null ? v : c.call(key, [v]), largest ? -i : i, v));
  }
  if (heap.items.length === 0) return [];
  // nsmallest keeps the n smallest under a max-heap (its top is the largest kept), nlargest the reverse.
  const less = largest ? lt : gt;
  heapify(heap, less);
  const topKey = () => (heap.items[0] as PyTuple).items[0];
  let order = largest ? -n : n;
  for (let v = it.next(); v !== undefined; v = it.next()) {
    const k = key === null ? v : c.call(key, [v]);
    if (largest ? lt(topKey(), k) : lt(k, topKey())) {
      heapReplace(heap, decorate(k, order, v), less);
      order += largest ? -1 : 1;
    }
  }
  return sortValues(c, heap.items, null, largest).map((d) => (d as PyTuple).items[key === null ? 0 : 2]);
}

/**
 * bisect's arguments (CPython's checks). `a` is any sequence, as CPython's C bisect
 * reads it with PySequence_Size/GetItem: `list` is set when it is an exact list, read
 * directly; anything else (a list subclass, a deque, a class with __len__ and
 * __getitem__) is read through its own methods.
 */
interface BisectArgs { a: Value; list: PyList | null; x: Value; lo: number; hi: number; key: Value }

function bounds(core: CoreApi, fname: string, args: Value[], kwargs: Map<string, Value> | null): BisectArgs {
  // The common call, `bisect_left(a, x)` on a list: nothing to bind.
  if (kwargs === null && args.length === 2 && args[0] instanceof PyList) {
    return { a: args[0], list: args[0], x: args[1], lo: 0, hi: args[0].items.length, key: null };
  }
  const [a, x, lo, hi, key] = bind(fname, args, kwargs, ["a", "x", "lo", "hi", "key"], 2, 4);
  const l = lo === undefined ? 0 : toInt(lo, "");
  if (l < 0) throw valueError("lo must be non-negative");
  // CPython's C default for hi is -1, which stands for len(a): hi=-1 given does too.
  let h = hi === undefined || hi === null ? -1 : toInt(hi, "");
  if (h === -1) h = sequenceSize(core, a!);
  return { a: a!, list: a instanceof PyList ? a : null, x: x!, lo: l, hi: h, key: key ?? null };
}

/** A dict has a length but no sequence protocol: CPython's PySequence_Size/GetItem refuse it. */
function notMapping(a: Value): void {
  if (a instanceof PyDict) throw typeError("dict is not a sequence");
}

function sequenceSize(core: CoreApi, a: Value): number {
  notMapping(a);
  return seqLength(core, a);
}

function sequenceItem(core: CoreApi, a: Value, i: number): Value {
  notMapping(a);
  return ops.getItem(core as Core, a, i);
}

/** bisect_left (right = false) or bisect_right of x in the sequence a[lo:hi]. */
function bisect(core: CoreApi, b: BisectArgs, x: Value, right: boolean): number {
  const { list, key } = b;
  let { lo, hi } = b;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const item = list !== null ? list.items[mid] : sequenceItem(core, b.a, mid);
    const v = key === null ? item : core.call(key, [item]);
    if (right ? lt(x, v) : lt(v, x)) {
      if (right) hi = mid;
      else lo = mid + 1;
    } else if (right) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function createBisect(core: CoreApi): PyModule {
  void core;
  const mod = new PyModule("bisect");
  for (const right of [false, true]) {
    const name = right ? "bisect_right" : "bisect_left";
    const search = (c: CoreApi, args: Value[], kwargs: Map<string, Value> | null) => {
      const b = bounds(c, name, args, kwargs);
      return bisect(c, b, b.x, right);
    };
    def(mod, name, search);
    if (right) def(mod, "bisect", search);
    const insName = right ? "insort_right" : "insort_left";
    const insort = (c: CoreApi, args: Value[], kwargs: Map<string, Value> | null) => {
      const b = bounds(c, insName, args, kwargs);
      // With key=, x is compared by key(x), as CPython's insort does.
      const probe = b.key === null ? b.x : c.call(b.key, [b.x]);
      const i = bisect(c, b, probe, right);
      if (b.list !== null) {
        c.charge(4);
        b.list.items.splice(i, 0, b.x);
      } else {
        // Anything but an exact list inserts by its own insert method, as CPython's.
        c.call(c.getAttr(b.a, "insert"), [i, b.x]);
      }
      return null;
    };
    def(mod, insName, insort);
    if (right) def(mod, "insort", insort);
  }
  return mod;
}

/**
 * heapq.merge(*iterables, key=None, reverse=False): CPython's generator (heapq.py) step
 * for step: a heap of [value, order] lists ([key, order, value] with a key; a max-heap
 * with `reverse`), so items compare as CPython's do (list comparison: == then <, in the
 * same order), and results on unsorted inputs or inconsistent orders (NaN) are its. An
 * input is advanced only when the merge resumes after yielding its item, and the last
 * input left is passed through without comparisons ("yield from").
 */
class MergeIterator extends PyIterator {
  /** CPython's merge is a generator function: its type's name (iteratorTypeName). */
  readonly pyName = "generator";
  private heap: PyList | null = null;
  /** The inputs' iterators, by input order. */
  private readonly iters: PyIterator[] = [];
  /** The top entry's item has been yielded: its input advances at the next step. */
  private pending = false;
  private readonly less: typeof lt;

  /** The inputs, made iterators at the first step (a generator's body runs only then). */
  constructor(private readonly core: CoreApi, private readonly sources: Value[], private readonly key: Value, reverse: boolean) {
    super();
    this.less = reverse ? gt : lt;
  }

  private start(): PyList {
    const heap = this.core.newList([]);
    this.sources.forEach((source, order) => {
      const it = ops.getIter(source);
      const v = it.next();
      if (v === undefined) return;
      this.iters[order] = it;
      const tag = this.less === lt ? order : -order || 0;
      heap.items.push(this.core.newList(this.key === null ? [v, tag] : [this.core.call(this.key, [v]), tag, v]));
    });
    heapify(heap, this.less);
    this.heap = heap;
    return heap;
  }

  next(): Value | undefined {
    const heap = this.heap ?? this.start();
    const h = heap.items;
    if (this.pending) {
      this.pending = false;
      const s = h[0] as PyList;
      const v = this.iters[Math.abs(s.items[1] as number)].next();
      if (h.length === 1) {
        if (v === undefined) h.pop();
        else this.pending = true;
        return v;
      }
      if (v === undefined) heapPop(heap, this.less);
      else {
        s.items[0] = this.key === null ? v : this.core.call(this.key, [v]);
        if (this.key !== null) s.items[2] = v;
        heapReplace(heap, s, this.less);
      }
    }
    if (h.length === 0) return undefined;
    this.pending = true;
    return (h[0] as PyList).items[this.key === null ? 0 : 2];
  }

  children(): readonly Value[] {
    const out: Value[] = [...this.sources, ...this.iters.filter((it) => it !== undefined)];
    if (this.key !== null) out.push(this.key);
    if (this.heap !== null) out.push(this.heap);
    return out;
  }
}
