// Methods of bytes and bytearray (b"a,b".split(b","), ba.append(1)...). The read-only
// ones are shared: their results have the receiver's kind (a bytearray's split gives
// bytearrays), as CPython. Searching works on the elements as a string of code units
// 0..255 (bytes.ts: latin1), so JS's string search does the work; every new result is
// charged to the core (newBytes). bytearray's mutators charge growth before it happens.

import { SLICE_BOUND, asStr, expectArgs, expectKwargs, toInt, toSliceBound, typeName } from "../args.js";
import { indexError, overflowError, typeError, valueError } from "../errors.js";
import { getIter, truthy } from "../ops.js";
import {
  PyByteArray, PyBytes, PyBytesLike, byteValue, bytesArg, decodeBytes, encodeText,
  fromLatin1, itemsToBytes, kindName, latin1, newBytes, reserveBytes, sameKind,
} from "../bytes.js";
import { BuiltinFunction, type CoreApi, type Kwargs, PyBigInt, PyTuple, type Value } from "../values.js";
import { intOf, promotes } from "../bigint.js";
import { numberAttribute } from "./number.js";
import { valueTypeMethod } from "./typeLevel.js";
import { checkStrRoom } from "../growth.js";
import { expandTabs, expandedLength } from "./tabs.js";

export type BytesMethod = (core: CoreApi, self: PyBytesLike, args: Value[], kwargs: Kwargs) => Value;

export const bytesMethods = new Map<string, BytesMethod>();
/** The mutators only a bytearray has. */
export const bytearrayMethods = new Map<string, BytesMethod>();

function def(table: Map<string, BytesMethod>, name: string, min: number, max: number, fn: (core: CoreApi, self: PyBytesLike, args: Value[]) => Value): void {
  table.set(name, (core, self, args, kwargs) => {
    expectKwargs(name, kwargs);
    expectArgs(name, args, min, max);
    return fn(core, self, args);
  });
}

/** A bytes-like or int argument of a search method, as a search string. */
function needle(v: Value): string {
  if (v instanceof PyBytesLike) return latin1(v.data);
  if ((typeof v === "number" && (v | 0) === v) || typeof v === "boolean") return String.fromCharCode(byteValue(v));
  throw typeError(`argument should be integer or bytes-like object, not '${typeName(v)}'`);
}

/** [start, end) of optional slice-like arguments, clamped as a slice. */
function window(n: number, startV: Value | undefined, endV: Value | undefined): [number, number] {
  const idx = (v: Value | undefined, dflt: number) => {
    if (v === undefined || v === null) return dflt;
    const x = toSliceBound(v, SLICE_BOUND);
    return x < 0 ? Math.max(0, x + n) : Math.min(x, n);
  };
  return [idx(startV, 0), idx(endV, n)];
}

function find(self: PyBytesLike, args: Value[], name: string, last: boolean): number {
  expectArgs(name, args, 1, 3);
  const s = latin1(self.data);
  const sub = needle(args[0]!);
  const [start, end] = window(s.length, args[1], args[2]);
  if (end - start < sub.length) return -1;
  const i = last ? s.lastIndexOf(sub, end - sub.length) : s.indexOf(sub, start);
  return i < 0 || i < start || i + sub.length > end ? -1 : i;
}

const result = (core: CoreApi, self: PyBytesLike, s: string) => sameKind(core, self, fromLatin1(s));
const list = (core: CoreApi, self: PyBytesLike, parts: string[]) => core.newList(parts.map((p) => result(core, self, p)));

// ------------------------------------------------------------------ conversion

/**
 * The encoding and errors arguments of encode/decode (positional or keyword; a str
 * subclass's instance is its text), with CPython's messages.
 */
function codecArgs(fn: "encode" | "decode", args: Value[], kw: Kwargs): [string, string] {
  const encV = args[0] ?? kw?.get("encoding") ?? "utf-8";
  const errorsV = args[1] ?? kw?.get("errors") ?? "strict";
  const enc = asStr(encV), errors = asStr(errorsV);
  if (enc === undefined) throw typeError(`${fn}() argument 'encoding' must be str, not ${typeName(encV)}`);
  if (errors === undefined) throw typeError(`${fn}() argument 'errors' must be str, not ${typeName(errorsV)}`);
  return [enc, errors];
}

bytesMethods.set("decode", (core, self, args, kw) => {
  expectKwargs("decode", kw, ["encoding", "errors"]);
  expectArgs("decode", args, 0, 2);
  const [enc, errors] = codecArgs("decode", args, kw);
  return core.newStr(decodeBytes(self.data, enc, errors));
});

bytesMethods.set("hex", (core, self, args, kw) => {
  expectKwargs("hex", kw, ["sep", "bytes_per_sep"]);
  expectArgs("hex", args, 0, 2);
  const sepV = args[0] ?? kw?.get("sep");
  const per = toInt(args[1] ?? kw?.get("bytes_per_sep") ?? 1, "");
  const hexes = Array.from(self.data, (b) => b.toString(16).padStart(2, "0"));
  if (sepV === undefined) return core.newStr(hexes.join(""));
  const sep = typeof sepV === "string" ? sepV : sepV instanceof PyBytesLike ? latin1(sepV.data) : null;
  if (sep === null) throw typeError(`sep must be str or bytes.`);
  if (sep.length !== 1) throw valueError("sep must be length 1.");
  if (per === 0) return core.newStr(hexes.join(""));
  // Groups of |per| bytes, counted from the right when per > 0 (CPython's rule).
  const k = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) {
    for (let end = hexes.length; end > 0; end -= k) groups.unshift(hexes.slice(Math.max(0, end - k), end).join(""));
  } else {
    for (let i = 0; i < hexes.length; i += k) groups.push(hexes.slice(i, i + k).join(""));
  }
  return core.newStr(groups.join(sep));
});

// ------------------------------------------------------------------ searching

def(bytesMethods, "find", 1, 3, (_c, self, args) => find(self, args, "find", false));
def(bytesMethods, "rfind", 1, 3, (_c, self, args) => find(self, args, "rfind", true));
def(bytesMethods, "index", 1, 3, (_c, self, args) => {
  const i = find(self, args, "index", false);
  if (i < 0) throw valueError("subsection not found");
  return i;
});
def(bytesMethods, "rindex", 1, 3, (_c, self, args) => {
  const i = find(self, args, "rindex", true);
  if (i < 0) throw valueError("subsection not found");
  return i;
});
def(bytesMethods, "count", 1, 3, (_c, self, args) => {
  const s = latin1(self.data);
  const sub = needle(args[0]!);
  const [start, end] = window(s.length, args[1], args[2]);
  if (end - start < sub.length) return 0;
  if (sub.length === 0) return end - start + 1;
  let c = 0;
  for (let i = s.indexOf(sub, start); i >= 0 && i + sub.length <= end; i = s.indexOf(sub, i + sub.length)) c++;
  return c;
});

function affix(name: "startswith" | "endswith") {
  def(bytesMethods, name, 1, 3, (_c, self, args) => {
    const s = latin1(self.data);
    const [start, end] = window(s.length, args[1], args[2]);
    const arg = args[0]!;
    const options = arg instanceof PyBytesLike ? [arg] : arg instanceof PyTuple ? arg.items : null;
    if (options === null) throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeName(arg)}`);
    if (start > s.length) return false;
    const part = s.slice(start, Math.max(start, end));
    return options.some((o) => {
      const t = latin1(bytesArg(o, `a bytes-like object is required`));
      return name === "startswith" ? part.startsWith(t) : part.endsWith(t);
    });
  });
}
affix("startswith");
affix("endswith");

// ------------------------------------------------------------------ splitting and joining

const ASCII_WS = " \t\n\r\x0b\x0c";

/** split()/rsplit() with no separator: runs of ASCII whitespace, at most maxsplit splits. */
function splitWhitespace(s: string, maxsplit: number, fromRight: boolean): string[] {
  const out: string[] = [];
  if (!fromRight) {
    let i = 0;
    while (i < s.length) {
      while (i < s.length && ASCII_WS.includes(s[i]!)) i++;
      if (i >= s.length) break;
      if (maxsplit >= 0 && out.length === maxsplit) {
        out.push(s.slice(i)); // the rest as it is, trailing whitespace included (CPython)
        break;
      }
      let j = i;
      while (j < s.length && !ASCII_WS.includes(s[j]!)) j++;
      out.push(s.slice(i, j));
      i = j;
    }
    return out;
  }
  let j = s.length;
  while (j > 0) {
    while (j > 0 && ASCII_WS.includes(s[j - 1]!)) j--;
    if (j <= 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.unshift(s.slice(0, j));
      break;
    }
    let i = j;
    while (i > 0 && !ASCII_WS.includes(s[i - 1]!)) i--;
    out.unshift(s.slice(i, j));
    j = i;
  }
  return out;
}

function splitter(name: "split" | "rsplit") {
  bytesMethods.set(name, (core, self, args, kw) => {
    expectKwargs(name, kw, ["sep", "maxsplit"]);
    expectArgs(name, args, 0, 2);
    const sepV = args[0] ?? kw?.get("sep") ?? null;
    const maxsplit = toInt(args[1] ?? kw?.get("maxsplit") ?? -1, "");
    const s = latin1(self.data);
    if (sepV === null) return list(core, self, splitWhitespace(s, maxsplit, name === "rsplit"));
    const sep = latin1(bytesArg(sepV));
    if (sep.length === 0) throw valueError("empty separator");
    const parts = s.split(sep);
    if (maxsplit < 0 || parts.length - 1 <= maxsplit) return list(core, self, parts);
    return list(core, self, name === "split"
      ? [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)]
      : [parts.slice(0, parts.length - maxsplit).join(sep), ...parts.slice(parts.length - maxsplit)]);
  });
}
splitter("split");
splitter("rsplit");

bytesMethods.set("splitlines", (core, self, args, kw) => {
  expectKwargs("splitlines", kw, ["keepends"]);
  expectArgs("splitlines", args, 0, 1);
  const keep = truthy(args[0] ?? kw?.get("keepends") ?? false);
  // Only \n, \r and \r\n end lines in bytes (str has more line boundaries).
  const s = latin1(self.data);
  const parts: string[] = [];
  let i = 0;
  while (i < s.length) {
    let j = i;
    while (j < s.length && s[j] !== "\n" && s[j] !== "\r") j++;
    const end = j < s.length ? (s[j] === "\r" && s[j + 1] === "\n" ? j + 2 : j + 1) : j;
    parts.push(s.slice(i, keep ? end : j));
    i = end;
  }
  return list(core, self, parts);
});

def(bytesMethods, "join", 1, 1, (core, self, args) => {
  const it = getIter(args[0]!);
  const parts: string[] = [];
  let k = 0;
  for (let v = it.next(); v !== undefined; v = it.next(), k++) {
    parts.push(latin1(bytesArg(v, `sequence item ${k}: expected a bytes-like object`, "found")));
  }
  return result(core, self, parts.join(latin1(self.data)));
});

function partition(name: "partition" | "rpartition") {
  def(bytesMethods, name, 1, 1, (core, self, args) => {
    const s = latin1(self.data);
    const sep = latin1(bytesArg(args[0]!));
    if (sep.length === 0) throw valueError("empty separator");
    const i = name === "partition" ? s.indexOf(sep) : s.lastIndexOf(sep);
    const parts = i < 0
      ? (name === "partition" ? [s, "", ""] : ["", "", s])
      : [s.slice(0, i), sep, s.slice(i + sep.length)];
    return core.newTuple(parts.map((p) => result(core, self, p)));
  });
}
partition("partition");
partition("rpartition");

// ------------------------------------------------------------------ transformation

function stripper(name: "strip" | "lstrip" | "rstrip") {
  def(bytesMethods, name, 0, 1, (core, self, args) => {
    const chars = args[0] === undefined || args[0] === null ? ASCII_WS : latin1(bytesArg(args[0]));
    const s = latin1(self.data);
    let i = 0, j = s.length;
    if (name !== "rstrip") while (i < j && chars.includes(s[i]!)) i++;
    if (name !== "lstrip") while (j > i && chars.includes(s[j - 1]!)) j--;
    // As CPython: bytes (immutable) with nothing to strip is returned itself, not a copy.
    if (i === 0 && j === s.length && self instanceof PyBytes) return self;
    return result(core, self, s.slice(i, j));
  });
}
stripper("strip");
stripper("lstrip");
stripper("rstrip");

def(bytesMethods, "replace", 2, 3, (core, self, args) => {
  const s = latin1(self.data);
  const old = latin1(bytesArg(args[0]!));
  const rep = latin1(bytesArg(args[1]!));
  const count = args[2] === undefined ? -1 : toInt(args[2], "");
  const parts = old.length === 0 ? ["", ...s.split(""), ""] : s.split(old);
  const n = count < 0 ? parts.length - 1 : Math.min(count, parts.length - 1);
  const head = parts.slice(0, n + 1).join(rep);
  const tail = parts.slice(n + 1);
  return result(core, self, tail.length ? head + old + tail.join(old) : head);
});

/** ASCII-only case mappings (bytes never change non-ASCII bytes). */
const upper = (c: string) => (c >= "a" && c <= "z" ? c.toUpperCase() : c);
const lower = (c: string) => (c >= "A" && c <= "Z" ? c.toLowerCase() : c);
const isUpper = (c: string) => c >= "A" && c <= "Z";
const isLower = (c: string) => c >= "a" && c <= "z";
const isAlpha = (c: string) => isUpper(c) || isLower(c);
const isDigit = (c: string) => c >= "0" && c <= "9";

function mapChars(name: string, f: (s: string) => string) {
  def(bytesMethods, name, 0, 0, (core, self) => result(core, self, f(latin1(self.data))));
}
mapChars("upper", (s) => Array.from(s, upper).join(""));
mapChars("lower", (s) => Array.from(s, lower).join(""));
mapChars("swapcase", (s) => Array.from(s, (c) => (isUpper(c) ? lower(c) : upper(c))).join(""));
mapChars("capitalize", (s) => (s ? upper(s[0]!) + Array.from(s.slice(1), lower).join("") : s));
mapChars("title", (s) => {
  let prev = false;
  return Array.from(s, (c) => {
    const r = prev ? lower(c) : upper(c);
    prev = isAlpha(c);
    return r;
  }).join("");
});

function pad(name: "ljust" | "rjust" | "center") {
  def(bytesMethods, name, 1, 2, (core, self, args) => {
    const width = toInt(args[0]!, "");
    const fill = args[1] === undefined ? " " : latin1(bytesArg(args[1]));
    if (fill.length !== 1) throw typeError(`${name}() argument 2 must be a byte string of length 1, not ${kindName(args[1] as PyBytesLike)}`);
    const s = latin1(self.data);
    const extra = Math.max(0, width - s.length);
    // center: CPython puts the odd extra byte on the left when the width is odd.
    const left = name === "rjust" ? extra : name === "ljust" ? 0 : Math.floor(extra / 2) + (extra & width & 1);
    return result(core, self, fill.repeat(left) + s + fill.repeat(extra - left));
  });
}
pad("ljust");
pad("rjust");
pad("center");
def(bytesMethods, "zfill", 1, 1, (core, self, args) => {
  const s = latin1(self.data);
  const width = toInt(args[0]!, "");
  if (s.length >= width) return result(core, self, s);
  const sign = s[0] === "+" || s[0] === "-" ? s[0] : "";
  return result(core, self, sign + "0".repeat(width - s.length) + s.slice(sign.length));
});

/**
 * removeprefix/removesuffix: the affix is any buffer (bytes, bytearray, memoryview).
 * An unchanged bytes is returned itself, a bytearray always as a copy (CPython).
 */
function affixRemoval(name: "removeprefix" | "removesuffix") {
  def(bytesMethods, name, 1, 1, (core, self, args) => {
    const s = latin1(self.data);
    const a = latin1(bytesArg(args[0]!));
    const has = a.length > 0 && (name === "removeprefix" ? s.startsWith(a) : s.endsWith(a));
    if (!has) return self instanceof PyByteArray ? result(core, self, s) : self;
    return result(core, self, name === "removeprefix" ? s.slice(a.length) : s.slice(0, s.length - a.length));
  });
}
affixRemoval("removeprefix");
affixRemoval("removesuffix");

bytesMethods.set("expandtabs", (core, self, args, kw) => {
  expectKwargs("expandtabs", kw, ["tabsize"]);
  expectArgs("expandtabs", args, 0, 1);
  const sizeV = args[0] ?? kw?.get("tabsize");
  if (args.length === 1 && kw?.has("tabsize")) throw typeError("argument for expandtabs() given by name ('tabsize') and position (1)");
  const size = sizeV === undefined ? 8 : toInt(sizeV, "");
  const s = latin1(self.data);
  // The expanded text must fit before the host builds it (as str.expandtabs).
  if (size > 1 && s.includes("\t")) checkStrRoom(core, expandedLength(s, size));
  const out = expandTabs(s, size);
  return result(core, self, out);
});

// ------------------------------------------------------------------ character classes

function predicate(name: string, test: (s: string) => boolean) {
  def(bytesMethods, name, 0, 0, (_c, self) => test(latin1(self.data)));
}
const every = (f: (c: string) => boolean) => (s: string) => s.length > 0 && Array.from(s).every(f);
predicate("isdigit", every(isDigit));
predicate("isalpha", every(isAlpha));
predicate("isalnum", every((c) => isAlpha(c) || isDigit(c)));
predicate("isspace", every((c) => ASCII_WS.includes(c)));
predicate("isascii", (s) => /^[\x00-\x7f]*$/.test(s));
predicate("isupper", (s) => /[A-Z]/.test(s) && !/[a-z]/.test(s));
predicate("islower", (s) => /[a-z]/.test(s) && !/[A-Z]/.test(s));
predicate("istitle", (s) => {
  // Upper case only after an uncased byte, lower case only after a cased one.
  let prevCased = false, any = false;
  for (const c of s) {
    if (isUpper(c)) {
      if (prevCased) return false;
      prevCased = any = true;
    } else if (isLower(c)) {
      if (!prevCased) return false;
      prevCased = any = true;
    } else prevCased = false;
  }
  return any;
});

// ------------------------------------------------------------------ bytearray mutators

const mutable = (self: PyBytesLike) => self as PyByteArray;

def(bytearrayMethods, "append", 1, 1, (core, self, args) => {
  const b = byteValue(args[0]!);
  core.charge(1);
  mutable(self).push(b);
  return null;
});
def(bytearrayMethods, "extend", 1, 1, (core, self, args) => {
  const add = itemsToBytes(args[0]!);
  core.charge(add.length);
  mutable(self).splice(self.length, 0, add);
  return null;
});
def(bytearrayMethods, "insert", 2, 2, (core, self, args) => {
  const n = self.length;
  let i = toInt(args[0]!, "");
  i = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
  const b = byteValue(args[1]!);
  core.charge(1);
  mutable(self).splice(i, 0, Uint8Array.of(b));
  return null;
});
def(bytearrayMethods, "pop", 0, 1, (core, self, args) => {
  const n = self.length;
  if (n === 0) throw indexError("pop from empty bytearray");
  let i = args.length ? toInt(args[0]!, "") : n - 1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError("pop index out of range");
  const b = self.at(i);
  mutable(self).splice(i, 1, new Uint8Array(0));
  core.charge(-1);
  return b;
});
def(bytearrayMethods, "remove", 1, 1, (core, self, args) => {
  const i = self.data.indexOf(byteValue(args[0]!));
  if (i < 0) throw valueError("value not found in bytearray");
  mutable(self).splice(i, 1, new Uint8Array(0));
  core.charge(-1);
  return null;
});
def(bytearrayMethods, "reverse", 0, 0, (_c, self) => {
  mutable(self).assign(self.data.slice().reverse());
  return null;
});
def(bytearrayMethods, "clear", 0, 0, (core, self) => {
  core.charge(-self.length);
  mutable(self).assign(new Uint8Array(0));
  return null;
});
def(bytearrayMethods, "copy", 0, 0, (core, self) => newBytes(core, self.data, true));

/** The method `name` of a bytes or bytearray value, or undefined. */
export function bytesMethod(v: PyBytesLike, name: string): BytesMethod | undefined {
  return bytesMethods.get(name) ?? (v instanceof PyByteArray ? bytearrayMethods.get(name) : undefined);
}

/** str.encode(encoding='utf-8', errors='strict'). */
export function encodeMethod(core: CoreApi, self: string, args: Value[], kw: Kwargs): Value {
  expectKwargs("encode", kw, ["encoding", "errors"]);
  expectArgs("encode", args, 0, 2);
  const [enc, errors] = codecArgs("encode", args, kw);
  return newBytes(core, encodeText(self, enc, errors));
}

// ------------------------------------------------------------------ int <-> bytes

/** `byteorder` argument: 'big' or 'little'. */
function byteOrder(v: Value): "big" | "little" {
  if (typeof v !== "string") throw typeError(`to_bytes() argument 'byteorder' must be str, not ${typeName(v)}`);
  if (v !== "big" && v !== "little") throw valueError("byteorder must be either 'little' or 'big'");
  return v;
}

/** Positional-or-keyword arguments `names` (then keyword-only `signed`) of to_bytes/from_bytes. */
function intBytesArgs(name: string, args: Value[], kw: Kwargs, names: string[], dflts: Value[]): [Value[], boolean] {
  expectKwargs(name, kw, [...names, "signed"]);
  expectArgs(name, args, 0, names.length);
  const vals = names.map((n, i) => {
    const k = kw?.get(n);
    if (k !== undefined && i < args.length) throw typeError(`argument for ${name}() given by name ('${n}') and position (${i + 1})`);
    return args[i] ?? k ?? dflts[i]!;
  });
  return [vals, kw?.has("signed") ? truthy(kw.get("signed")!) : false];
}

/** int.to_bytes(length=1, byteorder='big', *, signed=False). */
function toBytes(core: CoreApi, x: bigint, args: Value[], kw: Kwargs): Value {
  const [[lenV, orderV], signed] = intBytesArgs("to_bytes", args, kw, ["length", "byteorder"], [1, "big"]);
  const length = toInt(lenV!, "");
  const order = byteOrder(orderV!);
  if (length < 0) throw valueError("length argument must be non-negative");
  if (x < 0n && !signed) throw overflowError("can't convert negative int to unsigned");
  // Two's complement in `length` bytes; the value must fit.
  const bits = BigInt(length) * 8n;
  let v = x;
  const fits = signed ? v >= -(1n << (bits - 1n > 0n ? bits - 1n : 0n)) && v < (bits === 0n ? 1n : 1n << (bits - 1n)) : v < (1n << bits);
  if (!fits || (length === 0 && x !== 0n)) throw overflowError("int too big to convert");
  if (v < 0) v += 1n << bits;
  reserveBytes(core, length);
  const d = new Uint8Array(length);
  for (let i = 0; i < length; i++, v >>= 8n) d[order === "big" ? length - 1 - i : i] = Number(v & 0xffn);
  return new PyBytes(d);
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False): a big int where the core promotes. */
export function fromBytes(core: CoreApi, args: Value[], kw: Kwargs): Value {
  const [[src, orderV], signed] = intBytesArgs("from_bytes", args, kw, ["bytes", "byteorder"], [undefined as unknown as Value, "big"]);
  if (src === undefined) throw typeError("from_bytes() missing required argument 'bytes' (pos 1)");
  const order = byteOrder(orderV!);
  // CPython's PyObject_Bytes refuses a str (it has no encoding) before iterating anything.
  if (typeof src === "string") throw typeError("cannot convert 'str' object to bytes");
  const d = src instanceof PyBytesLike ? src.data : itemsToBytes(src);
  let v = 0n;
  for (let i = 0; i < d.length; i++) v = (v << 8n) | BigInt(d[order === "big" ? i : d.length - 1 - i]!);
  if (signed && d.length > 0 && v >= 1n << (BigInt(d.length) * 8n - 1n)) v -= 1n << (BigInt(d.length) * 8n);
  if (promotes(core)) return intOf(core, v);
  if (v < -2147483648n || v > 2147483647n) throw overflowError(`int.from_bytes() result ${v} does not fit in a 32-bit int`);
  return Number(v);
}

/**
 * Attributes behind built-in values that core.getAttr does not know itself: the
 * methods of a bytes or bytearray and an int's `to_bytes`; then the int and float
 * methods of number.ts, the types' static and class methods reached through a
 * value, and a function's `__code__` (core.getAttr asks this one function for all
 * of them). Undefined for anything else.
 */
export function bytesAttribute(obj: Value, name: string): Value | undefined {
  if (obj instanceof PyBytesLike) {
    const m = bytesMethod(obj, name);
    if (m !== undefined) return new BuiltinFunction(name, (c, a, kw) => m(c, obj, a, kw), obj);
  }
  if (((typeof obj === "number" && (obj | 0) === obj) || typeof obj === "boolean" || obj instanceof PyBigInt) && name === "to_bytes") {
    const x = obj instanceof PyBigInt ? obj.v : BigInt(Number(obj));
    return new BuiltinFunction(name, (c, a, kw) => toBytes(c, x, a, kw), obj);
  }
  // The other int and float methods (bit_count, as_integer_ratio, hex...) live in number.ts;
  // the types' static and class methods, reached through a value, in typeLevel.ts.
  return numberAttribute(obj, name) ?? valueTypeMethod(obj, name);
}
