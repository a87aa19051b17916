# Arithmetic, bitwise and augmented operators, and their precedence.
# epython-cpython: same

print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 2 ** 10)
# floor division and modulo round towards minus infinity (Python, not C)
print(-7 // 2, -7 % 3, 7 // -2, 7 % -3, -7 // -2, -7 % -3)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, 2 ** -1, 4 ** 0.5)
# precedence: ** binds tighter than unary minus, and is right-associative
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(2 + 3 * 4, (2 + 3) * 4, 10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4)
print(1 + 2 * 3 ** 2 - 8 // 3)
print(-(-5), +5, -+-5, ~5, ~-1)

# bitwise operators
print(12 & 10, 12 | 10, 12 ^ 10, 1 << 10, 1024 >> 3, -16 >> 2)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4))
print(3 + 4 << 1, 3 + (4 << 1))

# mixed int and float
print(3 + 0.5, 3 * 1.5, 10 / 4, 9 / 3, 2 ** 3.0)

# comparisons have lower precedence than arithmetic
print(1 + 2 == 3, 2 * 3 > 5, 10 - 10 != 0)

# augmented assignment
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x //= 5
print(x)
x %= 3
print(x)
x **= 5
print(x)
x <<= 2
print(x)
x >>= 1
print(x)
x |= 1
print(x)
x &= 6
print(x)
x ^= 15
print(x)
y = 7
y /= 2
print(y)

# abs, divmod, pow and the operators agree
print(abs(-7), divmod(17, 5), divmod(-17, 5), pow(3, 4), pow(3, 4, 5))
