"""Matrices with the @ operator, 2-D subscripts and positional-only parameters."""


class Matrix:
    """A small dense matrix of ints."""

    def __init__(self, rows, /):
        self.rows = [list(r) for r in rows]

    def __getitem__(self, key):
        "m[i, j] is an element; m[i0:i1, j] a column slice; m[i, :] a row."
        i, j = key
        if isinstance(i, slice):
            return [row[j] for row in self.rows[i]]
        return self.rows[i][j]

    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value

    def __matmul__(self, other):
        n, k, m = len(self.rows), len(other.rows), len(other.rows[0])
        return Matrix([[sum(self.rows[i][t] * other.rows[t][j] for t in range(k))
                        for j in range(m)] for i in range(n)])

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __repr__(self):
        return "Matrix(%r)" % (self.rows,)


def identity(n, /, scale=1):
    """The n-by-n identity, times scale."""
    return Matrix([[scale if i == j else 0 for j in range(n)] for i in range(n)])


a = Matrix([[1, 2], [3, 4]])
print(a @ identity(2, scale=3))
print(a[0, 1], a[0:2, 0], a[1, :])
a[1, 1] = 10
a @= a
print(a)
print(identity.__doc__)
print(__doc__)
try:
    identity(n=2)
except TypeError as e:
    print(e)
try:
    [1, 2] @ [3, 4]
except TypeError as e:
    print(e)
