// The bridge protocol's byte level: frames and tagged values (docs/protocol.md).
//
// A frame is `u32 length (LE) | u8 type | u32 id | values...`; `length` counts the
// bytes after itself. The body is zero or more tagged values read to the frame's
// end. Both the server (this file) and the CPython package (python/epython/_wire.py)
// implement the same tables; PROTOCOL_VERSION changes whenever either changes.
//
// Invariants: encode(decode(x)) is byte-identical for every value this module
// produces; a malformed frame throws WireError (the server answers it with an
// error reply and never crashes on it).

/** Bumped on any incompatible change of frames, message types or value tags. */
export const PROTOCOL_VERSION = 1;

/** Largest frame either side accepts: a guard against a desynchronised stream. */
export const MAX_FRAME_BYTES = 1 << 30;

export const Msg = {
  // requests (client -> server)
  HELLO: 0x01, OPEN: 0x02, LOAD: 0x03, LAUNCH: 0x04, WAIT: 0x05, WAIT_ANY: 0x06,
  TEST: 0x07, DEFINE: 0x08, COPY_TO: 0x09, COPY_FROM: 0x0a, STATS: 0x0b, RELEASE: 0x0c,
  SHUTDOWN: 0x0f,
  // replies (server -> client, same id as the request)
  OK: 0x80, ERROR: 0x81,
  // events (server -> client, id 0)
  OUTPUT: 0xc0, DONE: 0xc1,
} as const;

export const Tag = {
  NONE: 0x00, FALSE: 0x01, TRUE: 0x02, INT: 0x03, BIGINT: 0x04, FLOAT: 0x05, STR: 0x06,
  LIST: 0x07, TUPLE: 0x08, MAP: 0x09, ARRAY_REF: 0x0a,
  // Packed lists (same meaning as LIST, smaller and much faster to decode): every
  // list of two or more floats, or of two or more ints in the int32 range, is sent so.
  FLOAT_LIST: 0x0b, INT32_LIST: 0x0c,
} as const;

/** Element type codes of ARRAY_REF values. */
export const ELEMENT_CODES = ["int32", "float32", "float64"] as const;
/** Memory kind codes of ARRAY_REF values. */
export const KIND_CODES = ["host", "shared", "device"] as const;

/** An array living in a POSIX shared-memory segment of the client. */
export interface WireArrayRef {
  readonly shm: string;
  readonly byteOffset: number;
  readonly length: number;
  readonly type: (typeof ELEMENT_CODES)[number];
  readonly kind: (typeof KIND_CODES)[number];
  readonly prefetch: number;
}

/** The wire's float: kept distinct from ints even when integral (2.0). */
export class WireFloat {
  constructor(readonly value: number) {}
}

/** A tuple on the wire (lists are plain arrays). */
export class WireTuple {
  constructor(readonly items: WireValue[]) {}
}

/**
 * A list of floats (or of int32 ints) held packed: results of the device's numeric
 * lists travel without an object per element. Encoded as FLOAT_LIST / INT32_LIST;
 * decoding gives plain arrays (WireFloat / number elements).
 */
export class PackedFloats {
  constructor(readonly values: Float64Array) {}
}
export class PackedInts {
  constructor(readonly values: Int32Array) {}
}

export class WireArray {
  constructor(readonly ref: WireArrayRef) {}
}

export type WireValue =
  | null | boolean | number | bigint | WireFloat | string | WireValue[] | WireTuple
  | Map<string, WireValue> | WireArray | PackedFloats | PackedInts;

export class WireError extends Error {}

export interface Frame {
  type: number;
  id: number;
  body: WireValue[];
}

const utf8 = new TextEncoder();
const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const fromUtf8 = new TextDecoder("utf-8", { fatal: true });

/** A growable byte buffer. */
class Writer {
  private buf = new Uint8Array(256);
  private view = new DataView(this.buf.buffer);
  length = 0;
  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }
  u8(v: number): void { this.room(1); this.buf[this.length++] = v; }
  u32(v: number): void { this.room(4); this.view.setUint32(this.length, v, true); this.length += 4; }
  u64(v: number): void { this.room(8); this.view.setBigUint64(this.length, BigInt(v), true); this.length += 8; }
  i32(v: number): void { this.room(4); this.view.setInt32(this.length, v, true); this.length += 4; }
  i64(v: bigint): void { this.room(8); this.view.setBigInt64(this.length, v, true); this.length += 8; }
  f64(v: number): void { this.room(8); this.view.setFloat64(this.length, v, true); this.length += 8; }
  /** A typed array's elements, little-endian. */
  littleEndian(a: Float64Array | Int32Array): void {
    if (LITTLE_ENDIAN_HOST) {
      this.bytes(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    } else if (a instanceof Float64Array) {
      for (const x of a) this.f64(x);
    } else {
      for (const x of a) this.i32(x);
    }
  }
  bytes(b: Uint8Array): void { this.room(b.length); this.buf.set(b, this.length); this.length += b.length; }
  str(s: string): void { const b = utf8.encode(s); this.u32(b.length); this.bytes(b); }
  patchU32(at: number, v: number): void { this.view.setUint32(at, v, true); }
  result(): Uint8Array { return this.buf.subarray(0, this.length); }
}

const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;

/** The packed tag a list can travel with, or null. */
function packing(v: readonly WireValue[]): number | null {
  if (v.every((x) => x instanceof WireFloat)) return Tag.FLOAT_LIST;
  if (v.every((x) => typeof x === "number" && (x | 0) === x)) return Tag.INT32_LIST;
  return null;
}

function writeValue(w: Writer, v: WireValue): void {
  if (v === null) w.u8(Tag.NONE);
  else if (v === false) w.u8(Tag.FALSE);
  else if (v === true) w.u8(Tag.TRUE);
  else if (typeof v === "number") {
    if (!Number.isSafeInteger(v)) throw new WireError(`not an integer: ${v} (send floats as WireFloat)`);
    w.u8(Tag.INT); w.i64(BigInt(v));
  } else if (typeof v === "bigint") {
    if (v >= I64_MIN && v <= I64_MAX) { w.u8(Tag.INT); w.i64(v); } else { w.u8(Tag.BIGINT); w.str(v.toString()); }
  } else if (v instanceof WireFloat) { w.u8(Tag.FLOAT); w.f64(v.value); }
  else if (typeof v === "string") { w.u8(Tag.STR); w.str(v); }
  else if (Array.isArray(v)) {
    const packed = v.length >= 2 ? packing(v) : null;
    if (packed === Tag.FLOAT_LIST) {
      w.u8(Tag.FLOAT_LIST); w.u32(v.length);
      for (const x of v) w.f64((x as WireFloat).value);
    } else if (packed === Tag.INT32_LIST) {
      w.u8(Tag.INT32_LIST); w.u32(v.length);
      for (const x of v) w.i32(x as number);
    } else {
      w.u8(Tag.LIST); w.u32(v.length); for (const x of v) writeValue(w, x);
    }
  }
  else if (v instanceof WireTuple) { w.u8(Tag.TUPLE); w.u32(v.items.length); for (const x of v.items) writeValue(w, x); }
  else if (v instanceof Map) {
    w.u8(Tag.MAP); w.u32(v.size);
    for (const [k, x] of v) { w.str(k); writeValue(w, x); }
  } else if (v instanceof PackedFloats || v instanceof PackedInts) {
    w.u8(v instanceof PackedFloats ? Tag.FLOAT_LIST : Tag.INT32_LIST);
    w.u32(v.values.length);
    w.littleEndian(v.values);
  } else if (v instanceof WireArray) {
    const r = v.ref;
    w.u8(Tag.ARRAY_REF); w.str(r.shm); w.u64(r.byteOffset); w.u64(r.length);
    w.u8(ELEMENT_CODES.indexOf(r.type)); w.u8(KIND_CODES.indexOf(r.kind)); w.u32(r.prefetch);
  } else throw new WireError(`cannot encode ${typeof v}`);
}

/** One frame's bytes, length prefix included. */
export function encodeFrame(type: number, id: number, body: readonly WireValue[]): Uint8Array {
  const w = new Writer();
  w.u32(0);
  w.u8(type);
  w.u32(id);
  for (const v of body) writeValue(w, v);
  w.patchU32(0, w.length - 4);
  return w.result();
}

class Reader {
  private pos = 0;
  private readonly view: DataView;
  constructor(private readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  get done(): boolean { return this.pos >= this.buf.length; }
  get remaining(): number { return this.buf.length - this.pos; }
  private need(n: number): void {
    if (this.pos + n > this.buf.length) throw new WireError("truncated value in frame");
  }
  u8(): number { this.need(1); return this.buf[this.pos++]; }
  u32(): number { this.need(4); const v = this.view.getUint32(this.pos, true); this.pos += 4; return v; }
  u64(): number {
    this.need(8);
    const v = this.view.getBigUint64(this.pos, true); this.pos += 8;
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new WireError("64-bit size out of range");
    return Number(v);
  }
  i32(): number { this.need(4); const v = this.view.getInt32(this.pos, true); this.pos += 4; return v; }
  i64(): bigint { this.need(8); const v = this.view.getBigInt64(this.pos, true); this.pos += 8; return v; }
  f64(): number { this.need(8); const v = this.view.getFloat64(this.pos, true); this.pos += 8; return v; }
  str(): string {
    const n = this.u32(); this.need(n);
    const s = fromUtf8.decode(this.buf.subarray(this.pos, this.pos + n)); this.pos += n;
    return s;
  }
  count(): number {
    const n = this.u32();
    // Every element takes at least one byte: a larger count is a corrupt frame.
    if (n > this.buf.length - this.pos) throw new WireError("element count exceeds the frame");
    return n;
  }
  value(depth = 0): WireValue {
    if (depth > 100) throw new WireError("values nested too deeply");
    const tag = this.u8();
    switch (tag) {
      case Tag.NONE: return null;
      case Tag.FALSE: return false;
      case Tag.TRUE: return true;
      case Tag.INT: {
        const v = this.i64();
        return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
      }
      case Tag.BIGINT: {
        const text = this.str();
        if (!/^-?\d+$/.test(text)) throw new WireError(`bad integer text '${text}'`);
        return BigInt(text);
      }
      case Tag.FLOAT: return new WireFloat(this.f64());
      case Tag.STR: return this.str();
      case Tag.LIST: case Tag.TUPLE: {
        const n = this.count();
        const items: WireValue[] = [];
        for (let i = 0; i < n; i++) items.push(this.value(depth + 1));
        return tag === Tag.LIST ? items : new WireTuple(items);
      }
      case Tag.FLOAT_LIST: case Tag.INT32_LIST: {
        const n = this.u32();
        const size = tag === Tag.FLOAT_LIST ? 8 : 4;
        if (n * size > this.remaining) throw new WireError("packed list exceeds the frame");
        const items: WireValue[] = new Array(n);
        for (let i = 0; i < n; i++) items[i] = tag === Tag.FLOAT_LIST ? new WireFloat(this.f64()) : this.i32();
        return items;
      }
      case Tag.MAP: {
        const n = this.count();
        const m = new Map<string, WireValue>();
        for (let i = 0; i < n; i++) { const k = this.str(); m.set(k, this.value(depth + 1)); }
        return m;
      }
      case Tag.ARRAY_REF: {
        const shm = this.str();
        const byteOffset = this.u64();
        const length = this.u64();
        const type = ELEMENT_CODES[this.u8()];
        const kind = KIND_CODES[this.u8()];
        const prefetch = this.u32();
        if (type === undefined) throw new WireError("unknown array element type code");
        if (kind === undefined) throw new WireError("unknown memory kind code");
        return new WireArray({ shm, byteOffset, length, type, kind, prefetch });
      }
      default: throw new WireError(`unknown value tag 0x${tag.toString(16)}`);
    }
  }
}

/** Decodes one frame's payload (the bytes after the length prefix). */
export function decodeFrame(payload: Uint8Array): Frame {
  if (payload.length < 5) throw new WireError("frame shorter than its header");
  const r = new Reader(payload);
  const type = r.u8();
  const id = r.u32();
  const body: WireValue[] = [];
  while (!r.done) body.push(r.value());
  return { type, id, body };
}

/**
 * Splits a byte stream into frame payloads. Feed it chunks as they arrive; it
 * returns the complete payloads and keeps the remainder.
 */
export class FrameSplitter {
  private pending: Uint8Array = new Uint8Array(0);
  push(chunk: Uint8Array): Uint8Array[] {
    const data = this.pending.length === 0 ? chunk : concat(this.pending, chunk);
    const out: Uint8Array[] = [];
    let pos = 0;
    while (data.length - pos >= 4) {
      const n = new DataView(data.buffer, data.byteOffset + pos, 4).getUint32(0, true);
      if (n > MAX_FRAME_BYTES) throw new WireError(`frame of ${n} bytes exceeds the limit (${MAX_FRAME_BYTES})`);
      if (data.length - pos - 4 < n) break;
      out.push(data.slice(pos + 4, pos + 4 + n));
      pos += 4 + n;
    }
    this.pending = data.slice(pos);
    return out;
  }
  /** Bytes of an incomplete frame still waiting for the rest. */
  get buffered(): number { return this.pending.length; }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const c = new Uint8Array(a.length + b.length);
  c.set(a); c.set(b, a.length);
  return c;
}
