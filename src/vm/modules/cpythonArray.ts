// CPython's `array.array` for the Python 3 dialect: a typed sequence whose elements
// are stored, and charged, at their C size (typecodes b B h H i I l L q Q f d, with
// CPython's 64-bit Linux item sizes) — the natural container on a 32 KB core: 1000
// 'b' elements take 1 KB where a list takes 4 KB.
//
// An array is an instance of the class `array` (so `isinstance`, `type(a).__name__`
// work); its elements live in an ArrayData object held in the instance under a
// name no attribute access can reach. Memory: the instance 16 B + 8 B for each of
// its three entries (typecode, itemsize, data), the data 16 B + itemsize per element;
// appends charge one itemsize each. Values are checked on the way in with CPython's
// errors (OverflowError for out-of-range ints, TypeError for a float in an int
// array); floats read from 'f' arrays are float32 values, as in CPython.
//
// Bytes: array(code, bytes-or-bytearray), frombytes, tobytes, memoryview(a) and
// struct read the elements as packed machine values (vm/buffer.ts).
//
// Slices (a[i:j:k], a[i:j] = other_array, del a[i:j]) follow CPython's array_subscr
// and array_ass_subscr: a slice is a new array of the same typecode, and only an
// array of the same typecode may be assigned to one.
//
// The 'u' typecode (deprecated, still in 3.11) stores code points, 4 bytes each as on Linux.

import { typeName } from "../args.js";
import { ATTRIBUTE_BYTES, INSTANCE_BYTES, NotImplemented, PyClass, PyInstance, objectClass } from "../classes.js";
import type { Core } from "../core.js";
import { indexError, overflowError, typeError, valueError } from "../errors.js";
import { repr } from "../format.js";
import { PyNativeObject } from "../nativeObject.js";
import * as ops from "../ops.js";
import { tick } from "../watchdog.js";
import { isSlice, sliceBounds } from "../slices.js";
import { acquire, arrayItemsFromBytes } from "../buffer.js";
import { PyBytesLike, newBytes } from "../bytes.js";
import { bigToFloat, intOf, intOfSafe, toBig } from "../bigint.js";
import { BuiltinFunction, PyBigInt, PyFloat, PyIterator, PyList, PyRange, PyTuple, type CoreApi, type Kwargs, type Value } from "../values.js";
import { sizedLength } from "../range.js";
import { cpLength } from "../codepoints.js";

interface Code {
  size: number;
  /** Int codes: the accepted range (exact, as BigInts) and CPython's messages past each end. */
  min?: bigint;
  max?: bigint;
  /** The same bounds as doubles (filled in below), for the int32 fast path of toElement. */
  lo?: number;
  hi?: number;
  low?: string;
  high?: string;
}

const INT32_HIGH = "signed integer is greater than maximum";
const INT32_LOW = "signed integer is less than minimum";
const CODES: Record<string, Code> = {
  b: { size: 1, min: -128n, max: 127n, low: "signed char is less than minimum", high: "signed char is greater than maximum" },
  B: { size: 1, min: 0n, max: 255n, low: "unsigned byte integer is less than minimum", high: "unsigned byte integer is greater than maximum" },
  h: { size: 2, min: -32768n, max: 32767n, low: "signed short integer is less than minimum", high: "signed short integer is greater than maximum" },
  H: { size: 2, min: 0n, max: 65535n, low: "unsigned short is less than minimum", high: "unsigned short is greater than maximum" },
  i: { size: 4, min: -(2n ** 31n), max: 2n ** 31n - 1n, low: INT32_LOW, high: INT32_HIGH },
  I: { size: 4, min: 0n, max: 2n ** 32n - 1n, low: "can't convert negative value to unsigned int", high: "unsigned int is greater than maximum" },
  l: { size: 8, min: -(2n ** 63n), max: 2n ** 63n - 1n, low: "Python int too large to convert to C long", high: "Python int too large to convert to C long" },
  L: { size: 8, min: 0n, max: 2n ** 64n - 1n, low: "can't convert negative value to unsigned int", high: "Python int too large to convert to C unsigned long" },
  q: { size: 8, min: -(2n ** 63n), max: 2n ** 63n - 1n, low: "int too big to convert", high: "int too big to convert" },
  Q: { size: 8, min: 0n, max: 2n ** 64n - 1n, low: "can't convert negative int to unsigned", high: "int too big to convert" },
  f: { size: 4 },
  d: { size: 8 },
  u: { size: 4 },
};
for (const c of Object.values(CODES)) {
  if (c.min !== undefined) {
    c.lo = Number(c.min);
    c.hi = Number(c.max);
  }
}
export const TYPECODES = "bBuhHiIlLqQfd";

/**
 * One stored element, already converted to the typecode. Invariant: a float code's
 * element is a number; an int code's element is a number when it is a safe integer
 * (|x| <= 2**53 - 1) and a bigint only past that (so only under the 8-byte codes
 * l L q Q). Either way the core is charged the item size, not the host form.
 */
export type ArrayItem = number | bigint;

/** The elements of one array (see ArrayItem). */
export class ArrayData extends PyNativeObject {
  override readonly typeName = "array data";
  constructor(readonly code: string, readonly itemsize: number, public items: ArrayItem[]) {
    super();
  }
  text(): string {
    return "<array data>";
  }
  children(): readonly Value[] {
    return [];
  }
  bytes(): number {
    return 16 + this.itemsize * this.items.length;
  }
}

/** The instance entry holding the data: not an identifier, so `a.x` cannot reach it. */
const DATA = " data";

function dataOf(v: Value | undefined): ArrayData {
  const d = v instanceof PyInstance ? v.dict.get(DATA) : undefined;
  if (!(d instanceof ArrayData)) throw typeError("descriptor requires an 'array.array' object");
  return d;
}

/** The elements of an array.array instance, or null for anything else (the buffer protocol, vm/buffer.ts). */
export function dataOfArray(v: Value): ArrayData | null {
  const d = v instanceof PyInstance ? v.dict.get(DATA) : undefined;
  return d instanceof ArrayData ? d : null;
}

/** An int element in its stored form (see ArrayItem). */
export function itemOfBig(x: bigint): ArrayItem {
  return x >= -MAX_SAFE && x <= MAX_SAFE ? Number(x) : x;
}
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const ULONG_MAX = 2n ** 64n - 1n;

/** A Python value converted for storage under `code` (CPython's errors). */
function toElement(code: string, v: Value): ArrayItem {
  const c = CODES[code];
  if (code === "u") {
    if (typeof v !== "string" || cpLength(v) !== 1) throw typeError("array item must be unicode character");
    return v.codePointAt(0)!;
  }
  if (c.min === undefined) {
    let x: number;
    if (typeof v === "number") x = v;
    else if (v instanceof PyFloat) x = v.v;
    else if (typeof v === "boolean") x = v ? 1 : 0;
    else if (v instanceof PyBigInt) x = bigToFloat(v.v);
    else throw typeError(`must be real number, not ${typeName(v)}`);
    return code === "f" ? Math.fround(x) : x;
  }
  // The common case, an int32 (or bool) element: number comparisons, no BigInt. The
  // bounds as doubles are exact for the short codes, and no int32 is past an 8-byte
  // code's rounded bounds unless it is below an unsigned code's 0.
  if (typeof v === "number" && (v | 0) === v) {
    if (v < c.lo!) throw overflowError(c.low!);
    if (v > c.hi!) throw overflowError(c.high!);
    return v;
  }
  const n = toBig(v);
  if (n === undefined) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  // CPython reads the short codes and 'l' through a C long, and 'I'/'L' through a
  // C unsigned long, before its own range check: past those its message is theirs.
  if (code === "I" && n > ULONG_MAX) throw overflowError("Python int too large to convert to C unsigned long");
  if (c.size < 8 && code !== "I" && (n < LONG_MIN || n > LONG_MAX)) throw overflowError("Python int too large to convert to C long");
  if (n < c.min) throw overflowError(c.low!);
  if (n > c.max!) throw overflowError(c.high!);
  return itemOfBig(n);
}

/** An element as a Python value: a float, or an int in its canonical form (charged when big). */
function element(core: CoreApi, d: ArrayData, x: ArrayItem): Value {
  if (d.code === "u") return core.newStr(String.fromCodePoint(x as number));
  if (CODES[d.code].min === undefined) return core.float(x as number);
  return typeof x === "bigint" ? intOf(core, x) : intOfSafe(core, x);
}

function normalize(i: Value, n: number, what = "array index out of range"): number {
  if (typeof i !== "number" && typeof i !== "boolean") throw typeError(`array indices must be integers`);
  let k = Number(i);
  if ((k | 0) !== k) throw typeError(`array indices must be integers`);
  if (k < 0) k += n;
  if (k < 0 || k >= n) throw indexError(what);
  return k;
}

/** The clamped (start, stop, step) and element count of a slice object over `d`. */
function sliceOf(d: ArrayData, s: PyInstance): [number, number, number, number] {
  const [lo, hi, st] = ops.sliceIndices(...sliceBounds(s), d.items.length);
  return [lo, hi, st, ops.sliceCount(lo, hi, st)];
}

/** The stored elements at lo, lo+st, ... (count of them). */
function sliceItems(d: ArrayData, lo: number, st: number, count: number): ArrayItem[] {
  if (st === 1) return d.items.slice(lo, lo + count);
  const out: ArrayItem[] = [];
  for (let i = lo, k = 0; k < count; k++, i += st) out.push(d.items[i]);
  return out;
}

/**
 * `a[slice] = v` (CPython's array_ass_subscr): v must be an array of the same
 * typecode; a step-1 slice may change the length (growth charged one itemsize per
 * element, as append), an extended slice must match it exactly (or be given an
 * empty array, which deletes it).
 */
function assignSlice(core: CoreApi, d: ArrayData, s: PyInstance, v: Value): void {
  const other = dataOfArray(v);
  if (!other) throw typeError(`can only assign array (not "${typeName(v)}") to array slice`);
  if (other.code !== d.code) throw typeError("bad argument type for built-in operation");
  const items = other.items.slice(); // a[::-1] = a reads a copy
  const [lo, hi, st, count] = sliceOf(d, s);
  if (st === 1) {
    const width = Math.max(0, hi - lo);
    core.charge(d.itemsize * Math.max(0, items.length - width));
    d.items.splice(lo, width, ...items);
    return;
  }
  // CPython deletes an extended slice assigned an empty array (array_ass_subscr's
  // needed == 0 branch), where a list would raise.
  if (items.length === 0) return deleteSlice(d, s);
  if (count !== items.length) throw valueError(`attempt to assign array of size ${items.length} to extended slice of size ${count}`);
  for (let i = lo, k = 0; k < count; k++, i += st) d.items[i] = items[k];
}

/** `del a[slice]`. */
function deleteSlice(d: ArrayData, s: PyInstance): void {
  const [lo, , st, count] = sliceOf(d, s);
  if (count === 0) return;
  // The same elements walked upwards, so one pass keeps the others in order.
  const first = st > 0 ? lo : lo + (count - 1) * st;
  const step = Math.abs(st);
  if (step === 1) {
    d.items.splice(first, count);
    return;
  }
  d.items = d.items.filter((_, i) => i < first || (i - first) % step !== 0 || (i - first) / step >= count);
}

/** Iterates an array's elements as Python values (it sees appends, like CPython). */
class ArrayIterator extends PyIterator {
  private i = 0;
  constructor(private readonly core: CoreApi, private readonly arr: PyInstance, private readonly data: ArrayData) {
    super();
  }
  next(): Value | undefined {
    const items = this.data.items;
    return this.i < items.length ? element(this.core, this.data, items[this.i++]) : undefined;
  }
  children(): readonly Value[] {
    return [this.arr];
  }
}

/** Appends the elements packed in `bytes` (array.frombytes: native sizes and order). */
function appendBytes(core: CoreApi, d: ArrayData, bytes: Uint8Array): void {
  if (bytes.length % d.itemsize !== 0) throw valueError("bytes length not a multiple of item size");
  const items = arrayItemsFromBytes(d.code, d.itemsize, bytes);
  core.charge(d.itemsize * items.length);
  for (const x of items) d.items.push(x);
}

/** Appends the converted values of an iterable, charging each element before storing it. */
function appendAll(core: CoreApi, d: ArrayData, init: Value, constructing = false): void {
  // extend() takes only an array of the same kind; the constructor iterates any other.
  const other = dataOfArray(init);
  if (other && (!constructing || other.code === d.code)) {
    if (other.code !== d.code) throw typeError("can only extend with array of same kind");
    core.charge(d.itemsize * other.items.length);
    for (const x of other.items.slice()) d.items.push(x);
    return;
  }
  // A sequence of known length is charged whole first, so a huge range fails at
  // once (MemoryError) instead of element by element.
  if (init instanceof PyList || init instanceof PyTuple || init instanceof PyRange) {
    const n = init instanceof PyRange ? sizedLength(init) : init.items.length;
    core.charge(d.itemsize * n);
    const items: ArrayItem[] = [];
    const it = ops.getIter(init);
    for (let v = it.next(); v !== undefined; v = it.next()) items.push(toElement(d.code, v));
    for (const x of items) d.items.push(x);
    return;
  }
  const it = ops.getIter(init);
  for (let v = it.next(); v !== undefined; v = it.next()) {
    tick();
    const x = toElement(d.code, v);
    core.charge(d.itemsize);
    d.items.push(x);
  }
}

type Method = (core: Core, self: PyInstance, d: ArrayData, args: Value[], kwargs: Kwargs) => Value;

function method(name: string, min: number, max: number, f: Method): [string, BuiltinFunction] {
  return [name, new BuiltinFunction(name, (c, args, kwargs) => {
    const self = args[0];
    const d = dataOf(self);
    const rest = args.slice(1);
    if (kwargs && kwargs.size) throw typeError(`array.${name}() takes no keyword arguments`);
    if (rest.length < min || rest.length > max) {
      throw typeError(max === 0 ? `array.${name}() takes no arguments (${rest.length} given)` : `array.${name}() takes ${min === max ? "exactly" : "at most"} ${max} argument${max === 1 ? "" : "s"} (${rest.length} given)`);
    }
    return f(c as Core, self as PyInstance, d, rest, kwargs);
  })];
}

/** A new array of `code` with `items` (already converted), charged. */
function newArray(core: Core, cls: PyClass, code: string, items: ArrayItem[]): PyInstance {
  const inst = new PyInstance(cls);
  core.charge(INSTANCE_BYTES);
  init(core, inst, code, items);
  return inst;
}

function init(core: CoreApi, inst: PyInstance, code: string, items: ArrayItem[]): ArrayData {
  const size = CODES[code].size;
  core.charge(3 * ATTRIBUTE_BYTES + 16 + size * items.length);
  const d = new ArrayData(code, size, items);
  inst.dict.set("typecode", code);
  inst.dict.set("itemsize", size);
  inst.dict.set(DATA, d);
  return d;
}

/** The class `array` (one per core: its instances belong to that core). */
export function arrayClass(): PyClass {
  const dict = new Map<string, Value>([["__module__", "array"]]);
  const cls = new PyClass("array", "array", [objectClass], dict);
  // CPython's tp_name, which its messages show: '<' not supported between instances of 'array.array' and 'list'.
  cls.tpName = "array.array";
  const same = (other: Value): ArrayData | null => (other instanceof PyInstance && other.dict.get(DATA) instanceof ArrayData ? dataOf(other) : null);
  const repeat = (c: Core, d: ArrayData, n: Value): PyInstance => {
    if (!((typeof n === "number" && (n | 0) === n) || typeof n === "boolean")) throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
    const k = Math.max(0, Number(n));
    c.charge(d.itemsize * d.items.length * k);
    const items: ArrayItem[] = [];
    for (let r = 0; r < k; r++) for (const x of d.items) items.push(x);
    return newArray(c, cls, d.code, items);
  };
  const methods: [string, BuiltinFunction][] = [
    ["__init__", new BuiltinFunction("__init__", (c, args, kwargs) => {
      if (kwargs && kwargs.size) throw typeError("array.array() takes no keyword arguments");
      const [self, code, initial] = args;
      if (args.length < 2 || args.length > 3) throw typeError(`array() takes at most 2 arguments (${args.length - 1} given)`);
      if (typeof code !== "string" || [...code].length !== 1) {
        throw typeError(`array() argument 1 must be a unicode character, not ${typeName(code)}`);
      }
      if (!(code in CODES)) throw valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
      if (typeof initial === "string" && code !== "u") throw typeError(`cannot use a str to initialize an array with typecode '${code}'`);
      const d = init(c, self as PyInstance, code, []);
      // bytes and bytearray are raw machine values (frombytes), anything else an iterable.
      if (initial instanceof PyBytesLike) appendBytes(c, d, initial.data);
      else if (initial !== undefined) appendAll(c, d, initial, true);
      return null;
    })],
    method("__len__", 0, 0, (_c, _s, d) => d.items.length),
    method("__getitem__", 1, 1, (c, _s, d, [i]) => {
      if (isSlice(i)) {
        const [lo, , st, count] = sliceOf(d, i);
        return newArray(c, cls, d.code, sliceItems(d, lo, st, count));
      }
      return element(c, d, d.items[normalize(i, d.items.length)]);
    }),
    method("__setitem__", 2, 2, (c, _s, d, [i, v]) => {
      if (isSlice(i)) assignSlice(c, d, i, v);
      else d.items[normalize(i, d.items.length, "array assignment index out of range")] = toElement(d.code, v);
      return null;
    }),
    method("__delitem__", 1, 1, (_c, _s, d, [i]) => {
      if (isSlice(i)) deleteSlice(d, i);
      else d.items.splice(normalize(i, d.items.length, "array assignment index out of range"), 1);
      return null;
    }),
    method("__iter__", 0, 0, (c, s, d) => {
      c.charge(16);
      return new ArrayIterator(c, s, d);
    }),
    method("__contains__", 1, 1, (c, _s, d, [v]) => d.items.some((x) => ops.unpackedEq(element(c, d, x), v))),
    method("__eq__", 1, 1, (c, _s, d, [o]) => {
      const e = same(o);
      if (!e) return false;
      return d.items.length === e.items.length && d.items.every((x, i) => ops.unpackedEq(element(c, d, x), element(c, e, e.items[i])));
    }),
    method("__ne__", 1, 1, (c, _s, d, [o]) => {
      const e = same(o);
      if (!e) return true;
      return !(d.items.length === e.items.length && d.items.every((x, i) => ops.unpackedEq(element(c, d, x), element(c, e, e.items[i]))));
    }),
    method("__add__", 1, 1, (c, _s, d, [o]) => {
      const e = same(o);
      if (!e) throw typeError(`can only append array (not "${typeName(o)}") to array`);
      if (e.code !== d.code) throw typeError("bad argument type for built-in operation");
      return newArray(c, cls, d.code, [...d.items, ...e.items]);
    }),
    method("__iadd__", 1, 1, (c, s, d, [o]) => {
      if (!same(o)) throw typeError(`can only extend array with array (not "${typeName(o)}")`);
      appendAll(c, d, o);
      return s;
    }),
    method("__mul__", 1, 1, (c, _s, d, [n]) => repeat(c, d, n)),
    method("__rmul__", 1, 1, (c, _s, d, [n]) => repeat(c, d, n)),
    method("__repr__", 0, 0, (c, _s, d) => {
      if (d.items.length === 0) return c.newStr(`array('${d.code}')`);
      if (d.code === "u") return c.newStr(`array('u', ${repr(unicodeOf(d), c.float32)})`);
      const parts = d.items.map((x) => repr(element(c, d, x), c.float32));
      return c.newStr(`array('${d.code}', [${parts.join(", ")}])`);
    }),
    method("append", 1, 1, (c, _s, d, [v]) => {
      const x = toElement(d.code, v);
      c.charge(d.itemsize);
      d.items.push(x);
      return null;
    }),
    method("extend", 1, 1, (c, _s, d, [v]) => {
      appendAll(c, d, v);
      return null;
    }),
    method("fromlist", 1, 1, (c, _s, d, [v]) => {
      if (!(v instanceof PyList)) throw typeError("arg must be list");
      appendAll(c, d, v);
      return null;
    }),
    method("insert", 2, 2, (c, _s, d, [i, v]) => {
      const x = toElement(d.code, v);
      let k = Number(ops.asNumber(i) ?? 0);
      const n = d.items.length;
      if (k < 0) k = Math.max(0, k + n);
      c.charge(d.itemsize);
      d.items.splice(Math.min(k, n), 0, x);
      return null;
    }),
    method("pop", 0, 1, (c, _s, d, args) => {
      const n = d.items.length;
      if (n === 0) throw indexError("pop from empty array");
      const k = args.length ? normalize(args[0], n, "pop index out of range") : n - 1;
      return element(c, d, d.items.splice(k, 1)[0]);
    }),
    method("remove", 1, 1, (c, _s, d, [v]) => {
      const k = d.items.findIndex((x) => ops.unpackedEq(element(c, d, x), v));
      if (k < 0) throw valueError("array.remove(x): x not in array");
      d.items.splice(k, 1);
      return null;
    }),
    method("index", 1, 1, (c, _s, d, [v]) => {
      const k = d.items.findIndex((x) => ops.unpackedEq(element(c, d, x), v));
      if (k < 0) throw valueError("array.index(x): x not in array");
      return k;
    }),
    method("count", 1, 1, (c, _s, d, [v]) => d.items.filter((x) => ops.unpackedEq(element(c, d, x), v)).length),
    method("reverse", 0, 0, (_c, _s, d) => {
      d.items.reverse();
      return null;
    }),
    method("tolist", 0, 0, (c, _s, d) => c.newList(d.items.map((x) => element(c, d, x)))),
    method("frombytes", 1, 1, (c, _s, d, [b]) => {
      appendBytes(c, d, acquire(b).bytes);
      return null;
    }),
    method("tobytes", 0, 0, (c, s) => newBytes(c, acquire(s).bytes)),
    method("tounicode", 0, 0, (c, _s, d) => {
      if (d.code !== "u") throw valueError("tounicode() may only be called on unicode type arrays");
      return c.newStr(unicodeOf(d));
    }),
    method("fromunicode", 1, 1, (c, _s, d, [v]) => {
      if (typeof v !== "string") throw typeError(`fromunicode() argument must be str, not ${typeName(v)}`);
      if (d.code !== "u") throw valueError("fromunicode() may only be called on unicode type arrays");
      appendAll(c, d, v);
      return null;
    }),
    method("byteswap", 0, 0, (_c, s, d) => {
      const b = acquire(s).bytes;
      for (let at = 0; at < b.length; at += d.itemsize) b.subarray(at, at + d.itemsize).reverse();
      d.items = arrayItemsFromBytes(d.code, d.itemsize, b);
      return null;
    }),
    // The address is a stand-in (as memoryview's repr): programs use the length.
    method("buffer_info", 0, 0, (c, s, d) => c.newTuple([intOfSafe(c, 0x7f0000000000 + s.id * 64), d.items.length])),
    ...(["lt", "le", "gt", "ge"] as const).map((op) => method(`__${op}__`, 1, 1, (_c, _s, d, [o]) => {
      const e = same(o);
      return e ? orderArrays(op, d.items, e.items) : NotImplemented;
    })),
  ];
  for (const [name, fn] of methods) dict.set(name, fn);
  return cls;
}

/** A 'u' array's text. */
function unicodeOf(d: ArrayData): string {
  return String.fromCodePoint(...(d.items as number[]));
}

/**
 * CPython's array_richcompare for an ordering: the first pair of unequal elements decides,
 * else the lengths. Stored items are exact numbers/bigints (an 'f' item is already a float32
 * value), so JS comparison of the raw items is exact, NaN included (never equal, never ordered).
 */
function orderArrays(op: "lt" | "le" | "gt" | "ge", a: readonly ArrayItem[], b: readonly ArrayItem[]): boolean {
  const n = Math.min(a.length, b.length);
  let i = 0;
  // Loose equality compares a number with a bigint by value.
  while (i < n && a[i] == b[i]) i++;
  const [x, y]: [ArrayItem, ArrayItem] = i < n ? [a[i], b[i]] : [a.length, b.length];
  switch (op) {
    case "lt": return x < y;
    case "le": return x <= y;
    case "gt": return x > y;
    case "ge": return x >= y;
  }
}
