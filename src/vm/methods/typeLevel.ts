// The static and class methods of the built-in types: `int.from_bytes`,
// `float.fromhex`, `bytes.fromhex`, `bytearray.fromhex`, `str.maketrans`,
// `bytes.maketrans`, `bytearray.maketrans`, `dict.fromkeys`. CPython finds them
// through the type, through any instance (`(5).from_bytes(...)`, `b''.fromhex(...)`,
// `"".maketrans(...)`), and through a subclass or its instances, where a class method
// makes the subclass's value: `MyInt.from_bytes(...)` is `MyInt(int.from_bytes(...))`,
// `MyDict.fromkeys(...)` fills a `MyDict()`. This table is the one definition; the
// three ways in are unboundMethods.ts (the type), bytesAttribute (a value: methods/bytes.ts)
// and the stand-in base classes of subclasses (builtinSubclass.ts), which hold the
// entries as staticmethod/classmethod descriptors.
//
// The table is built on first use: its entries come from modules that import each
// other (methods/bytes.ts asks this one for a value's attribute).
//
// Memory: str.maketrans's dict is an ordinary dict (charged per entry by PyDict.set),
// bytes.maketrans makes a 256-byte bytes (newBytes); the class methods' values are
// charged as their makers make them.

import { asStr, expectArgs, expectKwargs, typeName } from "../args.js";
import { fromHex, bytearrayType, bytesArg, bytesType, newBytes, type PyBytesLike } from "../bytes.js";
import { PyDict } from "../dict.js";
import { typeError, valueError } from "../errors.js";
import { SIZE } from "../memory.js";
import { boolType, dictType, floatType, intType, strType, typeOf } from "../builtins.js";
import { PyClass, PyDescriptor } from "../classes.js";
import type { Core } from "../core.js";
import { BuiltinFunction, PyType, type CoreApi, type Kwargs, type Value } from "../values.js";
import { fromBytes } from "./bytes.js";
import { fromkeysOf } from "./dict.js";
import { floatFromHexMethod } from "./number.js";

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
  const [x, y, z] = args.map(asStr);
  if (x === undefined) throw typeError("first maketrans argument must be a string if there is a second argument");
  if (y === undefined) throw typeError(`maketrans() argument 2 must be str, not ${typeName(args[1])}`);
  const from = Array.from(x), to = Array.from(y);
  if (from.length !== to.length) throw valueError("the first two maketrans arguments must have equal length");
  from.forEach((c, i) => d.set(ord(c), ord(to[i]!)));
  if (args.length > 2) {
    if (z === undefined) throw typeError(`maketrans() argument 3 must be str, not ${typeName(args[2])}`);
    for (const c of z) d.set(ord(c), null);
  }
  return d;
}

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

/** A static method ignores `cls`; a class method gets the class it was reached through. */
interface TypeMethod {
  readonly kind: "static" | "class";
  readonly fn: (core: Core, cls: Value, args: Value[], kw: Kwargs) => Value;
}

/**
 * A class method that makes a value of base type `base` and, reached through another
 * class (a subclass, or bool for int's), hands it to that class: CPython's
 * `if (type != &PyLong_Type) result = type(result)` of from_bytes and the fromhex methods.
 */
function converting(base: PyType, make: (core: Core, args: Value[], kw: Kwargs) => Value): TypeMethod {
  return { kind: "class", fn: (core, cls, args, kw) => {
    const v = make(core, args, kw);
    return cls === base ? v : core.call(cls, [v]);
  } };
}

function bytesFromHex(mutable: boolean): (core: Core, args: Value[], kw: Kwargs) => Value {
  return (core, args, kw) => {
    expectKwargs(`${mutable ? "bytearray" : "bytes"}.fromhex`, kw);
    expectArgs("fromhex", args, 1);
    return fromHex(core, args[0]!, mutable);
  };
}

let table: Map<PyType, Map<string, TypeMethod>> | null = null;

function methodsOfType(t: PyType): Map<string, TypeMethod> | undefined {
  if (table === null) {
    const fromBytesMethod = converting(intType, fromBytes);
    const strTrans: TypeMethod = { kind: "static", fn: (core, _cls, args) => strMaketrans(core, args) };
    const bytesTrans: TypeMethod = { kind: "static", fn: (core, _cls, args) => bytesMaketrans(core, args) };
    table = new Map([
      [intType, new Map([["from_bytes", fromBytesMethod]])],
      // bool inherits int's class method: `bool.from_bytes(b'\x02', 'big')` is bool(2).
      [boolType, new Map([["from_bytes", fromBytesMethod]])],
      [floatType, new Map([["fromhex", converting(floatType, (core, args, kw) => floatFromHexMethod(core, args, kw) as Value)]])],
      [bytesType, new Map([["fromhex", converting(bytesType, bytesFromHex(false))], ["maketrans", bytesTrans]])],
      [bytearrayType, new Map([["fromhex", converting(bytearrayType, bytesFromHex(true))], ["maketrans", bytesTrans]])],
      [strType, new Map([["maketrans", strTrans]])],
      [dictType, new Map<string, TypeMethod>([["fromkeys", { kind: "class", fn: fromkeysOf }]])],
    ]);
  }
  return table.get(t);
}

/** `t.name` for built-in type t's static or class method (bound to t), or undefined. */
export function typeMethodOf(t: PyType, name: string): BuiltinFunction | undefined {
  const m = methodsOfType(t)?.get(name);
  return m && new BuiltinFunction(name, (core, args, kw) => m.fn(core as Core, t, args, kw), t);
}

/** `v.name` for a built-in value v (`(5).from_bytes`): its type's static or class method, or undefined. */
export function valueTypeMethod(v: Value, name: string): BuiltinFunction | undefined {
  return v instanceof PyType || v instanceof PyClass ? undefined : typeMethodOf(typeOf(v), name);
}

/**
 * The entries of built-in type t as descriptors for its stand-in base class, so that a
 * subclass and its instances find them with the subclass as `cls`.
 */
export function typeMethodDescriptors(t: PyType): [string, PyDescriptor][] {
  return [...methodsOfType(t) ?? []].map(([name, m]) => {
    if (m.kind === "static") return [name, new PyDescriptor("staticmethod", new BuiltinFunction(name, (core, args, kw) => m.fn(core as Core, t, args, kw)))];
    return [name, new PyDescriptor("classmethod", new BuiltinFunction(name, (core, args, kw) => m.fn(core as Core, args[0]!, args.slice(1), kw)))];
  });
}
