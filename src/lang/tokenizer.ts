// Tokenizer for both dialects. It turns source text into a stream of typed tokens,
// produced on demand, each carrying its offsets and 1-based line/column span:
//
//   name | number | string | op | newline | indent | dedent | eof | error
//
// Invariants the parser relies on:
// - LF, CRLF and CR all end a line, as in CPython (universal newlines). SourceFile
//   turns each into "\n" once, so the scanner only sees "\n", string literals get
//   "\n" (a triple-quoted string written with CRLF holds "\n"), and line/column
//   positions are those of the file as written: `lineOf()` in diagnostics.ts splits
//   lines by the same rule, so reported lines and printed source agree.
// - Columns count UTF-16 code units of the line, 1-based; a token's `endCol` is
//   exclusive (the column just after its last character).
// - NEWLINE ends every logical line that produced tokens; blank and comment-only
//   lines produce nothing. Inside (), [] and {} line breaks are whitespace.
// - INDENT/DEDENT are zero-width tokens placed at the first token of a line; the
//   stream is balanced and every DEDENT comes right before that line's first token.
// - The first lexical error ends the stream with an `error` token. The parser throws
//   it only when it reaches it, so an earlier syntax error is still reported first,
//   as with CPython's tokenizer.
// - The stream ends with `eof` or `error`, which `next()` then keeps returning.
// - Tokens are produced lazily: the parser holds only a token or two of lookahead,
//   so tokens die young (keeping them all alive made garbage collection dominate).
//
// Numbers get their value here; string bodies are only delimited, and decoded by the
// parser (`decodeEscapes`), so that escape errors, bytes and imaginary literals are
// reported when the parser reaches the token, in source order.

import type { Dialect } from "./ast.js";
import { EPythonSyntaxError, type SourcePos, type Span } from "./diagnostics.js";
import { lookupCharacterName } from "./unicodeNames.js";

export type TokenKind =
  | "name" | "number" | "string" | "op" | "newline" | "indent" | "dedent" | "eof" | "error";

export interface StringInfo {
  /** Offsets of the body between the quotes. */
  contentStart: number;
  contentEnd: number;
  raw: boolean;
  fstring: boolean;
  bytes: boolean;
}

/** A token. A class so that every token has the same shape (files have many). */
export class Token {
  /** number tokens: the value (exact below 2^53), and its kind */
  value = 0;
  isFloat = false;
  isImaginary = false;
  /** string tokens */
  str: StringInfo | null = null;
  /** error tokens */
  error: EPythonSyntaxError | null = null;

  constructor(
    readonly kind: TokenKind,
    /** Source spelling: the name (NFKC-normalised), the operator, the literal text. */
    readonly text: string,
    /** Canonical keyword ("if", "True", "print"...) when this name is a keyword of the dialect. */
    readonly keyword: string | null,
    readonly start: number,
    readonly end: number,
    readonly line: number,
    readonly col: number,
    readonly endLine: number,
    readonly endCol: number,
  ) {}
}

/** Tokenizer nesting limit, as CPython's MAXLEVEL. */
export const MAX_BRACKET_DEPTH = 200;
/** Indentation levels limit, as CPython's MAXINDENT. */
export const MAX_INDENT_DEPTH = 100;

const PY3_KEYWORDS = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
  "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
  "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
  "return", "try", "while", "with", "yield",
];
const PY3_KEYWORD_SET: ReadonlySet<string> = new Set(PY3_KEYWORDS);
/** Classic keywords are case-insensitive: lower-case spelling → canonical keyword. */
const CLASSIC_KEYWORD_MAP: ReadonlyMap<string, string> = new Map(
  [...PY3_KEYWORDS, "print"].map((k) => [k.toLowerCase(), k]),
);

/** The source of one parse: text, dialect and a line table shared by all sub-tokenizers. */
export class SourceFile {
  readonly lineStarts: number[] = [0];
  private hint = 0;

  readonly text: string;

  constructor(
    text: string,
    readonly file: string,
    readonly dialect: Dialect,
  ) {
    text = normaliseNewlines(text);
    this.text = text;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
      this.lineStarts.push(i + 1);
    }
  }

  /** 1-based line/column of an offset. */
  pos(offset: number): SourcePos {
    const line = this.lineAt(offset);
    return { line, col: offset - this.lineStarts[line - 1]! + 1 };
  }

  /** 1-based line of an offset. Queries are mostly increasing, hence the hint. */
  lineAt(offset: number): number {
    const starts = this.lineStarts;
    let i = this.hint;
    if (!(starts[i]! <= offset && (i + 1 >= starts.length || offset < starts[i + 1]!))) {
      if (i + 1 < starts.length && starts[i + 1]! <= offset &&
          (i + 2 >= starts.length || offset < starts[i + 2]!)) {
        i = i + 1;
      } else {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (starts[mid]! <= offset) lo = mid;
          else hi = mid - 1;
        }
        i = lo;
      }
    }
    this.hint = i;
    return i + 1;
  }

  /** The error at `offset`; its range runs to `endOffset` (exclusive) when given. */
  error(message: string, offset: number, kind = "SyntaxError", endOffset?: number): EPythonSyntaxError {
    const pos = this.pos(offset);
    if (endOffset === undefined) return new EPythonSyntaxError(message, this.file, pos, this.text, kind);
    const end = this.pos(endOffset);
    const span: Span = { ...pos, endLine: end.line, endCol: end.col };
    return new EPythonSyntaxError(message, this.file, span, this.text, kind);
  }

  errorAt(message: string, pos: SourcePos, kind = "SyntaxError"): EPythonSyntaxError {
    return new EPythonSyntaxError(message, this.file, pos, this.text, kind);
  }
}

/** All tokens of `src.text[start, end)` (see TokenStream), up to and including `eof` or `error`. */
export function tokenize(
  src: SourceFile,
  start = 0,
  end = src.text.length,
  mode: "file" | "fexpr" = "file",
): Token[] {
  const stream = new TokenStream(src, start, end, mode);
  const out: Token[] = [];
  for (;;) {
    const t = stream.next();
    out.push(t);
    if (t.kind === "eof" || t.kind === "error") return out;
  }
}

// Character codes used below.
const LF = 10, TAB = 9, FF = 12, SPACE = 32, HASH = 35, BACKSLASH = 92,
  SQUOTE = 39, DQUOTE = 34, SLASH = 47, STAR = 42, DOT = 46, UNDERSCORE = 95;

// Operators by first character, longest first. `!`, `$`, `?` and backquote are
// tokens no grammar rule accepts (except classic `!`), so they produce a plain
// "invalid syntax" at the right place. `<>` is only an operator in classic.
const OPERATORS = [
  "**=", "//=", ">>=", "<<=", "...",
  "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=",
  "&=", "|=", "^=", "@=", ":=", "<>",
  ..."+-*/%@&|^~<>()[]{},:.;=!$?`",
];
const OPERATORS_BY_FIRST = new Map<number, string[]>();
for (const op of OPERATORS) {
  const list = OPERATORS_BY_FIRST.get(op.charCodeAt(0)) ?? [];
  list.push(op);
  OPERATORS_BY_FIRST.set(op.charCodeAt(0), list);
}
const OPENERS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
const CLOSERS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

const ID_START = /[\p{XID_Start}_]/u;
const ID_CONTINUE = /[\p{XID_Continue}]/u;
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function isAsciiIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === UNDERSCORE;
}
function isAsciiIdContinue(c: number): boolean {
  return isAsciiIdStart(c) || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

const STRING_PREFIXES = new Set(["r", "u", "f", "b", "br", "rb", "fr", "rf"]);
/** Keywords that may directly follow a number (`1if x else 2`), as CPython allows. */
const KEYWORDS_AFTER_NUMBER = ["and", "else", "for", "if", "in", "is", "not", "or"];

interface OpenBracket { ch: string; offset: number }

/**
 * Tokens of `src.text[start, end)`, on demand. Mode "file" tracks indentation and
 * emits NEWLINE/INDENT/DEDENT; mode "fexpr" (an f-string replacement field) treats
 * line breaks as whitespace, as inside brackets.
 */
export class TokenStream {
  private readonly text: string;
  private readonly classic: boolean;
  private pos: number;
  /** Tokens produced by the last `step()`: queue[head, size) are not yet returned. */
  private readonly queue: Token[] = [];
  private head = 0;
  private size = 0;
  /** The final `eof` or `error` token, once returned. */
  private last: Token | null = null;
  private readonly brackets: OpenBracket[] = [];
  /** Indentation widths (tab to the next multiple of 8, or +4 in classic). */
  private readonly indents: number[] = [0];
  /** Widths with tab = 1 column: CPython's check for inconsistent tabs/spaces. */
  private readonly altIndents: number[] = [0];
  private atLineStart: boolean;
  /** The current logical line has produced a token, so it needs a NEWLINE. */
  private lineHasTokens = false;

  constructor(
    private readonly src: SourceFile,
    start: number,
    private readonly end: number,
    private readonly mode: "file" | "fexpr",
  ) {
    this.text = src.text;
    this.classic = src.dialect === "classic";
    this.pos = start;
    this.atLineStart = mode === "file";
    if (mode === "file" && start === 0 && this.text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  next(): Token {
    while (this.head >= this.size) {
      if (this.last !== null) return this.last;
      this.head = 0;
      this.size = 0;
      try {
        this.step();
      } catch (e) {
        if (!(e instanceof EPythonSyntaxError)) throw e;
        const tok = new Token("error", "", null, this.pos, this.pos, e.line, e.col, e.line, e.col);
        tok.error = e;
        this.emit(tok);
      }
    }
    const t = this.queue[this.head++]!;
    if (t.kind === "eof" || t.kind === "error") this.last = t;
    return t;
  }

  private emit(tok: Token): void {
    this.queue[this.size++] = tok;
  }

  /** Reads the rest of the input; returns the final `eof` or `error` token. */
  drain(): Token {
    for (;;) {
      const t = this.next();
      if (t.kind === "eof" || t.kind === "error") return t;
    }
  }

  private fail(message: string, offset: number, kind = "SyntaxError", endOffset?: number): never {
    throw this.src.error(message, offset, kind, endOffset);
  }

  private push(kind: TokenKind, text: string, start: number, end: number, keyword: string | null = null): Token {
    const src = this.src;
    const line = src.lineAt(start);
    const endLine = end === start ? line : src.lineAt(end);
    const tok = new Token(
      kind, text, keyword, start, end,
      line, start - src.lineStarts[line - 1]! + 1,
      endLine, end - src.lineStarts[endLine - 1]! + 1,
    );
    this.emit(tok);
    if (kind !== "indent" && kind !== "dedent" && kind !== "newline") this.lineHasTokens = true;
    return tok;
  }

  /** Zero-width token (INDENT, DEDENT, EOF...) at a position. */
  private pushMarker(kind: TokenKind, offset: number, pos: SourcePos): void {
    this.emit(new Token(kind, "", null, offset, offset, pos.line, pos.col, pos.line, pos.col));
  }

  /** Advances over the input by one token (or line break); queues 0 or more tokens. */
  private step(): void {
    const s = this.text;
    if (this.atLineStart) this.lineStart();
    this.skipTrivia();
    if (this.pos >= this.end) {
      this.finish();
      return;
    }
    const start = this.pos;
    const c = s.charCodeAt(start);
    if (c === LF) {
      this.pos++;
      if (this.brackets.length === 0 && this.mode === "file") {
        if (this.lineHasTokens) {
          const p = this.src.pos(start);
          this.emit(new Token("newline", "\n", null, start, start + 1, p.line, p.col, p.line, p.col + 1));
          this.lineHasTokens = false;
        }
        this.atLineStart = true;
      }
      return;
    }
    if ((isAsciiIdStart(c) || c >= 128) && this.scanNameOrString(start)) return;
    if (isDigit(c) || (c === DOT && isDigit(s.charCodeAt(start + 1)) && start + 1 < this.end)) {
      this.scanNumber(start);
    } else if (c === SQUOTE || c === DQUOTE) {
      this.scanString(start, start, "");
    } else {
      this.scanOperator(start);
    }
  }

  /**
   * At the start of a physical line (outside brackets): skips blank and comment-only
   * lines, then measures the indentation of the first line with content and emits
   * INDENT/DEDENT. Leaves `pos` at the line's first token.
   */
  private lineStart(): void {
    const s = this.text;
    for (;;) {
      let col = 0;
      let alt = 0;
      // As CPython: a backslash continuation inside the indentation fixes it at the
      // backslash's column (unless that is 0).
      let contCol = 0;
      let p = this.pos;
      for (; p < this.end; p++) {
        const c = s.charCodeAt(p);
        if (c === SPACE) { col++; alt++; }
        else if (c === TAB) {
          if (this.classic) { col += 4; alt += 4; }
          else { col = (Math.floor(col / 8) + 1) * 8; alt++; }
        } else if (c === FF) { col = 0; alt = 0; }
        else if (c === BACKSLASH) {
          const q = p + 1;
          if (!(q + 1 < this.end && s.charCodeAt(q) === LF)) break;
          contCol ||= col;
          p = q;
        } else break;
      }
      if (contCol > 0) {
        col = contCol;
        alt = contCol;
      }
      // Classic block comments before the first token do not count as indentation.
      if (this.classic) {
        while (p + 1 < this.end && s.charCodeAt(p) === SLASH && s.charCodeAt(p + 1) === STAR) {
          p = this.skipBlockComment(p);
          while (p < this.end) {
            const c = s.charCodeAt(p);
            if (c === SPACE || c === TAB || c === FF) p++;
            else break;
          }
        }
      }
      if (p >= this.end) {
        this.pos = p;
        this.atLineStart = false;
        return;
      }
      const c = s.charCodeAt(p);
      if (c === HASH) {
        const nl = s.indexOf("\n", p);
        if (nl < 0 || nl >= this.end) {
          this.pos = this.end;
          this.atLineStart = false;
          return;
        }
        this.pos = nl + 1;
        continue;
      }
      if (c === LF) {
        this.pos = p + 1;
        continue;
      }
      this.pos = p;
      this.atLineStart = false;
      this.indent(col, alt, p);
      return;
    }
  }

  private indent(col: number, alt: number, offset: number): void {
    const pos = this.src.pos(offset);
    const top = this.indents[this.indents.length - 1]!;
    const altTop = this.altIndents[this.altIndents.length - 1]!;
    // CPython reports a TabError at the line's start, a dedent to an unknown level
    // past the line's end: columns that draw no caret under the indented line.
    const tabError = () =>
      this.fail("inconsistent use of tabs and spaces in indentation", this.src.lineStarts[pos.line - 1]!, "TabError");
    if (col === top) {
      if (alt !== altTop) tabError();
    } else if (col > top) {
      if (alt <= altTop) tabError();
      if (this.indents.length >= MAX_INDENT_DEPTH) {
        this.fail("too many levels of indentation", offset, "IndentationError");
      }
      this.indents.push(col);
      this.altIndents.push(alt);
      this.pushMarker("indent", offset, pos);
    } else {
      // Check the target level first: no DEDENT precedes the error token.
      let level = this.indents.length - 1;
      while (col < this.indents[level]!) level--;
      if (col !== this.indents[level]!) {
        const eol = this.text.indexOf("\n", offset);
        this.fail("unindent does not match any outer indentation level", eol < 0 ? this.end : eol, "IndentationError");
      }
      if (alt !== this.altIndents[level]!) tabError();
      while (this.indents.length - 1 > level) {
        this.indents.pop();
        this.altIndents.pop();
        this.pushMarker("dedent", offset, pos);
      }
    }
  }

  /** Skips spaces, comments and backslash continuations (never a line break). */
  private skipTrivia(): void {
    const s = this.text;
    while (this.pos < this.end) {
      const c = s.charCodeAt(this.pos);
      if (c === SPACE || c === TAB || c === FF) {
        this.pos++;
      } else if (c === HASH) {
        const nl = s.indexOf("\n", this.pos);
        this.pos = nl < 0 || nl > this.end ? this.end : nl;
      } else if (c === SLASH && this.classic && s.charCodeAt(this.pos + 1) === STAR && this.pos + 1 < this.end) {
        this.pos = this.skipBlockComment(this.pos);
      } else if (c === BACKSLASH) {
        const p = this.pos + 1;
        if (p < this.end && s.charCodeAt(p) === LF) {
          this.pos = p + 1;
          if (this.pos >= this.end) this.fail("unexpected EOF while parsing", p);
        } else if (this.pos + 1 >= this.end) {
          this.fail("unexpected EOF while parsing", this.pos + 1);
        } else {
          this.fail("unexpected character after line continuation character", this.pos + 1);
        }
      } else {
        return;
      }
    }
  }

  /** Returns the offset just after the star-slash closing the comment opened at `start`. */
  private skipBlockComment(start: number): number {
    const close = this.text.indexOf("*/", start + 2);
    if (close < 0 || close + 2 > this.end) this.fail("unterminated comment", start);
    return close + 2;
  }

  /** End of input: unclosed brackets are an error; otherwise close the last line and all blocks. */
  private finish(): void {
    if (this.brackets.length > 0) {
      const open = this.brackets[this.brackets.length - 1]!;
      this.fail(`'${open.ch}' was never closed`, open.offset);
    }
    // Markers at EOF sit on the last line's line break, as CPython reports them.
    const s = this.text;
    const at = this.end > 0 && s.charCodeAt(this.end - 1) === LF ? this.end - 1 : this.end;
    const pos = this.src.pos(at);
    if (this.mode === "file") {
      if (this.lineHasTokens) {
        this.emit(new Token("newline", "", null, this.end, this.end, pos.line, pos.col, pos.line, pos.col));
        this.lineHasTokens = false;
      }
      while (this.indents.length > 1) {
        this.indents.pop();
        this.pushMarker("dedent", this.end, pos);
      }
    }
    this.pushMarker("eof", this.end, pos);
  }

  /**
   * Scans an identifier at `start`. Returns false (consuming nothing) when the
   * character is not an identifier start, so the caller reports it.
   */
  private scanNameOrString(start: number): boolean {
    const s = this.text;
    let p = start;
    let ascii = true;
    const first = s.codePointAt(p)!;
    if (first < 128) {
      if (!isAsciiIdStart(first)) return false;
      p++;
    } else {
      if (!ID_START.test(String.fromCodePoint(first))) {
        this.invalidCharacter(start);
      }
      ascii = false;
      p += first > 0xffff ? 2 : 1;
    }
    while (p < this.end) {
      const c = s.charCodeAt(p);
      if (c < 128) {
        if (!isAsciiIdContinue(c)) break;
        p++;
      } else {
        const cp = s.codePointAt(p)!;
        if (!ID_CONTINUE.test(String.fromCodePoint(cp))) break;
        ascii = false;
        p += cp > 0xffff ? 2 : 1;
      }
    }
    const raw = s.slice(start, p);
    const next = s.charCodeAt(p);
    if ((next === SQUOTE || next === DQUOTE) && p < this.end && raw.length <= 2 &&
        STRING_PREFIXES.has(raw.toLowerCase())) {
      this.scanString(start, p, raw.toLowerCase());
      return true;
    }
    const text = ascii ? raw : raw.normalize("NFKC");
    const keyword = this.classic
      ? CLASSIC_KEYWORD_MAP.get(text.toLowerCase()) ?? null
      : PY3_KEYWORD_SET.has(text) ? text : null;
    this.push("name", text, start, p, keyword);
    this.pos = p;
    return true;
  }

  private invalidCharacter(offset: number): never {
    const cp = this.text.codePointAt(offset)!;
    const hex = cp.toString(16).toUpperCase().padStart(4, "0");
    if (cp === 0) this.fail("source code cannot contain null bytes", offset);
    const ch = String.fromCodePoint(cp);
    if (NON_PRINTABLE.test(ch)) this.fail(`invalid non-printable character U+${hex}`, offset);
    this.fail(`invalid character '${ch}' (U+${hex})`, offset);
  }

  /**
   * Numbers follow Python 3's grammar (underscores between digits, 0x/0o/0b, floats,
   * `j` suffix). Classic also accepts leading-zero decimals (`017` is 17) and ignores
   * C suffixes (`10L`, `1.5f`), as the original's lexer did.
   */
  private scanNumber(start: number): void {
    const s = this.text;
    let p = start;
    let isFloat = false;
    let imaginary = false;
    let value: number;
    const c1 = s.charCodeAt(p + 1) | 0x20;
    if (s.charCodeAt(p) === 48 && p + 1 < this.end && (c1 === 120 || c1 === 111 || c1 === 98)) {
      const [base, name] = c1 === 120 ? [16, "hexadecimal"] : c1 === 111 ? [8, "octal"] : [2, "binary"];
      const valid = (c: number) =>
        base === 16 ? isHexDigit(c) : base === 8 ? c >= 48 && c <= 55 : c === 48 || c === 49;
      p += 2;
      let digits = "";
      for (;;) {
        const c = s.charCodeAt(p);
        if (p < this.end && c === UNDERSCORE) {
          p++;
          if (!(p < this.end && valid(s.charCodeAt(p)))) this.fail(`invalid ${name} literal`, p - 1);
        } else if (p < this.end && valid(c)) {
          digits += s[p];
          p++;
        } else {
          break;
        }
      }
      if (p < this.end && isDigit(s.charCodeAt(p))) {
        this.fail(`invalid digit '${s[p]}' in ${name} literal`, p);
      }
      if (digits.length === 0) this.fail(`invalid ${name} literal`, p - 1);
      if (this.classic) p = this.skipSuffix(p, "ul");
      this.checkNumberEnd(p, name);
      const prefix = base === 16 ? "0x" : base === 8 ? "0o" : "0b";
      value = digits.length <= 12 ? parseInt(digits, base) : Number(BigInt(prefix + digits));
    } else {
      let intPart = "";
      if (s.charCodeAt(p) !== DOT) {
        const r = this.readDigits(p);
        intPart = r.digits;
        p = r.end;
      }
      let mantissa = intPart;
      if (p < this.end && s.charCodeAt(p) === DOT) {
        isFloat = true;
        p++;
        mantissa += ".";
        if (p < this.end && isDigit(s.charCodeAt(p))) {
          const r = this.readDigits(p);
          mantissa += r.digits;
          p = r.end;
        }
      }
      if (p < this.end && (s.charCodeAt(p) | 0x20) === 101 /* e */) {
        let q = p + 1;
        let sign = "";
        if (q < this.end && (s[q] === "+" || s[q] === "-")) { sign = s[q]!; q++; }
        if (q < this.end && isDigit(s.charCodeAt(q))) {
          const r = this.readDigits(q);
          mantissa += "e" + sign + r.digits;
          p = r.end;
          isFloat = true;
        } else if (!(sign === "" && this.keywordFollows(p))) {
          this.fail("invalid decimal literal", sign ? q - 1 : p - 1);
        }
      }
      if (p < this.end && (s.charCodeAt(p) | 0x20) === 106 /* j */) {
        imaginary = true;
        p++;
      }
      if (this.classic && !imaginary) p = this.skipSuffix(p, isFloat ? "f" : "ulf");
      if (!isFloat && !imaginary && !this.classic && intPart.length > 1 && intPart[0] === "0" &&
          /[1-9]/.test(intPart)) {
        // CPython highlights the zeros (and underscores) before the first other digit.
        this.fail(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
          start, "SyntaxError", start + /^[0_]*/.exec(s.slice(start, p))![0].length,
        );
      }
      this.checkNumberEnd(p, imaginary ? "imaginary" : "decimal");
      if (isFloat || imaginary) {
        value = Number(mantissa);
      } else {
        value = intPart.length <= 15 ? Number(intPart) : Number(BigInt(intPart));
      }
    }
    const tok = this.push("number", s.slice(start, p), start, p);
    tok.value = value;
    tok.isFloat = isFloat;
    tok.isImaginary = imaginary;
    this.pos = p;
  }

  /** digit ('_'? digit)* starting at a digit. */
  private readDigits(p: number): { digits: string; end: number } {
    const s = this.text;
    const from = p;
    let hasUnderscore = false;
    while (p < this.end) {
      const c = s.charCodeAt(p);
      if (isDigit(c)) {
        p++;
      } else if (c === UNDERSCORE) {
        if (!(p + 1 < this.end && isDigit(s.charCodeAt(p + 1)))) this.fail("invalid decimal literal", p);
        hasUnderscore = true;
        p++;
      } else {
        break;
      }
    }
    const text = s.slice(from, p);
    return { digits: hasUnderscore ? text.replace(/_/g, "") : text, end: p };
  }

  /** Classic C suffixes (case-insensitive letters from `allowed`), skipped. */
  private skipSuffix(p: number, allowed: string): number {
    while (p < this.end && allowed.includes(this.text[p]!.toLowerCase())) {
      // Only a suffix when it is not the start of a following keyword (`1if`).
      if (this.keywordFollows(p)) break;
      p++;
    }
    return p;
  }

  private keywordFollows(p: number): boolean {
    const s = this.text;
    for (const kw of KEYWORDS_AFTER_NUMBER) {
      const word = s.slice(p, p + kw.length);
      if ((this.classic ? word.toLowerCase() : word) === kw) return true;
    }
    return false;
  }

  /** A number may not run into an identifier character, except a few keywords. */
  private checkNumberEnd(p: number, name: string): void {
    if (p >= this.end) return;
    const c = this.text.codePointAt(p)!;
    const identChar = c < 128 ? isAsciiIdContinue(c) : ID_CONTINUE.test(String.fromCodePoint(c));
    // CPython's column is that of the number's last character.
    if (identChar && !this.keywordFollows(p)) this.fail(`invalid ${name} literal`, p - 1);
  }

  /**
   * A string literal whose prefix runs from `start` to `quoteAt`. In Python 3 a
   * backslash protects the next character (even in raw strings); classic strings
   * have no escapes at all, so they end at the first matching quote.
   */
  private scanString(start: number, quoteAt: number, prefix: string): void {
    const s = this.text;
    const q = s.charCodeAt(quoteAt);
    const triple = quoteAt + 2 < this.end && s.charCodeAt(quoteAt + 1) === q && s.charCodeAt(quoteAt + 2) === q;
    const contentStart = quoteAt + (triple ? 3 : 1);
    let i = contentStart;
    const escapes = !this.classic;
    for (;;) {
      if (i >= this.end) {
        const lastLine = this.src.pos(Math.max(start, this.end - 1)).line;
        this.fail(
          triple
            ? `unterminated triple-quoted string literal (detected at line ${lastLine})`
            : `unterminated string literal (detected at line ${lastLine})`,
          start,
        );
      }
      const c = s.charCodeAt(i);
      if (c === BACKSLASH && escapes) {
        i += 2;
        continue;
      }
      if (c === q) {
        if (!triple) {
          this.finishString(start, prefix, contentStart, i, i + 1);
          return;
        }
        if (i + 2 < this.end && s.charCodeAt(i + 1) === q && s.charCodeAt(i + 2) === q) {
          this.finishString(start, prefix, contentStart, i, i + 3);
          return;
        }
      } else if (c === LF && !triple) {
        const line = this.src.pos(i).line;
        this.fail(`unterminated string literal (detected at line ${line})`, start);
      }
      i++;
    }
  }

  private finishString(start: number, prefix: string, contentStart: number, contentEnd: number, end: number): void {
    const tok = this.push("string", this.text.slice(start, end), start, end);
    tok.str = {
      contentStart,
      contentEnd,
      raw: prefix.includes("r"),
      fstring: prefix.includes("f"),
      bytes: prefix.includes("b"),
    };
    this.pos = end;
  }

  private scanOperator(start: number): void {
    const s = this.text;
    const c = s.charCodeAt(start);
    if (c >= 128 || c < 32 || c === 127) this.invalidCharacter(start);
    let op: string | null = null;
    for (const candidate of OPERATORS_BY_FIRST.get(c) ?? []) {
      if (start + candidate.length <= this.end && s.startsWith(candidate, start) &&
          (candidate !== "<>" || this.classic)) {
        op = candidate;
        break;
      }
    }
    if (op === null) {
      // A backslash not followed by a line break was handled in skipTrivia, so this
      // is an unexpected ASCII character.
      this.fail("invalid syntax", start);
    }
    if (op.length === 1) {
      if (OPENERS[op]) {
        if (this.brackets.length >= MAX_BRACKET_DEPTH) this.fail("too many nested parentheses", start);
        this.brackets.push({ ch: op, offset: start });
      } else if (CLOSERS[op]) {
        const open = this.brackets.pop();
        if (!open) this.fail(`unmatched '${op}'`, start);
        if (open.ch !== CLOSERS[op]) {
          const openLine = this.src.pos(open.offset).line;
          const here = this.src.pos(start).line;
          this.fail(
            `closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'` +
              (openLine !== here ? ` on line ${openLine}` : ""),
            start,
          );
        }
      }
    }
    this.push("op", op, start, start + op.length);
    this.pos = start + op.length;
  }
}

// ------------------------------------------------------------- string decoding

/** Source files may end lines with "\r\n" or "\r"; Python reads both as "\n". */
export function normaliseNewlines(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v",
};

/**
 * Decodes Python escapes in `text[from, to)` (a string body or a literal piece of an
 * f-string). `bodyStart` is where the string body starts, for CPython-style error
 * positions. Unknown escapes are kept literally, like CPython. In a bytes literal
 * (`bytes`) \u, \U and \N are not escapes and an octal escape keeps its low 8 bits;
 * the result's code units are then the bytes (0..255).
 */
export function decodeEscapes(src: SourceFile, from: number, to: number, bodyStart: number, bytes = false): string {
  // Work on the literal alone (offsets below are relative to `from`).
  const s = src.text.slice(from, to);
  const fail = (message: string, at: number): never => {
    throw src.error(message, from + at);
  };
  let out = "";
  let run = 0;
  let i = s.indexOf("\\");
  while (i >= 0) {
    out += normaliseNewlines(s.slice(run, i));
    const e = s[i + 1] ?? "";
    let next = i + 2;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
    } else if (e === "\n") {
      // line continuation inside the literal
    } else if (e >= "0" && e <= "7") {
      let j = i + 1;
      while (j < s.length && j < i + 4 && s[j]! >= "0" && s[j]! <= "7") j++;
      out += String.fromCharCode(parseInt(s.slice(i + 1, j), 8) & (bytes ? 0xff : 0xffff));
      next = j;
    } else if (e === "x" || (!bytes && (e === "u" || e === "U"))) {
      const n = e === "x" ? 2 : e === "u" ? 4 : 8;
      const hex = s.slice(i + 2, i + 2 + n);
      const at = from + i - bodyStart;
      if (hex.length < n || !/^[0-9a-fA-F]+$/.test(hex)) {
        const bad = hex.search(/[^0-9a-fA-F]/);
        const last = at + 1 + (bad < 0 ? hex.length : bad);
        const what = e === "x" ? "\\xXX" : e === "u" ? "\\uXXXX" : "\\UXXXXXXXX";
        if (bytes) fail(`(value error) invalid \\x escape at position ${at}`, i);
        fail(
          `(unicode error) 'unicodeescape' codec can't decode bytes in position ${at}-${last}: truncated ${what} escape`,
          i,
        );
      }
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) {
        fail(
          `(unicode error) 'unicodeescape' codec can't decode bytes in position ${at}-${at + n + 1}: illegal Unicode character`,
          i,
        );
      }
      out += String.fromCodePoint(cp);
      next = i + 2 + n;
    } else if (e === "N" && !bytes) {
      // \N{NAME}: CPython's errors give the escape's span from the body's start, up to
      // the name's closing brace or where the scan stopped, counted in the text CPython
      // decodes: the literal with each non-ASCII character already written as \UXXXXXXXX.
      const close = s[i + 2] === "{" ? s.indexOf("}", i + 3) : -1;
      const cp = close > i + 3 ? lookupCharacterName(s.slice(i + 3, close)) : undefined;
      if (cp === undefined) {
        const stop = s[i + 2] !== "{" ? i + 2 : close < 0 ? s.length : close === i + 3 ? close : close + 1;
        const bytePos = (k: number) => [...src.text.slice(bodyStart, from + k)].reduce((n, ch) => n + (ch < "\x80" ? 1 : 10), 0);
        const why = close > i + 3 ? "unknown Unicode character name" : "malformed \\N character escape";
        fail(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${bytePos(i)}-${bytePos(stop) - 1}: ${why}`, i);
      }
      out += String.fromCodePoint(cp!);
      next = close + 1;
    } else {
      out += "\\";
      next = i + 1;
    }
    run = next;
    i = s.indexOf("\\", next);
  }
  return out + normaliseNewlines(s.slice(run));
}

/**
 * The exact value of an int literal from its source text (`IntLit.text`): the
 * token's `value` is a double, exact only up to 2**53, so literals beyond int32
 * (Python 3 big ints) are re-read here. Underscores and the classic dialect's C
 * suffixes (u, l) are dropped; 0x/0o/0b prefixes are kept, BigInt reads them.
 */
export function intLiteralValue(text: string): bigint {
  return BigInt(text.replace(/_/g, "").replace(/[uUlL]+$/, ""));
}
