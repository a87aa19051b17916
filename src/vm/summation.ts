// sum() over an iterator: the accumulation loop, with the number cases kept unboxed.
//
// sum(x * y for x, y in zip(row, col)) adds floats to a float: through the generic
// `+` (ops.add) each step dispatches on both operands and boxes an integral result.
// Here, while the running total is a float, it is a plain JS double `total`, and
// each int or float item is added to it exactly as ops.add's float rule does (the
// JS sum of the two values, rounded to the core's precision); the total becomes a
// Python value (core.float) only when an item of another kind arrives (then the
// generic `+` takes over: strings' errors, big ints, instances' __add__/__radd__)
// or at the end. Small-int steps whose result stays an int32 are the int rule
// itself (it only differs from the JS sum on overflow, which goes to ops.add). So
// every step computes the value ops.add would, in the same order: results,
// rounding and errors are CPython's (and the dialect's) as before.
//
// While the total is an int (on a core whose ints promote), int items within 2**53
// are added into a second double, `part`, as long as that sum is a safe integer (so
// exact), and `part` is added to the total
// with the generic `+` only when it would leave the safe range, when an item of
// another kind arrives, or at the end: int addition is associative, so the result is
// the same, and sums past 2**31 (sum(i * i for i in ...)) make one big int per 2**22
// or more items instead of one per item (CPython's sum keeps a C long likewise).

import * as ops from "./ops.js";
import { tick } from "./watchdog.js";
import { intOfSafe, promotes } from "./bigint.js";
import { type CoreApi, type GeneratorConsumer, ListIterator, PyBigInt, PyFloat, type PyIterator, type Value } from "./values.js";

/** A JS number that is a Python float (the number invariant, values.ts). */
const isUnboxedFloat = (v: Value): v is number => typeof v === "number" && (v | 0) !== v;

/**
 * The running total of sumItems: a class with a double field because V8 stores such
 * a field in place, where a `let` captured by the per-item closure is a context slot
 * that boxes every new double (a heap allocation per item).
 */
class Total {
  /** Float mode: the total is the double `total` and `acc` is stale. */
  floating = false;
  /** 0.5: a double from the start, so V8 never changes the field's representation. */
  total = 0.5;
  /** Int mode (`acc` an int): the int items not yet added to `acc`, an exact safe integer (a double field, as `total`). */
  part = 0.5;
  constructor(
    public acc: Value,
    /** The core computes in float32. */
    private readonly f32: boolean,
    /** Grouping is exact only where ints never overflow (not the classic dialect's words). */
    private readonly grouping: boolean,
  ) {
    this.part = 0;
  }

  /** Adds one item. */
  add(core: CoreApi, v: Value): void {
    const f32 = this.f32;
    if (this.floating) {
      // float + int and float + float: the float rule on the two numbers.
      const x = typeof v === "number" ? v : v instanceof PyFloat ? v.v : undefined;
      if (x !== undefined) {
        this.total = f32 ? Math.fround(this.total + x) : this.total + x;
        return;
      }
      this.acc = core.float(this.total);
      this.floating = false;
    } else {
      let acc = this.acc;
      if (this.grouping && ((typeof acc === "number" && (acc | 0) === acc) || acc instanceof PyBigInt)) {
        // int + int (an int32, or a big int within 2**53): into `part` while that stays exact.
        const p = this.part + (typeof v === "number" ? ((v | 0) === v ? v : NaN) : v instanceof PyBigInt ? v.n : NaN);
        if (Number.isSafeInteger(p)) {
          this.part = p;
          return;
        }
      }
      if (this.part !== 0) {
        flushPart(core, this);
        acc = this.acc;
      }
      if (typeof acc === "number" && typeof v === "number" && (acc | 0) === acc) {
        const r = acc + v;
        if ((v | 0) !== v) {
          // int + float: a float; the total goes unboxed from here on.
          this.total = f32 ? Math.fround(r) : r;
          this.floating = true;
          return;
        }
      }
    }
    const acc = ops.add(core, this.acc, v);
    this.acc = acc;
    if (isUnboxedFloat(acc) || acc instanceof PyFloat) {
      this.total = typeof acc === "number" ? acc : acc.v;
      this.floating = true;
    }
  }
}

/** Adds `part` to the int total `acc` (the generic `+`: its size is charged then). */
function flushPart(core: CoreApi, s: Total): void {
  s.acc = ops.add(core, s.acc, intOfSafe(core, s.part));
  s.part = 0;
}

/** `start` plus every item of `it`, left to right, as sum() defines it. */
export function sumItems(core: CoreApi, it: PyIterator, start: Value): Value {
  const s = new Total(start, core.float32, promotes(core));
  if (it instanceof ListIterator) {
    // A list's items in a loop of its own: no call of a closure per item.
    const items = it.items;
    while (it.i < items.length) {
      tick();
      s.add(core, items[it.i++]);
    }
  } else {
    it.forEachItem((v) => {
      tick();
      s.add(core, v);
      return true;
    });
  }
  return totalOf(core, s);
}

/** The sum once every item is in. */
function totalOf(core: CoreApi, s: Total): Value {
  if (s.part !== 0) flushPart(core, s);
  return s.floating ? core.float(s.total) : s.acc;
}

/** sumItems as the consumer of a generator run in place (vm/generators.ts consumeInPlace). */
export function sumConsumer(core: CoreApi, start: Value): GeneratorConsumer {
  const s = new Total(start, core.float32, promotes(core));
  return {
    take: (v) => {
      tick();
      s.add(core, v);
      return true;
    },
    result: () => totalOf(core, s),
    held: () => [s.acc],
  };
}
