// `binascii`, `hashlib` and `zlib` (Python 3 dialect): byte codecs, checksums and
// digests on the host. The base64 and uuid library modules (binaryCodecsSource.ts)
// are written in ePython on top of these.
//
// binascii: hexlify/b2a_hex (with sep, bytes_per_sep), unhexlify/a2b_hex,
// b2a_base64 (newline=), a2b_base64 (strict_mode=, CPython's non-strict rule: characters
// outside the alphabet are skipped, a complete pad ends the data), crc32, crc_hqx,
// Error (a ValueError), Incomplete. The a2b_* functions take ASCII str too.
// hashlib: new(name, data) and the constructors md5 sha1 sha224 sha256 sha384 sha512
// (portable TypeScript, digests.ts: the VM imports no Node module); a hash object has
// update, digest, hexdigest, copy, name, digest_size, block_size. It holds the running
// state, not the data: charged HASH_BYTES (32) + its block size (64 or 128 B).
// Not provided: sha3_*, blake2*, shake_*, pbkdf2_hmac, hmac.
// zlib: crc32, adler32 (as CPython's: unsigned, with a running value); compress,
// decompress and the stream objects are zlibModule.ts's.

import { expectArgs, expectKwargs, typeName } from "../args.js";
import { intOf } from "../bigint.js";
import { PyBytesLike, bytesArg, newBytes } from "../bytes.js";
import type { Core } from "../core.js";
import { PyError, typeError, valueError } from "../errors.js";
import { PyNativeObject } from "../nativeObject.js";
import { BuiltinFunction, PyBigInt, PyModule, type CoreApi, type Kwargs, type Value } from "../values.js";
import { Digest, DIGESTS, type DigestName } from "./digests.js";
import { def, moduleError, moduleErrorClass } from "./util.js";
import { crc32 as imageCrc32 } from "../../bytecode/checksum.js";
import { addZlib } from "./zlibModule.js";

const binasciiError = moduleErrorClass("Error", "binascii", "ValueError");
const binasciiIncomplete = moduleErrorClass("Incomplete", "binascii", "Exception");

/** A binascii.Error to throw. */
function binasciiErr(message: string): PyError {
  return moduleError(binasciiError, message);
}

/** An unsigned 32-bit result as a device int (a big int above 2**31 - 1). */
function u32(core: CoreApi, x: number): number | PyBigInt {
  return intOf(core, BigInt(x >>> 0));
}

/** A non-negative int argument below 2**32 (a running checksum), as a JS number. */
function u32Arg(v: Value, what: string): number {
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number" && Number.isInteger(v)) return v >>> 0;
  if (v instanceof PyBigInt) return Number(BigInt.asUintN(32, v.v));
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer${what ? "" : ""}`);
}

/** Argument `name` given by position `i` or keyword. */
function arg(args: Value[], kwargs: Kwargs, i: number, name: string): Value | undefined {
  if (i < args.length) {
    if (kwargs?.has(name)) throw typeError(`argument for function given by name ('${name}') and position (${i + 1})`);
    return args[i];
  }
  return kwargs?.get(name);
}

/** The data of an a2b_* argument: bytes-like, or a str of ASCII characters. */
function asciiData(v: Value): Uint8Array {
  if (typeof v === "string") {
    const out = new Uint8Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c > 127) throw valueError("string argument should contain only ASCII characters");
      out[i] = c;
    }
    return out;
  }
  return bytesArg(v, "argument should be bytes, buffer or ASCII string", "not");
}

/** zlib's CRC-32 of `data`, continuing from `start` (the image checksum's code). */
function crc32(data: Uint8Array, start: number): number {
  return imageCrc32(data, 0, data.length, start);
}

/** Adler-32 of `data`, continuing from `start` (zlib.adler32). */
function adler32(data: Uint8Array, start: number): number {
  let a = start & 0xffff, b = (start >>> 16) & 0xffff;
  for (let i = 0; i < data.length; i++) {
    a = (a + data[i]!) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** CRC-CCITT (XModem) of binascii.crc_hqx. */
function crcHqx(data: Uint8Array, start: number): number {
  let crc = start & 0xffff;
  for (let i = 0; i < data.length; i++) {
    crc ^= data[i]! << 8;
    for (let k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_VALUE = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_VALUE[B64.charCodeAt(i)] = i;

function b2aBase64(d: Uint8Array, newline: boolean): Uint8Array {
  let s = "";
  for (let i = 0; i < d.length; i += 3) {
    const n = (d[i]! << 16) | ((d[i + 1] ?? 0) << 8) | (d[i + 2] ?? 0);
    s += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    s += i + 1 < d.length ? B64[(n >> 6) & 63]! : "=";
    s += i + 2 < d.length ? B64[n & 63]! : "=";
  }
  if (newline) s += "\n";
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** CPython 3.11's binascii.a2b_base64, both modes, with its messages. */
function a2bBase64(d: Uint8Array, strict: boolean): Uint8Array {
  const out: number[] = [];
  let quadPos = 0, leftChar = 0, pads = 0, dataChars = 0, paddingStarted = false;
  if (strict && d.length > 0 && d[0] === 0x3d) throw binasciiErr("Leading padding not allowed");
  for (let i = 0; i < d.length; i++) {
    const c = d[i]!;
    if (c === 0x3d) {
      paddingStarted = true;
      pads++;
      if (quadPos >= 2 && quadPos + pads >= 4) {
        // A complete pad ends the data: the rest is ignored unless strict.
        if (strict && i + 1 < d.length) throw binasciiErr("Excess data after padding");
        return Uint8Array.from(out);
      }
      continue;
    }
    const v = B64_VALUE[c]!;
    if (v < 0) {
      if (strict) throw binasciiErr("Only base64 data is allowed");
      continue;
    }
    if (strict && paddingStarted) throw binasciiErr("Discontinuous padding not allowed");
    pads = 0;
    dataChars++;
    switch (quadPos) {
      case 0: quadPos = 1; leftChar = v; break;
      case 1: quadPos = 2; out.push(((leftChar << 2) | (v >> 4)) & 0xff); leftChar = v & 0x0f; break;
      case 2: quadPos = 3; out.push(((leftChar << 4) | (v >> 2)) & 0xff); leftChar = v & 0x03; break;
      default: quadPos = 0; out.push(((leftChar << 6) | v) & 0xff); leftChar = 0;
    }
  }
  if (quadPos !== 0) {
    if (quadPos === 1) {
      throw binasciiErr(`Invalid base64-encoded string: number of data characters (${dataChars}) cannot be 1 more than a multiple of 4`);
    }
    throw binasciiErr("Incorrect padding");
  }
  return Uint8Array.from(out);
}

function hexlify(core: CoreApi, d: Uint8Array, sep: Value | undefined, perSep: number): PyBytesLike {
  let hex = "";
  for (const b of d) hex += b.toString(16).padStart(2, "0");
  if (sep !== undefined && sep !== null && d.length > 0) {
    const s = typeof sep === "string" ? sep : sep instanceof PyBytesLike ? String.fromCharCode(...sep.data) : null;
    if (s === null) throw typeError(`sep must be str or bytes.`);
    if (s.length !== 1) throw valueError("sep must be length 1.");
    const n = Math.abs(perSep);
    if (n > 0 && n < d.length) {
      const pairs = hex.match(/../g)!;
      const groups: string[] = [];
      // A positive count groups from the right (CPython), a negative one from the left.
      if (perSep > 0) for (let end = pairs.length; end > 0; end -= n) groups.unshift(pairs.slice(Math.max(0, end - n), end).join(""));
      else for (let i = 0; i < pairs.length; i += n) groups.push(pairs.slice(i, i + n).join(""));
      hex = groups.join(s);
    }
  }
  return newBytes(core, Uint8Array.from(hex, (c) => c.charCodeAt(0)));
}

function unhexlify(core: CoreApi, d: Uint8Array): PyBytesLike {
  if (d.length % 2) throw binasciiErr("Odd-length string");
  const out = new Uint8Array(d.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = parseInt(String.fromCharCode(d[2 * i]!), 16), lo = parseInt(String.fromCharCode(d[2 * i + 1]!), 16);
    if (Number.isNaN(hi) || Number.isNaN(lo)) throw binasciiErr("Non-hexadecimal digit found");
    out[i] = (hi << 4) | lo;
  }
  return newBytes(core, out);
}

export function createBinascii(core: CoreApi): PyModule {
  void core;
  const mod = new PyModule("binascii");
  mod.set("Error", binasciiError);
  mod.set("Incomplete", binasciiIncomplete);
  for (const name of ["hexlify", "b2a_hex"]) {
    def(mod, name, (c, args, kwargs) => {
      expectKwargs(name, kwargs, ["data", "sep", "bytes_per_sep"]);
      expectArgs(name, args, 0, 3);
      const data = arg(args, kwargs, 0, "data");
      if (data === undefined) throw typeError(`${name}() missing required argument 'data' (pos 1)`);
      const per = arg(args, kwargs, 2, "bytes_per_sep");
      return hexlify(c, bytesArg(data), arg(args, kwargs, 1, "sep"), per === undefined ? 1 : u32Arg(per, "") | 0);
    });
  }
  for (const name of ["unhexlify", "a2b_hex"]) {
    def(mod, name, (c, args, kwargs) => {
      expectKwargs(name, kwargs);
      expectArgs(name, args, 1);
      return unhexlify(c, asciiData(args[0]!));
    });
  }
  def(mod, "b2a_base64", (c, args, kwargs) => {
    expectKwargs("b2a_base64", kwargs, ["newline"]);
    expectArgs("b2a_base64", args, 1);
    const nl = kwargs?.get("newline");
    return newBytes(c, b2aBase64(bytesArg(args[0]!), nl === undefined ? true : nl !== false && nl !== 0 && nl !== null));
  });
  def(mod, "a2b_base64", (c, args, kwargs) => {
    expectKwargs("a2b_base64", kwargs, ["strict_mode"]);
    expectArgs("a2b_base64", args, 1);
    const strict = kwargs?.get("strict_mode");
    return newBytes(c, a2bBase64(asciiData(args[0]!), strict === true || (typeof strict === "number" && strict !== 0)));
  });
  def(mod, "crc32", (c, args, kwargs) => {
    expectKwargs("crc32", kwargs);
    expectArgs("crc32", args, 1, 2);
    return u32(c, crc32(bytesArg(args[0]!), args.length > 1 ? u32Arg(args[1]!, "") : 0));
  });
  def(mod, "crc_hqx", (c, args, kwargs) => {
    expectKwargs("crc_hqx", kwargs);
    expectArgs("crc_hqx", args, 2);
    return crcHqx(bytesArg(args[0]!), u32Arg(args[1]!, ""));
  });
  return mod;
}

export function createZlib(core: CoreApi): PyModule {
  void core;
  const mod = new PyModule("zlib");
  def(mod, "crc32", (c, args, kwargs) => {
    expectKwargs("crc32", kwargs);
    expectArgs("crc32", args, 1, 2);
    return u32(c, crc32(bytesArg(args[0]!), args.length > 1 ? u32Arg(args[1]!, "") : 0));
  });
  def(mod, "adler32", (c, args, kwargs) => {
    expectKwargs("adler32", kwargs);
    expectArgs("adler32", args, 1, 2);
    return u32(c, adler32(bytesArg(args[0]!), args.length > 1 ? u32Arg(args[1]!, "") : 1));
  });
  addZlib(mod);
  return mod;
}

const HASH_BYTES = 32;
let nextHashId = 1;

/** A hashlib hash object: the host's running state (it keeps no data). */
class HashObject extends PyNativeObject {
  override readonly typeName = "_hashlib.HASH";
  private readonly id = nextHashId++;
  constructor(readonly name: DigestName, private state: Digest) {
    super();
  }
  private info() {
    return DIGESTS[this.name];
  }
  update(data: Value): void {
    if (typeof data === "string") throw typeError("Strings must be encoded before hashing");
    let bytes: Uint8Array;
    try {
      bytes = bytesArg(data);
    } catch {
      throw typeError("object supporting the buffer API required");
    }
    this.state.update(bytes);
  }
  digestBytes(): Uint8Array {
    // digest() leaves the object usable: hash a copy of the state.
    return this.state.digest();
  }
  override attr(core: Core, name: string): Value | undefined {
    const self = this;
    const method = (fname: string, fn: (c: CoreApi, args: Value[]) => Value) =>
      new BuiltinFunction(fname, (c, args, kwargs) => {
        expectKwargs(fname, kwargs);
        return fn(c, args);
      });
    switch (name) {
      case "name": return this.name;
      case "digest_size": return this.info().digest;
      case "block_size": return this.info().block;
      case "update": return method("update", (_c, args) => {
        expectArgs("update", args, 1);
        self.update(args[0]!);
        return null;
      });
      case "digest": return method("digest", (c, args) => {
        expectArgs("digest", args, 0);
        return newBytes(c, self.digestBytes());
      });
      case "hexdigest": return method("hexdigest", (c, args) => {
        expectArgs("hexdigest", args, 0);
        return c.newStr(Array.from(self.digestBytes(), (b) => b.toString(16).padStart(2, "0")).join(""));
      });
      case "copy": return method("copy", (c, args) => {
        expectArgs("copy", args, 0);
        c.charge(hashBytes(self.name));
        return new HashObject(self.name, self.state.copy());
      });
    }
    void core;
    return undefined;
  }
  text(): string {
    return `<${this.name} _hashlib.HASH object @ 0x${(0x7f0000000000 + this.id * 0x30).toString(16)}>`;
  }
  children(): readonly Value[] {
    return [];
  }
  bytes(): number {
    return hashBytes(this.name);
  }
}

function hashBytes(name: DigestName): number {
  return HASH_BYTES + DIGESTS[name].block;
}

const isDigestName = (name: string): name is DigestName => Object.prototype.hasOwnProperty.call(DIGESTS, name);

function newHash(core: CoreApi, name: string, data: Value | undefined): HashObject {
  if (!isDigestName(name)) throw valueError(`unsupported hash type ${name}`);
  core.charge(hashBytes(name));
  const h = new HashObject(name, new Digest(name));
  if (data !== undefined) h.update(data);
  return h;
}

export function createHashlib(core: CoreApi): PyModule {
  void core;
  const mod = new PyModule("hashlib");
  for (const name of Object.keys(DIGESTS)) {
    def(mod, name, (c, args, kwargs) => {
      expectKwargs(name, kwargs, ["data", "string", "usedforsecurity"]);
      expectArgs(`openssl_${name}`, args, 0, 1);
      return newHash(c, name, args[0] ?? kwargs?.get("data") ?? kwargs?.get("string"));
    });
  }
  def(mod, "new", (c, args, kwargs) => {
    expectKwargs("new", kwargs, ["name", "data", "string", "usedforsecurity"]);
    expectArgs("new", args, 0, 2);
    const name = args[0] ?? kwargs?.get("name");
    if (typeof name !== "string") throw typeError(`new() argument 'name' must be str, not ${typeName(name)}`);
    return newHash(c, name.toLowerCase(), args[1] ?? kwargs?.get("data") ?? kwargs?.get("string"));
  });
  const names = Object.keys(DIGESTS);
  mod.set("algorithms_guaranteed", core.newTuple(names));
  mod.set("algorithms_available", core.newTuple(names));
  return mod;
}
