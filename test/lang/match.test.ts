// The `match` statement's grammar (lang/matchParser.ts): the tree it builds, the soft
// keywords, and CPython 3.11's syntax errors (message, line, column, kind), which
// were taken from CPython's compile() on the same sources.
import { describe, expect, it } from "vitest";
import { EPythonSyntaxError, parse } from "../../src/lang/index.js";
import type * as A from "../../src/lang/ast.js";

interface Expected { message: string; line: number; col: number; kind?: string }

function errorOf(src: string): Expected & { kind: string } {
  try {
    parse(src, "t.py");
  } catch (e) {
    if (!(e instanceof EPythonSyntaxError)) throw e;
    return { message: e.message, line: e.line, col: e.col, kind: e.kind };
  }
  throw new Error(`no error for ${JSON.stringify(src)}`);
}

/** A compact rendering of a pattern, to compare trees briefly. */
function show(p: A.Pattern): string {
  switch (p.kind) {
    case "MatchValue": return `V(${p.value.kind})`;
    case "MatchSingleton": return `S(${String(p.value)})`;
    case "MatchSequence": return `[${p.patterns.map(show).join(",")}]`;
    case "MatchStar": return `*${p.name ?? "_"}`;
    case "MatchMapping": return `{${p.keys.map((k, i) => `${k.kind}:${show(p.patterns[i]!)}`).join(",")}${p.rest ? `,**${p.rest}` : ""}}`;
    case "MatchClass": return `C(${[...p.patterns.map(show), ...p.kwdAttrs.map((a, i) => `${a}=${show(p.kwdPatterns[i]!)}`)].join(",")})`;
    case "MatchAs": return p.pattern ? `(${show(p.pattern)} as ${p.name})` : p.name ?? "_";
    case "MatchOr": return p.patterns.map(show).join("|");
  }
}

function patternsOf(src: string): string[] {
  const m = parse(src, "t.py").body[0] as A.Match;
  expect(m.kind).toBe("Match");
  return m.cases.map((c) => show(c.pattern) + (c.guard ? " if" : ""));
}

describe("match statement: the tree", () => {
  it("parses every kind of pattern", () => {
    const src = [
      "match p:",
      "    case 0 | -1 | 1.5 | -2+3j | 'a' 'b' | b'x': pass",
      "    case None | True | False: pass",
      "    case Color.RED | a.b.c: pass",
      "    case [a, *rest] | (a, *rest): pass",
      "    case a, *_: pass",
      "    case (a) if a: pass",
      "    case (): pass",
      "    case {'k': v, 1: w, None: z, **rest}: pass",
      "    case Point(0, y=yy) as pt if pt: pass",
      "    case str(n) | int(n) | m.Cls(n, k=[_]): pass",
      "    case _: pass",
    ].join("\n") + "\n";
    expect(patternsOf(src)).toEqual([
      "V(Int)|V(UnaryOp)|V(Float)|V(BinOp)|V(Str)|V(Bytes)",
      "S(null)|S(true)|S(false)",
      "V(Attribute)|V(Attribute)",
      "[a,*rest]|[a,*rest]",
      "[a,*_]",
      "a if",
      "[]",
      "{Str:v,Int:w,Const:z,**rest}",
      "(C(V(Int),y=yy) as pt) if",
      "C(n)|C(n)|C(n,k=[_])",
      "_",
    ]);
  });

  it("a subject may be a tuple or a named expression", () => {
    const m = parse("match a, *b:\n    case _: pass\nmatch (y := f()):\n    case _: pass\n", "t.py").body as A.Match[];
    expect(m[0]!.subject.kind).toBe("Tuple");
    expect(m[1]!.subject.kind).toBe("NamedExpr");
  });

  it("'match' and 'case' stay ordinary names (soft keywords)", () => {
    const src = [
      "match = re.match(r'a', s)",
      "match(x)",
      "match[1:2] = case",
      "match.group(1)",
      "case = {1: 2}",
      "print(match, case)",
      "def match(case): return case",
      "match: int = 3",
    ].join("\n") + "\n";
    // (The module's `__annotations__ = {'match': 'int'}` first.)
    expect(parse(src, "t.py").body.map((s) => s.kind)).toEqual([
      "Assign", "Assign", "ExprStmt", "Assign", "ExprStmt", "Assign", "ExprStmt", "FunctionDef", "Assign",
    ]);
  });
});

describe("match statement: CPython's syntax errors", () => {
  it.each([
    ["match x:\n case a:\n  pass\n case 1:\n  pass\n", {message: "name capture 'a' makes remaining patterns unreachable", line: 2, col: 7}],
    ["match x:\n case _:\n  pass\n case 1:\n  pass\n", {message: "wildcard makes remaining patterns unreachable", line: 2, col: 7}],
    ["match x:\n case [a, a]:\n  pass\n", {message: "multiple assignments to name 'a' in pattern", line: 2, col: 11}],
    ["match x:\n case a | b:\n  pass\n", {message: "name capture 'a' makes remaining patterns unreachable", line: 2, col: 7}],
    ["match x:\n case 1 | a:\n  pass\n", {message: "alternative patterns bind different names", line: 2, col: 11}],
    ["match x:\n case [a] | (b):\n  pass\n", {message: "alternative patterns bind different names", line: 2, col: 14}],
    ["match x:\n case [*a, *b]:\n  pass\n", {message: "multiple starred names in sequence pattern", line: 2, col: 7}],
    ["match x:\n case {**_}:\n  pass\n", {message: "invalid syntax", line: 2, col: 10}],
    ["match x:\n case {'a': 1, 'a': 2}:\n  pass\n", {message: "mapping pattern checks duplicate key ('a')", line: 2, col: 7}],
    ["match x:\n case f'a':\n  pass\n", {message: "patterns may only match literals and attribute lookups", line: 2, col: 7}],
    ["match x:\n case P(x=1, 2):\n  pass\n", {message: "positional patterns follow keyword patterns", line: 2, col: 14}],
    ["match x:\n case P(x=1, x=2):\n  pass\n", {message: "attribute name repeated in class pattern: x", line: 2, col: 16}],
    ["match x:\n case a + 1:\n  pass\n", {message: "invalid syntax", line: 2, col: 9}],
    ["match x:\n case 1 + 2:\n  pass\n", {message: "imaginary number required in complex literal", line: 2, col: 11}],
    ["match x:\n case 1j + 1:\n  pass\n", {message: "real number required in complex literal", line: 2, col: 7}],
    ["match x:\n case a as _:\n  pass\n", {message: "cannot use '_' as a target", line: 2, col: 12}],
    ["match x:\n case *a:\n  pass\n", {message: "invalid syntax", line: 2, col: 9}],
    ["match x:\n case (a | b) as a:\n  pass\n", {message: "name capture 'a' makes remaining patterns unreachable", line: 2, col: 8}],
    ["match x:\ncase 1:\n  pass\n", {message: "expected an indented block after 'match' statement on line 1", line: 2, col: 1, kind: "IndentationError"}],
    ["match x:\n case 1:\n pass\n", {message: "expected an indented block after 'case' statement on line 2", line: 3, col: 2, kind: "IndentationError"}],
    ["match x:\n case {1: a, 1: b}:\n  pass\n", {message: "mapping pattern checks duplicate key (1)", line: 2, col: 7}],
    ["match x:\n case [a, {'k': a}]:\n  pass\n", {message: "multiple assignments to name 'a' in pattern", line: 2, col: 17}],
    ["match x:\n case (x) | [x] | x:\n  pass\n", {message: "name capture 'x' makes remaining patterns unreachable", line: 2, col: 8}],
  ] as [string, Expected][])("%j", (src, expected) => {
    expect(errorOf(src)).toEqual({ kind: "SyntaxError", ...expected });
  });
});
