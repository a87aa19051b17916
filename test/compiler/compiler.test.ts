import { describe, expect, it } from "vitest";
import { compileProgram } from "../../src/compiler/program.js";
import { EPythonSyntaxError } from "../../src/lang/diagnostics.js";
import { disassemble } from "../../src/bytecode/disasm.js";

function compileError(src: string, classic = false): EPythonSyntaxError {
  try {
    compileProgram(src, "t.py", { dialect: classic ? "classic" : "python3" });
  } catch (e) {
    if (e instanceof EPythonSyntaxError) return e;
    throw e;
  }
  throw new Error("expected a compile error");
}

describe("compiler diagnostics", () => {
  it.each([
    ["break\n", "'break' outside loop", 1],
    ["x = 1\ncontinue\n", "'continue' not properly in loop", 2],
    ["return 1\n", "'return' outside function", 1],
    ["def f():\n    nonlocal q\n", "no binding for nonlocal 'q' found", 2],
    ["nonlocal x\n", "nonlocal declaration not allowed at module level", 1],
    ["def f(a, a):\n    pass\n", "duplicate argument 'a'", 1],
    ["def f(**kw, a):\n    pass\n", "arguments cannot follow var-keyword argument", 1],
    ["def f():\n    from math import *\n", "import * only allowed at module level", 2],
    ["def f(x):\n    x = 1\n    global x\n", "parameter and global", 3],
  ])("%j -> %s", (src, msg, line) => {
    const e = compileError(src);
    expect(e.message).toContain(msg);
    expect(e.line).toBe(line);
    expect(e.format()).toMatch(/^t\.py:\d+:\d+: error: /);
  });

  it("an int literal beyond 32 bits is an error in the classic dialect only (Python 3: a big int)", () => {
    const e = compileError("x = 2147483648\n", true);
    expect(e.message).toContain("does not fit in a 32-bit int");
    expect(e.line).toBe(1);
    expect(disassemble(compileProgram("x = 2147483648\n", "t.py"))).toMatch(/LOAD_CONST\s+\d+\s+\(?2147483648/);
  });
});

describe("code generation", () => {
  it("folds integer constants but leaves overflow to run time", () => {
    const text = disassemble(compileProgram("x = 2 * 3 + 4\ny = 2147483647 + 1\n", "t.py"));
    expect(text).toMatch(/LOAD_INT\s+10/);
    expect(text).toMatch(/ADD_INT\s+1|BINARY_ADD/);
  });

  it("uses fast locals in functions and cells for captured variables", () => {
    const text = disassemble(compileProgram("def f(a):\n    b = a\n    def g():\n        return b\n    return g\n", "t.py"));
    expect(text).toMatch(/LOAD_FAST\s+0 \(a\)/);
    expect(text).toMatch(/STORE_DEREF\s+0 \(b\)/);
    expect(text).toMatch(/LOAD_CLOSURE/);
  });

  it("emits the classic operators only in the classic dialect", () => {
    const py = disassemble(compileProgram("x = 7\nprint(x / 2, x ** 2)\n", "t.py"));
    const classic = disassemble(compileProgram("x = 7\nprint x / 2\nprint x ^ 2\n", "t.py", { dialect: "classic" }));
    expect(py).toMatch(/BINARY_TRUEDIV/);
    expect(classic).toMatch(/CLASSIC_DIV/);
    expect(classic).toMatch(/BINARY_POW/); // `^` is power in classic (Python 3: xor)
    expect(classic).not.toMatch(/BINARY_XOR/);
    expect(classic).toMatch(/PRINT_CLASSIC/);
  });

  it("compiles imported user modules into the same image", () => {
    const files: Record<string, string> = { "lib.py": "def twice(x):\n    return 2 * x\n" };
    const p = compileProgram("import lib\nprint(lib.twice(4))\n", "main.py", { readFile: (f) => files[f] ?? null });
    expect(p.modules.map((m) => m.name)).toEqual(["__main__", "lib"]);
  });
});
