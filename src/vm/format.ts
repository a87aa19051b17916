// Text formatting of values: Python's str()/repr(), the original ePython's print
// format ("classic"), format() / f-string specs and printf-style `%` formatting.
//
// Floats are the delicate part. Every float layout here works on a decimal digit
// string `d` and a decimal-point position `decpt` meaning value = 0.d × 10^decpt
// (the convention of David Gay's dtoa, which CPython uses). The digits come either
// from the *shortest* round-trip conversion (repr) or from the *exact* decimal
// expansion of the binary value rounded half-to-even (fixed precision formats, as C's
// printf and CPython do). Layout rules are transcribed from CPython's
// Python/pystrtod.c `format_float_short`.

import { PyError, typeError, valueError, overflowError } from "./errors.js";
import { asStr, iteratorTypeName, toIntValue, toReal, typeName } from "./args.js";
import { checkStrRoom } from "./growth.js";
import {
  BuiltinFunction, Cell, PyBigInt, PyFloat, PyFunction, PyHeapObject, PyHostArray, PyIterator, PyList, PyModule, PyRange,
  PyTuple, PyType, type CoreApi, type RangeInt, type Value, floatValue, isFloat,
} from "./values.js";
import { cpLength, cpSlice } from "./codepoints.js";
import { PyBoundMethod, PyDescriptor, PyInstance, callSelf, callSpecial, nativeOf, objectText } from "./classes.js";
import { exceptionText } from "./exceptions.js";
import { DELETED, PyDict, PyDictView } from "./dict.js";
import { PyFrozenSet, PySet } from "./set.js";
import { PyBytesLike, fromLatin1, latin1, newBytes, reprBytes } from "./bytes.js";
import { keyError } from "./methods/dict.js";
import { bigDecimal, bigToFloat, bitLength } from "./bigint.js";
import { StructSequence } from "./structseq.js";
import { indexSpecial, intSpecial } from "./numberProtocol.js";

// ---------------------------------------------------------------------------------
// Decimal digits of a float
// ---------------------------------------------------------------------------------

/** value = 0.d × 10^decpt; `d` has no leading zeros (zero is d = "0", decpt = 1). */
interface Digits {
  d: string;
  decpt: number;
}

/** Parses a JS decimal string ("123.45", "1.5e-7", "12e3") of a positive number. */
function parseDecimal(s: string): Digits {
  let mant = s;
  let exp = 0;
  const e = s.search(/e/i);
  if (e >= 0) {
    mant = s.slice(0, e);
    exp = Number(s.slice(e + 1));
  }
  const dot = mant.indexOf(".");
  const intLen = dot < 0 ? mant.length : dot;
  let d = mant.replace(".", "");
  let decpt = intLen + exp;
  const lead = d.search(/[1-9]/);
  if (lead < 0) return { d: "0", decpt: 1 };
  d = d.slice(lead);
  decpt -= lead;
  return { d: d.replace(/0+$/, ""), decpt };
}

/** Shortest digits that read back (as float64) to x > 0; JS already computes them. */
function shortest64(x: number): Digits {
  return parseDecimal(String(x));
}

/** True if the decimal string reads back to the float32 x through our reader. */
function roundTrips32(s: string, x: number): boolean {
  return Math.fround(parseFloat(s)) === x;
}

/**
 * Shortest digits that read back to the float32 x > 0 (through Math.fround(parseFloat)),
 * choosing the closest to x among equally short candidates and, on an exact tie, the
 * one with an even last digit (as numpy.float32's repr does).
 */
function shortest32(x: number): Digits {
  // "Some p-digit decimal reads back to x" is monotone in p (a p-digit decimal is
  // also a (p+1)-digit one), so binary search for the smallest p; 9 always works.
  let lo = 1;
  let hi = 9;
  let best: Digits | null = null; // the candidate found for precision `hi`
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = candidate32(x, mid);
    if (c) {
      hi = mid;
      best = c;
    } else lo = mid + 1;
  }
  return best ?? candidate32(x, 9) ?? parseDecimal(x.toExponential(8));
}

/**
 * The p-digit decimal that reads back to the float32 x and is closest to it, or null.
 *
 * Every p-digit decimal inside the round-trip interval of x lies between the two
 * p-digit neighbours of x (its floor and ceiling at p digits), and the interval
 * contains x, so it is enough to test those two. toExponential gives the nearest of
 * them (ties rounded up); the other is one unit in the last digit away. Testing only
 * the nearest would miss cases at powers of two, where the interval is asymmetric.
 */
function candidate32(x: number, p: number): Digits | null {
  const s = x.toExponential(p - 1);
  const [mant, expStr] = s.split("e");
  const n = Number(mant.replace(".", ""));
  const q = Number(expStr) - (p - 1); // nearest = n × 10^q
  if (roundTrips32(s, x)) {
    // x exactly halfway between n-1 and n (x has p+1 digits ending in 5): prefer even.
    if (n % 2 === 1 && isTie(x, p)) {
      const t = `${n - 1}e${q}`;
      if (roundTrips32(t, x)) return parseDecimal(t);
    }
    return parseDecimal(s);
  }
  // The other neighbour; below 10^(p-1) × 10^q the p-digit grid is ten times finer.
  const t = parseFloat(s) < x ? `${n + 1}e${q}` : n - 1 < 10 ** (p - 1) ? `${10 ** p - 1}e${q - 1}` : `${n - 1}e${q}`;
  return roundTrips32(t, x) ? parseDecimal(t) : null;
}

/** True if x's exact decimal expansion has p + 1 significant digits, the last a 5. */
function isTie(x: number, p: number): boolean {
  // Cheap filter first: the (p+1)-digit rounding must end in 5 and read back as x.
  const t = x.toExponential(p);
  if (t[t.indexOf("e") - 1] !== "5" || parseFloat(t) !== x) return false;
  const e = exactDigits(x);
  return e.d.length === p + 1 && e.d.endsWith("5");
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** Little-endian word order is assumed for the Float64Array view (true on every Node host). */
function signBit(x: number): boolean {
  f64[0] = x;
  return (u32[1] & 0x80000000) !== 0;
}

/** The exact decimal expansion of a finite x > 0 (every binary float is a finite decimal). */
function exactDigits(x: number): Digits {
  f64[0] = x;
  const hi = u32[1] & 0xfffff;
  const bexp = (u32[1] >>> 20) & 0x7ff;
  let m = (BigInt(hi) << 32n) | BigInt(u32[0]);
  let e: number;
  if (bexp === 0) {
    e = -1074; // subnormal
  } else {
    m |= 1n << 52n;
    e = bexp - 1075;
  }
  // x = m × 2^e. For e < 0 multiply by 5^-e: x = m × 5^-e / 10^-e.
  if (e >= 0) return parseDecimal((m << BigInt(e)).toString());
  const s = (m * 5n ** BigInt(-e)).toString();
  return parseDecimal(`${s}e${e}`);
}

/**
 * Rounds 0.d × 10^decpt to its first n digits, half to even on the exact value (the
 * rounding of C's printf and of CPython). The result keeps value = 0.d' × 10^decpt';
 * when rounding carries out (0.999 -> 1.00) decpt' = decpt + 1 and d' has n + 1
 * characters, so callers that need exactly n significant digits slice. n <= 0 rounds
 * to the digit position above the first digit (result "" = zero, or "1").
 */
function roundDigits(dg: Digits, n: number): Digits {
  const { d, decpt } = dg;
  if (n >= d.length) return { d: d + "0".repeat(n - d.length), decpt };
  if (n < 0) return { d: "", decpt };
  const next = d.charCodeAt(n) - 48;
  const tail = /[1-9]/.test(d.slice(n + 1));
  const last = n > 0 ? d.charCodeAt(n - 1) - 48 : 0;
  const kept = d.slice(0, n);
  const up = next > 5 || (next === 5 && (tail || last % 2 === 1));
  if (!up) return { d: kept, decpt };
  // Increment the kept digits as a decimal integer.
  let i = n - 1;
  while (i >= 0 && kept[i] === "9") i--;
  if (i < 0) return { d: "1" + "0".repeat(n), decpt: decpt + 1 };
  return { d: kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1) + "0".repeat(n - 1 - i), decpt };
}

// ---------------------------------------------------------------------------------
// Float layouts (absolute values; the caller adds the sign)
// ---------------------------------------------------------------------------------

/** Digits of the fixed layout: the integer part and the first `prec` fraction digits. */
function fixedParts(dg: Digits, prec: number): [string, string] {
  const { d, decpt } = dg;
  const intPart = decpt <= 0 ? "0" : (d.slice(0, decpt) + "0".repeat(Math.max(0, decpt - d.length))) || "0";
  let frac = decpt < 0 ? "0".repeat(-decpt) + d : d.slice(Math.max(decpt, 0));
  frac = frac.length >= prec ? frac.slice(0, prec) : frac + "0".repeat(prec - frac.length);
  return [intPart, frac];
}

function expSuffix(exp: number): string {
  const a = Math.abs(exp);
  return (exp < 0 ? "e-" : "e+") + (a < 10 ? "0" : "") + a;
}

/** %f: `prec` digits after the point, exact and half-even. */
function fmtFixed(x: number, prec: number, alt: boolean): string {
  // Fast path: JS's toFixed is exact but rounds ties up; use it unless x may be a tie
  // (its rounding to prec+1 places ends in 5 and reads back as x).
  if (x < 1e21 && prec < 100) {
    const t = x.toFixed(prec + 1);
    if (!(t.endsWith("5") && parseFloat(t) === x)) {
      const s = x.toFixed(prec);
      return prec === 0 && alt ? s + "." : s;
    }
  }
  const dg = x === 0 ? { d: "0", decpt: 1 } : exactDigits(x);
  const r = roundDigits(dg, dg.decpt + prec);
  const [ip, fp] = fixedParts(r, prec);
  return prec > 0 || alt ? `${ip}.${fp}` : ip;
}

/** Mantissa and exponent of the exponent layout with `sig` significant digits. */
function roundSig(x: number, sig: number): Digits {
  if (x === 0) return { d: "0".repeat(sig), decpt: 1 };
  const r = roundDigits(exactDigits(x), sig);
  return { d: r.d.slice(0, sig), decpt: r.decpt };
}

function layoutExp(d: string, decpt: number, alt: boolean): string {
  const rest = d.slice(1);
  return d[0] + (rest || alt ? "." + rest : "") + expSuffix(decpt - 1);
}

/** %e: one digit, point, `prec` digits, exponent of at least two digits. */
function fmtExp(x: number, prec: number, alt: boolean): string {
  const r = roundSig(x, prec + 1);
  return layoutExp(r.d, x === 0 ? 1 : r.decpt, alt);
}

/**
 * %g (and, with addDot0, the format() default with a precision): `prec` significant
 * digits; exponent layout if the exponent is < -4 or >= prec (>= prec - 1 with
 * addDot0, as CPython); trailing zeros removed unless `alt`.
 */
function fmtGeneral(x: number, prec: number, alt: boolean, addDot0: boolean): string {
  const p = prec === 0 ? 1 : prec;
  const r = roundSig(x, p);
  const decpt = x === 0 ? 1 : r.decpt;
  const d = alt ? r.d : r.d.replace(/0+$/, "") || "0";
  const useExp = decpt <= -4 || decpt > (addDot0 ? p - 1 : p);
  if (useExp) return layoutExp(d, decpt, alt);
  return layoutFixedDigits(d, decpt, alt ? p - decpt : 0, addDot0, alt);
}

/**
 * Lays out digits without exponent with at least `minFrac` fraction digits; addDot0
 * forces ".0" on integers (repr), `alt` keeps a bare trailing point.
 */
function layoutFixedDigits(d: string, decpt: number, minFrac: number, addDot0: boolean, alt: boolean): string {
  const fracLen = Math.max(minFrac, d.length - decpt, addDot0 ? 1 : 0);
  const [ip, fp] = fixedParts({ d, decpt }, Math.max(fracLen, 0));
  if (fp === "") return alt ? ip + "." : ip;
  return `${ip}.${fp}`;
}

/** Python's repr layout of shortest digits: exponent when exp < -4 or exp >= 16. */
function layoutRepr(dg: Digits, alt = false): string {
  const { d, decpt } = dg;
  if (decpt <= -4 || decpt > 16) return layoutExp(d, decpt, alt);
  return layoutFixedDigits(d, decpt, 0, true, alt);
}

function shortestDigits(ax: number, f32: boolean): Digits {
  if (ax === 0) return { d: "0", decpt: 1 };
  return f32 ? shortest32(ax) : shortest64(ax);
}

/** Python repr() of a float; with f32 the shortest decimal that identifies the float32. */
/** The type names of the generator classes (vm/generators.ts), by class name. */
const GENERATOR_KINDS: Record<string, string | undefined> = {
  PyGenerator: "generator", PyCoroutine: "coroutine", PyAsyncGenerator: "async_generator",
};

export function formatFloat(x: number, f32: boolean): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  const neg = x < 0 || Object.is(x, -0);
  const s = layoutRepr(shortestDigits(Math.abs(x), f32));
  return neg ? "-" + s : s;
}

// ---------------------------------------------------------------------------------
// str() and repr()
// ---------------------------------------------------------------------------------

const fakeAddresses = new WeakMap<object, number>();
let nextAddress = 0;
/**
 * A stable fake address for `<function f at 0x...>`, unique per object. A value
 * without identity here (an int, a str: the receiver of `(5).bit_length`) gets one
 * computed from the value, as equal ones are the same object for `is`; nothing is
 * kept for it.
 */
function addressOf(o: unknown): string {
  if ((typeof o !== "object" || o === null) && typeof o !== "function") {
    let h = 0x811c9dc5;
    for (const ch of `${typeof o}:${String(o)}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    return "0x" + (0x7f3b00000000 + h * 16).toString(16);
  }
  let a = fakeAddresses.get(o);
  if (a === undefined) {
    a = 0x7f3a10000000 + 0x40 * nextAddress++;
    fakeAddresses.set(o, a);
  }
  return "0x" + a.toString(16);
}

const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

/** Python's repr() of a str: quote choice and escapes as CPython's unicode_repr. */
export function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + hex2(c);
    else if (c < 0x7f || c === 0x20) out += ch;
    else if (NON_PRINTABLE.test(ch)) {
      if (c < 0x100) out += "\\x" + hex2(c);
      else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
      else out += "\\U" + c.toString(16).padStart(8, "0");
    } else out += ch;
  }
  return out + quote;
}

/** A big int's decimal text (CPython's 4300-digit limit: bigDecimal). */
function bigText(v: PyBigInt): string {
  return v.n === v.n ? String(v.n) : bigDecimal(v.v);
}

function hex2(c: number): string {
  return c.toString(16).padStart(2, "0");
}

/** Formats a list/tuple, guarding against recursion (a list containing itself: `[...]`). */
function sequence(v: PyList | PyTuple, elem: (x: Value) => string, active: Set<object>): string {
  if (active.has(v)) return v instanceof PyList ? "[...]" : "(...)";
  active.add(v);
  try {
    const parts = v.items.map(elem);
    if (v instanceof PyList) return `[${parts.join(", ")}]`;
    if (v instanceof StructSequence) return `${v.typeLabel}(${parts.map((p, i) => `${v.fields[i]}=${p}`).join(", ")})`;
    return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(", ")})`;
  } finally {
    active.delete(v);
  }
}

function reprIn(v: Value, f32: boolean, active: Set<object>): string {
  if (typeof v === "string") return reprStr(v);
  if (v instanceof PyList || v instanceof PyTuple) return sequence(v, (x) => reprIn(x, f32, active), active);
  if (v instanceof PyDict || v instanceof PySet || v instanceof PyDictView) return mapping(v, (x) => reprIn(x, f32, active), active);
  return scalarStr(v, f32);
}

/**
 * Formats a dict (`{'a': 1}`, `{...}` inside itself), a set (`{1, 2}`, `set()`,
 * `frozenset({1})`) or a dict view (`dict_keys(['a'])`) as CPython does.
 */
function mapping(v: PyDict | PySet | PyDictView, elem: (x: Value) => string, active: Set<object>): string {
  if (v instanceof PySet) {
    const name = v instanceof PyFrozenSet ? "frozenset" : "set";
    if (v.size === 0) return `${name}()`;
    const body = `{${v.items().map(elem).join(", ")}}`;
    return v instanceof PyFrozenSet ? `frozenset(${body})` : body;
  }
  const d = v instanceof PyDict ? v : v.dict;
  if (active.has(d)) return "{...}";
  active.add(d);
  try {
    const parts: string[] = [];
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i];
      if (k === DELETED) continue;
      if (v instanceof PyDict) parts.push(`${elem(k)}: ${elem(d.vals[i])}`);
      else if (v.kind === "keys") parts.push(elem(k));
      else if (v.kind === "values") parts.push(elem(d.vals[i]));
      else parts.push(`(${elem(k)}, ${elem(d.vals[i])})`);
    }
    return v instanceof PyDict ? `{${parts.join(", ")}}` : `dict_${v.kind}([${parts.join(", ")}])`;
  } finally {
    active.delete(d);
  }
}

/** str() of everything that is not a str, list or tuple. */
function scalarStr(v: Value, f32: boolean): string {
  if (v === null) return "None";
  switch (typeof v) {
    case "number": return (v | 0) === v ? String(v) : formatFloat(v, f32);
    case "boolean": return v ? "True" : "False";
    case "string": return v;
  }
  if (v instanceof PyFloat) return formatFloat(v.v, f32);
  if (v instanceof PyBigInt) return bigText(v);
  if (v instanceof PyRange) {
    const b = (x: RangeInt) => (typeof x === "number" ? String(x) : bigText(x));
    return v.step === 1 ? `range(${b(v.start)}, ${b(v.stop)})` : `range(${b(v.start)}, ${b(v.stop)}, ${b(v.step)})`;
  }
  // An assigned __qualname__ (functools.wraps copies the wrapped function's) names it, as CPython's repr.
  if (v instanceof PyFunction) {
    const q = v.attrs?.get("__qualname__");
    return `<function ${typeof q === "string" ? q : v.qualname} at ${addressOf(v)}>`;
  }
  if (v instanceof BuiltinFunction) {
    if (v.self === undefined) return v.qualname !== undefined ? unboundMethodRepr(v.name, v.qualname) : `<built-in function ${v.name}>`;
    return `<built-in method ${v.name} of ${typeName(v.self)} object at ${addressOf(v.self)}>`;
  }
  // CPython's own built-in modules say so; the others would name their file, which a core has not.
  if (v instanceof PyModule) return v.name === "builtins" || v.name === "sys" ? `<module '${v.name}' (built-in)>` : `<module '${v.name}'>`;
  if (v instanceof PyType) return `<class '${v.module === null ? "" : `${v.module}.`}${v.name}'>`;
  if (v instanceof PyIterator) {
    if (v.reprText !== undefined) return v.reprText((x) => repr(x, f32));
    // A generator (coroutine...) names its function, as CPython: <generator object f.<locals>.gen at 0x...>.
    const kind = GENERATOR_KINDS[v.constructor.name];
    const gen = kind ? ` ${(v as unknown as { qualname: string }).qualname}` : "";
    return `<${kind ?? iteratorTypeName(v)} object${gen} at ${addressOf(v)}>`;
  }
  // CPython's: the cell and what it holds (`<cell at 0x...: int object at 0x...>`).
  if (v instanceof Cell) return `<cell at ${addressOf(v)}: ${v.value === undefined ? "empty" : `${typeName(v.value)} object at ${addressOf(v.value)}`}>`;
  if (v instanceof PyHostArray) return v.describe();
  if (v instanceof PyDescriptor) {
    // CPython's: `<property object at 0x...>`, `<staticmethod(<function C.f at 0x...>)>`.
    return v.kind === "property" ? `<property object at ${addressOf(v)}>` : `<${v.kind}(${reprIn(v.fn, f32, new Set())})>`;
  }
  if (v instanceof PyHeapObject) return heapText(v, "repr");
  if (v instanceof PyBytesLike) return reprBytes(v);
  return `<${typeName(v)} object>`;
}

/** Python str(). */
export function str(v: Value, f32: boolean): string {
  if (typeof v === "string") return v;
  if (v instanceof PyHeapObject && !(v instanceof PyDescriptor)) return heapText(v, "str");
  return reprIn(v, f32, new Set());
}

function heapText(v: PyHeapObject, how: "str" | "repr"): string {
  // CPython's repr of `f.__call__` (classes.ts callWrapper), at f's own address.
  if (v instanceof PyBoundMethod && v.fn === callSelf) return `<method-wrapper '__call__' of ${typeName(v.self)} object at ${addressOf(v.self)}>`;
  return objectText(v, how, exceptionText);
}

/** Python repr(). */
export function repr(v: Value, f32: boolean): string {
  return reprIn(v, f32, new Set());
}

/** Python ascii(): repr() with every non-ASCII character escaped. */
export function ascii(v: Value, f32: boolean): string {
  return asciiEscape(repr(v, f32));
}

// ---------------------------------------------------------------------------------
// The original ePython's print / concatenation format
// ---------------------------------------------------------------------------------

/** C printf("%f") of a float32/float64 value, as glibc on x86 prints it. */
function cFloat(x: number): string {
  // The x86 "default NaN" produced by 0/0, inf-inf, sqrt(-1) has its sign bit set,
  // and glibc prints it "-nan"; a positive NaN prints "nan".
  if (Number.isNaN(x)) return signBit(x) ? "-nan" : "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const s = fmtFixed(Math.abs(x), 6, false);
  return signBit(x) ? "-" + s : s;
}

function classicIn(v: Value, active: Set<object>): string {
  if (v === null) return "NONE";
  switch (typeof v) {
    case "number": return (v | 0) === v ? String(v) : cFloat(v);
    case "boolean": return v ? "true" : "false";
    case "string": return v;
  }
  if (v instanceof PyFloat) return cFloat(v.v);
  if (v instanceof PyList || v instanceof PyTuple) return sequence(v, (x) => classicIn(x, active), active);
  return scalarStr(v, true);
}

/**
 * The original ePython's format for print and string concatenation: ints %d, floats
 * C %f, booleans true/false, None NONE, strings raw. Lists (printed as pointers by the
 * original) use Python's list layout with these element formats (strings unquoted).
 */
export function classicStr(v: Value): string {
  return classicIn(v, new Set());
}

// ---------------------------------------------------------------------------------
// Text that outgrows its value
// ---------------------------------------------------------------------------------

/** Texts shorter than this are built without measuring them first. */
const MEASURE_ABOVE = 1 << 20;

/**
 * An upper bound on the text of `v`, without formatting anything: a list shared many
 * times (`a = [[0] * 1000] * 1000`: 8 KB of data, 3 MB of text) is measured once.
 */
function textBound(v: Value, memo: Map<object, number>): number {
  if (typeof v === "string") return 6 * v.length + 2; // repr escapes: at most \U0010ffff per 2 units
  if (v instanceof PyBigInt) return Math.ceil(bitLength(v.v) * 0.302) + 2; // decimal digits and sign
  if (!(v instanceof PyList || v instanceof PyTuple)) return 64; // a number, a <function ...>...
  const known = memo.get(v);
  if (known !== undefined) return known;
  memo.set(v, 5); // a list inside itself prints as [...]
  let n = 3 + 2 * v.items.length;
  for (const x of v.items) {
    n += textBound(x, memo);
    if (n > MAX_TEXT_MEASURE) break; // large enough to need the exact count
  }
  memo.set(v, n);
  return n;
}
const MAX_TEXT_MEASURE = 2 ** 40;

/** The exact length of the text `sequence()` builds for `v`, with `elem` formatting scalars. */
function textLength(v: Value, elem: (x: Value) => string, memo: Map<object, number>): number {
  if (!(v instanceof PyList || v instanceof PyTuple)) return elem(v).length;
  const known = memo.get(v);
  if (known !== undefined) return known;
  memo.set(v, 5);
  const k = v.items.length;
  let n = 2 + Math.max(0, 2 * (k - 1)) + (v instanceof PyTuple && k === 1 ? 1 : 0);
  for (const x of v.items) n += textLength(x, elem, memo);
  memo.set(v, n);
  return n;
}

/**
 * Formats `v` as str() / repr() / the classic format, after checking that a large
 * text fits the core's memory (MemoryError before the host builds it).
 */
export function textOf(core: CoreApi, v: Value, how: "str" | "repr" | "classic"): string {
  if (typeof v === "string" && how !== "repr") return v;
  if ((v instanceof PyList || v instanceof PyTuple) && textBound(v, new Map()) > MEASURE_ABOVE) {
    const f32 = core.float32;
    const elem = how === "classic" ? (x: Value) => classicIn(x, new Set()) : (x: Value) => reprIn(x, f32, new Set());
    checkStrRoom(core, textLength(v, elem, new Map()));
  }
  return how === "classic" ? classicStr(v) : how === "str" ? str(v, core.float32) : repr(v, core.float32);
}

// ---------------------------------------------------------------------------------
// format(value, spec): the format-specification mini-language
// ---------------------------------------------------------------------------------

/** A parsed format spec; shared by every use of the same spec text (parseSpec's cache), so never changed. */
export type Spec = Readonly<SpecFields>;

interface SpecFields {
  fill: string;
  /** "" when not given. */
  align: string;
  sign: string;
  z: boolean;
  alt: boolean;
  width: number;
  grouping: "" | "," | "_";
  /** -1 when not given. */
  precision: number;
  type: string;
}

function isAlign(c: string | undefined): boolean {
  return c === "<" || c === ">" || c === "=" || c === "^";
}

/**
 * Parses `[[fill]align][sign][z][#][0][width][grouping][.precision][type]` like
 * CPython's parse_internal_render_format_spec. `defaultType` is 'd' for int, 's' for
 * str and '' for float; `defaultAlign` is '>' for numbers and '<' for str.
 */
/**
 * Parsed specs by owner, defaults and text: a program formats with a handful of
 * specs, each many times (an f-string in a loop). Bounded: emptied when full.
 */
const parsedSpecs = new Map<string, Spec>();
const MAX_PARSED_SPECS = 512;

export function parseSpec(spec: string, owner: string, defaultType: string, defaultAlign: string): Spec {
  const key = `${owner}\0${defaultType}\0${defaultAlign}\0${spec}`;
  let r = parsedSpecs.get(key);
  if (r === undefined) {
    // An invalid spec throws here and is not kept.
    r = parseSpecText(spec, owner, defaultType, defaultAlign);
    if (parsedSpecs.size >= MAX_PARSED_SPECS) parsedSpecs.clear();
    parsedSpecs.set(key, r);
  }
  return r;
}

function parseSpecText(spec: string, owner: string, defaultType: string, defaultAlign: string): Spec {
  const chars = Array.from(spec); // the fill may be any code point
  const r: SpecFields = { fill: " ", align: "", sign: "", z: false, alt: false, width: -1, grouping: "", precision: -1, type: defaultType };
  let pos = 0;
  let fillGiven = false;
  if (chars.length >= 2 && isAlign(chars[1])) {
    r.fill = chars[0];
    r.align = chars[1];
    fillGiven = true;
    pos = 2;
  } else if (isAlign(chars[0])) {
    r.align = chars[0];
    pos = 1;
  }
  if (chars[pos] === "+" || chars[pos] === "-" || chars[pos] === " ") r.sign = chars[pos++];
  if (chars[pos] === "z") { r.z = true; pos++; }
  if (chars[pos] === "#") { r.alt = true; pos++; }
  if (!fillGiven && chars[pos] === "0") {
    r.fill = "0";
    if (!r.align && defaultAlign === ">") r.align = "=";
    pos++;
  }
  const num = (): number => {
    const start = pos;
    while (pos < chars.length && chars[pos] >= "0" && chars[pos] <= "9") pos++;
    return start === pos ? -1 : Number(chars.slice(start, pos).join(""));
  };
  r.width = num();
  if (chars[pos] === ",") { r.grouping = ","; pos++; }
  if (chars[pos] === "_") {
    if (r.grouping) throw valueError("Cannot specify both ',' and '_'.");
    r.grouping = "_";
    pos++;
  }
  if (chars[pos] === "," && r.grouping === "_") throw valueError("Cannot specify both ',' and '_'.");
  if (chars[pos] === ".") {
    pos++;
    r.precision = num();
    if (r.precision < 0) throw valueError("Format specifier missing precision");
  }
  if (chars.length - pos > 1) throw valueError(`Invalid format specifier '${spec}' for object of type '${owner}'`);
  if (chars.length - pos === 1) r.type = chars[pos];
  if (r.grouping) checkGrouping(r);
  if (!r.align) r.align = defaultAlign;
  return r;
}

function codeName(t: string): string {
  const c = t.codePointAt(0)!;
  return c > 32 && c < 128 ? t : "\\x" + c.toString(16);
}

function checkGrouping(r: Spec): void {
  if ("defgEG%F".includes(r.type) || r.type === "") return;
  if ("boxX".includes(r.type) && r.grouping === "_") return;
  throw valueError(`Cannot specify '${r.grouping}' with '${codeName(r.type)}'.`);
}

export function unknownCode(t: string, owner: string): PyError {
  return valueError(`Unknown format code '${codeName(t)}' for object of type '${owner}'`);
}

/** Inserts `sep` every `size` digits from the right. */
function group(digits: string, sep: string, size: number): string {
  let out = "";
  for (let i = digits.length; i > 0; i -= size) {
    const chunk = digits.slice(Math.max(0, i - size), i);
    out = out ? chunk + sep + out : chunk;
  }
  return out;
}

/** Pads `s` to the spec's width with its fill and alignment ('=' handled by caller). */
function align(s: string, spec: Spec): string {
  const len = cpLength(s);
  const pad = spec.width - len;
  if (pad <= 0) return s;
  switch (spec.align) {
    case "<": return s + spec.fill.repeat(pad);
    case "^": {
      const left = pad >> 1;
      return spec.fill.repeat(left) + s + spec.fill.repeat(pad - left);
    }
    default: return spec.fill.repeat(pad) + s;
  }
}

/**
 * Assembles a formatted number from its parts: sign, prefix ("0x"), integer digits,
 * and the rest (fraction, exponent, '%'). Handles grouping, '=' alignment and the
 * zero padding that extends grouping into the padding ("0,001,234") as CPython does.
 */
function number(spec: Spec, neg: boolean, prefix: string, intDigits: string, rest: string, groupSize = 3): string {
  const sign = neg ? "-" : spec.sign === "+" ? "+" : spec.sign === " " ? " " : "";
  const sep = spec.grouping;
  let digits = sep ? group(intDigits, sep, groupSize) : intDigits;
  const lead = sign + prefix;
  if (spec.align === "=") {
    const pad = spec.width - lead.length - digits.length - rest.length;
    if (pad > 0) {
      if (sep && spec.fill === "0") {
        // Zero padding becomes part of the grouped number; never start with a separator.
        const minLen = spec.width - lead.length - rest.length;
        let raw = intDigits;
        while (digits.length < minLen) {
          raw = "0" + raw;
          digits = group(raw, sep, groupSize);
        }
      } else {
        digits = spec.fill.repeat(pad) + digits;
      }
    }
    return lead + digits + rest;
  }
  return align(lead + digits + rest, spec);
}

/** format() of an int (or bool with a non-empty spec); big ints as BigInts. */
function formatIntSpec(n: number | bigint, spec: Spec, owner: string): string {
  const t = spec.type;
  if ("eEfFgG%".includes(t)) return formatFloatSpec(typeof n === "number" ? n : bigToFloat(n), spec, false);
  if (!"bcdoxXn".includes(t)) throw unknownCode(t, owner);
  if (spec.precision >= 0) throw valueError("Precision not allowed in integer format specifier");
  if (spec.z) throw valueError("Negative zero coercion (z) not allowed in integer format specifier");
  if (t === "c") {
    if (spec.sign) throw valueError("Sign not allowed with integer format specifier 'c'");
    if (spec.alt) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    // format() converts to a C long first (CPython's error beyond it), then checks the range.
    if (typeof n === "bigint" && (n >= 1n << 63n || n < -(1n << 63n))) throw overflowError("Python int too large to convert to C long");
    if (n < 0 || n > 0x10ffff) throw overflowError("%c arg not in range(0x110000)");
    return align(String.fromCodePoint(Number(n)), { ...spec, align: spec.align === "=" ? ">" : spec.align });
  }
  const base = t === "b" ? 2 : t === "o" ? 8 : t === "x" || t === "X" ? 16 : 10;
  let digits = base === 10 && typeof n === "bigint" ? bigDecimal(n < 0n ? -n : n) : (n < 0 ? -n : n).toString(base);
  if (t === "X") digits = digits.toUpperCase();
  const prefix = spec.alt && base !== 10 ? "0" + (t === "b" ? "b" : t === "o" ? "o" : t) : "";
  return number(spec, n < 0, prefix, digits, "", base === 10 ? 3 : 4);
}

/** format() of a float value x (`reprF32` selects the shortest-float32 repr digits). */
function formatFloatSpec(x: number, spec: Spec, reprF32: boolean): string {
  const t = spec.type;
  if (t !== "" && !"eEfFgGn%".includes(t)) throw unknownCode(t, "float");
  const upper = t === "E" || t === "F" || t === "G";
  const nan = Number.isNaN(x);
  const neg = !nan && (x < 0 || Object.is(x, -0)); // Python never prints "-nan"
  const pct = t === "%" ? "%" : "";
  const ax = t === "%" ? Math.abs(x) * 100 : Math.abs(x);
  if (!Number.isFinite(ax)) {
    const s = nan ? "nan" : "inf";
    // Zero padding still applies to inf and nan, but grouping does not.
    return number({ ...spec, grouping: "" }, neg, "", upper ? s.toUpperCase() : s, pct);
  }
  const prec = spec.precision;
  let body: string;
  switch (t) {
    case "": // repr; with a precision, 'g' that keeps ".0" and switches to exponent earlier
      body = prec < 0 ? layoutRepr(shortestDigits(ax, reprF32), spec.alt) : fmtGeneral(ax, prec, spec.alt, true);
      break;
    case "e": case "E":
      body = fmtExp(ax, prec < 0 ? 6 : prec, spec.alt);
      break;
    case "f": case "F": case "%":
      body = fmtFixed(ax, prec < 0 ? 6 : prec, spec.alt);
      break;
    default: // g G n
      body = fmtGeneral(ax, prec < 0 ? 6 : prec, spec.alt, false);
  }
  if (upper) body = body.toUpperCase();
  // 'z': a negative value that rounds to zero loses its minus sign.
  const negOut = neg && !(spec.z && !/[1-9]/.test(body.replace(/e.*$/i, "")));
  const m = /^(\d*)(.*)$/.exec(body)!;
  return number(spec, negOut, "", m[1], m[2] + pct);
}

function formatStrSpec(s: string, spec: Spec): string {
  if (spec.type !== "s") throw unknownCode(spec.type, "str");
  if (spec.sign === " ") throw valueError("Space not allowed in string format specifier");
  if (spec.sign) throw valueError("Sign not allowed in string format specifier");
  if (spec.z) throw valueError("Negative zero coercion (z) not allowed in string format specifier");
  if (spec.alt) throw valueError("Alternate form (#) not allowed in string format specifier");
  if (spec.align === "=") throw valueError("'=' alignment not allowed in string format specifier");
  if (spec.precision >= 0) s = cpSlice(s, 0, Math.min(spec.precision, cpLength(s)));
  return align(s, spec);
}

/** format(v, spec): Python's format-specification mini-language for int, float, str, bool. */
/**
 * A field `width` wide with `prec` digits (-1: the precision does not grow the text)
 * must fit the core's memory: checked before the host pads or expands it, so a
 * format like `{:999999999}` raises MemoryError instead of allocating first. Small
 * fields are not worth the check; the caller charges the result anyway.
 */
function checkFieldRoom(core: CoreApi, width: number, prec: number): void {
  const grow = Math.max(width, 0) + Math.max(prec, 0);
  if (grow > 4096) checkStrRoom(core, grow);
}

/** Parses a spec and checks its width and precision against the core's memory. */
function parseSpecFor(core: CoreApi, spec: string, owner: string, defaultType: string, defaultAlign: string): Spec {
  const r = parseSpec(spec, owner, defaultType, defaultAlign);
  const digits = (r.type !== "" && "eEfFgG%".includes(r.type)) || (owner === "float" && r.type === "");
  checkFieldRoom(core, r.width, digits ? r.precision : -1);
  return r;
}

export function formatSpec(v: Value, spec: string, core: CoreApi): string {
  const f32 = core.float32;
  if (spec === "") {
    // `f"{x}"`, `format(x)`, `"{}".format(x)`: a class's own __format__ sees the empty
    // spec too. A built-in one (object's, or a tuple or dict base's) gives str(x), as in CPython.
    const owner = v instanceof PyInstance ? v.cls.mro.find((c) => c.dict.has("__format__")) : undefined;
    const r = owner !== undefined && owner.module !== "builtins" ? callSpecial(v, "__format__", [""]) : undefined;
    if (typeof r === "string") return r;
    if (r !== undefined) throw typeError(`__format__ must return a str, not ${typeName(r)}`);
    return textOf(core, v, "str");
  }
  if (typeof v === "number") {
    return (v | 0) === v
      ? formatIntSpec(v, parseSpecFor(core, spec, "int", "d", ">"), "int")
      : formatFloatSpec(v, parseSpecFor(core, spec, "float", "", ">"), f32);
  }
  if (typeof v === "boolean") return formatIntSpec(v ? 1 : 0, parseSpecFor(core, spec, "bool", "d", ">"), "bool");
  if (v instanceof PyBigInt) return formatIntSpec(v.v, parseSpecFor(core, spec, "int", "d", ">"), "int");
  if (v instanceof PyFloat) return formatFloatSpec(v.v, parseSpecFor(core, spec, "float", "", ">"), f32);
  if (typeof v === "string") return formatStrSpec(v, parseSpecFor(core, spec, "str", "s", "<"));
  const r = callSpecial(v, "__format__", [spec]);
  if (typeof r === "string") return r;
  if (r !== undefined) throw typeError(`__format__ must return a str, not ${typeName(r)}`);
  throw typeError(`unsupported format string passed to ${typeName(v)}.__format__`);
}

// ---------------------------------------------------------------------------------
// printf-style formatting: "..." % args
// ---------------------------------------------------------------------------------

interface Conv {
  minus: boolean;
  plus: boolean;
  space: boolean;
  zero: boolean;
  alt: boolean;
  width: number;
  prec: number;
}

/** Pads a converted field: '-' left-justifies; '0' pads numbers after sign and prefix. */
function padField(c: Conv, sign: string, prefix: string, body: string, numeric: boolean): string {
  const len = sign.length + prefix.length + cpLength(body);
  const pad = c.width - len;
  if (pad <= 0) return sign + prefix + body;
  if (c.minus) return sign + prefix + body + " ".repeat(pad);
  if (c.zero && numeric) return sign + prefix + "0".repeat(pad) + body;
  return " ".repeat(pad) + sign + prefix + body;
}

function signOf(c: Conv, neg: boolean): string {
  return neg ? "-" : c.plus ? "+" : c.space ? " " : "";
}

/**
 * Integer digits (as a decimal string) for %d/%i/%u: ints, bools and truncated floats;
 * for %x/%X/%o ints. An object converts as CPython's: int(x) for %d (`__int__`,
 * `__index__`), `__index__` for the others.
 */
function percentInt(v: Value, code: string): { neg: boolean; digits: bigint | number } {
  if (v instanceof PyInstance) {
    const n = "diu".includes(code) ? intSpecial(v) : indexSpecial(v);
    if (n !== undefined) return percentInt(n, code);
  }
  if (typeof v === "number" && (v | 0) === v) return { neg: v < 0, digits: Math.abs(v) };
  if (typeof v === "boolean") return { neg: false, digits: v ? 1 : 0 };
  if (v instanceof PyBigInt) return { neg: v.v < 0n, digits: v.v < 0n ? -v.v : v.v };
  if (isFloat(v) && "diu".includes(code)) {
    const x = floatValue(v);
    if (Number.isNaN(x)) throw valueError("cannot convert float NaN to integer");
    if (!Number.isFinite(x)) throw overflowError("cannot convert float infinity to integer");
    const t = Math.trunc(Math.abs(x));
    return { neg: x <= -1, digits: Number.isSafeInteger(t) ? t : BigInt(t) };
  }
  if ("diu".includes(code)) throw typeError(`%${code} format: a real number is required, not ${typeName(v)}`);
  throw typeError(`%${code} format: an integer is required, not ${typeName(v)}`);
}


/** One conversion of a printf-style format. */
/** A %s %b %r %a %c field of b"..." % args, as code units 0..255. */
function bytesField(code: string, c: Conv, v: Value, core: CoreApi): string {
  let s: string;
  if (code === "s" || code === "b") {
    if (!(v instanceof PyBytesLike)) {
      throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`);
    }
    s = latin1(v.data);
  } else if (code === "c") {
    if (v instanceof PyBytesLike && v.length === 1) s = latin1(v.data);
    else if ((typeof v === "number" && (v | 0) === v && v >= 0 && v < 256) || typeof v === "boolean") s = String.fromCharCode(Number(v));
    else if (typeof v === "number" && (v | 0) === v) throw new PyError("OverflowError", "%c arg not in range(256)");
    else throw typeError("%c requires an integer in range(256) or a single byte");
  } else s = asciiEscape(textOf(core, v, "repr"));
  if (c.prec >= 0) s = s.slice(0, c.prec);
  return padField(c, "", "", s, false);
}

function convertOne(code: string, c: Conv, v: Value, core: CoreApi): string {
  switch (code) {
    case "s": case "r": case "a": {
      let s = textOf(core, v, code === "s" ? "str" : "repr");
      if (code === "a") s = asciiEscape(s);
      if (c.prec >= 0) s = cpSlice(s, 0, Math.min(c.prec, cpLength(s)));
      return padField(c, "", "", s, false);
    }
    case "d": case "i": case "u": case "x": case "X": case "o": {
      const { neg, digits } = percentInt(v, code);
      const base = code === "x" || code === "X" ? 16 : code === "o" ? 8 : 10;
      let s = base === 10 && typeof digits === "bigint" ? bigDecimal(digits) : digits.toString(base);
      if (code === "X") s = s.toUpperCase();
      if (c.prec > s.length) s = "0".repeat(c.prec - s.length) + s;
      const prefix = c.alt && base !== 10 ? "0" + (code === "o" ? "o" : code) : "";
      return padField(c, signOf(c, neg), prefix, s, true);
    }
    case "e": case "E": case "f": case "F": case "g": case "G": {
      const x = toReal(v);
      const prec = c.prec < 0 ? 6 : c.prec;
      const ax = Math.abs(x);
      let s: string;
      if (Number.isNaN(x)) s = "nan";
      else if (!Number.isFinite(x)) s = "inf";
      else if (code === "e" || code === "E") s = fmtExp(ax, prec, c.alt);
      else if (code === "f" || code === "F") s = fmtFixed(ax, prec, c.alt);
      else s = fmtGeneral(ax, prec, c.alt, false);
      if (code === "E" || code === "F" || code === "G") s = s.toUpperCase();
      const neg = x < 0 || Object.is(x, -0);
      return padField(c, signOf(c, neg), "", s, true); // '0' pads inf and nan too
    }
    case "c": {
      let s = asStr(v);
      if (s !== undefined) {
        if (cpLength(s) !== 1) throw typeError("%c requires int or char");
      } else {
        // Any int: an int subclass's instance, an object's __index__ (a TypeError on
        // the way, its own or "cannot be interpreted", CPython reports as this one).
        let n: number | PyBigInt;
        try {
          n = toIntValue(v, "");
        } catch (e) {
          if (e instanceof PyError && e.kind === "TypeError") throw typeError("%c requires int or char");
          throw e;
        }
        if (typeof n !== "number" || n < 0 || n > 0x10ffff) throw overflowError("%c arg not in range(0x110000)");
        s = String.fromCodePoint(n);
      }
      return padField(c, "", "", s, false);
    }
  }
  throw new Error("unreachable");
}

/** ascii(), `!a`, `%a`: repr's text with every non-ASCII character escaped as CPython escapes it. */
export function asciiEscape(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += "\\x" + hex2(c);
    else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}

/**
 * "fmt" % args, as CPython's PyUnicode_Format (no mapping keys: we have no dicts).
 * With `bytes`, b"fmt" % args (fmt and the result hold bytes as code units 0..255):
 * %s and %b take bytes-like values, %r and %a give ASCII reprs, %c an int or one byte.
 */
export function percentFormat(fmt: string, args: Value, core: CoreApi, bytes = false): string {
  // A tuple subclass's instance (a namedtuple) is the argument tuple, read as the
  // tuple it is (CPython's PyTuple_Check); a str subclass's is one argument.
  const native = nativeOf(args);
  const tuple = native instanceof PyTuple ? native : null;
  const items = tuple !== null ? tuple.items : [args];
  // CPython treats a non-tuple "mapping" (anything with __getitem__, e.g. a list) as
  // usable for %(key)s and does not complain about it being unused.
  const mapping = tuple !== null || typeof native === "string" ? null
    : args instanceof PyDict || (args instanceof PyInstance && args.cls.lookup("__getitem__") !== undefined) ? args : null;
  const mappingLike = args instanceof PyList || mapping !== null;
  const state = { fmt, i: 0, items, argi: 0, bytes, mapping };
  let out = "";
  while (state.i < fmt.length) {
    const pct = fmt.indexOf("%", state.i);
    if (pct < 0) {
      out += fmt.slice(state.i);
      break;
    }
    out += fmt.slice(state.i, pct);
    state.i = pct + 1;
    out += oneSpecifier(state, core);
  }
  if (state.argi < items.length && !mappingLike) {
    throw typeError("not all arguments converted during string formatting");
  }
  return out;
}

interface PercentState {
  readonly fmt: string;
  /** Position in fmt (just after the '%' on entry to oneSpecifier). */
  i: number;
  readonly items: Value[];
  /** Next argument to consume. */
  argi: number;
  /** Formatting bytes (see percentFormat). */
  readonly bytes: boolean;
  /** The right operand when it is a mapping (a dict or an object with __getitem__), for `%(key)s`. */
  readonly mapping: PyDict | PyInstance | null;
}

/** `%(key)...`: the mapping's item, the key being the text up to the matching ')'. */
function mappingArg(st: PercentState, core: CoreApi): Value {
  if (st.mapping === null) throw typeError("format requires a mapping");
  let depth = 1;
  const start = ++st.i;
  for (; st.i < st.fmt.length && depth > 0; st.i++) {
    if (st.fmt[st.i] === "(") depth++;
    else if (st.fmt[st.i] === ")") depth--;
  }
  if (depth > 0) throw valueError("incomplete format key");
  const text = st.fmt.slice(start, st.i - 1);
  const key = st.bytes ? newBytes(core, fromLatin1(text)) : text;
  if (st.mapping instanceof PyDict) {
    const v = st.mapping.get(key);
    if (v === undefined) throw keyError(core, key);
    return v;
  }
  return callSpecial(st.mapping, "__getitem__", [key])!;
}

function nextArg(st: PercentState): Value {
  if (st.argi >= st.items.length) throw typeError("not enough arguments for format string");
  return st.items[st.argi++];
}

/** Width or precision: digits, '*' (taken from the arguments by `take`), or null when absent. */
function percentNumber(st: PercentState, take: () => Value): number | null {
  if (st.fmt[st.i] === "*") {
    st.i++;
    const w = take();
    if (typeof w !== "number" && typeof w !== "boolean") throw typeError("* wants int");
    return Number(w);
  }
  const start = st.i;
  while (st.i < st.fmt.length && st.fmt[st.i] >= "0" && st.fmt[st.i] <= "9") st.i++;
  return start === st.i ? null : Number(st.fmt.slice(start, st.i));
}

/** Parses and converts one `%[flags][width][.prec][length]code` specifier. */
function oneSpecifier(st: PercentState, core: CoreApi): string {
  const { fmt } = st;
  if (st.i >= fmt.length) throw valueError("incomplete format");
  const start = st.i;
  // A `%(key)` specifier takes its value from the mapping instead of the next argument:
  // CPython's only argument for it, which a '*' would consume first.
  let keyed = fmt[st.i] === "(" ? mappingArg(st, core) : undefined;
  const isKeyed = keyed !== undefined;
  const take = (): Value => {
    if (!isKeyed) return nextArg(st);
    if (keyed === undefined) throw typeError("not enough arguments for format string");
    const v = keyed;
    keyed = undefined;
    return v;
  };
  const c: Conv = { minus: false, plus: false, space: false, zero: false, alt: false, width: -1, prec: -1 };
  for (;; st.i++) {
    const f = fmt[st.i];
    if (f === "-") c.minus = true;
    else if (f === "+") c.plus = true;
    else if (f === " ") c.space = true;
    else if (f === "0") c.zero = true;
    else if (f === "#") c.alt = true;
    else break;
  }
  const width = percentNumber(st, take);
  if (width !== null) {
    // A negative '*' width means left justification, as in C.
    if (width < 0) c.minus = true;
    c.width = Math.abs(width);
  }
  if (fmt[st.i] === ".") {
    st.i++;
    c.prec = Math.max(percentNumber(st, take) ?? 0, 0);
  }
  while (fmt[st.i] === "h" || fmt[st.i] === "l" || fmt[st.i] === "L") st.i++;
  if (st.i >= fmt.length) throw valueError("incomplete format");
  const code = fmt[st.i++];
  // Only "%%" is a percent sign: "%5%" is a conversion whose code is '%' (CPython's).
  if (code === "%" && st.i - 1 === start) return "%";
  checkFieldRoom(core, c.width, "eEfFgG".includes(code) ? c.prec : -1);
  if (st.bytes && "sbrac".includes(code)) return bytesField(code, c, take(), core);
  if (!"sradiuxXoeEfFgGc".includes(code)) {
    take(); // CPython takes the argument before it looks at the code
    const cp = code.codePointAt(0)!;
    throw valueError(`unsupported format character '${code}' (0x${cp.toString(16)}) at index ${st.i - 1}`);
  }
  return convertOne(code, c, take(), core);
}

/**
 * Dunder methods of the built-in types that CPython lists as methods, not slot wrappers
 * (`<method '__format__' of 'int' objects>`); list and dict also define `__getitem__`
 * (and dict `__contains__`) as methods.
 */
const DUNDER_METHODS = new Set([
  "__format__", "__sizeof__", "__reduce__", "__reduce_ex__", "__getstate__", "__setstate__", "__dir__",
  "__init_subclass__", "__subclasshook__", "__getnewargs__", "__round__", "__trunc__", "__floor__", "__ceil__",
  "__reversed__", "__class_getitem__", "__copy__", "__deepcopy__", "__length_hint__",
]);

/** A built-in type's method taken from the type (`str.upper`, `int.__add__`), as CPython's descriptors print. */
function unboundMethodRepr(name: string, qualname: string): string {
  const owner = qualname.slice(0, qualname.length - name.length - 1);
  const dunder = name.length > 4 && name.startsWith("__") && name.endsWith("__");
  const method = !dunder || DUNDER_METHODS.has(name) || ((owner === "list" || owner === "dict") && name === "__getitem__") ||
    (owner === "dict" && name === "__contains__");
  return `<${method ? "method" : "slot wrapper"} '${name}' of '${owner}' objects>`;
}
