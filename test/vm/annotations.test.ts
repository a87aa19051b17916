// Variable annotations (PEP 526) against CPython 3.11: a bare `x: T` in a function
// makes x local; at module level it binds nothing; annotated names cannot be declared
// global or nonlocal.
import { describe, expect, it } from "vitest";
import { runSource } from "../helpers/runSource.js";
import { cpython311, runCPython } from "../helpers/cpython.js";
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("bare annotations", {
  "local after assignment": `def f():
    x: int
    x = 5
    y: list = [x]
    return x, y
print(f())
def g():
    x: int
    def inner(): return x
    x = 7
    return inner()
print(g())
`,
  "module level binds nothing": `x: int
try:
    print(x)
except NameError as e:
    print(e)
x: int = 4
print(x)
class C:
    a: int
    b: str = "s"
print(sorted(C.__annotations__), C.b)
global z
z: int = 1
print(z)
`,
}, [
  ["x = 1\ndef f():\n    x: int\n    print(x)\nf()", "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value"],
  ["def f():\n    print(x)\n    x: int\nf()", "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value"],
  ["def f():\n    x: int\n    del x\nf()", "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value"],
]);

describe("annotated names and global/nonlocal (CPython's SyntaxErrors)", () => {
  const cases: [string, string][] = [
    ["def f():\n    x: int\n    global x\n", "3:5 annotated name 'x' can't be global"],
    ["def f():\n    global x\n    x: int\n", "3:5 annotated name 'x' can't be global"],
    ["def f():\n    global x\n    x: int = 3\n", "3:5 annotated name 'x' can't be global"],
    ["x: int\nglobal x\n", "2:1 annotated name 'x' can't be global"],
    ["def g():\n    x = 1\n    def f():\n        x: int\n        nonlocal x\n", "5:9 annotated name 'x' can't be nonlocal"],
    ["def g():\n    x = 1\n    def f():\n        nonlocal x\n        x: int\n", "5:9 annotated name 'x' can't be nonlocal"],
  ];
  it.each(cases)("%j", (src, expected) => {
    let message = "no error";
    try {
      runSource(src);
    } catch (e) {
      const err = e as { line: number; col: number; message: string };
      message = `${err.line}:${err.col} ${err.message}`;
    }
    expect(message).toBe(expected);
    if (cpython311) expect(runCPython(src).err.trim().split("\n").pop()).toBe(`SyntaxError: ${expected.replace(/^\S+ /, "")}`);
  });
});
