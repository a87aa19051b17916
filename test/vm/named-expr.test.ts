// Assignment expressions (PEP 572), compared with CPython 3.11's output.
import { describe, expect, it } from "vitest";
import { output } from "../helpers/runSource.js";
import { parse } from "../../src/lang/index.js";
import { compileProgram } from "../../src/compiler/program.js";

describe("assignment expressions", () => {
  it("bind in conditions, comprehensions (enclosing scope) and loops", () => {
    const src = [
      "data = [1, 5, 12, 7, 20]",
      "if (n := len(data)) > 3:",
      "    print('long', n)",
      "big = [y for x in data if (y := x * 2) > 10]",
      "print(big, y)",
      "def f(xs):",
      "    total = 0",
      "    out = [(total := total + x) for x in xs]",
      "    return out, total",
      "print(f([1, 2, 3]))",
      "i = 0",
      "while (i := i + 1) < 4:",
      "    print(i, end=' ')",
      "print()",
      "print([(a := 1), a + 1])",
      "def g():",
      "    return [last := v for v in range(3)], last",
      "print(g())",
    ].join("\n");
    expect(output(src)).toBe("long 5\n[24, 14, 40] 40\n([1, 3, 6], 6)\n1 2 3 \n[1, 2]\n([0, 1, 2], 2)\n");
  });

  it("reports CPython's syntax errors", () => {
    const err = (src: string) => {
      try {
        compileProgram(src, "m.py", { dialect: "python3", readFile: () => null, isBuiltinModule: () => false });
      } catch (e) {
        return (e as Error).message;
      }
      return "no error";
    };
    expect(err("x := 5\n")).toBe("invalid syntax");
    expect(err("(a.b := 1)\n")).toBe("cannot use assignment expressions with attribute");
    expect(err("(a[0] := 1)\n")).toBe("cannot use assignment expressions with subscript");
    expect(err("x = [i := 0 for i in range(3)]\n")).toBe("assignment expression cannot rebind comprehension iteration variable 'i'");
    expect(parse("(x := 1)\n", "m.py").body.length).toBe(1);
  });
});
