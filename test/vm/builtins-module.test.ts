// `import builtins` and `__builtins__` (builtins.ts builtinsModule): the built-in names
// as a module, read-only on a core (the compiler resolves built-in names), against
// CPython 3.11 for reads; writes raise NotImplementedError saying why.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { runSource } from "../helpers/runSource.js";

describeCPythonParity("the builtins module", {
  "reads": `import builtins
print(builtins.len([1, 2]), builtins.int("5"), builtins.__name__, type(builtins).__name__, builtins is __builtins__)
print(isinstance(3, builtins.int), "print" in dir(builtins), hasattr(builtins, "nope"), builtins.ValueError is ValueError)
def sum(*a):
    return builtins.sum(a)
print(sum(1, 2, 3), getattr(builtins, "max")(3, 9))
from builtins import min as mn, range
print(mn(4, 2), list(range(3)))
`,
}, [
  ["import builtins\nbuiltins.qqqzzz\n", "AttributeError: module 'builtins' has no attribute 'qqqzzz'"],
]);

describe("the builtins module is read-only", () => {
  it.each(["import builtins\nbuiltins.print = None\n", "import builtins\ndel builtins.len\n", "__builtins__.x = 1\n"])("%j", (src) => {
    const r = runSource(src);
    expect(r.error?.kind).toBe("NotImplementedError");
    expect(r.error?.pyMessage).toContain("the builtins module cannot be changed");
  });
});
