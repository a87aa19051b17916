// Building sequences and strings without letting the host allocate first.
//
// Invariant: a builtin that builds a list, tuple or string charges the calling core
// for it BEFORE the host allocates it — up front when the final size is known
// (`[0] * n`, `list(range(n))`, a format width), or item by item as it grows when it
// is not (`list(map(f, xs))`) — so a program exhausts its core's memory (MemoryError
// with the sizes) and never the host's. Items collected so far are registered with
// the collector (`whileBuilding`), so a collection in the middle of a build cannot
// forget them.
//
// Two host limits sit above any core's budget: V8 aborts the whole process (a fatal
// error, not an exception) when an array grows past about 112 million elements, and
// refuses strings longer than 2^29 - 24 code units. A sequence or string beyond them
// raises MemoryError here even on a core whose memory would hold it.

import { PyError } from "./errors.js";
import { SIZE, listBytes, whileBuilding } from "./memory.js";
import { type CoreApi, type GeneratorConsumer, PyIterator, PyList, PyRange, RangeIterator, type Value } from "./values.js";
import { WideRangeIterator, rangeIter, sizedCount, sizedLength } from "./range.js";
import { tick } from "./watchdog.js";

/** Most items in one list or tuple (below V8's array limit, with room to spare). */
export const MAX_ITEMS = 2 ** 26;
/** Longest string, in UTF-16 code units (V8's limit). */
export const MAX_STR = 2 ** 29 - 24;

function fmt(n: number): string {
  return n.toLocaleString("en-US");
}

function hostLimit(core: CoreApi, what: string, n: number, max: number, unit: string): PyError {
  return new PyError("MemoryError", `core ${core.id} cannot build a ${what} of ${fmt(n)} ${unit}: the host's limit is ${fmt(max)}`);
}

/**
 * drain's collection of a generator's items, as the consumer of a generator run in
 * place (vm/generators.ts consumeInPlace): `done` makes the builtin's result of them.
 */
export function itemConsumer(core: CoreApi, done: (items: Value[]) => Value): GeneratorConsumer {
  const out: Value[] = [];
  core.charge(SIZE.listHeader);
  return {
    take: (x) => {
      tick();
      if (out.length >= MAX_ITEMS) throw hostLimit(core, "list", out.length + 1, MAX_ITEMS, "items");
      core.charge(SIZE.slot);
      out.push(x);
      return true;
    },
    result: () => done(out),
    held: () => out,
  };
}

/**
 * Charges a list or tuple of `n` items before it is built: MemoryError (with the
 * sizes) if the core cannot hold it or the host cannot build it.
 */
export function reserveItems(core: CoreApi, n: number, what = "list"): void {
  if (n > MAX_ITEMS) {
    // The core's own limit gives the more useful message when it is the smaller one.
    core.charge(listBytes(n));
    core.charge(-listBytes(n));
    throw hostLimit(core, what, n, MAX_ITEMS, "items");
  }
  core.charge(listBytes(n));
}

/** Charges `extra` more items of a list that has `current`, before it grows. */
export function reserveGrowth(core: CoreApi, current: number, extra: number): void {
  if (current + extra > MAX_ITEMS) throw hostLimit(core, "list", current + extra, MAX_ITEMS, "items");
  core.charge(SIZE.slot * extra);
}

/** Charges a string of `length` characters before it is built (see reserveItems). */
export function reserveStr(core: CoreApi, length: number): void {
  const bytes = SIZE.strHeader + length;
  if (length > MAX_STR) {
    core.charge(bytes);
    core.charge(-bytes);
    throw hostLimit(core, "string", length, MAX_STR, "characters");
  }
  core.charge(bytes);
}

/**
 * Checks that a string of `length` characters would fit, without keeping the charge:
 * for code that builds a string and hands it to `core.newStr` (which charges it), such
 * as a format field padded to a width the program chose.
 */
export function checkStrRoom(core: CoreApi, length: number): void {
  reserveStr(core, length);
  core.charge(-(SIZE.strHeader + length));
}

/**
 * The ints of a range as an array, charged as a list before it is allocated
 * (CPython's OverflowError for a length past sys.maxsize). A wide range's items
 * come from its iterator, each big one charged as it is made.
 */
export function rangeItems(core: CoreApi, r: PyRange): Value[] {
  const n = sizedLength(r);
  reserveItems(core, n);
  const out = new Array<Value>(n);
  if (r.narrow) {
    const step = r.step as number;
    for (let i = 0, v = r.start as number; i < n; i++, v += step) out[i] = v;
  } else {
    const it = rangeIter(r);
    for (let i = 0; i < n; i++) out[i] = it.next()!;
  }
  return out;
}

/**
 * Every remaining item of an iterator, charged to the core as a list while it grows
 * (4 B per item; the items themselves are charged by whoever made them).
 */
export function drain(core: CoreApi, it: PyIterator, what = "list"): Value[] {
  if (it instanceof RangeIterator) {
    // The rest of a range is known: charged up front like the range itself. (A
    // temporary the program never sees: its stop may leave int32 after reversed(),
    // which the length on doubles allows.)
    const rest = new PyRange(it.cur, it.stop, it.step);
    it.cur = it.stop;
    return rangeItems(core, rest);
  }
  if (it instanceof WideRangeIterator) {
    reserveItems(core, sizedCount(it.remaining()));
    const out: Value[] = [];
    for (let v = it.next(); v !== undefined; v = it.next()) out.push(v);
    return out;
  }
  const out: Value[] = [];
  core.charge(SIZE.listHeader);
  return whileBuilding(core.id, new PyList(out), () => {
    it.forEachItem((x) => {
      tick();
      if (out.length >= MAX_ITEMS) throw hostLimit(core, what, out.length + 1, MAX_ITEMS, "items");
      core.charge(SIZE.slot);
      out.push(x);
      return true;
    });
    return out;
  });
}
