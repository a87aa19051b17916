// The buffer protocol (Python 3 dialect): how struct, memoryview and bytes-consuming
// functions reach the bytes of bytes, bytearray, memoryview and array.array objects,
// and the element codec (one C value <-> bytes) that struct and memoryview share.
//
// acquire(v, writable) gives the object's bytes as a Uint8Array: for bytes and
// bytearray a live view of their storage (writes land in place, nothing to copy), for
// an array.array a packed copy of its elements whose `commit` stores the bytes back
// into the elements (an array keeps its elements as numbers, not as bytes). A
// memoryview answers for itself (memoryview.ts registers `exportMemoryview`).
//
// Invariant: an acquired view is used at once and dropped; it is never kept across
// Python code (a bytearray may grow and move its storage between two operations).

import { typeName } from "./args.js";
import { PyByteArray, PyBytesLike } from "./bytes.js";
import { PyError, typeError } from "./errors.js";
import { type ArrayItem, dataOfArray, itemOfBig } from "./modules/cpythonArray.js";
import type { Value } from "./values.js";

export interface Acquired {
  /** The bytes (a live view for bytes/bytearray, a copy for an array). */
  readonly bytes: Uint8Array;
  /** The element format (struct syntax, native): 'B' for bytes, the typecode for an array. */
  readonly format: string;
  readonly itemsize: number;
  readonly readonly: boolean;
  /** Stores `bytes` back into the object when it is a copy (array.array). */
  commit(): void;
}

const nothing = () => {};

/** memoryview.ts answers for memoryview objects (set there: it imports this module). */
export let exportMemoryview: (v: Value, writable: boolean) => Acquired | null = () => null;
export function setMemoryviewExporter(f: (v: Value, writable: boolean) => Acquired | null): void {
  exportMemoryview = f;
}

/**
 * The bytes of a bytes-like object, or null for anything else. `writable`: the caller
 * will write (a bytes object or read-only view is then refused by the caller's check
 * of `readonly`, with its own message).
 */
export function acquireOrNull(v: Value, writable = false): Acquired | null {
  if (v instanceof PyBytesLike) {
    return { bytes: v.data, format: "B", itemsize: 1, readonly: !(v instanceof PyByteArray), commit: nothing };
  }
  const arr = dataOfArray(v);
  if (arr) {
    const size = arr.itemsize;
    const bytes = new Uint8Array(arr.items.length * size);
    const dv = new DataView(bytes.buffer);
    arr.items.forEach((x, i) => writeItem(arr.code, dv, i * size, x, true));
    return {
      bytes, format: arr.code, itemsize: size, readonly: false,
      commit: writable ? () => {
        arrayItemsFromBytes(arr.code, size, bytes).forEach((x, i) => (arr.items[i] = x));
      } : nothing,
    };
  }
  return exportMemoryview(v, writable);
}

/** CPython's TypeError for a value that is not bytes-like. */
export function acquire(v: Value, what = "a bytes-like object is required"): Acquired {
  const a = acquireOrNull(v);
  if (!a) throw typeError(`${what}, not '${typeName(v)}'`);
  return a;
}

/** A writable buffer (bytearray, array, writable memoryview); CPython's TypeError otherwise. */
export function acquireWritable(v: Value): Acquired {
  const a = acquireOrNull(v, true);
  if (!a || a.readonly) throw typeError(`argument must be read-write bytes-like object, not ${typeName(v)}`);
  return a;
}

/**
 * The elements of array typecode `code` packed in `bytes` (native order), in the
 * array's stored form (cpythonArray.ts ArrayItem): every packed value fits its code.
 */
export function arrayItemsFromBytes(code: string, size: number, bytes: Uint8Array): ArrayItem[] {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values: ArrayItem[] = [];
  for (let off = 0; off + size <= bytes.length; off += size) values.push(readItem(code, dv, off, true));
  return values;
}

// ------------------------------------------------------------ element codec

/** Native item sizes (CPython on 64-bit Linux), by struct code. */
export const NATIVE_SIZE: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, e: 2, f: 4, d: 8, s: 1, p: 1, P: 8,
};
/** Standard sizes ('<', '>', '!', '='): the same but 4-byte l/L and no n, N, P. */
export const STANDARD_SIZE: Record<string, number> = { ...NATIVE_SIZE, l: 4, L: 4 };
delete STANDARD_SIZE.n;
delete STANDARD_SIZE.N;
delete STANDARD_SIZE.P;

/** The integer codes that are signed. */
export const SIGNED = new Set(["b", "h", "i", "l", "q", "n"]);

/** An integer element of `size` bytes: a number up to 4 bytes, a bigint for 8. */
export function readInt(dv: DataView, off: number, size: number, signed: boolean, little: boolean): number | bigint {
  switch (size) {
    case 1: return signed ? dv.getInt8(off) : dv.getUint8(off);
    case 2: return signed ? dv.getInt16(off, little) : dv.getUint16(off, little);
    case 4: return signed ? dv.getInt32(off, little) : dv.getUint32(off, little);
    default: return signed ? dv.getBigInt64(off, little) : dv.getBigUint64(off, little);
  }
}

/** Writes an integer element already range-checked for its size (two's complement). */
export function writeInt(dv: DataView, off: number, size: number, x: bigint, little: boolean): void {
  switch (size) {
    case 1: dv.setUint8(off, Number(BigInt.asUintN(8, x))); return;
    case 2: dv.setUint16(off, Number(BigInt.asUintN(16, x)), little); return;
    case 4: dv.setUint32(off, Number(BigInt.asUintN(32, x)), little); return;
    default: dv.setBigUint64(off, BigInt.asUintN(64, x), little);
  }
}

/** A float element ('e', 'f', 'd'). */
export function readFloat(code: string, dv: DataView, off: number, little: boolean): number {
  return code === "d" ? dv.getFloat64(off, little) : code === "f" ? dv.getFloat32(off, little) : halfToFloat(dv.getUint16(off, little));
}

/** Writes a float element ('e' may throw CPython's OverflowError). */
export function writeFloat(code: string, dv: DataView, off: number, x: number, little: boolean): void {
  if (code === "d") dv.setFloat64(off, x, little);
  else if (code === "f") dv.setFloat32(off, x, little);
  else dv.setUint16(off, floatToHalf(x), little);
}

/** An array.array element (its typecode is a native struct code) in the array's stored form. */
function readItem(code: string, dv: DataView, off: number, little: boolean): ArrayItem {
  if (code === "f" || code === "d") return readFloat(code, dv, off, little);
  const x = readInt(dv, off, itemSize(code), SIGNED.has(code), little);
  return typeof x === "bigint" ? itemOfBig(x) : x;
}

function writeItem(code: string, dv: DataView, off: number, x: ArrayItem, little: boolean): void {
  if (code === "f" || code === "d") writeFloat(code, dv, off, x as number, little);
  else writeInt(dv, off, itemSize(code), BigInt(x), little);
}

/** An array element's size: struct's native size, or 4 for array's 'u' (a code point, wchar_t on Linux). */
function itemSize(code: string): number {
  return code === "u" ? 4 : NATIVE_SIZE[code];
}

/** IEEE half precision -> double. */
export function halfToFloat(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 0x1f) return frac ? NaN : sign * Infinity;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

/**
 * Double -> IEEE half, rounding to nearest even (CPython's PyFloat_Pack2). Throws
 * CPython's OverflowError when the value rounds past the largest half (65504).
 */
export function floatToHalf(x: number): number {
  if (Number.isNaN(x)) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (a === Infinity) return sign | 0x7c00;
  if (a === 0) return sign;
  // Scale to units of the smallest subnormal (2**-24) or of the value's own ulp.
  let exp = Math.floor(Math.log2(a));
  if (2 ** exp > a) exp--;
  if (2 ** (exp + 1) <= a) exp++;
  if (exp < -14) {
    // Subnormal: multiples of 2**-24.
    const m = roundHalfEven(a / 2 ** -24);
    return sign | m; // m == 1024 becomes the smallest normal, as the bit layout gives
  }
  let m = roundHalfEven((a / 2 ** exp - 1) * 1024);
  if (m === 1024) {
    m = 0;
    exp++;
  }
  if (exp > 15) throw new PyError("OverflowError", "float too large to pack with e format");
  return sign | ((exp + 15) << 10) | m;
}

function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}
