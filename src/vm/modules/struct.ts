// The `struct` module (Python 3 dialect): CPython 3.11's pack, unpack, calcsize,
// pack_into, unpack_from, iter_unpack and Struct, with its format syntax, sizes,
// alignment and struct.error messages.
//
// A format is an optional byte order ('@' native: CPython 64-bit Linux sizes and
// alignment, little-endian as the device cores are; '=' '<' little and '>' '!' big
// with standard sizes, no alignment) then codes with optional repeat counts:
//   x pad   c bytes(1)   b B ? h H i I l L q Q n N P  ints   e f d  floats
//   s bytes (the count is its length)   p Pascal string (length byte first)
// 8-byte ints unpack to big ints when they do not fit the 32-bit word.
//
// Memory: the results are ordinary bytes and tuples, charged as such; a Struct is an
// instance (16 B) with three entries (8 B each): format, size and its layout's text.
// Buffers are reached through the buffer protocol (vm/buffer.ts): bytes, bytearray,
// memoryview and array.array.

import { asStr, expectArgs, expectKwargs, typeName } from "../args.js";
import { bigToFloat, intNumeric, intOf } from "../bigint.js";
import { type Acquired, NATIVE_SIZE, SIGNED, STANDARD_SIZE, acquire, acquireWritable, readFloat, readInt, writeFloat, writeInt } from "../buffer.js";
import { PyBytesLike, latin1, newBytes } from "../bytes.js";
import { ATTRIBUTE_BYTES, PyClass, PyInstance, nativeOf, objectClass } from "../classes.js";
import { indexSpecial } from "../numberProtocol.js";
import type { Core } from "../core.js";
import { PyError, typeError } from "../errors.js";
import { truthy } from "../ops.js";
import { BuiltinFunction, type CoreApi, type Kwargs, PyBigInt, PyFloat, PyIterator, PyModule, PyTuple, type Value } from "../values.js";
import { def, moduleError, moduleErrorClass } from "./util.js";
import { ssizeOverflow } from "../indexSized.js";

/** One value of a layout: its code, where it starts, its size (s/p: the count). */
interface Field {
  code: string;
  offset: number;
  size: number;
}

/** A parsed format. */
export interface Layout {
  little: boolean;
  native: boolean;
  fields: Field[];
  size: number;
}

/** struct.error: one class for every core, like the built-in exceptions. */
export const structError = moduleErrorClass("error", "struct", "Exception");

/** A struct.error to throw. */
export function structErr(message: string): PyError {
  return moduleError(structError, message);
}

const MAX_SIZE = 2 ** 31 - 1;

/** Parses a format (str or bytes); struct.error for a bad one, TypeError for a non-string. */
export function parseFormat(fmt: Value, what = "Struct()"): Layout {
  const str = asStr(fmt);
  let text: string;
  if (str !== undefined) text = str;
  else if (fmt instanceof PyBytesLike) text = latin1(fmt.data);
  else throw typeError(`${what} argument 1 must be a str or bytes object, not ${typeName(fmt)}`);
  let i = 0;
  let little = true;
  let native = true;
  const order = text[0];
  if (order !== undefined && "@=<>!".includes(order)) {
    i = 1;
    native = order === "@";
    little = order === "@" || order === "=" || order === "<";
  }
  const sizes = native ? NATIVE_SIZE : STANDARD_SIZE;
  const fields: Field[] = [];
  let offset = 0;
  while (i < text.length) {
    let c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    let count = 1;
    if (c >= "0" && c <= "9") {
      let n = 0;
      while (i < text.length && text[i] >= "0" && text[i] <= "9") {
        n = n * 10 + (text.charCodeAt(i) - 48);
        if (n > MAX_SIZE) throw structErr("total struct size too long");
        i++;
      }
      if (i >= text.length) throw structErr("repeat count given without format specifier");
      count = n;
      c = text[i];
    }
    i++;
    const size = sizes[c];
    if (size === undefined) throw structErr("bad char in struct format");
    // Native items are aligned to their size, even a zero count: "b0q" pads to 8 (CPython's align()).
    if (native && size > 1) offset = Math.ceil(offset / size) * size;
    if (c === "s" || c === "p") {
      fields.push({ code: c, offset, size: count });
      offset += count;
    } else if (c === "x") {
      offset += count;
    } else {
      for (let k = 0; k < count; k++, offset += size) fields.push({ code: c, offset, size });
    }
    if (offset > MAX_SIZE) throw structErr("total struct size too long");
  }
  return { little, native, fields, size: offset };
}

const NAMED_RANGE: Record<string, string> = { b: "byte", B: "ubyte", h: "short", H: "ushort" };
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/**
 * An int to pack under `code`, range-checked with CPython's messages. `bigEndian` selects
 * CPython's generic bp_* packers: "<" and "=" on a little-endian host borrow the native np_*
 * packers for sizes that match (hence "ushort format requires ..."), while ">" and "!" report
 * "'H' format requires ..." and let q/Q overflow surface as "int too large to convert".
 */
function intToPack(code: string, size: number, v: Value, bigEndian: boolean): bigint {
  let x: bigint;
  if (typeof v === "number" && Number.isInteger(v)) x = BigInt(v);
  else if (typeof v === "boolean") x = v ? 1n : 0n;
  else if (v instanceof PyBigInt) x = v.v;
  else {
    // An int subclass's instance is its int; any other object needs __index__ (CPython's get_pylong).
    const i = intNumeric(nativeOf(v)) ?? indexSpecial(v);
    if (i === undefined) throw structErr("required argument is not an integer");
    x = typeof i === "bigint" ? i : i instanceof PyBigInt ? i.v : BigInt(i);
  }
  const outOfRange = () => structErr("argument out of range");
  if (code === "P") {
    // A pointer: CPython takes any value that fits a signed or unsigned 64-bit word.
    if (x < INT64_MIN || x > UINT64_MAX) throw outOfRange();
    return x;
  }
  const signed = SIGNED.has(code);
  const bits = BigInt(size * 8);
  const lo = signed ? -(1n << (bits - 1n)) : 0n;
  const hi = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  const named = bigEndian && size > 1 ? undefined : NAMED_RANGE[code];
  if (named) {
    if (x < INT64_MIN || x > INT64_MAX) throw outOfRange();
    if (x < lo || x > hi) throw structErr(`${named} format requires ${lo} <= number <= ${hi}`);
    return x;
  }
  if (bigEndian && size === 8) {
    if (x < lo || x > hi) throw structErr("int too large to convert");
    return x;
  }
  if (signed ? x < INT64_MIN || x > INT64_MAX : x < 0n || x > UINT64_MAX) throw outOfRange();
  if (x < lo || x > hi) throw structErr(`'${code}' format requires ${lo} <= number <= ${hi}`);
  return x;
}

/** A float to pack (ints converted as float() does). */
function floatToPack(v: Value): number {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  // An int too large for a double: CPython reports it as not a float.
  if (v instanceof PyBigInt && v.v >= -(2n ** 1024n) && v.v <= 2n ** 1024n) {
    const x = bigToFloat(v.v);
    if (Number.isFinite(x)) return x;
  }
  throw structErr("required argument is not a float");
}

/** Packs `values` (exactly one per field) into `out` at `base`. */
export function packInto(layout: Layout, values: readonly Value[], out: Uint8Array, base: number): void {
  const dv = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const little = layout.little;
  layout.fields.forEach((f, k) => {
    const v = values[k];
    const at = base + f.offset;
    switch (f.code) {
      case "s":
      case "p": {
        if (!(v instanceof PyBytesLike)) throw structErr(`argument for '${f.code}' must be a bytes object`);
        const data = v.data;
        if (f.code === "s") {
          out.set(data.subarray(0, Math.min(data.length, f.size)), at);
        } else if (f.size > 0) {
          const n = Math.min(data.length, f.size - 1);
          out[at] = Math.min(n, 255);
          out.set(data.subarray(0, n), at + 1);
        }
        return;
      }
      case "c":
        if (!(v instanceof PyBytesLike) || v.length !== 1) throw structErr("char format requires a bytes object of length 1");
        out[at] = v.at(0);
        return;
      case "?":
        out[at] = truthy(v) ? 1 : 0;
        return;
      case "e":
      case "f":
      case "d": {
        const x = floatToPack(v);
        try {
          // Standard sizes refuse a float beyond float32 (the native one becomes inf, as a C cast).
          if (f.code === "f" && !layout.native && Number.isFinite(x) && !Number.isFinite(Math.fround(x))) {
            throw new PyError("OverflowError", "float too large to pack with f format");
          }
          writeFloat(f.code, dv, at, x, little);
        } catch (e) {
          // CPython's pack_internal reports an OverflowError met packing an int as struct.error.
          if (e instanceof PyError && e.kind === "OverflowError" && intNumeric(nativeOf(v)) !== undefined) throw structErr("int too large to convert");
          throw e;
        }
        return;
      }
      default:
        writeInt(dv, at, f.size, intToPack(f.code, f.size, v, !little), little);
    }
  });
}

/** Unpacks one record at `base` of `data` (which holds at least layout.size bytes from there). */
export function unpackAt(core: CoreApi, layout: Layout, data: Uint8Array, base: number): PyTuple {
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const values: Value[] = [];
  for (const f of layout.fields) {
    const at = base + f.offset;
    switch (f.code) {
      case "s":
        values.push(newBytes(core, data.slice(at, at + f.size)));
        break;
      case "p": {
        const n = f.size === 0 ? 0 : Math.min(data[at], f.size - 1);
        values.push(newBytes(core, data.slice(at + 1, at + 1 + n)));
        break;
      }
      case "c":
        values.push(newBytes(core, data.slice(at, at + 1)));
        break;
      case "?":
        values.push(data[at] !== 0);
        break;
      case "e":
      case "f":
      case "d":
        values.push(core.float(readFloat(f.code, dv, at, layout.little)));
        break;
      default:
        values.push(intValue(core, readInt(dv, at, f.size, SIGNED.has(f.code), layout.little)));
    }
  }
  return core.newTuple(values);
}

/** An int read from a buffer as a Python int (a big int past the 32-bit word). */
export function intValue(core: CoreApi, x: number | bigint): Value {
  if (typeof x === "number" && (x | 0) === x) return x;
  return intOf(core, BigInt(x));
}

function packArgs(core: CoreApi, layout: Layout, values: readonly Value[], name: string): Value {
  if (values.length !== layout.fields.length) throw structErr(`${name} expected ${layout.fields.length} items for packing (got ${values.length})`);
  const out = new Uint8Array(layout.size);
  packInto(layout, values, out, 0);
  return newBytes(core, out);
}

function unpackBuffer(core: CoreApi, layout: Layout, buffer: Value): Value {
  const a = acquire(buffer);
  if (a.bytes.length !== layout.size) throw structErr(`unpack requires a buffer of ${layout.size} bytes`);
  return unpackAt(core, layout, a.bytes, 0);
}

function offsetArg(v: Value | undefined): number {
  if (v === undefined) return 0;
  if (typeof v === "boolean") return Number(v);
  if (typeof v === "number" && (v | 0) === v) return v;
  if (v instanceof PyBigInt) throw ssizeOverflow();
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

function unpackFrom(core: CoreApi, layout: Layout, buffer: Value, offsetV: Value | undefined): Value {
  const a = acquire(buffer);
  const n = a.bytes.length;
  let offset = offsetArg(offsetV);
  if (offset < 0) {
    if (offset + n < 0) throw structErr(`offset ${offset} out of range for ${n}-byte buffer`);
    offset += n;
  }
  if (n - offset < layout.size) {
    throw structErr(`unpack_from requires a buffer of at least ${layout.size + offset} bytes for unpacking ${layout.size} bytes at offset ${offset} (actual buffer size is ${n})`);
  }
  return unpackAt(core, layout, a.bytes, offset);
}

function packIntoBuffer(layout: Layout, args: readonly Value[], name: string): Value {
  if (args.length < 1) throw structErr(`${name} expected buffer argument`);
  if (args.length < 2) throw structErr(`${name} expected offset argument`);
  const values = args.slice(2);
  if (values.length !== layout.fields.length) throw structErr(`${name} expected ${layout.fields.length} items for packing (got ${values.length})`);
  const a: Acquired = acquireWritable(args[0]);
  const n = a.bytes.length;
  let offset = offsetArg(args[1]);
  if (offset < 0) {
    if (offset + layout.size > 0) throw structErr(`no space to pack ${layout.size} bytes at offset ${offset}`);
    if (offset + n < 0) throw structErr(`offset ${offset} out of range for ${n}-byte buffer`);
    offset += n;
  }
  if (n - offset < layout.size) {
    throw structErr(`pack_into requires a buffer of at least ${layout.size + offset} bytes for packing ${layout.size} bytes at offset ${offset} (actual buffer size is ${n})`);
  }
  // Packed into a scratch record first, so that an error leaves the buffer unchanged.
  const record = new Uint8Array(layout.size);
  packInto(layout, values, record, 0);
  a.bytes.set(record, offset);
  a.commit();
  return null;
}

/** struct.iter_unpack's iterator: one record per next(), read from the buffer as it is then. */
class StructIterator extends PyIterator {
  private offset = 0;
  constructor(private readonly core: CoreApi, private readonly layout: Layout, private readonly buffer: Value) {
    super();
  }
  next(): Value | undefined {
    const a = acquire(this.buffer);
    if (this.offset + this.layout.size > a.bytes.length) return undefined;
    const r = unpackAt(this.core, this.layout, a.bytes, this.offset);
    this.offset += this.layout.size;
    return r;
  }
  children(): readonly Value[] {
    return [this.buffer];
  }
}

function iterUnpack(core: CoreApi, layout: Layout, buffer: Value): Value {
  const a = acquire(buffer);
  if (layout.size === 0) throw structErr("cannot iteratively unpack with a struct of length 0");
  if (a.bytes.length % layout.size !== 0) throw structErr(`iterative unpacking requires a buffer of a multiple of ${layout.size} bytes`);
  core.charge(16);
  return new StructIterator(core, layout, buffer);
}

/** `unpack_from(buffer, offset=0)` arguments, positional or by keyword. */
function bufferAndOffset(name: string, args: readonly Value[], kwargs: Kwargs): [Value, Value | undefined] {
  expectKwargs(name, kwargs, ["buffer", "offset"]);
  let buffer: Value | undefined = args[0];
  let offset: Value | undefined = args[1];
  if (args.length > 2) throw typeError(`${name}() takes at most 2 arguments (${args.length} given)`);
  if (kwargs?.has("buffer")) {
    if (buffer !== undefined) throw typeError(`argument for ${name}() given by name ('buffer') and position (1)`);
    buffer = kwargs.get("buffer");
  }
  if (kwargs?.has("offset")) {
    if (offset !== undefined) throw typeError(`argument for ${name}() given by name ('offset') and position (2)`);
    offset = kwargs.get("offset");
  }
  if (buffer === undefined) throw typeError(`${name}() missing required argument 'buffer' (pos 1)`);
  return [buffer, offset];
}

/** The hidden entry of a Struct instance holding its format (no attribute access reaches it). */
const FORMAT = " format";

function layoutOf(self: Value): Layout {
  const f = self instanceof PyInstance ? self.dict.get(FORMAT) : undefined;
  if (f === undefined) throw typeError("descriptor requires a '_struct.Struct' object");
  return parseFormat(f);
}

function structClass(): PyClass {
  const dict = new Map<string, Value>([["__module__", "struct"]]);
  const cls = new PyClass("Struct", "struct", [objectClass], dict);
  const method = (name: string, f: (c: Core, layout: Layout, args: Value[], kwargs: Kwargs) => Value) =>
    dict.set(name, new BuiltinFunction(name, (c, args, kwargs) => f(c as Core, layoutOf(args[0]), args.slice(1), kwargs)));
  dict.set("__init__", new BuiltinFunction("__init__", (c, args, kwargs) => {
    expectKwargs("Struct", kwargs, ["format"]);
    const self = args[0] as PyInstance;
    const fmt = args.length > 1 ? args[1] : kwargs?.get("format");
    if (fmt === undefined) throw typeError("Struct() missing required argument 'format' (pos 1)");
    const layout = parseFormat(fmt);
    c.charge(3 * ATTRIBUTE_BYTES);
    self.dict.set(FORMAT, fmt);
    self.dict.set("format", typeof fmt === "string" ? fmt : c.newStr(latin1((fmt as PyBytesLike).data)));
    self.dict.set("size", layout.size);
    return null;
  }));
  method("pack", (c, layout, args, kwargs) => {
    expectKwargs("pack", kwargs);
    return packArgs(c, layout, args, "pack");
  });
  method("unpack", (c, layout, args, kwargs) => {
    expectKwargs("unpack", kwargs);
    expectArgs("unpack", args, 1);
    return unpackBuffer(c, layout, args[0]);
  });
  method("pack_into", (_c, layout, args, kwargs) => {
    expectKwargs("pack_into", kwargs);
    return packIntoBuffer(layout, args, "pack_into");
  });
  method("unpack_from", (c, layout, args, kwargs) => unpackFrom(c, layout, ...bufferAndOffset("unpack_from", args, kwargs)));
  method("iter_unpack", (c, layout, args, kwargs) => {
    expectKwargs("iter_unpack", kwargs);
    expectArgs("iter_unpack", args, 1);
    return iterUnpack(c, layout, args[0]);
  });
  return cls;
}

export function createStruct(core: CoreApi): PyModule {
  if (core.dialect === "classic") throw new PyError("ModuleNotFoundError", "No module named 'struct' (the classic dialect has no bytes)");
  const mod = new PyModule("struct");
  const fmtFirst = (name: string, args: readonly Value[]): Layout => {
    if (args.length < 1) throw typeError("missing format argument");
    return parseFormat(args[0], name + "()");
  };
  def(mod, "pack", (c, args, kwargs) => {
    expectKwargs("pack", kwargs);
    return packArgs(c, fmtFirst("pack", args), args.slice(1), "pack");
  });
  def(mod, "unpack", (c, args, kwargs) => {
    expectKwargs("unpack", kwargs);
    expectArgs("unpack", args, 2);
    return unpackBuffer(c, parseFormat(args[0], "unpack()"), args[1]);
  });
  def(mod, "calcsize", (_c, args, kwargs) => {
    expectKwargs("calcsize", kwargs);
    expectArgs("calcsize", args, 1);
    return parseFormat(args[0], "calcsize()").size;
  });
  def(mod, "pack_into", (_c, args, kwargs) => {
    expectKwargs("pack_into", kwargs);
    return packIntoBuffer(fmtFirst("pack_into", args), args.slice(1), "pack_into");
  });
  def(mod, "unpack_from", (c, args, kwargs) => {
    const layout = fmtFirst("unpack_from", args);
    return unpackFrom(c, layout, ...bufferAndOffset("unpack_from", args.slice(1), kwargs));
  });
  def(mod, "iter_unpack", (c, args, kwargs) => {
    expectKwargs("iter_unpack", kwargs);
    expectArgs("iter_unpack", args, 2);
    return iterUnpack(c, parseFormat(args[0], "iter_unpack()"), args[1]);
  });
  mod.set("Struct", structClass());
  mod.set("error", structError);
  return mod;
}
