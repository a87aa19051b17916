// The original ePython's `util` module (inclusive `range`, `xrange`, `oddSort`), plus
// small helpers shared by the standard modules (argument conversion, iteration over
// sequences, list allocation that charges the core before building).

import { expectArgs, expectKwargs, toInt, toReal, typeName } from "../args.js";
import { nameList, PyError, typeError, valueError } from "../errors.js";
import { cpAt, cpLength } from "../codepoints.js";
import { markPlainFunction, PyClass, PyInstance } from "../classes.js";
import { exceptionClasses } from "../exceptions.js";
import { rangeItemAt, rangeIter, sizedLength } from "../range.js";
import { lengthOf } from "../builtins.js";
import { getItem, getIter } from "../ops.js";
import type { Core } from "../core.js";
import {
  BuiltinFunction, PyFloat, PyIterator, PyList, PyModule, PyRange, PyTuple,
  type CoreApi, type Kwargs, type NativeFn, type Value,
} from "../values.js";

// ---------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------

/** A module's own exception class (struct.error, zlib.error...): one for every core, like the built-in exceptions. */
export function moduleErrorClass(name: string, module: string, base: string): PyClass {
  return new PyClass(name, module, [exceptionClasses.get(base)!], new Map<string, Value>([["__module__", module]]));
}

/** An error of a module's own class to throw (its instance made at once: the class is not a built-in kind). */
export function moduleError(cls: PyClass, message: string): PyError {
  const inst = new PyInstance(cls);
  inst.args = new PyTuple([message]);
  inst.text = message;
  const err = new PyError(`${cls.module}.${cls.name}`, message);
  err.value = inst;
  inst.error = err;
  return err;
}

/** Adds a builtin function to a module under its own name. */
export function def(mod: PyModule, name: string, fn: NativeFn): void {
  const f = new BuiltinFunction(name, fn);
  f.module = mod;
  // A module function stored as a class attribute does not bind (as CPython's).
  markPlainFunction(f);
  mod.set(name, f);
}

/** An int, bool or float as a JS number; CPython's TypeError otherwise. */
export const real = toReal;

/** An int or bool (floats refused, as CPython's `__index__`). */
export function int(v: Value): number {
  return toInt(v, "");
}

/** An int or a bool (floats, boxed or not, are not int-like). */
export function isIntLike(v: Value): v is number | boolean {
  return (typeof v === "number" && (v | 0) === v) || typeof v === "boolean";
}

/**
 * Binds positional and keyword arguments to parameter names, CPython style. Returns
 * one entry per name (undefined when not passed). `required` first names must be given.
 */
export function bind(
  fname: string, args: Value[], kwargs: Kwargs, names: readonly string[], required: number,
  positionalMax = names.length,
): (Value | undefined)[] {
  if (args.length > positionalMax) {
    throw typeError(`${fname}() takes at most ${positionalMax} positional argument${positionalMax === 1 ? "" : "s"} (${args.length} given)`);
  }
  const out: (Value | undefined)[] = names.map((_, i) => (i < args.length ? args[i] : undefined));
  if (kwargs) {
    for (const [k, v] of kwargs) {
      const i = names.indexOf(k);
      if (i < 0) throw typeError(`'${k}' is an invalid keyword argument for ${fname}()`); // getargs.c's words
      if (out[i] !== undefined) throw typeError(`${fname}() got multiple values for argument '${k}'`);
      out[i] = v;
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) throw typeError(`${fname}() missing required argument: '${names[i]}'`);
  }
  return out;
}

/**
 * bind() for a library function CPython writes in Python as a method (random's are
 * `Random` methods), with the messages of such a call: `Random.randint() missing 1
 * required positional argument: 'b'`, `... takes 3 positional arguments but 4 were
 * given` (self counted, as CPython counts it). Names from `positionalMax` on are
 * keyword-only; the parameters past `required` have defaults.
 */
export function bindMethod(
  qualname: string, args: Value[], kwargs: Kwargs, names: readonly string[], required: number,
  positionalMax = names.length,
): (Value | undefined)[] {
  const out: (Value | undefined)[] = names.map((_, i) => (i < args.length && i < positionalMax ? args[i] : undefined));
  let kwonlyGiven = 0;
  // As CPython's: the keywords' errors come before "too many positional arguments".
  if (kwargs) {
    for (const [k, v] of kwargs) {
      const i = names.indexOf(k);
      if (i < 0) throw typeError(`${qualname}() got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined) throw typeError(`${qualname}() got multiple values for argument '${k}'`);
      if (i >= positionalMax) kwonlyGiven++;
      out[i] = v;
    }
  }
  if (args.length > positionalMax) {
    const nargs = positionalMax + 1;
    const ndef = positionalMax - Math.min(required, positionalMax);
    const n = args.length + 1;
    const given = kwonlyGiven
      ? `${n} positional arguments (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? "" : "s"}) were`
      : `${n} were`;
    const takes = ndef ? `from ${nargs - ndef} to ${nargs}` : `${nargs}`;
    throw typeError(`${qualname}() takes ${takes} positional argument${nargs === 1 && !ndef ? "" : "s"} but ${given} given`);
  }
  const missing = names.slice(0, required).filter((_, i) => out[i] === undefined);
  if (missing.length) {
    throw typeError(`${qualname}() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${nameList(missing)}`);
  }
  return out;
}

/** Iterates any iterable value (list, tuple, range, str, iterator) without copying it. */
export function* iterate(v: Value): Generator<Value> {
  if (v instanceof PyList || v instanceof PyTuple) {
    yield* v.items;
  } else if (v instanceof PyRange) {
    const it = rangeIter(v);
    for (let x = it.next(); x !== undefined; x = it.next()) yield x;
  } else if (typeof v === "string") {
    yield* v;
  } else {
    // Any other iterable by its own protocol (a deque, dict.keys(), a class with
    // __iter__ or __getitem__); getIter raises CPython's "not iterable".
    const it = v instanceof PyIterator ? v : getIter(v);
    for (let x = it.next(); x !== undefined; x = it.next()) yield x;
  }
}

/**
 * `len(v)` of a sequence argument (random.choice's, bisect's): list, tuple, range
 * and str directly, anything else by len()'s protocol (a deque, bytes, a class with
 * `__len__`), with its "object of type 'X' has no len()".
 */
export function seqLength(core: CoreApi, v: Value): number {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyRange) return sizedLength(v); // exact up to 2**53
  if (typeof v === "string") return cpLength(v);
  const n = lengthOf(core, v);
  return typeof n === "number" ? n : Number(n.v);
}

/**
 * Item i (0 <= i < seqLength(v)) of a sequence (a big one charged to `core`); i is a
 * BigInt only for a range longer than 2**53 (indexBelow). Anything but a list, tuple,
 * range or str is subscripted as `v[i]` is (its `__getitem__`, or CPython's
 * "'X' object is not subscriptable").
 */
export function seqAt(core: CoreApi, v: Value, i: number | bigint): Value {
  if (v instanceof PyRange) return rangeItemAt(core, v, i);
  i = Number(i);
  if (v instanceof PyList || v instanceof PyTuple) return v.items[i];
  if (typeof v === "string") return cpAt(v, i);
  return getItem(core as Core, v, i);
}

/**
 * A new list of n items made by `fill(i)`. The core is charged for the whole list
 * *before* the JS array is built, so an oversized request raises the core's
 * MemoryError instead of exhausting the JavaScript heap. (newList([]) charges the
 * list header; charge() adds the 4 bytes per element of the memory model.)
 */
export function allocList(core: CoreApi, n: number, fill: (i: number) => Value): PyList {
  const list = core.newList([]);
  if (n > 0) {
    core.charge(4 * n);
    const items = new Array<Value>(n);
    for (let i = 0; i < n; i++) items[i] = fill(i);
    list.items = items;
  }
  return list;
}

// ---------------------------------------------------------------------------------
// The `util` module
// ---------------------------------------------------------------------------------

/**
 * The original's inclusive range: every value start, start+step, ... that does not
 * pass `stop` (stop itself included when it is hit exactly). Negative steps count
 * down (the original returned zeros there; we fix it).
 */
function inclusiveRange(core: CoreApi, start: number, stop: number, step: number): PyList {
  if (step === 0) throw valueError("range() arg 3 must not be zero");
  const count = step > 0
    ? (stop >= start ? Math.floor((stop - start) / step) + 1 : 0)
    : (stop <= start ? Math.floor((start - stop) / -step) + 1 : 0);
  // start + i*step stays between start and stop, so every element is an int32.
  return allocList(core, count, (i) => start + i * step);
}

/** Comparison used by oddSort: numbers with numbers, strings with strings. */
function greater(a: Value, b: Value): boolean {
  const num = (v: Value) =>
    typeof v === "number" ? v : typeof v === "boolean" ? (v ? 1 : 0) : v instanceof PyFloat ? v.v : undefined; // ints and floats alike
  const x = num(a);
  const y = num(b);
  if (x !== undefined && y !== undefined) return x > y;
  if (typeof a === "string" && typeof b === "string") return a > b;
  throw typeError(`'>' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

export function createUtil(core: CoreApi): PyModule {
  void core;
  const mod = new PyModule("util");

  def(mod, "range", (c, args, kwargs) => {
    expectKwargs("range", kwargs);
    // Trailing None arguments are "not given" (the original's defaults are none).
    while (args.length > 1 && args[args.length - 1] === null) args = args.slice(0, -1);
    expectArgs("range", args, 1, 3);
    const [a, b, s] = args.map((v) => int(v));
    if (args.length === 1) return inclusiveRange(c, 0, a, 1);
    return inclusiveRange(c, a, b, args.length === 3 ? s : 1);
  });

  def(mod, "xrange", (c, args, kwargs) => {
    expectKwargs("xrange", kwargs);
    expectArgs("xrange", args, 1, 2);
    const [a, b] = args.map((v) => int(v));
    return args.length === 1 ? inclusiveRange(c, 0, a, 1) : inclusiveRange(c, a, b, 1);
  });

  // In-place odd-even transposition sort. `length` (optional) limits the sort to the
  // first `length` items; it is clamped to the list, so the list never grows (the
  // original read one element past the end of odd-length lists and grew them).
  def(mod, "oddSort", (_c, args, kwargs) => {
    const [x, length] = bind("oddSort", args, kwargs, ["x", "length"], 1);
    if (!(x instanceof PyList)) throw typeError(`oddSort() argument must be a list, not ${typeName(x)}`);
    const items = x.items;
    let n = items.length;
    if (length !== undefined && length !== null) n = Math.max(0, Math.min(n, int(length)));
    // n phases of alternating even/odd compare-exchange passes always sort n items.
    for (let phase = 0; phase < n; phase++) {
      for (let i = phase % 2; i + 1 < n; i += 2) {
        if (greater(items[i], items[i + 1])) {
          const t = items[i];
          items[i] = items[i + 1];
          items[i + 1] = t;
        }
      }
    }
    return null;
  });

  return mod;
}

/** Raised by helpers when a module function is not available on this core. */
export function notAvailable(what: string): PyError {
  return new PyError("NotImplementedError", `${what} is not available on this core`);
}
