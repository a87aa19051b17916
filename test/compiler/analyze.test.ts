import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/lang/index.js";
import type * as A from "../../src/lang/ast.js";
import { EPythonSyntaxError } from "../../src/lang/diagnostics.js";
import { walk } from "../../src/lang/walk.js";
import { analyze, assertValid } from "../../src/compiler/analyze.js";
import { emitModule } from "../../src/compiler/emitter.js";
import { compileProgram } from "../../src/compiler/program.js";
import { disassemble } from "../../src/bytecode/disasm.js";

const diagnosticsOf = (src: string, dialect: A.Dialect = "python3") =>
  analyze(parse(src, "t.py", { dialect })).diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`);

describe("the analysis stage collects every diagnostic", () => {
  const program = [
    "x = 2147483648",                // 1
    "def f(a, b):",                  // 2
    "    return {1: 2}",             // 3
    "break",                         // 4
    "import os.path",                // 5
    "y = a @ b",                     // 6
    "for i in range(3):",            // 7
    "    pass",                      // 8
    "else:",                         // 9
    "    continue",                  // 10
    "def g(**kw):",                  // 11
    "    def h():",                  // 12
    "        return kw",             // 13
    "    del kw",                    // 14
    "z = a[1:2, 0] + f(**kw)",       // 15
    "a[1:2] += 1",                   // 16
    "from . import m",               // 17
    "return {3}",                    // 18
    "def k():",                      // 19
    "    nonlocal q",                // 20
    "print(3 - 2147483649, -2147483648)", // 21: both fold, no error
    "",
  ].join("\n");

  it("reports all of them, in source order, each at its position", () => {
    // Line 1's literal is a big int in the Python 3 dialect (an error in the classic one, below).
    expect(diagnosticsOf(program)).toEqual([
      "4:1 'break' outside loop",
      "10:5 'continue' not properly in loop",
      "14:9 cannot delete variable 'kw' captured by a nested function",
      "16:1 illegal expression for augmented assignment",
      "17:1 relative import outside a package",
      "18:1 'return' outside function",
      "20:5 no binding for nonlocal 'q' found", // at the declaration, as CPython
    ]);
  });

  it("gives each diagnostic the file and the node's whole span", () => {
    const [d] = analyze(parse("x = 1\ny = 2147483648 + z\n", "prog.py", { dialect: "classic" })).diagnostics;
    expect(d).toEqual({
      message: "integer literal 2147483648 does not fit in a 32-bit int", kind: "SyntaxError",
      file: "prog.py", line: 2, col: 5, endLine: 2, endCol: 15,
    });
  });

  it("the driver throws the first one, printed as before", () => {
    let err: unknown;
    try {
      compileProgram(program, "t.py", { dialect: "classic" });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(EPythonSyntaxError);
    expect((err as EPythonSyntaxError).format()).toBe(
      "t.py:1:5: error: integer literal 2147483648 does not fit in a 32-bit int\n    x = 2147483648\n        ^",
    );
  });

  it("finds the rules that only hold after classic case folding", () => {
    expect(diagnosticsOf("def f(X, x):\n    pass\nf(A=1, a=2)\n", "classic")).toEqual([
      "1:1 duplicate argument 'x' in function definition",
      "3:1 keyword argument repeated: a",
    ]);
  });

  it("accepts dicts and sets in the Python 3 dialect and rejects them in the classic one", () => {
    const src = "a = {1: 2}\nb = {1}\nc = {k: 1 for k in a}\nd = {k for k in a}\n";
    expect(diagnosticsOf(src)).toEqual([]);
    expect(diagnosticsOf(src, "classic")).toEqual([
      "1:5 dictionaries are not supported in the classic dialect",
      "2:5 sets are not supported in the classic dialect",
      "3:5 dictionaries are not supported in the classic dialect",
      "4:5 sets are not supported in the classic dialect",
    ]);
  });

  it("keeps today's message for each rule the emitter used to check", () => {
    const cases: [string, string][] = [
      ["while x:\n    pass\nelse:\n    break\n", "4:5 'break' outside loop"],
      ["def f():\n    for i in x:\n        def g():\n            continue\n", "4:13 'continue' not properly in loop"],
      ["x = [*a]\ny = f(*a)\nz = 1, *a\nw = a[*b]\n", ""],
      ["def f():\n    x = 1\n    g = lambda: x\n    del (y, x)\n", "4:13 cannot delete variable 'x' captured by a nested function"],
      ["x = lambda **k: 1\n", ""],
      // `@` is Python 3's matrix product (test/vm/matmul.test.ts); the classic dialect has none.
      ["x @= 2\n", ""],
    ];
    for (const [src, expected] of cases) expect(diagnosticsOf(src).join("\n")).toBe(expected);
    expect(diagnosticsOf("y = x @ 2\n", "classic")).toEqual(["1:5 the '@' operator is not supported in the classic dialect"]);
  });
});

describe("deep trees", () => {
  // The parser bounds nesting at 1000 levels; every analysis pass must take that.
  const shapes: Record<string, string> = {
    unary: "x = " + "-".repeat(999) + "a\n",
    nots: "x = " + "not ".repeat(999) + "a\n",
    chain: "x = " + Array(999).fill("a").join(" + ") + "\n",
    attributes: "x = a" + ".b".repeat(999) + "\n",
    conditionals: "x = " + "a if b else ".repeat(999) + "c\n",
    elifs: "if a:\n    pass\n" + "elif a:\n    pass\n".repeat(999),
    folded: "x = " + "-".repeat(999) + "1\n",
  };
  it.each(Object.entries(shapes))("%s", (name, src) => {
    for (const dialect of ["python3", "classic"] as const) {
      const a = analyze(parse(src, "t.py", { dialect }));
      expect(a.diagnostics).toEqual([]);
      expect(() => emitModule(a)).not.toThrow();
      // 999 minus signs: -1, one constant.
      if (name === "folded") expect(a.constants.get((a.ast.body[0] as A.Assign).value)).toBe(-1);
    }
  });
});

describe("constant folding", () => {
  /** Folded value of each top-level expression statement's value (or undefined). */
  const folded = (src: string) => {
    const a = analyze(parse(src, "t.py"));
    return a.ast.body.map((s) => (s.kind === "ExprStmt" ? a.constants.get(s.value) : undefined));
  };

  it("folds integer arithmetic on literals when the result is an int32", () => {
    expect(folded("2 * 3 + 4\n-2147483648\n-2 ** 31\n1 << 4\n~5\n+7\n2 ** 64 - 2 ** 64\n")).toEqual([10, -2147483648, -2147483648, 16, -6, 7, undefined]);
  });

  it("leaves division, bit operations, floats, overflow and names to run time", () => {
    expect(folded("7 // 2\n7 % 2\n6 & 3\n1.5 * 2\n2147483647 + 1\nx + 1\n1 << 32\n2 ** -1\n")).toEqual(Array(8).fill(undefined));
  });

  it("records nested constants inside expressions that do not fold", () => {
    const a = analyze(parse("y = f(1 + 2) * x\n", "t.py"));
    const values: number[] = [];
    walk(a.ast, (n) => void (a.constants.has(n as A.Expr) && values.push(a.constants.get(n as A.Expr)!)));
    expect(values).toEqual([3, 1, 2]); // `1 + 2` (pre-order), then its literals; not `... * x`
  });

  it("the emitter loads the analysis' folded value instead of compiling the arithmetic", () => {
    const a = analyze(parse("x = 2 * 3 + 4\n", "t.py"));
    const text = disassemble({ dialect: "python3", modules: [{ name: "__main__", code: emitModule(a), sourceHash: "" }] });
    expect(text).toMatch(/LOAD_INT\s+10\b/);
    expect(text).not.toMatch(/BINARY_MUL|BINARY_ADD|ADD_INT/);
  });
});

// ------------------------------------------------------------------------------
// The bytecode emitter only encodes: after a clean analysis it must not fail.

function corpus(): string[] {
  const out: string[] = [];
  const read = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) read(p);
      else if (p.endsWith(".py")) out.push(readFileSync(p, "utf8"));
    }
  };
  read("examples");
  read("bench/kernels");
  return out;
}

/** Snippets that break each analysis rule, spliced into real programs by the fuzzer. */
const ruleBreakers = [
  "break", "continue", "return 1", "x = 99999999999", "import a.b", "from . import m", "y = a @ b",
  "a[1:2] += 1", "d = {}", "s = {1}", "f(**k)", "z = a[1:2, 3]", "def g(**k): pass", "del q",
  "nonlocal n", "global p", "from m import *", "x = -2147483648", "w = [*a, *b]", "lambda u, **v: u",
];

describe("the emitter raises no language error", () => {
  it("has no source-level diagnostic of its own", () => {
    const src = readFileSync("src/compiler/emitter.ts", "utf8");
    expect(src).not.toMatch(/EPythonSyntaxError|this\.error\(/);
  });

  it("emits every analysed program of a mutated corpus without error", () => {
    const seeds = corpus();
    let clean = 0;
    let rejected = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: seeds.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ruleBreakers), fc.nat({ max: 8 })), { maxLength: 3 }),
        fc.boolean(),
        (k, inserts, classic) => {
          const lines = seeds[k].split("\n");
          // Insert at a line boundary with some indentation, so most results still parse.
          for (const [at, text, indent] of inserts) lines.splice(at % (lines.length + 1), 0, " ".repeat(indent - (indent % 4)) + text);
          let ast: A.Module;
          try {
            ast = parse(lines.join("\n"), "m.py", { dialect: classic ? "classic" : "python3" });
          } catch (e) {
            if (e instanceof EPythonSyntaxError) return;
            throw e;
          }
          const analysis = analyze(ast);
          if (analysis.diagnostics.length === 0) {
            clean++;
            expect(() => emitModule(analysis)).not.toThrow();
          } else {
            rejected++;
            expect(() => assertValid(analysis)).toThrow(EPythonSyntaxError);
            expect(() => emitModule(analysis)).toThrow(/analysis reported errors/);
          }
        },
      ),
      { numRuns: 600, seed: 6 },
    );
    // Both kinds of outcome were exercised.
    expect(clean).toBeGreaterThan(50);
    expect(rejected).toBeGreaterThan(50);
  });
});
