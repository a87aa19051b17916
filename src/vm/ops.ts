// Operations on values: the general (slow) paths behind the interpreter's inline
// int/float fast paths, with Python 3 semantics on a 32-bit device word, plus the
// classic dialect's C-like operators.
//
// Invariant: every int result is checked to fit int32; one that does not becomes a
// big int (vm/bigint.ts) in the Python 3 dialect, else raises OverflowError;
// every float result is made with `core.float`, which rounds to float32 unless the
// core runs with --float64.

import { PyError, indexError, typeError, valueError, zeroDivision } from "./errors.js";
import { asStr, typeName } from "./args.js";
import { indexSpecial } from "./numberProtocol.js";
import { isComplex, realPowerToComplex } from "./complex.js";
import { percentFormat, textOf } from "./format.js";
import { type ArithOp, FLOAT_RULES, checkedInt, floatDivmod, powModBig } from "./numbers.js";
import { pow as libmPow } from "./libm.js";
import { bigArith, bigBitop, bigToFloat, compareBig, intOf, invertBig, negInt, promotes, smallIntRule, toBig } from "./bigint.js";
import { drain, rangeItems, reserveGrowth, reserveItems, reserveStr } from "./growth.js";
import {
  type CoreApi, HostArrayIterator, ListIterator, PyBigInt, PyFloat, PyHostArray, PyIterator, PyList, PyRange,
  PyTuple, PyType, StrIterator, type Value, floatValue, isFloat,
} from "./values.js";
import { GenericAlias, UnionType, builtinClassGetItem, typeUnion } from "./typeAliases.js";
import { cpAt, cpCompare, cpIncludes, cpLength, cpSlice, cpSliceStep } from "./codepoints.js";
import {
  NotImplemented, PyBoundMethod, PyClass, PyInstance, hasMetaclass, binarySpecial, reflectedOverrides, callSpecial, classGetItem, hasNative, nativeOf, nativeSlotValue, compareSpecial, instanceTruth, iterSpecial, setTruth, unarySpecial,
} from "./classes.js";
import { DictIterator, PyDict, PyDictView } from "./dict.js";
import { isSlice, makeSlice, sliceBounds } from "./slices.js";
import { bigIndexError, bigRepeatCount, clampedSliceBound } from "./indexSized.js";
import { rangeContains, rangeEq, rangeItem, rangeIter, rangeSlice } from "./range.js";
import { PySet, SetIterator } from "./set.js";
import { acquireOrNull } from "./buffer.js";
import { type SetOperator, lookupKey, setCompare, setEq, setInplace, setOperator } from "./methods/set.js";
import { dictDelete, dictEq, dictGet, dictOr, viewContains, viewEq } from "./methods/dict.js";
import {
  BytesIterator, PyByteArray, PyBytesLike, byteValue, bytesContains, bytesIndex, compareBytes, concatBytes,
  delByteSlice, fromLatin1, iconcatByteArray, latin1, repeatBytes, sameKind, setByteSlice, sliceData,
} from "./bytes.js";

export type Core = CoreApi;

const BIN_SYMBOL: Record<string, string> = {
  add: "+", sub: "-", mul: "*", truediv: "/", floordiv: "//", mod: "%", pow: "** or pow()",
  lshift: "<<", rshift: ">>", and: "&", or: "|", xor: "^", matmul: "@",
};

export function unsupported(op: string, a: Value, b: Value): PyError {
  return typeError(`unsupported operand type(s) for ${BIN_SYMBOL[op] ?? op}: '${typeName(a)}' and '${typeName(b)}'`);
}

/** `a op b` by a user class's `__op__`/`__rop__` (vm/classes.ts), else CPython's TypeError. */
function special(op: string, a: Value, b: Value): Value {
  const r = binarySpecial(op, a, b);
  if (r === undefined) throw unsupported(op, a, b);
  return r;
}

/** The interpreter's inline fast paths raise the same overflow error as the rules. */
export { intOverflow } from "./numbers.js";

/**
 * The interpreter's inline int fast paths call this when `a op b` leaves int32: a
 * big int when the core promotes, else the device word's OverflowError.
 */
export function intOverflowed(core: Core, op: "+" | "-" | "*", a: number, b: number): Value {
  return smallIntRule(core, op, a, b)!;
}

/** int or bool -> number; anything else -> undefined. */
function asInt(v: Value): number | undefined {
  if (typeof v === "number") return (v | 0) === v ? v : undefined;
  if (typeof v === "boolean") return v ? 1 : 0;
  return undefined;
}

/** An index: asInt, or an instance's `__index__` (a big int result stays undefined: too large). */
function asIndex(v: Value): number | undefined {
  const i = asInt(v);
  if (i !== undefined) return i;
  const x = indexSpecial(v);
  return typeof x === "number" ? x : undefined;
}

/** int, bool or float -> number; anything else -> undefined. */
export function asNumber(v: Value): number | undefined {
  if (typeof v === "number") return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return undefined;
}

/**
 * A number operator on two values: the int rule when both are ints (or bools), else
 * the float rule on their values, rounded to the run's precision (numbers.ts).
 * Undefined when an operand is not a number.
 */
function arith(core: Core, op: ArithOp, a: Value, b: Value): Value | undefined {
  const x = asInt(a), y = asInt(b);
  if (x !== undefined && y !== undefined) {
    const r = smallIntRule(core, op, x, y);
    if (r !== undefined) return r;
  }
  if (a instanceof PyBigInt || b instanceof PyBigInt) return bigArith(core, op, a, b);
  const fx = asNumber(a), fy = asNumber(b);
  if (fx === undefined || fy === undefined) return undefined;
  return core.float(FLOAT_RULES[op](fx, fy));
}

// ---------------------------------------------------------------- arithmetic

export function add(core: Core, a: Value, b: Value): Value {
  const n = arith(core, "+", a, b);
  if (n !== undefined) return n;
  // Sizes are known: charged before the host builds the result.
  if (typeof a === "string" && typeof b === "string") {
    reserveStr(core, a.length + b.length);
    return a + b;
  }
  if (a instanceof PyList && b instanceof PyList) {
    reserveItems(core, a.items.length + b.items.length);
    return new PyList(a.items.concat(b.items));
  }
  if (a instanceof PyTuple && b instanceof PyTuple) {
    reserveItems(core, a.items.length + b.items.length, "tuple");
    return a.items.length + b.items.length === 0 ? PyTuple.EMPTY : new PyTuple(a.items.concat(b.items));
  }
  // A memoryview is an instance with a buffer; other instances may have __radd__.
  if (a instanceof PyBytesLike && (!(b instanceof PyInstance) || acquireOrNull(b) !== null)) return concatBytes(core, a, b);
  // An instance (a str subclass, a class with __radd__) goes to its special methods.
  const r = a instanceof PyInstance || b instanceof PyInstance ? binarySpecial("add", a, b) : undefined;
  if (r !== undefined) return r;
  // CPython's last resort is the left operand's sequence concat, which names it:
  // `[1] + "x"`, `"s" + Obj()` are "can only concatenate list (not "str") to list".
  if (typeof a === "string" || a instanceof PyList || a instanceof PyTuple) {
    throw typeError(`can only concatenate ${typeName(a)} (not "${typeName(b)}") to ${typeName(a)}`);
  }
  return special("add", a, b);
}

/** `+=`: lists extend in place (identity kept), everything else is `+`. */
export function inplaceAdd(core: Core, a: Value, b: Value): Value {
  if (a instanceof PyList) {
    const items = b === a ? a.items.slice() : itemsView(b, core);
    reserveGrowth(core, a.items.length, items.length);
    for (const v of items) a.items.push(v);
    return a;
  }
  // `+=` on a bytearray takes bytes-like values only (CPython's bytearray_iconcat:
  // `b += [1]` is "can't concat list to bytearray", as `+` says it).
  if (a instanceof PyByteArray && (!(b instanceof PyInstance) || acquireOrNull(b) !== null)) {
    iconcatByteArray(core, a, b);
    return a;
  }
  if (a instanceof PyInstance) {
    // __iadd__, else __add__/__radd__.
    const r = binarySpecial("add", a, b, true);
    if (r !== undefined) return r;
  }
  return augmentedBinary(core, "add", a, b);
}

export function sub(core: Core, a: Value, b: Value): Value {
  const n = arith(core, "-", a, b);
  if (n !== undefined) return n;
  const s = a instanceof PyInstance || b instanceof PyInstance ? undefined : setOperator(core, "sub", a, b);
  if (s !== undefined) return s;
  return special("sub", a, b);
}

/** A big int repetition count of a sequence: 0 when it repeats to empty (else it raises); undefined otherwise. */
function bigCount(seq: Value, n: Value): number | undefined {
  if (!(n instanceof PyBigInt)) return undefined;
  const len = typeof seq === "string" ? seq.length
    : seq instanceof PyList || seq instanceof PyTuple ? seq.items.length
    : seq instanceof PyBytesLike ? seq.length : -1;
  return len < 0 ? undefined : bigRepeatCount(n, len);
}

function repeat(core: Core, seq: Value, n: number): Value | undefined {
  const count = Math.max(0, n);
  // The size is known: charged (MemoryError if too large) before the host allocates.
  if (typeof seq === "string") {
    reserveStr(core, seq.length * count);
    return seq.repeat(count);
  }
  if (seq instanceof PyList || seq instanceof PyTuple) {
    const total = seq.items.length * count;
    reserveItems(core, total, seq instanceof PyList ? "list" : "tuple");
    const out: Value[] = new Array(total);
    const src = seq.items;
    for (let i = 0, k = 0; i < count; i++) for (let j = 0; j < src.length; j++) out[k++] = src[j];
    if (!(seq instanceof PyList)) return total === 0 ? PyTuple.EMPTY : new PyTuple(out);
    const list = new PyList(out);
    list.extensible = seq.extensible; // classic `[0] * n` grows like a literal
    return list;
  }
  if (seq instanceof PyBytesLike) return repeatBytes(core, seq, count);
  return undefined;
}

export function mul(core: Core, a: Value, b: Value): Value {
  const n = arith(core, "*", a, b);
  if (n !== undefined) return n;
  const x = asInt(a), y = asInt(b) ?? bigCount(a, b);
  if (y !== undefined) {
    const r = repeat(core, a, y);
    if (r !== undefined) return r;
  }
  const xr = x ?? bigCount(b, a);
  if (xr !== undefined) {
    const r = repeat(core, b, xr);
    if (r !== undefined) return r;
  }
  const isSeq = (v: Value): boolean => typeof v === "string" || v instanceof PyList || v instanceof PyTuple || v instanceof PyBytesLike;
  if (a instanceof PyInstance || b instanceof PyInstance) {
    const r = binarySpecial("mul", a, b);
    if (r !== undefined) return r;
    // CPython tries the sequence's repeat last: a count with __index__ works ("ab" * obj).
    const seq = isSeq(a) ? a : isSeq(b) ? b : undefined;
    const count = seq === undefined ? undefined : asIndex(seq === a ? b : a);
    const rep = count === undefined ? undefined : repeat(core, seq!, count);
    if (rep !== undefined) return rep;
  }
  // CPython's message for a sequence times a non-int, whichever side the sequence is on.
  if (isSeq(a) || isSeq(b)) throw typeError(`can't multiply sequence by non-int of type '${typeName(isSeq(a) ? b : a)}'`);
  throw unsupported("mul", a, b);
}

export function truediv(core: Core, a: Value, b: Value): Value {
  const n = arith(core, "/", a, b);
  if (n !== undefined) return n;
  return special("truediv", a, b);
}

export function floordiv(core: Core, a: Value, b: Value): Value {
  const n = arith(core, "//", a, b);
  if (n !== undefined) return n;
  return special("floordiv", a, b);
}

/** Python's modulo (the result takes the sign of the divisor); `str % args` formats. */
export function mod(core: Core, a: Value, b: Value): Value {
  // A str or bytes subclass's own __rmod__ answers before formatting (CPython's binary_op1).
  if (b instanceof PyInstance && reflectedOverrides("mod", a, b)) return special("mod", a, b);
  if (typeof a === "string") return core.newStr(percentFormat(a, b, core));
  if (a instanceof PyBytesLike) return sameKind(core, a, fromLatin1(percentFormat(latin1(a.data), b, core, true)));
  const n = arith(core, "%", a, b);
  if (n !== undefined) return n;
  return special("mod", a, b);
}

/** divmod(a, b): both halves from one computation, so they always agree (CPython's float_divmod). */
export function divmod(core: Core, a: Value, b: Value): Value {
  const x = asInt(a), y = asInt(b);
  if (x !== undefined && y !== undefined) return core.newTuple([smallIntRule(core, "//", x, y)!, smallIntRule(core, "%", x, y)!]);
  const big = a instanceof PyBigInt || b instanceof PyBigInt;
  if (big && toBig(a) !== undefined && toBig(b) !== undefined) {
    return core.newTuple([bigArith(core, "//", a, b)!, bigArith(core, "%", a, b)!]);
  }
  const fx = a instanceof PyBigInt ? bigToFloat(a.v) : asNumber(a);
  const fy = b instanceof PyBigInt ? bigToFloat(b.v) : asNumber(b);
  if (hasNative(a) || hasNative(b)) return divmod(core, nativeOf(a), nativeOf(b));
  if (fx === undefined || fy === undefined) throw typeError(`unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`);
  const [q, r] = floatDivmod(fx, fy);
  return core.newTuple([core.float(q), core.float(r)]);
}

export function pow(core: Core, a: Value, b: Value): Value {
  // A positive finite float to a finite power is floatPow's plain case (none of its
  // special cases apply; an overflow goes on to raise there): `x ** 2`, `d ** -1.5`.
  if (typeof a === "number" && typeof b === "number" && (a | 0) !== a && a > 0 && a < Infinity && b - b === 0) {
    const r = libmPow(a, b);
    if (r < Infinity) return core.float(r);
  }
  // A negative base to a fractional power is complex in Python 3 (a ValueError in the
  // classic dialect, which has no complex numbers: floatPow raises it).
  const x = asNumber(a), y = asNumber(b);
  if (x !== undefined && y !== undefined && x < 0 && x > -Infinity && Number.isFinite(y) && y !== Math.floor(y) && core.dialect !== "classic") {
    return realPowerToComplex(core, x, y);
  }
  const n = arith(core, "**", a, b);
  if (n !== undefined) return n;
  return special("pow", a, b);
}

/**
 * The power slot of built-in number `owner`'s type given a modulus (CPython's long_pow,
 * float_pow): `a ** b % m` when all three are ints; undefined when int's declines
 * (NotImplemented); a float's refuses any modulus.
 */
export function numberPowModSlot(core: Core, owner: Value, a: Value, b: Value, m: Value): Value | undefined {
  if (typeof owner === "number" ? (owner | 0) !== owner : owner instanceof PyFloat) {
    throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
  }
  const x = toBig(a), y = toBig(b), z = toBig(m);
  if (toBig(owner) === undefined || x === undefined || y === undefined || z === undefined) return undefined;
  // The result is below the modulus: it is big only when the modulus is.
  return intOf(core, powModBig(x, y, z));
}

/**
 * pow(a, b, m) (CPython's ternary_op): only a's own `__pow__` takes the modulus (a user
 * class's, `__pow__(self, other, mod)`; never `__rpow__`), then the power slots of the
 * built-in types among the three (an int subclass's value is an int).
 */
export function powMod(core: Core, a: Value, b: Value, m: Value): Value {
  if (m === null) return pow(core, a, b);
  if (a instanceof PyInstance) {
    const r = callSpecial(a, "__pow__", [b, m]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  const x = nativeOf(a), y = nativeOf(b), z = nativeOf(m);
  for (const owner of [x, y, z]) {
    if (asNumber(owner) === undefined && !(owner instanceof PyBigInt)) continue;
    const r = numberPowModSlot(core, owner, x, y, z);
    if (r !== undefined) return r;
  }
  throw typeError(`unsupported operand type(s) for ** or pow(): '${typeName(a)}', '${typeName(b)}', '${typeName(m)}'`);
}

/**
 * `a @ b` (`inplace`: `a @= b`): only user classes define it (`__imatmul__`, then
 * `__matmul__`/`__rmatmul__`); otherwise CPython's TypeError, naming `@=` in place.
 */
export function matmul(_core: Core, a: Value, b: Value, inplace: boolean): Value {
  const r = binarySpecial("matmul", a, b, inplace);
  if (r !== undefined) return r;
  throw unsupported(inplace ? "@=" : "matmul", a, b);
}

export function bitop(op: "lshift" | "rshift" | "and" | "or" | "xor", a: Value, b: Value, core: Core): Value {
  // An instance operand (a set subclass, a class with __ror__) goes to its special methods.
  if (op !== "lshift" && op !== "rshift" && !(a instanceof PyInstance || b instanceof PyInstance)) {
    // Sets (| & ^) and dicts (|): the result belongs to the operands' core.
    const owner = ownerOf(a) ?? ownerOf(b);
    const r = owner && ((op === "or" ? dictOr(owner, a, b, false) : undefined) ?? setOperator(owner, op, a, b));
    if (r !== undefined && r !== null) return r;
  }
  const x = asInt(a), y = asInt(b);
  if (x === undefined || y === undefined) {
    const r = a instanceof PyBigInt || b instanceof PyBigInt ? bigBitop(core, op, a, b) : undefined;
    if (r !== undefined) return r;
    // `int | None`, `list | dict`: a union of types (PEP 604); instances keep their `__or__`/`__ror__`.
    const u = op === "or" && !(a instanceof PyInstance || b instanceof PyInstance) ? typeUnion(core, a, b) : undefined;
    return u !== undefined ? u : special(op, a, b);
  }
  switch (op) {
    case "and": return typeof a === "boolean" && typeof b === "boolean" ? (a && b) : x & y;
    case "or": return typeof a === "boolean" && typeof b === "boolean" ? (a || b) : x | y;
    case "xor": return typeof a === "boolean" && typeof b === "boolean" ? a !== b : x ^ y;
    case "lshift":
      if (y < 0) throw valueError("negative shift count");
      if (x !== 0 && promotes(core) && (y > 62 || ((x * 2 ** y) | 0) !== x * 2 ** y)) return bigBitop(core, op, x, y)!;
      return checkedInt("<<", x, y, y > 62 ? (x === 0 ? 0 : Infinity) : x * 2 ** y);
    case "rshift":
      if (y < 0) throw valueError("negative shift count");
      return y > 31 ? (x < 0 ? -1 : 0) : x >> y;
  }
}

export function neg(core: Core, a: Value): Value {
  const x = asInt(a);
  if (x !== undefined) return negInt(core, x);
  if (a instanceof PyBigInt) return negInt(core, a);
  if (isFloat(a)) return core.float(-floatValue(a));
  const r = unarySpecial("__neg__", a);
  if (r !== undefined) return r;
  throw typeError(`bad operand type for unary -: '${typeName(a)}'`);
}

export function pos(a: Value): Value {
  const x = asInt(a);
  if (x !== undefined) return x;
  if (isFloat(a) || a instanceof PyBigInt) return a;
  const r = unarySpecial("__pos__", a);
  if (r !== undefined) return r;
  throw typeError(`bad operand type for unary +: '${typeName(a)}'`);
}

export function invert(a: Value, core: Core): Value {
  const x = asInt(a);
  if (x !== undefined) return ~x;
  if (a instanceof PyBigInt) return invertBig(core, a);
  const r = unarySpecial("__invert__", a);
  if (r !== undefined) return r;
  throw typeError(`bad operand type for unary ~: '${typeName(a)}'`);
}

// ----------------------------------------------------------- classic operators

/** Classic `+`: a string on either side concatenates, with the original's formats. */
export function classicAdd(core: Core, a: Value, b: Value): Value {
  if (typeof a === "string" || typeof b === "string") return core.newStr(textOf(core, a, "classic") + textOf(core, b, "classic"));
  return add(core, a, b);
}

/** Classic `/`: C integer division (truncating) on two ints, else float division. */
export function classicDiv(core: Core, a: Value, b: Value): Value {
  const x = asInt(a), y = asInt(b);
  if (x !== undefined && y !== undefined) {
    if (y === 0) throw zeroDivision("integer division by zero");
    return checkedInt("/", x, y, Math.trunc(x / y));
  }
  return truediv(core, a, b);
}

/** Classic `//`: always a float, the floor of `/` (so C-truncated first on ints). */
export function classicFloorDiv(core: Core, a: Value, b: Value): Value {
  const q = classicDiv(core, a, b);
  return core.float(Math.floor(asNumber(q)!));
}

/** Classic `%`: C remainder (sign of the dividend); reals use fmod. */
export function classicMod(core: Core, a: Value, b: Value): Value {
  const x = asInt(a), y = asInt(b);
  if (x !== undefined && y !== undefined) {
    if (y === 0) throw zeroDivision("integer modulo by zero");
    return x % y;
  }
  const fx = asNumber(a), fy = asNumber(b);
  if (fx === undefined || fy === undefined) throw unsupported("mod", a, b);
  if (fy === 0) throw zeroDivision("float modulo");
  return core.float(fx % fy);
}

/**
 * `a -= b`, `a &= b`, `a |= b`, `a ^= b`: a set changes in place (so does a dict
 * with `|=`), keeping its identity; anything else gets the binary operator.
 */
export function inplaceOp(core: Core, op: SetOperator, a: Value, b: Value): Value {
  // An instance's in-place method first (`__ior__`: a set subclass keeps its identity).
  if (a instanceof PyInstance) {
    const r = binarySpecial(op, a, b, true);
    if (r !== undefined) return r;
  }
  const r = setInplace(core, op, a, b) ?? (op === "or" ? dictOr(core, a, b, true) : undefined);
  if (r !== undefined) return r;
  return augmentedBinary(core, op, a, b);
}

export type InplaceArithOp = "mul" | "truediv" | "floordiv" | "mod" | "pow" | "lshift" | "rshift";

/**
 * `a *= b`, `/=`, `//=`, `%=`, `**=`, `<<=`, `>>=`: an instance's `__imul__`... first
 * (then its `__mul__`, b's `__rmul__`), otherwise the binary operator.
 */
export function inplaceArith(core: Core, op: InplaceArithOp, a: Value, b: Value): Value {
  if (a instanceof PyInstance) {
    const r = binarySpecial(op, a, b, true);
    if (r !== undefined) return r;
  }
  return augmentedBinary(core, op, a, b);
}

/**
 * The binary operator an augmented assignment `a op= b` falls back to, where no
 * in-place method applied: CPython then names the augmented operator (`+=`, `*=`)
 * when no method applies at all.
 */
function augmentedBinary(core: Core, op: InplaceArithOp | SetOperator | "add", a: Value, b: Value): Value {
  try {
    switch (op) {
      case "add": return add(core, a, b);
      case "sub": return sub(core, a, b);
      case "mul": return mul(core, a, b);
      case "truediv": return truediv(core, a, b);
      case "floordiv": return floordiv(core, a, b);
      case "mod": return mod(core, a, b);
      case "pow": return pow(core, a, b);
      default: return bitop(op, a, b, core);
    }
  } catch (e) {
    if (e instanceof PyError && e.kind === "TypeError" && e.pyMessage === unsupported(op, a, b).pyMessage) {
      throw unsupported(`${op === "pow" ? "**" : BIN_SYMBOL[op]}=`, a, b);
    }
    throw e;
  }
}

/** The core holding a dict, set or view (values never cross cores), else undefined. */
function ownerOf(v: Value): CoreApi | undefined {
  if (v instanceof PyDict || v instanceof PySet) return v.owner;
  if (v instanceof PyDictView) return v.dict.owner;
  return undefined;
}

// ------------------------------------------------------------------- truth

export function truthy(v: Value): boolean {
  if (v === true) return true;
  if (v === false || v === null) return false;
  switch (typeof v) {
    case "number": return v !== 0;
    case "string": return v.length > 0;
  }
  if (v instanceof PyFloat) return v.v !== 0;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyRange) return v.length > 0;
  if (v instanceof PyHostArray) return v.length > 0;
  if (v instanceof PyDict || v instanceof PySet) return v.size > 0;
  if (v instanceof PyDictView) return v.dict.size > 0;
  if (v instanceof PyBytesLike) return v.length > 0;
  if (v instanceof PyInstance) return instanceTruth(v);
  return true;
}
setTruth(truthy);

// -------------------------------------------------------------- comparisons

/**
 * `v == item` while a list or tuple is searched (`in`, index, count, remove): two plain
 * numbers or two strings compare directly (small enough for V8 to inline into the
 * loop); everything else as eq.
 */
export function itemEq(v: Value, item: Value): boolean {
  const t = typeof item;
  // Identity first, as CPython's PyObject_RichCompareBool: a NaN float is "itself"
  // (an unboxed NaN has no identity of its own, so any two are the same object here).
  if (typeof v === t && (t === "number" || t === "string")) return v === item || (v !== v && item !== item);
  // `obj in [1, 2]`: the int's __eq__ declines, obj's reflected __eq__ answers.
  if (typeof v === "number" && item instanceof PyInstance) return specialEq(v, item);
  return eq(v, item);
}

/**
 * The first index in [start, stop) of `items` whose element equals `x` (itemEq), or
 * -1: `x in list`, `list.index`, `list.remove`. A number among numbers is compared in
 * the loop, with no call per element.
 */
export function searchItems(items: readonly Value[], x: Value, start: number, stop: number): number {
  if (typeof x === "number" && x === x) {
    for (let i = start; i < stop; i++) {
      const v = items[i];
      if (v === x || (typeof v !== "number" && itemEq(v, x))) return i;
    }
    return -1;
  }
  for (let i = start; i < stop; i++) if (itemEq(items[i], x)) return i;
  return -1;
}

/**
 * `a is b`. An unboxed NaN float has no identity of its own (JavaScript's NaN !== NaN),
 * so any two are taken for the same object: `x is x` holds for `x = inf - inf`.
 */
export function same(a: Value, b: Value): boolean {
  return a === b || (a !== a && b !== b);
}

/**
 * Equality as the containers see it (CPython's PyObject_RichCompareBool): identity
 * first, so an object equals itself even when its `__eq__` says otherwise and a NaN
 * float is found in a list holding it (`nan in [nan]`, `[nan] == [nan]`, dict keys).
 * The `==` operator is eqOp, which gives `nan == nan` False.
 */
export function eq(a: Value, b: Value): boolean {
  if (a === b) return true;
  // Two different strings (the common unequal case of `s == "word"`), before the type tests below.
  if (typeof a === "string" && typeof b === "string") return false;
  const x = asNumber(a);
  if (x !== undefined) {
    const y = asNumber(b);
    // A small int never equals a big one (one form per value), but a float may.
    // (`1 == obj` with a user class: itemEq and the == operator ask obj's __eq__;
    // testing for it here made every eq call of a list search twice as slow in V8.)
    if (y === undefined && b instanceof PyBigInt) return compareBig(a, b) === 0;
    // Two unboxed NaNs are one object (see itemEq); a boxed one is only itself.
    return y !== undefined && (x === y || (a !== a && b !== b));
  }
  if (a instanceof PyBigInt) return compareBig(a, b) === 0;
  if (a instanceof PyList && b instanceof PyList) return seqEq(a.items, b.items);
  if (a instanceof PyTuple && b instanceof PyTuple) return seqEq(a.items, b.items);
  if (a instanceof PyRange && b instanceof PyRange) return rangeEq(a, b);
  if (a instanceof PyDict && b instanceof PyDict) return dictEq(a, b);
  if (a instanceof PySet && b instanceof PySet) return setEq(a, b);
  if (a instanceof PyBytesLike && b instanceof PyBytesLike) return compareBytes(a, b) === 0;
  if (a instanceof PyDictView) return viewEq(a.dict.owner, a, b);
  if (b instanceof PyDictView) return viewEq(b.dict.owner, b, a);
  // Bound methods are equal when they bind the same function to the same object (CPython 3.8+).
  if (a instanceof PyBoundMethod) return b instanceof PyBoundMethod && a.self === b.self && a.fn === b.fn;
  // `list[int] == list[int]`; `int | str == str | int` (a union compares as a set).
  if (a instanceof GenericAlias) return b instanceof GenericAlias && a.origin === b.origin && seqEq(a.args, b.args);
  if (a instanceof UnionType) return b instanceof UnionType && unionEq(a, b);
  return specialEq(a, b);
}

/**
 * Key equality of dicts and sets: `eq`, except that a number stored and an instance
 * looked up (`Fraction(1, 4) in {0.25: 'q'}`, equal hashes) ask the instance's
 * reflected __eq__, as CPython's lookup does (eq answers false for a number against a
 * non-number without asking; only keys of equal hashes get here, so this is rare).
 */
export function keyEq(stored: Value, key: Value): boolean {
  if (eq(stored, key)) return true;
  return key instanceof PyInstance && (asNumber(stored) !== undefined || stored instanceof PyBigInt) && specialEq(stored, key);
}

/**
 * Two unions of types compare as sets of their members. Out of eq: a closure over eq's
 * operands would make V8 allocate a context on every eq call (2x slower `x in list`).
 */
function unionEq(a: UnionType, b: UnionType): boolean {
  return a.members.length === b.members.length && a.members.every((m) => b.members.some((n) => eq(m, n)));
}

/** `a == b` by the operands' `__eq__` methods (compareSpecial), false when neither answers. */
function specialEq(a: Value, b: Value): boolean {
  const r = compareSpecial("__eq__", a, b);
  return r !== undefined && truthy(r);
}

/**
 * The `==` operator: as eq, except that a class's `__eq__` is called even when a is b
 * and its result is returned as it is (eq's identity shortcut is the containers' rule).
 */
export function eqOp(a: Value, b: Value): Value {
  if (a instanceof PyInstance || b instanceof PyInstance) {
    const r = compareSpecial("__eq__", a, b);
    return r !== undefined ? r : a === b;
  }
  // A NaN float equals nothing under ==, itself included (eq's identity rule is the containers').
  if (isNanFloat(a) || isNanFloat(b)) return false;
  return eq(a, b);
}

/**
 * eq for values unpacked afresh from a buffer (array, memoryview elements): CPython
 * compares new objects there, so a NaN element equals nothing, not even itself.
 */
export function unpackedEq(a: Value, b: Value): boolean {
  return !isNanFloat(a) && eq(a, b);
}

/** A float (boxed or not) whose value is NaN. */
function isNanFloat(v: Value): boolean {
  return typeof v === "number" ? v !== v : v instanceof PyFloat && v.v !== v.v;
}

/** The `!=` operator: a class's `__ne__` (by default the inverse of its `__eq__`), else not eq. */
export function neOp(a: Value, b: Value): Value {
  if (a instanceof PyInstance || b instanceof PyInstance) {
    const r = compareSpecial("__ne__", a, b);
    return r !== undefined ? r : a !== b;
  }
  if (isNanFloat(a) || isNanFloat(b)) return true;
  return !eq(a, b);
}

function seqEq(a: Value[], b: Value[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!eq(a[i], b[i])) return false;
  return true;
}

const CMP_SYMBOL = { lt: "<", le: "<=", gt: ">", ge: ">=" } as const;

/** Three-way ordering for <, <=, >, >=; TypeError for unordered type pairs. */
export function compare(op: "lt" | "le" | "gt" | "ge", a: Value, b: Value): boolean {
  const r = compareValue(op, a, b);
  return r === true || (r !== false && truthy(r));
}

/**
 * The value of `a < b` (`op`) as the operator gives it: a bool, or whatever a class's
 * `__lt__` (reflected: `__gt__`) returned, unchanged, as CPython's rich comparison
 * (an element-wise vector, an expression tree). A tuple or list comparison gives its
 * first differing elements' value. `compare` is its truth, for sorting and branches.
 */
export function compareValue(op: "lt" | "le" | "gt" | "ge", a: Value, b: Value): Value {
  const x = asNumber(a), y = asNumber(b);
  if (x !== undefined && y !== undefined) return cmpResult(op, x, y);
  if (a instanceof PyBigInt || b instanceof PyBigInt) {
    // -1/0/1 (NaN against a nan float: every ordering false) against 0; not numbers: the TypeError below.
    const c = compareBig(a, b);
    if (c !== undefined) return cmpResult(op, c, 0);
  }
  if (typeof a === "string" && typeof b === "string") return cmpResult(op, cpCompare(a, b), 0);
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    const p = a.items, q = b.items;
    const n = Math.min(p.length, q.length);
    for (let i = 0; i < n; i++) {
      if (!eq(p[i], q[i])) return compareValue(op, p[i], q[i]);
    }
    return cmpResult(op, p.length, q.length);
  }
  if (a instanceof PyBytesLike && b instanceof PyBytesLike) return cmpResult(op, compareBytes(a, b), 0);
  const s = setCompare(op, a, b);
  if (s !== undefined) return s;
  const r = compareSpecial(`__${op}__`, a, b);
  if (r !== undefined) return r;
  throw typeError(`'${CMP_SYMBOL[op]}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

/** An ordering of two numbers by the number rules (strings and sequences reduce to numbers first). */
function cmpResult(op: "lt" | "le" | "gt" | "ge", x: number, y: number): boolean {
  // A switch, not COMPARE_RULES[CMP_SYMBOL[op]]: two lookups and a call per comparison
  // showed in profiles of string comparisons (pystone's characters).
  switch (op) {
    case "lt": return x < y;
    case "le": return x <= y;
    case "gt": return x > y;
    default: return x >= y;
  }
}

export function contains(container: Value, item: Value): boolean {
  if (typeof container === "string") {
    const sub = typeof item === "string" ? item : asStr(item);
    if (sub === undefined) throw typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    return cpIncludes(container, sub);
  }
  if (container instanceof PyList || container instanceof PyTuple) {
    return searchItems(container.items, item, 0, container.items.length) >= 0;
  }
  if (container instanceof PyRange) return rangeContains(container, item);
  if (container instanceof PyHostArray) {
    // Element by element through the core's cache, as a walk would.
    for (let i = 0; i < container.length; i++) if (eq(container.get(i), item)) return true;
    return false;
  }
  if (container instanceof PyDict) return container.has(item);
  if (container instanceof PySet) return container.has(lookupKey(container, item));
  if (container instanceof PyDictView) return viewContains(container, item);
  if (container instanceof PyBytesLike) return bytesContains(container, item);
  if (container instanceof PyInstance || hasMetaclass(container)) {
    // __contains__, else a walk of its iterator (CPython's fallback).
    const r = callSpecial(container, "__contains__", [item]);
    if (r !== undefined) return truthy(r);
    const it = iterSpecial(container);
    if (it) {
      for (let v = it.next(); v !== undefined; v = it.next()) if (eq(v, item)) return true;
      return false;
    }
  }
  if (container instanceof PyIterator) {
    // An iterator (a generator...) is consumed up to the first equal item.
    let found = false;
    container.forEachItem((v) => !(found = eq(v, item)));
    return found;
  }
  throw typeError(`argument of type '${typeName(container)}' is not iterable`);
}

// ---------------------------------------------------------------- iteration

/** `unpacking`: for an assignment target (CPython's "cannot unpack non-iterable int object"). */
export function getIter(v: Value, unpacking = false): PyIterator {
  if (v instanceof PyList || v instanceof PyTuple) return new ListIterator(v);
  if (v instanceof PyRange) return rangeIter(v);
  if (typeof v === "string") return new StrIterator(v);
  if (v instanceof PyIterator && !v.awaitOnly) return v;
  if (v instanceof PyHostArray) return new HostArrayIterator(v);
  if (v instanceof PyDict) return new DictIterator(v, "keys");
  if (v instanceof PySet) return new SetIterator(v);
  if (v instanceof PyDictView) return new DictIterator(v.dict, v.kind);
  if (v instanceof PyBytesLike) return new BytesIterator(v);
  const it = iterSpecial(v);
  if (it) return it;
  throw typeError(unpacking ? `cannot unpack non-iterable ${typeName(v)} object` : `'${typeName(v)}' object is not iterable`);
}

/**
 * All items of an iterable, as a fresh JS array, charged to the core as a list
 * before (known size) or while (iterators) the host allocates it: see growth.ts.
 */
export function iterableItems(v: Value, core: Core): Value[] {
  if (v instanceof PyList || v instanceof PyTuple) {
    reserveItems(core, v.items.length);
    return v.items.slice();
  }
  if (typeof v === "string") {
    reserveItems(core, v.length);
    return Array.from(v);
  }
  if (v instanceof PyRange) return rangeItems(core, v);
  if (v instanceof PyHostArray) return referenceItems(core, v, 0, 1, v.length);
  return drain(core, getIter(v));
}

/**
 * The items of an iterable for reading only (`f(*xs)`, `[*xs]`, `a[i:j] = xs`): a
 * list's or tuple's own items (nothing new is allocated), else `iterableItems`.
 */
export function itemsView(v: Value, core: Core): readonly Value[] {
  return v instanceof PyList || v instanceof PyTuple ? v.items : iterableItems(v, core);
}

/**
 * The items of a starred `*v` (`[*v]`, `f(*v)`): itemsView, with CPython's message
 * when `v` is not iterable (`what`: "Value after *", "__main__.f() argument after *").
 * An error raised inside v's own `__iter__` is the program's and passes unchanged.
 */
export function starredItems(core: Core, v: Value, what: string): readonly Value[] {
  return itemsOr(core, v, () => `${what} must be an iterable, not ${typeName(v)}`);
}

/** itemsView, with `message()` as the TypeError when `v` is not iterable (CPython's PySequence_Fast). */
function itemsOr(core: Core, v: Value, message: () => string): readonly Value[] {
  try {
    return itemsView(v, core);
  } catch (e) {
    if (e instanceof PyError && e.kind === "TypeError" && e.pyMessage === `'${typeName(v)}' object is not iterable`) throw typeError(message());
    throw e;
  }
}

// ---------------------------------------------------------------- subscripts

function seqName(v: Value): string {
  if (v instanceof PyHostArray) return "hostarray";
  return v instanceof PyList ? "list" : v instanceof PyTuple ? "tuple" : typeof v === "string" ? "string" : "range object";
}

/**
 * `count` elements of an array passed by reference, from `start` by `step`, as a new
 * list's items: charged to the core before the host allocates them (a slice of a
 * 50-million-element array raises MemoryError, it never builds the list).
 */
function referenceItems(core: Core, a: PyHostArray, start: number, step: number, count: number): Value[] {
  reserveItems(core, count);
  const out = new Array<Value>(count);
  for (let k = 0, i = start; k < count; k++, i += step) out[k] = a.get(i);
  return out;
}

/** Normalises an index for a sequence of length n; IndexError when out of range. */
export function normIndex(container: Value, index: Value, n: number, forStore = false): number {
  const i = asIndex(index);
  if (i === undefined) {
    // CPython's text: no sequence is that long.
    if (index instanceof PyBigInt) {
      throw bigIndexError(index, `${seqName(container)} ${forStore ? "assignment " : ""}index out of range`);
    }
    // CPython 3.11's texts: a str's names the type in quotes and offers no slices.
    if (typeof container === "string") throw typeError(`string indices must be integers, not '${typeName(index)}'`);
    throw typeError(`${seqName(container)} indices must be integers or slices, not ${typeName(index)}`);
  }
  const k = i < 0 ? i + n : i;
  if (k < 0 || k >= n) throw indexError(`${seqName(container)} ${forStore ? "assignment " : ""}index out of range`);
  return k;
}

/** Classic lists grow to hold index i (new slots are 0, never garbage). */
function growClassic(core: Core, list: PyList, index: Value): void {
  const i = asInt(index);
  if (list.extensible && i !== undefined && i >= list.items.length) {
    core.charge(4 * (i + 1 - list.items.length));
    while (list.items.length <= i) list.items.push(0);
  }
}

/** The original's message for an array index past the end (classic dialect). */
const CLASSIC_INDEX_ERROR = "Array index in expression exceeds array size in that dimension";

/** A list index, with the original's error text in the classic dialect. */
function listIndex(core: Core, list: PyList, index: Value, forStore: boolean): number {
  try {
    return normIndex(list, index, list.items.length, forStore);
  } catch (e) {
    if (core.dialect === "classic" && e instanceof PyError && e.kind === "IndexError") throw indexError(CLASSIC_INDEX_ERROR);
    throw e;
  }
}

export function getItem(core: Core, obj: Value, index: Value): Value {
  if (isSlice(index) && !(obj instanceof PyInstance)) return getSlice(core, obj, ...sliceBounds(index));
  if (obj instanceof PyList) {
    if (obj.extensible) growClassic(core, obj, index);
    return obj.items[listIndex(core, obj, index, false)];
  }
  if (obj instanceof PyDict) return dictGet(core, obj, index);
  if (obj instanceof PyTuple) return obj.items[normIndex(obj, index, obj.items.length)];
  if (typeof obj === "string") return cpAt(obj, normIndex(obj, index, cpLength(obj)));
  if (obj instanceof PyRange) return rangeItem(core, obj, index);
  if (obj instanceof PyHostArray) return obj.get(normIndex(obj, index, obj.length));
  if (obj instanceof PyBytesLike) return obj.at(bytesIndex(obj, index));
  if (obj instanceof PyInstance) {
    const value = nativeSlotValue(obj, "__getitem__");
    if (value !== undefined) return getItem(core, value, index);
  }
  // A `__getitem__` returning None is an answer (`??` would skip it).
  const r = callSpecial(obj, "__getitem__", [index]);
  if (r !== undefined) return r;
  const g = classGetItem(obj, index);
  if (g !== undefined) return g;
  if (obj instanceof PyClass) throw typeError(`type '${obj.name}' is not subscriptable`);
  // `list[int]`, `dict[str, int]`: PEP 585's aliases of the built-in types.
  const alias = obj instanceof PyType ? builtinClassGetItem(core, obj, index) : undefined;
  if (alias !== undefined) return alias;
  if (obj instanceof PyType) throw typeError(`type '${obj.name}' is not subscriptable`);
  throw typeError(`'${typeName(obj)}' object is not subscriptable`);
}

export function setItem(core: Core, obj: Value, index: Value, v: Value): void {
  if (isSlice(index) && !(obj instanceof PyInstance)) return setSlice(core, obj, ...sliceBounds(index), v);
  if (obj instanceof PyList) {
    if (obj.extensible) growClassic(core, obj, index);
    obj.items[listIndex(core, obj, index, true)] = v;
    return;
  }
  if (obj instanceof PyDict) return obj.set(index, v);
  if (obj instanceof PyHostArray) {
    obj.set(normIndex(obj, index, obj.length, true), v);
    return;
  }
  if (obj instanceof PyByteArray) {
    const i = bytesIndex(obj, index);
    obj.setAt(i, byteValue(v));
    return;
  }
  if (callSpecial(obj, "__setitem__", [index, v]) !== undefined) return;
  throw typeError(`'${typeName(obj)}' object does not support item assignment`);
}

export function delItem(obj: Value, index: Value): void {
  if (isSlice(index) && !(obj instanceof PyInstance || obj instanceof PyDict)) return delSlice(obj, ...sliceBounds(index));
  if (obj instanceof PyList) {
    obj.items.splice(normIndex(obj, index, obj.items.length, true), 1);
    return;
  }
  if (obj instanceof PyDict) return dictDelete(obj.owner, obj, index);
  if (obj instanceof PyByteArray) {
    const i = bytesIndex(obj, index);
    obj.splice(i, 1, new Uint8Array(0));
    return;
  }
  if (callSpecial(obj, "__delitem__", [index]) !== undefined) return;
  // CPython's PyObject_DelItem: a type with the sequence protocol (tuple, str, a class)
  // refuses an index in PySequence_DelItem's words; one without it (numbers, None), or
  // a slice, in its own.
  const sequence = !(obj === null || asNumber(obj) !== undefined || obj instanceof PyBigInt || isComplex(obj) || isSlice(index));
  throw typeError(`'${typeName(obj)}' object ${sequence ? "doesn't" : "does not"} support item deletion`);
}

/** An int (JS number in int32 form) or None: a slice bound the fast paths take as it is. */
export const isIntOrNone = (v: Value): v is number | null => v === null || (typeof v === "number" && (v | 0) === v);

/**
 * Slice bound `v` (the start, or with `isStop` the stop; None as null) of a sequence of
 * length n walked by step `st`, clamped as CPython's PySlice_AdjustIndices: within
 * [0, n] for a positive step, [-1, n - 1] for a negative one. The one rule for
 * sliceIndices and the fast paths of list, tuple and range slices.
 */
export function clampSliceBound(v: number | null, n: number, st: number, isStop: boolean): number {
  const low = st > 0 ? 0 : -1;
  const high = st > 0 ? n : n - 1;
  if (v === null) return isStop === st > 0 ? high : low;
  return v < 0 ? Math.max(v + n, low) : Math.min(v, high);
}

/** Python's slice.indices(): clamps (start, stop, step) to a sequence of length n. */
export function sliceIndices(lower: Value, upper: Value, step: Value, n: number): [number, number, number] {
  const part = (v: Value): number | null => {
    if (v === null) return null;
    let x = asInt(v);
    if (x === undefined) {
      // A big int, or an object's __index__ (a big result clamps as a big int bound does).
      const i = v instanceof PyInstance ? indexSpecial(v) : v;
      x = i instanceof PyBigInt ? clampedSliceBound(i) : asInt(i as Value);
    }
    if (x === undefined) throw typeError("slice indices must be integers or None or have an __index__ method");
    return x;
  };
  const st = part(step) ?? 1;
  if (st === 0) throw valueError("slice step cannot be zero");
  return [clampSliceBound(part(lower), n, st, false), clampSliceBound(part(upper), n, st, true), st];
}

/** How many indices lo, lo+st, ... lie before hi (bounds clamped by sliceIndices). */
export function sliceCount(lo: number, hi: number, st: number): number {
  if (st > 0) return lo < hi ? Math.floor((hi - lo - 1) / st) + 1 : 0;
  return lo > hi ? Math.floor((lo - hi - 1) / -st) + 1 : 0;
}

export function getSlice(core: Core, obj: Value, lower: Value, upper: Value, step: Value): Value {
  if ((obj instanceof PyList || obj instanceof PyTuple) && isIntOrNone(lower) && isIntOrNone(upper) && isIntOrNone(step) && step !== 0) {
    // `row[1:]`, `up[1:-1]`, `perm[k::-1]` in a loop: sliceIndices' rules, without its
    // closure and result array, and the items copied into an array of their number.
    const src = obj.items;
    const n = src.length;
    const st = step ?? 1;
    const lo = clampSliceBound(lower, n, st, false);
    const hi = clampSliceBound(upper, n, st, true);
    let items: Value[];
    if (st === 1) items = src.slice(lo, Math.max(lo, hi));
    else {
      const count = sliceCount(lo, hi, st);
      items = new Array<Value>(count);
      for (let c = 0, i = lo; c < count; c++, i += st) items[c] = src[i];
    }
    return obj instanceof PyList ? core.newList(items) : core.newTuple(items);
  }
  if (obj instanceof PyList || obj instanceof PyTuple || typeof obj === "string") {
    const n = typeof obj === "string" ? cpLength(obj) : obj.items.length;
    const [lo, hi, st] = sliceIndices(lower, upper, step, n);
    if (typeof obj === "string") {
      if (st === 1) return core.newStr(cpSlice(obj, lo, Math.max(lo, hi)));
      return core.newStr(cpSliceStep(obj, lo, st, sliceCount(lo, hi, st)));
    }
    let items: Value[];
    if (st === 1) items = obj.items.slice(lo, Math.max(lo, hi));
    else {
      items = [];
      for (let i = lo, c = sliceCount(lo, hi, st); c > 0; c--, i += st) items.push(obj.items[i]);
    }
    return obj instanceof PyList ? core.newList(items) : core.newTuple(items);
  }
  if (obj instanceof PyRange) return rangeSlice(core, obj, lower, upper, step);
  if (obj instanceof PyHostArray) {
    // A new list (a copy), as slicing a list gives.
    const [lo, hi, st] = sliceIndices(lower, upper, step, obj.length);
    return new PyList(referenceItems(core, obj, lo, st, sliceCount(lo, hi, st)));
  }
  if (obj instanceof PyBytesLike) {
    const [lo, hi, st] = sliceIndices(lower, upper, step, obj.length);
    return sameKind(core, obj, sliceData(obj, lo, st, sliceCount(lo, hi, st)));
  }
  if (obj instanceof PyInstance) {
    // `obj[a:b]` reaches a class's __getitem__ as a slice object.
    const r = callSpecial(obj, "__getitem__", [makeSlice(core, lower, upper, step)]);
    if (r !== undefined) return r;
  }
  throw typeError(`'${typeName(obj)}' object is not subscriptable`);
}

export function setSlice(core: Core, obj: Value, lower: Value, upper: Value, step: Value, v: Value): void {
  if (obj instanceof PyHostArray) throw typeError("a hostarray's length is fixed: assign its elements one by one (a[i] = v), not a slice");
  if (obj instanceof PyByteArray) {
    const [lo, hi, st] = sliceIndices(lower, upper, step, obj.length);
    return setByteSlice(core, obj, lo, hi, st, sliceCount(lo, hi, st), v);
  }
  if (obj instanceof PyInstance && callSpecial(obj, "__setitem__", [makeSlice(core, lower, upper, step), v]) !== undefined) return;
  if (!(obj instanceof PyList)) throw typeError(`'${typeName(obj)}' object does not support item assignment`);
  const [lo, hi, st] = sliceIndices(lower, upper, step, obj.items.length);
  // a[::-1] = a reads a copy.
  const items = v === obj ? obj.items.slice() : itemsOr(core, v, () => st === 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
  if (st === 1) {
    const width = Math.max(0, hi - lo);
    if (items.length === width) {
      // Same length (`perm[:k+1] = perm[k::-1]`): overwrite in place, no splice.
      for (let i = 0; i < width; i++) obj.items[lo + i] = items[i];
      return;
    }
    core.charge(4 * Math.max(0, items.length - width));
    obj.items.splice(lo, width, ...items);
    return;
  }
  const count = sliceCount(lo, hi, st);
  if (count !== items.length) throw valueError(`attempt to assign sequence of size ${items.length} to extended slice of size ${count}`);
  for (let i = lo, k = 0; k < count; k++, i += st) obj.items[i] = items[k];
}

export function delSlice(obj: Value, lower: Value, upper: Value, step: Value, core?: Core): void {
  if (obj instanceof PyInstance && core && callSpecial(obj, "__delitem__", [makeSlice(core, lower, upper, step)]) !== undefined) return;
  if (obj instanceof PyByteArray) {
    const [lo, hi, st] = sliceIndices(lower, upper, step, obj.length);
    return delByteSlice(obj, lo, st, sliceCount(lo, hi, st));
  }
  // A slice is no sequence index: CPython's PyObject_DelItem words it for every type.
  if (!(obj instanceof PyList)) throw typeError(`'${typeName(obj)}' object does not support item deletion`);
  const [lo, hi, st] = sliceIndices(lower, upper, step, obj.items.length);
  if (st === 1) {
    obj.items.splice(lo, Math.max(0, hi - lo));
    return;
  }
  const drop = new Set<number>();
  for (let i = lo, c = sliceCount(lo, hi, st); c > 0; c--, i += st) drop.add(i);
  obj.items = obj.items.filter((_, i) => !drop.has(i));
}

/** Items for `a, b = value`: exactly n of them. */
export function unpack(v: Value, n: number, core: Core): Value[] {
  let items: Value[];
  if (v instanceof PyList || v instanceof PyTuple) items = v.items;
  else if (v instanceof PyRange && v.length > n) items = new Array<Value>(n + 1); // only the count matters
  else {
    // At most n + 1 items, as CPython: enough to tell "too many" from exactly n.
    const it = getIter(v, true);
    items = [];
    while (items.length <= n) {
      const x = it.next();
      if (x === undefined) break;
      items.push(x);
    }
  }
  if (items.length !== n) {
    if (items.length > n) throw valueError(`too many values to unpack (expected ${n})`);
    throw valueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
  }
  return items;
}
