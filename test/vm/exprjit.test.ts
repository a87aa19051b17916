// EVAL_EXPR fast paths must agree exactly with the generic instructions. The same
// expressions are evaluated over fast locals (compiled to JavaScript) and over module
// globals (never compiled), for values that exercise every guard.
import { describe, expect, it } from "vitest";
import { compileProgram } from "../../src/compiler/program.js";
import { disassemble } from "../../src/bytecode/disasm.js";
import { output, runSource } from "../helpers/runSource.js";

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
    const over = runSource("def f(a, b):\n    return a * b + 1\nprint(f(65536, 65536))\n");
    expect(over.error?.kind).toBe("OverflowError");
    expect(over.error?.traceback.at(-1)?.line).toBe(2);
    const div = runSource("def f(a, b):\n    return a / b + 1\nprint(f(1, 0))\n");
    expect(div.error?.kind).toBe("ZeroDivisionError");
    const unbound = runSource("def f(a):\n    if a:\n        b = 1\n    return a * b + 1\nprint(f(0))\n");
    expect(unbound.error?.kind).toBe("UnboundLocalError");
    expect(output("def f(xs, i):\n    return xs[i] * 2 + 1\nprint(f([1, 2, 3], -1), f((4, 5), 1))\n")).toBe("7 11\n");
  });
});
