// `_json`: the native half of the `json` module, as CPython's `_json` C accelerator is
// for its json package. The API (argument handling, `JSONDecodeError`, `dump`/`load`)
// stays in ePython (jsonSource.ts); the two hot loops live here:
//
//   encode(obj, indent, item_sep, key_sep, sort_keys, skipkeys, ensure_ascii,
//          allow_nan, check_circular, default) -> str
//   scan(doc, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant)
//          -> (value, None, 0) | (None, message, char position)
//
// Output and errors are CPython 3.11's: its C encoder when `indent` is None and its
// pure-Python encoder otherwise (they differ only in the allow_nan message), and its C
// scanner's error positions (in code points, as Python's str indexes).
//
// Memory: the decoder builds lists, dicts, strings and ints through the core (charged
// as the program's own). The encoder charges its output as it grows (in steps of at
// most ENCODE_CHARGE_STEP bytes, the chunks CPython's encoder keeps before the final
// join), then the result string; a document that does not fit is a MemoryError while
// it is built, not after.

import { typeName } from "../args.js";
import { bigDecimal, intOf } from "../bigint.js";
import { PyInstance } from "../classes.js";
import { cpToUnit, noteWithoutSurrogates, unitToCp } from "../codepoints.js";
import type { Core } from "../core.js";
import { DELETED, PyDict } from "../dict.js";
import { PyError, typeError, valueError } from "../errors.js";
import { formatFloat } from "../format.js";
import { sortValues } from "../sorting.js";
import { emptyDict } from "../methods/dict.js";
import { PyBigInt, PyFloat, PyList, PyModule, PyTuple, type CoreApi, type Value } from "../values.js";
import { def } from "./util.js";

/** Bytes of output the encoder may build before charging them to the core. */
const ENCODE_CHARGE_STEP = 512;
/** Nesting depth at which encoding or decoding stops with RecursionError (CPython's default limit). */
const MAX_DEPTH = 1000;

// ---------------------------------------------------------------------------------
// Encoder
// ---------------------------------------------------------------------------------

/** A character that must be escaped: CPython's S_CHAR test, ASCII-only or not. */
const NEEDS_ESCAPE_ASCII = /["\\\x00-\x1f\x7f-\uffff]/;
const NEEDS_ESCAPE = /["\\\x00-\x1f]/;
const HEX = "0123456789abcdef";
const SHORT_ESCAPES: Record<number, string> = { 34: '\\"', 92: "\\\\", 10: "\\n", 13: "\\r", 9: "\\t", 8: "\\b", 12: "\\f" };

/**
 * A JSON string literal for `s` (CPython's encode_basestring[_ascii]). ePython strings
 * are UTF-16 JS strings, so a character beyond U+FFFF is already its surrogate pair and
 * comes out as two \\u escapes, as CPython writes it.
 */
export function quoteJson(s: string, ensureAscii: boolean): string {
  if (!(ensureAscii ? NEEDS_ESCAPE_ASCII : NEEDS_ESCAPE).test(s)) return '"' + s + '"';
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 34 && c !== 92 && (c < 0x7f || !ensureAscii)) continue;
    out += s.slice(start, i) + (SHORT_ESCAPES[c] ?? "\\u" + HEX[(c >> 12) & 15] + HEX[(c >> 8) & 15] + HEX[(c >> 4) & 15] + HEX[c & 15]);
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}

interface EncodeOptions {
  indent: string | null;
  itemSep: string;
  keySep: string;
  sortKeys: boolean;
  skipKeys: boolean;
  ensureAscii: boolean;
  allowNan: boolean;
  checkCircular: boolean;
  /** The `default` callable, or null. */
  fallback: Value;
}

class Encoder {
  /** The output so far: appending to a JS string builds a rope, cheaper than joining parts. */
  private out = "";
  /** Output bytes not yet charged to the core. */
  private pending = 0;
  /** Containers (and objects given to `default`) being encoded: a repeat is a cycle. */
  private readonly markers = new Set<unknown>();
  /** Nesting of encode calls (containers and `default` results), for RecursionError. */
  private depth = 0;
  /** Containers open around the current value: the indent level (`default` adds none). */
  private level = 0;

  constructor(
    private readonly core: Core,
    private readonly opts: EncodeOptions,
  ) {}

  result(): string {
    this.core.charge(this.pending);
    this.pending = 0;
    // With ensure_ascii every character beyond U+007E was escaped: len() of the
    // result (json_dumps measures it) need not scan it for surrogates.
    if (this.opts.ensureAscii) noteWithoutSurrogates(this.out);
    return this.core.newStr(this.out);
  }

  private put(s: string): void {
    this.out += s;
    this.pending += s.length;
    if (this.pending >= ENCODE_CHARGE_STEP) {
      this.core.charge(this.pending);
      this.pending = 0;
    }
  }

  private floatText(x: number): string {
    if (Number.isFinite(x)) return formatFloat(x, this.core.float32);
    if (!this.opts.allowNan) {
      // CPython's C encoder (no indent) and its Python encoder word this differently.
      const what = this.opts.indent === null ? "" : ": " + formatFloat(x, this.core.float32);
      throw valueError("Out of range float values are not JSON compliant" + what);
    }
    return Number.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
  }

  /** A scalar's JSON text, or undefined when `v` is not a scalar JSON knows. */
  private scalar(v: Value): string | undefined {
    switch (typeof v) {
      case "string": return quoteJson(v, this.opts.ensureAscii);
      case "number": return (v | 0) === v ? String(v) : this.floatText(v);
      case "boolean": return v ? "true" : "false";
    }
    if (v === null) return "null";
    if (v instanceof PyFloat) return this.floatText(v.v);
    if (v instanceof PyBigInt) return bigDecimal(v.v);
    return undefined;
  }

  encode(v: Value): void {
    const text = this.scalar(v);
    if (text !== undefined) return this.put(text);
    if (v instanceof PyList || v instanceof PyTuple) return this.array(v, v.items);
    if (v instanceof PyDict) return this.object(v);
    // Subclasses of str, int, float, list, tuple and dict encode as their value.
    if (v instanceof PyInstance && v.native !== undefined) {
      const n = v.native;
      const t = this.scalar(n);
      if (t !== undefined) return this.put(t);
      if (n instanceof PyList || n instanceof PyTuple) return this.array(n, n.items);
      if (n instanceof PyDict) return this.object(n);
    }
    // JSONEncoder.default names o.__class__.__name__, not the tp_name ('deque', not 'collections.deque').
    if (this.opts.fallback === null) throw typeError(`Object of type ${v instanceof PyInstance ? v.cls.name : typeName(v)} is not JSON serializable`);
    this.enter(v);
    this.encode(this.core.call(this.opts.fallback, [v]));
    this.leave(v);
  }

  private enter(container: unknown): void {
    if (this.opts.checkCircular) {
      if (this.markers.has(container)) throw valueError("Circular reference detected");
      this.markers.add(container);
    }
    if (++this.depth > MAX_DEPTH) throw new PyError("RecursionError", "maximum recursion depth exceeded while encoding a JSON object");
  }

  private leave(container: unknown): void {
    this.depth--;
    if (this.opts.checkCircular) this.markers.delete(container);
  }

  /** The newline and indent before an item at the current depth, or null without indent. */
  private newline(depth: number): string | null {
    return this.opts.indent === null ? null : "\n" + this.opts.indent.repeat(depth);
  }

  private array(container: object, items: readonly Value[]): void {
    if (items.length === 0) return this.put("[]");
    this.enter(container);
    const inner = this.newline(++this.level);
    const sep = inner === null ? this.opts.itemSep : this.opts.itemSep + inner;
    this.put(inner === null ? "[" : "[" + inner);
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.put(sep);
      this.encode(items[i]);
    }
    this.leave(container);
    const outer = this.newline(--this.level);
    this.put(outer === null ? "]" : outer + "]");
  }

  /** A dict key's text (str, int, float, bool, None), or null to skip it (skipkeys). */
  private keyText(k: Value): string | null {
    if (typeof k === "string") return k;
    const n = k instanceof PyInstance && k.native !== undefined ? k.native : k;
    if (typeof n === "string") return n;
    if (typeof n === "number" || typeof n === "boolean" || n === null || n instanceof PyFloat || n instanceof PyBigInt) return this.scalar(n)!;
    if (this.opts.skipKeys) return null;
    throw typeError(`keys must be str, int, float, bool or None, not ${typeName(k)}`);
  }

  private object(d: PyDict): void {
    if (d.size === 0) return this.put("{}");
    this.enter(d);
    const inner = this.newline(++this.level);
    const sep = inner === null ? this.opts.itemSep : this.opts.itemSep + inner;
    this.put(inner === null ? "{" : "{" + inner);
    let keys: Value[] = [];
    let vals: Value[] = [];
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i];
      if (k === DELETED) continue;
      keys.push(k);
      vals.push(d.vals[i]);
    }
    if (this.opts.sortKeys) {
      // CPython sorts the (key, value) items: tuple comparison, so its TypeError for
      // keys that do not compare.
      const items = sortValues(this.core, keys.map((k, i) => new PyTuple([k, vals[i]])), null, false) as PyTuple[];
      keys = items.map((t) => t.items[0]);
      vals = items.map((t) => t.items[1]);
    }
    let first = true;
    for (let i = 0; i < keys.length; i++) {
      const key = this.keyText(keys[i]);
      if (key === null) continue;
      const quoted = quoteJson(key, this.opts.ensureAscii) + this.opts.keySep;
      this.put(first ? quoted : sep + quoted);
      first = false;
      this.encode(vals[i]);
    }
    this.leave(d);
    const outer = this.newline(--this.level);
    this.put(outer === null ? "}" : outer + "}");
  }
}

// ---------------------------------------------------------------------------------
// Decoder (CPython's C scanner: scan_once_unicode and its helpers)
// ---------------------------------------------------------------------------------

/** A decoding error at a UTF-16 position (turned into a JSONDecodeError by json.loads). */
class ScanError {
  constructor(
    readonly message: string,
    readonly at: number,
  ) {}
}

const isWs = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const isDigit = (c: number) => c >= 48 && c <= 57;
const STRING_ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

interface Hooks {
  objectHook: Value;
  pairsHook: Value;
  parseFloat: Value;
  parseInt: Value;
  parseConstant: Value;
}

class Scanner {
  private depth = 0;
  constructor(
    private readonly core: Core,
    private readonly doc: string,
    private readonly hooks: Hooks,
  ) {}

  skip(i: number): number {
    const s = this.doc;
    while (i < s.length && isWs(s.charCodeAt(i))) i++;
    return i;
  }

  /** One value at `i`; returns it and the position after it in `this.end`. */
  end = 0;

  value(i: number): Value {
    const s = this.doc;
    if (i >= s.length) throw new ScanError("Expecting value", i);
    switch (s.charCodeAt(i)) {
      case 34: // "
        return this.string(i + 1);
      case 123: // {
        return this.nested(() => this.object(i + 1), "object");
      case 91: // [
        return this.nested(() => this.array(i + 1), "array");
      case 110: // n
        if (s.startsWith("null", i)) return this.at(i + 4, null);
        break;
      case 116: // t
        if (s.startsWith("true", i)) return this.at(i + 4, true);
        break;
      case 102: // f
        if (s.startsWith("false", i)) return this.at(i + 5, false);
        break;
      case 78: // N
        if (s.startsWith("NaN", i)) return this.constant("NaN", i);
        break;
      case 73: // I
        if (s.startsWith("Infinity", i)) return this.constant("Infinity", i);
        break;
      case 45: // -
        if (s.startsWith("-Infinity", i)) return this.constant("-Infinity", i);
        break;
    }
    return this.number(i);
  }

  private at(end: number, v: Value): Value {
    this.end = end;
    return v;
  }

  private nested(parse: () => Value, what: string): Value {
    if (++this.depth > MAX_DEPTH) {
      throw new PyError("RecursionError", `maximum recursion depth exceeded while decoding a JSON ${what} from a unicode string`);
    }
    const v = parse();
    this.depth--;
    return v;
  }

  private constant(name: string, i: number): Value {
    const hook = this.hooks.parseConstant;
    const v = hook !== null ? this.core.call(hook, [this.core.newStr(name)])
      : this.core.float(name === "NaN" ? NaN : name === "Infinity" ? Infinity : -Infinity);
    return this.at(i + name.length, v);
  }

  private number(start: number): Value {
    const s = this.doc;
    const last = s.length - 1;
    let i = start;
    if (s.charCodeAt(i) === 45) {
      i++;
      if (i > last) throw new ScanError("Expecting value", start);
    }
    const c = s.charCodeAt(i);
    if (c >= 49 && c <= 57) {
      i++;
      while (i <= last && isDigit(s.charCodeAt(i))) i++;
    } else if (c === 48) i++;
    else throw new ScanError("Expecting value", start);
    let isFloat = false;
    if (i < last && s.charCodeAt(i) === 46 && isDigit(s.charCodeAt(i + 1))) {
      isFloat = true;
      i += 2;
      while (i <= last && isDigit(s.charCodeAt(i))) i++;
    }
    if (i < last && (s.charCodeAt(i) === 101 || s.charCodeAt(i) === 69)) {
      const eStart = i++;
      if (i < last && (s.charCodeAt(i) === 45 || s.charCodeAt(i) === 43)) i++;
      while (i <= last && isDigit(s.charCodeAt(i))) i++;
      if (isDigit(s.charCodeAt(i - 1))) isFloat = true;
      else i = eStart;
    }
    this.end = i;
    const text = s.slice(start, i);
    const hook = isFloat ? this.hooks.parseFloat : this.hooks.parseInt;
    if (hook !== null) return this.core.call(hook, [this.core.newStr(text)]);
    if (isFloat) return this.core.float(Number(text));
    const n = Number(text);
    return (n | 0) === n ? n | 0 : intOf(this.core, BigInt(text));
  }

  /** The string whose opening quote is at `begin - 1`. */
  string(begin: number): string {
    const s = this.doc;
    let out = "";
    let i = begin;
    for (;;) {
      let j = i;
      let c = 0;
      for (; j < s.length; j++) {
        c = s.charCodeAt(j);
        if (c === 34 || c === 92) break;
        if (c < 0x20) throw new ScanError("Invalid control character at", j);
      }
      if (j >= s.length) throw new ScanError("Unterminated string starting at", begin - 1);
      out += s.slice(i, j);
      if (c === 34) {
        this.end = j + 1;
        return this.core.newStr(out);
      }
      j++; // the backslash
      if (j >= s.length) throw new ScanError("Unterminated string starting at", begin - 1);
      const esc = s[j];
      if (esc !== "u") {
        const mapped = STRING_ESCAPES[esc];
        if (mapped === undefined) throw new ScanError("Invalid \\escape", j - 1);
        out += mapped;
        i = j + 1;
        continue;
      }
      let code = this.hex4(j + 1);
      i = j + 5;
      // A high surrogate followed by a \\u low surrogate is one character.
      if (code >= 0xd800 && code <= 0xdbff && i + 6 < s.length && s.charCodeAt(i) === 92 && s.charCodeAt(i + 1) === 117) {
        const low = this.hex4(i + 2);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
          i += 6;
        }
      }
      out += String.fromCodePoint(code);
    }
  }

  /** Four hex digits at `i` (the escape's backslash at i - 2). */
  private hex4(i: number): number {
    const s = this.doc;
    if (i + 4 >= s.length) throw new ScanError("Invalid \\uXXXX escape", i - 1);
    let v = 0;
    for (let k = i; k < i + 4; k++) {
      const d = HEX.indexOf(s[k].toLowerCase());
      if (d < 0) throw new ScanError("Invalid \\uXXXX escape", i - 1);
      v = v * 16 + d;
    }
    return v;
  }

  private array(i: number): Value {
    const s = this.doc;
    const items: Value[] = [];
    const list = this.core.newList(items);
    i = this.skip(i);
    if (i >= s.length || s.charCodeAt(i) !== 93) {
      for (;;) {
        const v = this.value(i);
        this.core.charge(4); // one more slot, as list.append
        items.push(v);
        i = this.skip(this.end);
        if (i < s.length && s.charCodeAt(i) === 93) break;
        if (i >= s.length || s.charCodeAt(i) !== 44) throw new ScanError("Expecting ',' delimiter", i);
        i = this.skip(i + 1);
      }
    }
    this.end = i + 1;
    return list;
  }

  private object(i: number): Value {
    const s = this.doc;
    const pairs = this.hooks.pairsHook !== null ? this.core.newList([]) : null;
    const dict = pairs === null ? emptyDict(this.core) : null;
    i = this.skip(i);
    if (i >= s.length || s.charCodeAt(i) !== 125) {
      for (;;) {
        if (i >= s.length || s.charCodeAt(i) !== 34) throw new ScanError("Expecting property name enclosed in double quotes", i);
        const key = this.string(i + 1);
        i = this.skip(this.end);
        if (i >= s.length || s.charCodeAt(i) !== 58) throw new ScanError("Expecting ':' delimiter", i);
        i = this.skip(i + 1);
        const v = this.value(i);
        if (pairs !== null) {
          this.core.charge(4);
          pairs.items.push(this.core.newTuple([key, v]));
        } else dict!.set(key, v);
        i = this.skip(this.end);
        if (i < s.length && s.charCodeAt(i) === 125) break;
        if (i >= s.length || s.charCodeAt(i) !== 44) throw new ScanError("Expecting ',' delimiter", i);
        i = this.skip(i + 1);
      }
    }
    this.end = i + 1;
    if (pairs !== null) return this.core.call(this.hooks.pairsHook, [pairs]);
    if (this.hooks.objectHook !== null) return this.core.call(this.hooks.objectHook, [dict!]);
    return dict!;
  }
}

// ---------------------------------------------------------------------------------
// The module
// ---------------------------------------------------------------------------------

function strArg(v: Value, what: string): string {
  if (typeof v === "string") return v;
  if (v instanceof PyInstance && typeof v.native === "string") return v.native;
  throw typeError(`${what} must be str, not ${typeName(v)}`);
}

export function createJsonHelpers(core: CoreApi): PyModule {
  void core;
  const mod = new PyModule("_json");
  def(mod, "encode", (c, args) => {
    if (args.length !== 10) throw typeError(`encode() takes exactly 10 arguments (${args.length} given)`);
    const [obj, indent, itemSep, keySep, sortKeys, skipKeys, ensureAscii, allowNan, checkCircular, fallback] = args;
    const encoder = new Encoder(c as Core, {
      indent: indent === null ? null : strArg(indent, "indent"),
      itemSep: strArg(itemSep, "item separator"),
      keySep: strArg(keySep, "key separator"),
      sortKeys: !!sortKeys,
      skipKeys: !!skipKeys,
      ensureAscii: !!ensureAscii,
      allowNan: !!allowNan,
      checkCircular: !!checkCircular,
      fallback,
    });
    encoder.encode(obj);
    return encoder.result();
  });
  // scan(doc, hooks..., [idx]): the document's one value, as (value, error, position).
  // With idx (JSONDecoder.raw_decode) the value starts right at that code point and
  // what follows it is left alone: the position is the code point after the value.
  def(mod, "scan", (c, args) => {
    if (args.length !== 6 && args.length !== 7) throw typeError(`scan() takes 6 or 7 arguments (${args.length} given)`);
    const doc = strArg(args[0], "the JSON document");
    const [, objectHook, pairsHook, parseFloat, parseInt, parseConstant, idx] = args;
    const scanner = new Scanner(c as Core, doc, { objectHook, pairsHook, parseFloat, parseInt, parseConstant });
    try {
      if (idx !== undefined) {
        const value = scanner.value(cpToUnit(doc, idx as number));
        return c.newTuple([value, null, unitToCp(doc, scanner.end)]);
      }
      const value = scanner.value(scanner.skip(0));
      const end = scanner.skip(scanner.end);
      if (end !== doc.length) throw new ScanError("Extra data", end);
      return c.newTuple([value, null, 0]);
    } catch (e) {
      if (!(e instanceof ScanError)) throw e;
      return c.newTuple([null, c.newStr(e.message), unitToCp(doc, e.at)]);
    }
  });
  return mod;
}
