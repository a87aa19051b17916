// collections.Counter's counting loop in TypeScript (CPython has it in C too:
// `_collections._count_elements`).
//
// `Counter(iterable)` and `c.update(iterable)` ran `for k in iterable: self[k] =
// self[k] + 1` in ePython: per element a subscript through the dict subclass, a
// Python `__missing__` call for each new key and an addition. `_count_elements(c,
// iterable)` does the same steps per element: a Counter whose item methods are still
// Counter's own (dict's `__getitem__`/`__setitem__`, Counter's `__missing__`, which
// answers 0) is counted in its dict directly — a new key is stored as 1 (0 + 1) and
// charged as `self[k] = ...` charges it; any other mapping goes through its
// `__getitem__` and `__setitem__` as the Python loop did. Counts that are no small
// ints are added with the `+` operator.

import { PyClass, PyInstance, nativeOf } from "../classes.js";
import type { Core } from "../core.js";
import { PyDict } from "../dict.js";
import { typeError } from "../errors.js";
import { add, getItem, getIter, setItem } from "../ops.js";
import { tick } from "../watchdog.js";
import type { CoreApi, Value } from "../values.js";

/** Counter classes (one per core that imported collections) and their item methods as defined. */
const counterClasses = new WeakMap<PyClass, readonly (Value | undefined)[]>();

const ITEM_METHODS = ["__getitem__", "__setitem__", "__missing__"] as const;

/** `_counter_native(Counter)`: remembers the class and its item methods. */
export function registerCounter(cls: Value): Value {
  if (!(cls instanceof PyClass)) throw typeError("_counter_native(cls)");
  counterClasses.set(cls, ITEM_METHODS.map((n) => cls.lookup(n)));
  return null;
}

/** The dict of `mapping` when it is a Counter whose item methods are unchanged, else null. */
function plainCounterDict(mapping: Value): PyDict | null {
  if (!(mapping instanceof PyInstance)) return null;
  const methods = counterClasses.get(mapping.cls);
  if (methods === undefined || ITEM_METHODS.some((n, i) => mapping.cls.lookup(n) !== methods[i])) return null;
  const d = nativeOf(mapping);
  return d instanceof PyDict ? d : null;
}

/** `_count_elements(mapping, iterable)`: `mapping[x] = mapping[x] + 1` for each x (see the file comment). */
export function countElements(c: CoreApi, mapping: Value, iterable: Value): Value {
  const core = c as Core;
  const d = plainCounterDict(mapping);
  getIter(iterable).forEachItem((x) => {
    tick();
    if (d === null) {
      setItem(core, mapping, x, add(core, getItem(core, mapping, x), 1));
      return true;
    }
    const i = d.find(x);
    if (i < 0) d.set(x, 1);
    else {
      const n = d.vals[i];
      // (A count's `__add__` may change the dict: then store by key, as `self[k] = ...` does.)
      if (typeof n === "number" && (n | 0) === n && n < 0x7fffffff) d.vals[i] = n + 1;
      else d.set(x, add(core, n, 1));
    }
    return true;
  });
  return null;
}
