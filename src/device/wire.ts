// Values in transit between cores. A message never shares objects with its sender:
// the value is encoded when it is sent (a snapshot, so later changes by the sender
// do not show) and decoded into new objects, charged to the receiver's memory, when
// it is received. The encoding is made of plain JavaScript data, so the same form
// crosses worker threads (structured clone) and serves collectives.
//
//   int -> number (int32), {bi: decimal text} beyond int32 (a big int, vm/bigint.ts)
//   bool -> boolean    None -> null     str -> string
//   float -> number when not an int32 integer (as in the core's value model),
//            {f} for integral floats and -0.0 (boxed there too)
//   list -> {l: [...]}      tuple -> {t: [...]}
//   dict -> {dk: keys, dv: values} (insertion order)   set, frozenset -> {s: [...], fz}
//   bytes, bytearray -> {y: [the bytes], ba: true for a bytearray}
//   function -> {fn: index of its code in the program image, m: module name,
//                d: defaults, k: keyword-only defaults}
//
// What may be sent depends on the dialect: the classic one carries scalars only
// (int, float, bool, None, function), with the original's error text; the Python 3
// dialect also carries strings, bytes, lists, tuples, dicts and sets (nested) between cores;
// dicts and sets do not leave the device (encodeValue). Closures cannot be sent:
// their cells belong to the sender.
//
// Message size model (for --stats): 4 bytes per scalar, big ints 8 + 4 per 32-bit
// digit, strings 8 + 1 per char,
// lists and tuples 8 + 4 per element plus what the elements hold, functions 16 + 4
// per default — the same sizes the memory model charges; dicts 16 + 12 per entry,
// sets 16 + 8 per element (their tables' spare slots are not sent); bytes 8 and
// bytearray 16 + 1 per element.

import { type CodeObject, type Program, isCodeObject } from "../bytecode/code.js";
import { typeName } from "../vm/args.js";
import type { DeviceCore } from "../vm/driver.js";
import { PyError, typeError, valueError } from "../vm/errors.js";
import { SIZE, listBytes, strBytes } from "../vm/memory.js";
import { BuiltinFunction, PyBigInt, PyFloat, PyFunction, PyList, PyTuple, type Value } from "../vm/values.js";
import { bigBytes, intOf } from "../vm/bigint.js";
import { DELETED, PyDict } from "../vm/dict.js";
import { PyFrozenSet, PySet } from "../vm/set.js";
import { buildDict } from "../vm/methods/dict.js";
import { buildSet } from "../vm/methods/set.js";
import { PyByteArray, PyBytesLike, newBytes } from "../vm/bytes.js";

export interface WireFloat { f: number }
/** A big int as its decimal text (plain data: it crosses structured clone and JSON alike). */
export interface WireBigInt { bi: string }
export interface WireList { l: Wire[] }
export interface WireTuple { t: Wire[] }
export interface WireFunction { fn: number; m: string; n: string; d: Wire[] | null; k: [string, Wire][] | null }
export interface WireDict { dk: Wire[]; dv: Wire[] }
export interface WireSet { s: Wire[]; fz: boolean }
export interface WireBytes { y: number[]; ba: boolean }
export type Wire =
  | number | boolean | null | string | WireFloat | WireBigInt | WireList | WireTuple | WireFunction | WireDict | WireSet | WireBytes;

export const CLASSIC_SEND_ERROR = "Can only send integers and reals between cores";

// ------------------------------------------------------------------ code table

interface CodeTable {
  list: CodeObject[];
  index: Map<CodeObject, number>;
}
const tables = new WeakMap<Program, CodeTable>();

/** Every code object of a program in a fixed order (the same on every worker). */
function codeTable(program: Program): CodeTable {
  let t = tables.get(program);
  if (!t) {
    const table: CodeTable = { list: [], index: new Map() };
    const visit = (c: CodeObject) => {
      table.index.set(c, table.list.length);
      table.list.push(c);
      for (const k of c.consts) if (isCodeObject(k)) visit(k);
    };
    for (const m of program.modules) visit(m.code);
    tables.set(program, table);
    t = table;
  }
  return t;
}

// ------------------------------------------------------------------ encoding

/** Encodes a value for sending from `core`; raises the error the sender should see. */
export function encode(core: DeviceCore, v: Value): Wire {
  if (typeof v === "number" || typeof v === "boolean" || v === null) return v;
  if (v instanceof PyFloat) return { f: v.v };
  if (v instanceof PyBigInt) return { bi: v.v.toString() };
  if (v instanceof PyFunction) return encodeFunction(core, v, new Set());
  if (core.dialect === "classic") throw typeError(CLASSIC_SEND_ERROR);
  return encodeData(core, v, new Set(), true);
}

/**
 * Encodes any data value, whatever the dialect: a snapshot of a value that leaves
 * the device (a kernel's result, a device-resident variable copied to the host).
 */
export function encodeValue(core: DeviceCore, v: Value): Wire {
  return encodeData(core, v, new Set());
}

function encodeData(core: DeviceCore, v: Value, path: Set<unknown>, mappings = false): Wire {
  if (typeof v === "number" || typeof v === "boolean" || v === null || typeof v === "string") return v;
  if (v instanceof PyFloat) return { f: v.v };
  if (v instanceof PyBigInt) return { bi: v.v.toString() };
  if (v instanceof PyList || v instanceof PyTuple) {
    if (path.has(v)) throw valueError("cannot send a list that contains itself");
    path.add(v);
    const items = v.items.map((x) => encodeData(core, x, path, mappings));
    path.delete(v);
    return v instanceof PyList ? { l: items } : { t: items };
  }
  if ((v instanceof PyDict || v instanceof PySet) && !mappings) {
    throw typeError(`a '${typeName(v)}' cannot leave the device (send it between cores, or return lists and tuples)`);
  }
  if (v instanceof PyDict) {
    if (path.has(v)) throw valueError("cannot send a dict that contains itself");
    path.add(v);
    const dk: Wire[] = [];
    const dv: Wire[] = [];
    v.keys.forEach((k, i) => {
      if (k === DELETED) return;
      dk.push(encodeData(core, k, path, mappings));
      dv.push(encodeData(core, v.vals[i], path, mappings));
    });
    path.delete(v);
    return { dk, dv };
  }
  if (v instanceof PySet) return { s: v.items().map((x) => encodeData(core, x, path, mappings)), fz: v instanceof PyFrozenSet };
  if (v instanceof PyBytesLike) return { y: Array.from(v.data), ba: v instanceof PyByteArray };
  if (v instanceof PyFunction) return encodeFunction(core, v, path);
  if (v instanceof BuiltinFunction) {
    throw typeError(`cannot send the built-in function '${v.name}' between cores (only functions defined in the program)`);
  }
  throw typeError(`cannot send a '${typeName(v)}' value between cores`);
}

function encodeFunction(core: DeviceCore, fn: PyFunction, path: Set<unknown>): WireFunction {
  if (fn.closure && fn.closure.length) {
    throw typeError(`cannot send function '${fn.name}' between cores: it uses variables of an enclosing function (a closure)`);
  }
  const index = codeTable(core.program).index.get(fn.code);
  if (index === undefined) throw typeError(`cannot send function '${fn.name}' between cores: its code is not part of the program`);
  const enc = (x: Value) => (core.dialect === "classic" ? encode(core, x) : encodeData(core, x, path));
  return {
    fn: index, m: fn.globals.name, n: fn.name,
    d: fn.defaults ? fn.defaults.map(enc) : null,
    k: fn.kwdefaults ? [...fn.kwdefaults].map(([name, x]) => [name, enc(x)]) : null,
  };
}

// ------------------------------------------------------------------ decoding

/** Builds the value on the receiving core, charging its memory. */
export function decode(core: DeviceCore, w: Wire): Value {
  if (typeof w !== "object" || w === null) return typeof w === "string" ? core.newStr(w) : w;
  if ("f" in w) return core.float(w.f);
  // Charged to the receiver at its size (a core that keeps device-word errors refuses it).
  if ("bi" in w) return intOf(core, BigInt(w.bi));
  if ("l" in w) return core.newList(w.l.map((x) => decode(core, x)));
  if ("t" in w) return core.newTuple(w.t.map((x) => decode(core, x)));
  if ("dk" in w) return buildDict(core, (d) => w.dk.forEach((k, i) => d.set(decode(core, k), decode(core, w.dv[i]))));
  if ("s" in w) return buildSet(core, w.fz, (s) => w.s.forEach((x) => s.add(decode(core, x))));
  if ("y" in w) return newBytes(core, Uint8Array.from(w.y), w.ba);
  return decodeFunction(core, w);
}

function decodeFunction(core: DeviceCore, w: WireFunction): Value {
  const code = codeTable(core.program).list[w.fn];
  const module = core.findModule(w.m);
  if (!code || !module) {
    throw new PyError("RuntimeError", `core ${core.id} received function '${w.n}' of module '${w.m}', which this core has not imported`);
  }
  const defaults = w.d ? w.d.map((x) => decode(core, x)) : null;
  const kwdefaults = w.k ? new Map(w.k.map(([name, x]) => [name, decode(core, x)] as [string, Value])) : null;
  core.charge(SIZE.functionHeader + SIZE.slot * (defaults?.length ?? 0));
  return new PyFunction(code, module, defaults, kwdefaults, null);
}

// ------------------------------------------------------------------ sizes

/** Heap bytes a value occupies in the memory model (0 for scalars). */
function heapBytes(w: Wire): number {
  if (typeof w === "string") return strBytes(w);
  if (typeof w !== "object" || w === null || "f" in w) return 0;
  if ("bi" in w) return bigBytes(new PyBigInt(BigInt(w.bi)));
  if ("l" in w || "t" in w) {
    const items = "l" in w ? w.l : w.t;
    let n = listBytes(items.length);
    for (const x of items) n += heapBytes(x);
    return n;
  }
  if ("dk" in w) {
    let n = SIZE.dictHeader + SIZE.dictEntry * w.dk.length;
    for (const x of [...w.dk, ...w.dv]) n += heapBytes(x);
    return n;
  }
  if ("s" in w) {
    let n = SIZE.setHeader + SIZE.setSlot * w.s.length;
    for (const x of w.s) n += heapBytes(x);
    return n;
  }
  if ("y" in w) return (w.ba ? SIZE.bytearrayHeader : SIZE.bytesHeader) + w.y.length;
  let n = SIZE.functionHeader + SIZE.slot * (w.d?.length ?? 0);
  for (const x of w.d ?? []) n += heapBytes(x);
  return n;
}

/** Size of a message carrying `w`: a 4-byte word for a scalar, else its heap size. */
export function wireBytes(w: Wire): number {
  return heapBytes(w) || SIZE.slot;
}

// ------------------------------------------------------------------ numbers

/** The number in a wire scalar (int, bool or float), or undefined. */
export function wireNumber(w: Wire): number | undefined {
  if (typeof w === "number") return w;
  if (typeof w === "boolean") return w ? 1 : 0;
  if (typeof w === "object" && w !== null && "f" in w) return w.f;
  // Nearest double: exact comparisons and arithmetic of big ints use wireInt.
  if (typeof w === "object" && w !== null && "bi" in w) return Number(w.bi);
  return undefined;
}

/** The exact value of a wire int (int32, bool or big int), or undefined for anything else. */
export function wireInt(w: Wire): bigint | undefined {
  if (typeof w === "number") return (w | 0) === w ? BigInt(w) : undefined;
  if (typeof w === "boolean") return w ? 1n : 0n;
  if (typeof w === "object" && w !== null && "bi" in w) return BigInt(w.bi);
  return undefined;
}

/** True for a float (boxed or not), by the value model's number invariant. */
export const isWireFloat = (w: Wire): boolean =>
  typeof w === "number" ? (w | 0) !== w : typeof w === "object" && w !== null && "f" in w;

/** A float result on the wire: boxed when integral (or -0.0), like makeFloat. */
export const wireFloat = (x: number): Wire => ((x | 0) === x ? { f: x } : x);

/** Python type name of a wire value, for error messages. */
export function wireTypeName(w: Wire): string {
  if (w === null) return "NoneType";
  if (typeof w === "number") return (w | 0) === w ? "int" : "float";
  if (typeof w === "boolean") return "bool";
  if (typeof w === "string") return "str";
  if ("f" in w) return "float";
  if ("bi" in w) return "int";
  if ("l" in w) return "list";
  if ("t" in w) return "tuple";
  if ("dk" in w) return "dict";
  if ("s" in w) return w.fz ? "frozenset" : "set";
  if ("y" in w) return w.ba ? "bytearray" : "bytes";
  return "function";
}
