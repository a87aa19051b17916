// Methods of list (and the read-only ones shared with tuple: count, index).
// Growth is charged to the core's memory at 4 bytes per element, before the host
// allocates it (extend goes through `+=`, which checks the final size first).

import { expectKwargs, expectMethodArgs, LIST_SLICE_BOUND, toInt, toSliceBound } from "../args.js";
import { indexError, typeError, valueError } from "../errors.js";
import * as ops from "../ops.js";
import { type CoreApi, type GeneratorConsumer, type Kwargs, PyList, PyTuple, type Value } from "../values.js";
import { repr } from "../format.js";
import { sortReverse, sortValues } from "../sorting.js";
import { tick } from "../watchdog.js";

export type ListMethod = (core: CoreApi, self: PyList, args: Value[], kwargs: Kwargs) => Value;

/** The type a method's message names: tuples borrow index and count. */
const ownerOf = (self: PyList) => (self instanceof PyTuple ? "tuple" : "list");

function find(self: PyList, args: Value[], name: string): number {
  expectMethodArgs(ownerOf(self), name, args, 1, 3);
  const n = self.items.length;
  const norm = (v: Value | undefined, d: number) => {
    if (v === undefined) return d;
    const x = toSliceBound(v, LIST_SLICE_BOUND);
    return x < 0 ? Math.max(0, x + n) : Math.min(x, n);
  };
  const start = norm(args[1], 0);
  const stop = norm(args[2], n);
  return ops.searchItems(self.items, args[0], start, stop);
}

/**
 * `xs.extend(g)` of a generator, its body run in place by the caller's loop (as
 * `list(g)`: generators.ts consumeWith), so that a body that blocks (receives a
 * message) may block the core: each item is appended as it comes, as CPython's.
 */
export function extendConsumer(core: CoreApi, self: PyList): GeneratorConsumer {
  return {
    take: (x) => {
      tick();
      core.charge(4);
      self.items.push(x);
      return true;
    },
    result: () => null,
    held: () => [self],
  };
}

export const listMethods = new Map<string, ListMethod>([
  ["append", (core, self, args, kw) => {
    expectKwargs(`${ownerOf(self)}.append`, kw);
    expectMethodArgs(ownerOf(self), "append", args, 1);
    core.charge(4);
    self.items.push(args[0]);
    return null;
  }],
  ["extend", (core, self, args) => {
    expectMethodArgs(ownerOf(self), "extend", args, 1);
    ops.inplaceAdd(core, self, args[0]);
    return null;
  }],
  ["insert", (core, self, args) => {
    expectMethodArgs(ownerOf(self), "insert", args, 2);
    const n = self.items.length;
    let i = toInt(args[0], "");
    i = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
    core.charge(4);
    self.items.splice(i, 0, args[1]);
    return null;
  }],
  ["pop", (_core, self, args) => {
    expectMethodArgs(ownerOf(self), "pop", args, 0, 1);
    const n = self.items.length;
    if (n === 0) throw indexError("pop from empty list");
    let i = args.length ? toInt(args[0], "") : n - 1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw indexError("pop index out of range");
    return self.items.splice(i, 1)[0];
  }],
  ["remove", (_core, self, args) => {
    expectMethodArgs(ownerOf(self), "remove", args, 1);
    const i = ops.searchItems(self.items, args[0], 0, self.items.length);
    if (i < 0) throw valueError("list.remove(x): x not in list");
    self.items.splice(i, 1);
    return null;
  }],
  ["index", (core, self, args) => {
    const i = find(self, args, "index");
    // CPython's texts: the value's repr for a list; a tuple (which borrows this method) names no value.
    if (i < 0) throw valueError(self instanceof PyTuple ? "tuple.index(x): x not in tuple" : `${repr(args[0], core.float32)} is not in list`);
    return i;
  }],
  ["count", (_core, self, args) => {
    expectMethodArgs(ownerOf(self), "count", args, 1);
    let c = 0;
    for (const v of self.items) if (ops.itemEq(v, args[0])) c++;
    return c;
  }],
  ["reverse", (_core, self, args) => {
    expectMethodArgs(ownerOf(self), "reverse", args, 0);
    self.items.reverse();
    return null;
  }],
  ["sort", (core, self, args, kw) => {
    if (args.length) throw typeError("sort() takes no positional arguments");
    expectKwargs("sort", kw, ["key", "reverse"]);
    // As CPython's list.sort, the list is empty while it sorts: a key function or a
    // comparison that looks at it sees [], and a change to it is found afterwards (the
    // additions dropped, the sorted items kept). An error of the key leaves the items
    // as they were; an error of a comparison, in the order the sort had reached.
    let items = self.items;
    const during: Value[] = [];
    self.items = during;
    let sorted: Value[];
    try {
      sorted = sortValues(core, items, kw?.get("key") ?? null, sortReverse(kw?.get("reverse")), (partial) => {
        items = partial;
      });
    } catch (e) {
      self.items = items;
      throw e;
    }
    const modified = self.items !== during || during.length !== 0;
    self.items = sorted;
    if (modified) throw valueError("list modified during sort");
    return null;
  }],
  ["copy", (core, self, args) => {
    expectMethodArgs(ownerOf(self), "copy", args, 0);
    return core.newList(self.items.slice());
  }],
  ["clear", (_core, self, args) => {
    expectMethodArgs(ownerOf(self), "clear", args, 0);
    self.items.length = 0;
    return null;
  }],
]);
