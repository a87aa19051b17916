// Conversions from text to numbers with Python's rules: int(s, base) and float(s).
// Ints are the device's 32-bit word, so int() of a larger literal raises OverflowError
// (Python would make a big int).

import { PyError, valueError } from "./errors.js";
import { reprStr } from "./format.js";
import { intStrDigits } from "./bigint.js";

/** Python's whitespace (str.isspace / str.strip() / int() and float() padding). */
export const PY_WHITESPACE =
  "\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006" +
  "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";

/** Strips Python whitespace from both ends. */
export function pyStrip(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isWsUnit(s.charCodeAt(a))) a++;
  while (b > a && isWsUnit(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

/**
 * Whether UTF-16 code unit `c` is Python whitespace (every such character is in the
 * BMP, so a unit test is a code point test): ASCII without a search.
 */
export function isWsUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 9 && c <= 13) || c >= 0x1c;
  return c >= 0x85 && PY_WHITESPACE.includes(String.fromCharCode(c));
}

/** Value of a digit character in bases up to 36, or 99 if it is not a digit. */
function digitValue(c: string): number {
  const x = c.charCodeAt(0);
  if (x >= 48 && x <= 57) return x - 48;
  if (x >= 97 && x <= 122) return x - 87;
  if (x >= 65 && x <= 90) return x - 55;
  return 99;
}

const RE_NON_ASCII_DIGIT = /[^\x00-\x7f]/u;
const RE_ND = /\p{Nd}/u;

/**
 * Replaces non-ASCII decimal digits ("１２", "٣") by ASCII ones, as Python's int() and
 * float() accept them. Unicode lays decimal digits out in contiguous runs of 0..9, so
 * a digit's value is its distance from the start of its run, modulo 10.
 */
function asciiDigits(s: string): string {
  if (!RE_NON_ASCII_DIGIT.test(s)) return s;
  let out = "";
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80 || !RE_ND.test(ch)) {
      out += ch;
      continue;
    }
    const cp = ch.codePointAt(0)!;
    let start = cp;
    while (RE_ND.test(String.fromCodePoint(start - 1))) start--;
    out += String((cp - start) % 10);
  }
  return out;
}

const PREFIX_BASE: Record<string, number> = { x: 16, o: 8, b: 2 };

/**
 * int(s, base) where ints are 32-bit words (the classic dialect, --int-overflow
 * error): `intTextValue`, OverflowError beyond 32 bits.
 */
export function intFromString(s: string, base: number): number {
  const v = intTextValue(s, base);
  if (v < -2147483648n || v > 2147483647n) {
    throw new PyError("OverflowError", `integer ${v} does not fit in a 32-bit int`);
  }
  return Number(v);
}

/**
 * The value of int(s, base): optional sign, optional 0x/0o/0b prefix (which must
 * match the base; base 0 takes the base from the prefix), digits with single
 * underscores between them, surrounding whitespace. Any size (vm/bigint.ts).
 */
export function intTextValue(s: string, base: number): bigint {
  if (base !== 0 && (base < 2 || base > 36)) throw valueError("int() base must be >= 2 and <= 36, or 0");
  const bad = () => valueError(`invalid literal for int() with base ${base}: ${reprStr(s)}`);
  let t = asciiDigits(pyStrip(s));
  let neg = false;
  if (t[0] === "+" || t[0] === "-") {
    neg = t[0] === "-";
    t = t.slice(1);
  }
  let b = base;
  let prefixed = false;
  if (t.length >= 2 && t[0] === "0") {
    const pb = PREFIX_BASE[t[1].toLowerCase()];
    if (pb !== undefined && (b === 0 || b === pb)) {
      b = pb;
      t = t.slice(2);
      prefixed = true;
    }
  }
  if (b === 0) {
    b = 10;
    // Base 0 follows literal syntax: a decimal with leading zeros must be all zeros.
    if (/^0[0-9_]*$/.test(t) && /[1-9]/.test(t)) throw bad();
  }
  // After a prefix one underscore may come first ("0x_ff"); otherwise digits must
  // start and end the text and underscores may only separate digits.
  if (prefixed && t[0] === "_") t = t.slice(1);
  if (t === "" || t[0] === "_" || t.endsWith("_") || t.includes("__")) throw bad();
  let digits = "";
  for (const c of t) {
    if (c === "_") continue;
    if (digitValue(c) >= b) throw bad();
    digits += c;
  }
  // CPython's limit on decimal (non power-of-two base) conversions, against quadratic time.
  const max = intStrDigits.max;
  if ((b & (b - 1)) !== 0 && max !== 0 && digits.length > max) {
    throw valueError(`Exceeds the limit (${max} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  // Bases BigInt reads natively convert in one step (long strings stay fast); others digit by digit.
  const native = b === 10 ? "" : b === 16 ? "0x" : b === 8 ? "0o" : b === 2 ? "0b" : null;
  let v = 0n;
  if (native !== null) v = BigInt(native + digits);
  else {
    const bb = BigInt(b);
    for (const c of digits) v = v * bb + BigInt(digitValue(c));
  }
  return neg ? -v : v;
}

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/**
 * float(s): decimal with optional exponent and underscores between digits, or
 * inf/infinity/nan in any case with a sign, surrounded by whitespace. Returns the
 * float64 value (the caller rounds to float32 when the core uses single precision).
 */
export function floatFromString(s: string): number {
  const t = asciiDigits(pyStrip(s));
  const special = SPECIAL_RE.exec(t);
  if (special) {
    const x = special[2].toLowerCase() === "nan" ? NaN : Infinity;
    return special[1] === "-" ? -x : x;
  }
  if (!FLOAT_RE.test(t)) throw valueError(`could not convert string to float: ${reprStr(s)}`);
  return Number(t.replace(/_/g, ""));
}
