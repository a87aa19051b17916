// range objects with bounds of any size, as CPython 3.11's rangeobject.c.
//
// A range is narrow (start, stop and step all int32) or wide (a big-int bound): see
// PyRange in values.ts. Narrow ranges keep the number code they always had where
// it is hot (iteration by RangeIterator, len, indexing, `in`); everything else, and
// every wide range, computes on BigInts here, once for both shapes. The bound
// invariant: a range's start, stop and step are canonical ints (a number exactly
// when the value fits int32), so `narrow` is a property of the values, and equal
// ranges made any way (range(), a slice, reversed) agree.
//
// sys.maxsize is 2**63 - 1 (modules/sys.ts), so len() of a range longer than that
// is CPython's OverflowError, as are the builtins that need the length as a size
// (list(), tuple(), a sequence pattern); indexing, slicing, `in`, index(), count(),
// ==, hash() and iteration take any length, as CPython's do. A core that keeps the
// device word (classic dialect, --int-overflow error) reports 2**31 - 1 and refuses
// big ints in range(), as it always did.
//
// Memory: a range is charged 16 B when made (range(), a slice); a big-int bound it
// makes (a slice's, reversed()'s start) is charged as any int (bigint.ts), and the
// collector reaches the bounds through the range (memory.ts). Items, lengths and
// positions handed to the program are ints made by intOf / intOfSafe, with their
// rules: under --int-overflow error a result beyond int32 is an OverflowError.

import { toIntValue, typeName } from "./args.js";
import { bytesForBits, bitLength, intOf, intOfSafe, promotes } from "./bigint.js";
import { PyInstance, activeCore } from "./classes.js";
import { indexError, typeError, valueError } from "./errors.js";
import { SIZE } from "./memory.js";
import { clampSliceBound, eqOp, isIntOrNone, truthy } from "./ops.js";
import { repr } from "./format.js";
import { indexSpecial } from "./numberProtocol.js";
import {
  type CoreApi, type Kwargs, PyBigInt, PyFloat, PyIterator, PyRange, RangeIterator, type RangeInt, type Value, bigsOf, rangeBig,
} from "./values.js";
import { tick } from "./watchdog.js";
import { SSIZE_MAX, SSIZE_MIN, ssizeOverflow } from "./indexSized.js";

const OUT_OF_RANGE = "range object index out of range";

/**
 * A bound the range code computed (a slice's, the start of reversed()'s items) in its
 * canonical form, a big one charged as an int. Never refused, even where results must
 * stay 32-bit: a bound is no arithmetic result, and the items between the bounds of
 * such a range are int32 (only range() itself refuses big ints there).
 */
function boundOf(core: CoreApi, v: bigint): RangeInt {
  if (v >= -2147483648n && v <= 2147483647n) return Number(v);
  const bits = bitLength(v);
  core.charge(bytesForBits(bits));
  const big = new PyBigInt(v);
  big.bits = bits;
  return big;
}

/** A range of canonical bounds (step != 0), charged to the core. */
function makeRange(core: CoreApi, start: RangeInt, stop: RangeInt, step: RangeInt): PyRange {
  core.charge(SIZE.range);
  return new PyRange(start, stop, step);
}

/** A range() argument: an int of any size (toIntValue's rules and TypeErrors). */
function rangeArg(core: CoreApi, a: Value): RangeInt {
  if (typeof a === "number" && (a | 0) === a) return a;
  const v = toIntValue(a, "");
  // A core that keeps the device word (classic dialect, --int-overflow error) keeps
  // 32-bit ranges: CPython's error for an int too large for the machine.
  if (v instanceof PyBigInt && !promotes(core)) throw ssizeOverflow();
  return v;
}

/** range(stop) / range(start, stop[, step]). No arrays: range(n) is made on every call of a loop's function. */
export function newRange(core: CoreApi, args: Value[], kw: Kwargs): PyRange {
  if (kw && kw.size) throw typeError("range() takes no keyword arguments");
  if (args.length === 0) throw typeError("range expected at least 1 argument, got 0");
  if (args.length > 3) throw typeError(`range expected at most 3 arguments, got ${args.length}`);
  const start = args.length === 1 ? 0 : rangeArg(core, args[0]);
  const stop = rangeArg(core, args[args.length === 1 ? 0 : 1]);
  const step = args.length === 3 ? rangeArg(core, args[2]) : 1;
  if (step === 0) throw valueError("range() arg 3 must not be zero");
  return makeRange(core, start, stop, step);
}

/**
 * len(r): an int; CPython's OverflowError past sys.maxsize, which is 2**31 - 1 on a
 * core that keeps the device word (modules/sys.ts), so len(range(-2**31, 2**31 - 1))
 * is that error there too.
 */
export function rangeLen(core: CoreApi, r: PyRange): number | PyBigInt {
  if (r.narrow) {
    const n = r.length;
    if ((n | 0) === n) return n;
  }
  const n = bigsOf(r).length;
  if (n > (promotes(core) ? SSIZE_MAX : 2147483647n)) throw ssizeOverflow();
  return intOf(core, n);
}

/**
 * A count of items to build (list() of a range or of a wide range's iterator, a
 * sequence pattern, an array's initializer) as a double: CPython's OverflowError
 * past sys.maxsize, then rounded past 2**53, far beyond what any core can hold (the
 * size check that follows fails).
 */
export function sizedCount(n: bigint): number {
  if (n > SSIZE_MAX) throw ssizeOverflow();
  return Number(n);
}

/** sizedCount of a range's length. */
export function sizedLength(r: PyRange): number {
  return r.narrow ? r.length : sizedCount(bigsOf(r).length);
}

/** Item k (0 <= k < length) of any range, as an int. */
function itemAt(core: CoreApi, r: PyRange, k: bigint): number | PyBigInt {
  const b = bigsOf(r);
  return intOf(core, b.start + k * b.step);
}

/** Item i (an integer, 0 <= i < length) of any range: random.choice / sample. */
export function rangeItemAt(core: CoreApi, r: PyRange, i: number | bigint): number | PyBigInt {
  return r.narrow ? (r.start as number) + Number(i) * (r.step as number) : itemAt(core, r, BigInt(i));
}

/** r[index] for an int index of any size (negative from the end); CPython's errors. */
export function rangeItem(core: CoreApi, r: PyRange, index: Value): Value {
  if (r.narrow && typeof index === "number" && (index | 0) === index) {
    const n = r.length;
    const k = index < 0 ? index + n : index;
    if (k < 0 || k >= n) throw indexError(OUT_OF_RANGE);
    return (r.start as number) + (r.step as number) * k;
  }
  const i = indexValue(index);
  if (i === undefined) throw typeError(`range indices must be integers or slices, not ${typeName(index)}`);
  const n = bigsOf(r).length;
  const k = i < 0n ? i + n : i;
  if (k < 0n || k >= n) throw indexError(OUT_OF_RANGE);
  return itemAt(core, r, k);
}

/** An index or slice bound of any size as a BigInt (int, bool, `__index__`); undefined for anything else. */
function indexValue(v: Value): bigint | undefined {
  if (typeof v === "number") return (v | 0) === v ? BigInt(v) : undefined;
  if (typeof v === "boolean") return v ? 1n : 0n;
  if (v instanceof PyBigInt) return v.v;
  const x = indexSpecial(v);
  return x === undefined ? undefined : rangeBig(x);
}

/**
 * r[lower:upper:step]: a range, as CPython's compute_slice (_PySlice_GetLongIndices
 * on the exact length, then the items at the clamped indices). Exact for any bounds:
 * `range(10)[::2**40]` keeps its step.
 */
export function rangeSlice(core: CoreApi, r: PyRange, lower: Value, upper: Value, step: Value): PyRange {
  // A narrow range sliced by int32s or None (`input[:mid]` in a recursion): the same
  // rules in doubles, exact here (the bounds stay within the range's span, below
  // 2**33), without BigInts; a result that is not narrow takes the general path.
  if (r.narrow && isIntOrNone(lower) && isIntOrNone(upper) && isIntOrNone(step) && step !== 0) {
    const st = step ?? 1;
    const n = r.length;
    const lo = clampSliceBound(lower, n, st, false);
    const hi = clampSliceBound(upper, n, st, true);
    const start = r.start as number;
    const rstep = r.step as number;
    const a = start + lo * rstep;
    const b = start + hi * rstep;
    const c = rstep * st;
    if ((a | 0) === a && (b | 0) === b && (c | 0) === c) return makeRange(core, a, b, c);
  }
  const part = (v: Value): bigint | null => {
    if (v === null) return null;
    const x = indexValue(v);
    if (x === undefined) throw typeError("slice indices must be integers or None or have an __index__ method");
    return x;
  };
  const st = part(step) ?? 1n;
  if (st === 0n) throw valueError("slice step cannot be zero");
  const { start, step: rstep, length: n } = bigsOf(r);
  // Valid positions run from `low` to `high`; a bound past them is clamped.
  const low = st < 0n ? -1n : 0n;
  const high = st < 0n ? n - 1n : n;
  const clamp = (v: bigint | null, missing: bigint): bigint => {
    if (v === null) return missing;
    if (v < 0n) return v + n < low ? low : v + n;
    return v > high ? high : v;
  };
  const lo = clamp(part(lower), st < 0n ? high : low);
  const hi = clamp(part(upper), st < 0n ? low : high);
  return makeRange(core, boundOf(core, start + lo * rstep), boundOf(core, start + hi * rstep), boundOf(core, rstep * st));
}

/**
 * The position of `item` in `r` when it is a number (int, bool, big int, float):
 * its index, or null when absent. undefined for any other value, which CPython
 * compares item by item (an int subclass's instance, a complex, a class with __eq__).
 * A float is found by value, as CPython's linear search finds it (== is exact).
 */
function position(r: PyRange, item: Value): bigint | null | undefined {
  let x: bigint;
  if (typeof item === "number" || item instanceof PyFloat) {
    const f = typeof item === "number" ? item : item.v;
    if (!Number.isInteger(f)) return null;
    x = BigInt(f);
  } else if (typeof item === "boolean") x = item ? 1n : 0n;
  else if (item instanceof PyBigInt) x = item.v;
  else return undefined;
  const { start, stop, step } = bigsOf(r);
  const d = x - start;
  if (step > 0n ? d < 0n || x >= stop : d > 0n || x <= stop) return null;
  return d % step === 0n ? d / step : null;
}

/** An int or a bool: CPython's range answers `in`, index() and count() for them by arithmetic. */
const exactInt = (v: Value): boolean => (typeof v === "number" && (v | 0) === v) || typeof v === "boolean" || v instanceof PyBigInt;

/**
 * CPython's _PySequence_IterSearch over the range's items for a value that is not a
 * number: the index of the first item equal to it, -1 if none (count: how many).
 * Only an instance can equal an int; anything else (a str, None) equals no item.
 */
function search(r: PyRange, item: Value, count: boolean): number {
  if (!(item instanceof PyInstance)) return count ? 0 : -1;
  let i = 0, found = 0;
  const it = rangeIter(r);
  for (let v = it.next(); v !== undefined; v = it.next(), i++) {
    tick();
    if (truthy(eqOp(v, item))) {
      if (!count) return i;
      found++;
    }
  }
  return count ? found : -1;
}

/** `item in r`: O(1) for numbers. */
export function rangeContains(r: PyRange, item: Value): boolean {
  if (r.narrow && typeof item === "number") {
    // The hot case (`if k in range(1, n)`), on doubles: every value involved is exact.
    if (!Number.isInteger(item)) return false;
    const start = r.start as number, stop = r.stop as number, step = r.step as number;
    if (step > 0 ? item < start || item >= stop : item > start || item <= stop) return false;
    return (item - start) % step === 0;
  }
  const k = position(r, item);
  return k === undefined ? search(r, item, false) >= 0 : k !== null;
}

/** r.count(item): 0 or 1 for numbers, else CPython's count by ==. */
export function rangeCount(r: PyRange, item: Value): number {
  const k = position(r, item);
  return k === undefined ? search(r, item, true) : k === null ? 0 : 1;
}

/** r.index(item), with CPython's two messages (ints and bools are "not in range"). */
export function rangeIndex(core: CoreApi, r: PyRange, item: Value): Value {
  const k = position(r, item);
  if (k === undefined) {
    const i = search(r, item, false);
    if (i >= 0) return intOfSafe(core, i);
  } else if (k !== null) return intOf(core, k);
  throw valueError(exactInt(item) ? `${repr(item, core.float32)} is not in range` : "sequence.index(x): x not in sequence");
}

/** Two ranges are equal as sequences: same length, and same start and step where they matter. */
export function rangeEq(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  const x = bigsOf(a), y = bigsOf(b);
  return x.length === y.length && (x.length === 0n || (x.start === y.start && (x.length === 1n || x.step === y.step)));
}

/**
 * CPython's range hash: the hash of (len, start, step), with None for the parts
 * equality ignores, so equal ranges hash alike. The length is a temporary, never
 * charged (it is hashed, not kept).
 */
export function rangeHashKey(r: PyRange): Value[] {
  const n = bigsOf(r).length;
  const len = n <= 2147483647n ? Number(n) : new PyBigInt(n);
  return [len, n === 0n ? null : r.start, n <= 1n ? null : r.step];
}

/** First and last items of a non-empty range, as ints (min, max, sum). */
export function rangeEnds(core: CoreApi, r: PyRange): [Value, Value] {
  if (r.narrow) return [r.start, (r.start as number) + (r.length - 1) * (r.step as number)];
  return [r.start, itemAt(core, r, bigsOf(r).length - 1n)];
}

/** sum(r, start) for an int start, in O(1) and exact (an int of any size; CPython adds the items one by one). */
export function rangeSum(r: PyRange, start: bigint): bigint {
  const { start: first, step, length: n } = bigsOf(r);
  return n === 0n ? start : start + (n * (2n * first + (n - 1n) * step)) / 2n;
}

/** True when r has an item other than 0 (any()), in O(1). */
export function rangeAny(r: PyRange): boolean {
  const n = r.length; // rounded only far above 1
  return n > 1 || (n === 1 && r.start !== 0);
}

/** iter(r): the int32 iterator FOR_ITER steps inline for a narrow range, else a WideRangeIterator. */
export function rangeIter(r: PyRange): PyIterator {
  if (r.narrow) return new RangeIterator(r.start as number, r.stop as number, r.step as number);
  const b = bigsOf(r);
  return new WideRangeIterator(b.start, b.step, b.length);
}

/** reversed(r): lazy, from the last item down. */
export function rangeReversed(r: PyRange): PyIterator {
  if (r.narrow) {
    const n = r.length;
    if (n === 0) return new RangeIterator(0, 0, 1);
    const start = r.start as number, step = r.step as number;
    // The stop may leave int32 (reversed(range(-2**31, 0))): the iterator only compares with it.
    return new RangeIterator(start + (n - 1) * step, start - step, -step);
  }
  const { start, step, length: n } = bigsOf(r);
  return new WideRangeIterator(start + (n - 1n) * step, -step, n);
}

/**
 * Iterator of a range the int32 one cannot serve (CPython's longrange_iterator, or
 * its range_iterator when all fits a C long). Not a RangeIterator, so FOR_ITER's
 * inline step (interpreter.ts, jit/baseline.ts) never sees it and calls `next()`.
 * While every item is a safe integer (|v| <= 2**53 - 1) it steps on doubles,
 * which is exact: the item past the last may round, but never back to the last or
 * below it. Items are made in the running core (activeCore) and charged there.
 */
export class WideRangeIterator extends PyIterator {
  /** Items left (BigInt mode), or NaN in double mode. */
  private left: bigint;
  private cur: bigint;
  /** Double mode: the next item, the step and the last item; NaN otherwise. */
  private curN = NaN;
  private readonly stepN: number = NaN;
  private readonly lastN: number = NaN;
  /** CPython's type name of this iterator (format.ts: `<range_iterator object at ...>`). */
  readonly pyName: string;
  constructor(first: bigint, private readonly step: bigint, length: bigint) {
    super();
    this.cur = first;
    this.left = length;
    const last = first + (length > 0n ? length - 1n : 0n) * step;
    const safe = (v: bigint) => v >= -0x1fffffffffffffn && v <= 0x1fffffffffffffn;
    if (safe(first) && safe(last) && safe(step)) {
      this.curN = Number(first);
      this.stepN = Number(step);
      this.lastN = length > 0n ? Number(last) : this.curN - this.stepN;
    }
    // A C long is as wide as Py_ssize_t on a 64-bit host.
    const fitsLong = (v: bigint) => v >= SSIZE_MIN && v <= SSIZE_MAX;
    this.pyName = fitsLong(first) && fitsLong(last + step) && fitsLong(step) && length <= SSIZE_MAX ? "range_iterator" : "longrange_iterator";
  }
  next(): Value | undefined {
    const c = this.curN;
    if (c === c) {
      if (this.stepN > 0 ? c > this.lastN : c < this.lastN) return undefined;
      this.curN = c + this.stepN;
      return intOfSafe(activeCore(), c);
    }
    if (this.left <= 0n) return undefined;
    const v = this.cur;
    this.cur = v + this.step;
    this.left--;
    return intOf(activeCore(), v);
  }
  override lengthHint(): bigint {
    return this.remaining();
  }
  /** Items left, as a BigInt (list() charges them up front; `__length_hint__`). */
  remaining(): bigint {
    const c = this.curN;
    if (c !== c) return this.left;
    if (this.stepN > 0 ? c > this.lastN : c < this.lastN) return 0n;
    // c is an item, so a safe integer: BigInt keeps the count exact past 2**53.
    return (BigInt(this.lastN) - BigInt(c)) / BigInt(this.stepN) + 1n;
  }
  children(): readonly Value[] {
    return [];
  }
}

