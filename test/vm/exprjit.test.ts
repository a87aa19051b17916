// EVAL_EXPR fast paths must agree exactly with the generic instructions. The same
// expressions are evaluated over fast locals (compiled to JavaScript) and over module
// globals (never compiled), for values that exercise every guard.
import { beforeAll, describe, expect, it } from "vitest";
import { compileProgram } from "../../src/compiler/program.js";
import { disassemble } from "../../src/bytecode/disasm.js";
import { output, runSource } from "../helpers/runSource.js";
import { type CodeObject, type Program, isCodeObject } from "../../src/bytecode/code.js";
import { Core, RUN_DONE } from "../../src/vm/core.js";
import { PyError } from "../../src/vm/errors.js";
import { runtimeOf, setEvalHotThreshold } from "../../src/vm/loader.js";

const exprs = [
  "a + b * c", "a * b - c", "(a - b) * (b - c)", "a / b + c", "a * a + b * b + c * c",
  "xs[0] - xs[1] * c", "xs[i] + a * xs[j]", "a - 1.5 * b", "2 * a + 3", "a * b * c * a",
  "a // b + c", "a % b - c", "-a * b + c", "(a + b) // 2 + a % 7", "-(a - b) % c",
  "math.sqrt(a) + b", "sqrt(a * a + b) * c", "math.exp(a) - c", "math.log(b) * 2",
  "a * G + c * G",
];
const values = ["3", "-7", "0", "2147483647", "-2147483648", "0.5", "1e30", "-2.25", "3.0", "0.0", "-0.0", "True", "False", "float('nan')", "float('inf')", "1e-45"];

/**
 * The same expression with every operand passed through `v` (the identity): calls of
 * a Python function make any EVAL_EXPR guard fail, so it runs the generic instructions.
 */
function generic(expr: string): string {
  return expr.replace(/\b(a|b|c|G|xs|i|j)\b/g, "v($1)");
}

function program(expr: string, a: string, b: string, c: string): string {
  const local = `import math\nfrom math import sqrt\ndef v(x):\n    return x\ndef f(a, b, c, xs, i, j):\n    return ${expr}\n`;
  return `${local}a = ${a}\nb = ${b}\nc = ${c}\nG = b\nxs = [a, b, c]\ni = 1\nj = 2\n` +
    `try_local = f(a, b, c, xs, i, j)\nprint(repr(try_local))\nprint(repr(${generic(expr)}))\n`;
}


// Compile every EVAL instruction on its first run, so each case exercises the
// compiled path (by default only hot instructions are compiled).
beforeAll(() => setEvalHotThreshold(1));
describe("EVAL_EXPR", () => {
  it("is emitted for arithmetic over locals and list items", () => {
    const text = disassemble(compileProgram("def f(a, b, xs):\n    return a * b + xs[0]\n", "t.py"));
    expect(text).toMatch(/EVAL_EXPR\s+\d+ \("\(\+ \(\* l0 l1\) k2,0\)"\)/);
  });

  it("agrees with the generic instructions on every kind of operand", () => {
    let checked = 0;
    for (const expr of exprs) {
      for (let k = 0; k < values.length; k++) {
        const [a, b, c] = [values[k], values[(k * 7 + 3) % values.length], values[(k * 5 + 1) % values.length]];
        for (const float64 of [false, true]) {
          const r = runSource(program(expr, a, b, c), { float64, profile: "host" });
          if (r.error) {
            // Both paths raise: the local one first, with its own line (6).
            expect(r.error.traceback.at(-1)?.line).toBe(6);
            continue;
          }
          const [local, global] = r.out.trim().split("\n");
          expect(local, `${expr} with a=${a} b=${b} c=${c} float64=${float64}`).toBe(global);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it("compiles whole assignments to locals, globals and list items", () => {
    const text = disassemble(compileProgram("def f(a, xs, i):\n    b = a * 2 + 1\n    xs[i] = b - a\n    xs[0] += a * b\n", "t.py"));
    expect(text).toMatch(/EVAL_STMT\s+\d+ \("\(= l3 \(\+ \(\* l0 i2\) i1\)\)"\)/);
    expect(text).toMatch(/EVAL_STMT\s+\d+ \("\(= s1,2 \(- l3 l0\)\)"\)/);
    expect(text).toMatch(/EVAL_STMT\s+\d+ \("\(= k1,0 \(\+ k1,0 \(\* l0 l3\)\)\)"\)/);
    const src = "def f(a, xs, i):\n    b = a * 2 + 1\n    xs[i] = b - a\n    xs[0] += a * b\n    return b, xs\n" +
      "print(f(3, [1, 2, 3], 1), f(0.5, [1.5, 2], 1), f(2, [[1], 2], 0))\n" +
      "g = 1\nfor k in range(3):\n    g = g * 3 + k\nprint(g)\n";
    // What CPython prints for the same program.
    expect(output(src, { float64: true })).toBe("(7, [22, 4, 3]) (2.0, [2.5, 1.5]) (5, [13, 2])\n32\n");
  });

  it("calls math functions directly, and falls back when the name is rebound", () => {
    expect(disassemble(compileProgram("import math\ndef f(x):\n    return math.sqrt(x) * 2\n", "t.py"))).toMatch(/EVAL_EXPR.*\(fm \d+ sqrt l0\)/);
    expect(output("import math\ndef f(x):\n    return math.sqrt(x) * 2\nprint(f(2.25))\nmath.sqrt = abs\nprint(f(-4))\n", { float64: true })).toBe("3.0\n8\n");
    const dom = runSource("import math\ndef f(x):\n    return math.sqrt(x) * 2\nprint(f(-1))\n");
    expect(dom.error?.pyMessage).toBe("math domain error");
  });

  it("falls back to the generic error on overflow, division by zero and unbound names", () => {
    const over = runSource("def f(a, b):\n    return a * b + 1\nprint(f(65536, 65536))\n", { intOverflow: "error" });
    expect(over.error?.kind).toBe("OverflowError");
    expect(over.error?.traceback.at(-1)?.line).toBe(2);
    const div = runSource("def f(a, b):\n    return a / b + 1\nprint(f(1, 0))\n");
    expect(div.error?.kind).toBe("ZeroDivisionError");
    const unbound = runSource("def f(a):\n    if a:\n        b = 1\n    return a * b + 1\nprint(f(0))\n");
    expect(unbound.error?.kind).toBe("UnboundLocalError");
    expect(output("def f(xs, i):\n    return xs[i] * 2 + 1\nprint(f([1, 2, 3], -1), f((4, 5), 1))\n")).toBe("7 11\n");
  });
});

describe("lazy EVAL compilation and per-precision run-time tables", () => {
  function newCore(program: Program, float32: boolean, out: string[]): Core {
    const core = new Core(program, {
      id: 0, numCores: 1, isHost: true, float32, memory: { local: 1 << 24, spill: 0 },
      write: (t) => out.push(t), randomSeed: 1,
    });
    core.start();
    return core;
  }
  const functionCode = (program: Program, name: string) =>
    program.modules[0].code.consts.find((c): c is CodeObject => isCodeObject(c) && c.name === name)!;

  it("compiles a descriptor when its instruction first runs, never at load", () => {
    const program = compileProgram("def used(a, b):\n    return a * b + 1\ndef unused(a, b):\n    return a * b - 1\nprint(used(2, 3))\n", "t.py");
    const out: string[] = [];
    const core = newCore(program, true, out);
    expect(runtimeOf(functionCode(program, "used"), true).jit).toBeNull();
    expect(core.run(Infinity)).toBe(RUN_DONE);
    expect(out.join("")).toBe("7\n");
    expect(runtimeOf(functionCode(program, "used"), true).jit?.some((f) => typeof f === "function")).toBe(true);
    expect(runtimeOf(functionCode(program, "unused"), true).jit).toBeNull();
  });

  it("compiles an instruction only once it is hot, at the default threshold", () => {
    setEvalHotThreshold(16);
    try {
      const src = (n: number) => `def g(a, b):\n    return a * b + 1\nt = 0\nfor i in range(${n}):\n    t = g(i, 3)\nprint(t)\n`;
      const coldProgram = compileProgram(src(10), "t.py");
      const out: string[] = [];
      expect(newCore(coldProgram, true, out).run(Infinity)).toBe(RUN_DONE);
      expect(out.join("")).toBe("28\n");
      expect(runtimeOf(functionCode(coldProgram, "g"), true).jit?.some((f) => typeof f === "function") ?? false).toBe(false);
      const hotProgram = compileProgram(src(40), "t.py");
      out.length = 0;
      expect(newCore(hotProgram, true, out).run(Infinity)).toBe(RUN_DONE);
      expect(out.join("")).toBe("118\n");
      expect(runtimeOf(functionCode(hotProgram, "g"), true).jit?.some((f) => typeof f === "function")).toBe(true);
    } finally {
      setEvalHotThreshold(1);
    }
  });

  it("reports a corrupt descriptor as a clear error when it runs", () => {
    for (const [desc, why] of [["(+ l0 l99)", "refers to local 99"], ["(+ l0", "unexpected end"], ["(^ l0 l1)", "bad operator"]]) {
      const program = compileProgram("def f(a, b):\n    return a * b + 1\nprint(f(2, 3))\n", "t.py");
      const code = functionCode(program, "f");
      code.consts = code.consts.map((c) => (typeof c === "string" && c.startsWith("(") ? desc : c));
      const core = newCore(program, true, []);
      let error: unknown = null;
      try {
        core.run(Infinity);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PyError);
      expect((error as PyError).pyMessage).toMatch(/^corrupt image: bad EVAL descriptor|^corrupt image: EVAL descriptor/);
      expect((error as PyError).pyMessage).toContain(why);
    }
  });

  it("keeps each precision's constants apart when one program runs at both", () => {
    // 16777217.0 is 16777216.0 in float32: the two cores must not share constants.
    const program = compileProgram("print(16777217.0 - 16777216.0)\n", "t.py");
    const out32: string[] = [], out64: string[] = [];
    const c32 = newCore(program, true, out32);
    const c64 = newCore(program, false, out64);
    c32.run(Infinity);
    c64.run(Infinity);
    expect([out32.join(""), out64.join("")]).toEqual(["0.0\n", "1.0\n"]);
  });
});
