// bytes and bytearray (Python 3 dialect): immutable and mutable sequences of ints in
// range(0, 256), stored compactly in a Uint8Array — one byte per element, as on the
// device — and charged to the core as such:
//
//   bytes      SIZE.bytesHeader (8 B)      + 1 B per element
//   bytearray  SIZE.bytearrayHeader (16 B) + 1 B per element
//
// A bytearray keeps spare capacity (amortised appends) that the host allocates but
// the core is not charged for: the budget counts elements, as the collector does
// (bytesSize), so a charge and a collection always agree.
//
// This module holds the value classes, their construction, the sequence operations
// the generic operators (ops.ts) delegate to, repr, and the text codecs (utf-8,
// ascii, latin-1) with CPython's error handlers and messages. Methods live in
// methods/bytes.ts.
//
// Invariant: every byte stored is an int in 0..255 (Uint8Array would wrap silently,
// so values are range-checked before they are stored: `byteValue`).

import { PyError, indexError, typeError, valueError } from "./errors.js";
import { asStr, typeName } from "./args.js";
import { SIZE } from "./memory.js";
// ops.ts imports this module too: getIter is only called at run time, so the cycle is safe.
import { getIter } from "./ops.js";
// buffer.ts imports this module too: acquireOrNull is only called at run time.
import { acquireOrNull } from "./buffer.js";
import { type CoreApi, type Kwargs, PyBigInt, PyIterator, PyType, type Value } from "./values.js";
import { indexSizedNumber } from "./indexSized.js";
// classes.ts and numberProtocol.ts reach this module too: both are used at run time only.
import { PyInstance, callSpecial } from "./classes.js";
import { indexSpecial } from "./numberProtocol.js";

/** What bytes and bytearray share: the elements, `len` of them at the start of `buf`. */
export abstract class PyBytesLike {
  constructor(protected buf: Uint8Array, protected len: number) {}
  /** The elements (a view: valid until a bytearray next changes size). */
  get data(): Uint8Array {
    return this.len === this.buf.length ? this.buf : this.buf.subarray(0, this.len);
  }
  get length(): number {
    return this.len;
  }
  /** Element i; 0 <= i < length (callers normalise). */
  at(i: number): number {
    return this.buf[i]!;
  }
}

/** An immutable byte string (hashable). */
export class PyBytes extends PyBytesLike {
  constructor(data: Uint8Array) {
    super(data, data.length);
  }
}

/** A mutable byte string (unhashable): supports item and slice assignment and growth. */
export class PyByteArray extends PyBytesLike {
  constructor(data: Uint8Array) {
    // A copy: the bytearray owns its buffer (its source may be a bytes or a view).
    super(data.slice(), data.length);
  }
  setAt(i: number, b: number): void {
    this.buf[i] = b;
  }
  /** Replaces `count` elements at `at` by `insert` (the splice behind every mutation). */
  splice(at: number, count: number, insert: Uint8Array): void {
    const n = this.len - count + insert.length;
    if (n > this.buf.length) {
      // Capacity grows geometrically so that appends stay amortised O(1).
      const grown = new Uint8Array(Math.max(n, this.buf.length * 2, 16));
      grown.set(this.buf.subarray(0, at));
      grown.set(this.buf.subarray(at + count, this.len), at + insert.length);
      this.buf = grown;
    } else {
      this.buf.copyWithin(at + insert.length, at + count, this.len);
    }
    this.buf.set(insert, at);
    this.len = n;
  }
  /** Appends one byte (0..255): splice(length, 0, [b]) without making a one-byte array. */
  push(b: number): void {
    if (this.len < this.buf.length) this.buf[this.len++] = b;
    else this.splice(this.len, 0, Uint8Array.of(b));
  }
  /** Replaces the whole contents. */
  assign(data: Uint8Array): void {
    this.buf = data.slice();
    this.len = data.length;
  }
}

/** Bytes a bytes or bytearray occupies in its core's memory (charges and the collector agree). */
export function bytesSize(v: PyBytesLike): number {
  return (v instanceof PyByteArray ? SIZE.bytearrayHeader : SIZE.bytesHeader) + v.length;
}

/** Longest byte string the host builds (far above any core's memory). */
const MAX_BYTES = 2 ** 30;

/** A new bytes (or bytearray) of `data`, charged to the core first. */
export function newBytes(core: CoreApi, data: Uint8Array, mutable = false): PyBytesLike {
  reserveBytes(core, data.length, mutable);
  return mutable ? new PyByteArray(data) : new PyBytes(data);
}

/** Charges a byte string of n elements before the host allocates it (MemoryError if too big). */
export function reserveBytes(core: CoreApi, n: number, mutable = false): void {
  const bytes = (mutable ? SIZE.bytearrayHeader : SIZE.bytesHeader) + n;
  core.charge(bytes);
  if (n > MAX_BYTES) {
    core.charge(-bytes);
    throw new PyError("MemoryError", `core ${core.id} cannot build a ${mutable ? "bytearray" : "bytes"} of ${n} bytes`);
  }
}

/** The same kind of byte string as `like` (bytes -> bytes, bytearray -> bytearray). */
export function sameKind(core: CoreApi, like: PyBytesLike, data: Uint8Array): PyBytesLike {
  return newBytes(core, data, like instanceof PyByteArray);
}

export const kindName = (v: PyBytesLike) => (v instanceof PyByteArray ? "bytearray" : "bytes");

/** The elements of a bytes-like argument; TypeError "a bytes-like object is required, not 'str'". */
export function bytesArg(v: Value, what = "a bytes-like object is required", style: "not" | "found" = "not"): Uint8Array {
  if (v instanceof PyBytesLike) return v.data;
  // Other buffers (memoryview, array.array): their bytes, read now.
  const buffer = acquireOrNull(v);
  if (buffer) return buffer.bytes;
  throw typeError(style === "not" ? `${what}, not '${typeName(v)}'` : `${what}, ${typeName(v)} found`);
}

/** An int in range(0, 256) to store (ValueError outside it, TypeError for a non-int). */
export function byteValue(v: Value, what: "byte" | "bytes" = "byte"): number {
  let x: number;
  if (typeof v === "boolean") x = v ? 1 : 0;
  else if (typeof v === "number" && (v | 0) === v) x = v;
  else if (v instanceof PyBigInt) x = -1; // out of range whatever its sign (bytes(range(2**40, ...)))
  else throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (x < 0 || x > 255) throw valueError(`${what} must be in range(0, 256)`);
  return x;
}

// ------------------------------------------------------------------ construction

/**
 * bytes(...) / bytearray(...): no argument, a count of zero bytes, a str with an
 * encoding, a bytes-like object (copied), or an iterable of ints in range(0, 256).
 */
export function constructBytes(core: CoreApi, args: Value[], kw: Kwargs, mutable: boolean): Value {
  const name = mutable ? "bytearray" : "bytes";
  for (const k of kw?.keys() ?? []) {
    if (k !== "source" && k !== "encoding" && k !== "errors") throw typeError(`'${k}' is an invalid keyword argument for ${name}()`);
  }
  if (args.length > 3) throw typeError(`${name}() takes at most 3 arguments (${args.length} given)`);
  // Positional or keyword (None is a value here: bytes(None) is a TypeError).
  const arg = (i: number, k: string) => (i < args.length ? args[i] : kw?.get(k));
  const source = arg(0, "source");
  const encoding = arg(1, "encoding");
  const errors = arg(2, "errors");
  if (source === undefined) {
    if (encoding !== undefined || errors !== undefined) throw typeError(`${encoding !== undefined ? "encoding" : "errors"} without a string argument`);
    return newBytes(core, new Uint8Array(0), mutable);
  }
  if (typeof source === "string") {
    if (encoding === undefined) throw typeError("string argument without an encoding");
    return newBytes(core, encodeText(source, textArg(encoding, name, "encoding"), errors === undefined ? "strict" : textArg(errors, name, "errors")), mutable);
  }
  if (encoding !== undefined || errors !== undefined) throw typeError(`${encoding !== undefined ? "encoding" : "errors"} without a string argument`);
  // bytes(x) asks x's __bytes__ first (bytearray(x) does not), as CPython's bytes_new.
  if (!mutable && source instanceof PyInstance) {
    const made = callSpecial(source, "__bytes__", []);
    if (made !== undefined) {
      if (!(made instanceof PyBytes || (made instanceof PyInstance && made.native instanceof PyBytes))) {
        throw typeError(`__bytes__ returned non-bytes (type ${typeName(made)})`);
      }
      return made;
    }
  }
  if (source instanceof PyBytesLike) {
    if (!mutable && source instanceof PyBytes) return source; // immutable: bytes(b) is b
    return newBytes(core, source.data, mutable);
  }
  // memoryview, array.array: their bytes (CPython's buffer protocol), not their elements.
  const buffer = acquireOrNull(source);
  if (buffer) return newBytes(core, buffer.bytes, mutable);
  // A count: an int, or an object with __index__ (an int subclass's instance too).
  const count = source instanceof PyInstance ? indexSpecial(source) : source;
  if ((typeof count === "number" && (count | 0) === count) || typeof count === "boolean" || count instanceof PyBigInt) {
    // A big count is past any core's memory: reserveBytes raises the sized MemoryError.
    const n = count instanceof PyBigInt ? indexSizedNumber(count) : Number(count);
    if (n < 0) throw valueError("negative count");
    reserveBytes(core, n, mutable);
    const data = new Uint8Array(n);
    return mutable ? new PyByteArray(data) : new PyBytes(data);
  }
  let it: PyIterator;
  try {
    if (source === null) throw typeError("not iterable");
    it = getIter(source);
  } catch (e) {
    if (e instanceof PyError && e.kind === "TypeError") throw typeError(`cannot convert '${typeName(source)}' object to ${name}`);
    throw e;
  }
  // Collected into a growing buffer charged as it grows (an iterator's length is unknown).
  let buf = new Uint8Array(16);
  let n = 0;
  let charged = 0;
  try {
    for (let v = it.next(); v !== undefined; v = it.next()) {
      const b = byteValue(v, mutable ? "byte" : "bytes");
      if (n === buf.length) {
        const grown = new Uint8Array(buf.length * 2);
        grown.set(buf);
        buf = grown;
      }
      core.charge(1);
      charged++;
      buf[n++] = b;
    }
  } catch (e) {
    core.charge(-charged);
    throw e;
  }
  core.charge(-charged);
  return newBytes(core, buf.subarray(0, n), mutable);
}

function textArg(v: Value, fn: string, what: string): string {
  const s = asStr(v);
  if (s === undefined) throw typeError(`${fn}() argument '${what}' must be str, not ${typeName(v)}`);
  return s;
}


/** `bytes.fromhex(s)` / `bytearray.fromhex(s)`: pairs of hex digits, ASCII whitespace between pairs. */
export function fromHex(core: CoreApi, arg: Value, mutable: boolean): Value {
  const s = asStr(arg);
  if (s === undefined) throw typeError(`fromhex() argument must be str, not ${typeName(arg)}`);
  const out: number[] = [];
  const hex = (c: string) => (/^[0-9a-fA-F]$/.test(c) ? parseInt(c, 16) : -1);
  let i = 0;
  while (i < s.length) {
    if (" \t\n\r\v\f".includes(s[i]!)) {
      i++;
      continue;
    }
    const hi = hex(s[i]!);
    if (hi < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = i + 1 < s.length ? hex(s[i + 1]!) : -1;
    if (lo < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return newBytes(core, Uint8Array.from(out), mutable);
}

// ------------------------------------------------------------------ text

/** CPython's bytes repr: b'...' (or b"..." when it holds ' but no "), \xhh for non-printables. */
export function reprBytes(v: PyBytesLike): string {
  const d = v.data;
  let hasSingle = false, hasDouble = false;
  for (const b of d) {
    if (b === 0x27) hasSingle = true;
    else if (b === 0x22) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let s = "b" + q;
  for (const b of d) {
    if (b === 0x27 && q === "'") s += "\\'";
    else if (b === 0x5c) s += "\\\\";
    else if (b === 0x09) s += "\\t";
    else if (b === 0x0a) s += "\\n";
    else if (b === 0x0d) s += "\\r";
    else if (b < 0x20 || b >= 0x7f) s += "\\x" + b.toString(16).padStart(2, "0");
    else s += String.fromCharCode(b);
  }
  s += q;
  return v instanceof PyByteArray ? `bytearray(${s})` : s;
}

/** The elements as a JS string of code units 0..255 (for searching with string methods). */
export function latin1(d: Uint8Array): string {
  let s = "";
  for (let i = 0; i < d.length; i += 8192) s += String.fromCharCode(...d.subarray(i, i + 8192));
  return s;
}

/** The inverse of latin1 (every code unit is already < 256). */
export function fromLatin1(s: string): Uint8Array {
  const d = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) d[i] = s.charCodeAt(i);
  return d;
}

// ------------------------------------------------------------------ codecs

type Codec = "utf-8" | "ascii" | "latin-1";
const CODECS: Record<string, Codec> = {
  "utf-8": "utf-8", utf8: "utf-8", "u8": "utf-8", "utf": "utf-8", "cp65001": "utf-8",
  ascii: "ascii", "us-ascii": "ascii", "646": "ascii",
  "latin-1": "latin-1", latin1: "latin-1", "iso-8859-1": "latin-1", "iso8859-1": "latin-1", l1: "latin-1", "8859": "latin-1", latin: "latin-1",
};

/** The codec named by `encoding` (case, '_' and ' ' ignored as CPython's normaliser does); LookupError otherwise. */
function codecOf(encoding: string): Codec {
  const c = CODECS[encoding.toLowerCase().replace(/[_ ]/g, "-")];
  if (!c) throw new PyError("LookupError", `unknown encoding: ${encoding}`);
  return c;
}

const HANDLERS = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"];

function handler(errors: string, decoding: boolean): string {
  if (!HANDLERS.includes(errors) || (decoding && errors === "xmlcharrefreplace")) {
    throw new PyError("LookupError", `unknown error handler name '${errors}'`);
  }
  return errors;
}

/** A code point as CPython's codec messages show it: '\xe9', '\u20ac', '\U0001f600'. */
function escapedChar(cp: number): string {
  if (cp < 0x100) return "\\x" + cp.toString(16).padStart(2, "0");
  if (cp < 0x10000) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}

/** str.encode / bytes(str, encoding, errors). */
export function encodeText(s: string, encoding: string, errors: string): Uint8Array {
  const codec = codecOf(encoding);
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  const limit = codec === "ascii" ? 0x80 : codec === "latin-1" ? 0x100 : 0x110000;
  const bad = (cp: number) => cp >= limit || (codec === "utf-8" && cp >= 0xd800 && cp <= 0xdfff);
  const out: number[] = [];
  const put = (cp: number) => {
    if (codec !== "utf-8" || cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  };
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    if (!bad(cp)) {
      put(cp);
      continue;
    }
    // The run of unencodable characters is reported (and replaced) as one error, as CPython does.
    let end = i + 1;
    while (end < cps.length && bad(cps[end]!)) end++;
    switch (handler(errors, false)) {
      case "strict": {
        const reason = codec === "utf-8" ? "surrogates not allowed" : `ordinal not in range(${limit})`;
        const what = end - i === 1 ? `character '${escapedChar(cp)}' in position ${i}` : `characters in position ${i}-${end - 1}`;
        const e = new PyError("UnicodeEncodeError", `'${codec}' codec can't encode ${what}: ${reason}`);
        e.args = [codec, s, i, end, reason]; // CPython's five (unicodeError.ts): e.start, e.reason...
        throw e;
      }
      case "ignore": break;
      case "replace": for (let k = i; k < end; k++) out.push(0x3f); break;
      case "backslashreplace":
        for (let k = i; k < end; k++) for (const c of escapedChar(cps[k]!)) out.push(c.charCodeAt(0));
        break;
      case "xmlcharrefreplace":
        for (let k = i; k < end; k++) for (const c of `&#${cps[k]};`) out.push(c.charCodeAt(0));
        break;
    }
    i = end - 1;
  }
  return Uint8Array.from(out);
}

/**
 * One malformed UTF-8 sequence starting at d[i] (CPython's decoder, Objects/stringlib/
 * codecs.h): its length in bytes and the reason. Returns null for a well-formed sequence.
 */
function utf8Error(d: Uint8Array, i: number): { end: number; reason: string } | null {
  const b = d[i]!;
  const n = d.length;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => k < n && d[k]! >= lo && d[k]! <= hi;
  let need: number, lo = 0x80, hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) lo = 0xa0;
    if (b === 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) lo = 0x90;
    if (b === 0xf4) hi = 0x8f;
  } else return { end: i + 1, reason: "invalid start byte" };
  for (let k = 1; k <= need; k++) {
    if (i + k >= n) return { end: n, reason: "unexpected end of data" };
    if (!(k === 1 ? cont(i + k, lo, hi) : cont(i + k))) return { end: i + k, reason: "invalid continuation byte" };
  }
  return null;
}

/** bytes.decode / str(b, encoding, errors). */
export function decodeBytes(d: Uint8Array, encoding: string, errors: string): string {
  const codec = codecOf(encoding);
  if (codec === "latin-1") return latin1(d);
  let s = "";
  let run = 0; // start of the pending run of plain ASCII bytes
  const flush = (to: number) => {
    if (to > run) s += latin1(d.subarray(run, to));
  };
  let i = 0;
  while (i < d.length) {
    const b = d[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    flush(i);
    let err: { end: number; reason: string } | null;
    if (codec === "ascii") err = { end: i + 1, reason: "ordinal not in range(128)" };
    else err = utf8Error(d, i);
    if (err === null) {
      const need = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : 1;
      let cp = b & (0x3f >> need);
      for (let k = 1; k <= need; k++) cp = (cp << 6) | (d[i + k]! & 0x3f);
      s += String.fromCodePoint(cp);
      i += need + 1;
    } else {
      switch (handler(errors, true)) {
        case "strict": {
          const what = err.end - i === 1
            ? `byte 0x${b.toString(16).padStart(2, "0")} in position ${i}`
            : `bytes in position ${i}-${err.end - 1}`;
          const e = new PyError("UnicodeDecodeError", `'${codec}' codec can't decode ${what}: ${err.reason}`);
          e.args = [codec, new PyBytes(d.slice()), i, err.end, err.reason];
          throw e;
        }
        case "ignore": break;
        case "replace": s += "\ufffd"; break;
        case "backslashreplace":
          for (let k = i; k < err.end; k++) s += "\\x" + d[k]!.toString(16).padStart(2, "0");
          break;
      }
      i = err.end;
    }
    run = i;
  }
  flush(d.length);
  return s;
}

// ------------------------------------------------------------------ operations

/** Iterates the elements as ints (a bytearray's current contents, as CPython does). */
export class BytesIterator extends PyIterator {
  i = 0;
  constructor(readonly seq: PyBytesLike, readonly backwards = false) {
    super();
    if (backwards) this.i = seq.length - 1;
  }
  next(): Value | undefined {
    const s = this.seq;
    if (this.backwards) {
      if (this.i < 0 || this.i >= s.length) return undefined;
      return s.at(this.i--);
    }
    return this.i < s.length ? s.at(this.i++) : undefined;
  }
  override lengthHint(): number {
    if (this.backwards) return this.i >= 0 && this.i < this.seq.length ? this.i + 1 : 0;
    return Math.max(0, this.seq.length - this.i);
  }
  children(): readonly Value[] {
    return [this.seq];
  }
}

/** The bytes `a + b` or `a += b` adds: any bytes-like b (memoryview, array.array too), as CPython's buffer protocol. */
export function concatOperand(a: PyBytesLike, b: Value): Uint8Array {
  const data = b instanceof PyBytesLike ? b.data : acquireOrNull(b)?.bytes;
  if (data === undefined) throw typeError(`can't concat ${typeName(b)} to ${kindName(a)}`);
  return data;
}

/** `a + b` with a bytes-like left operand. */
export function concatBytes(core: CoreApi, a: PyBytesLike, b: Value): Value {
  const data = concatOperand(a, b);
  const n = a.length + data.length;
  reserveBytes(core, n, a instanceof PyByteArray);
  const d = new Uint8Array(n);
  d.set(a.data);
  d.set(data, a.length);
  return a instanceof PyByteArray ? new PyByteArray(d) : new PyBytes(d);
}

/** `a += b` on a bytearray: b's bytes (concatOperand) appended in place (identity kept). */
export function iconcatByteArray(core: CoreApi, a: PyByteArray, b: Value): void {
  const add = concatOperand(a, b).slice();
  core.charge(add.length);
  a.splice(a.length, 0, add);
}

/** `b * n`. */
export function repeatBytes(core: CoreApi, a: PyBytesLike, count: number): Value {
  const n = a.length * Math.max(0, count);
  reserveBytes(core, n, a instanceof PyByteArray);
  const d = new Uint8Array(n);
  for (let k = 0; k < n; k += a.length) d.set(a.data, k);
  return a instanceof PyByteArray ? new PyByteArray(d) : new PyBytes(d);
}

/** The ints of an iterable as bytes (bytearray.extend's argument). */
export function itemsToBytes(v: Value): Uint8Array {
  if (v instanceof PyBytesLike) return v.data.slice();
  let it: PyIterator;
  try {
    it = getIter(v);
  } catch (e) {
    if (e instanceof PyError && e.kind === "TypeError") throw typeError(`can't extend bytearray with ${typeName(v)}`);
    throw e;
  }
  const out: number[] = [];
  for (let x = it.next(); x !== undefined; x = it.next()) out.push(byteValue(x));
  return Uint8Array.from(out);
}

/** Lexicographic comparison of the elements: <0, 0, >0. */
export function compareBytes(a: PyBytesLike, b: PyBytesLike): number {
  const p = a.data, q = b.data;
  const n = Math.min(p.length, q.length);
  for (let i = 0; i < n; i++) if (p[i] !== q[i]) return p[i]! - q[i]!;
  return p.length - q.length;
}

/**
 * `x in b`: an int in range(0, 256), or the bytes of any buffer (bytes, bytearray,
 * memoryview, array.array) as a subsequence; CPython's TypeError for anything else.
 */
export function bytesContains(b: PyBytesLike, item: Value): boolean {
  if ((typeof item === "number" && (item | 0) === item) || typeof item === "boolean") return b.data.includes(byteValue(item));
  return latin1(b.data).includes(latin1(bytesArg(item)));
}

/** CPython's bytes hash is randomised per run; here FNV-1a over the bytes (deterministic). */
export function bytesHash(b: PyBytes): number {
  let h = 0x811c9dc5 | 0;
  for (const x of b.data) h = Math.imul(h ^ x, 0x01000193);
  return h === -1 ? -2 : h;
}

/** An index into a byte string (negative from the end); IndexError / TypeError as CPython. */
export function bytesIndex(b: PyBytesLike, index: Value): number {
  let i: number;
  if (typeof index === "number" && (index | 0) === index) i = index;
  else {
    // A bool, or an object's __index__ (an int subclass's instance too).
    const x = index instanceof PyInstance ? indexSpecial(index) : index;
    if (typeof x === "number" && (x | 0) === x) i = x;
    else if (typeof x === "boolean") i = x ? 1 : 0;
    else if (x instanceof PyBigInt) throw indexError("cannot fit 'int' into an index-sized integer");
    else throw typeError(`${b instanceof PyByteArray ? "bytearray" : "byte"} indices must be integers or slices, not ${typeName(index)}`);
  }
  const k = i < 0 ? i + b.length : i;
  if (k < 0 || k >= b.length) throw indexError(b instanceof PyByteArray ? "bytearray index out of range" : "index out of range");
  return k;
}

/** The elements at lo, lo+st, ... (count of them): the bytes of a slice. */
export function sliceData(b: PyBytesLike, lo: number, st: number, count: number): Uint8Array {
  if (st === 1) return b.data.slice(lo, lo + count);
  const d = new Uint8Array(count);
  for (let k = 0, i = lo; k < count; k++, i += st) d[k] = b.at(i);
  return d;
}

/** `ba[lo:hi:st] = v` on a bytearray (bounds already clamped by ops.sliceIndices). */
export function setByteSlice(core: CoreApi, a: PyByteArray, lo: number, hi: number, st: number, count: number, v: Value): void {
  if ((typeof v === "number" && (v | 0) === v) || typeof v === "boolean") {
    throw typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  }
  if (typeof v === "string") throw typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  const items = itemsToBytes(v);
  if (st === 1) {
    const width = Math.max(0, hi - lo);
    core.charge(items.length - width);
    a.splice(lo, width, items);
    return;
  }
  if (count !== items.length) throw valueError(`attempt to assign bytes of size ${items.length} to extended slice of size ${count}`);
  for (let i = lo, k = 0; k < count; k++, i += st) a.setAt(i, items[k]!);
}

/** `del ba[lo:hi:st]` on a bytearray. */
export function delByteSlice(a: PyByteArray, lo: number, st: number, count: number): void {
  if (count === 0) return;
  if (st < 0) {
    // The same elements, walked upwards.
    lo = lo + (count - 1) * st;
    st = -st;
  }
  if (st === 1) a.splice(lo, count, new Uint8Array(0));
  else {
    const d = a.data;
    const kept: number[] = [];
    for (let i = 0; i < d.length; i++) if (i < lo || (i - lo) % st !== 0 || (i - lo) / st >= count) kept.push(d[i]!);
    a.assign(Uint8Array.from(kept));
  }
}

// ------------------------------------------------------------------ types

export const bytesType = new PyType("bytes", (core, args, kw) => constructBytes(core, args, kw, false));
export const bytearrayType = new PyType("bytearray", (core, args, kw) => constructBytes(core, args, kw, true));
