// `zlib` (Python 3 dialect): CPython 3.11's zlib module over pako, a TypeScript port
// of zlib itself (the VM imports no Node module, so node:zlib is out of reach; pako
// runs wherever the VM runs, browsers included). compress, decompress, compressobj,
// decompressobj (Compress: compress, flush; Decompress: decompress with max_length,
// flush, unused_data, unconsumed_tail, eof), error, crc32, adler32 and the constants.
//
// Byte equality with CPython: pako is driven through zlib's own stream calls
// (deflateInit2/deflate/inflate...) exactly as CPython's Modules/zlibmodule.c drives
// them, with the classic zlib hash (pako's `legacyHash`: its default hash matches
// Chromium's zlib, not canonical zlib) and CPython's output buffer blocks (32 KB, then
// 64 KB, 256 KB, 1 MB...): zlib's stored blocks (level 0) follow the room left in the
// output buffer, and how much input inflate consumes before max_length is reached
// follows it too (unconsumed_tail). So compress() gives CPython's bytes at every
// level, window size, memLevel and strategy, with zlib, gzip and raw containers.
//
// Not provided: Compress.copy and Decompress.copy (pako has no deflateCopy or
// inflateCopy), zlib.ZlibDecompressor (3.12).

import * as pako from "pako";
import { typeName } from "../args.js";
import { bytesArg, newBytes } from "../bytes.js";
import type { Core } from "../core.js";
import { PyError, typeError, valueError } from "../errors.js";
import { PyNativeObject } from "../nativeObject.js";
import { BuiltinFunction, PyBigInt, PyModule, type CoreApi, type Kwargs, type Value } from "../values.js";
import { def, moduleError, moduleErrorClass } from "./util.js";

const Z_NO_FLUSH = 0, Z_SYNC_FLUSH = 2, Z_FINISH = 4, Z_BLOCK = 5;
const Z_OK = 0, Z_STREAM_END = 1, Z_NEED_DICT = 2, Z_STREAM_ERROR = -2, Z_DATA_ERROR = -3, Z_BUF_ERROR = -5;
const MAX_WBITS = 15, DEF_MEM_LEVEL = 8, DEF_BUF_SIZE = 16384, DEFLATED = 8;

const zlibErrorClass = moduleErrorClass("error", "zlib", "Exception");

/** A zlib.error to throw. */
function zlibErr(message: string): PyError {
  return moduleError(zlibErrorClass, message);
}

/** CPython's zlib_error: zlib's message, or its own for the codes zlib leaves bare. */
function streamError(strm: pako.ZStream | null, err: number, msg: string): PyError {
  let zmsg: string | null = strm?.msg ? strm.msg : null;
  if (zmsg === null) {
    if (err === Z_BUF_ERROR) zmsg = "incomplete or truncated stream";
    else if (err === Z_STREAM_ERROR) zmsg = "inconsistent stream state";
    else if (err === Z_DATA_ERROR) zmsg = "invalid input data";
  }
  return zlibErr(zmsg === null ? `Error ${err} ${msg}` : `Error ${err} ${msg}: ${zmsg}`);
}

const KB = 1024, MB = 1024 * 1024;
/** CPython's _BlocksOutputBuffer block sizes (Include/internal/pycore_blocks_output_buffer.h). */
const BLOCKS = [32 * KB, 64 * KB, 256 * KB, 1 * MB, 4 * MB, 8 * MB, 16 * MB, 16 * MB, 32 * MB, 32 * MB, 32 * MB, 32 * MB, 64 * MB, 64 * MB, 128 * MB, 128 * MB, 256 * MB];

/** CPython's blocks output buffer, writing through a pako stream's next_out/avail_out. */
class OutputBuffer {
  private readonly blocks: Uint8Array[] = [];
  private allocated = 0;
  /** `first`: the first block's size (undefined: CPython's first block, capped by max_length). */
  constructor(private readonly strm: pako.ZStream, private readonly maxLength: number, first?: number) {
    let size = first ?? BLOCKS[0]!;
    if (first === undefined && maxLength >= 0 && size > maxLength) size = maxLength;
    this.add(size);
  }
  private add(size: number): void {
    const block = new Uint8Array(size);
    this.blocks.push(block);
    this.allocated += size;
    this.strm.output = block;
    this.strm.next_out = 0;
    this.strm.avail_out = size;
  }
  grow(): void {
    let size = BLOCKS[Math.min(this.blocks.length, BLOCKS.length - 1)]!;
    if (this.maxLength >= 0 && size > this.maxLength - this.allocated) size = this.maxLength - this.allocated;
    this.add(size);
  }
  dataSize(): number {
    return this.allocated - this.strm.avail_out;
  }
  finish(): Uint8Array {
    const n = this.dataSize();
    if (this.blocks.length === 1) return this.blocks[0]!.subarray(0, n);
    const out = new Uint8Array(n);
    let at = 0;
    for (const b of this.blocks) {
      const take = Math.min(b.length, n - at);
      out.set(b.subarray(0, take), at);
      at += take;
    }
    return out;
  }
}

function setInput(strm: pako.ZStream, data: Uint8Array): void {
  strm.input = data;
  strm.next_in = 0;
  strm.avail_in = data.length;
}

/** The rest of the input from next_in on. */
function leftInput(strm: pako.ZStream, data: Uint8Array): Uint8Array {
  return data.slice(strm.next_in);
}

// ------------------------------------------------------------------ arguments

/**
 * Arguments bound as CPython's Argument Clinic binds them: the first `posOnly` names
 * positional only, then positional-or-keyword, up to `names.length`.
 */
function clinic(fname: string, args: Value[], kwargs: Kwargs, names: readonly string[], posOnly: number, required: number): (Value | undefined)[] {
  if (args.length > names.length) {
    const max = names.length;
    if (max === 0) throw typeError(`${fname}() takes no arguments (${args.length} given)`);
    throw typeError(required === max
      ? `${fname}() takes exactly ${max === 1 ? "one argument" : `${max} arguments`} (${args.length} given)`
      : `${fname}() takes at most ${max} argument${max === 1 ? "" : "s"} (${args.length} given)`);
  }
  const out: (Value | undefined)[] = names.map((_, i) => args[i]);
  if (kwargs) {
    for (const [k, v] of kwargs) {
      const i = names.indexOf(k);
      if (i < posOnly) {
        if (i >= 0 && i >= args.length) throw typeError(`${fname}() got some positional-only arguments passed as keyword arguments: '${k}'`);
        throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
      }
      if (out[i] !== undefined) throw typeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      if (i < posOnly) throw typeError(`${fname}() takes ${required === names.length ? "exactly" : "at least"} ${required === 1 ? "one argument" : `${required} arguments`} (${args.length} given)`);
      throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/** A C int argument (CPython's "i" converter). */
function cInt(v: Value | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number" && Number.isInteger(v)) {
    if (v > 2147483647 || v < -2147483648) throw new PyError("OverflowError", `signed integer is ${v > 0 ? "greater than maximum" : "less than minimum"}`);
    return v;
  }
  if (v instanceof PyBigInt) throw new PyError("OverflowError", `Python int too large to convert to C ${v.v > 0n ? "long" : "long"}`);
  throw typeError(typeof v === "number" ? "'float' object cannot be interpreted as an integer" : `'${typeName(v)}' object cannot be interpreted as an integer`);
}

/** A Py_ssize_t argument (CPython's "n" converter). */
function ssize(v: Value | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (v instanceof PyBigInt) throw new PyError("OverflowError", "Python int too large to convert to C ssize_t");
  throw typeError(typeof v === "number" ? "'float' object cannot be interpreted as an integer" : `'${typeName(v)}' object cannot be interpreted as an integer`);
}

function dataArg(v: Value): Uint8Array {
  return bytesArg(v);
}

// ------------------------------------------------------------------ one-shot

function compress(data: Uint8Array, level: number, wbits: number): Uint8Array {
  const strm = new pako.ZStream();
  const buffer = new OutputBuffer(strm, -1);
  setInput(strm, data);
  const err = pako.zlibDeflateInit2(strm, level, DEFLATED, wbits, DEF_MEM_LEVEL, 0, true);
  if (err === Z_STREAM_ERROR) throw zlibErr("Bad compression level");
  if (err !== Z_OK) throw streamError(strm, err, "while compressing data");
  let st: number;
  do {
    if (strm.avail_out === 0) buffer.grow();
    st = pako.zlibDeflate(strm, Z_FINISH);
    if (st === Z_STREAM_ERROR) throw streamError(strm, st, "while compressing data");
  } while (strm.avail_out === 0);
  pako.zlibDeflateEnd(strm);
  return buffer.finish();
}

function decompress(data: Uint8Array, wbits: number, bufsize: number): Uint8Array {
  if (bufsize < 0) throw valueError("bufsize must be non-negative");
  const strm = new pako.ZStream();
  const buffer = new OutputBuffer(strm, -1, bufsize === 0 ? 1 : bufsize);
  setInput(strm, data);
  let err = pako.zlibInflateInit2(strm, wbits);
  if (err !== Z_OK) throw streamError(strm, err, "while preparing to decompress data");
  do {
    if (strm.avail_out === 0) buffer.grow();
    err = pako.zlibInflate(strm, Z_FINISH);
    if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) throw streamError(strm, err, "while decompressing data");
  } while (strm.avail_out === 0);
  if (err !== Z_STREAM_END) throw streamError(strm, err, "while decompressing data");
  pako.zlibInflateEnd(strm);
  return buffer.finish();
}

// ------------------------------------------------------------------ objects

/** zlib's own working memory for deflate (zlib.h: (1 << (windowBits+2)) + (1 << (memLevel+9))). */
const deflateBytes = (wbits: number, memLevel: number) => (1 << (Math.min(Math.abs(wbits) & 15 || 15, 15) + 2)) + (1 << (memLevel + 9)) + 6 * KB;
/** inflate's: its window and state (zlib.h: 1 << windowBits, plus some 7 KB). */
const inflateBytes = (wbits: number) => (1 << Math.min(Math.abs(wbits) & 15 || 15, 15)) + 7 * KB;

let nextObjectId = 1;

abstract class ZlibObject extends PyNativeObject {
  protected readonly strm = new pako.ZStream();
  protected initialised = false;
  private readonly id = nextObjectId++;
  protected constructor(private readonly size: number) {
    super();
  }
  protected method(fname: string, fn: (c: CoreApi, args: Value[], kwargs: Kwargs) => Value): BuiltinFunction {
    return new BuiltinFunction(fname, fn);
  }
  text(): string {
    return `<${this.typeName} object at 0x${(0x7f0000000000 + this.id * 0x40).toString(16)}>`;
  }
  bytes(): number {
    return this.size;
  }
}

class CompressObject extends ZlibObject {
  override readonly typeName = "zlib.Compress";
  constructor(core: CoreApi, level: number, method: number, wbits: number, memLevel: number, strategy: number, zdict: Uint8Array | null) {
    super(deflateBytes(wbits, memLevel));
    const err = pako.zlibDeflateInit2(this.strm, level, method, wbits, memLevel, strategy as pako.Z_Strategy, true);
    if (err === Z_STREAM_ERROR) throw valueError("Invalid initialization option");
    if (err !== Z_OK) throw streamError(this.strm, err, "while creating compression object");
    this.initialised = true;
    if (zdict !== null) {
      const e = pako.zlibDeflateSetDictionary(this.strm, zdict);
      if (e === Z_STREAM_ERROR) throw valueError("Invalid dictionary");
      if (e !== Z_OK) throw valueError("deflateSetDictionary()");
    }
    core.charge(this.bytes());
  }
  compress(data: Uint8Array): Uint8Array {
    const strm = this.strm;
    setInput(strm, data);
    const buffer = new OutputBuffer(strm, -1);
    do {
      if (strm.avail_out === 0) buffer.grow();
      const err = this.initialised ? pako.zlibDeflate(strm, Z_NO_FLUSH) : Z_STREAM_ERROR;
      if (err === Z_STREAM_ERROR) throw streamError(this.initialised ? strm : null, err, "while compressing data");
    } while (strm.avail_out === 0);
    return buffer.finish();
  }
  flush(mode: number): Uint8Array {
    if (mode === Z_NO_FLUSH) return new Uint8Array(0);
    const strm = this.strm;
    setInput(strm, new Uint8Array(0));
    const buffer = new OutputBuffer(strm, -1);
    // zlib refuses a mode outside 0..Z_BLOCK, or a stream already ended, without a message.
    const live = this.initialised && mode >= 0 && mode <= Z_BLOCK;
    let err: number;
    do {
      if (strm.avail_out === 0) buffer.grow();
      err = live ? pako.zlibDeflate(strm, mode as pako.Z_FlushMode) : Z_STREAM_ERROR;
      if (err === Z_STREAM_ERROR) throw streamError(live ? strm : null, err, "while flushing");
    } while (strm.avail_out === 0);
    if (err === Z_STREAM_END && mode === Z_FINISH) {
      pako.zlibDeflateEnd(strm);
      this.initialised = false;
    } else if (err !== Z_OK && err !== Z_BUF_ERROR) {
      throw streamError(strm, err, "while flushing");
    }
    return buffer.finish();
  }
  override attr(_core: Core, name: string): Value | undefined {
    switch (name) {
      case "compress": return this.method("compress", (c, args, kwargs) => {
        const [data] = clinic("compress", args, kwargs, ["data"], 1, 1);
        return newBytes(c, this.compress(dataArg(data!)));
      });
      case "flush": return this.method("flush", (c, args, kwargs) => {
        const [mode] = clinic("flush", args, kwargs, ["mode"], 1, 0);
        return newBytes(c, this.flush(cInt(mode, Z_FINISH)));
      });
    }
    return undefined;
  }
  children(): readonly Value[] {
    return [];
  }
}

class DecompressObject extends ZlibObject {
  override readonly typeName = "zlib.Decompress";
  private unusedData: Value;
  private unconsumedTail: Value;
  private eof = false;
  constructor(private readonly core: CoreApi, wbits: number, private readonly zdict: Value | null) {
    super(inflateBytes(wbits));
    this.unusedData = newBytes(core, new Uint8Array(0));
    this.unconsumedTail = this.unusedData;
    const err = pako.zlibInflateInit2(this.strm, wbits);
    if (err === Z_STREAM_ERROR) throw valueError("Invalid initialization option");
    if (err !== Z_OK) throw streamError(this.strm, err, "while creating decompression object");
    this.initialised = true;
    if (zdict !== null && wbits < 0) this.setDictionary();
    core.charge(this.bytes());
  }
  private setDictionary(): void {
    const err = pako.zlibInflateSetDictionary(this.strm, bytesArg(this.zdict!));
    if (err !== Z_OK) throw streamError(this.strm, err, "while setting zdict");
  }
  /** CPython's save_unconsumed_input. */
  private saveUnconsumed(data: Uint8Array, err: number): void {
    const strm = this.strm;
    if (err === Z_STREAM_END && strm.avail_in > 0) {
      const old = bytesArg(this.unusedData);
      const left = data.subarray(strm.next_in);
      const joined = new Uint8Array(old.length + left.length);
      joined.set(old);
      joined.set(left, old.length);
      this.unusedData = newBytes(this.core, joined);
      strm.avail_in = 0;
    }
    if (strm.avail_in > 0 || bytesArg(this.unconsumedTail).length > 0) {
      this.unconsumedTail = newBytes(this.core, leftInput(strm, data));
    }
  }
  decompress(data: Uint8Array, maxLength: number): Uint8Array {
    if (maxLength < 0) throw valueError("max_length must be non-negative");
    if (maxLength === 0) maxLength = -1;
    const strm = this.strm;
    setInput(strm, data);
    const buffer = new OutputBuffer(strm, maxLength);
    let err: number = Z_OK;
    save: do {
      if (strm.avail_out === 0) {
        if (buffer.dataSize() === maxLength) break;
        buffer.grow();
      }
      err = this.initialised ? pako.zlibInflate(strm, Z_SYNC_FLUSH) : Z_STREAM_ERROR;
      if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) {
        if (err === Z_NEED_DICT && this.zdict !== null) {
          this.setDictionary();
          continue;
        }
        break save;
      }
    } while (strm.avail_out === 0 || err === Z_NEED_DICT);
    this.saveUnconsumed(data, err);
    if (err === Z_STREAM_END) this.eof = true;
    else if (err !== Z_OK && err !== Z_BUF_ERROR) throw streamError(this.initialised ? strm : null, err, "while decompressing data");
    return buffer.finish();
  }
  flush(length: number): Uint8Array {
    if (length <= 0) throw valueError("length must be greater than zero");
    const strm = this.strm;
    const data = bytesArg(this.unconsumedTail);
    setInput(strm, data);
    const buffer = new OutputBuffer(strm, -1, length);
    let err: number;
    do {
      if (strm.avail_out === 0) buffer.grow();
      err = this.initialised ? pako.zlibInflate(strm, Z_FINISH) : Z_STREAM_ERROR;
      if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) break;
    } while (strm.avail_out === 0);
    this.saveUnconsumed(data, err);
    if (err === Z_STREAM_END) {
      this.eof = true;
      this.initialised = false;
      pako.zlibInflateEnd(strm);
    }
    return buffer.finish();
  }
  override attr(_core: Core, name: string): Value | undefined {
    switch (name) {
      case "unused_data": return this.unusedData;
      case "unconsumed_tail": return this.unconsumedTail;
      case "eof": return this.eof;
      case "decompress": return this.method("decompress", (c, args, kwargs) => {
        const [data, maxLength] = clinic("decompress", args, kwargs, ["data", "max_length"], 1, 1);
        return newBytes(c, this.decompress(dataArg(data!), ssize(maxLength, 0)));
      });
      case "flush": return this.method("flush", (c, args, kwargs) => {
        const [length] = clinic("flush", args, kwargs, ["length"], 1, 0);
        return newBytes(c, this.flush(ssize(length, DEF_BUF_SIZE)));
      });
    }
    return undefined;
  }
  children(): readonly Value[] {
    return this.zdict === null ? [this.unusedData, this.unconsumedTail] : [this.unusedData, this.unconsumedTail, this.zdict];
  }
}

// ------------------------------------------------------------------ the module

/** The module's functions and constants; crc32 and adler32 come from binaryCodecs.ts. */
export function addZlib(mod: PyModule): void {
  def(mod, "compress", (c, args, kwargs) => {
    const [data, level, wbits] = clinic("compress", args, kwargs, ["data", "level", "wbits"], 1, 1);
    const bytes = dataArg(data!);
    return newBytes(c, compress(bytes, cInt(level, -1), cInt(wbits, MAX_WBITS)));
  });
  def(mod, "decompress", (c, args, kwargs) => {
    const [data, wbits, bufsize] = clinic("decompress", args, kwargs, ["data", "wbits", "bufsize"], 1, 1);
    const bytes = dataArg(data!);
    return newBytes(c, decompress(bytes, cInt(wbits, MAX_WBITS), ssize(bufsize, DEF_BUF_SIZE)));
  });
  def(mod, "compressobj", (c, args, kwargs) => {
    const [level, method, wbits, memLevel, strategy, zdict] = clinic(
      "compressobj", args, kwargs, ["level", "method", "wbits", "memLevel", "strategy", "zdict"], 0, 0);
    const levelN = cInt(level, -1), methodN = cInt(method, DEFLATED), wbitsN = cInt(wbits, MAX_WBITS);
    const memN = cInt(memLevel, DEF_MEM_LEVEL), strategyN = cInt(strategy, 0);
    const dict = zdict === undefined || zdict === null ? null : dataArg(zdict);
    return new CompressObject(c, levelN, methodN, wbitsN, memN, strategyN, dict);
  });
  def(mod, "decompressobj", (c, args, kwargs) => {
    const [wbits, zdict] = clinic("decompressobj", args, kwargs, ["wbits", "zdict"], 0, 0);
    const wbitsN = cInt(wbits, MAX_WBITS);
    if (zdict !== undefined) {
      try {
        bytesArg(zdict);
      } catch {
        throw typeError("zdict argument must support the buffer protocol");
      }
    }
    return new DecompressObject(c, wbitsN, zdict ?? null);
  });
  mod.set("error", zlibErrorClass);
  const constants: [string, number][] = [
    ["MAX_WBITS", MAX_WBITS], ["DEFLATED", DEFLATED], ["DEF_MEM_LEVEL", DEF_MEM_LEVEL], ["DEF_BUF_SIZE", DEF_BUF_SIZE],
    ["Z_NO_COMPRESSION", 0], ["Z_BEST_SPEED", 1], ["Z_BEST_COMPRESSION", 9], ["Z_DEFAULT_COMPRESSION", -1],
    ["Z_FILTERED", 1], ["Z_HUFFMAN_ONLY", 2], ["Z_RLE", 3], ["Z_FIXED", 4], ["Z_DEFAULT_STRATEGY", 0],
    ["Z_NO_FLUSH", 0], ["Z_PARTIAL_FLUSH", 1], ["Z_SYNC_FLUSH", 2], ["Z_FULL_FLUSH", 3], ["Z_FINISH", 4], ["Z_BLOCK", 5], ["Z_TREES", 6],
  ];
  for (const [name, value] of constants) mod.set(name, value);
  // The zlib whose output pako reproduces (its README: zlib 1.3.2's deflate and inflate).
  mod.set("ZLIB_VERSION", "1.3.2");
  mod.set("ZLIB_RUNTIME_VERSION", "1.3.2");
}
