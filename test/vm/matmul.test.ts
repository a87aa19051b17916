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

// Every augmented assignment tries the instance's in-place method first (__imul__...).
describeCPythonParity("in-place special methods", {
  "each operator": `class A:
    def __init__(self): self.log = []
    def _rec(name):
        def m(self, o):
            self.log.append((name, o))
            return self
        return m
    __imul__ = _rec("imul"); __itruediv__ = _rec("itruediv"); __ifloordiv__ = _rec("ifloordiv")
    __imod__ = _rec("imod"); __ipow__ = _rec("ipow"); __ilshift__ = _rec("ilshift"); __irshift__ = _rec("irshift")
    __ior__ = _rec("ior"); __iand__ = _rec("iand"); __ixor__ = _rec("ixor"); __isub__ = _rec("isub"); __imatmul__ = _rec("imatmul")
a = A()
b = a
a *= 1; a /= 2; a //= 3; a %= 4; a **= 5; a <<= 6; a >>= 7; a |= 8; a &= 9; a ^= 10; a -= 11; a @= 12
print(a is b, a.log)
class B:
    def __mul__(self, o): return "mul"
    def __rpow__(self, o): return "rpow"
x = B()
x *= 3
print(x)
y = 2
y **= B()
print(y)
n = 7
n *= 3; n //= 2; n %= 6; n **= 3; n <<= 2; n >>= 1; n /= 4
print(n)
`,
}, [
  ["class A: pass\na = A()\na *= 2", "TypeError: unsupported operand type(s) for *=: 'A' and 'int'"],
]);
