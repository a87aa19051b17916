// __new__ in the Python 3 dialect (issue 9): a class's own __new__ runs before __init__
// (which runs only when __new__ returns an instance of the class), object.__new__ and
// super().__new__ make plain instances, with CPython's argument checks. Subclassing the
// built-in types themselves stays a clear TypeError.
import { describe, expect, it } from "vitest";
import { output, runSource } from "../helpers/runSource.js";
import { cpython311, runCPython } from "../helpers/cpython.js";

const program = `
class P:
    def __new__(cls, x):
        self = super().__new__(cls)
        self.x = x * 2
        return self
    def __init__(self, x):
        self.y = x
p = P(3)
print(p.x, p.y, type(p).__name__)
class Q:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
        return cls._inst
print(Q() is Q())
class R(P):
    pass
r = R(5)
print(r.x, r.y, type(r).__name__, isinstance(r, P))
class Other:
    def __new__(cls, v):
        return v + 1
    def __init__(self, v):
        print('never')
print(Other(41))
class Kw:
    def __new__(cls, *args, b=0):
        o = object.__new__(cls)
        o.kw = b
        return o
    def __init__(self, a, b=0):
        self.s = a + b
k = Kw(1, b=2)
print(k.kw, k.s)
class Plain:
    pass
class Init:
    def __init__(self, a):
        self.a = a
print(type(object.__new__(Plain)).__name__, object.__new__(Init, 1).__class__.__name__)
class E(Exception):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
print(E('boom').args, repr(E(1, 2)))
`;

const errors: [string, string][] = [
  ["class Plain:\n    pass\nobject.__new__(Plain, 1)\n", "TypeError: Plain() takes no arguments"],
  ["class P:\n    def __new__(cls, x):\n        return object.__new__(cls)\nobject.__new__(P, 1)\n", "TypeError: object.__new__() takes exactly one argument (the type to instantiate)"],
  ["object.__new__(3)\n", "TypeError: object.__new__(X): X is not a type object (int)"],
];

describe("__new__", () => {
  it("runs like CPython 3.11", () => {
    const out = output(program);
    if (cpython311) expect(out).toBe(runCPython(program).out);
    expect(out.split("\n")[0]).toBe("6 3 P");
  });
  for (const [src, line] of errors) {
    it(`${JSON.stringify(src)} -> ${line}`, () => {
      const r = runSource(src);
      expect(r.error ? `${r.error.kind}: ${r.error.pyMessage}` : "no error").toBe(line);
      if (cpython311) expect(runCPython(src).err.trim().split("\n").pop()).toBe(line);
    });
  }
  it("checks the arguments of a Python __new__ (named by its qualname, as CPython 3.11)", () => {
    const r = runSource("class P:\n    def __new__(cls):\n        return object.__new__(cls)\nP(1)\n");
    expect(`${r.error?.kind}: ${r.error?.pyMessage}`).toBe("TypeError: P.__new__() takes 1 positional argument but 2 were given");
  });
  it("int.__new__ / tuple.__new__ make instances of subclasses of built-in types", () => {
    const src = "class N(int):\n    def __new__(cls, v):\n        return int.__new__(cls, v + 1)\n" +
      "class P(tuple):\n    def __new__(cls, a, b):\n        return tuple.__new__(cls, (a, b))\n" +
      "print(N(1), type(N(1)).__name__, P(1, 2), type(P(1, 2)).__name__, int.__new__(int, 7))\n";
    expect(output(src)).toBe("2 N (1, 2) P 7\n");
    const b = runSource("int.__new__(list)\n");
    expect(`${b.error?.kind}: ${b.error?.pyMessage}`).toBe("TypeError: int.__new__(list): list is not a subtype of int");
  });
});
