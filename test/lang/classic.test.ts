import { describe, expect, it } from "vitest";
import { EPythonSyntaxError, parse, type Module, type Stmt } from "../../src/lang/index.js";
import { strip } from "./strip.js";

function classic(src: string): Module {
  return parse(src, "old.py", { dialect: "classic" });
}
function stmts(src: string): unknown {
  return strip(classic(src).body);
}
/** The value printed by a one-line `print` program. */
function printed(src: string): unknown {
  const s = classic(src).body[0] as Stmt;
  expect(s.kind).toBe("Print");
  return strip((s as { value: unknown }).value);
}
function err(src: string) {
  try {
    classic(src);
  } catch (e) {
    if (!(e instanceof EPythonSyntaxError)) throw e;
    return { message: e.message, line: e.line, col: e.col };
  }
  throw new Error("no error");
}

const name = (id: string) => ({ kind: "Name", id });
const int = (value: number) => ({ kind: "Int", value, text: String(value) });
const bin = (op: string, left: unknown, right: unknown) => ({ kind: "BinOp", op, left, right });
const str = (value: string) => ({ kind: "Str", value });

describe("classic: a program written for the original ePython", () => {
  const program = [
    "/*",
    " * Example from the original distribution: header comment.",
    " */",
    "from parallel import *",
    "import util",
    "",
    "@exportable",
    "Def Power(a, b=2):",
    "\tRETURN a^b     # tab indentation (4 columns)",
    "",
    "x = 5",
    "If x == 5: print \"five\"",
    "ELIF x <> 4:",
    "    PRINT \"not four\"",
    "Else:",
    "    print(\"other\")",
    "data = [0] * 10",
    "for i in range(9):",
    "    data[i] = 0.0  /* inline */",
    "while i > 0:",
    "\ti -= 1",
    "c = !(x > 3) AND TRUE Or none",
    "print \"Value of PI=\" + str(3.14) /* trailing",
    "   comment spanning lines */",
    "",
  ].join("\n");

  it("parses unchanged", () => {
    const m = classic(program);
    expect(m.dialect).toBe("classic");
    expect(m.body.map((s) => s.kind)).toEqual([
      "ImportFrom", "Import", "FunctionDef", "Assign", "If", "Assign", "For", "While", "Assign", "Print",
    ]);
    expect(strip(m.body[2])).toMatchObject({
      name: "Power", decorators: [name("exportable")],
      body: [{ kind: "Return", value: bin("**", name("a"), name("b")) }],
    });
    expect(strip(m.body[4])).toMatchObject({
      kind: "If",
      body: [{ kind: "Print", value: str("five") }],
      orelse: [{
        kind: "If", test: { kind: "Compare", ops: ["!="] },
        body: [{ kind: "Print", value: str("not four") }],
        orelse: [{ kind: "Print", value: str("other") }],
      }],
    });
    expect(strip(m.body[8])).toMatchObject({
      value: {
        kind: "BoolOp", op: "or",
        values: [
          { kind: "BoolOp", op: "and", values: [{ kind: "UnaryOp", op: "not" }, { kind: "Const", value: true }] },
          { kind: "Const", value: null },
        ],
      },
    });
    expect(m.body[9]).toMatchObject({ line: 23, col: 1, endLine: 23, endCol: 33 });
  });
});

describe("classic: keywords and names", () => {
  it("matches keywords in any case and keeps identifier spelling", () => {
    expect(stmts("IF X: PRINT Y")).toEqual([{
      kind: "If", test: name("X"), body: [{ kind: "Print", value: name("Y") }], orelse: [],
    }]);
    expect(stmts("wHiLe tRuE: PaSs")).toMatchObject([{ kind: "While", test: { kind: "Const", value: true } }]);
  });

  it.each([["True", true], ["TRUE", true], ["true", true], ["False", false], ["false", false], ["NONE", null], ["none", null], ["None", null]])(
    "%s is a constant",
    (text, value) => {
      expect(printed(`print ${text}`)).toEqual({ kind: "Const", value });
    },
  );

  it("still accepts Python 3 forms", () => {
    expect(stmts("x = a if b else c\ny = [i for i in z]\nz = lambda q: -q")).toHaveLength(3);
  });
});

describe("classic: print statement", () => {
  it("takes exactly one expression", () => {
    expect(printed("print x + 1")).toEqual(bin("+", name("x"), int(1)));
    expect(printed("print(x)")).toEqual(name("x"));
    expect(printed("print (a) * 2")).toEqual(bin("*", name("a"), int(2)));
    expect(printed("print -1")).toEqual({ kind: "UnaryOp", op: "-", operand: int(1) });
  });

  it("spans from `print` to the end of the expression", () => {
    expect(classic("  print 'a'".trim()).body[0]).toMatchObject({ line: 1, col: 1, endLine: 1, endCol: 10 });
  });

  it("rejects a missing or second expression", () => {
    expect(err("print\n")).toEqual({ message: "expected an expression after 'print'", line: 1, col: 6 });
    expect(err("print a, b\n")).toEqual({ message: "'print' takes exactly one expression", line: 1, col: 8 });
  });

  it("is a keyword in classic only", () => {
    expect(() => classic("print = 1")).toThrow(EPythonSyntaxError);
    expect(parse("print = 1", "t.py").body[0]!.kind).toBe("Assign");
  });
});

describe("classic: operators", () => {
  it("makes ^ and ** power at the precedence of *, left-associative", () => {
    expect(printed("print 2*3^2")).toEqual(bin("**", bin("*", int(2), int(3)), int(2)));
    expect(printed("print 2^3^2")).toEqual(bin("**", bin("**", int(2), int(3)), int(2)));
    expect(printed("print 2**3**2")).toEqual(bin("**", bin("**", int(2), int(3)), int(2)));
    expect(printed("print 1+2^2")).toEqual(bin("+", int(1), bin("**", int(2), int(2))));
    expect(printed("print -2^2")).toEqual(bin("**", { kind: "UnaryOp", op: "-", operand: int(2) }, int(2)));
    expect(printed("print 2^-1")).toEqual(bin("**", int(2), { kind: "UnaryOp", op: "-", operand: int(1) }));
    expect(printed("print a % b ^ c / d")).toEqual(bin("/", bin("**", bin("%", name("a"), name("b")), name("c")), name("d")));
  });

  it("maps ^= and **= to power", () => {
    expect(stmts("x ^= 2\ny **= 3")).toEqual([
      { kind: "AugAssign", target: name("x"), op: "**", value: int(2) },
      { kind: "AugAssign", target: name("y"), op: "**", value: int(3) },
    ]);
  });

  it("reads ! as not and <> as !=", () => {
    expect(printed("print !x")).toEqual({ kind: "UnaryOp", op: "not", operand: name("x") });
    expect(printed("print !!x")).toEqual({ kind: "UnaryOp", op: "not", operand: { kind: "UnaryOp", op: "not", operand: name("x") } });
    expect(printed("print a <> b")).toEqual({ kind: "Compare", left: name("a"), ops: ["!="], comparators: [name("b")] });
    expect(printed("print a != b")).toMatchObject({ ops: ["!="] });
  });

  it("keeps the other bitwise operators", () => {
    expect(printed("print a | b & c << 1")).toMatchObject({ op: "|" });
  });
});

describe("classic: lexical details", () => {
  it("never processes escapes in strings", () => {
    expect(printed(String.raw`print "tab\there"`)).toEqual(str("tab\\there"));
    expect(printed(String.raw`print 'C:\'`)).toEqual(str("C:\\"));
    expect(printed(`print 'single'`)).toEqual(str("single"));
  });

  it("skips block comments, including across lines and inside expressions", () => {
    expect(stmts("x = 1 /* a */ + /* b\n c */ 2\n")).toEqual([{ kind: "Assign", targets: [name("x")], value: bin("+", int(1), int(2)) }]);
  });

  it("reads 017 as decimal 17 and ignores C suffixes", () => {
    expect(printed("print 017")).toEqual({ kind: "Int", value: 17, text: "017" });
    expect(printed("print 10L")).toEqual({ kind: "Int", value: 10, text: "10L" });
  });

  it("counts a tab as 4 columns", () => {
    expect(stmts("if a:\n\tx = 1\n    y = 2\n")).toMatchObject([{ body: [{ kind: "Assign" }, { kind: "Assign" }] }]);
  });

  it("allows several statements on one line separated by spaces, as the original", () => {
    expect(stmts("a=1 b=2 print a")).toEqual([
      { kind: "Assign", targets: [name("a")], value: int(1) },
      { kind: "Assign", targets: [name("b")], value: int(2) },
      { kind: "Print", value: name("a") },
    ]);
    expect(() => parse("a=1 b=2", "t.py")).toThrow(EPythonSyntaxError);
  });

  it("treats dotted names as attributes", () => {
    expect(stmts("a.b = 5\nprint math.sqrt(16)")).toMatchObject([
      { targets: [{ kind: "Attribute", value: name("a"), attr: "b" }] },
      { value: { kind: "Call", func: { kind: "Attribute", attr: "sqrt" } } },
    ]);
  });
});

describe("classic: errors", () => {
  it("reports unsupported constructs clearly", () => {
    expect(err("CLASS A: pass")).toEqual({ message: "'class' is not supported yet", line: 1, col: 1 });
    expect(err("x = native rtl_coreid()")).toEqual({ message: "'native' function calls are not supported", line: 1, col: 5 });
    expect(err("x = /* never closed\n")).toEqual({ message: "unterminated comment", line: 1, col: 5 });
  });

  it("does not let a backslash escape a quote", () => {
    expect(err(String.raw`print "a\"c"`)).toMatchObject({ message: "unterminated string literal (detected at line 1)", col: 12 });
  });
});
