// A generator suspended inside try/finally or with is closed as soon as a `del` or
// the rebinding of a global drops its last reference, as CPython's reference counting
// closes it: its `finally` runs before the next statement (memory.ts dropWatch: the
// del and store paths run the core's budgeted check while such generators live). In
// all three execution modes (interpreted, compiled at once, default).
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { output } from "../helpers/runSource.js";
import { setBaselineHotThreshold } from "../../src/vm/jit/baseline.js";

const program = `def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)
g = gen("a")
next(g)
del g
print("after del")
g = gen("b")
next(g)
g = None
print("after rebind")
def local_del():
    h = gen("c")
    next(h)
    del h
    print("after local del")
local_del()
class Res:
    def __enter__(self): return self
    def __exit__(self, *a): print("exit")
def lines():
    with Res():
        yield "x"
        yield "y"
it = lines()
print(next(it))
it = None
print("done")
`;

describeCPythonParity("generators closed when del or rebinding drops them", { "del, rebinding, with": program }, []);

describe("the same in every execution mode", () => {
  for (const hot of [0, 1]) {
    it(`hot threshold ${hot}`, () => {
      setBaselineHotThreshold(hot);
      try {
        expect(output(program, { float64: true })).toBe(
          "cleanup a\nafter del\ncleanup b\nafter rebind\ncleanup c\nafter local del\nx\nexit\ndone\n");
      } finally {
        setBaselineHotThreshold(64);
      }
    });
  }
});
