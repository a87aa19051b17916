// Positional-only parameters (PEP 570) against CPython 3.11: binding with defaults,
// *args, keyword-only and **kw parameters, and CPython's TypeErrors.
import { describe, expect, it } from "vitest";
import { parse } from "../../src/lang/index.js";
import { EPythonSyntaxError } from "../../src/lang/diagnostics.js";
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("positional-only parameters", {
  "binding": `def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)
print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4, e=6, a=7, b=8))
print(f(*[1, 2, 3], **{"d": 0, "c2": 1}))
def g(x, /, **kw): return x, kw
print(g(1, x=2))
h = lambda a, /, b: a - b
print(h(5, b=2), h(5, 2))
class C:
    def m(self, v, /): return v * 2
print(C().m(21))
def k(a, /): return a
print(k(3))
`,
  "defaults only on the later ones": `def f(a, /, b=1): return a + b
print(f(1), f(1, b=5), f(a := 2, 3))
`,
}, [
  ["def f(a, b, /, c): pass\nf(a=1, b=2, c=3)", "TypeError: f() got some positional-only arguments passed as keyword arguments: 'a, b'"],
  ["def f(a, b, /, c): pass\nf(1, b=2, c=3)", "TypeError: f() got some positional-only arguments passed as keyword arguments: 'b'"],
  ["def f(a, /): pass\nf(z=1, a=2)", "TypeError: f() got some positional-only arguments passed as keyword arguments: 'a'"],
  ["def f(a, /): pass\nf(z=1)", "TypeError: f() got an unexpected keyword argument 'z'"],
  ["def f(a, /, **k): pass\nf(a=1)", "TypeError: f() missing 1 required positional argument: 'a'"],
  ["def f(a, /, b): pass\nf(1, 2, 3)", "TypeError: f() takes 2 positional arguments but 3 were given"],
]);

describe("positional-only syntax errors (CPython's messages)", () => {
  const err = (src: string) => {
    try {
      parse(src, "t.py");
    } catch (e) {
      if (e instanceof EPythonSyntaxError) return `${e.line}:${e.col} ${e.message}`;
      throw e;
    }
    return "no error";
  };
  it.each([
    ["def f(a, /, /): pass\n", "1:13 / may appear only once"],
    ["def f(*, a, /): pass\n", "1:13 / must be ahead of *"],
    ["def f(*a, /): pass\n", "1:11 / must be ahead of *"],
    ["def f(/, a): pass\n", "1:7 at least one argument must precede /"],
    ["def f(/): pass\n", "1:7 invalid syntax"],
    ["def f(a=1, /, b): pass\n", "1:15 non-default argument follows default argument"],
  ])("%j", (src, expected) => expect(err(src)).toBe(expected));
});
