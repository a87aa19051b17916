import { describe, expect, it } from "vitest";
import {
  EPythonSyntaxError, parse, type Assign, type Call, type Expr, type ExprStmt, type FunctionDef,
  type Module, type Stmt,
} from "../../src/lang/index.js";
import { strip } from "./strip.js";


function mod(src: string): Module {
  return parse(src, "t.py");
}
function stmts(src: string): unknown {
  return strip(mod(src).body);
}
function stmt(src: string): Stmt {
  return mod(src).body[0]!;
}
/** The expression of a one-line expression statement. */
function ex(src: string): Expr {
  return (stmt(src) as ExprStmt).value;
}
function shape(src: string): unknown {
  return strip(ex(src));
}
function pos(n: { line: number; col: number; endLine: number; endCol: number }): string {
  return `${n.line}:${n.col}-${n.endLine}:${n.endCol}`;
}

const name = (id: string) => ({ kind: "Name", id });
const int = (value: number) => ({ kind: "Int", value, text: String(value) });
const bin = (op: string, left: unknown, right: unknown) => ({ kind: "BinOp", op, left, right });
const un = (op: string, operand: unknown) => ({ kind: "UnaryOp", op, operand });

describe("module", () => {
  it("records dialect, file, source and a full span", () => {
    const m = parse("x = 1\ny\n", "prog.py");
    expect(m).toMatchObject({ kind: "Module", dialect: "python3", file: "prog.py", source: "x = 1\ny\n" });
    expect(pos(m)).toBe("1:1-3:1");
    expect(parse("", "e.py").body).toEqual([]);
    expect(parse("\n\n# only a comment\n   \n", "e.py").body).toEqual([]);
  });

  it("returns the classic dialect when asked", () => {
    expect(parse("x", "t", { dialect: "classic" }).dialect).toBe("classic");
  });
});

describe("expressions: precedence", () => {
  it("orders arithmetic, shifts and bitwise operators like Python", () => {
    expect(shape("1 + 2 * 3")).toEqual(bin("+", int(1), bin("*", int(2), int(3))));
    expect(shape("1 - 2 - 3")).toEqual(bin("-", bin("-", int(1), int(2)), int(3)));
    expect(shape("a | b ^ c & d << 1 + 2")).toEqual(
      bin("|", name("a"), bin("^", name("b"), bin("&", name("c"), bin("<<", name("d"), bin("+", int(1), int(2)))))),
    );
    expect(shape("a // b % c @ d / e")).toEqual(
      bin("/", bin("@", bin("%", bin("//", name("a"), name("b")), name("c")), name("d")), name("e")),
    );
  });

  it("makes ** right-associative and tighter than a unary on its left", () => {
    expect(shape("-2**2")).toEqual(un("-", bin("**", int(2), int(2))));
    expect(shape("2**-1")).toEqual(bin("**", int(2), un("-", int(1))));
    expect(shape("2**3**2")).toEqual(bin("**", int(2), bin("**", int(3), int(2))));
    expect(shape("-x ** -y")).toEqual(un("-", bin("**", name("x"), un("-", name("y")))));
    expect(shape("~+-x")).toEqual(un("~", un("+", un("-", name("x")))));
  });

  it("parses boolean operators flat, with not between and and comparisons", () => {
    expect(shape("a or b or c and d")).toEqual({
      kind: "BoolOp", op: "or",
      values: [name("a"), name("b"), { kind: "BoolOp", op: "and", values: [name("c"), name("d")] }],
    });
    expect(shape("not a == b")).toEqual(un("not", {
      kind: "Compare", left: name("a"), ops: ["=="], comparators: [name("b")],
    }));
    expect(shape("not not a")).toEqual(un("not", un("not", name("a"))));
  });

  it("chains comparisons, including not in and is not", () => {
    expect(shape("a < b <= c != d")).toEqual({
      kind: "Compare", left: name("a"), ops: ["<", "<=", "!="], comparators: [name("b"), name("c"), name("d")],
    });
    expect(shape("a not in b is not c in d is e")).toEqual({
      kind: "Compare", left: name("a"), ops: ["not in", "is not", "in", "is"],
      comparators: [name("b"), name("c"), name("d"), name("e")],
    });
    expect(shape("a | b > c")).toMatchObject({ kind: "Compare", left: bin("|", name("a"), name("b")) });
  });

  it("puts conditional expressions and lambda lowest", () => {
    expect(shape("a if b or c else d")).toEqual({
      kind: "IfExp", test: { kind: "BoolOp", op: "or", values: [name("b"), name("c")] }, body: name("a"), orelse: name("d"),
    });
    expect(shape("a if b else c if d else e")).toMatchObject({ kind: "IfExp", orelse: { kind: "IfExp" } });
    expect(shape("lambda: a if b else c")).toMatchObject({ kind: "Lambda", body: { kind: "IfExp" } });
  });
});

describe("expressions: atoms and trailers", () => {
  it("parses constants", () => {
    expect(shape("True")).toEqual({ kind: "Const", value: true });
    expect(shape("False")).toEqual({ kind: "Const", value: false });
    expect(shape("None")).toEqual({ kind: "Const", value: null });
    expect(shape("true")).toEqual(name("true"));
  });

  it("keeps the integer text and value", () => {
    expect(shape("0x_FF")).toEqual({ kind: "Int", value: 255, text: "0x_FF" });
    expect(shape("4294967296")).toEqual({ kind: "Int", value: 4294967296, text: "4294967296" });
    expect(shape("2.5e3")).toEqual({ kind: "Float", value: 2500 });
  });

  it("parses calls with every kind of argument", () => {
    expect(shape("f(1, *a, k=2, **kw)")).toEqual({
      kind: "Call", func: name("f"),
      args: [int(1), { kind: "Starred", value: name("a") }],
      keywords: [{ kind: "Keyword", name: "k", value: int(2) }, { kind: "Keyword", name: null, value: name("kw") }],
    });
    expect(shape("f(a, *b, c=1, **d, e=2)")).toMatchObject({ args: [name("a"), { kind: "Starred" }] });
    expect(shape("f(*a, b)")).toMatchObject({ args: [{ kind: "Starred" }, name("b")] });
    expect(shape("f(x,)")).toMatchObject({ args: [name("x")] });
    expect(shape("f()()")).toMatchObject({ kind: "Call", func: { kind: "Call" } });
  });

  it("parses a generator expression as the sole argument, spanning the parentheses", () => {
    const call = ex("sum(x for x in y)") as Call;
    expect(strip(call.args[0])).toEqual({
      kind: "GeneratorExp", elt: name("x"),
      generators: [{ kind: "Comprehension", target: name("x"), iter: name("y"), ifs: [] }],
    });
    expect(pos(call.args[0]!)).toBe("1:4-1:18");
  });

  it("parses attributes and subscripts with slices", () => {
    expect(shape("a.b.c")).toEqual({ kind: "Attribute", value: { kind: "Attribute", value: name("a"), attr: "b" }, attr: "c" });
    expect(shape("a[1:2]")).toEqual({
      kind: "Subscript", value: name("a"), index: { kind: "Slice", lower: int(1), upper: int(2), step: null },
    });
    expect(shape("a[::2]")).toMatchObject({ index: { kind: "Slice", lower: null, upper: null, step: int(2) } });
    expect(shape("a[:]")).toMatchObject({ index: { kind: "Slice", lower: null, upper: null, step: null } });
    expect(shape("a[1:]")).toMatchObject({ index: { kind: "Slice", lower: int(1), upper: null, step: null } });
    expect(shape("a[i, j]")).toEqual({
      kind: "Subscript", value: name("a"), index: { kind: "Tuple", elts: [name("i"), name("j")] },
    });
    expect(shape("a[1:2, ::3]")).toMatchObject({
      index: { kind: "Tuple", elts: [{ kind: "Slice" }, { kind: "Slice", step: int(3) }] },
    });
    expect(shape("a[i,]")).toMatchObject({ index: { kind: "Tuple", elts: [name("i")] } });
  });

  it("parses tuples, with and without parentheses", () => {
    expect(shape("()")).toEqual({ kind: "Tuple", elts: [] });
    expect(shape("(1,)")).toEqual({ kind: "Tuple", elts: [int(1)] });
    expect(shape("1, 2,")).toEqual({ kind: "Tuple", elts: [int(1), int(2)] });
    expect(shape("(1)")).toEqual(int(1));
    expect(shape("(*a, b)")).toEqual({ kind: "Tuple", elts: [{ kind: "Starred", value: name("a") }, name("b")] });
  });

  it("parses lists and list comprehensions", () => {
    expect(shape("[]")).toEqual({ kind: "List", elts: [] });
    expect(shape("[1, *a, 2,]")).toEqual({ kind: "List", elts: [int(1), { kind: "Starred", value: name("a") }, int(2)] });
    expect(shape("[x*y for x in a if x if x > 1 for y in b]")).toEqual({
      kind: "ListComp", elt: bin("*", name("x"), name("y")),
      generators: [
        { kind: "Comprehension", target: name("x"), iter: name("a"), ifs: [name("x"), {
          kind: "Compare", left: name("x"), ops: [">"], comparators: [int(1)],
        }] },
        { kind: "Comprehension", target: name("y"), iter: name("b"), ifs: [] },
      ],
    });
    expect(shape("[a for a, (b, c) in z]")).toMatchObject({
      generators: [{ target: { kind: "Tuple", elts: [name("a"), { kind: "Tuple" }] } }],
    });
    expect(shape("[x for x in a if b or c]")).toMatchObject({ generators: [{ ifs: [{ kind: "BoolOp" }] }] });
  });

  it("parses parenthesised generator expressions", () => {
    expect(shape("(x for x in y)")).toMatchObject({ kind: "GeneratorExp", elt: name("x") });
  });

  it("parses dict and set displays", () => {
    expect(shape("{}")).toEqual({ kind: "Dict", keys: [], values: [] });
    expect(shape("{1: 2, 'a': b,}")).toEqual({
      kind: "Dict", keys: [int(1), { kind: "Str", value: "a" }], values: [int(2), name("b")],
    });
    expect(shape("{1, 2}")).toEqual({ kind: "Set", elts: [int(1), int(2)] });
    expect(shape("{*a}")).toEqual({ kind: "Set", elts: [{ kind: "Starred", value: name("a") }] });
  });

  it("parses lambdas with every parameter kind", () => {
    expect(shape("lambda: 0")).toEqual({
      kind: "Lambda", args: { args: [], posonly: 0, vararg: null, kwonly: [], kwarg: null }, body: int(0),
    });
    expect(shape("lambda a, b=1, *c, d, e=2, **f: a")).toEqual({
      kind: "Lambda",
      args: {
        args: [{ kind: "Param", name: "a", default: null }, { kind: "Param", name: "b", default: int(1) }],
        posonly: 0,
        vararg: "c",
        kwonly: [{ kind: "Param", name: "d", default: null }, { kind: "Param", name: "e", default: int(2) }],
        kwarg: "f",
      },
      body: name("a"),
    });
    expect(shape("lambda *, k: k")).toMatchObject({ args: { vararg: null, kwonly: [{ name: "k" }] } });
  });
});

describe("expressions: positions", () => {
  it("spans operators from first to last operand", () => {
    const e = ex("x + y*2");
    expect(pos(e)).toBe("1:1-1:8");
    expect(e).toMatchObject({ right: { line: 1, col: 5, endCol: 8 } });
  });

  it("includes the parentheses of an operand in its parent's span, not in its own", () => {
    const e = ex("(a + b) * c") as any;
    expect(pos(e)).toBe("1:1-1:12");
    expect(pos(e.left)).toBe("1:2-1:7");
  });

  it("spans calls, subscripts and attributes to their closing token", () => {
    const e = ex("f(a)[1].b") as any;
    expect(pos(e)).toBe("1:1-1:10");
    expect(pos(e.value)).toBe("1:1-1:8");
    expect(pos(e.value.value)).toBe("1:1-1:5");
  });

  it("spans multi-line expressions", () => {
    const e = ex("f(1,\n  2)") as Call;
    expect(pos(e)).toBe("1:1-2:5");
    expect(pos(e.args[1]!)).toBe("2:3-2:4");
  });

  it("spans unary and not from the operator", () => {
    expect(pos(ex("  -x".trim()))).toBe("1:1-1:3");
    expect(pos(ex("not x"))).toBe("1:1-1:6");
  });
});

describe("statements", () => {
  it("parses assignment chains and tuple unpacking", () => {
    expect(stmts("a = b = 1")).toEqual([{ kind: "Assign", targets: [name("a"), name("b")], value: int(1) }]);
    expect(stmts("a, b = b, a")).toEqual([{
      kind: "Assign",
      targets: [{ kind: "Tuple", elts: [name("a"), name("b")] }],
      value: { kind: "Tuple", elts: [name("b"), name("a")] },
    }]);
    expect(stmts("[a, (b, c)] = x")).toMatchObject([{ targets: [{ kind: "List" }] }]);
    expect(stmts("a.b[c] = d")).toMatchObject([{ targets: [{ kind: "Subscript", value: { kind: "Attribute" } }] }]);
    expect(stmts("x = *a, b")).toMatchObject([{ value: { kind: "Tuple", elts: [{ kind: "Starred" }, name("b")] } }]);
  });

  it.each(["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="])(
    "parses augmented assignment %s",
    (op) => {
      expect(stmts(`a[0] ${op} 2`)).toEqual([{
        kind: "AugAssign", target: { kind: "Subscript", value: name("a"), index: int(0) }, op: op.slice(0, -1), value: int(2),
      }]);
    },
  );

  it("turns an annotated assignment into an Assign and keeps the annotation's text in __annotations__", () => {
    // A module's (and a class's) annotated names: `__annotations__ = {'x': 'int'}` first, after a docstring.
    const annotations = (k: string, v: string) => ({
      kind: "Assign", targets: [name("__annotations__")],
      value: { kind: "Dict", keys: [{ kind: "Str", value: k }], values: [{ kind: "Str", value: v }] },
    });
    expect(stmts("x: int = 5")).toEqual([annotations("x", "int"), { kind: "Assign", targets: [name("x")], value: int(5), annotated: true }]);
    expect(stmts("'doc'\nx: int = 5")).toEqual([
      { kind: "ExprStmt", value: { kind: "Str", value: "doc" } }, annotations("x", "int"),
      { kind: "Assign", targets: [name("x")], value: int(5), annotated: true },
    ]);
    // A bare annotation of a name makes it local (scopes.ts); of an attribute it only
    // evaluates the object, as CPython.
    expect(stmts("x: list[int]")).toEqual([annotations("x", "list[int]"), { kind: "AnnotatedName", target: name("x") }]);
    expect(stmts("a.x: list[int]")).toEqual([{ kind: "ExprStmt", value: name("a") }]);
    expect(stmts("def f():\n    x: int = 5")).toMatchObject([{ kind: "FunctionDef", body: [{ kind: "Assign", targets: [name("x")] }] }]);
  });

  it("parses simple statements", () => {
    expect(stmts("pass; break; continue")).toEqual([{ kind: "Pass" }, { kind: "Break" }, { kind: "Continue" }]);
    expect(stmts("return")).toEqual([{ kind: "Return", value: null }]);
    expect(stmts("return 1, 2")).toEqual([{ kind: "Return", value: { kind: "Tuple", elts: [int(1), int(2)] } }]);
    expect(stmts("global a, b")).toEqual([{ kind: "Global", names: ["a", "b"] }]);
    expect(stmts("nonlocal c")).toEqual([{ kind: "Nonlocal", names: ["c"] }]);
    expect(stmts("assert x, 'm'")).toEqual([{ kind: "Assert", test: name("x"), msg: { kind: "Str", value: "m" } }]);
    expect(stmts("assert x")).toEqual([{ kind: "Assert", test: name("x"), msg: null }]);
    expect(stmts("del a, b[0], c.d,")).toMatchObject([{ kind: "Delete", targets: [name("a"), { kind: "Subscript" }, { kind: "Attribute" }] }]);
    expect(stmts("del (a, b)")).toMatchObject([{ kind: "Delete", targets: [{ kind: "Tuple" }] }]);
    expect(stmts("x = 1;")).toHaveLength(1);
  });

  it("parses imports", () => {
    expect(stmts("import a.b as c, d")).toEqual([{
      kind: "Import", names: [{ kind: "Alias", name: "a.b", asname: "c" }, { kind: "Alias", name: "d", asname: null }],
    }]);
    expect(stmts("from m import a as b, c")).toEqual([{
      kind: "ImportFrom", module: "m", level: 0,
      names: [{ kind: "Alias", name: "a", asname: "b" }, { kind: "Alias", name: "c", asname: null }],
    }]);
    expect(stmts("from m import (a,\n  b,)")).toMatchObject([{ names: [{ name: "a" }, { name: "b" }] }]);
    expect(stmts("from m.n import *")).toEqual([{ kind: "ImportFrom", module: "m.n", names: "*", level: 0 }]);
    expect(stmts("from . import x")).toMatchObject([{ module: "", level: 1, names: [{ name: "x" }] }]);
    expect(stmts("from ...pkg import x")).toMatchObject([{ module: "pkg", level: 3 }]);
    expect(stmts("from .... import x")).toMatchObject([{ module: "", level: 4 }]);
  });

  it("parses if/elif/else as nested If nodes", () => {
    const src = "if a:\n  x\nelif b:\n  y\nelif c: z\nelse:\n  w\n";
    expect(stmts(src)).toEqual([{
      kind: "If", test: name("a"), body: [{ kind: "ExprStmt", value: name("x") }],
      orelse: [{
        kind: "If", test: name("b"), body: [{ kind: "ExprStmt", value: name("y") }],
        orelse: [{
          kind: "If", test: name("c"), body: [{ kind: "ExprStmt", value: name("z") }],
          orelse: [{ kind: "ExprStmt", value: name("w") }],
        }],
      }],
    }]);
    const m = mod(src).body[0] as any;
    expect(pos(m)).toBe("1:1-7:4");
    expect(pos(m.orelse[0])).toBe("3:1-7:4");
    expect(pos(m.orelse[0].orelse[0])).toBe("5:1-7:4");
  });

  it("parses one-line suites with several statements", () => {
    expect(stmts("if x: y = 1; z = 2")).toEqual([{
      kind: "If", test: name("x"), orelse: [],
      body: [{ kind: "Assign", targets: [name("y")], value: int(1) }, { kind: "Assign", targets: [name("z")], value: int(2) }],
    }]);
  });

  it("parses while/else and for/else with tuple targets", () => {
    expect(stmts("while x:\n  pass\nelse:\n  y\n")).toEqual([{
      kind: "While", test: name("x"), body: [{ kind: "Pass" }], orelse: [{ kind: "ExprStmt", value: name("y") }],
    }]);
    expect(stmts("for i, (a, b) in enumerate(z):\n  pass\nelse: pass\n")).toEqual([{
      kind: "For",
      target: { kind: "Tuple", elts: [name("i"), { kind: "Tuple", elts: [name("a"), name("b")] }] },
      iter: { kind: "Call", func: name("enumerate"), args: [name("z")], keywords: [] },
      body: [{ kind: "Pass" }], orelse: [{ kind: "Pass" }],
    }]);
    expect(stmts("for x in 1, 2: pass")).toMatchObject([{ iter: { kind: "Tuple" } }]);
  });

  it("parses def with defaults, *args, keyword-only parameters and **kwargs", () => {
    const f = stmt("def f(a, b=1, *args, c, d=2, **kw):\n    return a\n") as FunctionDef;
    expect(strip(f)).toEqual({
      kind: "FunctionDef", name: "f", decorators: [],
      args: {
        args: [{ kind: "Param", name: "a", default: null }, { kind: "Param", name: "b", default: int(1) }],
        posonly: 0,
        vararg: "args",
        kwonly: [{ kind: "Param", name: "c", default: null }, { kind: "Param", name: "d", default: int(2) }],
        kwarg: "kw",
      },
      body: [{ kind: "Return", value: name("a") }],
    });
    expect(pos(f)).toBe("1:1-2:13");
    expect(pos(f.args.args[1]!)).toBe("1:10-1:13");
  });

  it("accepts and drops annotations in def", () => {
    expect(strip(stmt("def f(a: int, *b: str, c: int = 1, **d: dict) -> None: pass"))).toMatchObject({
      args: { args: [{ name: "a" }], vararg: "b", kwonly: [{ name: "c", default: int(1) }], kwarg: "d" },
    });
  });

  it("parses bare * and trailing commas in parameters", () => {
    expect(strip(stmt("def f(a, *, b,): pass"))).toMatchObject({
      args: { args: [{ name: "a" }], vararg: null, kwonly: [{ name: "b" }], kwarg: null },
    });
    expect(strip(stmt("def f(**k,): pass"))).toMatchObject({ args: { kwarg: "k" } });
    expect(strip(stmt("def f(a, b=1, /, c=2, *, d): pass"))).toMatchObject({
      args: { args: [{ name: "a" }, { name: "b" }, { name: "c" }], posonly: 2, kwonly: [{ name: "d" }] },
    });
    expect(strip(stmt("f = lambda a, /: a"))).toMatchObject({ value: { args: { posonly: 1 } } });
  });

  it("keeps decorators, the def's span starting at `def`", () => {
    const f = stmt("@dec\n@mod.dec2(1, k=2)\ndef f():\n  pass\n") as FunctionDef;
    expect(strip(f.decorators)).toEqual([
      name("dec"),
      { kind: "Call", func: { kind: "Attribute", value: name("mod"), attr: "dec2" }, args: [int(1)],
        keywords: [{ kind: "Keyword", name: "k", value: int(2) }] },
    ]);
    expect(pos(f)).toBe("3:1-4:7");
  });

  it("parses nested blocks and blank/comment lines inside them", () => {
    const src = "def f(x):\n    # comment\n\n    if x:\n        return 1\n    return 2\n\nprint(f(1))\n";
    const m = mod(src);
    expect(m.body).toHaveLength(2);
    expect(strip(m.body[0])).toMatchObject({ body: [{ kind: "If" }, { kind: "Return" }] });
  });

  it("statement spans cover the whole statement", () => {
    const m = mod("x = [1,\n  2]  # c\ny += 1\n");
    expect(pos(m.body[0]!)).toBe("1:1-2:5");
    expect(pos(m.body[1]!)).toBe("3:1-3:7");
    expect(pos((m.body[0] as Assign).targets[0]!)).toBe("1:1-1:2");
  });

  it("treats `match` as a name unless it opens a block", () => {
    expect(stmts("match = 1")).toMatchObject([{ kind: "Assign", targets: [name("match")] }]);
    expect(stmts("match(x)")).toMatchObject([{ kind: "ExprStmt", value: { kind: "Call" } }]);
  });

  it("accepts a file without a final newline and with CRLF line ends", () => {
    expect(stmts("if x:\r\n  y = 1\r\nz")).toHaveLength(2);
    expect(stmts("x = '''a\r\nb'''")).toEqual([{ kind: "Assign", targets: [name("x")], value: { kind: "Str", value: "a\nb" } }]);
  });
});

describe("robustness and performance", () => {
  it("parses a 5,000-line program quickly", () => {
    const chunk = [
      "def f{i}(a, b=2, *c, **d):",
      "    x = [i * 2 for i in range(a) if i % 3]",
      "    if a > b and not c:",
      "        return f'{a!r:>10} {b}' + str(x[1:2])",
      "    elif a:",
      "        y = {1: 'a', 2: \"b\"}",
      "    for i, j in zip(x, x):",
      "        b += i ** 2 - j // 3",
      "    return lambda q: q + b",
      "",
    ];
    const lines: string[] = [];
    for (let i = 0; lines.length < 5000; i++) for (const l of chunk) lines.push(l.replace("{i}", String(i)));
    const src = lines.join("\n");
    expect(parse(src, "big.py").body.length).toBe(500);
    // Parse speed is measured by `npm run bench`, not asserted here (tests never
    // check wall-clock time).
  });

  it("bounds nesting with syntax errors instead of stack overflows", () => {
    const cases = [
      "x = " + "(".repeat(1000) + "1" + ")".repeat(1000),
      "x = " + "-".repeat(50000) + "1",
      "x = " + "not ".repeat(50000) + "1",
      "x = " + "lambda: ".repeat(5000) + "1",
      "x = " + "a if b else ".repeat(5000) + "1",
      "x = " + "2**".repeat(5000) + "2",
      "x = a" + ".b".repeat(50000),
      "x = f" + "()".repeat(50000),
      "x = " + "1+".repeat(50000) + "1",
      "if a: pass\n" + "elif b: pass\n".repeat(5000),
    ];
    for (const src of cases) {
      expect(() => parse(src, "deep.py")).toThrow(EPythonSyntaxError);
    }
    expect(parse("x = " + "(".repeat(199) + "1" + ")".repeat(199), "ok.py").body).toHaveLength(1);
    expect(parse("x = " + "1+".repeat(500) + "1", "ok.py").body).toHaveLength(1);
  });
});
