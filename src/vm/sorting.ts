// Python's sort (list.sort, sorted, and the library functions that sort): stable, key
// results computed once, `reverse` keeping equal items in their original order.
//
// Python defines the order by `<` alone. A stable sort's result is the same whatever
// the algorithm as long as the order is consistent, so where every key is a kind whose
// order is a total order we know (numbers other than NaN, strings, tuples of these),
// the keys are compared by a three-way JS comparison without going through the
// generic `<` (ops.compare) twice per step: that is what made sorted() ten times
// CPython's time. Any other key (instances with __lt__, big ints, NaN, lists...) takes
// the generic comparison, which calls `<` as CPython does.

import * as ops from "./ops.js";
import { cpCompare } from "./codepoints.js";
import { timsort } from "./timsort.js";
import { toIntValue } from "./args.js";
import { overflowError } from "./errors.js";
import { type CoreApi, PyFloat, PyTuple, type Value } from "./values.js";

/** sort()'s and sorted()'s `reverse`: an int as CPython parses it (reverse=None is its TypeError). */
export function sortReverse(v: Value | undefined): boolean {
  if (v === undefined || typeof v === "boolean") return v === true;
  const n = toIntValue(v, "");
  if (typeof n !== "number") throw overflowError("Python int too large to convert to C int");
  return n !== 0;
}

/**
 * Sorts with Python's ordering; stable; `key` called once per item, in order. As
 * CPython's list.sort does, `reverse` reverses the items, sorts them ascending and
 * reverses the result: equal items keep their order, and a TypeError of a comparison
 * names the same pair of types as CPython's. When a comparison raises, `onError` (if
 * given) gets the items in the order the sort had left them, as CPython's list.sort
 * leaves its list.
 */
export function sortValues(
  core: CoreApi,
  items: Value[],
  key: Value,
  reverse: boolean,
  onError?: (partial: Value[]) => void,
): Value[] {
  let keys = key === null ? items : items.map((v) => core.call(key, [v]));
  if (reverse) {
    items = items.slice().reverse();
    keys = key === null ? items : keys.reverse();
  }
  let sorted: Value[] | undefined;
  if (key === null && allSmallInts(items)) {
    // Equal ints are indistinguishable: no index order to keep.
    sorted = items.slice().sort((a, b) => (a as number) - (b as number));
  } else {
    const nums = numericKeys(keys);
    if (nums !== undefined) {
      const order = items.map((_, i) => i);
      order.sort((i, j) => nums[i] - nums[j]);
      sorted = order.map((i) => items[i]);
    } else if (keys.every(isOrderedKey)) {
      sorted = sortKnownOrder(items, keys);
    }
    if (sorted === undefined) {
      // CPython's own algorithm: the same `<` calls, on the same pairs, in its order.
      sorted = items.slice();
      try {
        timsort(key === null ? sorted : keys, key === null ? null : sorted, lessThan);
      } catch (e) {
        onError?.(reverse ? sorted.reverse() : sorted);
        throw e;
      }
    }
  }
  return reverse ? sorted.reverse() : sorted;
}

/** The items by their ordered keys (isOrderedKey); undefined when two keys have no order (a str and an int). */
function sortKnownOrder(items: Value[], keys: Value[]): Value[] | undefined {
  const order = items.map((_, i) => i);
  try {
    order.sort((i, j) => knownOrder(keys[i], keys[j]));
  } catch {
    // timsort then raises CPython's TypeError, on the pair CPython compares.
    return undefined;
  }
  return order.map((i) => items[i]);
}

const lessThan = (a: Value, b: Value): boolean => ops.compare("lt", a, b);

function allSmallInts(items: Value[]): boolean {
  for (const v of items) if (typeof v !== "number" || (v | 0) !== v) return false;
  return true;
}

/** The keys as doubles when every one is an int32, a float or a bool and none is NaN. */
function numericKeys(keys: Value[]): Float64Array | undefined {
  const out = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const v = keys[i];
    const x = typeof v === "number" ? v : v instanceof PyFloat ? v.v : typeof v === "boolean" ? +v : NaN;
    if (x !== x) return undefined;
    out[i] = x;
  }
  return out;
}

/** A key knownOrder can order: a number (not NaN), a string, or a tuple of such keys. */
function isOrderedKey(v: Value): boolean {
  if (typeof v === "string" || typeof v === "boolean") return true;
  if (typeof v === "number") return v === v;
  if (v instanceof PyFloat) return v.v === v.v;
  if (v instanceof PyTuple && v.constructor === PyTuple) return v.items.every(isOrderedKey);
  return false;
}

/**
 * Three-way order of two ordered keys (isOrderedKey), as Python's `<` and `==` order
 * them. A number and a string (or tuples differing there) have no order: the generic
 * comparison raises CPython's TypeError.
 */
function knownOrder(a: Value, b: Value): number {
  if (typeof a === "string" && typeof b === "string") return cpCompare(a, b);
  const x = ops.asNumber(a), y = ops.asNumber(b);
  if (x !== undefined && y !== undefined) return x < y ? -1 : x > y ? 1 : 0;
  if (a instanceof PyTuple && b instanceof PyTuple) {
    const p = a.items, q = b.items;
    const n = Math.min(p.length, q.length);
    for (let i = 0; i < n; i++) {
      const c = knownOrder(p[i], q[i]);
      if (c !== 0) return c;
    }
    return p.length - q.length;
  }
  // Mixed kinds: `<` raises its TypeError.
  ops.compare("lt", a, b);
  return 0;
}
