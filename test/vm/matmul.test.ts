// `@` and `@=` (PEP 465) against CPython 3.11: user classes through __matmul__,
// __rmatmul__ and __imatmul__, CPython's TypeError on built-in operands.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

const M = `
class M:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, o):
        if not isinstance(o, M):
            return NotImplemented
        n, k, m = len(self.rows), len(o.rows), len(o.rows[0])
        return M([[sum(self.rows[i][t] * o.rows[t][j] for t in range(k)) for j in range(m)] for i in range(n)])
    def __rmatmul__(self, o):
        return ("r", o)
    def __repr__(self):
        return "M(%r)" % (self.rows,)
`;

describeCPythonParity("the @ operator", {
  "matrix product": M + `a = M([[1, 2], [3, 4]])
b = M([[5, 6], [7, 8]])
print(a @ b)
print(a @ b @ a)
print(3 @ a)
c = a
c @= b
print(c, c is a)
print(2 * 3 @ a)
`,
  "in-place method keeps identity": `class V:
    def __init__(self): self.n = 0
    def __imatmul__(self, o):
        self.n += o
        return self
    def __matmul__(self, o): return "plain"
v = V()
w = v
v @= 5
print(v is w, v.n)
print(v @ 1)
`,
  "precedence like *": `class P:
    def __matmul__(self, o): return 10
    def __rmatmul__(self, o): return 20
p = P()
print(p @ p + 1, 1 + p @ p, -p @ p if False else 0, [1] @ p)
`,
}, [
  ["1 @ 2", "TypeError: unsupported operand type(s) for @: 'int' and 'int'"],
  ["x = [1]\nx @= [2]", "TypeError: unsupported operand type(s) for @=: 'list' and 'list'"],
  ["class A: pass\nA() @ 1.5", "TypeError: unsupported operand type(s) for @: 'A' and 'float'"],
  ["class A:\n    def __matmul__(s, o): return NotImplemented\nA() @ A()", "TypeError: unsupported operand type(s) for @: 'A' and 'A'"],
]);
