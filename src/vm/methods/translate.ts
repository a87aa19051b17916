// str.maketrans / str.translate and bytes.maketrans / bytes.translate, as CPython 3.11:
// the idioms `s.translate(str.maketrans("", "", string.punctuation))` and Caesar
// ciphers. maketrans is a static method of the type (`str.maketrans(...)`); the
// unbound-method lookup (unboundMethods.ts) finds it in STATIC_METHODS.
//
// Memory: maketrans's dict is an ordinary dict (charged per entry by PyDict.set);
// bytes.maketrans makes a 256-byte bytes; the results are new strings/bytes charged
// by newStr/newBytes.

import { typeName } from "../args.js";
import { PyBytesLike, bytesArg, newBytes, sameKind } from "../bytes.js";
import { PyDict } from "../dict.js";
import { PyError, typeError, valueError } from "../errors.js";
import { SIZE } from "../memory.js";
import { getItem } from "../ops.js";
import { BuiltinFunction, type CoreApi, type Value } from "../values.js";
import { floatFromHexMethod } from "./number.js";
import { strMethods } from "./str.js";
import { bytesMethods } from "./bytes.js";

const ord = (c: string) => c.codePointAt(0)!;

/** str.maketrans(x[, y[, z]]): the ordinal -> replacement dict str.translate takes. */
function strMaketrans(core: CoreApi, args: Value[]): PyDict {
  if (args.length < 1) throw typeError("maketrans() takes at least 1 argument (0 given)");
  if (args.length > 3) throw typeError(`maketrans() takes at most 3 arguments (${args.length} given)`);
  core.charge(SIZE.dictHeader);
  const d = new PyDict(core);
  if (args.length === 1) {
    const x = args[0];
    if (!(x instanceof PyDict)) throw typeError("if you give only one argument to maketrans it must be a dict");
    for (let i = 0; i < x.keys.length; i++) {
      const k = x.keys[i];
      if (typeof k === "string") {
        if (Array.from(k).length !== 1) throw valueError("string keys in translate table must be of length 1");
        d.set(ord(k), x.vals[i]);
      } else if (typeof k === "number") d.set(k, x.vals[i]);
      else if (typeof k !== "symbol") throw typeError("keys in translate table must be strings or integers");
    }
    return d;
  }
  const [x, y, z] = args;
  if (typeof x !== "string" || typeof y !== "string") throw typeError("maketrans() argument 1 must be str, not " + typeName(typeof x !== "string" ? x : y));
  const from = Array.from(x), to = Array.from(y);
  if (from.length !== to.length) throw valueError("the first two maketrans arguments must have equal length");
  from.forEach((c, i) => d.set(ord(c), ord(to[i]!)));
  if (z !== undefined) {
    if (typeof z !== "string") throw typeError(`maketrans() argument 3 must be str, not ${typeName(z)}`);
    for (const c of z) d.set(ord(c), null);
  }
  return d;
}

/** str.translate(table): each character's ordinal looked up in table (LookupError keeps it). */
strMethods.set("translate", (core, self, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError("str.translate() takes no keyword arguments");
  if (args.length !== 1) throw typeError(`str.translate() takes exactly one argument (${args.length} given)`);
  const table = args[0];
  let out = "";
  for (const c of self) {
    let r: Value;
    try {
      r = getItem(core, table, ord(c));
    } catch (e) {
      if (e instanceof PyError && (e.kind === "KeyError" || e.kind === "IndexError" || e.kind === "LookupError")) {
        out += c;
        continue;
      }
      throw e;
    }
    if (r === null) continue;
    if (typeof r === "string") out += r;
    else if ((typeof r === "number" && Number.isInteger(r)) || typeof r === "boolean") {
      r = Number(r);
      if (r < 0 || r > 0x10ffff) throw valueError("character mapping must be in range(0x110000)");
      out += String.fromCodePoint(r);
    } else throw typeError("character mapping must return integer, None or str");
  }
  return core.newStr(out);
});

/** bytes.maketrans(frm, to): the 256-byte table bytes.translate takes. */
function bytesMaketrans(core: CoreApi, args: Value[]): PyBytesLike {
  if (args.length !== 2) throw typeError(`maketrans expected 2 arguments, got ${args.length}`);
  const from = bytesArg(args[0]), to = bytesArg(args[1]);
  if (from.length !== to.length) throw valueError("maketrans arguments must have same length");
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  from.forEach((b, i) => (table[b] = to[i]!));
  return newBytes(core, table);
}

/** bytes.translate(table, /, delete=b''): table a 256-byte bytes-like or None. */
function bytesTranslate(core: CoreApi, self: PyBytesLike, args: Value[], kwargs: Map<string, Value> | null): Value {
  const del = args[1] ?? kwargs?.get("delete");
  if (args.length < 1 || args.length > 2) throw typeError(`translate expected at least 1 argument, got ${args.length}`);
  const table = args[0] === null ? null : bytesArg(args[0]);
  if (table !== null && table.length !== 256) throw valueError("translation table must be 256 characters long");
  const drop = del === undefined ? null : new Set(bytesArg(del));
  const out: number[] = [];
  for (const b of self.data) {
    if (drop !== null && drop.has(b)) continue;
    out.push(table === null ? b : table[b]!);
  }
  return sameKind(core, self, Uint8Array.from(out));
}
bytesMethods.set("translate", bytesTranslate);

const staticFn = (name: string, fn: (core: CoreApi, args: Value[]) => Value) =>
  new BuiltinFunction(name, fn as unknown as BuiltinFunction["fn"]);

/** Static methods of the built-in types, by type name then method name. */
export const STATIC_METHODS = new Map<string, Map<string, BuiltinFunction>>([
  ["str", new Map([["maketrans", staticFn("maketrans", strMaketrans)]])],
  ["bytes", new Map([["maketrans", staticFn("maketrans", bytesMaketrans)]])],
  ["bytearray", new Map([["maketrans", staticFn("maketrans", bytesMaketrans)]])],
  ["float", new Map([["fromhex", new BuiltinFunction("fromhex", floatFromHexMethod)]])],
]);

