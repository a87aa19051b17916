// Translation of a Python regular expression (CPython 3.11's `re` syntax) into a
// JavaScript RegExp source for the `u` flag, or the `v` (Unicode sets) flag when a
// class nests a negated class (the text is valid in both modes otherwise: every
// non-alphanumeric ASCII character is written as an escape). The `re` module
// (re.ts) matches with the JavaScript engine; this file decides what the pattern means.
//
// Python's meaning is kept by never leaning on a JavaScript default that differs:
//  - `.`, `^`, `$`, `\A`, `\Z` are spelled out as classes and lookarounds (JavaScript's
//    `m`/`s` flags treat \r, U+2028 and U+2029 as line ends; Python only \n, and
//    Python's `$` also matches before a final newline), so `(?s:...)`/`(?m:...)`
//    scopes cost nothing;
//  - `\d \w \s \b` have Python's Unicode classes for str patterns (JavaScript's are
//    ASCII), ASCII classes under re.ASCII and for bytes;
//  - every capturing group becomes a named JavaScript group `g<n>` (the `d` flag
//    gives its span), so the hidden groups that emulate atomic groups `(?>...)` and
//    possessive quantifiers (`(?=(X))\k<h>`) never shift the numbering.
//  - IGNORECASE is JavaScript's `i` flag when it holds for the whole pattern; a scoped
//    `(?i:...)` (or `(?-i:...)` under re.I) is spelled out instead: each cased literal
//    becomes the class of the characters sre's case-insensitive match accepts for it.
// Refused with re.error (never a silent difference): conditionals `(?(1)a|b)`,
// back references inside a spelled-out case-insensitive scope, `\N{...}` names,
// the LOCALE flag for str.

/** A pattern error: CPython's message and the code-point position it names. */
export class PatternError {
  constructor(readonly msg: string, readonly pos: number) {}
}

export const FLAG = { I: 2, L: 4, M: 8, S: 16, U: 32, X: 64, A: 256 } as const;

/** What the re module needs to know about a translated pattern. */
export interface Translation {
  /** RegExp source (for the `dv` flags, plus `i` when `ignoreCase`). */
  source: string;
  ignoreCase: boolean;
  /** Number of capturing groups. */
  groups: number;
  /** Group names to numbers, in definition order. */
  names: Map<string, number>;
  /** closeOrder[n]: rank of group n's `)` in the pattern text (lastindex ties). */
  closeOrder: number[];
  /** The pattern's flags, with the inline ones (and re.UNICODE for str patterns). */
  flags: number;
  /** True when a class nests a negated class (`[\\W\\d]`): needs the `v` flag, else `u` (faster in V8). */
  needsSets: boolean;
}

interface Scope {
  /** Case-insensitive here (re.I or a scoped `(?i:...)`). */
  i: boolean;
  m: boolean;
  s: boolean;
  x: boolean;
  a: boolean;
}

/** One element of a sequence: its JavaScript text and what may quantify it. */
interface Item {
  js: string;
  /** "at": zero-width anchor (cannot repeat); "look": lookaround (repeats wrapped); "rep": already quantified. */
  kind: "atom" | "at" | "look" | "rep";
}

const hex = (c: number) => `\\u{${c.toString(16)}}`;
const isDigit = (c: number | undefined) => c !== undefined && c >= 48 && c <= 57;
const isOct = (c: number | undefined) => c !== undefined && c >= 48 && c <= 55;
const isHex = (c: number | undefined) => c !== undefined && /[0-9a-fA-F]/.test(String.fromCharCode(c));
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordAscii = (c: number) => isAsciiLetter(c) || isDigit(c) || c === 95;

/** Python str.isspace() characters (Unicode) / sre's ASCII whitespace. */
const SPACE_UNICODE = "\\t-\\r\\u{1c}-\\u{20}\\u{85}\\u{a0}\\u{1680}\\u{2000}-\\u{200a}\\u{2028}\\u{2029}\\u{202f}\\u{205f}\\u{3000}";
const SPACE_ASCII = "\\t-\\r\\u{20}";
const WORD_UNICODE = "\\p{L}\\p{N}_";
const WORD_ASCII = "a-zA-Z0-9_";

/** Class-body text of \d \w \s (ASCII or Unicode). */
function classBody(letter: "d" | "w" | "s", ascii: boolean): string {
  if (letter === "d") return ascii ? "0-9" : "\\p{Nd}";
  if (letter === "w") return ascii ? WORD_ASCII : WORD_UNICODE;
  return ascii ? SPACE_ASCII : SPACE_UNICODE;
}

/** Characters re.escape() escapes (CPython 3.7+). */
export const ESCAPED = new Set("()[]{}?*+-|^$\\.&~# \t\n\r\v\f");

const VERBOSE_SPACE = new Set([32, 9, 10, 13, 11, 12]);

export function translate(pattern: string, flags: number, isBytes: boolean): Translation {
  try {
    return new Translator(pattern, flags, isBytes, true).run();
  } catch (e) {
    // A (?-i:...) under re.I: the `i` flag cannot be turned off inside, so every
    // case-insensitive part is spelled out instead.
    if (e !== SPELL_OUT_CASE) throw e;
    return new Translator(pattern, flags, isBytes, false).run();
  }
}

/** Thrown when the pattern turns re.I off in a scope, so JavaScript's `i` flag cannot be used. */
const SPELL_OUT_CASE = Symbol("spell out case");

/** sre's extra case equivalences (re/_casefix.py): characters whose lowercases differ but match under re.I. */
const EXTRA_CASES = [
  [0x69, 0x131], [0x73, 0x17f], [0xb5, 0x3bc], [0x345, 0x3b9, 0x1fbe], [0x390, 0x1fd3], [0x3b0, 0x1fe3],
  [0x3b2, 0x3d0], [0x3b5, 0x3f5], [0x3b8, 0x3d1], [0x3ba, 0x3f0], [0x3c0, 0x3d6], [0x3c1, 0x3f1],
  [0x3c2, 0x3c3], [0x3c6, 0x3d5], [0x432, 0x1c80], [0x434, 0x1c81], [0x43e, 0x1c82], [0x441, 0x1c83],
  [0x442, 0x1c84, 0x1c85], [0x44a, 0x1c86], [0x463, 0x1c87], [0xa64b, 0x1c88], [0x1e61, 0x1e9b], [0xfb05, 0xfb06],
];

/** Every code point's case class (only classes of two or more): built on first use. */
let caseClasses: Map<number, number[]> | undefined;

/**
 * The characters sre's IGNORECASE matches for `c`: those with the same simple lowercase
 * (İ's is i), joined by the extra equivalences. ASCII mode (re.A, bytes) folds A-Z only.
 */
function caseClass(c: number, ascii: boolean): number[] {
  if (ascii) {
    if (c >= 65 && c <= 90) return [c, c + 32];
    if (c >= 97 && c <= 122) return [c - 32, c];
    return [c];
  }
  return unicodeCaseClasses().get(c) ?? [c];
}

function unicodeCaseClasses(): Map<number, number[]> {
  if (caseClasses) return caseClasses;
  // Only characters that change when lowercased join another's class (with that lowercase):
  // one regex pass over the first two planes finds them.
  const chunks: string[] = [];
  for (let c = 0; c < 0x20000; c += 0x1000) {
    const cps: number[] = [];
    for (let d = c; d < c + 0x1000; d++) if (d < 0xd800 || d >= 0xe000) cps.push(d);
    chunks.push(String.fromCodePoint(...cps));
  }
  const byLower = new Map<number, number[]>();
  for (const [ch] of chunks.join("").matchAll(/\p{CWL}/gu)) {
    const lower = ch.toLowerCase().codePointAt(0)!;
    const members = byLower.get(lower);
    if (members) members.push(ch.codePointAt(0)!);
    else byLower.set(lower, [lower, ch.codePointAt(0)!]);
  }
  caseClasses = new Map();
  for (const members of byLower.values()) if (members.length > 1) for (const m of members) caseClasses.set(m, members);
  for (const extra of EXTRA_CASES) {
    const joined = new Set<number>();
    for (const e of extra) for (const m of caseClasses.get(e) ?? [e]) joined.add(m);
    const members = [...joined].sort((a, b) => a - b);
    for (const m of members) caseClasses.set(m, members);
  }
  return caseClasses;
}

/** The case classes with a member in [lo, hi] (a class range under a spelled-out re.I). */
function caseClassesIn(lo: number, hi: number, ascii: boolean): number[] {
  const out: number[] = [];
  if (ascii) {
    for (let c = Math.max(lo, 65); c <= Math.min(hi, 122); c++) if (isAsciiLetter(c)) out.push(c ^ 32);
    return out;
  }
  const seen = new Set<number[]>();
  for (const [c, members] of unicodeCaseClasses()) {
    if (c >= lo && c <= hi && !seen.has(members)) {
      seen.add(members);
      out.push(...members);
    }
  }
  return out;
}

class Translator {
  private readonly cp: number[];
  private i = 0;
  private groups = 0;
  private hidden = 0;
  private readonly names = new Map<string, number>();
  private readonly open = new Set<number>();
  private readonly closeOrder: number[] = [0];
  private closes = 0;
  private flags: number;
  private needsSets = false;

  /** re.I is JavaScript's `i` flag (false: spelled out in each case-insensitive scope). */
  private jsIgnoreCase = false;

  constructor(pattern: string, flags: number, private readonly isBytes: boolean, private readonly useIFlag: boolean) {
    this.cp = Array.from(pattern, (ch) => ch.codePointAt(0)!);
    this.flags = flags;
  }

  private err(msg: string, pos = this.i): never {
    throw new PatternError(msg, pos);
  }

  run(): Translation {
    this.leadingFlags();
    if (this.isBytes) {
      if (this.flags & FLAG.U) this.err("cannot use UNICODE flag with a bytes pattern", 0);
    } else {
      if (this.flags & FLAG.L) this.err("cannot use LOCALE flag with a str pattern", 0);
      if ((this.flags & FLAG.A) && (this.flags & FLAG.U)) this.err("ASCII and UNICODE flags are incompatible", 0);
      if (!(this.flags & FLAG.A)) this.flags |= FLAG.U;
    }
    this.jsIgnoreCase = this.useIFlag && !!(this.flags & FLAG.I);
    const scope: Scope = {
      i: !!(this.flags & FLAG.I), m: !!(this.flags & FLAG.M), s: !!(this.flags & FLAG.S), x: !!(this.flags & FLAG.X),
      a: this.isBytes || !!(this.flags & FLAG.A),
    };
    const source = this.alternation(scope);
    if (this.i < this.cp.length) this.err("unbalanced parenthesis");
    return {
      source, ignoreCase: this.jsIgnoreCase, groups: this.groups, names: this.names,
      closeOrder: this.closeOrder, flags: this.flags, needsSets: this.needsSets,
    };
  }

  /** `(?aiLmsux)` groups at the very start set global flags (3.11: only there). */
  private leadingFlags(): void {
    for (;;) {
      const start = this.i;
      if (this.cp[this.i] !== 40 || this.cp[this.i + 1] !== 63) return;
      let j = this.i + 2;
      let f = 0;
      while (j < this.cp.length && "aiLmsux".includes(String.fromCodePoint(this.cp[j]!))) f |= flagBit(this.cp[j++]!);
      if (j === this.i + 2 || this.cp[j] !== 41) return;
      this.flags |= f;
      this.i = j + 1;
      if (this.flags & FLAG.X) this.skipVerbose({ i: false, m: false, s: false, x: true, a: false });
      if (this.i === start) return;
    }
  }

  private skipVerbose(scope: Scope): void {
    if (!scope.x) return;
    while (this.i < this.cp.length) {
      const c = this.cp[this.i]!;
      if (VERBOSE_SPACE.has(c)) this.i++;
      else if (c === 35) {
        while (this.i < this.cp.length && this.cp[this.i] !== 10) this.i++;
      } else return;
    }
  }

  private alternation(scope: Scope): string {
    const branches = [this.sequence(scope)];
    while (this.cp[this.i] === 124) {
      this.i++;
      branches.push(this.sequence(scope));
    }
    return branches.join("|");
  }

  private sequence(scope: Scope): string {
    const items: Item[] = [];
    for (;;) {
      this.skipVerbose(scope);
      const c = this.cp[this.i];
      if (c === undefined || c === 124 || c === 41) break;
      const here = this.i;
      if (c === 42 || c === 43 || c === 63 || (c === 123 && this.braceQuantifier() !== null)) {
        this.quantify(items, here);
        continue;
      }
      items.push(this.atom(scope));
    }
    return items.map((it) => it.js).join("");
  }

  /** At `{`: the bounds of a `{m,n}` quantifier, or null when `{` is a literal. */
  private braceQuantifier(): { lo: number; hi: number | null; end: number } | null {
    let j = this.i + 1;
    let lo = "";
    let hi = "";
    while (isDigit(this.cp[j])) lo += String.fromCharCode(this.cp[j++]!);
    let comma = false;
    if (this.cp[j] === 44) {
      comma = true;
      j++;
      while (isDigit(this.cp[j])) hi += String.fromCharCode(this.cp[j++]!);
    }
    if (this.cp[j] !== 125) return null;
    if (!comma && lo === "") return null;
    const min = lo === "" ? 0 : Number(lo);
    const max = comma ? (hi === "" ? null : Number(hi)) : min;
    return { lo: min, hi: max, end: j + 1 };
  }

  private quantify(items: Item[], here: number): void {
    const c = this.cp[this.i]!;
    let q: string;
    if (c === 123) {
      const b = this.braceQuantifier()!;
      if (b.hi !== null && b.hi < b.lo) this.err("min repeat greater than max repeat", this.i + 1);
      q = b.hi === null ? `{${b.lo},}` : b.hi === b.lo ? `{${b.lo}}` : `{${b.lo},${b.hi}}`;
      this.i = b.end;
    } else {
      q = String.fromCharCode(c);
      this.i++;
    }
    const last = items[items.length - 1];
    if (last === undefined || last.kind === "at") this.err("nothing to repeat", here);
    if (last.kind === "rep") this.err("multiple repeat", here);
    const base = last.kind === "look" ? `(?:${last.js})` : last.js;
    if (this.cp[this.i] === 63) {
      this.i++;
      last.js = base + q + "?";
    } else if (this.cp[this.i] === 43) {
      // Possessive: what the greedy repeat matches, with no way back into it.
      this.i++;
      const h = `h${++this.hidden}`;
      last.js = `(?=(?<${h}>${base}${q}))\\k<${h}>`;
    } else {
      last.js = base + q;
    }
    last.kind = "rep";
  }

  private atom(scope: Scope): Item {
    const c = this.cp[this.i]!;
    const start = this.i;
    this.i++;
    switch (c) {
      case 46: // .
        return { js: scope.s ? "[\\s\\S]" : "[^\\n]", kind: "atom" };
      case 94: // ^
        return { js: scope.m ? "(?:(?<![\\s\\S])|(?<=\\n))" : "(?<![\\s\\S])", kind: "at" };
      case 36: // $
        return { js: scope.m ? "(?=\\n|(?![\\s\\S]))" : "(?=\\n?(?![\\s\\S]))", kind: "at" };
      case 91: // [
        return { js: this.charClass(scope, start), kind: "atom" };
      case 40: // (
        return this.group(scope, start);
      case 92: // backslash
        return this.escape(scope, start);
      default:
        return { js: this.literal(c, scope), kind: "atom" };
    }
  }

  /** True where case-insensitivity is spelled out rather than left to the `i` flag. */
  private spellsCase(scope: Scope): boolean {
    return scope.i && !this.jsIgnoreCase;
  }

  /** One literal character; in a spelled-out case-insensitive scope, the class of its cases. */
  private literal(c: number, scope: Scope): string {
    if (!this.spellsCase(scope)) return literal(c);
    const members = caseClass(c, scope.a);
    return members.length > 1 ? `[${members.map(hex).join("")}]` : literal(c);
  }

  private escape(scope: Scope, start: number): Item {
    const c = this.cp[this.i];
    if (c === undefined) this.err("bad escape (end of pattern)", start);
    const ch = String.fromCodePoint(c);
    this.i++;
    switch (ch) {
      case "d": case "w": case "s":
        return { js: `[${classBody(ch, scope.a)}]`, kind: "atom" };
      case "D": case "W": case "S":
        return { js: `[^${classBody(ch.toLowerCase() as "d" | "w" | "s", scope.a)}]`, kind: "atom" };
      case "b": case "B": {
        const w = `[${classBody("w", scope.a)}]`;
        return {
          js: ch === "b" ? `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))` : `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))`,
          kind: "at",
        };
      }
      case "A":
        return { js: "(?<![\\s\\S])", kind: "at" };
      case "Z":
        return { js: "(?![\\s\\S])", kind: "at" };
    }
    if (isDigit(c)) {
      // Octal escape (\0, \0oo, or three octal digits), else a group reference.
      if (c === 48 || (isOct(c) && isOct(this.cp[this.i]) && isOct(this.cp[this.i + 1]))) {
        return { js: this.literal(this.octal(start), scope), kind: "atom" };
      }
      let n = c - 48;
      if (isDigit(this.cp[this.i])) n = n * 10 + this.cp[this.i++]! - 48;
      return { js: this.backref(n, start, scope), kind: "atom" };
    }
    return { js: this.literal(this.characterEscape(c, start), scope), kind: "atom" };
  }

  /** An escape that stands for one character (both inside and outside classes). */
  private characterEscape(c: number, start: number): number {
    const ch = String.fromCodePoint(c);
    const simple: Record<string, number> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
    if (ch in simple) return simple[ch]!;
    if (ch === "x" || (!this.isBytes && (ch === "u" || ch === "U"))) {
      const len = ch === "x" ? 2 : ch === "u" ? 4 : 8;
      let digits = "";
      while (digits.length < len && isHex(this.cp[this.i])) digits += String.fromCharCode(this.cp[this.i++]!);
      if (digits.length < len) this.err(`incomplete escape \\${ch}${digits}`, start);
      const v = parseInt(digits, 16);
      if (v > 0x10ffff) this.err(`bad escape \\${ch}${digits}`, start);
      return v;
    }
    if (ch === "N" && !this.isBytes) this.err("\\N{...} character names are not supported by ePython's re", start);
    if (c < 128 && (isAsciiLetter(c) || isDigit(c))) this.err(`bad escape \\${ch}`, start);
    return c;
  }

  private octal(start: number): number {
    let digits = String.fromCharCode(this.cp[this.i - 1]!);
    while (digits.length < 3 && isOct(this.cp[this.i])) digits += String.fromCharCode(this.cp[this.i++]!);
    const v = parseInt(digits, 8);
    if (v > 0o377) this.err(`octal escape value \\${digits} outside of range 0-0o377`, start);
    return v;
  }

  private backref(n: number, start: number, scope: Scope): string {
    if (n === 0 || n > this.groups) this.err(`invalid group reference ${n}`, start + 1);
    if (this.open.has(n)) this.err("cannot refer to an open group", start);
    this.caseFoldedBackref(scope, start);
    return `\\k<g${n}>`;
  }

  /** A back reference cannot match case-insensitively where re.I is spelled out. */
  private caseFoldedBackref(scope: Scope, start: number): void {
    if (this.spellsCase(scope)) {
      this.err("a back reference where re.I is scoped ((?i:...) or (?-i:...)) is not supported by ePython's re", start);
    }
  }

  private group(scope: Scope, start: number): Item {
    if (this.cp[this.i] !== 63) return this.capture(scope, start, null);
    this.i++;
    const c = this.cp[this.i];
    const ch = c === undefined ? "" : String.fromCodePoint(c);
    this.i++;
    if (ch === ":") return { js: `(?:${this.body(scope, start)})`, kind: "atom" };
    if (ch === "=" || ch === "!") return { js: `(?${ch}${this.body(scope, start)})`, kind: "look" };
    if (ch === ">") {
      const h = `h${++this.hidden}`;
      // Wrapped, so that a quantifier after the group repeats the whole emulation.
      return { js: `(?:(?=(?<${h}>${this.body(scope, start)}))\\k<${h}>)`, kind: "atom" };
    }
    if (ch === "#") {
      while (this.i < this.cp.length && this.cp[this.i] !== 41) this.i++;
      if (this.i >= this.cp.length) this.err("missing ), unterminated comment", start);
      this.i++;
      return { js: "", kind: "look" };
    }
    if (ch === "<") {
      const d = this.cp[this.i];
      if (d === 61 || d === 33) {
        this.i++;
        return { js: `(?<${String.fromCharCode(d)}${this.body(scope, start)})`, kind: "look" };
      }
      if (d === undefined) this.err("unexpected end of pattern", this.i);
      this.err(`unknown extension ?<${String.fromCodePoint(d)}`, start + 1);
    }
    if (ch === "P") {
      const d = this.cp[this.i];
      if (d === 60) {
        this.i++;
        return this.capture(scope, start, this.groupName(62, "missing >, unterminated name"));
      }
      if (d === 61) {
        this.i++;
        const nameStart = this.i;
        const name = this.groupName(41, "missing ), unterminated name");
        const n = this.names.get(name);
        if (n === undefined) this.err(`unknown group name '${name}'`, nameStart);
        if (this.open.has(n)) this.err("cannot refer to an open group", nameStart);
        this.caseFoldedBackref(scope, start);
        return { js: `\\k<g${n}>`, kind: "atom" };
      }
      if (d === undefined) this.err("unexpected end of pattern", this.i);
      this.err(`unknown extension ?P${String.fromCodePoint(d)}`, start + 1);
    }
    if (ch === "(") this.err("conditional groups (?(...)...) are not supported by ePython's re", start);
    if (ch !== "" && ("aiLmsux-".includes(ch))) return this.scopedFlags(scope, start, ch);
    if (ch === "") this.err("unexpected end of pattern", this.i - 1);
    this.err(`unknown extension ?${ch}`, start + 1);
  }

  /** `(?flags)` (only valid at the start: leadingFlags) or `(?on-off:...)`. */
  private scopedFlags(scope: Scope, start: number, first: string): Item {
    let on = 0;
    let off = 0;
    let ch = first;
    let negative = false;
    for (;;) {
      if (ch === "-") {
        if (negative) this.err("bad inline flags: flag turned off twice", this.i);
        negative = true;
      } else if ("aiLmsux".includes(ch)) {
        if (negative) off |= flagBit(ch.codePointAt(0)!);
        else on |= flagBit(ch.codePointAt(0)!);
      } else break;
      const c = this.cp[this.i++];
      if (c === undefined) this.err("missing -, : or )", this.i - 1);
      ch = String.fromCodePoint(c);
    }
    if (ch === ")") {
      if (negative) this.err("missing :", this.i - 1);
      this.err("global flags not at the start of the expression", start);
    }
    if (ch !== ":") this.err(negative ? "missing :" : "missing -, : or )", this.i - 1);
    if ((on | off) & FLAG.L) this.err("bad inline flags: cannot use 'L' flag with a str pattern", start);
    const i = on & FLAG.I ? true : off & FLAG.I ? false : scope.i;
    if (!i && this.jsIgnoreCase) throw SPELL_OUT_CASE;
    const inner: Scope = {
      i,
      m: on & FLAG.M ? true : off & FLAG.M ? false : scope.m,
      s: on & FLAG.S ? true : off & FLAG.S ? false : scope.s,
      x: on & FLAG.X ? true : off & FLAG.X ? false : scope.x,
      a: on & FLAG.A ? true : off & FLAG.A ? this.isBytes : scope.a,
    };
    return { js: `(?:${this.body(inner, start)})`, kind: "atom" };
  }

  private groupName(terminator: number, missing: string): string {
    const start = this.i;
    while (this.i < this.cp.length && this.cp[this.i] !== terminator) this.i++;
    if (this.i >= this.cp.length) this.err(missing, start);
    const name = String.fromCodePoint(...this.cp.slice(start, this.i));
    this.i++;
    if (name === "") this.err("missing group name", start);
    if (!/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name)) this.err(`bad character in group name '${name}'`, start);
    return name;
  }

  private capture(scope: Scope, start: number, name: string | null): Item {
    const n = ++this.groups;
    if (name !== null) {
      const was = this.names.get(name);
      if (was !== undefined) this.err(`redefinition of group name '${name}' as group ${n}; was group ${was}`, start + 4);
      this.names.set(name, n);
    }
    this.open.add(n);
    const body = this.body(scope, start);
    this.open.delete(n);
    this.closeOrder[n] = ++this.closes;
    return { js: `(?<g${n}>${body})`, kind: "atom" };
  }

  /** A group's alternation up to its `)`. */
  private body(scope: Scope, start: number): string {
    const js = this.alternation(scope);
    if (this.cp[this.i] !== 41) this.err("missing ), unterminated subpattern", start);
    this.i++;
    return js;
  }

  private charClass(scope: Scope, start: number): string {
    let negate = false;
    if (this.cp[this.i] === 94) {
      negate = true;
      this.i++;
    }
    const parts: string[] = [];
    let first = true;
    for (;;) {
      const c = this.cp[this.i];
      if (c === undefined) this.err("unterminated character set", start);
      if (c === 93 && !first) {
        this.i++;
        break;
      }
      first = false;
      const itemStart = this.i;
      const lo = this.classItem(scope);
      if (this.cp[this.i] === 45 && this.cp[this.i + 1] !== 93 && this.cp[this.i + 1] !== undefined) {
        this.i++;
        const hiStart = this.i;
        const hi = this.classItem(scope);
        if (typeof lo === "string" || typeof hi === "string") {
          const bad = String.fromCodePoint(...this.cp.slice(itemStart, this.i));
          this.err(`bad character range ${bad}`, typeof lo === "string" ? itemStart : hiStart);
        }
        if (hi < lo) this.err(`bad character range ${String.fromCodePoint(...this.cp.slice(itemStart, this.i))}`, itemStart);
        parts.push(`${hex(lo)}-${hex(hi)}`);
        if (this.spellsCase(scope)) for (const m of caseClassesIn(lo, hi, scope.a)) parts.push(hex(m));
      } else if (typeof lo === "string") {
        parts.push(lo);
      } else {
        parts.push(hex(lo));
        if (this.spellsCase(scope)) for (const m of caseClass(lo, scope.a)) if (m !== lo) parts.push(hex(m));
      }
    }
    return `[${negate ? "^" : ""}${parts.join("")}]`;
  }

  /** One class member: a code point, or class text for \d \w \s and their negations. */
  private classItem(scope: Scope): number | string {
    const c = this.cp[this.i++]!;
    if (c !== 92) return c;
    const start = this.i - 1;
    const e = this.cp[this.i];
    if (e === undefined) this.err("bad escape (end of pattern)", start);
    const ch = String.fromCodePoint(e);
    this.i++;
    if (ch === "d" || ch === "w" || ch === "s") return classBody(ch, scope.a);
    if (ch === "D" || ch === "W" || ch === "S") {
      this.needsSets = true;
      return `[^${classBody(ch.toLowerCase() as "d" | "w" | "s", scope.a)}]`;
    }
    if (ch === "b") return 8;
    if (isDigit(e)) {
      if (isOct(e)) return this.octal(start);
      this.err(`bad escape \\${ch}`, start);
    }
    return this.characterEscape(e, start);
  }
}

function flagBit(c: number): number {
  switch (String.fromCharCode(c)) {
    case "a": return FLAG.A;
    case "i": return FLAG.I;
    case "L": return FLAG.L;
    case "m": return FLAG.M;
    case "s": return FLAG.S;
    case "u": return FLAG.U;
    default: return FLAG.X;
  }
}

/** One literal character in JavaScript `v`-mode syntax. */
function literal(c: number): string {
  return isWordAscii(c) || c > 127 && !(c >= 0xd800 && c <= 0xdfff) ? String.fromCodePoint(c) : hex(c);
}
