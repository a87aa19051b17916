// A program module's `__file__` (its path as given) and a class's `__base__`, as CPython has them.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { output } from "../helpers/runSource.js";

describeCPythonParity(
  "__base__ against CPython",
  {
    "the first base, or the one deriving from a built-in type": `import collections
class A: pass
class B(A): pass
class C(B, dict): pass
class D(dict, A): pass
print(B.__base__, A.__base__, object.__base__, C.__base__, D.__base__)
`,
  },
  [],
);

describe("__file__", () => {
  it("is the program's path as given", () => {
    expect(output("print(__file__)\n")).toBe("main.py\n");
  });
});
