// locals(): a snapshot dict of the calling function's variables (fast locals, cells,
// free variables), compared with CPython 3.11; globals() at module level.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { output } from "../helpers/runSource.js";

describeCPythonParity("locals() (CPython parity)", {
  "functions, closures, class bodies, module level": `def f(a, b=2, *args, **kw):
    x = 1
    y = [a, b]
    d = locals()
    d['x'] = 99
    print(sorted(d.items(), key=lambda kv: kv[0]), x)
    print(list(d))
    del x
    print('x' in locals())
    z = 5
    def inner():
        return z + a
    print(sorted(locals()))
    def g():
        w = 3
        return sorted(locals().items())
    g2 = g
    return inner, g()
f(1, 7, 8, k=3)
def outer():
    v = 10
    def h():
        q = v
        return locals()
    return h()
print(outer())
print(locals() == globals(), 'f' in locals())
class C:
    a = 1
    b = a + 1
    print(sorted(k for k in locals() if not k.startswith('__')))
def loop():
    for i in range(2):
        pass
    print(locals())
loop()
`,
}, [
  ["locals(1)", "TypeError: locals() takes no arguments (1 given)"],
]);

describe("locals(): ePython's snapshot", () => {
  // CPython 3.11 hands a generator the same dict on every call (updated in place);
  // ePython gives a new snapshot each time, as CPython 3.13 (PEP 667) does.
  it("each call is a new snapshot, also in a generator", () => {
    expect(output("def gen():\n    n = 4\n    yield locals()\n    m = 5\n    yield locals()\nprint(list(gen()))")).toBe("[{'n': 4}, {'n': 4, 'm': 5}]\n");
  });
});
