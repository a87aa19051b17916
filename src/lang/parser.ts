// Recursive-descent parser: tokens (tokenizer.ts) → AST (ast.ts), for both dialects.
//
// NOTE on the AST contract (ast.ts is not ours to change):
// - A multi-dimensional subscript `a[1:2, i]` gives a Tuple index whose elements may
//   be Slice nodes; TupleExpr.elts is typed Expr[], so those Slices are cast. The
//   ast.ts comment on Slice already allows this; consumers must expect it.
// - `...` is read as the built-in name `Ellipsis`.
// - A bare annotation `x: int` (no value) of a name is an AnnotatedName (it makes the
//   name local); of an attribute or subscript it becomes a Pass. In a class body
//   annotated names also go into the class's `__annotations__` (withAnnotations).
//
// Structure: statements are parsed by one method per statement kind; expressions by
// one method per precedence level, with binary operators handled by precedence
// climbing over a per-dialect table (classic puts `^`/`**` with `*`).
//
// Invariants:
// - Every node's span runs from its first to its last token (`prev` is the last
//   consumed token other than NEWLINE/INDENT/DEDENT/EOF). A parenthesised
//   expression keeps its inner span; tuples, generators and displays include their
//   brackets, as in CPython.
// - Errors: the first error throws an EPythonSyntaxError; nothing else escapes.
//   As in CPython, a lexical error later in the file (an unterminated string, a
//   stray bracket...) may take precedence over a parser error: see
//   `preferLexicalError`. Messages, positions and highlighted ranges (an error's
//   end, see EPythonSyntaxError) follow CPython 3.11 running a file.
// - Depth: JS recursion and AST height are bounded. Brackets nest at most 200 deep
//   (tokenizer); `depth` counts nesting levels of the expression being built
//   (sub-expressions, unary/binary operator chains, trailers) and is capped at
//   MAX_DEPTH, so no later tree walk meets a tree deeper than about 2 × MAX_DEPTH
//   expression levels plus 100 block levels.

import { parseMatch, type PatternHost } from "./matchParser.js";
import type * as A from "./ast.js";
import { EPythonSyntaxError, type SourcePos, type Span } from "./diagnostics.js";
import { decodeEscapes, normaliseNewlines, SourceFile, Token, TokenStream } from "./tokenizer.js";

const MAX_DEPTH = 1000;
/** `elif` chains become nested If nodes: bounding them bounds the AST height too. */
const MAX_ELIF = 1000;

type BinInfo = { prec: number; op: A.BinaryOperator };
const PY3_BINARY: Record<string, BinInfo> = {
  "|": { prec: 1, op: "|" },
  "^": { prec: 2, op: "^" },
  "&": { prec: 3, op: "&" },
  "<<": { prec: 4, op: "<<" },
  ">>": { prec: 4, op: ">>" },
  "+": { prec: 5, op: "+" },
  "-": { prec: 5, op: "-" },
  "*": { prec: 6, op: "*" },
  "/": { prec: 6, op: "/" },
  "//": { prec: 6, op: "//" },
  "%": { prec: 6, op: "%" },
  "@": { prec: 6, op: "@" },
};
/** Classic: no xor; `^` and `**` are power at the level of `*`, left-associative. */
const CLASSIC_BINARY: Record<string, BinInfo> = { ...PY3_BINARY };
CLASSIC_BINARY["^"] = { prec: 6, op: "**" };
CLASSIC_BINARY["**"] = { prec: 6, op: "**" };

const PY3_AUGMENTED: Record<string, A.BinaryOperator> = {
  "+=": "+", "-=": "-", "*=": "*", "/=": "/", "//=": "//", "%=": "%", "**=": "**",
  "<<=": "<<", ">>=": ">>", "&=": "&", "|=": "|", "^=": "^", "@=": "@",
};
const CLASSIC_AUGMENTED: Record<string, A.BinaryOperator> = { ...PY3_AUGMENTED, "^=": "**" };

/** Keywords that can begin an expression. */
const EXPR_KEYWORDS = new Set(["True", "False", "None", "not", "lambda", "yield", "await"]);
const EXPR_START_OPS = new Set(["(", "[", "{", "-", "+", "~", "*", "..."]);
/** Keywords that begin a simple statement (used by classic's `a=1 b=2` lines). */
const SIMPLE_KEYWORDS = new Set([
  "pass", "break", "continue", "return", "global", "nonlocal", "del", "assert", "import",
  "from", "print", "raise",
]);
/** Recognised so that the error is clear, but not part of the language yet. */
const UNSUPPORTED_STATEMENTS = new Set<string>();

type Part = string | A.FormattedValue;
/** A node type without its span (distributes over the union). */
type Bare<T> = T extends unknown ? Omit<T, keyof Span> : never;

export function parseSource(source: string, file: string, dialect: A.Dialect): A.Module {
  const src = new SourceFile(source, file, dialect);
  const tokens = new TokenStream(src, 0, source.length, "file");
  const parser = new Parser(src, tokens, 0);
  try {
    return parser.parseModule();
  } catch (e) {
    if (e instanceof EPythonSyntaxError) throw preferLexicalError(e, tokens, parser.furthestLine());
    // Last line of defence: the limits above should make this unreachable.
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw src.errorAt("too complex to parse (nesting too deep)", parser.position());
    }
    throw e;
  }
}

/**
 * CPython reports a lexical error found later in the file (an unterminated string,
 * a stray bracket...) in place of a parser error: it is usually what derailed the
 * parse. Exceptions, as there: "unexpected indent" stands, indentation errors of the
 * tokenizer never replace anything, and an unclosed bracket only replaces an error
 * found on a later line than the bracket: CPython takes the line of the last token
 * the parser had read (`furthest`), which may lie beyond the error itself.
 */
function preferLexicalError(e: EPythonSyntaxError, tokens: TokenStream, furthest: number): EPythonSyntaxError {
  const last = tokens.drain();
  if (last.kind !== "error" || last.error === e) return e;
  const lexical = last.error!;
  if (lexical.kind !== "SyntaxError" || e.message === "unexpected indent") return e;
  if (lexical.message.endsWith("was never closed") && Math.max(e.line, furthest) <= lexical.line) return e;
  return lexical;
}

function addText(parts: Part[], text: string): void {
  if (text === "") return;
  const n = parts.length;
  if (n > 0 && typeof parts[n - 1] === "string") parts[n - 1] = (parts[n - 1] as string) + text;
  else parts.push(text);
}

/** Expression kinds that are not a `bitwise_or` of CPython's grammar (no comparison hint after them). */
const NOT_BITWISE_OR = new Set<string>([
  "Compare", "BoolOp", "IfExp", "Lambda", "NamedExpr", "Yield", "YieldFrom", "Starred",
]);

const CLOSER: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

/** `...` parses to the name Ellipsis (3 columns wide, where the name itself takes 8). */
function isEllipsisToken(e: A.Expr): boolean {
  return e.kind === "Name" && e.id === "Ellipsis" && e.line === e.endLine && e.endCol - e.col === 3;
}

/** How CPython names the target of `:=` that is not a name. */
function describeNamedTarget(e: A.Expr): string {
  return e.kind === "Attribute" ? "attribute" : e.kind === "Subscript" ? "subscript" : describe(e);
}

/** How CPython names an expression that cannot be assigned to. */
function describe(e: A.Expr): string {
  switch (e.kind) {
    case "Int": case "Float": case "Str": return "literal";
    case "Const": return e.value === null ? "None" : e.value ? "True" : "False";
    case "FString": return "f-string expression";
    case "Call": return "function call";
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "Lambda": return "lambda";
    case "ListComp": return "list comprehension";
    case "GeneratorExp": return "generator expression";
    case "Yield": case "YieldFrom": return "yield expression";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "Tuple": return "tuple";
    case "List": return "list";
    case "Starred": return "starred";
    case "NamedExpr": return "named expression";
    default: return "expression";
  }
}

class Parser {
  /** The current token, and tokens read beyond it (lookahead). */
  private cur: Token;
  private readonly ahead: Token[] = [];
  /** Last consumed token other than NEWLINE/INDENT/DEDENT/EOF: where a node ends. */
  private prev: Token;
  private readonly classic: boolean;
  private readonly binary: Record<string, BinInfo>;
  private readonly augmented: Record<string, A.BinaryOperator>;
  /** Span including the parentheses, for expressions written as `( expr )`. */
  private readonly parens = new Map<object, Span>();
  /**
   * Annotated names `x: T [= v]` of the class body being parsed (null outside a
   * class body, and inside a `def` within one): they become the class's
   * `__annotations__` (see `withAnnotations`), which `dataclasses` reads.
   */
  private classAnnotations: { name: string; text: string; at: Span }[] | null = null;

  constructor(
    private readonly src: SourceFile,
    private readonly tokens: TokenStream,
    /** Nesting already used by enclosing parsers (f-string fields). */
    private depth: number,
  ) {
    this.cur = tokens.next();
    this.prev = this.cur;
    this.classic = src.dialect === "classic";
    this.binary = this.classic ? CLASSIC_BINARY : PY3_BINARY;
    this.augmented = this.classic ? CLASSIC_AUGMENTED : PY3_AUGMENTED;
  }

  /**
   * Span from the start of `start` to the end of `end`. A parenthesised operand
   * counts with its parentheses (the operand node itself keeps its inner span).
   */
  private span(start: Span | SourcePos, end: Span): Span {
    const a = this.parens.get(start) ?? start;
    const b = this.parens.get(end) ?? end;
    return { line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol };
  }

  /** Completes a node with the span from `start` to `end` (see `span`). */
  private node<T extends Bare<A.Node>>(n: T, start: Span | SourcePos, end: Span): T & Span {
    const a = this.parens.get(start) ?? start;
    const b = this.parens.get(end) ?? end;
    const full = n as T & Span;
    full.line = a.line;
    full.col = a.col;
    full.endLine = b.endLine;
    full.endCol = b.endCol;
    return full;
  }

  position(): SourcePos {
    return { line: this.cur.line, col: this.cur.col };
  }

  /** The line of the last token read so far, lookahead included. */
  furthestLine(): number {
    return (this.ahead[this.ahead.length - 1] ?? this.cur).line;
  }

  // ------------------------------------------------------------ token access

  /** The token `k` ahead, without the error check of `peek`. */
  private lookahead(k: number): Token {
    if (k === 0) return this.cur;
    while (this.ahead.length < k) this.ahead.push(this.tokens.next());
    return this.ahead[k - 1]!;
  }

  /** The token `k` ahead. Reaching a lexical error token throws that error. */
  private peek(k = 0): Token {
    const t = k === 0 ? this.cur : this.lookahead(k);
    if (t.kind === "error") throw t.error!;
    return t;
  }

  private next(): Token {
    const t = this.peek();
    if (t.kind !== "eof") this.cur = this.ahead.length > 0 ? this.ahead.shift()! : this.tokens.next();
    if (t.kind !== "newline" && t.kind !== "indent" && t.kind !== "dedent" && t.kind !== "eof") {
      this.prev = t;
    }
    return t;
  }

  private isOp(op: string, k = 0): boolean {
    const t = this.peek(k);
    return t.kind === "op" && t.text === op;
  }

  private isKw(kw: string, k = 0): boolean {
    const t = this.peek(k);
    return t.kind === "name" && t.keyword === kw;
  }

  private eatOp(op: string): boolean {
    if (!this.isOp(op)) return false;
    this.next();
    return true;
  }

  private expectOp(op: string): Token {
    if (!this.isOp(op)) this.invalid();
    return this.next();
  }

  /**
   * The closing bracket of a display or call whose last element was `last`; `named`
   * when that element is one of CPython's named expressions (not an argument or a
   * dict value).
   */
  private closeBracket(closer: string, last: (Span & { kind: string }) | null, named = true): Token {
    if (!this.isOp(closer) && last !== null) {
      if (named) this.checkNamedExpressionHint(last as A.Expr);
      this.checkMissingComma(last);
    }
    return this.expectOp(closer);
  }

  /**
   * `e =` where CPython reads a named expression (a condition, an element in
   * brackets): its hints for a mistyped comparison, given when an operand (a
   * bitwise_or) follows the `=`, and no second `=` or `:=` after it.
   */
  private checkNamedExpressionHint(e: A.Expr): void {
    if (!this.isOp("=") || this.parens.has(e) || NOT_BITWISE_OR.has(e.kind) || (e.kind === "UnaryOp" && e.op === "not")) return;
    if (e.kind === "List" || e.kind === "Tuple" || e.kind === "GeneratorExp" || e.kind === "Const") return;
    const n = this.peek(1);
    if (!this.canStartExpression(n) || (n.kind === "op" && n.text === "*")) return;
    if (n.kind === "name" && (n.keyword === "not" || n.keyword === "lambda" || n.keyword === "yield")) return;
    const eq = this.next();
    const value = this.parseBinary(1);
    if (this.isOp("=") || this.isOp(":=")) this.invalid(eq);
    if (e.kind === "Name" && !isEllipsisToken(e)) {
      throw this.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", this.span(e, value));
    }
    const what = isEllipsisToken(e) ? "ellipsis" : describeNamedTarget(e);
    throw this.error(`cannot assign to ${what} here. Maybe you meant '==' instead of '='?`, e);
  }

  /**
   * The colon of a compound statement. As in CPython, "expected ':'" is reported when
   * the header simply ends (`if x` NEWLINE) or the colon is mandatory at this point
   * (`def`, `else`); anything else is an ordinary syntax error. `condition` is the
   * header's expression, for the `if x = 1:` hint.
   */
  private expectColon(condition: A.Expr | null = null, always = false): Token {
    const t = this.peek();
    if (t.kind === "op" && t.text === ":") return this.next();
    if (condition !== null) this.checkNamedExpressionHint(condition);
    if (always || t.kind === "newline") throw this.error("expected ':'", t);
    this.invalid(t);
  }

  private expectName(): Token {
    const t = this.peek();
    if (t.kind !== "name" || t.keyword !== null) this.invalid(t);
    return this.next();
  }

  private error(message: string, at: SourcePos, kind = "SyntaxError"): EPythonSyntaxError {
    // At the end of the file (its last DEDENTs and ENDMARKER) CPython running a
    // file has no column: 0, which draws no caret.
    if (at instanceof Token && (at.kind === "eof" || at.kind === "dedent") && at.start >= this.src.text.length) {
      at = { line: at.line, col: 0 };
    }
    return this.src.errorAt(message, at, kind);
  }

  /** The generic error, at `tok` (see also `preferLexicalError`). */
  private invalid(tok: Token = this.peek()): never {
    // CPython's column: the width of the indentation, which draws no caret
    if (tok.kind === "indent") throw this.error("unexpected indent", { line: tok.line, col: tok.col - 1 }, "IndentationError");
    throw this.error("invalid syntax", tok);
  }

  /**
   * Before expecting the closing bracket after an element: two expressions side by
   * side inside brackets are most likely a missing comma (CPython's hint, which it
   * gives unless the first begins with a soft keyword or is a name before a string,
   * like `f"..."`). The error spans both expressions.
   */
  private checkMissingComma(item: Span & { kind: string }): void {
    const t = this.peek();
    if (!this.canStartExpression(t)) return;
    if (item.kind === "Name" && t.kind === "string") return;
    const start = this.parens.get(item) ?? item;
    if (/^(?:match|case|_)(?![\p{L}\p{N}_])/u.test(this.sourceText(start))) return;
    const next = this.extentOf(() => this.parseTest(), start);
    throw this.error("invalid syntax. Perhaps you forgot a comma?", this.span(item, next));
  }

  /**
   * For the range of an error about to be thrown: what `parse` reads next, or
   * `fallback` when that does not parse. A lexical error met on the way (an unclosed
   * bracket...) is thrown instead, as CPython reports it.
   */
  private extentOf(parse: () => Span, fallback: Span): Span {
    try {
      return parse();
    } catch (e) {
      if (!(e instanceof EPythonSyntaxError) || this.tokens.drain().error === e) throw e;
      return fallback;
    }
  }

  private unsupported(t: Token, what = `'${t.keyword ?? t.text}'`): never {
    throw this.error(`${what} is not supported yet`, t);
  }

  private deeper(at: SourcePos): void {
    if (++this.depth > MAX_DEPTH) throw this.error("expression too deeply nested", at);
  }

  private canStartExpression(t: Token): boolean {
    switch (t.kind) {
      case "name": return t.keyword === null || EXPR_KEYWORDS.has(t.keyword);
      case "number": case "string": return true;
      case "op": return EXPR_START_OPS.has(t.text) || (this.classic && t.text === "!");
      default: return false;
    }
  }

  // -------------------------------------------------------------- statements

  parseModule(): A.Module {
    let body: A.Stmt[] = [];
    // A module's annotated names go into its `__annotations__` too (after its docstring).
    if (!this.classic) this.classAnnotations = [];
    while (this.peek().kind !== "eof") this.parseStatementInto(body);
    if (this.classAnnotations !== null && this.classAnnotations.length > 0) {
      const first = body[0];
      const doc = first?.kind === "ExprStmt" && first.value.kind === "Str" ? 1 : 0;
      body = [...body.slice(0, doc), ...this.withAnnotations(body.slice(doc), this.classAnnotations)];
    }
    this.classAnnotations = null;
    const end = this.src.pos(this.src.text.length);
    return {
      kind: "Module", body, dialect: this.src.dialect, file: this.src.file, source: this.src.text,
      line: 1, col: 1, endLine: end.line, endCol: end.col,
    };
  }

  private parseStatementInto(out: A.Stmt[]): void {
    const t = this.peek();
    if (t.kind === "newline") {
      this.next();
      return;
    }
    if (t.kind === "name" && t.keyword !== null) {
      switch (t.keyword) {
        case "if": this.next(); out.push(this.parseIf(t)); return;
        case "while": this.next(); out.push(this.parseWhile(t)); return;
        case "for": this.next(); out.push(this.parseFor(t)); return;
        case "def": this.next(); out.push(this.parseDef([], t)); return;
        case "class": if (this.classic) this.unsupported(t); this.next(); out.push(this.parseClass([], t)); return;
        case "try": if (this.classic) this.unsupported(t); this.next(); out.push(this.parseTry(t)); return;
        case "with": if (this.classic) this.unsupported(t); this.next(); out.push(this.parseWith(t)); return;
        case "async": out.push(this.parseAsync([])); return;
        default:
          if (UNSUPPORTED_STATEMENTS.has(t.keyword)) this.unsupported(t);
      }
    } else if (t.kind === "op" && t.text === "@") {
      out.push(this.parseDecorated());
      return;
    } else if (t.kind === "name" && t.text === "match" && !this.classic && this.looksLikeMatch()) {
      out.push(parseMatch(this.patternHost(), this.next()));
      return;
    }
    this.parseSimpleLine(out);
  }

  /** The view of this parser that the `match` grammar uses (matchParser.ts). */
  private patternHost(): PatternHost {
    return {
      peek: (k) => this.peek(k), next: () => this.next(), prev: () => this.prev,
      isOp: (op, k) => this.isOp(op, k), eatOp: (op) => this.eatOp(op), expectOp: (op) => this.expectOp(op),
      expectColon: () => this.expectColon(), error: (m, at, kind) => this.error(m, at, kind),
      invalid: (tok) => this.invalid(tok), node: (n, start, end) => this.node(n, start, end),
      atom: () => this.parseAtom(), subject: () => this.parseStarExpressions(), guard: () => this.parseTest(),
      block: (what, line) => this.parseBlock(what, line),
      deeper: (at) => this.deeper(at), shallower: () => { this.depth--; },
    };
  }

  /** `match` is a soft keyword: a line `match ...:` opening a block is a match statement. */
  private looksLikeMatch(): boolean {
    let last: Token | null = null;
    for (let k = 1; ; k++) {
      const t = this.lookahead(k);
      if (t.kind === "error" || t.kind === "eof") return false;
      if (t.kind === "newline") return last !== null && last.kind === "op" && last.text === ":";
      last = t;
    }
  }

  /**
   * The statements after a compound statement's colon: an indented block, or simple
   * statements on the same line. `what` and `line` describe the owner for the error.
   */
  private parseBlock(what: string, line: number): A.Stmt[] {
    const out: A.Stmt[] = [];
    if (this.peek().kind !== "newline") {
      this.parseSimpleLine(out);
      return out;
    }
    this.next();
    const t = this.peek();
    const missing = () =>
      this.error(`expected an indented block after ${what} on line ${line}`, t, "IndentationError");
    if (t.kind !== "indent") throw missing();
    this.next();
    while (this.peek().kind !== "dedent" && this.peek().kind !== "eof") this.parseStatementInto(out);
    this.next();
    if (out.length === 0) throw missing();
    return out;
  }

  /** simple_stmt (';' simple_stmt)* [';'] NEWLINE — classic also allows `a=1 b=2`. */
  private parseSimpleLine(out: A.Stmt[]): void {
    out.push(this.parseSmallStatement());
    for (;;) {
      const t = this.peek();
      if (t.kind === "newline" || t.kind === "eof") {
        this.next();
        return;
      }
      if (t.kind === "op" && t.text === ";") {
        this.next();
        const n = this.peek();
        if (n.kind === "newline" || n.kind === "eof") {
          this.next();
          return;
        }
        out.push(this.parseSmallStatement());
        continue;
      }
      if (this.classic && t.kind === "name" && (t.keyword === null || SIMPLE_KEYWORDS.has(t.keyword))) {
        out.push(this.parseSmallStatement());
        continue;
      }
      this.invalid(t);
    }
  }

  private atStatementEnd(): boolean {
    const t = this.peek();
    return t.kind === "newline" || t.kind === "eof" || (t.kind === "op" && t.text === ";");
  }

  private parseSmallStatement(): A.Stmt {
    const t = this.peek();
    if (t.kind === "name" && t.keyword !== null) {
      switch (t.keyword) {
        case "pass": this.next(); return this.node({ kind: "Pass" }, t, t);
        case "break": this.next(); return this.node({ kind: "Break" }, t, t);
        case "continue": this.next(); return this.node({ kind: "Continue" }, t, t);
        case "return": {
          this.next();
          const value = this.atStatementEnd() ? null : this.parseValue(false);
          return this.node({ kind: "Return", value }, t, this.prev);
        }
        case "global":
        case "nonlocal": {
          this.next();
          const names = [this.expectName().text];
          while (this.eatOp(",")) names.push(this.expectName().text);
          const kind = t.keyword === "global" ? "Global" : "Nonlocal";
          return this.node({ kind, names }, t, this.prev);
        }
        case "del": return this.parseDel();
        case "assert": {
          this.next();
          const test = this.parseTest();
          const msg = this.eatOp(",") ? this.parseTest() : null;
          return this.node({ kind: "Assert", test, msg }, t, this.prev);
        }
        case "import": return this.parseImport();
        case "from": return this.parseFromImport();
        case "print": return this.parsePrint();
        case "raise": {
          if (this.classic) this.unsupported(t);
          this.next();
          const exc = this.atStatementEnd() ? null : this.parseTest();
          const cause = exc && this.isKw("from") ? (this.next(), this.parseTest()) : null;
          return this.node({ kind: "Raise", exc, cause }, t, this.prev);
        }
      }
    }
    return this.parseExpressionStatement();
  }

  private parseExpressionStatement(): A.Stmt {
    const start = this.peek();
    const first = this.isKw("yield") ? this.parseYield() : this.parseStarExpressions();
    // `x := 1` as a statement must be parenthesised (CPython: invalid syntax at ':=').
    if (first.kind === "NamedExpr" && !this.parens.has(first)) {
      const starts = this.src.lineStarts;
      const op = this.src.text.indexOf(":=", starts[first.target.endLine - 1]! + first.target.endCol - 1);
      throw this.error("invalid syntax", this.offsetSpan(op, op + 2));
    }
    if (this.isOp("=")) {
      const items = [first];
      while (this.eatOp("=")) items.push(this.parseValue());
      const value = items.pop()!;
      if (items.length === 1) this.checkComparisonHint(items[0]!, value);
      for (const target of items) {
        if ((target.kind === "Yield" || target.kind === "YieldFrom") && !this.parens.has(target)) {
          throw this.error("assignment to yield expression not possible", target);
        }
        this.checkTarget(target, "assign");
      }
      return this.node({ kind: "Assign", targets: items, value }, start, this.prev);
    }
    const opTok = this.peek();
    const aug = opTok.kind === "op" ? this.augmented[opTok.text] : undefined;
    if (aug !== undefined) {
      if (first.kind !== "Name" && first.kind !== "Attribute" && first.kind !== "Subscript") {
        throw this.error(`'${describe(first)}' is an illegal expression for augmented assignment`, first);
      }
      this.next();
      const value = this.parseValue();
      return this.node({ kind: "AugAssign", target: first, op: aug, value }, start, this.prev);
    }
    if (this.isOp(":")) return this.parseAnnotated(first);
    this.checkNotStarred(first);
    if (!this.classic && first.kind === "Name" && (first.id === "print" || first.id === "exec")) {
      const n = this.peek();
      if (n.kind === "number" || n.kind === "string" ||
          (n.kind === "name" && (n.keyword === null || EXPR_KEYWORDS.has(n.keyword)))) {
        // CPython highlights the whole Python 2 statement: the name and its operands.
        const end = this.extentOf(() => this.parseStarExpressions(), first);
        throw this.error(`Missing parentheses in call to '${first.id}'. Did you mean ${first.id}(...)?`, this.span(first, end));
      }
    }
    return this.node({ kind: "ExprStmt", value: first }, start, this.prev);
  }

  /** `target: annotation [= value]`; the annotation is checked and dropped. */
  private parseAnnotated(target: A.Expr): A.Stmt {
    // Without an annotation this is no annotated assignment at all (`f(x):`).
    if (!this.canStartExpression(this.peek(1))) this.invalid();
    if (target.kind === "Tuple" || target.kind === "List") {
      throw this.error(`only single target (not ${target.kind.toLowerCase()}) can be annotated`, target);
    }
    if (target.kind !== "Name" && target.kind !== "Attribute" && target.kind !== "Subscript") {
      throw this.error("illegal target for annotation", target);
    }
    this.next();
    const annotation = this.parseTest();
    if (this.classAnnotations && target.kind === "Name") {
      this.classAnnotations.push({ name: target.id, text: this.annotationText(annotation), at: target });
    }
    if (this.eatOp("=")) {
      const value = this.parseValue();
      return this.node({ kind: "Assign", targets: [target], value, annotated: true }, target, this.prev);
    }
    if (target.kind === "Name") return this.node({ kind: "AnnotatedName", target }, target, this.prev);
    // `obj.attr: T` / `obj[key]: T` evaluate obj (and key) as CPython does, and bind nothing.
    const parts: A.Expr[] = [target.value];
    if (target.kind === "Subscript" && target.index.kind !== "Slice") parts.push(target.index);
    const value = parts.length === 1 ? parts[0]! : this.node({ kind: "Tuple", elts: parts }, target, target);
    return this.node({ kind: "ExprStmt", value }, target, this.prev);
  }

  /** Right-hand side of `=`, `return` and augmented assignment (a bare `yield` only after `=`). */
  private parseValue(yieldAllowed = true): A.Expr {
    if (yieldAllowed && this.isKw("yield")) return this.parseYield();
    const value = this.parseStarExpressions();
    this.checkNotStarred(value);
    return value;
  }

  /**
   * `f() = 1`, `x, 1 = y`: an invalid target just before the only `=`, with a plain
   * operand after it, is most likely a mistyped comparison (CPython's
   * invalid_named_expression rule and its hint).
   */
  private checkComparisonHint(target: A.Expr, value: A.Expr): void {
    const bare = (e: A.Expr) => {
      if (this.parens.has(e)) return false;
      if (e.kind !== "Tuple" || e.elts.length === 0) return true;
      const first = this.parens.get(e.elts[0]!) ?? e.elts[0]!;
      return first.line === e.line && first.col === e.col; // no `(` before the first item
    };
    const last = target.kind === "Tuple" && bare(target) ? target.elts[target.elts.length - 1]! : target;
    if (last.kind === "Tuple" || last.kind === "List" || last.kind === "GeneratorExp" || last.kind === "Const") return;
    const plain = (e: A.Expr) => !bare(e) || !(NOT_BITWISE_OR.has(e.kind) || (e.kind === "UnaryOp" && e.op === "not"));
    if (!plain(last)) return;
    if ((last.kind === "Name" && !isEllipsisToken(last)) || last.kind === "Attribute" || last.kind === "Subscript") return;
    // The value must start with a plain operand (`f() = a < b` still hints).
    let v = value.kind === "Tuple" && bare(value) ? value.elts[0]! : value;
    for (;;) {
      if (!bare(v)) break;
      if (v.kind === "Compare") v = v.left;
      else if (v.kind === "BoolOp") v = v.values[0]!;
      else if (v.kind === "IfExp") v = v.body;
      else break;
    }
    if (!plain(v)) return;
    if (target.kind === "Tuple" && !this.parens.has(target)) this.checkTarget({ ...target, elts: target.elts.slice(0, -1) }, "assign");
    const what = isEllipsisToken(last) ? "ellipsis" : describe(last);
    throw this.error(`cannot assign to ${what} here. Maybe you meant '==' instead of '='?`, this.parens.get(last) ?? last);
  }

  private checkNotStarred(e: A.Expr): void {
    if (e.kind === "Starred") throw this.error("can't use starred expression here", e);
  }

  private checkTarget(e: A.Expr, ctx: "assign" | "delete"): void {
    switch (e.kind) {
      case "Name":
        if (isEllipsisToken(e)) throw this.error(`cannot ${ctx === "delete" ? "delete" : "assign to"} ellipsis`, e);
        if (e.id === "__debug__") throw this.error(`cannot ${ctx === "delete" ? "delete" : "assign to"} __debug__`, e);
        return;
      case "Attribute": case "Subscript":
        return;
      case "Tuple": case "List": {
        // One `*name` per level of an assignment target (CPython's messages).
        let starred = false;
        for (const elt of e.elts) {
          if (elt.kind === "Starred" && ctx === "assign") {
            if (starred) throw this.error("multiple starred expressions in assignment", elt);
            starred = true;
            this.checkTarget(elt.value, ctx);
          } else this.checkTarget(elt, ctx);
        }
        return;
      }
      case "Starred":
        if (ctx === "assign") throw this.error("starred assignment target must be in a list or tuple", e);
    }
    throw this.error(`cannot ${ctx === "delete" ? "delete" : "assign to"} ${describe(e)}`, e);
  }

  /** `yield`, `yield value(s)`, `yield from iterable` (the `yield` token is next). */
  private parseYield(): A.Yield | A.YieldFrom {
    const t = this.next();
    if (this.classic) this.unsupported(t);
    if (this.isKw("from")) {
      this.next();
      const value = this.parseTest();
      return this.node({ kind: "YieldFrom", value }, t, this.prev);
    }
    const value = this.canStartExpression(this.peek()) ? this.parseValue(false) : null;
    return this.node({ kind: "Yield", value }, t, this.prev);
  }

  private parseDel(): A.Delete {
    const t = this.next();
    const targets = [this.parseTargetItem()];
    while (this.eatOp(",") && this.canStartExpression(this.peek())) targets.push(this.parseTargetItem());
    for (const target of targets) this.checkTarget(target, "delete");
    return this.node({ kind: "Delete", targets }, t, this.prev);
  }

  /** Classic `print expr`: exactly one expression (`print(x)` is a parenthesised one). */
  private parsePrint(): A.Print {
    const t = this.next();
    if (!this.canStartExpression(this.peek())) throw this.error("expected an expression after 'print'", this.peek());
    const value = this.parseTest();
    if (this.isOp(",")) throw this.error("'print' takes exactly one expression", this.peek());
    return this.node({ kind: "Print", value }, t, this.prev);
  }

  private parseDottedName(): string {
    let name = this.expectName().text;
    while (this.eatOp(".")) name += "." + this.expectName().text;
    return name;
  }

  private parseImport(): A.Import {
    const t = this.next();
    const names: A.Alias[] = [];
    do {
      const start = this.peek();
      const name = this.parseDottedName();
      const asname = this.isKw("as") ? (this.next(), this.expectName().text) : null;
      names.push(this.node({ kind: "Alias", name, asname }, start, this.prev));
    } while (this.eatOp(","));
    return this.node({ kind: "Import", names }, t, this.prev);
  }

  private parseFromImport(): A.ImportFrom {
    const t = this.next();
    let level = 0;
    while (this.isOp(".") || this.isOp("...")) level += this.next().text.length;
    let module = "";
    if (!this.isKw("import")) module = this.parseDottedName();
    else if (level === 0) this.invalid();
    if (!this.isKw("import")) this.invalid();
    this.next();
    const star = this.peek();
    if (this.eatOp("*")) return this.node({ kind: "ImportFrom", module, names: "*", level }, t, star);
    const paren = this.eatOp("(");
    const names: A.Alias[] = [];
    for (;;) {
      const start = this.expectName();
      const asname = this.isKw("as") ? (this.next(), this.expectName().text) : null;
      names.push(this.node({ kind: "Alias", name: start.text, asname }, start, this.prev));
      if (!this.isOp(",")) break;
      const comma = this.next();
      if (paren && this.isOp(")")) break;
      if (!paren && this.peek().kind !== "name") {
        throw this.error("trailing comma not allowed without surrounding parentheses", comma);
      }
    }
    if (paren) this.expectOp(")");
    return this.node({ kind: "ImportFrom", module, names, level }, t, this.prev);
  }

  /** `if`/`elif` chains are parsed iteratively, then nested as If nodes in `orelse`. */
  private parseIf(ifTok: Token): A.If {
    const clauses: { tok: Token; test: A.Expr; body: A.Stmt[] }[] = [];
    let tok = ifTok;
    let what = "'if' statement";
    let orelse: A.Stmt[] = [];
    for (;;) {
      const test = this.parseTest();
      this.expectColon(test);
      clauses.push({ tok, test, body: this.parseBlock(what, tok.line) });
      if (this.isKw("elif")) {
        tok = this.next();
        what = "'elif' statement";
        if (clauses.length >= MAX_ELIF) throw this.error("too many statically nested blocks", tok);
        continue;
      }
      if (this.isKw("else")) {
        const elseTok = this.next();
        this.expectColon(null, true);
        orelse = this.parseBlock("'else' statement", elseTok.line);
      }
      break;
    }
    for (let k = clauses.length - 1; k >= 0; k--) {
      const c = clauses[k]!;
      const last = orelse.length > 0 ? orelse[orelse.length - 1]! : c.body[c.body.length - 1]!;
      orelse = [this.node({ kind: "If", test: c.test, body: c.body, orelse }, c.tok, last)];
    }
    return orelse[0] as A.If;
  }

  /** Optional `else:` block of a loop. */
  private parseLoopElse(): A.Stmt[] {
    if (!this.isKw("else")) return [];
    const t = this.next();
    this.expectColon(null, true);
    return this.parseBlock("'else' statement", t.line);
  }

  private parseWhile(t: Token): A.While {
    const test = this.parseTest();
    this.expectColon(test);
    const body = this.parseBlock("'while' statement", t.line);
    const orelse = this.parseLoopElse();
    const last = orelse.length > 0 ? orelse[orelse.length - 1]! : body[body.length - 1]!;
    return this.node({ kind: "While", test, body, orelse }, t, last);
  }

  /** After `with`: `a as x, b` or, as CPython 3.10+, `(a as x, b,)` in parentheses. */
  private parseWith(t: Token): A.With {
    const items: A.WithItem[] = [];
    if (this.isOp("(") && this.parenthesizedWithItems()) {
      this.next();
      do {
        if (this.isOp(")")) break;
        items.push(this.parseWithItem());
      } while (this.eatOp(","));
      this.closeBracket(")", items[items.length - 1] ?? null, false);
      if (items.length === 0) this.invalid(this.prev);
    } else {
      do items.push(this.parseWithItem()); while (this.eatOp(","));
    }
    this.expectColon();
    const body = this.parseBlock("'with' statement", t.line);
    return this.node({ kind: "With", items, body }, t, body[body.length - 1]!);
  }

  /** `(` opens the items when its `)` is followed by the colon (else it starts an expression). */
  private parenthesizedWithItems(): boolean {
    let depth = 0;
    for (let k = 0; ; k++) {
      const t = this.lookahead(k);
      if (t.kind === "eof" || t.kind === "newline" || t.kind === "error") return false;
      if (t.kind !== "op") continue;
      if ("([{".includes(t.text)) depth++;
      else if (")]}".includes(t.text) && --depth === 0) {
        const after = this.lookahead(k + 1);
        return after.kind === "op" && after.text === ":";
      }
    }
  }

  private parseWithItem(): A.WithItem {
    const contextExpr = this.parseTest();
    let optionalVars: A.Expr | null = null;
    if (this.isKw("as")) {
      this.next();
      optionalVars = this.parseTargetItem();
      this.checkTarget(optionalVars, "assign");
    }
    return this.node({ kind: "WithItem", contextExpr, optionalVars }, contextExpr, optionalVars ?? contextExpr);
  }

  private parseFor(t: Token): A.For {
    const target = this.parseTargetList();
    this.checkTarget(target, "assign");
    if (!this.isKw("in")) this.invalid();
    this.next();
    const iter = this.parseValue();
    this.expectColon();
    const body = this.parseBlock("'for' statement", t.line);
    const orelse = this.parseLoopElse();
    const last = orelse.length > 0 ? orelse[orelse.length - 1]! : body[body.length - 1]!;
    return this.node({ kind: "For", target, iter, body, orelse }, t, last);
  }

  private parseDecorated(): A.FunctionDef | A.ClassDef {
    const decorators: A.Expr[] = [];
    while (this.isOp("@")) {
      this.next();
      decorators.push(this.parseTest());
      if (this.peek().kind !== "newline") this.invalid();
      this.next();
    }
    const t = this.peek();
    if (t.kind === "name" && t.keyword === "def") {
      this.next();
      return this.parseDef(decorators, t);
    }
    if (t.kind === "name" && t.keyword === "class" && !this.classic) {
      this.next();
      return this.parseClass(decorators, t);
    }
    if (t.kind === "name" && t.keyword === "async" && !this.classic) return this.parseAsync(decorators) as A.FunctionDef;
    if (t.kind === "name" && (t.keyword === "class" || t.keyword === "async")) this.unsupported(t);
    this.invalid(t);
  }

  /**
   * `async def`, `async for`, `async with` (the `async` token is next): the statement
   * flagged `isAsync`, its span from `async`. Where they may appear is the analysis'
   * business (rules.ts), as CPython reports it after parsing.
   */
  private parseAsync(decorators: A.Expr[]): A.Stmt {
    const t = this.next();
    if (this.classic) this.unsupported(t);
    const k = this.next();
    let st: A.FunctionDef | A.For | A.With;
    if (k.kind === "name" && k.keyword === "def") st = this.parseDef(decorators, t);
    else if (decorators.length) this.invalid(k);
    else if (k.kind === "name" && k.keyword === "for") st = this.parseFor(t);
    else if (k.kind === "name" && k.keyword === "with") st = this.parseWith(t);
    else this.invalid(k);
    st.isAsync = true;
    return st;
  }

  /** After `class`. Bases and keywords are parsed as a call's arguments. */
  private parseClass(decorators: A.Expr[], classTok: Token): A.ClassDef {
    const nameTok = this.expectName();
    let bases: A.Expr[] = [];
    let keywords: A.Keyword[] = [];
    if (this.isOp("(")) {
      const call = this.parseCall(this.node({ kind: "Name", id: nameTok.text }, nameTok, nameTok));
      bases = call.args;
      keywords = call.keywords;
    }
    this.expectColon(null, true);
    const outer = this.classAnnotations;
    this.classAnnotations = [];
    let body: A.Stmt[];
    try {
      body = this.parseBlock("class definition", classTok.line);
      // As CPython: a class's docstring is bound in its body as `__doc__` (after the
      // `__annotations__` withAnnotations puts first, in CPython's order).
      const first = body[0];
      if (first?.kind === "ExprStmt" && first.value.kind === "Str") {
        const { kind: _stmt, value, ...span } = first;
        body[0] = { ...span, kind: "Assign", targets: [{ ...span, kind: "Name", id: "__doc__" }], value };
      }
      body = this.withAnnotations(body, this.classAnnotations);
    } finally {
      this.classAnnotations = outer;
    }
    return this.node({ kind: "ClassDef", name: nameTok.text, bases, keywords, body, decorators }, classTok, body[body.length - 1]!);
  }

  /**
   * A class body with annotated names starts with `__annotations__ = {'x': 'T', ...}`,
   * in declaration order. The annotations are kept as their source text, as under
   * `from __future__ import annotations` (PEP 563): nothing in them is evaluated, so
   * `List[int]` needs no import of `typing` at run time.
   */
  private withAnnotations(body: A.Stmt[], annotations: { name: string; text: string; at: Span }[]): A.Stmt[] {
    if (annotations.length === 0) return body;
    const first = annotations[0]!.at;
    const seen = new Map<string, string>();
    for (const a of annotations) seen.set(a.name, a.text);
    const keys: A.Expr[] = [];
    const values: A.Expr[] = [];
    for (const [name, text] of seen) {
      keys.push(this.node({ kind: "Str", value: name }, first, first));
      values.push(this.node({ kind: "Str", value: text }, first, first));
    }
    const target = this.node({ kind: "Name", id: "__annotations__" }, first, first);
    const dict = this.node({ kind: "Dict", keys, values }, first, first);
    return [this.node({ kind: "Assign", targets: [target], value: dict }, first, first), ...body];
  }

  /**
   * An annotation's text (a class body's or a function's) as CPython keeps it under PEP 563: its source text,
   * but a lone string literal (`x: "Node"`) as the string's repr (`'Node'`), as
   * CPython's unparsing writes it.
   */
  private annotationText(n: A.Expr): string {
    // Inner string literals are written with single quotes too (`dict[str, "C"]` is
    // kept as `dict[str, 'C']`), where that needs no escape.
    if (n.kind !== "Str") return this.sourceText(n).replace(/"([^"'\\\n]*)"/g, "'$1'");
    const v = n.value;
    const q = v.includes("'") && !v.includes('"') ? '"' : "'";
    return q + v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\t/g, "\\t").replace(new RegExp(q, "g"), "\\" + q) + q;
  }

  /** The source text of a node (columns count UTF-16 units, as SourceFile.pos makes them). */
  private sourceText(n: Span): string {
    const starts = this.src.lineStarts;
    const text = this.src.text.slice(starts[n.line - 1]! + n.col - 1, starts[n.endLine - 1]! + n.endCol - 1);
    return text.replace(/\s+/g, " ").trim();
  }

  /** After `try`: except clauses, else, finally (CPython's messages for a bare try). */
  private parseTry(t: Token): A.Try {
    this.expectColon(null, true);
    const body = this.parseBlock("'try' statement", t.line);
    const handlers: A.ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.isKw("except")) {
      const et = this.next();
      const isStar = this.isOp("*");
      if (star !== null && isStar !== star) throw this.error("cannot have both 'except' and 'except*' on the same 'try'", et);
      star = isStar;
      if (isStar) {
        this.next();
        if (this.isOp(":")) throw this.error("expected one or more exception types", this.peek());
      }
      let type: A.Expr | null = null;
      let name: string | null = null;
      if (!this.isOp(":")) {
        type = this.parseTest();
        if (this.isOp(",")) {
          // `except A, B:` is Python 2; CPython asks for parentheses, under all the types.
          const types = this.extentOf(() => {
            this.next();
            const rest = this.parseStarExpressions();
            return this.isKw("as") ? (this.next(), this.expectName()) : rest;
          }, type);
          throw this.error("multiple exception types must be parenthesized", this.span(type, types));
        }
        if (this.isKw("as")) {
          this.next();
          name = this.expectName().text;
        }
      }
      if (handlers.length && handlers[handlers.length - 1]!.type === null) {
        throw this.error("default 'except:' must be last", handlers[handlers.length - 1]!);
      }
      this.expectColon(null, true);
      const hbody = this.parseBlock("'except' statement", et.line);
      handlers.push(this.node({ kind: "ExceptHandler", type, name, body: hbody }, et, hbody[hbody.length - 1]!));
    }
    let orelse: A.Stmt[] = [];
    if (handlers.length && this.isKw("else")) {
      const el = this.next();
      this.expectColon(null, true);
      orelse = this.parseBlock("'else' statement", el.line);
    }
    let finalbody: A.Stmt[] = [];
    if (this.isKw("finally")) {
      const fin = this.next();
      this.expectColon(null, true);
      finalbody = this.parseBlock("'finally' statement", fin.line);
    }
    if (!handlers.length && !finalbody.length) throw this.error("expected 'except' or 'finally' block", this.peek());
    const lastBlock = finalbody.length ? finalbody : orelse.length ? orelse : handlers[handlers.length - 1]!.body;
    const node: A.Try = this.node({ kind: "Try", body, handlers, orelse, finalbody }, t, lastBlock[lastBlock.length - 1]!);
    if (star) node.star = true;
    return node;
  }

  /** After `def`. The span starts at `def` (decorators excluded), as in CPython. */
  private parseDef(decorators: A.Expr[], defTok: Token): A.FunctionDef {
    const name = this.expectName().text;
    if (!this.isOp("(")) throw this.error("expected '('", this.peek());
    this.next();
    const annotations: { name: string; text: string }[] = [];
    const args = this.parseParameters(")", annotations);
    this.expectOp(")");
    if (this.eatOp("->")) annotations.push({ name: "return", text: this.annotationText(this.parseTest()) });
    this.expectColon(null, true);
    const outer = this.classAnnotations;
    this.classAnnotations = null;
    let body: A.Stmt[];
    try {
      body = this.parseBlock("function definition", defTok.line);
    } finally {
      this.classAnnotations = outer;
    }
    const def: A.FunctionDef = this.node({ kind: "FunctionDef", name, args, body, decorators }, defTok, body[body.length - 1]!);
    if (annotations.length) def.annotations = annotations;
    return def;
  }

  /**
   * Parameters of `def` (up to `)`; their annotations' source text is added to
   * `annotations`) or `lambda` (up to `:`; `annotations` null: none allowed).
   */
  private parseParameters(closer: string, annotations: { name: string; text: string }[] | null): A.Arguments {
    const args: A.Param[] = [];
    const kwonly: A.Param[] = [];
    let vararg: string | null = null;
    let kwarg: string | null = null;
    let star: Token | null = null;
    let posonly = 0;
    let seenDefault = false;
    const seen = new Set<string>();
    const paramName = (): Token => {
      const n = this.expectName();
      if (seen.has(n.text)) throw this.error(`duplicate argument '${n.text}' in function definition`, n);
      seen.add(n.text);
      if (annotations !== null && this.eatOp(":")) annotations.push({ name: n.text, text: this.annotationText(this.parseTest()) });
      return n;
    };
    while (!this.isOp(closer)) {
      const t = this.peek();
      if (this.isOp("**")) {
        if (star !== null && vararg === null && kwonly.length === 0) {
          throw this.error("named arguments must follow bare *", star);
        }
        this.next();
        kwarg = paramName().text;
        if (this.isOp("=")) throw this.error("var-keyword argument cannot have default value", this.peek());
        this.eatOp(",");
        if (!this.isOp(closer)) throw this.error("arguments cannot follow var-keyword argument", this.peek());
        break;
      }
      if (this.isOp("*")) {
        if (star !== null) throw this.error("* argument may appear only once", t);
        star = this.next();
        if (!this.isOp(",") && !this.isOp(closer)) {
          vararg = paramName().text;
          if (this.isOp("=")) throw this.error("var-positional argument cannot have default value", this.peek());
        }
      } else if (this.isOp("/")) {
        // PEP 570: the parameters so far are positional-only (CPython's messages).
        if (posonly > 0) throw this.error("/ may appear only once", t);
        if (star !== null) throw this.error("/ must be ahead of *", t);
        if (args.length === 0) throw this.error(this.isOp(closer, 1) ? "invalid syntax" : "at least one argument must precede /", t);
        this.next();
        posonly = args.length;
      } else {
        const n = paramName();
        const dflt = this.eatOp("=") ? this.parseTest() : null;
        const param: A.Param = this.node({ kind: "Param", name: n.text, default: dflt }, n, this.prev);
        if (star !== null) {
          kwonly.push(param);
        } else {
          if (dflt !== null) seenDefault = true;
          else if (seenDefault) throw this.error("non-default argument follows default argument", n);
          args.push(param);
        }
      }
      if (!this.eatOp(",")) break;
    }
    if (star !== null && vararg === null && kwonly.length === 0) {
      throw this.error("named arguments must follow bare *", star);
    }
    return { args, posonly, vararg, kwonly, kwarg };
  }

  // ------------------------------------------------------------- expressions

  /** star_expressions: `a`, `a, *b,` (a Tuple when there is a comma). */
  private parseStarExpressions(): A.Expr {
    const first = this.parseStarOrTest();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (!this.canStartExpression(this.peek())) break;
      elts.push(this.parseStarOrTest());
    }
    return this.node({ kind: "Tuple", elts }, first, this.prev);
  }

  private parseStarOrTest(): A.Expr {
    if (!this.isOp("*")) return this.parseTest();
    const t = this.next();
    const value = this.parseBinary(1);
    return this.node({ kind: "Starred", value }, t, value);
  }

  /** Targets of `for` (in statements and comprehensions): stops before `in`. */
  private parseTargetList(): A.Expr {
    const first = this.parseTargetItem();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isKw("in") || !this.canStartExpression(this.peek())) break;
      elts.push(this.parseTargetItem());
    }
    return this.node({ kind: "Tuple", elts }, first, this.prev);
  }

  private parseTargetItem(): A.Expr {
    if (!this.isOp("*")) return this.parseBinary(1);
    const t = this.next();
    const value = this.parseBinary(1);
    return this.node({ kind: "Starred", value }, t, value);
  }

  /** test: lambda | or_test ['if' or_test 'else' test]. Every nested expression passes here. */
  private parseTest(): A.Expr {
    const start = this.peek();
    this.deeper(start);
    let e: A.Expr;
    if (start.kind === "name" && start.keyword === "lambda") {
      e = this.parseLambda();
    } else {
      e = this.parseOr();
      if (this.isKw("if")) {
        this.next();
        const test = this.parseOr();
        if (!this.isKw("else")) {
          if (this.isOp(":")) this.invalid();
          throw this.error("expected 'else' after 'if' expression", this.span(e, test));
        }
        this.next();
        const orelse = this.parseTest();
        e = this.node({ kind: "IfExp", test, body: e, orelse }, e, orelse);
      } else if (this.isOp(":=")) {
        if (e.kind !== "Name") throw this.error(`cannot use assignment expressions with ${describeNamedTarget(e)}`, e);
        this.next();
        const value = this.parseTest();
        e = this.node({ kind: "NamedExpr", target: e, value }, e, value);
      }
    }
    this.depth--;
    return e;
  }

  private parseLambda(): A.Lambda {
    const t = this.next();
    const args = this.parseParameters(":", null);
    if (!this.isOp(":")) this.invalid();
    this.next();
    const body = this.parseTest();
    return this.node({ kind: "Lambda", args, body }, t, body);
  }

  private parseOr(): A.Expr {
    const first = this.parseAnd();
    if (!this.isKw("or")) return first;
    const values = [first];
    while (this.isKw("or")) {
      this.next();
      values.push(this.parseAnd());
    }
    return this.node({ kind: "BoolOp", op: "or", values }, first, this.prev);
  }

  private parseAnd(): A.Expr {
    const first = this.parseNot();
    if (!this.isKw("and")) return first;
    const values = [first];
    while (this.isKw("and")) {
      this.next();
      values.push(this.parseNot());
    }
    return this.node({ kind: "BoolOp", op: "and", values }, first, this.prev);
  }

  /** `not` (classic also `!`) chains are collected iteratively. */
  private parseNot(): A.Expr {
    const base = this.depth;
    const nots: Token[] = [];
    while (this.isKw("not") || (this.classic && this.isOp("!"))) {
      nots.push(this.next());
      this.deeper(nots[nots.length - 1]!);
    }
    let e = this.parseComparison();
    for (let k = nots.length - 1; k >= 0; k--) {
      e = this.node({ kind: "UnaryOp", op: "not", operand: e }, nots[k]!, e);
    }
    this.depth = base;
    return e;
  }

  private parseComparison(): A.Expr {
    const left = this.parseBinary(1);
    let op = this.compareOperator();
    if (op === null) return left;
    const ops: A.CompareOperator[] = [];
    const comparators: A.Expr[] = [];
    while (op !== null) {
      ops.push(op);
      comparators.push(this.parseBinary(1));
      op = this.compareOperator();
    }
    return this.node({ kind: "Compare", left, ops, comparators }, left, this.prev);
  }

  /** Consumes a comparison operator if one is next. */
  private compareOperator(): A.CompareOperator | null {
    const t = this.peek();
    if (t.kind === "op") {
      switch (t.text) {
        case "<": case ">": case "==": case ">=": case "<=": case "!=":
          this.next();
          return t.text;
        case "<>":
          this.next();
          return "!=";
      }
      return null;
    }
    if (t.kind !== "name") return null;
    if (t.keyword === "in") {
      this.next();
      return "in";
    }
    if (t.keyword === "is") {
      this.next();
      if (this.isKw("not")) {
        this.next();
        return "is not";
      }
      return "is";
    }
    if (t.keyword === "not" && this.isKw("in", 1)) {
      this.next();
      this.next();
      return "not in";
    }
    return null;
  }

  /** Precedence climbing over `|` … `*`; left-associative. Recursion depth ≤ number of levels. */
  private parseBinary(minPrec: number): A.Expr {
    let left = this.parseUnary();
    const base = this.depth;
    for (;;) {
      const t = this.peek();
      if (t.kind !== "op") break;
      const info = this.binary[t.text];
      if (info === undefined || info.prec < minPrec) break;
      this.next();
      this.deeper(t);
      const right = this.parseBinary(info.prec + 1);
      left = this.node({ kind: "BinOp", op: info.op, left, right }, left, right);
    }
    this.depth = base;
    return left;
  }

  private parseUnary(): A.Expr {
    const base = this.depth;
    const ops: Token[] = [];
    for (;;) {
      const t = this.peek();
      if (t.kind !== "op" || (t.text !== "-" && t.text !== "+" && t.text !== "~")) break;
      ops.push(this.next());
      this.deeper(t);
    }
    let e = this.parsePower();
    for (let k = ops.length - 1; k >= 0; k--) {
      const op = ops[k]!;
      e = this.node({ kind: "UnaryOp", op: op.text as A.UnaryOperator, operand: e }, op, e);
    }
    this.depth = base;
    return e;
  }

  /** Python 3 `**`: right-associative, binds tighter than a unary operator on its left. */
  private parsePower(): A.Expr {
    const base = this.isKw("await") && !this.classic ? this.parseAwait() : this.parsePrimary();
    if (this.classic || !this.isOp("**")) return base;
    const t = this.next();
    this.deeper(t);
    const exponent = this.parseUnary();
    this.depth--;
    return this.node({ kind: "BinOp", op: "**", left: base, right: exponent }, base, exponent);
  }

  /** `await primary` (binds tighter than `**` on its right, as CPython's await_primary). */
  private parseAwait(): A.YieldFrom {
    const t = this.next();
    this.deeper(t);
    const value = this.parsePrimary();
    this.depth--;
    return this.node({ kind: "YieldFrom", value, isAwait: true }, t, value);
  }

  private parsePrimary(): A.Expr {
    let e = this.parseAtom();
    const base = this.depth;
    for (;;) {
      const t = this.peek();
      if (t.kind !== "op") break;
      if (t.text === "(") {
        this.deeper(t);
        e = this.parseCall(e);
      } else if (t.text === "[") {
        this.deeper(t);
        e = this.parseSubscript(e);
      } else if (t.text === ".") {
        this.deeper(t);
        this.next();
        const attr = this.expectName();
        e = this.node({ kind: "Attribute", value: e, attr: attr.text }, e, attr);
      } else {
        break;
      }
    }
    this.depth = base;
    return e;
  }

  private parseCall(func: A.Expr): A.Call {
    const open = this.next();
    let generator: A.GeneratorExp | null = null;
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    const names = new Set<string>();
    let sawKeyword = false;
    let sawDoubleStar = false;
    let last: A.Expr | null = null;
    // CPython finds a positional argument after keywords once it has read all the
    // arguments: it reports it at the token after them, the closing parenthesis.
    let misplaced: string | null = null;
    while (!this.isOp(")")) {
      const t = this.peek();
      if (this.isOp("*")) {
        this.next();
        const value = this.parseTest();
        if (sawDoubleStar) {
          throw this.error("iterable argument unpacking follows keyword argument unpacking", t);
        }
        args.push(this.node({ kind: "Starred", value }, t, value));
        last = value;
      } else if (this.isOp("**")) {
        this.next();
        const value = this.parseTest();
        keywords.push(this.node({ kind: "Keyword", name: null, value }, t, value));
        sawDoubleStar = true;
        last = value;
      } else {
        const e = this.parseTest();
        last = e;
        if (this.isOp("=")) {
          if (e.kind !== "Name") throw this.error('expression cannot contain assignment, perhaps you meant "=="?', this.span(e, this.peek()));
          this.next();
          const value = this.parseTest();
          if (names.has(e.id)) throw this.error(`keyword argument repeated: ${e.id}`, this.span(e, value));
          names.add(e.id);
          keywords.push(this.node({ kind: "Keyword", name: e.id, value }, e, value));
          sawKeyword = true;
          last = value;
        } else if (this.isKw("for") || this.isKw("async")) {
          const generators = this.parseComprehensions();
          const gen: A.GeneratorExp = this.node({ kind: "GeneratorExp", elt: e, generators }, e, this.prev);
          if (args.length > 0 || keywords.length > 0 || this.isOp(",")) {
            throw this.error("Generator expression must be parenthesized", gen);
          }
          args.push(gen);
          generator = gen;
          last = null;
        } else {
          if (sawDoubleStar) misplaced ??= "positional argument follows keyword argument unpacking";
          else if (sawKeyword) misplaced ??= "positional argument follows keyword argument";
          args.push(e);
        }
      }
      if (!this.eatOp(",")) break;
    }
    if (misplaced !== null) throw this.error(misplaced, this.peek());
    const close = this.closeBracket(")", last, false);
    // A generator that is the sole argument shares the call's parentheses.
    if (generator !== null) Object.assign(generator, this.span(open, close));
    return this.node({ kind: "Call", func, args, keywords }, func, close);
  }

  private parseSubscript(value: A.Expr): A.Subscript {
    this.next();
    const items: (A.Expr | A.Slice)[] = [];
    let tuple = false;
    for (;;) {
      const item = this.parseSliceItem();
      items.push(item);
      if (item.kind === "Starred") tuple = true;
      if (!this.eatOp(",")) break;
      tuple = true;
      if (this.isOp("]")) break;
    }
    const close = this.closeBracket("]", items[items.length - 1]!);
    const first = items[0]!;
    const index: A.Expr | A.Slice = tuple
      ? this.node({ kind: "Tuple", elts: items as A.Expr[] }, first, items[items.length - 1]!)
      : first;
    return this.node({ kind: "Subscript", value, index }, value, close);
  }

  private parseSliceItem(): A.Expr | A.Slice {
    const start = this.peek();
    if (this.isOp("*")) return this.parseStarOrTest();
    const lower = this.isOp(":") ? null : this.parseTest();
    if (!this.isOp(":")) return lower!;
    this.next();
    const boundary = () => this.isOp(":") || this.isOp(",") || this.isOp("]");
    const upper = boundary() ? null : this.parseTest();
    let step: A.Expr | null = null;
    if (this.eatOp(":") && !this.isOp(",") && !this.isOp("]")) step = this.parseTest();
    return this.node({ kind: "Slice", lower, upper, step }, start, this.prev);
  }

  private parseComprehensions(): A.Comprehension[] {
    const generators: A.Comprehension[] = [];
    while (this.isKw("for") || this.isKw("async")) {
      const t = this.next();
      const isAsync = t.keyword === "async";
      if (isAsync) {
        if (this.classic) this.unsupported(t);
        if (!this.isKw("for")) this.invalid();
        this.next();
      }
      const target = this.parseTargetList();
      this.checkTarget(target, "assign");
      if (!this.isKw("in")) {
        // `[x for x range(3)]`: inside brackets, CPython reads a missing comma
        this.checkMissingComma(target.kind === "Tuple" ? target.elts[target.elts.length - 1]! : target);
        this.invalid();
      }
      this.next();
      const iter = this.parseOr();
      const ifs: A.Expr[] = [];
      while (this.isKw("if")) {
        this.next();
        ifs.push(this.parseOr());
      }
      const g: A.Comprehension = this.node({ kind: "Comprehension", target, iter, ifs }, t, this.prev);
      if (isAsync) g.isAsync = true;
      generators.push(g);
    }
    return generators;
  }

  private parseAtom(): A.Expr {
    const t = this.peek();
    switch (t.kind) {
      case "name":
        if (t.keyword === null) {
          this.next();
          if (this.classic && t.text.toLowerCase() === "native" && this.peek().kind === "name" &&
              this.peek().line === t.line) {
            throw this.error("'native' function calls are not supported", t);
          }
          return this.node({ kind: "Name", id: t.text }, t, t);
        }
        switch (t.keyword) {
          case "True": this.next(); return this.node({ kind: "Const", value: true }, t, t);
          case "False": this.next(); return this.node({ kind: "Const", value: false }, t, t);
          case "None": this.next(); return this.node({ kind: "Const", value: null }, t, t);
          // A `yield` expression stands alone or in parentheses (parseYield).
          case "yield": this.invalid(t);
          case "await": this.unsupported(t);
        }
        break;
      case "number":
        this.next();
        if (t.isImaginary) {
          // `2j` is complex(0, 2.0): the built-in class (vm/complex.ts), which a program does not rebind.
          if (this.classic) throw this.error("complex numbers are not supported", t);
          const func = this.node({ kind: "Name", id: "complex" }, t, t);
          const zero = this.node({ kind: "Int", value: 0, text: "0" }, t, t);
          const imag = this.node({ kind: "Float", value: t.value }, t, t);
          return this.node({ kind: "Call", func, args: [zero, imag], keywords: [] }, t, t);
        }
        if (t.isFloat) return this.node({ kind: "Float", value: t.value }, t, t);
        return this.node({ kind: "Int", value: t.value, text: t.text }, t, t);
      case "string":
        return this.parseStrings();
      case "op":
        switch (t.text) {
          case "(": return this.parseParen();
          case "[": return this.parseList();
          case "{": return this.parseBrace();
          // The same object as the built-in name, which a program does not rebind.
          case "...": this.next(); return this.node({ kind: "Name", id: "Ellipsis" }, t, t);
        }
        break;
    }
    this.invalid(t);
  }

  private parseParen(): A.Expr {
    const open = this.next();
    if (this.isOp(")")) return this.node({ kind: "Tuple", elts: [] }, open, this.next());
    if (this.isKw("yield")) {
      const y = this.parseYield();
      const close = this.expectOp(")");
      this.parens.set(y, this.span(open, close));
      return y;
    }
    const first = this.parseStarOrTest();
    if (this.isKw("for") || this.isKw("async")) {
      if (first.kind === "Starred") throw this.error("iterable unpacking cannot be used in comprehension", first);
      const generators = this.parseComprehensions();
      return this.node({ kind: "GeneratorExp", elt: first, generators }, open, this.expectOp(")"));
    }
    if (this.isOp(",")) {
      const elts = [first];
      while (this.eatOp(",")) {
        if (this.isOp(")")) break;
        elts.push(this.parseStarOrTest());
      }
      return this.node({ kind: "Tuple", elts }, open, this.closeBracket(")", elts[elts.length - 1]!));
    }
    const close = this.closeBracket(")", first);
    if (first.kind === "Starred") throw this.error("cannot use starred expression here", first);
    this.parens.set(first, this.span(open, close));
    return first;
  }

  private parseList(): A.Expr {
    const open = this.next();
    if (this.isOp("]")) return this.node({ kind: "List", elts: [] }, open, this.next());
    const first = this.parseStarOrTest();
    if (this.isKw("for") || this.isKw("async")) {
      if (first.kind === "Starred") throw this.error("iterable unpacking cannot be used in comprehension", first);
      const generators = this.parseComprehensions();
      return this.node({ kind: "ListComp", elt: first, generators }, open, this.expectOp("]"));
    }
    const elts = [first];
    this.displayRest(elts, "]");
    return this.node({ kind: "List", elts }, open, this.closeBracket("]", elts[elts.length - 1]!));
  }

  /**
   * The elements of a list or set display after its first, up to `closer`. A `for`
   * after several elements (or a trailing comma) is CPython's hint for a comprehension
   * whose tuple target lost its parentheses (`[a, b for a, b in pairs]`), under the
   * elements.
   */
  private displayRest(elts: A.Expr[], closer: "]" | "}"): void {
    // (As CPython's rule, only where the `for` clauses themselves parse: else their own error.)
    const hint = (end: Span) => {
      this.parseComprehensions();
      return this.error("did you forget parentheses around the comprehension target?", this.span(elts[0]!, end));
    };
    for (;;) {
      const comma = this.peek();
      if (!this.eatOp(",")) break;
      if (this.isKw("for") || this.isKw("async")) throw hint(comma);
      if (this.isOp(closer)) break;
      elts.push(this.parseStarOrTest());
      if (this.isKw("for") || this.isKw("async")) throw hint(elts[elts.length - 1]!);
    }
  }

  private parseBrace(): A.Expr {
    const open = this.next();
    if (this.isOp("}")) return this.node({ kind: "Dict", keys: [], values: [] }, open, this.next());
    // `**m` in a dict display: a null key, as in CPython's AST.
    const entry = (keys: (A.Expr | null)[], values: A.Expr[]) => {
      if (this.eatOp("**")) {
        keys.push(null);
        values.push(this.parseBinary(1));
        return;
      }
      const key = this.parseTest();
      if (!this.isOp(":")) throw this.keyWithoutColon(key);
      this.next();
      keys.push(key);
      values.push(this.parseTest());
    };
    if (this.isOp("**")) {
      const star = this.peek();
      const keys: (A.Expr | null)[] = [];
      const values: A.Expr[] = [];
      entry(keys, values);
      if (this.isKw("for") || this.isKw("async")) throw this.error("dict unpacking cannot be used in dict comprehension", this.span(star, values[0]));
      return this.dictRest(open, keys, values, entry);
    }
    const first = this.parseStarOrTest();
    if (first.kind !== "Starred" && this.isOp(":")) {
      this.next();
      const value = this.parseTest();
      if (this.isKw("for") || this.isKw("async")) {
        const generators = this.parseComprehensions();
        return this.node({ kind: "DictComp", key: first, value, generators }, open, this.expectOp("}"));
      }
      return this.dictRest(open, [first], [value], entry);
    }
    if (this.isKw("for") || this.isKw("async")) {
      if (first.kind === "Starred") throw this.error("iterable unpacking cannot be used in comprehension", first);
      const generators = this.parseComprehensions();
      return this.node({ kind: "SetComp", elt: first, generators }, open, this.expectOp("}"));
    }
    const elts = [first];
    this.displayRest(elts, "}");
    return this.node({ kind: "Set", elts }, open, this.closeBracket("}", elts[elts.length - 1]!));
  }

  /** CPython's error for a dict key without its ':', at the key's last character. */
  private keyWithoutColon(key: A.Expr): EPythonSyntaxError {
    const k = this.parens.get(key) ?? key;
    return this.error("':' expected after dictionary key", { line: k.endLine, col: k.endCol - 1 });
  }

  /** The entries of a dict display after its first one, and the closing brace. */
  private dictRest(open: Token, keys: (A.Expr | null)[], values: A.Expr[], entry: (k: (A.Expr | null)[], v: A.Expr[]) => void): A.Expr {
    while (this.eatOp(",")) {
      if (this.isOp("}")) break;
      entry(keys, values);
    }
    return this.node({ kind: "Dict", keys, values }, open, this.closeBracket("}", values[values.length - 1]!, false));
  }

  // ----------------------------------------------------------------- strings

  /** Adjacent literals concatenate; any f-string among them makes the whole an FString. */
  private parseStrings(): A.Expr {
    const toks: Token[] = [];
    while (this.peek().kind === "string") toks.push(this.next());
    const first = toks[0]!;
    const last = toks[toks.length - 1]!;
    if (toks[0]!.str!.bytes || toks.some((t) => t.str!.bytes)) return this.parseBytes(toks);
    if (!toks.some((t) => t.str!.fstring)) {
      let value = "";
      for (const t of toks) value += this.stringValue(t);
      return this.node({ kind: "Str", value }, first, last);
    }
    const parts: Part[] = [];
    for (const t of toks) {
      const s = t.str!;
      if (s.fstring) this.fstringBody(s.contentStart, s.contentEnd, s.raw || this.classic, parts, 0, false);
      else addText(parts, this.stringValue(t));
    }
    return this.node({ kind: "FString", parts }, first, last);
  }

  /**
   * Adjacent bytes literals (b'..' rb'..'): one Bytes node whose value holds the bytes
   * as code units 0..255. CPython's errors: no mixing with str literals, ASCII only.
   */
  private parseBytes(toks: Token[]): A.Expr {
    if (this.classic) throw this.error("bytes literals are not supported in the classic dialect", toks[0]!);
    let value = "";
    for (const t of toks) {
      const s = t.str!;
      if (!s.bytes) throw this.error("cannot mix bytes and nonbytes literals", t);
      const body = this.src.text.slice(s.contentStart, s.contentEnd);
      if (/[^\x00-\x7f]/.test(body)) throw this.error("bytes can only contain ASCII literal characters", t);
      value += s.raw ? normaliseNewlines(body) : decodeEscapes(this.src, s.contentStart, s.contentEnd, s.contentStart, true);
    }
    return this.node({ kind: "Bytes", value }, toks[0]!, toks[toks.length - 1]!);
  }

  private stringValue(t: Token): string {
    const s = t.str!;
    if (s.raw || this.classic) return normaliseNewlines(this.src.text.slice(s.contentStart, s.contentEnd));
    return decodeEscapes(this.src, s.contentStart, s.contentEnd, s.contentStart);
  }

  private offsetSpan(from: number, to: number): Span {
    const a = this.src.pos(from);
    const b = this.src.pos(to);
    return { line: a.line, col: a.col, endLine: b.line, endCol: b.col };
  }

  /**
   * Scans f-string text in `[from, to)`: literal text (with `{{`/`}}` and, unless
   * raw, escapes) and replacement fields. In a format spec (`inSpec`) it stops at
   * the `}` closing the field and returns its offset.
   */
  private fstringBody(from: number, to: number, raw: boolean, parts: Part[], nest: number, inSpec: boolean): number {
    const s = this.src.text;
    let run = from;
    const flush = (end: number) => {
      if (end > run) {
        addText(parts, raw ? normaliseNewlines(s.slice(run, end)) : decodeEscapes(this.src, run, end, from));
      }
    };
    let i = from;
    while (i < to) {
      const c = s[i];
      if (c === "{") {
        flush(i);
        if (!inSpec && i + 1 < to && s[i + 1] === "{") {
          addText(parts, "{");
          i += 2;
        } else {
          i = this.fstringField(i, to, raw, parts, nest);
        }
        run = i;
      } else if (c === "}") {
        flush(i);
        if (inSpec) return i;
        if (!(i + 1 < to && s[i + 1] === "}")) throw this.fstringError("f-string: single '}' is not allowed");
        addText(parts, "}");
        i += 2;
        run = i;
      } else if (c === "\\" && !raw) {
        // The braces of a \N{NAME} escape are the escape's (decodeEscapes reads it).
        const close = s[i + 1] === "N" && s[i + 2] === "{" ? s.indexOf("}", i + 3) : -1;
        if (close >= 0 && close < to) i = close + 1;
        else i += s[i + 1] === "{" || s[i + 1] === "}" ? 1 : 2;
      } else {
        i++;
      }
    }
    flush(to);
    if (inSpec) throw this.fstringError("f-string: expecting '}'");
    return to;
  }

  /** A replacement field opening at `open`; returns the offset after its `}`. */
  private fstringField(open: number, to: number, raw: boolean, parts: Part[], nest: number): number {
    const s = this.src.text;
    if (nest >= 2) throw this.fstringError("f-string: expressions nested too deeply");
    const exprStart = open + 1;
    // Find the end of the expression: the first `!`, `:`, `=` or `}` outside
    // brackets and nested strings (pre-3.12 rules: no backslash, no comment).
    let j = exprStart;
    const brackets: string[] = [];
    let quote: string | null = null;
    for (; j < to; j++) {
      const c = s[j]!;
      if (quote !== null) {
        if (c === "\\") throw this.fstringError("f-string expression part cannot include a backslash");
        if (s.startsWith(quote, j)) {
          j += quote.length - 1;
          quote = null;
        }
        continue;
      }
      if (c === "\\") throw this.fstringError("f-string expression part cannot include a backslash");
      if (c === "'" || c === '"') {
        quote = s.startsWith(c + c + c, j) && j + 2 < to ? c + c + c : c;
        j += quote.length - 1;
      } else if (c === "(" || c === "[" || c === "{") {
        brackets.push(c);
      } else if (c === ")" || c === "]" || c === "}") {
        const opener = brackets.pop();
        if (opener === undefined) {
          if (c === "}") break;
          throw this.fstringError(`f-string: unmatched '${c}'`);
        }
        if (CLOSER[opener] !== c) {
          throw this.fstringError(`f-string: closing parenthesis '${c}' does not match opening parenthesis '${opener}'`);
        }
      } else if (c === "#") {
        throw this.fstringError("f-string expression part cannot include '#'");
      } else if (brackets.length === 0) {
        const n = s[j + 1];
        if (c === ":") break;
        if (c === "!") {
          if (n !== "=") break;
          j++;
        } else if (c === "=" || c === "<" || c === ">") {
          if (n === "=") j++;
          else if (c === "=") break;
        }
      }
    }
    if (j >= to || quote !== null) throw this.fstringError("f-string: expecting '}'");
    const exprEnd = j;
    if (s.slice(exprStart, exprEnd).trim() === "") {
      throw this.fstringError("f-string: empty expression not allowed");
    }
    const value = this.parseFieldExpression(exprStart, exprEnd);
    let debugText: string | null = null;
    if (s[j] === "=") {
      j++;
      while (j < to && /\s/.test(s[j]!)) j++;
      debugText = s.slice(exprStart, j);
    }
    let conversion: A.FormattedValue["conversion"] = null;
    if (s[j] === "!") {
      const c = s[j + 1];
      if ((c !== "r" && c !== "s" && c !== "a") || j + 1 >= to) {
        throw this.fstringError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = c;
      j += 2;
      if (j >= to || (s[j] !== ":" && s[j] !== "}")) throw this.fstringError("f-string: expecting '}'");
    }
    let formatSpec: A.FString | null = null;
    if (s[j] === ":") {
      const specParts: Part[] = [];
      const stop = this.fstringBody(j + 1, to, raw, specParts, nest + 1, true);
      formatSpec = { kind: "FString", parts: specParts, ...this.offsetSpan(j + 1, stop) };
      j = stop;
    }
    if (j >= to || s[j] !== "}") throw this.fstringError("f-string: expecting '}'");
    if (debugText !== null) {
      addText(parts, debugText);
      if (conversion === null && formatSpec === null) conversion = "r";
    }
    parts.push({ kind: "FormattedValue", value, conversion, formatSpec, ...this.offsetSpan(open, j + 1) });
    return j + 1;
  }

  /**
   * An error found scanning an f-string. CPython 3.11 finds it after reading the
   * string's tokens, and so reports it at the token after them.
   */
  private fstringError(message: string): EPythonSyntaxError {
    return this.error(message, this.peek());
  }

  /**
   * The expression of a replacement field, tokenized in place so positions are exact.
   * CPython 3.11 parses it in parentheses, `(expr)` (so `yield` needs none, and two
   * expressions side by side read as a missing comma), prefixes the parser's errors
   * with "f-string: " and shows them in that `(expr)` (see `inFieldText`).
   */
  private parseFieldExpression(from: number, to: number): A.Expr {
    const sub = new Parser(this.src, new TokenStream(this.src, from, to, "fexpr"), this.depth);
    try {
      const value = sub.isKw("yield") ? sub.parseYield() : sub.parseStarExpressions();
      if (sub.peek().kind !== "eof") {
        sub.checkMissingComma(value);
        sub.invalid();
      }
      if (value.kind === "Starred") throw sub.error("cannot use starred expression here", value);
      return value;
    } catch (e) {
      if (!(e instanceof EPythonSyntaxError) || e.message.startsWith("f-string")) throw e;
      const lexical = sub.tokens.drain().error === e;
      throw this.inFieldText(lexical ? e.message : `f-string: ${e.message}`, e, from, to);
    }
  }

  /**
   * The error `e` found in the field expression `[from, to)` as CPython 3.11 shows it:
   * on the expression's line but in the text `(expr)` it parsed, columns counted there.
   * (A field written over several lines keeps the file's text.)
   */
  private inFieldText(message: string, e: EPythonSyntaxError, from: number, to: number): EPythonSyntaxError {
    const expr = this.src.text.slice(from, to);
    const start = this.src.pos(from);
    if (expr.includes("\n") || e.line !== start.line || e.endLine !== e.line) return this.error(message, e, e.kind);
    const shift = 2 - start.col; // the `(` before the expression
    const pos: Span = { line: e.line, col: e.col + shift, endLine: e.line, endCol: e.endCol + shift };
    return new EPythonSyntaxError(message, this.src.file, pos, "\n".repeat(e.line - 1) + `(${expr})`, e.kind);
  }
}
