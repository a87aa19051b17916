// Values crossing between a host program and the device's cores.
//
// Host → device: a JavaScript argument (or a value copied to a device-resident
// variable) becomes a *wire* value (src/device/wire.ts), which each core then builds
// in its own memory — or, for an array passed by reference, an ArrayRef, which each
// core sees as a reference value reading and writing the host's array in place.
// Device → host: a core's result leaves as a wire snapshot, which `toHost` turns into
// plain JavaScript (or the caller keeps as wire, to tell ints from floats).
//
// Rules (documented in docs/host-api.md):
//  - numbers: a whole number in the int32 range is an int, any other number a float;
//    pyFloat(2) passes the float 2.0, pyInt(n) insists on an int;
//  - strings, booleans, null/undefined (None) pass by value;
//  - Float32Array / Int32Array / Float64Array, ArrayRef (memkind) and plain arrays of
//    numbers pass BY REFERENCE: kernels read and write the host's array in place;
//  - other plain arrays (nested, mixed, strings) and pyTuple(...) pass by value;
//  - anything else (objects, functions, Maps, bigints) is a TypeError naming it.

import type { Wire } from "../../device/wire.js";
import type { ArrayHome, ElementType, ReferenceOptions } from "../../vm/hostArray.js";

/** An array passed by reference: its home, where it lives, and how it is fetched. */
export class ArrayRef {
  readonly options: ReferenceOptions;
  constructor(readonly home: ArrayHome, options: Partial<ReferenceOptions> = {}) {
    this.options = { kind: options.kind ?? "host", prefetch: options.prefetch ?? 0 };
    if (!Number.isSafeInteger(this.options.prefetch) || this.options.prefetch < 0) {
      throw new TypeError(`prefetch must be a whole number of lines >= 0, not ${String(options.prefetch)}`);
    }
  }
  get length(): number {
    return this.home.length;
  }
  get type(): ElementType {
    return this.home.type;
  }
}

/** A float for the device even when its value is whole (pyFloat(2) is 2.0). */
export class PyFloatArg {
  constructor(readonly value: number) {}
}
/** A tuple for the device (JavaScript has none). */
export class PyTupleArg {
  constructor(readonly items: readonly unknown[]) {}
}

export const pyFloat = (x: number): PyFloatArg => new PyFloatArg(x);
export const pyTuple = (...items: unknown[]): PyTupleArg => new PyTupleArg(items);
export function pyInt(n: number): number {
  if (!isInt32(n)) throw new RangeError(`pyInt(${n}): device ints are 32-bit whole numbers`);
  return n;
}

/** A host value on its way to the cores: a wire value (copied) or a reference. */
export type Outgoing = { wire: Wire } | { ref: ArrayRef } | { typed: TypedNumbers } | { numbers: number[] };
export type TypedNumbers = Float32Array | Int32Array | Float64Array;

const isInt32 = (n: number) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647 && !Object.is(n, -0);

/**
 * Classifies an argument: by reference (typed arrays, ArrayRef, arrays of numbers)
 * or by value (made into wire form now, so a later change on the host does not
 * reach a queued launch). `what` names it in errors ("argument 2").
 */
export function outgoing(v: unknown, what: string): Outgoing {
  if (v instanceof ArrayRef) return { ref: v };
  if (v instanceof Float32Array || v instanceof Int32Array || v instanceof Float64Array) return { typed: v };
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "number")) return { numbers: v as number[] };
  return { wire: toWire(v, what, new Set()) };
}

/** A JavaScript value as a wire value (by value); TypeError for what cannot pass. */
export function toWire(v: unknown, what: string, path: Set<unknown>): Wire {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "boolean":
    case "string":
      return v;
    case "number":
      if (isInt32(v)) return v;
      return Number.isInteger(v) || Object.is(v, -0) ? { f: v } : v;
    case "bigint":
      if (v >= -2147483648n && v <= 2147483647n) return Number(v);
      throw new TypeError(`${what}: ${v} does not fit a device int (32-bit)`);
  }
  if (v instanceof PyFloatArg) return Number.isInteger(v.value) || Object.is(v.value, -0) ? { f: v.value } : v.value;
  if (Array.isArray(v) || v instanceof PyTupleArg) {
    if (path.has(v)) throw new TypeError(`${what}: an array that contains itself cannot be passed`);
    path.add(v);
    const items = (Array.isArray(v) ? v : v.items).map((x, i) => toWire(x, `${what}[${i}]`, path));
    path.delete(v);
    return Array.isArray(v) ? { l: items } : { t: items };
  }
  if (v instanceof Float32Array || v instanceof Int32Array || v instanceof Float64Array || v instanceof ArrayRef) {
    throw new TypeError(`${what}: an array passed by reference cannot be nested inside another value`);
  }
  const kind = typeof v === "function" ? "a function" : `an object (${Object.prototype.toString.call(v).slice(8, -1)})`;
  throw new TypeError(`${what}: cannot pass ${kind} to the device; pass numbers, strings, booleans, null, arrays or memkind arrays`);
}

/** A result of the device as plain JavaScript: ints and floats both become numbers. */
export function toHost(w: Wire): unknown {
  if (typeof w !== "object" || w === null) return w;
  if ("f" in w) return w.f;
  // A Python int beyond 32 bits: a JS bigint (a number would round it).
  if ("bi" in w) return BigInt(w.bi);
  if ("l" in w) return w.l.map(toHost);
  if ("t" in w) return w.t.map(toHost);
  // Dicts and sets never leave the device (wire.ts encodeValue refuses them); as JS they would be a Map and a Set.
  if ("dk" in w) return new Map(w.dk.map((k, i) => [toHost(k), toHost(w.dv[i])]));
  if ("s" in w) return new Set(w.s.map(toHost));
  if ("y" in w) return Uint8Array.from(w.y);
  return `<function ${w.n}>`;
}
