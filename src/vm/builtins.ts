// The builtin functions and types every program sees without an import. They are
// shared by all cores (each call receives its core), so the table is built once.

import { StructSequence } from "./structseq.js";
import { PyNativeObject } from "./nativeObject.js";
import { setSuggestionBuiltins } from "./suggestions.js";
import { acquireOrNull } from "./buffer.js";
import { asStr, checkInt32, expectArgs, expectKwargs, expectPositional, expectPyFunctionKwargs, iteratorTypeName, toInt, toIntValue, toNumber, typeName } from "./args.js";
import { PyError, typeError, valueError } from "./errors.js";
import { asciiEscape, formatSpec, str, textOf } from "./format.js";
import { floatFromString, intFromString, intTextValue } from "./convert.js";
import { absInt, intFromFloat, intNumeric, intOf, intOfSafe, isIntValue, promotes, roundIntBig, toBig } from "./bigint.js";
import { newRange, rangeAny, rangeEnds, rangeLen, rangeReversed, rangeSum } from "./range.js";
import { sortReverse, sortValues } from "./sorting.js";
import { exitCore } from "./modules/sys.js";
import { tick } from "./watchdog.js";
import { DerivedIterator, EnumerateIterator, ZipIterator, awaitedIn } from "./tupleIterators.js";
import { sumConsumer, sumItems } from "./summation.js";
import { itemConsumer } from "./growth.js";
// object's slot methods (object.__eq__, super().__repr__()): registered with classes.ts on load.
import "./objectSlots.js";
import * as ops from "./ops.js";
import { roundFloatNegative, roundHalfEven, roundInt } from "./numbers.js";
import {
  BuiltinFunction, Cell, type CoreApi, HostArrayIterator, type Kwargs, ListIterator, type NativeFn,
  PyBigInt, PyFunction, PyHeapObject, PyHostArray, PyIterator, PyList, PyModule, PyRange, PyTuple, PyType, ReverseIterator,
  type Value, type ConsumeFn, type GeneratorConsumer,
  floatValue, isFloat, isInt,
} from "./values.js";
import { cpLength } from "./codepoints.js";
import { prefetchBuiltin } from "./hostArray.js";
import {
  PyClass, PyInstance, binarySpecial, callSpecial, classBuiltins, underTextBuiltin, instanceCheck, markPlainFunction, isCallable, isStopIteration, lenSpecial, nativeSlotValue, nextSpecial, unarySpecial,
} from "./classes.js";
import { exceptionClasses } from "./exceptions.js";
// Registers BaseExceptionGroup and ExceptionGroup among the exception classes (before the table below is made).
import "./exceptionGroups.js";
import { memoryviewClass } from "./memoryview.js";
import { complexClass } from "./complex.js";
import { sliceClass } from "./slices.js";
import { introspectionBuiltins } from "./introspection.js";
import { aiterBuiltin, anextBuiltin } from "./coroutines.js";
import { DictIterator, PyDict, PyDictView } from "./dict.js";
import { PyFrozenSet, PySet } from "./set.js";
import { hashValue } from "./hash.js";
import { constructDict, dictConsumer } from "./methods/dict.js";
import { constructSet, setConsumer } from "./methods/set.js";
import { BytesIterator, PyByteArray, PyBytes, PyBytesLike, bytearrayType, bytesType, decodeBytes, latin1, reprBytes } from "./bytes.js";
import { floatSpecial, intSpecial } from "./numberProtocol.js";
import { PyAsyncGenerator, PyCoroutine, PyGenerator, stopIteration } from "./generators.js";
import type { Core } from "./core.js";
import { classFromType } from "./typeCall.js";
import { redirectedStdin, redirectedStdout } from "./modules/sys.js";
import { takePending } from "./modules/stdinNative.js";
import { builtinHeapType, constructModule, iteratorHeapType, qualifiedHeapType } from "./heapTypes.js";
import { abcAware } from "./modules/collectionsAbc.js";
import { isinstanceAliasError, registerNoneType } from "./typeAliases.js";

// ------------------------------------------------------------------ types

function construct(name: string, fn: NativeFn | null): PyType {
  return new PyType(name, fn);
}

/** int(s, base): any size when the core promotes, else a 32-bit word. */
function intOfText(core: CoreApi, s: string, base: number): number | PyBigInt {
  // The common text, a short plain decimal ("42", "-7"): read as a double, exactly.
  if (base === 10 && s.length <= 15 && PLAIN_DECIMAL.test(s)) {
    const n = Number(s) + 0;
    if ((n | 0) === n) return n;
    if (promotes(core)) return intOfSafe(core, n);
  }
  return promotes(core) ? intOf(core, intTextValue(s, base)) : intFromString(s, base);
}

/** chr(0)..chr(255), made once: chr() in a loop builds no new one-character string. */
const LATIN1_CHARS = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i));

/** Optional sign and ASCII digits only: at most 15 of them is below 2**53. */
const PLAIN_DECIMAL = /^[+-]?[0-9]+$/;

/** int() of a bytes-like object's bytes: CPython's error shows them as bytes (b'1x'). */
function intOfBytes(core: CoreApi, data: Uint8Array, base: number): number | PyBigInt {
  try {
    return intOfText(core, latin1(data), base);
  } catch (e) {
    if (!(e instanceof PyError) || e.kind !== "ValueError" || !e.pyMessage.startsWith("invalid literal")) throw e;
    throw valueError(`invalid literal for int() with base ${base}: ${reprBytes(new PyBytes(data))}`);
  }
}

/**
 * reversed(inst) of a class with `__len__` and `__getitem__` (CPython's sequence
 * protocol): items len-1 down to 0, lazily.
 */
class ReversedSequenceIterator extends PyIterator {
  private index: number;
  constructor(readonly seq: PyInstance) {
    super();
    this.index = lenSpecial(seq)! - 1;
  }
  next(): Value | undefined {
    if (this.index < 0) return undefined;
    return callSpecial(this.seq, "__getitem__", [this.index--]);
  }
  children(): readonly Value[] {
    return [this.seq];
  }
}

export const intType = construct("int", (core, args, kw) => {
  expectKwargs("int", kw, ["base"]);
  expectArgs("int", args, 0, 2);
  const base = args.length === 2 ? toInt(args[1], "") : kw?.has("base") ? toInt(kw.get("base")!, "") : null;
  if (args.length === 0) return 0;
  const x = args[0];
  if (base !== null) {
    if (x instanceof PyBytesLike) return intOfBytes(core, x.data, base);
    const text = asStr(x);
    if (text === undefined) throw typeError("int() can't convert non-string with explicit base");
    return intOfText(core, text, base);
  }
  if (isInt(x) || x instanceof PyBigInt) return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (isFloat(x)) {
    const v = floatValue(x);
    if (!Number.isFinite(v)) throw new PyError(Number.isNaN(v) ? "ValueError" : "OverflowError", `cannot convert float ${Number.isNaN(v) ? "NaN" : "infinity"} to integer`);
    return promotes(core) ? intFromFloat(core, v, "int()") : checkInt32(Math.trunc(v) || 0, "int()");
  }
  if (typeof x === "string") return intOfText(core, x, 10);
  if (x instanceof PyBytesLike) return intOfBytes(core, x.data, 10);
  const special = intSpecial(x);
  if (special !== undefined) return special;
  // A str subclass's instance without __int__ is parsed as its text, as CPython.
  const text = asStr(x);
  if (text !== undefined) return intOfText(core, text, 10);
  // Any other bytes-like object (memoryview, array) is read as its bytes' text, as CPython.
  const buf = acquireOrNull(x);
  if (buf !== null) return intOfBytes(core, buf.bytes, 10);
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`);
});

export const floatType = construct("float", (core, args) => {
  expectPositional("float", args, 0, 1);
  if (args.length === 0) return core.float(0);
  const x = args[0];
  if (typeof x === "string") return core.float(floatFromString(x));
  if (x instanceof PyBytesLike) return core.float(floatFromString(latin1(x.data)));
  if (isFloat(x)) return x;
  // A str subclass's instance is parsed as its text, unless its class defines __float__.
  const text = asStr(x);
  if (text !== undefined) return core.float(floatSpecial(x) ?? floatFromString(text));
  // __float__ (then __index__) of user numbers and fractions.Fraction: numberProtocol.ts via toNumber.
  return core.float(toNumber(x, "float() argument"));
});

export const strType = construct("str", (core, args, kw) => {
  expectKwargs("str", kw, ["object", "encoding", "errors"]);
  if (kw?.has("object")) args = [kw.get("object")!, ...args];
  if (kw?.has("encoding") || kw?.has("errors")) {
    args = [args[0] ?? core.newStr(""), kw.get("encoding") ?? args[1] ?? "utf-8", kw.get("errors") ?? args[2] ?? "strict"];
  }
  expectArgs("str", args, 0, 3);
  if (args.length > 1) {
    // str(b, encoding[, errors]) decodes.
    if (!(args[0] instanceof PyBytesLike)) throw typeError(`decoding to str: need a bytes-like object, ${typeName(args[0])} found`);
    const [enc, errors] = [asStr(args[1]), asStr(args[2] ?? "strict")];
    if (enc === undefined) throw typeError(`str() argument 'encoding' must be str, not ${typeName(args[1])}`);
    if (errors === undefined) throw typeError(`str() argument 'errors' must be str, not ${typeName(args[2])}`);
    return core.newStr(decodeBytes(args[0].data, enc, errors));
  }
  if (!args.length) return "";
  // Classic: the original's str() is the identity and its `+` formats a real with C's
  // %f, so str() gives the text the original prints ("0.000100", "true", "NONE").
  return core.newStr(underTextBuiltin("", () => textOf(core, args[0], core.dialect === "classic" ? "classic" : "str")));
});

export const boolType = construct("bool", (_core, args) => {
  expectPositional("bool", args, 0, 1);
  return args.length ? ops.truthy(args[0]) : false;
});

export const listType = construct("list", (core, args) => {
  expectPositional("list", args, 0, 1);
  // iterableItems charges the items as a list while it collects them.
  return args.length ? new PyList(ops.iterableItems(args[0], core)) : core.newList([]);
});

export const tupleType = construct("tuple", (core, args) => {
  expectPositional("tuple", args, 0, 1);
  // A tuple is returned as is; a struct sequence (time.struct_time, sys.version_info),
  // a tuple subclass in CPython, becomes a plain tuple as there.
  if (args.length && args[0] instanceof PyTuple && !(args[0] instanceof StructSequence)) return args[0];
  // The empty tuple is one object, as CPython's.
  if (!args.length) return PyTuple.EMPTY;
  const items = ops.iterableItems(args[0], core);
  return items.length ? new PyTuple(items) : PyTuple.EMPTY;
});

listType.consume = (core, args, kw) => (kw === null && args.length === 1 ? itemConsumer(core, (items) => new PyList(items)) : null);
tupleType.consume = (core, args, kw) => (kw === null && args.length === 1 ? itemConsumer(core, (items) => (items.length === 0 ? PyTuple.EMPTY : new PyTuple(items))) : null);

export const rangeType = construct("range", newRange);

export const dictType = construct("dict", (core, args, kw) => constructDict(core, args, kw));
export const setType = construct("set", (core, args, kw) => constructSet(core, args, kw, false));
export const frozensetType = construct("frozenset", (core, args, kw) => constructSet(core, args, kw, true));
// set(g), frozenset(g) and dict(g) of a generator run its body in place, as list(g):
// `set(recv(w) for w in ws)` may block the core (generators.ts consumeInPlace).
setType.consume = (core, args, kw) => setConsumer(core, args, kw, false);
frozensetType.consume = (core, args, kw) => setConsumer(core, args, kw, true);
dictType.consume = dictConsumer;
const dictViewTypes = {
  keys: construct("dict_keys", null), values: construct("dict_values", null), items: construct("dict_items", null),
};

export const noneType = construct("NoneType", (_c, args, kw) => {
  expectKwargs("NoneType", kw);
  if (args.length) throw typeError("NoneType takes no arguments");
  return null;
});
registerNoneType(noneType);
export const functionType = construct("function", null);
export const builtinFunctionType = construct("builtin_function_or_method", null);
export const moduleType = construct("module", constructModule);
const cellType = construct("cell", null);
export const generatorType = construct("generator", null);
const coroutineType = construct("coroutine", null);
const asyncGeneratorType = construct("async_generator", null);
/** Arrays passed to kernels by reference (vm/hostArray.ts); made only by the host. */
export const hostArrayType = construct("hostarray", null);
export const typeType = construct("type", (core, args, kwargs) => {
  // type(name, bases, dict, **kw): a new class (vm/classes.ts); the keywords go to
  // __init_subclass__ as a class statement's do.
  if (args.length === 3) return classFromType(core as Core, args[0], args[1], args[2], kwargs);
  if (kwargs !== null && kwargs.size) throw typeError("type() takes no keyword arguments");
  if (args.length !== 1) throw typeError("type() takes 1 or 3 arguments");
  const v = args[0];
  if (v instanceof PyInstance) return v.cls;
  // Classes are instances of type; the other objects of the model go by their type name.
  if (v instanceof PyClass) return v.meta ?? typeType;
  return typeOf(v);
});

export function typeOf(v: Value): PyType {
  if (v === null) return noneType;
  switch (typeof v) {
    case "number": return (v | 0) === v ? intType : floatType;
    case "boolean": return boolType;
    case "string": return strType;
  }
  if (isFloat(v)) return floatType;
  if (v instanceof PyBigInt) return intType;
  if (v instanceof PyList) return listType;
  if (v instanceof PyTuple) return tupleType;
  if (v instanceof PyRange) return rangeType;
  if (v instanceof PyFunction) return functionType;
  if (v instanceof BuiltinFunction) return builtinFunctionType;
  if (v instanceof PyModule) return moduleType;
  if (v instanceof PyType) return typeType;
  if (v instanceof PyGenerator) return v instanceof PyCoroutine ? coroutineType : v instanceof PyAsyncGenerator ? asyncGeneratorType : generatorType;
  // Each kind of iterator is its own type, named as CPython names it (list_iterator, map...).
  if (v instanceof PyIterator) return iteratorHeapType(iteratorTypeName(v));
  if (v instanceof PyHostArray) return hostArrayType;
  if (v instanceof PyDict) return dictType;
  if (v instanceof PySet) return v instanceof PyFrozenSet ? frozensetType : setType;
  if (v instanceof PyDictView) return dictViewTypes[v.kind];
  if (v instanceof PyBytesLike) return v instanceof PyByteArray ? bytearrayType : bytesType;
  if (v instanceof Cell) return cellType;
  // Bound methods, descriptors, native objects: one type per name (heapTypes.ts).
  if (v instanceof PyClass) return typeType;
  if (v instanceof PyHeapObject && !(v instanceof PyInstance)) return qualifiedHeapType(typeName(v));
  return construct("object", null);
}

/** `len(v)`: CPython's sizes of the built-in containers and strings (in code points), else `__len__`. */
export function lengthOf(core: CoreApi, v: Value): number | PyBigInt {
  if (typeof v === "string") return cpLength(v);
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyRange) return rangeLen(core, v);
  if (v instanceof PyHostArray) return v.length;
  if (v instanceof PyDict || v instanceof PySet) return v.size;
  if (v instanceof PyDictView) return v.dict.size;
  if (v instanceof PyBytesLike) return v.length;
  if (v instanceof PyInstance) {
    const value = nativeSlotValue(v, "__len__");
    if (value !== undefined) return lengthOf(core, value);
  }
  const n = lenSpecial(v);
  if (n !== undefined) return n;
  throw typeError(`object of type '${typeName(v)}' has no len()`);
}

function isInstance(v: Value, t: PyType): boolean {
  // An instance of a subclass of a built-in type is a value of that type (builtinSubclass.ts).
  if (v instanceof PyInstance && v.native !== undefined) return isInstance(v.native, t);
  // Every class is an instance of type, whatever its metaclass.
  if (t === typeType && v instanceof PyClass) return true;
  const actual = typeOf(v);
  return actual === t || (t === intType && actual === boolType);
}

// ------------------------------------------------------------- iterators

/**
 * Lazily maps other iterators: map and filter objects (`pyName`, their type's name).
 * Over a generator, `ahead` says which generator's body must run first
 * (DerivedIterator.awaited).
 */
class MapIterator extends DerivedIterator {
  constructor(
    readonly pyName: "map" | "filter",
    /** What `step` uses (source iterators, the function, an item found ahead): kept alive with this iterator. */
    private readonly held: () => readonly Value[],
    /** The iterators the items come from. */
    from: readonly PyIterator[],
    private readonly step: () => Value | undefined,
    private readonly ahead: () => PyGenerator | null,
  ) {
    super(from);
  }
  next(): Value | undefined {
    return this.step();
  }
  override awaited(): PyGenerator | null {
    return this.ahead();
  }
  children(): readonly Value[] {
    return this.held();
  }
}

// --------------------------------------------------------------- helpers

/** min()/max(): streams over the iterable (never materialises it); O(1) for a range. */
function minmax(name: "min" | "max", core: CoreApi, args: Value[], kw: Kwargs): Value {
  expectKwargs(name, kw, ["key", "default"]);
  if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  if (args.length > 1 && kw?.has("default")) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  const key = kw?.get("key") ?? null;
  if (args.length === 2 && key === null) {
    // min(a, b) of two numbers (`min(i, 5)` in a loop): no tuple, iterator or closure.
    const a = args[0], b = args[1];
    if (typeof a === "number" && typeof b === "number") return (name === "min" ? b < a : b > a) ? b : a;
  }
  const src = args.length === 1 ? args[0] : new PyTuple(args);
  const empty = (): Value => emptyMinmax(name, kw);
  if (src instanceof PyRange && key === null) {
    if (src.length === 0) return empty();
    const [first, last] = rangeEnds(core, src);
    return ops.compare(name === "min" ? "lt" : "gt", last, first) ? last : first;
  }
  const it = ops.getIter(src);
  const best = new Extreme(name === "min" ? "lt" : "gt", key);
  if (it instanceof ListIterator) {
    // A list's items in a loop of its own: no call of a closure per item.
    const items = it.items;
    while (it.i < items.length) best.offer(core, items[it.i++]);
  } else {
    it.forEachItem((v) => {
      best.offer(core, v);
      return true;
    });
  }
  return best.value === undefined ? empty() : best.value;
}

/** sorted()'s list of `items` (its own array). */
function sortedList(core: CoreApi, items: Value[], kw: Kwargs): PyList {
  return new PyList(sortValues(core, items, kw?.get("key") ?? null, sortReverse(kw?.get("reverse"))));
}

/** sum()'s start, its arguments checked. */
function sumStart(args: Value[], kw: Kwargs): Value {
  expectKwargs("sum", kw, ["start"]);
  // sum's start may be given by keyword, so CPython counts only positional arguments here.
  if (args.length === 0) throw typeError("sum() takes at least 1 positional argument (0 given)");
  expectArgs("sum", args, 1, 2);
  const acc: Value = args[1] ?? kw?.get("start") ?? 0;
  if (typeof acc === "string") throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  return acc;
}

/** min()/max() of nothing: the default, else CPython's ValueError. */
function emptyMinmax(name: "min" | "max", kw: Kwargs): Value {
  if (kw?.has("default")) return kw.get("default")!;
  throw valueError(`${name}() arg is an empty sequence`);
}

/** min()/max() of one generator, consumed in place (vm/generators.ts consumeInPlace). */
function minmaxConsumer(name: "min" | "max", core: CoreApi, args: Value[], kw: Kwargs): GeneratorConsumer | null {
  expectKwargs(name, kw, ["key", "default"]);
  if (args.length !== 1) return null;
  const best = new Extreme(name === "min" ? "lt" : "gt", kw?.get("key") ?? null);
  return {
    take: (v) => {
      best.offer(core, v);
      return true;
    },
    result: () => (best.value === undefined ? emptyMinmax(name, kw) : best.value),
    held: () => (best.value === undefined ? [] : [best.value, best.valueKey]),
  };
}

/** any() and all() of a generator, consumed in place: the first item whose truth is `stop` decides. */
function truthConsumer(name: string, args: Value[], kw: Kwargs, stop: boolean): GeneratorConsumer | null {
  if (kw !== null) return null;
  expectArgs(name, args, 1);
  let decided = false;
  return {
    take: (v) => {
      tick();
      decided = ops.truthy(v) === stop;
      return !decided;
    },
    result: () => (decided ? stop : !stop),
    held: () => [],
  };
}

/** The running answer of min() or max(): the first item whose key no later key beats. */
class Extreme {
  value: Value | undefined = undefined;
  valueKey: Value = null;
  constructor(private readonly op: "lt" | "gt", private readonly key: Value) {}

  offer(core: CoreApi, v: Value): void {
    tick();
    const k = this.key === null ? v : core.call(this.key, [v]);
    const b = this.valueKey;
    if (this.value === undefined
      || (typeof k === "number" && typeof b === "number" ? (this.op === "lt" ? k < b : k > b) : ops.compare(this.op, k, b))) {
      this.value = v;
      this.valueKey = k;
    }
  }
}

/** sum() of a range of ints from an int start, in O(1); exact (a big int, or int32-checked). */
function sumRange(core: CoreApi, r: PyRange, start: bigint): number | PyBigInt {
  const total = rangeSum(r, start);
  if (promotes(core)) return intOf(core, total);
  if (total < -2147483648n || total > 2147483647n) {
    throw new PyError("OverflowError", `int overflow: sum of range(${str(r.start, false)}, ${str(r.stop, false)}, ${str(r.step, false)}) = ${total} does not fit in a 32-bit int`);
  }
  return Number(total);
}

function radix(prefix: string, base: number) {
  return (_core: CoreApi, args: Value[]) => {
    expectArgs(prefix === "0x" ? "hex" : prefix === "0b" ? "bin" : "oct", args, 1);
    const x = intNumeric(args[0]) ?? toInt(args[0], ""); // toInt raises the TypeError
    return (x < 0 ? "-" : "") + prefix + (x < 0 ? -x : x).toString(base);
  };
}

function printArgs(core: CoreApi, args: Value[], kw: Kwargs): Value {
  expectKwargs("print", kw, ["sep", "end", "file", "flush"]);
  const sepV = kw?.get("sep") ?? null;
  const endV = kw?.get("end") ?? null;
  if (sepV !== null && typeof sepV !== "string") throw typeError(`sep must be None or a string, not ${typeName(sepV)}`);
  if (endV !== null && typeof endV !== "string") throw typeError(`end must be None or a string, not ${typeName(endV)}`);
  const sep = sepV ?? " ";
  const end = endV ?? "\n";
  const file = kw?.get("file") ?? redirectedStdout(core);
  if (file !== null) return printToFile(core as Core, file, args, sep, end);
  let text = "";
  for (let i = 0; i < args.length; i++) {
    if (i) text += sep;
    text += textOf(core, args[i], "str");
  }
  core.write(text + end);
  return null;
}

/** input()'s result from a line read from sys.stdin: without its "\n"; '' is the end of input. */
function inputLine(core: CoreApi, line: Value): Value {
  const text = asStr(line);
  if (text === undefined) throw typeError("object.readline() returned non-string");
  if (text === "") throw new PyError("EOFError", "EOF when reading a line");
  return core.newStr(text.endsWith("\n") ? text.slice(0, -1) : text);
}

/** print(..., file=f): CPython's calls, f.write(str(arg)), f.write(sep)..., f.write(end) (`flush` is accepted: output is unbuffered). */
function printToFile(core: Core, file: Value, args: Value[], sep: string, end: string): Value {
  const write = core.getAttr(file, "write");
  for (let i = 0; i < args.length; i++) {
    if (i) core.call(write, [sep]);
    core.call(write, [core.newStr(textOf(core, args[i], "str"))]);
  }
  core.call(write, [end]);
  return null;
}

/** The classic `print x` statement: one value, the original's formats, one line. */
export function printClassic(core: CoreApi, v: Value): void {
  core.write(textOf(core, v, "classic") + "\n");
}

/** f-string field: conversion 0 none, 1 !s, 2 !r, 3 !a; then the format spec. */
export function formatValueForFString(core: CoreApi, v: Value, conversion: number, spec: string): string {
  let x = v;
  if (conversion === 1) x = textOf(core, v, "str");
  else if (conversion === 2) x = textOf(core, v, "repr");
  else if (conversion === 3) x = asciiEscape(textOf(core, v, "repr"));
  const s = spec === "" && typeof x === "string" ? x : formatSpec(x, spec, core);
  return core.newStr(s);
}

const fn = (name: string, f: NativeFn) => new BuiltinFunction(name, f);

function makeTable(): Map<string, Value> {
  const t = new Map<string, Value>();
  const types = [
    intType, floatType, strType, boolType, listType, tupleType, rangeType, typeType, dictType, setType, frozensetType,
    bytesType, bytearrayType,
  ];
  for (const ty of types) t.set(ty.name, ty);
  const add = (name: string, f: NativeFn) => t.set(name, fn(name, f));

  add("print", printArgs);
  for (const [name, v] of classBuiltins()) t.set(name, v);
  for (const [name, cls] of exceptionClasses) t.set(name, cls);
  // CPython keeps the pre-3.3 names as aliases of OSError.
  for (const alias of ["IOError", "EnvironmentError"]) t.set(alias, exceptionClasses.get("OSError")!);
  t.set("complex", complexClass);
  t.set("slice", sliceClass);
  t.set("memoryview", memoryviewClass);
  for (const [name, v] of introspectionBuiltins()) t.set(name, v);
  add("aiter", (core, args) => aiterBuiltin(core as unknown as Core, args));
  add("anext", (core, args) => anextBuiltin(core as unknown as Core, args));
  // Kernels ask for elements of an array passed by reference ahead of use.
  add("prefetch", prefetchBuiltin);
  const lenBuiltin = fn("len", (core, args) => {
    expectArgs("len", args, 1);
    return lengthOf(core, args[0]);
  });
  lenBuiltin.unary = lengthOf;
  t.set("len", lenBuiltin);
  add("abs", (core, args) => {
    expectArgs("abs", args, 1);
    const v = args[0];
    if (isInt(v) || typeof v === "boolean") return promotes(core) ? absInt(core, Number(v)) : checkInt32(Math.abs(Number(v)), "abs()");
    if (v instanceof PyBigInt) return absInt(core, v);
    if (isFloat(v)) return core.float(Math.abs(floatValue(v)));
    const r = unarySpecial("__abs__", v);
    if (r !== undefined) return r;
    throw typeError(`bad operand type for abs(): '${typeName(v)}'`);
  });
  add("min", (core, args, kw) => minmax("min", core, args, kw));
  add("max", (core, args, kw) => minmax("max", core, args, kw));
  add("sum", (core, args, kw) => {
    const acc = sumStart(args, kw);
    if (args[0] instanceof PyRange && isIntValue(acc)) return sumRange(core, args[0], toBig(acc)!);
    return sumItems(core, ops.getIter(args[0]), acc);
  });
  // Builtins that consume a whole iterable take a generator in place (generators.ts
  // consumeInPlace): a recursion through them nests no host call per level.
  const consumer = (name: string, c: ConsumeFn) => ((t.get(name) as BuiltinFunction).consume = c);
  consumer("sum", (core, args, kw) => sumConsumer(core, sumStart(args, kw)));
  consumer("min", (core, args, kw) => minmaxConsumer("min", core, args, kw));
  consumer("max", (core, args, kw) => minmaxConsumer("max", core, args, kw));
  add("round", (core, args, kw) => {
    expectKwargs("round", kw, ["number", "ndigits"]);
    if (kw?.has("number")) args = [kw.get("number")!, ...args];
    if (args.length === 0) throw typeError("round() missing required argument 'number' (pos 1)");
    expectArgs("round", args, 1, 2);
    const nd = args[1] ?? kw?.get("ndigits") ?? null;
    const x = args[0];
    if (isInt(x) || typeof x === "boolean") {
      if (nd === null) return Number(x);
      return promotes(core) ? roundIntBig(core, BigInt(Number(x)), toInt(nd, "")) : roundInt(Number(x), toInt(nd, ""));
    }
    if (x instanceof PyBigInt) return nd === null ? x : roundIntBig(core, x.v, toInt(nd, ""));
    const own = callSpecial(x, "__round__", nd === null ? [] : [nd]);
    if (own !== undefined) return own;
    if (!isFloat(x)) throw typeError(`type ${typeName(x)} doesn't define __round__ method`);
    const xv = floatValue(x);
    if (nd === null) {
      if (!Number.isFinite(xv)) throw new PyError(Number.isNaN(xv) ? "ValueError" : "OverflowError", `cannot convert float ${Number.isNaN(xv) ? "NaN" : "infinity"} to integer`);
      return promotes(core) ? intFromFloat(core, roundHalfEven(xv), "round()") : checkInt32(roundHalfEven(xv), "round()") + 0;
    }
    const d = toInt(nd, "");
    if (!Number.isFinite(xv)) return x;
    if (d > 300) return x;
    // Correctly rounded, like CPython: the exact binary value formatted with `d`
    // decimals (ties to even), read back.
    const r = d >= 0 ? Number(formatSpec(x, `.${Math.min(d, 330)}f`, core)) : roundFloatNegative(xv, d);
    return core.float(r);
  });
  add("divmod", (core, args) => {
    expectPositional("divmod", args, 2);
    const viaDunder = binarySpecial("divmod", args[0], args[1]); // __divmod__ / __rdivmod__
    if (viaDunder !== undefined) return viaDunder;
    return ops.divmod(core, args[0], args[1]);
  });
  add("pow", (core, args, kw) => {
    // pow(base, exp, mod): each may be given by keyword, in that order.
    expectKwargs("pow", kw, ["base", "exp", "mod"]);
    const names = ["base", "exp", "mod"];
    // Argument clinic's order: a missing required argument first, then a keyword that repeats a positional one.
    const given = args.length;
    const count = given + (kw?.size ?? 0);
    if (count > 3) throw typeError(`pow() takes at most 3 arguments (${count} given)`);
    if (kw) {
      const all = [...args];
      for (let n = all.length; n < 3 && kw.has(names[n]); n++) all.push(kw.get(names[n])!);
      args = all;
    }
    if (args.length < 2) throw typeError(`pow() missing required argument '${names[args.length]}' (pos ${args.length + 1})`);
    for (const k of kw?.keys() ?? []) {
      if (names.indexOf(k) < given) throw typeError(`argument for pow() given by name ('${k}') and position (${names.indexOf(k) + 1})`);
    }
    expectArgs("pow", args, 2, 3);
    return args.length === 3 ? ops.powMod(core, args[0], args[1], args[2]) : ops.pow(core, args[0], args[1]);
  });
  add("chr", (core, args) => {
    expectArgs("chr", args, 1);
    // CPython converts the code point to a C int.
    if (args[0] instanceof PyBigInt) throw new PyError("OverflowError", "Python int too large to convert to C int");
    const x = toInt(args[0], "");
    if (x < 0 || x > 0x10ffff) throw valueError("chr() arg not in range(0x110000)");
    return core.newStr(x < 256 ? LATIN1_CHARS[x] : String.fromCodePoint(x));
  });
  add("ord", (_c, args) => {
    expectArgs("ord", args, 1);
    const s = args[0];
    if (s instanceof PyBytesLike) {
      if (s.data.length !== 1) throw typeError(`ord() expected a character, but string of length ${s.data.length} found`);
      return s.data[0];
    }
    const c = asStr(s);
    if (c === undefined) throw typeError(`ord() expected string of length 1, but ${typeName(s)} found`);
    const n = cpLength(c);
    if (n !== 1) throw typeError(`ord() expected a character, but string of length ${n} found`);
    return c.codePointAt(0)!;
  });
  add("hex", radix("0x", 16));
  add("bin", radix("0b", 2));
  add("oct", radix("0o", 8));
  add("sorted", (core, args, kw) => {
    expectKwargs("sort", kw, ["key", "reverse"]); // CPython: sorted passes them on to list.sort
    expectPositional("sorted", args, 1);
    // The items are charged as the new list while they are collected.
    return sortedList(core, ops.iterableItems(args[0], core), kw);
  });
  consumer("sorted", (core, args, kw) => {
    expectKwargs("sort", kw, ["key", "reverse"]); // CPython: sorted passes them on to list.sort
    expectPositional("sorted", args, 1);
    return itemConsumer(core, (items) => sortedList(core, items, kw));
  });
  add("reversed", (_c, args) => {
    expectPositional("reversed", args, 1);
    const v = args[0];
    // Lazy, like CPython: nothing is copied.
    if (v instanceof PyRange) return rangeReversed(v);
    if (v instanceof PyHostArray) return new HostArrayIterator(v, true);
    if (v instanceof PyDict) return new DictIterator(v, "keys", true);
    if (v instanceof PyDictView) return new DictIterator(v.dict, v.kind, true);
    if (v instanceof PyBytesLike) return new BytesIterator(v, true);
    // A class's __reversed__ (collections.deque, OrderedDict) returns the iterator.
    const own = callSpecial(v, "__reversed__", []);
    if (own !== undefined) return own;
    if (v instanceof PyInstance && lenSpecial(v) !== undefined && v.cls.lookup("__getitem__") !== undefined) {
      return new ReversedSequenceIterator(v);
    }
    if (!(v instanceof PyList || v instanceof PyTuple || typeof v === "string")) {
      throw typeError(`'${typeName(v)}' object is not reversible`);
    }
    return new ReverseIterator(v);
  });
  add("enumerate", (core, args, kw) => {
    expectKwargs("enumerate", kw, ["iterable", "start"]);
    if (kw?.has("iterable")) args = [kw.get("iterable")!, ...args];
    if (args.length === 0) throw typeError("enumerate() missing required argument 'iterable'");
    expectArgs("enumerate", args, 1, 2);
    const it = ops.getIter(args[0]);
    return new EnumerateIterator(core, it, toIntValue(args[1] ?? kw?.get("start") ?? 0, ""));
  });
  add("zip", (core, args, kw) => {
    expectKwargs("zip", kw, ["strict"]);
    return new ZipIterator(core, args.map((a) => ops.getIter(a)), ops.truthy(kw?.get("strict") ?? false));
  });
  add("map", (core, args) => {
    if (args.length < 2) throw typeError("map() must have at least two arguments.");
    const f = args[0];
    const its = args.slice(1).map((a) => ops.getIter(a));
    // The rows of arguments are zip's tuples (also in what it takes ahead of a generator).
    const rows = new ZipIterator(core, its);
    return new MapIterator("map", () => [f, rows], its, () => {
      const row = new Array<Value>(its.length);
      return rows.fill(row) ? core.call(f, row) : undefined;
    }, () => rows.awaited());
  });
  add("filter", (core, args) => {
    expectPositional("filter", args, 2);
    const f = args[0];
    const it = ops.getIter(args[1]);
    const passes = (v: Value) => ops.truthy(f === null ? v : core.call(f, [v]));
    // The item awaited() found (tested while the source needed no generator run), or END.
    const END: Value = Object.freeze({}) as unknown as Value;
    let found: Value | undefined;
    return new MapIterator("filter", () => (found === undefined || found === END ? [f, it] : [f, it, found]), [it], () => {
      if (found !== undefined) {
        const v = found;
        found = undefined;
        return v === END ? undefined : v;
      }
      for (let v = it.next(); v !== undefined; v = it.next()) {
        tick(); // a filter that rejects everything runs inside one instruction
        if (passes(v)) return v;
      }
      return undefined;
    }, () => {
      while (found === undefined) {
        const g = awaitedIn(it);
        if (g !== null) return g;
        tick();
        const v = it.next();
        if (v === undefined) found = END;
        else if (passes(v)) found = v;
      }
      return null;
    });
  });
  add("next", (core, args) => {
    expectPositional("next", args, 1, 2);
    const it = args[0];
    if (it instanceof PyIterator && it.awaitOnly) throw typeError(`'${typeName(it)}' object is not an iterator`);
    let v: Value | undefined;
    if (it instanceof PyInstance) {
      // An object with __next__: StopIteration from it means "exhausted".
      try {
        v = nextSpecial(it);
        if (v === undefined) throw typeError(`'${typeName(it)}' object is not an iterator`);
        return v;
      } catch (e) {
        if (!(isStopIteration(e) && args.length === 2)) throw e;
        return args[1];
      }
    }
    if (!(it instanceof PyIterator)) throw typeError(`'${typeName(it)}' object is not an iterator`);
    v = it.next();
    if (v !== undefined) return v;
    if (args.length === 2) return args[1];
    // A generator's `return value` is StopIteration's value.
    if (it instanceof PyGenerator) throw stopIteration(core as Core, it.returnValue);
    throw new PyError("StopIteration", "");
  });
  add("any", (_c, args) => {
    expectArgs("any", args, 1);
    const r = args[0];
    if (r instanceof PyRange) return rangeAny(r); // O(1)
    let found = false;
    ops.getIter(args[0]).forEachItem((v) => {
      tick();
      found = ops.truthy(v);
      return !found;
    });
    return found;
  });
  add("all", (_c, args) => {
    expectArgs("all", args, 1);
    const r = args[0];
    if (r instanceof PyRange) return !ops.contains(r, 0); // O(1)
    let every = true;
    ops.getIter(args[0]).forEachItem((v) => {
      tick();
      every = ops.truthy(v);
      return every;
    });
    return every;
  });
  consumer("any", (_c, args, kw) => truthConsumer("any", args, kw, true));
  consumer("all", (_c, args, kw) => truthConsumer("all", args, kw, false));
  add("isinstance", (_c, args) => {
    expectPositional("isinstance", args, 2);
    const t = args[1];
    const types = t instanceof PyTuple ? t.items : [t];
    for (const ty of types) {
      if (ty instanceof PyClass) {
        if (instanceCheck(_c as Core, args[0], ty)) return true;
        continue;
      }
      isinstanceAliasError(ty);
      if (!(ty instanceof PyType)) throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
      if (isInstance(args[0], ty)) return true;
    }
    return false;
  });
  add("hash", (_c, args) => {
    expectArgs("hash", args, 1);
    return hashValue(_c, args[0]);
  });
  add("callable", (_c, args) => {
    expectArgs("callable", args, 1);
    const v = args[0];
    return isCallable(v);
  });
  add("repr", (core, args) => {
    expectArgs("repr", args, 1);
    return core.newStr(underTextBuiltin(" while calling a Python object", () => textOf(core, args[0], "repr")));
  });
  add("ascii", (core, args) => {
    expectArgs("ascii", args, 1);
    return core.newStr(asciiEscape(textOf(core, args[0], "repr")));
  });
  add("format", (core, args) => {
    expectPositional("format", args, 1, 2);
    const spec = asStr(args[1] ?? "");
    if (spec === undefined) throw typeError(`format() argument 2 must be str, not ${typeName(args[1])}`);
    return core.newStr(formatSpec(args[0], spec, core));
  });
  add("input", (core, args) => {
    expectPositional("input", args, 0, 1);
    let prompt = args.length ? str(args[0], core.float32) : "";
    if (core.dialect === "python3") {
      // CPython's input() with no terminal: the prompt goes to sys.stdout and the line
      // comes from sys.stdin, the program's own objects when it replaced them.
      const out = redirectedStdout(core);
      if (out !== null && prompt) {
        (core as Core).call((core as Core).getAttr(out, "write"), [core.newStr(prompt)]);
        prompt = "";
      }
      // What sys.stdin.readline(size) or read(size) left of a line comes first.
      const source = redirectedStdin(core);
      const pending = source === null ? takePending(core) : null;
      if (source !== null || pending !== null) {
        if (prompt) core.write(prompt);
        return inputLine(core, pending ?? (core as Core).call((core as Core).getAttr(source!, "readline"), []));
      }
    }
    // The core may block until the device has a line (like recv); `finish` makes the result.
    return core.port.input(prompt, (raw) => {
      if (raw === null) throw new PyError("EOFError", "EOF when reading a line");
      // The line source keeps the line's newline (none on a last line that had none).
      const line = raw.endsWith("\n") ? raw.slice(0, -1) : raw;
      if (core.dialect === "classic") {
        // The original typed its input: digits -> int, digits and dots -> real.
        const t = line.trim();
        if (/^\d+$/.test(t)) return checkInt32(Number(t), "input()");
        if (/^\d*\.\d*$/.test(t) && t !== ".") return core.float(Number(t));
      }
      return core.newStr(line);
    });
  });
  // exit(status) / quit(status): CPython's SystemExit rules (see modules/sys.ts).
  const stop: NativeFn = (core, args, kwargs) => {
    expectPyFunctionKwargs("Quitter.__call__", kwargs, ["code"]); // site.py's Quitter
    // site.py's Quitter.__call__(self, code=None), self counted as CPython counts it
    if (args.length > 1) throw typeError(`Quitter.__call__() takes from 1 to 2 positional arguments but ${args.length + 1} were given`);
    // site's Quitter raises SystemExit(code), code None by default.
    return exitCore(core, args.length ? args[0] : kwargs?.get("code") ?? null);
  };
  t.set("exit", new Quitter("exit", stop));
  t.set("quit", new Quitter("quit", stop));
  // The builtins that are types in CPython: the type objects of their values (heapTypes.ts).
  for (const name of ["map", "filter", "zip", "enumerate", "reversed", "property", "staticmethod", "classmethod", "super"]) {
    t.set(name, builtinHeapType(name, (t.get(name) as BuiltinFunction).fn, !["property", "staticmethod", "classmethod", "super"].includes(name)));
  }
  // The collection ABCs' isinstance/issubclass rules (modules/collectionsAbc.ts).
  t.set("isinstance", abcAware("isinstance", t.get("isinstance")));
  t.set("issubclass", abcAware("issubclass", t.get("issubclass")));
  return t;
}

/**
 * `exit` and `quit`: site's Quitter objects, callable (SystemExit), whose text tells
 * an interactive user how to leave, as CPython's: 'Use exit() or Ctrl-D (i.e. EOF) to exit'.
 */
class Quitter extends PyNativeObject {
  readonly typeName = "Quitter";
  constructor(private readonly name: string, private readonly stop: NativeFn) {
    super();
  }
  override call(core: Core, args: Value[], kwargs: Kwargs): Value {
    return this.stop(core, args, kwargs) as Value;
  }
  text(): string {
    return `Use ${this.name}() or Ctrl-D (i.e. EOF) to exit`;
  }
  children(): readonly Value[] {
    return [];
  }
  bytes(): number {
    return 0; // shared by every core, as the builtins table is
  }
}

/** The builtins namespace: shared by every core (each call receives its core), read-only. */
export const builtins: ReadonlyMap<string, Value> = makeTable();

/**
 * `import builtins` and the `__builtins__` name: the same table as a module, shared by
 * every core as the table is, read-only (PyModule.readOnly says why).
 */
export const builtinsModule = new PyModule("builtins");
for (const [name, v] of builtins) builtinsModule.set(name, v);
builtinsModule.set("__name__", "builtins");
builtinsModule.readOnly = "ePython resolves built-in names when it compiles the program: the builtins module cannot be changed (define a global of that name instead)";
(builtins as Map<string, Value>).set("__builtins__", builtinsModule);
setSuggestionBuiltins(builtins);
// Built-in functions stored as class attributes do not bind (classes.ts markPlainFunction).
for (const v of builtins.values()) markPlainFunction(v);
