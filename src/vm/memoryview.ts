// memoryview (Python 3 dialect): a zero-copy, one-dimensional view of the bytes of a
// bytes, bytearray or array.array object (vm/buffer.ts), as CPython 3.11 has it:
// indexing and slicing (a slice is a new view of the same memory: writes through a
// view of a bytearray or array land in it), len, iteration, tobytes, tolist, hex,
// release, cast (1-D, to and from byte formats), ==, hash of read-only views, the
// attributes format, itemsize, nbytes, readonly, ndim, shape, strides, obj,
// contiguous, and `with memoryview(b) as m:` (release on exit).
//
// A memoryview is an instance of the built-in class `memoryview`; its state lives in
// a ViewData under an entry no attribute access can reach. A view is `count`
// elements of `format` (itemsize bytes each) starting at byte `start` of the
// object's bytes, `stride` bytes apart (negative for a reversed slice).
//
// Memory: 48 B per view (the instance 16 B + its entry 8 B + the view's state 24 B);
// the viewed bytes are the object's, never copied.
//
// Difference from CPython: a bytearray or array with exported views can still change
// size (CPython raises BufferError); a view whose bytes are no longer all there
// raises IndexError when used.

import { typeName } from "./args.js";
import { type Acquired, NATIVE_SIZE, SIGNED, acquireOrNull, readFloat, readInt, setMemoryviewExporter, writeFloat, writeInt } from "./buffer.js";
import { PyBytes, PyBytesLike, bytesHash, newBytes } from "./bytes.js";
import { ATTRIBUTE_BYTES, INSTANCE_BYTES, PyClass, PyInstance, objectClass } from "./classes.js";
import type { Core } from "./core.js";
import { PyError, indexError, typeError, valueError } from "./errors.js";
import { PyNativeObject } from "./nativeObject.js";
import { indexSpecial } from "./numberProtocol.js";
import { intValue } from "./modules/struct.js";
import { sliceIndices, unpackedEq } from "./ops.js";
import { isSlice, sliceBounds } from "./slices.js";
import { bytesMethods } from "./methods/bytes.js";
import { BuiltinFunction, type CoreApi, type Kwargs, PyBigInt, PyIterator, PyTuple, type Value, floatValue, isFloat } from "./values.js";

/** Bytes of a view's state (start, count, stride, itemsize, flags, format, object). */
const VIEW_BYTES = 24;
/** What a memoryview costs its core: the instance, its hidden entry and the state. */
export const MEMORYVIEW_BYTES = INSTANCE_BYTES + ATTRIBUTE_BYTES + VIEW_BYTES;

/** The state of one memoryview. */
class ViewData extends PyNativeObject {
  override readonly typeName = "memoryview data";
  released = false;
  constructor(
    /** The exporting object (bytes, bytearray, array.array). */
    readonly obj: Value,
    readonly format: string,
    readonly itemsize: number,
    readonly start: number,
    readonly count: number,
    readonly stride: number,
    readonly readonly: boolean,
  ) {
    super();
  }
  text(): string {
    return "<memoryview data>";
  }
  children(): readonly Value[] {
    return [this.obj];
  }
  bytes(): number {
    return VIEW_BYTES;
  }
  get contiguous(): boolean {
    return this.stride === this.itemsize || this.count <= 1;
  }
}

const VIEW = " view";

/** The state of a memoryview (ValueError once released, as CPython). */
function live(v: Value): ViewData {
  const d = v instanceof PyInstance ? v.dict.get(VIEW) : undefined;
  if (!(d instanceof ViewData)) throw typeError(`descriptor requires a 'memoryview' object but received '${typeName(v)}'`);
  if (d.released) throw valueError("operation forbidden on released memoryview object");
  return d;
}

function viewData(v: Value): ViewData | null {
  const d = v instanceof PyInstance ? v.dict.get(VIEW) : undefined;
  return d instanceof ViewData ? d : null;
}

/** The object's bytes now, checked to still hold the whole view. */
function bytesOf(d: ViewData, writable = false): Acquired {
  const a = acquireOrNull(d.obj, writable)!;
  const first = d.stride >= 0 ? d.start : d.start + (d.count - 1) * d.stride;
  const last = d.stride >= 0 ? d.start + (d.count - 1) * d.stride : d.start;
  if (d.count > 0 && (first < 0 || last + d.itemsize > a.bytes.length)) {
    throw indexError("memoryview: the underlying object changed size since the view was made");
  }
  return a;
}

/** Element k (0 <= k < count) as a Python value. */
function readElement(core: CoreApi, d: ViewData, bytes: Uint8Array, k: number): Value {
  const off = d.start + k * d.stride;
  const code = d.format;
  if (code === "c") return newBytes(core, bytes.slice(off, off + 1));
  if (code === "?") return bytes[off] !== 0;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (code === "e" || code === "f" || code === "d") return core.float(readFloat(code, dv, off, true));
  return intValue(core, readInt(dv, off, d.itemsize, SIGNED.has(code), true));
}

/** Stores `v` as element k (CPython's memoryview errors). */
function writeElement(d: ViewData, bytes: Uint8Array, k: number, v: Value): void {
  const off = d.start + k * d.stride;
  const code = d.format;
  const invalid = (kind: "type" | "value") =>
    kind === "type" ? typeError(`memoryview: invalid type for format '${code}'`) : valueError(`memoryview: invalid value for format '${code}'`);
  if (code === "c") {
    if (!(v instanceof PyBytesLike)) throw invalid("type");
    if (v.length !== 1) throw invalid("value");
    bytes[off] = v.at(0);
    return;
  }
  if (code === "?") {
    if (typeof v !== "boolean") throw invalid("type");
    bytes[off] = v ? 1 : 0;
    return;
  }
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (code === "e" || code === "f" || code === "d") {
    let x: number;
    if (isFloat(v) || typeof v === "number") x = floatValue(v);
    else throw invalid("type");
    writeFloat(code, dv, off, x, true);
    return;
  }
  let x: bigint;
  if (typeof v === "number" && Number.isInteger(v)) x = BigInt(v);
  else if (typeof v === "boolean") x = v ? 1n : 0n;
  else if (v instanceof PyBigInt) x = v.v;
  else throw invalid("type");
  const bits = BigInt(d.itemsize * 8);
  const signed = SIGNED.has(code);
  const lo = signed ? -(1n << (bits - 1n)) : 0n;
  const hi = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  if (x < lo || x > hi) throw invalid("value");
  writeInt(dv, off, d.itemsize, x, true);
}

/** The view's bytes in element order (a copy). */
function contents(d: ViewData): Uint8Array {
  const src = bytesOf(d).bytes;
  if (d.stride === d.itemsize) return src.slice(d.start, d.start + d.count * d.itemsize);
  const out = new Uint8Array(d.count * d.itemsize);
  for (let k = 0; k < d.count; k++) out.set(src.subarray(d.start + k * d.stride, d.start + k * d.stride + d.itemsize), k * d.itemsize);
  return out;
}

/** Formats memoryview can have: native single codes (struct syntax), '@' prefix allowed. */
function nativeCode(fmt: Value): string | null {
  if (typeof fmt !== "string") return null;
  const c = fmt.startsWith("@") ? fmt.slice(1) : fmt;
  return c.length === 1 && c in NATIVE_SIZE && !"xsp".includes(c) ? c : null;
}

/** A new memoryview instance, charged to the core. */
function newView(core: CoreApi, d: ViewData): PyInstance {
  core.charge(MEMORYVIEW_BYTES);
  const inst = new PyInstance(memoryviewClass);
  inst.dict.set(VIEW, d);
  return inst;
}

/** The state of memoryview(obj): a view of a bytes-like object (or of another view's memory). */
function viewOf(obj: Value): ViewData {
  const src = viewData(obj);
  if (src) {
    if (src.released) throw valueError("operation forbidden on released memoryview object");
    return new ViewData(src.obj, src.format, src.itemsize, src.start, src.count, src.stride, src.readonly);
  }
  const a = acquireOrNull(obj);
  if (!a) throw typeError(`memoryview: a bytes-like object is required, not '${typeName(obj)}'`);
  return new ViewData(obj, a.format, a.itemsize, 0, a.bytes.length / a.itemsize, a.itemsize, a.readonly);
}

/** The index of an int key, normalised (CPython's IndexError/TypeError). */
function elementIndex(d: ViewData, key: Value): number {
  let i: number;
  // An object with __index__ indexes as its int (CPython's PyIndex_Check).
  if (key instanceof PyInstance) {
    const x = indexSpecial(key);
    if (x !== undefined) key = x;
  }
  if (typeof key === "number" && (key | 0) === key) i = key;
  else if (typeof key === "boolean") i = Number(key);
  else if (key instanceof PyBigInt) throw indexError("cannot fit 'int' into an index-sized integer");
  else throw typeError("memoryview: invalid slice key");
  if (i < 0) i += d.count;
  if (i < 0 || i >= d.count) throw indexError("index out of bounds on dimension 1");
  return i;
}

/** The view a slice key selects (same memory). */
function sliced(d: ViewData, key: PyInstance): ViewData {
  const [lo, hi, st] = sliceIndices(...sliceBounds(key), d.count);
  const n = st > 0 ? (lo < hi ? Math.floor((hi - lo - 1) / st) + 1 : 0) : lo > hi ? Math.floor((lo - hi - 1) / -st) + 1 : 0;
  return new ViewData(d.obj, d.format, d.itemsize, d.start + lo * d.stride, n, d.stride * st, d.readonly);
}

/** Element values of a view or buffer (for ==): null when `v` is neither. */
function elementsOf(core: CoreApi, v: Value): Value[] | null {
  const d = viewData(v);
  if (d) {
    if (d.released) return null;
    const bytes = bytesOf(d).bytes;
    const out: Value[] = [];
    for (let k = 0; k < d.count; k++) out.push(readElement(core, d, bytes, k));
    return out;
  }
  const a = acquireOrNull(v);
  if (!a) return null;
  const whole = new ViewData(v, a.format, a.itemsize, 0, a.bytes.length / a.itemsize, a.itemsize, true);
  return elementsOf(core, newViewless(whole));
}

/** A ViewData wrapped only for elementsOf (not charged: it never reaches Python code). */
function newViewless(d: ViewData): PyInstance {
  const inst = new PyInstance(memoryviewClass);
  inst.dict.set(VIEW, d);
  return inst;
}

/** m == o: same elements (CPython compares the unpacked values, any buffer on the right). */
function viewEquals(core: CoreApi, self: PyInstance, d: ViewData, o: Value): boolean {
  // Released: equal only to itself. Else element by element, so a view of a NaN is not even equal to itself.
  if (d.released) return o === self;
  const a = elementsOf(core, self);
  const b = elementsOf(core, o);
  if (a === null || b === null) return false;
  return a.length === b.length && a.every((x, i) => unpackedEq(x, b[i]));
}

class ViewIterator extends PyIterator {
  private k = 0;
  constructor(private readonly core: CoreApi, private readonly view: PyInstance) {
    super();
  }
  next(): Value | undefined {
    const d = live(this.view);
    if (this.k >= d.count) return undefined;
    return readElement(this.core, d, bytesOf(d).bytes, this.k++);
  }
  children(): readonly Value[] {
    return [this.view];
  }
}

type Method = (core: Core, self: PyInstance, d: ViewData, args: Value[], kw: Kwargs) => Value;

function method(name: string, min: number, max: number, f: Method, whenReleased = false): [string, BuiltinFunction] {
  return [name, new BuiltinFunction(name, (c, args, kwargs) => {
    const self = args[0] as PyInstance;
    const d = whenReleased ? viewData(self)! : live(self);
    const rest = args.slice(1);
    if (kwargs && kwargs.size && name !== "cast" && name !== "hex") throw typeError(`memoryview.${name}() takes no keyword arguments`);
    if (rest.length < min || rest.length > max) {
      throw typeError(max === 0 ? `memoryview.${name}() takes no arguments (${rest.length} given)` : `memoryview.${name}() takes at most ${max} argument${max === 1 ? "" : "s"} (${rest.length} given)`);
    }
    return f(c as Core, self, d, rest, kwargs);
  })];
}

const VIEW_ATTRIBUTES = ["format", "itemsize", "nbytes", "readonly", "ndim", "shape", "strides", "suboffsets", "obj", "contiguous", "c_contiguous", "f_contiguous"];

const methods: [string, BuiltinFunction][] = [
  // memoryview(obj): the class model makes the instance (and charges it), __init__ fills it.
  ["__init__", new BuiltinFunction("__init__", (c, args, kwargs) => {
    const obj = args.length > 1 ? args[1] : kwargs?.get("object");
    if (args.length > 2) throw typeError(`memoryview() takes at most 1 argument (${args.length - 1} given)`);
    if (kwargs && [...kwargs.keys()].some((k) => k !== "object")) throw typeError("memoryview() takes at most 1 argument");
    if (obj === undefined) throw typeError("memoryview() missing required argument 'object' (pos 1)");
    const self = args[0] as PyInstance;
    if (self.dict.has(VIEW)) throw typeError("memoryview.__init__: the view is already made");
    c.charge(MEMORYVIEW_BYTES - INSTANCE_BYTES);
    self.dict.set(VIEW, viewOf(obj));
    return null;
  })],
  method("__len__", 0, 0, (_c, _s, d) => d.count),
  method("__getitem__", 1, 1, (c, _s, d, [key]) => {
    if (isSlice(key)) return newView(c, sliced(d, key));
    if (key instanceof PyTuple) throw typeError("memoryview: invalid slice key");
    return readElement(c, d, bytesOf(d).bytes, elementIndex(d, key));
  }),
  method("__setitem__", 2, 2, (c, _s, d, [key, v]) => {
    if (d.readonly) throw typeError("cannot modify read-only memory");
    if (isSlice(key)) {
      const target = sliced(d, key);
      const src = elementsOf(c, v);
      const srcFormat = viewData(v)?.format ?? acquireOrNull(v)?.format;
      if (src === null) throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
      if (srcFormat !== d.format || src.length !== target.count) {
        throw valueError("memoryview assignment: lvalue and rvalue have different structures");
      }
      const a = bytesOf(target, true);
      src.forEach((x, k) => writeElement(target, a.bytes, k, x));
      a.commit();
      return null;
    }
    const a = bytesOf(d, true);
    writeElement(d, a.bytes, elementIndex(d, key), v);
    a.commit();
    return null;
  }),
  method("__delitem__", 1, 1, () => {
    throw typeError("cannot delete memory");
  }),
  method("__iter__", 0, 0, (c, s) => {
    c.charge(16);
    return new ViewIterator(c, s);
  }),
  method("__eq__", 1, 1, (c, s, d, [o]) => viewEquals(c, s, d, o), true),
  method("__ne__", 1, 1, (c, s, d, [o]) => !viewEquals(c, s, d, o), true),
  method("__hash__", 0, 0, (c, _s, d) => {
    if (!d.readonly) throw valueError("cannot hash writable memoryview object");
    if (!"Bbc".includes(d.format)) throw valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    return bytesHash(new PyBytes(contents(d))); // a temporary: not charged
  }),
  method("__repr__", 0, 0, (c, s, d) => c.newStr(`<${d.released ? "released " : ""}memory at 0x${(0x7f0000000000 + s.id * 64).toString(16)}>`), true),
  method("__enter__", 0, 0, (_c, s) => s),
  method("__exit__", 0, 3, (_c, _s, d) => {
    d.released = true;
    return false;
  }, true),
  method("release", 0, 0, (_c, _s, d) => {
    d.released = true;
    return null;
  }, true),
  method("tobytes", 0, 1, (c, _s, d) => newBytes(c, contents(d))),
  method("tolist", 0, 0, (c, _s, d) => {
    const bytes = bytesOf(d).bytes;
    const out: Value[] = [];
    for (let k = 0; k < d.count; k++) out.push(readElement(c, d, bytes, k));
    return c.newList(out);
  }),
  // bytes.hex's rules (sep, bytes_per_sep) on the viewed bytes: one definition of both.
  method("hex", 0, 2, (c, _s, d, args, kw) => bytesMethods.get("hex")!(c, new PyBytes(contents(d)), args, kw)),
  method("toreadonly", 0, 0, (c, _s, d) => newView(c, new ViewData(d.obj, d.format, d.itemsize, d.start, d.count, d.stride, true))),
  method("cast", 1, 2, (c, _s, d, [fmt, shape]) => {
    const code = nativeCode(fmt);
    if (typeof fmt !== "string") throw typeError(`memoryview.cast() argument 'format' must be str, not ${typeName(fmt)}`);
    if (!d.contiguous) throw typeError("memoryview: casts are restricted to C-contiguous views");
    if (code === null) throw valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
    const byteFormat = (f: string) => f === "B" || f === "b" || f === "c";
    if (!byteFormat(d.format) && !byteFormat(code)) throw typeError("memoryview: cannot cast between two non-byte formats");
    const size = NATIVE_SIZE[code];
    const nbytes = d.count * d.itemsize;
    if (nbytes % size !== 0) throw typeError("memoryview: length is not a multiple of itemsize");
    const count = nbytes / size;
    if (shape !== undefined) {
      const dims = shape instanceof PyTuple || (shape as { items?: Value[] })?.items ? (shape as PyTuple).items : null;
      if (!dims || dims.length !== 1 || dims[0] !== count) {
        throw new PyError("NotImplementedError", "memoryview: only one-dimensional casts are supported on the device (shape must be [len])");
      }
    }
    return newView(c, new ViewData(d.obj, code, size, d.start, count, size, d.readonly));
  }),
  // A memoryview has no attribute dict: its attributes are read-only.
  ["__setattr__", new BuiltinFunction("__setattr__", (_c, args) => {
    const name = String(args[1]);
    if (VIEW_ATTRIBUTES.includes(name)) throw new PyError("AttributeError", `attribute '${name}' of 'memoryview' objects is not writable`);
    throw new PyError("AttributeError", `'memoryview' object has no attribute '${name}'`);
  })],
  // Attributes that depend on the state (ValueError once released).
  ["__getattr__", new BuiltinFunction("__getattr__", (c, args) => {
    const [self, name] = args;
    const d = live(self);
    switch (name) {
      case "format": return d.format;
      case "itemsize": return d.itemsize;
      case "nbytes": return d.count * d.itemsize;
      case "readonly": return d.readonly;
      case "ndim": return 1;
      case "shape": return c.newTuple([d.count]);
      case "strides": return c.newTuple([d.stride]);
      case "suboffsets": return c.newTuple([]);
      case "obj": return d.obj;
      case "contiguous": case "c_contiguous": case "f_contiguous": return d.contiguous;
    }
    throw new PyError("AttributeError", `'memoryview' object has no attribute '${String(name)}'`);
  })],
];
// Made with its methods: the class model reads some of them (__setattr__) when a class is made.
const memoryviewClass = new PyClass("memoryview", "builtins", [objectClass], new Map<string, Value>(methods));

/** The built-in `memoryview` (one class shared by every core, as the built-in types). */
export { memoryviewClass };

// A memoryview is bytes-like too: struct, bytes(), b''.join()... read its bytes.
setMemoryviewExporter((v, writable) => {
  const d = viewData(v);
  if (!d) return null;
  if (d.released) throw valueError("operation forbidden on released memoryview object");
  if (d.contiguous) {
    const a = bytesOf(d, writable);
    const bytes = a.bytes.subarray(d.start, d.start + d.count * d.itemsize);
    return { bytes, format: d.format, itemsize: d.itemsize, readonly: d.readonly, commit: a.commit };
  }
  if (writable) throw new PyError("BufferError", "memoryview: underlying buffer is not C-contiguous");
  return { bytes: contents(d), format: d.format, itemsize: d.itemsize, readonly: true, commit: () => {} };
});
