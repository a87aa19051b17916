// dict: construction (dict(), dict(mapping), dict(pairs), dict(k=v)), the methods,
// the views' behaviour (len, `in`, equality of keys views) and `d1 | d2`, with
// CPython 3.11's messages. A missing key raises KeyError whose message is the key's
// repr, as CPython prints it (`KeyError: 'a'`).

import { expectKwargs, expectMethodArgs, typeName } from "../args.js";
import { PyError, keyErrorText, typeError, valueError } from "../errors.js";
import { SIZE, whileBuilding } from "../memory.js";
import * as ops from "../ops.js";
import { PyClass, PyInstance, metaclassHooks, nativeOf } from "../classes.js";
import type { Core } from "../core.js";
import { PyDict, PyDictView, type ViewKind, dictBytes } from "../dict.js";
import { PySet } from "../set.js";
import { BuiltinFunction, type CoreApi, type GeneratorConsumer, type Kwargs, PyIterator, PyList, PyTuple, type Value } from "../values.js";
import { drain } from "../growth.js";
import { repr } from "../format.js";
import { tick } from "../watchdog.js";
import { buildSet, setEq, updateSet } from "./set.js";

/** A new empty dict on `core`, charged. */
export function emptyDict(core: CoreApi): PyDict {
  const d = new PyDict(core);
  core.charge(dictBytes(d));
  return d;
}

/** KeyError for a missing key: the message is the key's repr. */
export function keyError(core: CoreApi, key: Value): PyError {
  const err = new PyError("KeyError", repr(key, core.float32));
  err.args = [key]; // e.args[0] is the key, as in CPython
  return err;
}

/** d[key]: KeyError when absent. */
export function dictGet(core: CoreApi, d: PyDict, key: Value): Value {
  const v = d.get(key);
  if (v === undefined) throw keyError(core, key);
  return v;
}

/** del d[key]: KeyError when absent. */
export function dictDelete(core: CoreApi, d: PyDict, key: Value): void {
  if (d.delete(key) === undefined) throw keyError(core, key);
}

/**
 * dict.update's argument: a dict (its entries in order), or an iterable of pairs
 * (each an iterable of exactly two items, else CPython's errors).
 */
export function updateDict(d: PyDict, other: Value): void {
  // A dict subclass instance merges as the dict it is (CPython's PyDict_Merge).
  if (nativeOf(other) instanceof PyDict) other = nativeOf(other);
  if (other instanceof PyDict) {
    // A snapshot: `d.update(d)` must not see its own insertions.
    const keys = other.keys.slice();
    const vals = other.vals.slice();
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (typeof k !== "symbol") d.set(k, vals[i]);
    }
    return;
  }
  // Any other mapping (an object with keys(), as CPython's PyDict_Merge): other[k]
  // for each k of other.keys() — a user class deriving from collections.abc.Mapping.
  if (other instanceof PyInstance && other.cls.lookup("keys") !== undefined) {
    const core = d.owner as Core;
    for (const k of drain(core, ops.getIter(core.call(core.getAttr(other, "keys"), [])))) d.set(k, ops.getItem(core, other, k));
    return;
  }
  // forEachItem: a generator of pairs (`dict((k, f(k)) for k in ks)`) runs its body
  // once, handing each pair over in place.
  let n = 0;
  ops.getIter(other).forEachItem((x) => {
    tick();
    addPair(d, x, n++);
    return true;
  });
}

/** Element #n of dict(pairs) or d.update(pairs): a key and value (an iterable of two), else CPython's errors. */
function addPair(d: PyDict, x: Value, n: number): void {
  let pair: readonly Value[];
  if (x instanceof PyList || x instanceof PyTuple) pair = x.items;
  else {
    let items: PyIterator;
    try {
      items = ops.getIter(x);
    } catch (e) {
      if (e instanceof PyError && e.kind === "TypeError") throw typeError(`cannot convert dictionary update sequence element #${n} to a sequence`);
      throw e;
    }
    pair = drain(d.owner, items);
  }
  if (pair.length !== 2) throw valueError(`dictionary update sequence element #${n} has length ${pair.length}; 2 is required`);
  d.set(pair[0], pair[1]);
}

/**
 * dict(g) of one generator of pairs, consumed in place (vm/generators.ts
 * consumeInPlace), so its body may block the core: `dict((w, recv(w)) for w in ...)`.
 */
export function dictConsumer(core: CoreApi, args: Value[], kwargs: Kwargs): GeneratorConsumer | null {
  if (kwargs !== null || args.length !== 1) return null;
  const d = emptyDict(core);
  let n = 0;
  return {
    take: (x) => {
      tick();
      addPair(d, x, n++);
      return true;
    },
    result: () => d,
    held: () => [d],
  };
}

/** `{**m}` in a display: `m` must be a dict (a mapping), as in CPython. */
export function dictUnpack(d: PyDict, m: Value): void {
  if (!(nativeOf(m) instanceof PyDict) && !(m instanceof PyInstance && m.cls.lookup("keys") !== undefined)) throw typeError(`'${typeName(m)}' object is not a mapping`);
  updateDict(d, m);
}

/** Runs `fill` on a new dict, counted live while it grows. */
export function buildDict(core: CoreApi, fill: (d: PyDict) => void): PyDict {
  const d = emptyDict(core);
  whileBuilding(core.id, d, () => fill(d));
  return d;
}

/** dict(), dict(mapping or pairs), dict(**kwargs), dict(mapping, **kwargs). */
export function constructDict(core: CoreApi, args: Value[], kwargs: Kwargs): PyDict {
  if (args.length > 1) throw typeError(`dict expected at most 1 argument, got ${args.length}`);
  return buildDict(core, (d) => {
    if (args.length) updateDict(d, args[0]);
    if (kwargs) for (const [k, v] of kwargs) d.set(core.newStr(k), v);
  });
}

/** Dict equality: the same keys, with equal values (order does not matter). */
export function dictEq(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (let i = 0; i < a.keys.length; i++) {
    const k = a.keys[i];
    if (typeof k === "symbol") continue;
    const v = b.get(k);
    if (v === undefined || !ops.eq(a.vals[i], v)) return false;
  }
  return true;
}

/** `x in view`. */
export function viewContains(v: PyDictView, x: Value): boolean {
  const d = v.dict;
  if (v.kind === "keys") return d.has(x);
  if (v.kind === "items") {
    if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
    const got = d.get(x.items[0]);
    return got !== undefined && ops.eq(got, x.items[1]);
  }
  for (let i = 0; i < d.keys.length; i++) if (typeof d.keys[i] !== "symbol" && ops.eq(d.vals[i], x)) return true;
  return false;
}

/** `d.keys() == other`: keys views compare as sets (with sets and other keys views). */
export function viewEq(core: CoreApi, a: PyDictView, b: Value): boolean {
  if (a.kind === "values") return a === b;
  const asSet = (v: PyDictView) => buildSet(core, false, (s) => updateSet(s, v));
  if (b instanceof PyDictView && b.kind === a.kind) return a.dict.size === b.dict.size && setEq(asSet(a), asSet(b));
  if (b instanceof PySet) return setEq(asSet(a), b);
  return false;
}

/**
 * `view.isdisjoint(other)` of a keys or items view (CPython's dictviews_isdisjoint):
 * asks the larger side about each item of the smaller when both are sets or views,
 * otherwise whether the view holds any item of the iterable.
 */
function viewIsDisjoint(v: PyDictView, other: Value): boolean {
  if (other === v) return v.dict.size === 0;
  const otherSize = other instanceof PySet ? other.size : other instanceof PyDictView ? other.dict.size : -1;
  if (otherSize > v.dict.size) {
    let disjoint = true;
    ops.getIter(v).forEachItem((x) => {
      tick();
      disjoint = !ops.contains(other, x);
      return disjoint;
    });
    return disjoint;
  }
  let disjoint = true;
  ops.getIter(other).forEachItem((x) => {
    tick();
    disjoint = !viewContains(v, x);
    return disjoint;
  });
  return disjoint;
}

/**
 * An attribute of a dict view: `isdisjoint` (keys and items views, as CPython's set-like
 * views) and `mapping` (a read-only mappingproxy of the dict); undefined for others.
 */
export function dictViewAttribute(core: Core, v: PyDictView, name: string): Value | undefined {
  if (name === "isdisjoint" && v.kind !== "values") {
    return new BuiltinFunction(name, (_c, args, kw) => {
      expectKwargs(`dict_${v.kind}.isdisjoint`, kw);
      expectMethodArgs(`dict_${v.kind}`, "isdisjoint", args, 1, 1);
      return viewIsDisjoint(v, args[0]);
    }, v);
  }
  if (name === "mapping") return metaclassHooks.mappingProxy(core, v.dict);
  return undefined;
}

/** `d1 | d2` (a new dict) and `d1 |= other` (in place); undefined when `a` is not a dict. */
export function dictOr(core: CoreApi, a: Value, b: Value, inplace: boolean): Value | undefined {
  if (!(a instanceof PyDict)) return undefined;
  if (inplace) {
    updateDict(a, b);
    return a;
  }
  if (!(b instanceof PyDict)) throw typeError(`unsupported operand type(s) for |: 'dict' and '${typeName(b)}'`);
  return buildDict(core, (d) => {
    updateDict(d, a);
    updateDict(d, b);
  });
}

/** A view of `d`, charged like an iterator. */
function view(core: CoreApi, d: PyDict, kind: ViewKind): PyDictView {
  core.charge(SIZE.iterator);
  return new PyDictView(d, kind);
}

export type DictMethod = (core: CoreApi, self: PyDict, args: Value[], kwargs: Kwargs) => Value;

function plain(name: string, min: number, max: number, f: (core: CoreApi, self: PyDict, args: Value[]) => Value): DictMethod {
  return (core, self, args, kw) => {
    expectKwargs(`dict.${name}`, kw);
    expectMethodArgs("dict", name, args, min, max);
    return f(core, self, args);
  };
}

/** dict.fromkeys(iterable, value=None): reached through the dict type or a dict. */
export function fromkeys(core: CoreApi, args: Value[], kw: Kwargs): PyDict {
  const value = fromkeysValue(args, kw, "dict");
  return buildDict(core, (d) => {
    ops.getIter(args[0]).forEachItem((x) => {
      tick();
      d.set(x, value);
      return true;
    });
  });
}

/**
 * `cls.fromkeys(iterable, value=None)` of a dict subclass (a classmethod of its native
 * base, vm/builtinSubclass.ts), as CPython's dict_fromkeys: an instance made by
 * `cls()`, then `d[key] = value` per key through the class's own __setitem__.
 */
export function fromkeysOf(core: Core, cls: Value, args: Value[], kw: Kwargs): Value {
  const value = fromkeysValue(args, kw, cls instanceof PyClass ? cls.name : "dict");
  const d = core.call(cls, []);
  ops.getIter(args[0]).forEachItem((x) => {
    tick();
    ops.setItem(core, d, x, value);
    return true;
  });
  return d;
}

/** fromkeys's arguments checked (CPython's texts; `owner` names the class); its value (None by default). */
function fromkeysValue(args: Value[], kw: Kwargs, owner: string): Value {
  if (kw !== null && kw.size > 0) throw typeError(`${owner}.fromkeys() takes no keyword arguments`);
  if (args.length < 1) throw typeError("fromkeys expected at least 1 argument, got 0");
  if (args.length > 2) throw typeError(`fromkeys expected at most 2 arguments, got ${args.length}`);
  return args.length > 1 ? args[1] : null;
}

export const dictMethods = new Map<string, DictMethod>([
  // (A key whose value is None is found: `??` would take None for missing.)
  ["get", plain("get", 1, 2, (_core, self, args) => {
    const v = self.get(args[0]);
    return v !== undefined ? v : args.length > 1 ? args[1] : null;
  })],
  ["setdefault", plain("setdefault", 1, 2, (_core, self, args) => {
    const v = self.get(args[0]);
    if (v !== undefined) return v;
    const dflt = args.length > 1 ? args[1] : null;
    self.set(args[0], dflt);
    return dflt;
  })],
  ["pop", plain("pop", 1, 2, (core, self, args) => {
    const v = self.delete(args[0]);
    if (v !== undefined) return v;
    if (args.length > 1) return args[1];
    throw keyError(core, args[0]);
  })],
  ["popitem", plain("popitem", 0, 0, (core, self) => {
    const i = self.lastIndex();
    if (i < 0) throw keyErrorText("popitem(): dictionary is empty");
    const k = self.keys[i] as Value;
    const pair = core.newTuple([k, self.vals[i]]);
    self.deleteAt(i);
    return pair;
  })],
  ["keys", plain("keys", 0, 0, (core, self) => view(core, self, "keys"))],
  ["values", plain("values", 0, 0, (core, self) => view(core, self, "values"))],
  ["items", plain("items", 0, 0, (core, self) => view(core, self, "items"))],
  ["update", (core, self, args, kw) => {
    expectMethodArgs("dict", "update", args, 0, 1);
    if (args.length) updateDict(self, args[0]);
    if (kw) for (const [k, v] of kw) self.set(core.newStr(k), v);
    return null;
  }],
  ["clear", plain("clear", 0, 0, (_core, self) => {
    self.clear();
    return null;
  })],
  ["copy", plain("copy", 0, 0, (core, self) => buildDict(core, (d) => updateDict(d, self)))],
  ["fromkeys", (core, _self, args, kw) => fromkeys(core, args, kw)],
]);
