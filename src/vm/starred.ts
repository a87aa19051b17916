// Starred assignment `first, *rest, last = xs` (opcode UNPACK_EX): the targets before
// and after the star take one item each; the starred one a new list of what is left.

import { valueError } from "./errors.js";
import * as ops from "./ops.js";
import type { Core } from "./core.js";
import { PyList, PyTuple, type Value } from "./values.js";

/**
 * The values for `before` targets, the starred list, then `after` targets, in target
 * order. The list is charged as any list; an iterator's items are read (and charged)
 * once, as CPython reads them.
 */
export function unpackStarred(core: Core, v: Value, before: number, after: number): Value[] {
  const items = ops.itemsView(v instanceof PyList || v instanceof PyTuple ? v : ops.getIter(v, true), core);
  const n = items.length;
  if (n < before + after) {
    throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${n})`);
  }
  const out: Value[] = items.slice(0, before);
  out.push(core.newList(items.slice(before, n - after)));
  for (let i = n - after; i < n; i++) out.push(items[i]);
  return out;
}
