// Methods of str values ("a,b".split(",")). Each method receives the calling core,
// the receiver string, positional and keyword arguments. Strings are JS strings;
// lengths, padding and character classes count code points, as Python does.
// Every new string goes through core.newStr (which charges the core's memory); a
// method whose result equals the receiver returns the receiver itself, as CPython.
// A method that can grow a string far beyond its inputs (join, replace, padding,
// expandtabs) checks the result's size against the core's memory before building it.

import { encodeMethod } from "./bytes.js";
import { getItem, getIter } from "../ops.js";
import { PyError, indexError, typeError, valueError } from "../errors.js";
import { SLICE_BOUND, asStr, expectArgs, expectKwargs, expectMethodArgs, toInt, toSliceBound, typeName } from "../args.js";
import { PY_WHITESPACE, isWsUnit } from "../convert.js";
import { cpIndexOf, cpLastIndexOf, cpLength, cpTable, isIdentifier, unitToCp } from "../codepoints.js";
import { ascii, formatSpec, repr, str } from "../format.js";
import { nativeOf } from "../classes.js";
import { checkStrRoom, drain, itemConsumer, rangeItems, reserveStr } from "../growth.js";
import { expandTabs, expandedLength } from "./tabs.js";
import {
  PyIterator, PyList, PyRange, PyTuple, type CoreApi, type GeneratorConsumer, type Kwargs, type Value,
} from "../values.js";

export type StrMethod = (core: CoreApi, self: string, args: Value[], kwargs: Kwargs) => Value;

export const strMethods = new Map<string, StrMethod>();
strMethods.set("encode", encodeMethod); // methods/bytes.ts: the codecs live with bytes

/** Registers a method that takes no keyword arguments and `min..max` positional ones. */
/** Methods whose arguments are positional only: argument clinic checks their count ("replace expected at least 2 arguments, got 1"). */
const positionalOnly = new Set(["replace", "center", "ljust", "rjust", "strip", "lstrip", "rstrip"]);

function def(name: string, min: number, max: number, fn: (core: CoreApi, self: string, args: Value[]) => Value, errName = name): void {
  const clinic = positionalOnly.has(name);
  strMethods.set(name, (core, self, args, kwargs) => {
    expectKwargs(`str.${name}`, kwargs);
    if (clinic) expectMethodArgs("str", errName, args, min, max);
    else expectArgs(errName, args, min, max);
    return fn(core, self, args);
  });
}

// ---------------------------------------------------------------------------------
// Argument helpers
// ---------------------------------------------------------------------------------

/** Merges keyword arguments into positional slots named `names` (undefined = absent). */
function bindArgs(name: string, args: Value[], kwargs: Kwargs, names: readonly string[]): (Value | undefined)[] {
  expectKwargs(name, kwargs, names);
  expectArgs(name, args, 0, names.length);
  const out: (Value | undefined)[] = names.map((_, i) => args[i]);
  if (kwargs) {
    for (const [k, v] of kwargs) {
      const i = names.indexOf(k);
      if (i < args.length) throw typeError(`argument for ${name}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  return out;
}

function needStr(v: Value, msg = "must be str"): string {
  const s = asStr(v);
  if (s === undefined) throw typeError(`${msg}, not ${typeName(v)}`);
  return s;
}

/** An int argument (bools accepted); TypeError "'str' object cannot be interpreted as an integer". */
function needInt(v: Value): number {
  return toInt(v, "");
}

/**
 * The [start, end) window of optional slice-like arguments, in code points, clamped
 * as a slice: negative values count from the end. start may exceed the length
 * (callers check).
 */
function window(self: string, startV: Value | undefined, endV: Value | undefined): [number, number] {
  const len = cpLength(self);
  const idx = (v: Value | undefined, dflt: number): number => {
    if (v === undefined || v === null) return dflt;
    let n = toSliceBound(v, SLICE_BOUND);
    if (n < 0) n = Math.max(0, n + len);
    return n;
  };
  return [idx(startV, 0), Math.min(idx(endV, len), len)];
}

/**
 * window() in code units, for searching the JS string: the same relations hold
 * (start past the end stays past it, end < start stays so).
 */
function unitWindow(self: string, startV: Value | undefined, endV: Value | undefined): [number, number] {
  const [start, end] = window(self, startV, endV);
  const t = cpTable(self);
  if (t === null) return [start, end];
  const n = t.length - 1;
  return [start > n ? self.length + start - n : t[start]!, t[end]!];
}

/**
 * Items of an iterable argument, or null if the value is not iterable. A range or
 * iterator is materialised with its growth charged to the core (see growth.ts).
 */
function iterItems(core: CoreApi, v: Value): Value[] | null {
  if (v instanceof PyList || v instanceof PyTuple) return v.items;
  if (typeof v === "string") return Array.from(v);
  if (v instanceof PyRange) return rangeItems(core, v);
  if (v instanceof PyIterator) return drain(core, v);
  // Anything else iterates by its own protocol (a deque, a Counter, a class with
  // __iter__ or __getitem__). As CPython's PySequence_Fast, only a TypeError from
  // getting the iterator means "not iterable"; errors while iterating propagate.
  let it: PyIterator;
  try {
    it = getIter(v);
  } catch (e) {
    if (e instanceof PyError && e.kind === "TypeError") return null;
    throw e;
  }
  return drain(core, it);
}

/** A tuple argument: a tuple or the tuple an instance of a tuple subclass is. */
function asTuple(v: Value): PyTuple | undefined {
  const t = nativeOf(v);
  return t instanceof PyTuple ? t : undefined;
}

/** New string result: the receiver itself when unchanged, else charged to the core. */
function result(core: CoreApi, self: string, s: string): string {
  return s === self ? self : core.newStr(s);
}

function strList(core: CoreApi, parts: string[]): PyList {
  return core.newList(parts.map((p) => core.newStr(p)));
}

// ---------------------------------------------------------------------------------
// Character classes (Unicode properties approximate CPython's unicodedata tables)
// ---------------------------------------------------------------------------------

const isWs = (c: string) => PY_WHITESPACE.includes(c);

const RE_ALPHA = /^\p{L}+$/u;
const RE_ALNUM = /^[\p{L}\p{N}]+$/u;
const RE_DECIMAL = /^\p{Nd}+$/u;
// isdigit: decimals plus the "digit" numerics (superscripts, circled digits, Ethiopic,
// Kharoshthi, Rumi, Brahmi digits, digit-comma forms), Unicode's Numeric_Type=Digit.
const RE_DIGIT = /^[\p{Nd}\u{b2}\u{b3}\u{b9}\u{1369}-\u{1371}\u{19da}\u{2070}\u{2074}-\u{2079}\u{2080}-\u{2089}\u{2460}-\u{2468}\u{2474}-\u{247c}\u{2488}-\u{2490}\u{24ea}\u{24f5}-\u{24fd}\u{24ff}\u{2776}-\u{277e}\u{2780}-\u{2788}\u{278a}-\u{2792}\u{10a40}-\u{10a43}\u{10e60}-\u{10e68}\u{11052}-\u{1105a}\u{1f100}-\u{1f10a}]+$/u;
// isnumeric: the N categories plus the CJK ideographs Unihan gives a numeric value
// (一 二 三 十 百 千 万 億 兆 零 壹 ...: category Lo, Numeric_Type=Numeric).
const RE_NUMERIC = /^[\p{N}\u{3405}\u{3483}\u{382a}\u{3b4d}\u{4e00}\u{4e03}\u{4e07}\u{4e09}\u{4e5d}\u{4e8c}\u{4e94}\u{4e96}\u{4ebf}\u{4ec0}\u{4edf}\u{4ee8}\u{4f0d}\u{4f70}\u{5104}\u{5146}\u{5169}\u{516b}\u{516d}\u{5341}\u{5343}-\u{5345}\u{534c}\u{53c1}-\u{53c4}\u{56db}\u{58f1}\u{58f9}\u{5e7a}\u{5efe}\u{5eff}\u{5f0c}-\u{5f0e}\u{5f10}\u{62fe}\u{634c}\u{67d2}\u{6f06}\u{7396}\u{767e}\u{8086}\u{842c}\u{8cae}\u{8cb3}\u{8d30}\u{9621}\u{9646}\u{964c}\u{9678}\u{96f6}\u{f96b}\u{f973}\u{f978}\u{f9b2}\u{f9d1}\u{f9d3}\u{f9fd}\u{20001}\u{20064}\u{200e2}\u{20121}\u{2092a}\u{20983}\u{2098c}\u{2099c}\u{20aea}\u{20afd}\u{20b19}\u{22390}\u{22998}\u{23b1b}\u{2626d}\u{2f890}]+$/u;
const RE_CASED = /\p{Cased}/u;
/** CPython's isupper()/islower() flags of one character (Unicode's Uppercase/Lowercase: Lu/Ll and the Other_ ones). */
const RE_UPPERCASE = /\p{Uppercase}/u;
const RE_LOWERCASE = /\p{Lowercase}/u;
const RE_LOWER_OR_TITLE = /[\p{Lowercase}\p{Lt}]/u;
const RE_UPPER_OR_TITLE = /[\p{Uppercase}\p{Lt}]/u;
const RE_NONPRINT = /[\p{C}\p{Z}]/u;

/** Title case of one character: Python's capitalize()/title() use it for initials. */
const TITLE_CASE: Record<string, string> = {
  "\u01c4": "\u01c5", "\u01c5": "\u01c5", "\u01c6": "\u01c5",
  "\u01c7": "\u01c8", "\u01c8": "\u01c8", "\u01c9": "\u01c8",
  "\u01ca": "\u01cb", "\u01cb": "\u01cb", "\u01cc": "\u01cb",
  "\u01f1": "\u01f2", "\u01f2": "\u01f2", "\u01f3": "\u01f2",
  // Unicode's titlecase mappings that are neither the upper case nor its first letter
  // followed by the rest lowered (SpecialCasing's Greek with ypogegrammeni, ŉ).
  "\u0149": "\u02bcN",
  "\u1fb2": "\u1fba\u0345", "\u1fb4": "\u0386\u0345", "\u1fb7": "\u0391\u0342\u0345",
  "\u1fc2": "\u1fca\u0345", "\u1fc4": "\u0389\u0345", "\u1fc7": "\u0397\u0342\u0345",
  "\u1ff2": "\u1ffa\u0345", "\u1ff4": "\u038f\u0345", "\u1ff7": "\u03a9\u0342\u0345",
  "\u1fb3": "\u1fbc", "\u1fbc": "\u1fbc", "\u1fc3": "\u1fcc", "\u1fcc": "\u1fcc",
  "\u1ff3": "\u1ffc", "\u1ffc": "\u1ffc",
};
// The Greek letters with ypogegrammeni: the titlecase letters (U+1F88...) are their own
// title case, and the small ones' is the titlecase letter, 8 code points on.
for (const base of [0x1f80, 0x1f90, 0x1fa0]) {
  for (let k = 0; k < 8; k++) {
    TITLE_CASE[String.fromCharCode(base + k)] = String.fromCharCode(base + 8 + k);
    TITLE_CASE[String.fromCharCode(base + 8 + k)] = String.fromCharCode(base + 8 + k);
  }
}
// Georgian Mkhedruli letters have an upper case (Mtavruli) but are their own title case.
for (let c = 0x10d0; c <= 0x10ff; c++) if (c !== 0x10fb && c !== 0x10fc) TITLE_CASE[String.fromCharCode(c)] = String.fromCharCode(c);
function titleChar(c: string): string {
  const t = TITLE_CASE[c];
  if (t) return t;
  const u = c.toUpperCase();
  // Multi-character upper cases ("ß" -> "SS") title-case as "Ss".
  return u.length > 1 && cpLength(u) > 1 ? Array.from(u)[0] + Array.from(u).slice(1).join("").toLowerCase() : u;
}

function all(self: string, re: RegExp): boolean {
  return self.length > 0 && re.test(self);
}

def("isdigit", 0, 0, (_c, s) => all(s, RE_DIGIT), "str.isdigit");
def("isdecimal", 0, 0, (_c, s) => all(s, RE_DECIMAL), "str.isdecimal");
def("isnumeric", 0, 0, (_c, s) => all(s, RE_NUMERIC), "str.isnumeric");
def("isalpha", 0, 0, (_c, s) => all(s, RE_ALPHA), "str.isalpha");
def("isalnum", 0, 0, (_c, s) => all(s, RE_ALNUM), "str.isalnum");
def("isspace", 0, 0, (_c, s) => s.length > 0 && Array.from(s).every(isWs), "str.isspace");
def("isupper", 0, 0, (_c, s) => RE_UPPERCASE.test(s) && !RE_LOWER_OR_TITLE.test(s), "str.isupper");
def("islower", 0, 0, (_c, s) => RE_LOWERCASE.test(s) && !RE_UPPER_OR_TITLE.test(s), "str.islower");
def("isascii", 0, 0, (_c, s) => /^[\x00-\x7f]*$/.test(s), "str.isascii");
def("isidentifier", 0, 0, (_c, s) => isIdentifier(s), "str.isidentifier");
def("isprintable", 0, 0, (_c, s) => !Array.from(s).some((c) => c !== " " && RE_NONPRINT.test(c)), "str.isprintable");
def("istitle", 0, 0, (_c, s) => {
  // Uppercase/titlecase letters only after uncased characters, lowercase only after cased.
  let prevCased = false;
  let any = false;
  for (const c of s) {
    if (RE_UPPER_OR_TITLE.test(c)) {
      if (prevCased) return false;
      prevCased = any = true;
    } else if (RE_LOWERCASE.test(c)) {
      if (!prevCased) return false;
      prevCased = any = true;
    } else prevCased = false;
  }
  return any;
}, "str.istitle");

// ---------------------------------------------------------------------------------
// Case conversion
// ---------------------------------------------------------------------------------

/** Characters skipped when deciding whether a capital sigma ends a word. */
const RE_CASE_IGNORABLE = /[\p{Mn}\p{Me}\p{Cf}\p{Lm}\p{Sk}'.:\u00b7\u2019]/u;

/**
 * Lower case of the character cs[i] in context: a capital sigma lowers to the final
 * form "ς" when a cased letter precedes it and none follows (ignoring case-ignorable
 * characters), as CPython's handle_capital_sigma.
 */
function lowerAt(cs: string[], i: number): string {
  const c = cs[i];
  if (c !== "\u03a3") return c.toLowerCase();
  const casedAt = (from: number, step: number): boolean => {
    for (let j = from; j >= 0 && j < cs.length; j += step) {
      if (!RE_CASE_IGNORABLE.test(cs[j])) return RE_CASED.test(cs[j]);
    }
    return false;
  };
  return casedAt(i - 1, -1) && !casedAt(i + 1, 1) ? "\u03c2" : "\u03c3";
}

def("upper", 0, 0, (core, s) => result(core, s, s.toUpperCase()), "str.upper");
def("lower", 0, 0, (core, s) => result(core, s, s.toLowerCase()), "str.lower");
// Full case folding (CaseFolding.txt C+F) is upper-then-lower (ß -> ss) with ς folded to σ,
// except for the characters below: ı has no folding, ẞ folds to "ss", and Cherokee folds to
// its uppercase letters (U+13A0...), not to the lowercase ones (U+AB70...).
const RE_FOLD_EXCEPTION = /[\u0131\u13a0-\u13fd\u1e9e\uab70-\uabbf]/;
function foldChar(c: string): string {
  const u = c.charCodeAt(0);
  if (u === 0x131) return c;
  if (u === 0x1e9e) return "ss";
  if (u >= 0x13a0 && u <= 0x13f5) return c;
  if (u >= 0x13f8 && u <= 0x13fd) return String.fromCharCode(u - 8);
  if (u >= 0xab70 && u <= 0xabbf) return String.fromCharCode(u - 0xab70 + 0x13a0);
  return c.toUpperCase().toLowerCase().replace(/\u03c2/g, "\u03c3");
}
function casefold(s: string): string {
  if (!RE_FOLD_EXCEPTION.test(s)) return s.toUpperCase().toLowerCase().replace(/\u03c2/g, "\u03c3");
  let out = "";
  for (const c of s) out += foldChar(c);
  return out;
}
def("casefold", 0, 0, (core, s) => result(core, s, casefold(s)), "str.casefold");
def("capitalize", 0, 0, (core, s) => {
  const cs = Array.from(s);
  if (cs.length === 0) return s;
  let out = titleChar(cs[0]);
  for (let i = 1; i < cs.length; i++) out += lowerAt(cs, i);
  return result(core, s, out);
}, "str.capitalize");
def("title", 0, 0, (core, s) => {
  const cs = Array.from(s);
  let out = "";
  let prevCased = false;
  cs.forEach((c, i) => {
    const cased = RE_CASED.test(c);
    out += cased ? (prevCased ? lowerAt(cs, i) : titleChar(c)) : c;
    prevCased = cased;
  });
  return result(core, s, out);
}, "str.title");
def("swapcase", 0, 0, (core, s) => {
  const cs = Array.from(s);
  let out = "";
  cs.forEach((c, i) => {
    // Titlecase letters (ǅ, ᾈ) are neither upper nor lower: unchanged, as CPython's.
    out += RE_UPPERCASE.test(c) ? lowerAt(cs, i) : RE_LOWERCASE.test(c) ? c.toUpperCase() : c;
  });
  return result(core, s, out);
}, "str.swapcase");

// ---------------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------------

/** Index of the first `sub` inside self[start:end], or -1. */
function findIn(self: string, sub: string, start: number, end: number): number {
  if (start > self.length || end - start < sub.length) return -1;
  const i = cpIndexOf(self, sub, start);
  return i >= 0 && i + sub.length <= end ? i : -1;
}

/** Index of the last `sub` inside self[start:end], or -1. */
function rfindIn(self: string, sub: string, start: number, end: number): number {
  if (start > self.length || end - start < sub.length) return -1;
  const i = cpLastIndexOf(self, sub, end - sub.length);
  return i >= start ? i : -1;
}

function searchMethod(name: string, search: typeof findIn, raise: boolean): void {
  def(name, 1, 3, (_core, self, args) => {
    const sub = needStr(args[0]);
    const [start, end] = unitWindow(self, args[1], args[2]);
    const i = search(self, sub, start, end);
    if (i < 0 && raise) throw valueError("substring not found");
    return i < 0 ? i : unitToCp(self, i);
  });
}
searchMethod("find", findIn, false);
searchMethod("rfind", rfindIn, false);
searchMethod("index", findIn, true);
searchMethod("rindex", rfindIn, true);

def("count", 1, 3, (_core, self, args) => {
  const sub = needStr(args[0]);
  if (sub === "") {
    // Every code point boundary of the window matches.
    const [start, end] = window(self, args[1], args[2]);
    return start > cpLength(self) || end < start ? 0 : end - start + 1;
  }
  const [start, end] = unitWindow(self, args[1], args[2]);
  if (start > self.length || end < start) return 0;
  let n = 0;
  for (let i = findIn(self, sub, start, end); i >= 0; i = findIn(self, sub, i + sub.length, end)) n++;
  return n;
});

/** startswith / endswith: the prefix may be a tuple of alternatives. */
function affixMethod(name: string, atStart: boolean): void {
  def(name, 1, 3, (_core, self, args) => {
    const p = asStr(args[0]) ?? asTuple(args[0]);
    if (p === undefined) {
      throw typeError(`${name} first arg must be str or a tuple of str, not ${typeName(args[0])}`);
    }
    const [start, end] = unitWindow(self, args[1], args[2]);
    const matches = (c: string): boolean => {
      if (start > self.length || end - start < c.length) return false;
      return atStart ? self.startsWith(c, start) : self.slice(0, end).endsWith(c);
    };
    if (typeof p === "string") return matches(p);
    // Alternatives are checked in order; a bad item only matters if it is reached.
    return p.items.some((x) => matches(needStr(x, `tuple for ${name} must only contain str`)));
  });
}
affixMethod("startswith", true);
affixMethod("endswith", false);

// ---------------------------------------------------------------------------------
// Splitting and joining
// ---------------------------------------------------------------------------------

def("join", 1, 1, (core, self, args) => {
  const items = iterItems(core, args[0]);
  if (items === null) throw typeError("can only join an iterable");
  return joinItems(core, self, items);
}, "str.join");

/**
 * `sep.join(g)` of a generator, its body run in place by the caller's loop (as
 * `list(g)`: generators.ts consumeWith), so that a body that blocks (receives a
 * message, reads input) may block the core.
 */
export function joinConsumer(core: CoreApi, sep: string): GeneratorConsumer {
  return itemConsumer(core, (items) => joinItems(core, sep, items));
}

/** `self.join(items)` once the iterable's items are known. */
function joinItems(core: CoreApi, self: string, items: Value[]): Value {
  let length = self.length * Math.max(0, items.length - 1);
  // Items of str subclasses join as their str (a StrEnum's members); the plain-str
  // list is only copied when one is met.
  let parts = items as string[];
  items.forEach((x, i) => {
    if (typeof x === "string") {
      length += x.length;
      return;
    }
    const s = asStr(x);
    if (s === undefined) throw typeError(`sequence item ${i}: expected str instance, ${typeName(x)} found`);
    if (parts === items) parts = items.slice() as string[];
    parts[i] = s;
    length += s.length;
  });
  // One plain str item is returned itself, as CPython; one subclass item gives its str.
  if (parts.length === 1) return parts[0];
  reserveStr(core, length); // charged before the host builds it
  return parts.join(self);
}

/** split(None): runs of whitespace separate; ends are ignored; at most `max` splits. */
function splitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (true) {
    while (i < n && isWsUnit(s.charCodeAt(i))) i++;
    if (i >= n) break;
    if (max >= 0 && out.length === max) {
      // The remainder keeps its trailing whitespace, as in CPython.
      out.push(s.slice(i));
      break;
    }
    const j = i;
    while (i < n && !isWsUnit(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  return out;
}

/** rsplit(None): the mirror image of splitWhitespace. */
function rsplitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (true) {
    while (i > 0 && isWsUnit(s.charCodeAt(i - 1))) i--;
    if (i <= 0) break;
    if (max >= 0 && out.length === max) {
      out.push(s.slice(0, i));
      break;
    }
    const j = i;
    while (i > 0 && !isWsUnit(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, j));
  }
  return out.reverse();
}

function splitSep(s: string, sep: string, max: number): string[] {
  const out: string[] = [];
  let i = 0;
  for (let j = s.indexOf(sep); j >= 0 && (max < 0 || out.length < max); j = s.indexOf(sep, i)) {
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

function rsplitSep(s: string, sep: string, max: number): string[] {
  const out: string[] = [];
  let end = s.length;
  while (max < 0 || out.length < max) {
    const j = end - sep.length < 0 ? -1 : s.lastIndexOf(sep, end - sep.length);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

function splitMethod(name: string, ws: typeof splitWhitespace, bySep: typeof splitSep): void {
  strMethods.set(name, (core, self, args, kwargs) => {
    const [sepV, maxV] = bindArgs(name, args, kwargs, ["sep", "maxsplit"]);
    const max = maxV === undefined ? -1 : needInt(maxV);
    if (sepV === undefined || sepV === null) return strList(core, ws(self, max));
    const sep = needStr(sepV, "must be str or None");
    if (sep === "") throw valueError("empty separator");
    return strList(core, bySep(self, sep, max));
  });
}
splitMethod("split", splitWhitespace, splitSep);
splitMethod("rsplit", rsplitWhitespace, rsplitSep);

/** Line boundaries of str.splitlines ("\r\n" counts as one). */
const LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029";

strMethods.set("splitlines", (core, self, args, kwargs) => {
  const [keepV] = bindArgs("splitlines", args, kwargs, ["keepends"]);
  const keep = keepV === undefined ? false : needInt(keepV) !== 0;
  const out: string[] = [];
  let i = 0;
  while (i < self.length) {
    let j = i;
    while (j < self.length && !LINE_BREAKS.includes(self[j])) j++;
    let eol = j;
    if (j < self.length) eol = self[j] === "\r" && self[j + 1] === "\n" ? j + 2 : j + 1;
    out.push(self.slice(i, keep ? eol : j));
    i = eol;
  }
  return strList(core, out);
});

function partitionMethod(name: string, fromRight: boolean): void {
  def(name, 1, 1, (core, self, args) => {
    const sep = needStr(args[0]);
    if (sep === "") throw valueError("empty separator");
    const i = fromRight ? self.lastIndexOf(sep) : self.indexOf(sep);
    let parts: string[];
    if (i < 0) parts = fromRight ? ["", "", self] : [self, "", ""];
    else parts = [self.slice(0, i), sep, self.slice(i + sep.length)];
    return core.newTuple(parts.map((p) => (p === self ? p : core.newStr(p))));
  }, `str.${name}`);
}
partitionMethod("partition", false);
partitionMethod("rpartition", true);

// ---------------------------------------------------------------------------------
// Stripping, replacing, padding
// ---------------------------------------------------------------------------------

function stripMethod(name: string, left: boolean, right: boolean): void {
  def(name, 0, 1, (core, self, args) => {
    const charsV = args[0];
    if (charsV === undefined || charsV === null) {
      // Whitespace is never a surrogate: code units are code points here.
      let a = 0;
      let b = self.length;
      if (left) while (a < b && isWsUnit(self.charCodeAt(a))) a++;
      if (right) while (b > a && isWsUnit(self.charCodeAt(b - 1))) b--;
      return a === 0 && b === self.length ? self : core.newStr(self.slice(a, b));
    }
    const chars = asStr(charsV);
    if (chars === undefined) throw typeError(`${name} arg must be None or str`);
    const inSet = (c: string) => chars.includes(c);
    // Iterate by code points so that astral characters are stripped whole.
    const cs = Array.from(self);
    let a = 0;
    let b = cs.length;
    if (left) while (a < b && inSet(cs[a])) a++;
    if (right) while (b > a && inSet(cs[b - 1])) b--;
    if (a === 0 && b === cs.length) return self;
    return core.newStr(cs.slice(a, b).join(""));
  });
}
stripMethod("strip", true, true);
stripMethod("lstrip", true, false);
stripMethod("rstrip", false, true);

def("replace", 2, 3, (core, self, args) => {
  const old = needStr(args[0], "replace() argument 1 must be str");
  const rep = needStr(args[1], "replace() argument 2 must be str");
  const count = args[2] === undefined ? -1 : needInt(args[2]);
  if (count === 0) return self;
  if (rep.length > old.length) checkStrRoom(core, replacedLength(self, old, rep, count));
  let out: string;
  if (old === "") {
    // An empty pattern matches before every character and at the end.
    const cs = Array.from(self);
    const n = count < 0 ? cs.length + 1 : Math.min(count, cs.length + 1);
    out = "";
    for (let i = 0; i < cs.length; i++) out += (i < n ? rep : "") + cs[i];
    if (n > cs.length) out += rep;
  } else if (count < 0) {
    if (self.indexOf(old) < 0) return self;
    out = self.split(old).join(rep);
  } else {
    const parts = splitSep(self, old, count);
    out = parts.join(rep);
  }
  return result(core, self, out);
});

/** Length of `self.replace(old, rep, count)`, computed without building it. */
function replacedLength(self: string, old: string, rep: string, count: number): number {
  let k: number;
  if (old === "") k = cpLength(self) + 1;
  else {
    k = 0;
    for (let i = self.indexOf(old); i >= 0 && (count < 0 || k < count); i = self.indexOf(old, i + old.length)) k++;
  }
  if (count >= 0) k = Math.min(k, count);
  return self.length + k * (rep.length - old.length);
}

function affixRemoval(name: string, prefix: boolean): void {
  def(name, 1, 1, (core, self, args) => {
    const a = needStr(args[0], `${name}() argument must be str`);
    if (a === "") return self;
    if (prefix && self.startsWith(a)) return core.newStr(self.slice(a.length));
    if (!prefix && self.endsWith(a)) return core.newStr(self.slice(0, self.length - a.length));
    return self;
  }, `str.${name}`);
}
affixRemoval("removeprefix", true);
affixRemoval("removesuffix", false);

/** Width and fill character of center/ljust/rjust. */
function padArgs(args: Value[]): [number, string] {
  const width = needInt(args[0]);
  let fill = " ";
  if (args.length > 1) {
    const f = asStr(args[1]);
    if (f === undefined) throw typeError(`The fill character must be a unicode character, not ${typeName(args[1])}`);
    if (cpLength(f) !== 1) throw typeError("The fill character must be exactly one character long");
    fill = f;
  }
  return [width, fill];
}

function padMethod(name: string, place: (marg: number, width: number) => number): void {
  def(name, 1, 2, (core, self, args) => {
    const [width, fill] = padArgs(args);
    const marg = width - cpLength(self);
    if (marg <= 0) return self;
    checkStrRoom(core, self.length + marg * fill.length);
    const left = place(marg, width);
    return core.newStr(fill.repeat(left) + self + fill.repeat(marg - left));
  });
}
// CPython's center puts the odd extra space on the left only when width is odd too.
padMethod("center", (marg, width) => (marg >> 1) + (marg & width & 1));
padMethod("ljust", () => 0);
padMethod("rjust", (marg) => marg);

def("zfill", 1, 1, (core, self, args) => {
  const width = needInt(args[0]);
  const fill = width - cpLength(self);
  if (fill <= 0) return self;
  checkStrRoom(core, self.length + fill);
  const signed = self[0] === "+" || self[0] === "-";
  const body = signed ? self.slice(1) : self;
  return core.newStr((signed ? self[0] : "") + "0".repeat(fill) + body);
}, "str.zfill");

strMethods.set("expandtabs", (core, self, args, kwargs) => {
  const [sizeV] = bindArgs("expandtabs", args, kwargs, ["tabsize"]);
  const size = sizeV === undefined ? 8 : needInt(sizeV);
  if (size > 1 && self.includes("\t")) checkStrRoom(core, expandedLength(self, size));
  return result(core, self, expandTabs(self, size));
});

// ---------------------------------------------------------------------------------
// str.format
// ---------------------------------------------------------------------------------

interface FormatState {
  readonly core: CoreApi;
  readonly args: Value[];
  readonly kwargs: Kwargs;
  /** Next automatic field number ("{}"); fields may not mix with "{0}" ones. */
  auto: number;
  /** True once an explicitly numbered field was used. */
  manual: boolean;
  /** format_map's mapping: named fields are its items (`__missing__` too), positional ones an error. */
  readonly mapping?: Value;
}

/** Looks up the argument named by a field ("", "0", "name"), with automatic numbering. */
function fieldArg(st: FormatState, argName: string): Value {
  const positional = argName === "" || /^\d+$/.test(argName);
  if (st.mapping !== undefined) {
    if (positional) throw valueError("Format string contains positional fields");
    return getItem(st.core, st.mapping, argName);
  }
  if (positional) {
    let i: number;
    if (argName === "") {
      if (st.manual) throw valueError("cannot switch from manual field specification to automatic field numbering");
      i = st.auto++;
    } else {
      if (st.auto > 0) throw valueError("cannot switch from automatic field numbering to manual field specification");
      st.manual = true;
      i = Number(argName);
    }
    if (i >= st.args.length) throw indexError(`Replacement index ${i} out of range for positional args tuple`);
    return st.args[i];
  }
  const v = st.kwargs?.get(argName);
  if (v === undefined) {
    const err = new PyError("KeyError", reprStrKey(argName));
    err.args = [argName];
    throw err;
  }
  return v;
}

function reprStrKey(k: string): string {
  return repr(k, true);
}

/**
 * Applies the `.attr` and `[key]` accessors of a field name, as CPython's str.format:
 * any object's attribute, and any subscriptable value (dicts, user __getitem__); a
 * key of digits is an int, any other key a str.
 */
function fieldAccess(core: CoreApi, v: Value, rest: string): Value {
  let i = 0;
  while (i < rest.length) {
    if (rest[i] === ".") {
      const m = /^\.([^.[]*)/.exec(rest.slice(i))!;
      if (m[1] === "") throw valueError("Empty attribute in format string");
      v = core.getAttr(v, m[1]);
      i += m[0].length;
      continue;
    }
    if (rest[i] !== "[") throw valueError("Only '.' or '[' may follow ']' in format field specifier");
    const close = rest.indexOf("]", i);
    if (close < 0) throw valueError("Missing ']' in format string");
    const key = rest.slice(i + 1, close);
    if (key === "") throw valueError("Empty attribute in format string");
    i = close + 1;
    v = getItem(core, v, /^\d+$/.test(key) ? Number(key) : key);
  }
  return v;
}

/** Scans a replacement field starting after '{'; returns its text and the index after '}'. */
function scanField(t: string, i: number): [string, number] {
  let depth = 1;
  const start = i;
  for (; i < t.length; i++) {
    if (t[i] === "[") {
      // Inside an index, braces are literal characters.
      while (i < t.length && t[i] !== "]") i++;
      if (i >= t.length) break;
    } else if (t[i] === "{") depth++;
    else if (t[i] === "}" && --depth === 0) return [t.slice(start, i), i + 1];
  }
  throw valueError("expected '}' before end of string");
}

/** Renders one field "name[!conv][:spec]". */
function renderField(st: FormatState, field: string, depth: number): string {
  let i = 0;
  while (i < field.length && field[i] !== "!" && field[i] !== ":") {
    if (field[i] === "[") {
      while (i < field.length && field[i] !== "]") i++;
    }
    i++;
  }
  const name = field.slice(0, i);
  // The argument's name or index runs to the first '.' or '['.
  let head = 0;
  while (head < name.length && name[head] !== "." && name[head] !== "[") head++;
  let v = head === name.length ? fieldArg(st, name) : fieldAccess(st.core, fieldArg(st, name.slice(0, head)), name.slice(head));
  let conv = "";
  if (field[i] === "!") {
    if (i + 1 >= field.length) throw valueError("unmatched '{' in format spec");
    conv = field[i + 1];
    i += 2;
    if (i < field.length && field[i] !== ":") throw valueError("expected ':' after conversion specifier");
  }
  // A spec with no nested field is its own rendering (the common case: no render call).
  const specText = field[i] === ":" ? field.slice(i + 1) : "";
  const spec = specText.includes("{") || specText.includes("}") ? render(st, specText, depth - 1) : specText;
  const f32 = st.core.float32;
  switch (conv) {
    case "": break;
    case "s": v = str(v, f32); break;
    case "r": v = repr(v, f32); break;
    case "a": v = ascii(v, f32); break;
    default: throw valueError(`Unknown conversion specifier ${conv}`);
  }
  return formatSpec(v, spec, st.core);
}

/** Renders a template; `depth` limits nesting of fields inside format specs. */
function render(st: FormatState, t: string, depth: number): string {
  if (depth <= 0) throw valueError("Max string recursion exceeded");
  let out = "";
  let i = 0;
  while (i < t.length) {
    const c = t[i];
    if (c === "{") {
      if (t[i + 1] === "{") {
        out += "{";
        i += 2;
        continue;
      }
      if (i + 1 >= t.length) throw valueError("Single '{' encountered in format string");
      const [field, next] = scanField(t, i + 1);
      out += renderField(st, field, depth);
      i = next;
    } else if (c === "}") {
      if (t[i + 1] !== "}") throw valueError("Single '}' encountered in format string");
      out += "}";
      i += 2;
    } else {
      // Literal text up to the next brace (no copy of the rest of the template).
      let end = i + 1;
      while (end < t.length && t[end] !== "{" && t[end] !== "}") end++;
      out += t.slice(i, end);
      i = end;
    }
  }
  return out;
}

strMethods.set("format", (core, self, args, kwargs) => {
  const st: FormatState = { core, args, kwargs, auto: 0, manual: false };
  return result(core, self, render(st, self, 2));
});

strMethods.set("format_map", (core, self, args, kwargs) => {
  expectKwargs("str.format_map", kwargs);
  if (args.length !== 1) throw typeError(`str.format_map() takes exactly one argument (${args.length} given)`);
  const st: FormatState = { core, args: [], kwargs: null, auto: 0, manual: false, mapping: args[0] };
  return result(core, self, render(st, self, 2));
});
