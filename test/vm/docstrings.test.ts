// Docstrings (PEP 257) against CPython 3.11: `f.__doc__` (constant 0 of the code,
// CodeFlags.DOC), module `__doc__`, None without one.
import { describe, expect, it } from "vitest";
import { compileProgram } from "../../src/compiler/program.js";
import { CodeFlags, type CodeObject, isCodeObject } from "../../src/bytecode/code.js";
import { output } from "../helpers/runSource.js";
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("docstrings", {
  "functions": `def f(x):
    """Adds one.

    More text."""
    return x + 1
def g(): return 2
def h():
    'single'
    pass
lam = lambda: 0
print(repr(f.__doc__), g.__doc__, h.__doc__, lam.__doc__, f(1))
def k():
    f"not a docstring {1}"
print(k.__doc__)
def m():
    x = 1
    "not first"
print(m.__doc__)
def gen():
    "a generator"
    yield 1
print(gen.__doc__, list(gen()))
def pos(a, /):
    "positional"
    return a
print(pos.__doc__, pos(3))
`,
  "module docstring": `"""The module."""
print(__doc__)
def f(): return __doc__
print(f())
`,
  "module without one": `x = 1
print(__doc__)
`,
}, []);

describe("docstring storage", () => {
  it("keeps a docstring as constant 0 and flags the code", () => {
    const p = compileProgram('def f():\n    "doc"\n    return 1\n', "main.py");
    const f = p.modules[0].code.consts.find(isCodeObject) as CodeObject;
    expect(f.flags & CodeFlags.DOC).toBe(CodeFlags.DOC);
    expect(f.consts[0]).toBe("doc");
  });
  it("gives a module that never reads __doc__ no global for it", () => {
    const p = compileProgram("x = 1\n", "main.py");
    expect(p.modules[0].code.globals).not.toContain("__doc__");
  });
  it("reads an imported module's docstring, None without one", () => {
    const files = { "m1.py": '"""first"""\ndef f():\n    """eff"""\n', "m2.py": "y = 2\n" };
    expect(output("import m1, m2\nprint(m1.__doc__, m2.__doc__, m1.f.__doc__)\n", { files })).toBe("first None eff\n");
  });
  it("runs under the baseline compiler", () => {
    expect(output('def f(a):\n    "d"\n    return a\nt = 0\nfor i in range(3000):\n    t += f(i)\nprint(t, f.__doc__)\n')).toBe("4498500 d\n");
  });
});
