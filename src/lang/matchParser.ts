// The `match` statement's grammar (PEP 634) and CPython's compile-time checks of
// its patterns. The main parser (parser.ts) recognises the soft keyword and hands
// over here through `PatternHost`, a narrow view of its token access and of the
// few expression parsers a pattern reuses (literals, the subject, guards, blocks).
//
// Patterns are not expressions: `a.b` is a value, `a` a capture, `Cls(...)` a
// class pattern, and only literals (with CPython's signed/complex number forms)
// may appear where an expression would be. The checks that CPython makes while
// compiling a match (unreachable cases, repeated names, alternatives binding
// different names) are made here, once the whole statement is parsed, so a
// malformed match never reaches the analysis.

import type * as A from "./ast.js";
import type { EPythonSyntaxError, SourcePos, Span } from "./diagnostics.js";
import type { Token } from "./tokenizer.js";

type Bare<T> = T extends unknown ? Omit<T, keyof Span> : never;

/** What the pattern parser needs from the main parser. */
export interface PatternHost {
  peek(k?: number): Token;
  next(): Token;
  /** Last consumed token (where a node ends). */
  prev(): Token;
  isOp(op: string, k?: number): boolean;
  eatOp(op: string): boolean;
  expectOp(op: string): Token;
  expectColon(): Token;
  error(message: string, at: SourcePos, kind?: string): EPythonSyntaxError;
  invalid(tok?: Token): never;
  node<T extends Bare<A.Node>>(n: T, start: Span | SourcePos, end: Span): T & Span;
  /** A literal atom: number (imaginary too) or adjacent strings. */
  atom(): A.Expr;
  /** `match`'s subject: star_named_expressions. */
  subject(): A.Expr;
  /** A guard: named_expression. */
  guard(): A.Expr;
  block(what: string, line: number): A.Stmt[];
  /** Nesting guard (every nested pattern passes here), and its release. */
  deeper(at: SourcePos): void;
  shallower(): void;
}

/** After the `match` soft keyword (already consumed, `kw`): the whole statement. */
export function parseMatch(h: PatternHost, kw: Token): A.Match {
  const subject = h.subject();
  h.expectColon();
  const nl = h.peek();
  if (nl.kind !== "newline") h.invalid(nl);
  h.next();
  const ind = h.peek();
  if (ind.kind !== "indent") {
    throw h.error(`expected an indented block after 'match' statement on line ${kw.line}`, ind, "IndentationError");
  }
  h.next();
  const cases: A.MatchCase[] = [];
  for (;;) {
    const t = h.peek();
    if (t.kind === "dedent" || t.kind === "eof") break;
    if (t.kind !== "name" || t.text !== "case" || t.keyword !== null) h.invalid(t);
    h.next();
    const pattern = parsePatterns(h);
    let guard: A.Expr | null = null;
    if (h.peek().kind === "name" && h.peek().keyword === "if") {
      h.next();
      guard = h.guard();
    }
    h.expectColon();
    const body = h.block("'case' statement", t.line);
    cases.push(h.node({ kind: "MatchCase", pattern, guard, body }, t, body[body.length - 1]!));
  }
  if (cases.length === 0) h.invalid(h.peek());
  h.next();
  const m = h.node({ kind: "Match", subject, cases }, kw, cases[cases.length - 1]!);
  checkMatch(h, m);
  return m;
}

/** patterns: open_sequence_pattern | pattern (`case a, *b:` is a sequence). */
function parsePatterns(h: PatternHost): A.Pattern {
  const first = parseMaybeStar(h);
  if (!h.isOp(",")) {
    if (first.kind === "MatchStar") h.invalid(h.peek());
    return first;
  }
  const patterns = [first];
  while (h.eatOp(",")) {
    if (h.isOp(":") || (h.peek().kind === "name" && h.peek().keyword === "if")) break;
    patterns.push(parseMaybeStar(h));
  }
  return sequence(h, patterns, first, h.prev());
}

function parseMaybeStar(h: PatternHost): A.Pattern {
  if (!h.isOp("*")) return parsePattern(h);
  const star = h.next();
  const name = captureName(h);
  return h.node({ kind: "MatchStar", name: name.text === "_" ? null : name.text }, star, name);
}

/** A NAME usable as a capture target. */
function captureName(h: PatternHost): Token {
  const t = h.peek();
  if (t.kind !== "name" || t.keyword !== null) h.invalid(t);
  return h.next();
}

/** pattern: or_pattern ['as' NAME] */
function parsePattern(h: PatternHost): A.Pattern {
  const start = h.peek();
  h.deeper(start);
  const alts = [parseClosed(h)];
  while (h.eatOp("|")) alts.push(parseClosed(h));
  let p: A.Pattern = alts.length === 1 ? alts[0]! : h.node({ kind: "MatchOr", patterns: alts }, alts[0]!, alts[alts.length - 1]!);
  if (h.peek().kind === "name" && h.peek().keyword === "as") {
    h.next();
    const name = h.peek();
    if (name.kind === "name" && name.keyword === null && name.text === "_") {
      throw h.error("cannot use '_' as a target", name);
    }
    captureName(h);
    p = h.node({ kind: "MatchAs", pattern: p, name: name.text }, p, name);
  }
  h.shallower();
  return p;
}

function sequence(h: PatternHost, patterns: A.Pattern[], start: Span, end: Span): A.MatchSequence {
  const seq = h.node({ kind: "MatchSequence", patterns }, start, end);
  if (patterns.filter((p) => p.kind === "MatchStar").length > 1) {
    throw h.error("multiple starred names in sequence pattern", seq);
  }
  return seq;
}

function parseClosed(h: PatternHost): A.Pattern {
  const t = h.peek();
  switch (t.kind) {
    case "number": return literal(h);
    case "string": {
      const value = h.atom();
      if (value.kind === "FString") throw h.error("patterns may only match literals and attribute lookups", value);
      return h.node({ kind: "MatchValue", value }, value, value);
    }
    case "name":
      switch (t.keyword) {
        case "None": h.next(); return h.node({ kind: "MatchSingleton", value: null }, t, t);
        case "True": h.next(); return h.node({ kind: "MatchSingleton", value: true }, t, t);
        case "False": h.next(); return h.node({ kind: "MatchSingleton", value: false }, t, t);
        case null: return nameOrClass(h);
      }
      break;
    case "op":
      switch (t.text) {
        case "-": return literal(h);
        case "(": case "[": return bracketed(h);
        case "{": return mapping(h);
      }
      break;
  }
  h.invalid(t);
}

/** A signed number, or a complex literal `[-]real (+|-) imag j`. */
function literal(h: PatternHost): A.MatchValue {
  const signed = (): A.Expr => {
    const minus = h.isOp("-") ? h.next() : null;
    if (h.peek().kind !== "number") h.invalid(h.peek());
    const n = h.atom();
    return minus ? h.node({ kind: "UnaryOp", op: "-", operand: n }, minus, n) : n;
  };
  const isImaginary = (): boolean => h.peek().kind === "number" && h.peek().isImaginary;
  const realImag = !isImaginary() && !(h.isOp("-") && h.peek(1).isImaginary);
  let value = signed();
  if (h.isOp("+") || h.isOp("-")) {
    const op = h.next();
    if (!realImag) throw h.error("real number required in complex literal", value);
    if (h.peek().kind !== "number") h.invalid(h.peek());
    if (!isImaginary()) throw h.error("imaginary number required in complex literal", h.peek());
    const imag = h.atom();
    value = h.node({ kind: "BinOp", op: op.text as "+" | "-", left: value, right: imag }, value, imag);
  }
  return h.node({ kind: "MatchValue", value }, value, value);
}

/** `_`, a capture, a dotted value, or a class pattern `a.b(...)`. */
function nameOrClass(h: PatternHost): A.Pattern {
  const first = h.next();
  let e: A.Expr = h.node({ kind: "Name", id: first.text }, first, first);
  while (h.eatOp(".")) {
    const attr = captureName(h);
    e = h.node({ kind: "Attribute", value: e, attr: attr.text }, e, attr);
  }
  if (h.isOp("(")) return classPattern(h, e);
  if (e.kind === "Attribute") return h.node({ kind: "MatchValue", value: e }, e, e);
  return h.node({ kind: "MatchAs", pattern: null, name: first.text === "_" ? null : first.text }, first, first);
}

function classPattern(h: PatternHost, cls: A.Expr): A.MatchClass {
  h.next();
  const patterns: A.Pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: A.Pattern[] = [];
  while (!h.isOp(")")) {
    const t = h.peek();
    if (t.kind === "name" && t.keyword === null && h.isOp("=", 1)) {
      h.next();
      h.next();
      const p = parsePattern(h);
      if (kwdAttrs.includes(t.text)) throw h.error(`attribute name repeated in class pattern: ${t.text}`, p);
      kwdAttrs.push(t.text);
      kwdPatterns.push(p);
    } else {
      const p = parsePattern(h);
      if (kwdAttrs.length > 0) throw h.error("positional patterns follow keyword patterns", p);
      patterns.push(p);
    }
    if (!h.eatOp(",")) break;
  }
  const close = h.expectOp(")");
  return h.node({ kind: "MatchClass", cls, patterns, kwdAttrs, kwdPatterns }, cls, close);
}

/** `(p)` a group, `()`/`(p,)`/`[...]` a sequence. */
function bracketed(h: PatternHost): A.Pattern {
  const open = h.next();
  const closer = open.text === "(" ? ")" : "]";
  const items: A.Pattern[] = [];
  let comma = false;
  while (!h.isOp(closer)) {
    items.push(parseMaybeStar(h));
    if (!h.eatOp(",")) break;
    comma = true;
  }
  const close = h.expectOp(closer);
  if (closer === ")" && items.length === 1 && !comma) {
    if (items[0]!.kind === "MatchStar") h.invalid(close);
    return items[0]!;
  }
  return sequence(h, items, open, close);
}

/** `{key: pattern, ..., **rest}`: keys are literals or dotted names. */
function mapping(h: PatternHost): A.MatchMapping {
  const open = h.next();
  const keys: A.Expr[] = [];
  const patterns: A.Pattern[] = [];
  let rest: string | null = null;
  while (!h.isOp("}")) {
    if (h.isOp("**")) {
      h.next();
      const name = captureName(h);
      if (name.text === "_") h.invalid(name);
      rest = name.text;
      h.eatOp(",");
      break;
    }
    const k = parseClosed(h);
    if (k.kind === "MatchValue") keys.push(k.value);
    else if (k.kind === "MatchSingleton") keys.push(h.node({ kind: "Const", value: k.value }, k, k));
    else h.invalid(h.prev());
    h.expectOp(":");
    patterns.push(parsePattern(h));
    if (!h.eatOp(",")) break;
  }
  const close = h.expectOp("}");
  const m = h.node({ kind: "MatchMapping", keys, patterns, rest }, open, close);
  const seen = new Set<string>();
  for (const k of keys) {
    const id = literalKey(k);
    if (id === null) continue;
    if (seen.has(id)) throw h.error(`mapping pattern checks duplicate key (${keyRepr(k)})`, m);
    seen.add(id);
  }
  return m;
}

/** An identity for a literal key (equal literals, equal identities); null for a dotted name. */
function literalKey(k: A.Expr): string | null {
  switch (k.kind) {
    case "Str": return `s${k.value}`;
    case "Bytes": return `b${k.value}`;
    case "Const": return `c${String(k.value)}`;
    case "Int": case "Float": return `n${k.value}`;
    case "UnaryOp": return k.operand.kind === "Int" || k.operand.kind === "Float" ? `n${-k.operand.value}` : null;
    default: return null;
  }
}

function keyRepr(k: A.Expr): string {
  switch (k.kind) {
    case "Str": return `'${k.value}'`;
    case "Int": return k.text;
    case "Const": return k.value === null ? "None" : k.value ? "True" : "False";
    default: return "key";
  }
}

// ------------------------------------------------------------------ checks

/**
 * CPython's compile-time rules: an irrefutable pattern (a capture or `_`, alone or
 * as an alternative) only in the last case (or with a guard) and as the last
 * alternative; a name bound at most once per pattern; every alternative of an OR
 * binding the same names. Errors come in CPython's compilation order.
 */
function checkMatch(h: PatternHost, m: A.Match): void {
  m.cases.forEach((c, i) => {
    const allow = c.guard !== null || i === m.cases.length - 1;
    checkPattern(h, c.pattern, allow, []);
  });
}

function checkPattern(h: PatternHost, p: A.Pattern, allowIrrefutable: boolean, names: string[]): void {
  const bind = (name: string | null, at: Span) => {
    if (name === null) return;
    if (names.includes(name)) throw h.error(`multiple assignments to name '${name}' in pattern`, at);
    names.push(name);
  };
  switch (p.kind) {
    case "MatchValue": case "MatchSingleton": return;
    case "MatchStar": bind(p.name, p); return;
    case "MatchSequence": for (const q of p.patterns) checkPattern(h, q, true, names); return;
    case "MatchMapping":
      for (const q of p.patterns) checkPattern(h, q, true, names);
      bind(p.rest, p);
      return;
    case "MatchClass":
      for (const q of [...p.patterns, ...p.kwdPatterns]) checkPattern(h, q, true, names);
      return;
    case "MatchAs":
      if (p.pattern === null) {
        if (!allowIrrefutable) {
          throw h.error(p.name === null ? "wildcard makes remaining patterns unreachable"
            : `name capture '${p.name}' makes remaining patterns unreachable`, p);
        }
      } else checkPattern(h, p.pattern, allowIrrefutable, names);
      bind(p.name, p);
      return;
    case "MatchOr": {
      let first: string[] | null = null;
      p.patterns.forEach((alt, i) => {
        const own: string[] = [];
        checkPattern(h, alt, allowIrrefutable && i === p.patterns.length - 1, own);
        if (first === null) first = own;
        else if (own.length !== first.length || own.some((n) => !first!.includes(n))) {
          throw h.error("alternative patterns bind different names", alt);
        }
      });
      for (const n of first ?? []) bind(n, p);
      return;
    }
  }
}
