// Argument checking shared by every builtin and standard-module function, so that
// wrong calls give CPython's messages ("sqrt() takes exactly one argument (2 given)")
// rather than JavaScript exceptions.

import { PyError, typeError } from "./errors.js";
import { bigToFloat } from "./bigint.js";
import { PyBigInt, PyFloat, PyHeapObject, PyHostArray, PyTuple, isInt, type Kwargs, type Value } from "./values.js";
import { hasNative, nativeOf, typeNameOf } from "./classes.js";
import { floatSpecial, indexSpecial } from "./numberProtocol.js";
import { clampedSliceBound, ssizeOverflow } from "./indexSized.js";

/** Throws TypeError unless min <= args.length <= max. */
export function expectArgs(name: string, args: Value[], min: number, max = min): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) throw typeError(`${name}() takes no arguments (${n} given)`);
    if (min === 1) throw typeError(`${name}() takes exactly one argument (${n} given)`);
    throw typeError(`${name}() takes exactly ${min} arguments (${n} given)`);
  }
  if (n < min) throw typeError(`${name}() takes at least ${min} argument${min === 1 ? "" : "s"} (${n} given)`);
  throw typeError(`${name}() takes at most ${max} argument${max === 1 ? "" : "s"} (${n} given)`);
}

/**
 * expectArgs for a method of a built-in type (`owner`: list, set, tuple...), with the
 * message CPython's calling convention for it gives: a method taking no argument or
 * exactly one names its type (`list.append() takes exactly one argument (0 given)`),
 * any other count is checked as argument clinic does (`pop expected at most 1
 * argument, got 2`).
 */
export function expectMethodArgs(owner: string, name: string, args: Value[], min: number, max = min): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max && min <= 1) expectArgs(`${owner}.${name}`, args, min);
  expectPositional(name, args, min, max);
}

/**
 * expectArgs in the form argument clinic's positional check (_PyArg_CheckPositional)
 * gives, which most builtins taking only positional arguments use: `sorted expected 1
 * argument, got 2`, `iter expected at most 2 arguments, got 3` (no parentheses).
 */
export function expectPositional(name: string, args: Value[], min: number, max = min): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  const s = (k: number) => `${k} argument${k === 1 ? "" : "s"}`;
  if (min === max) throw typeError(`${name} expected ${s(min)}, got ${n}`);
  throw typeError(n < min ? `${name} expected at least ${s(min)}, got ${n}` : `${name} expected at most ${s(max)}, got ${n}`);
}

/**
 * Throws TypeError if keyword arguments other than `allowed` were passed, in the words
 * of CPython 3.11's C argument parsers (getargs.c), which builtins written in C use:
 * `len() takes no keyword arguments` when it takes none (`name` then qualified as
 * CPython's method tables name it: `list.append`, `math.sqrt`), else `'foo' is an
 * invalid keyword argument for print()`. For a library function CPython writes in
 * Python, use expectPyFunctionKwargs.
 */
export function expectKwargs(name: string, kwargs: Kwargs, allowed: readonly string[] = []): void {
  if (!kwargs || kwargs.size === 0) return;
  if (allowed.length === 0) throw typeError(`${name}() takes no keyword arguments`);
  for (const k of kwargs.keys()) {
    if (!allowed.includes(k)) throw typeError(`'${k}' is an invalid keyword argument for ${name}()`);
  }
}

/**
 * expectKwargs for a library function that CPython writes in Python (copy.deepcopy,
 * heapq.merge): binding a keyword no parameter names is `deepcopy() got an unexpected
 * keyword argument 'x'`, as for any Python function.
 */
export function expectPyFunctionKwargs(name: string, kwargs: Kwargs, allowed: readonly string[] = []): void {
  if (!kwargs) return;
  for (const k of kwargs.keys()) {
    if (!allowed.includes(k)) throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
  }
}

/** Python type name of a value, as used in error messages. */
export function typeName(v: Value | undefined): string {
  if (v === null) return "NoneType";
  switch (typeof v) {
    case "number": return (v | 0) === v ? "int" : "float";
    case "boolean": return "bool";
    case "string": return "str";
    case "undefined": return "undefined";
  }
  if (v instanceof PyFloat) return "float";
  if (v instanceof PyBigInt) return "int";
  if (v instanceof PyHostArray) return "hostarray";
  if (v instanceof PyHeapObject) return typeNameOf(v);
  if (v instanceof PyTuple) return "tuple";
  // The host class's name: the bundler names a class that refers to itself in a static
  // initialiser `_Name` (PyTuple.EMPTY), hence the underscore dropped.
  const ctor = ((v as object).constructor?.name ?? "object").replace(/^_/, "");
  const names: Record<string, string> = {
    PyList: "list", PyTuple: "tuple", PyRange: "range", PyFunction: "function",
    BuiltinFunction: "builtin_function_or_method", PyModule: "module", PyType: "type",
    Cell: "cell", PyDict: "dict", PySet: "set", PyFrozenSet: "frozenset", PyGenerator: "generator",
    PyCoroutine: "coroutine", PyAsyncGenerator: "async_generator",
    PyBytes: "bytes", PyByteArray: "bytearray", StructSequence: "tuple",
  };
  if (ctor === "PyDictView") return `dict_${(v as { kind: string }).kind}`;
  const named = ctor.endsWith("Iterator") || typeof (v as { pyName?: unknown }).pyName === "string";
  return names[ctor] ?? (named ? iteratorTypeName(v as object) : ctor);
}

/**
 * CPython's name for the type of a built-in iterator (list_iterator, map, zip,
 * dict_keyiterator..., `itertools.count` for a library's): what `repr(it)` and error
 * messages say.
 */
export function iteratorTypeName(it: object): string {
  const module = (it as { pyModule?: string }).pyModule;
  return module === undefined ? ownIteratorName(it) : `${module}.${ownIteratorName(it)}`;
}

function ownIteratorName(it: object): string {
  const ctor = it.constructor.name;
  // What an iterator walks decides some names, as CPython's separate types do.
  switch (ctor) {
    case "DictIterator": {
      const d = it as { backwards: boolean; kind: string };
      return `dict_${d.backwards ? "reverse" : ""}${d.kind.slice(0, -1)}iterator`;
    }
    case "ListIterator": return (it as { seq: object }).seq.constructor.name === "PyList" ? "list_iterator" : "tuple_iterator";
    // CPython 3.11 walks a str of ASCII characters only with its own iterator type.
    case "StrIterator": return /^[\x00-\x7f]*$/.test((it as { s: string }).s) ? "str_ascii_iterator" : "str_iterator";
    // reversed() of a list is the list's __reversed__; of a str or tuple, the sequence protocol.
    case "ReverseIterator": return (it as { seq: object }).seq.constructor.name === "PyList" ? "list_reverseiterator" : "reversed";
    case "BytesIterator": {
      const b = it as { seq: object; backwards: boolean };
      return b.backwards ? "reversed" : b.seq.constructor.name === "PyByteArray" ? "bytearray_iterator" : "bytes_iterator";
    }
  }
  // An iterator serving several types names its own (map/filter, itertools' product, starmap...).
  const own = (it as { pyName?: unknown }).pyName;
  if (typeof own === "string") return own;
  const known: Record<string, string> = {
    RangeIterator: "range_iterator", SetIterator: "set_iterator",
    ReversedSequenceIterator: "reversed", ZipLongestIterator: "zip_longest",
    CallIterator: "callable_iterator", ViewIterator: "memory_iterator", InstanceIterator: "iterator",
    HostArrayIterator: "hostarray_iterator", TeeIterator: "_tee", GrouperIterator: "_grouper",
  };
  return known[ctor] ?? (ctor.replace(/Iterator$/, "").toLowerCase() || "iterator");
}

/**
 * A str argument as the JS string it is: a str, or an instance of a str subclass
 * (`class S(str)`, a StrEnum member), which CPython accepts wherever a str is
 * expected; undefined for anything else, so each caller keeps its own message.
 */
export function asStr(v: Value): string | undefined {
  if (typeof v === "string") return v;
  if (v instanceof PyHeapObject) {
    const n = nativeOf(v);
    if (typeof n === "string") return n;
  }
  return undefined;
}

/** int, bool or float as a JS number; TypeError otherwise. */
export function toNumber(v: Value, what: string): number {
  if (typeof v === "number") return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyBigInt) return bigToFloat(v.v);
  // An int or float subclass's instance is its number; any other (a str or list
  // subclass) is refused under its own class's name.
  if (hasNative(v)) {
    const n = v.native;
    if (typeof n === "number" || typeof n === "boolean" || n instanceof PyFloat || n instanceof PyBigInt) return toNumber(n, what);
  }
  const x = floatSpecial(v);
  if (x !== undefined) return x;
  throw typeError(`${what} must be a string or a real number, not '${typeName(v)}'`);
}

/**
 * A real-number argument as a JS number (math's functions, `'%f' % x`): int, bool,
 * float, big int, or an object with `__float__`/`__index__`; CPython's TypeError otherwise.
 */
export function toReal(v: Value): number {
  if (typeof v === "number") return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyBigInt) return bigToFloat(v.v);
  const x = floatSpecial(v);
  if (x !== undefined) return x;
  throw typeError(`must be real number, not ${typeName(v)}`);
}

/**
 * An int argument of any size in its canonical form: an int, a bool, a big int, an
 * object's `__index__`, an int subclass's instance; CPython's TypeError otherwise
 * (floats are refused, as in Python).
 */
export function toIntValue(v: Value, what: string): number | PyBigInt {
  if (typeof v === "number" && (v | 0) === v) return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyBigInt) return v;
  const i = indexSpecial(v);
  if (i !== undefined) return i;
  // An instance of an int subclass is its int (vm/builtinSubclass.ts).
  if (v instanceof PyHeapObject) {
    const n = nativeOf(v);
    if (isInt(n) || n instanceof PyBigInt) return n;
  }
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer${what ? ` (${what})` : ""}`);
}

/** int or bool as a JS integer (toIntValue); a big int is CPython's OverflowError. */
export function toInt(v: Value, what: string): number {
  const x = toIntValue(v, what);
  // A big int where the device needs a word (an index, a count, a code point): CPython's error.
  if (x instanceof PyBigInt) throw ssizeOverflow();
  return x;
}

/** CPython's message for a bad bound of list.index (its bounds cannot be None). */
export const LIST_SLICE_BOUND = "slice indices must be integers or have an __index__ method";
/** CPython's message for a bad bound of the str and bytes methods (None is the default). */
export const SLICE_BOUND = "slice indices must be integers or None or have an __index__ method";

/**
 * A slice-like bound (`list.index`'s start, `str.find`'s end, `bytes.count`'s...): an
 * int of any size, a big one clamped past any length as CPython's _PyEval_SliceIndex
 * clamps it, so `s.find(x, 0, sys.maxsize)` searches all of s.
 */
export function toSliceBound(v: Value, message: string): number {
  if (typeof v === "number" && (v | 0) === v) return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  let x: number | PyBigInt | undefined = v instanceof PyBigInt ? v : indexSpecial(v);
  if (x === undefined && v instanceof PyHeapObject) {
    // An instance of an int subclass is its int (vm/builtinSubclass.ts).
    const n = nativeOf(v);
    if (isInt(n) || n instanceof PyBigInt) x = n;
  }
  if (x === undefined) throw typeError(message);
  return x instanceof PyBigInt ? clampedSliceBound(x) : x;
}

/** Checks that a JS integer fits the 32-bit device word; OverflowError otherwise. */
export function checkInt32(x: number, what = "integer"): number {
  if ((x | 0) !== x) {
    if (!Number.isFinite(x)) throw new PyError("OverflowError", `cannot convert float ${x > 0 ? "infinity" : x < 0 ? "-infinity" : "NaN"} to integer`);
    throw new PyError("OverflowError", `${what} ${Number.isInteger(x) ? x : ""} does not fit in a 32-bit int`.replace("  ", " "));
  }
  return x;
}
