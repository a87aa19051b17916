// Multi-dimensional subscripts against CPython 3.11: the key is a tuple of ints,
// slice objects and Ellipsis passed to __getitem__/__setitem__/__delitem__.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { analyze } from "../../src/compiler/analyze.js";
import { parse } from "../../src/lang/index.js";

describeCPythonParity("multi-dimensional subscripts", {
  "keys seen by __getitem__": `class Grid:
    def __init__(self): self.log = []
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): self.log.append(("set", k, v))
    def __delitem__(self, k): self.log.append(("del", k))
g = Grid()
print(g[1, 2])
print(g[1:2, ::3])
print(g[..., 0])
print(g[1:, :2, 3])
print(g[:, None])
print(g[0:10:2,])
i = 4
print(g[i - 1:i + 1, i])
g[1:2, 3] = "v"
del g[::2, 0]
print(g.log)
s = g[1:2, 3:4]
print(type(s[0]).__name__, s[0].start, s[0].stop, s[0].step, s[0] == slice(1, 2))
`,
  "dict keys": `d = {}
d[1, 2] = "a"
d[3, 4] = "b"
print(d[1, 2], d[(3, 4)], (1, 2) in d)
d[1, 2] += "!"
print(d)
del d[3, 4]
print(d)
`,
  "a matrix class": `class M:
    def __init__(self, rows): self.rows = rows
    def __getitem__(self, k):
        r, c = k
        if isinstance(r, slice):
            return [row[c] for row in self.rows[r]]
        return self.rows[r][c]
    def __setitem__(self, k, v):
        r, c = k
        self.rows[r][c] = v
m = M([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(m[1, 2], m[0:2, 1], m[::2, 0:2])
m[0, 0] += 100
print(m.rows[0])
`,
}, [
  ["x = [1, 2]\nx[0, 1]", "TypeError: list indices must be integers or slices, not tuple"],
  ["x = [1, 2]\nx[0:1, 1]", "TypeError: list indices must be integers or slices, not tuple"],
  ["x = {}\nx[1:2, 3]", "TypeError: unhashable type: 'slice'"],
]);

describe("multi-dimensional subscripts in the classic dialect", () => {
  it("are a compile error there", () => {
    const d = analyze(parse("a = b[1:2, 3]\n", "t.py", { dialect: "classic" })).diagnostics.map((x) => x.message);
    expect(d).toEqual(["multi-dimensional subscripts are not supported in the classic dialect"]);
  });
});
