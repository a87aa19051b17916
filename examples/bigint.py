# Python ints have no size limit: a result beyond the device's 32-bit word becomes an
# arbitrary-precision int, charged to the core by its size (8 B + 4 B per 32-bit
# digit); results that fit become small ints again. (--int-overflow error keeps the
# word's OverflowError; the classic dialect always does.)
# epython-args: --float64
import math

print(2 ** 100, -2 ** 100, 2 ** 31, type(2 ** 31).__name__)
x = 2147483647
x += 1
print(x, x - 1, 10 ** 20 // 10 ** 10)

# Factorials, Fibonacci numbers, binomials: exact.
print(math.factorial(50))
a, b = 0, 1
for _ in range(200):
    a, b = b, a + b
print(a)
print(math.comb(100, 50), math.gcd(2 ** 100, 6 ** 50), math.isqrt(10 ** 41))

# Floor division and modulo follow the divisor's sign, as for small ints.
print(-(10 ** 20) // 7, -(10 ** 20) % 7, divmod(10 ** 20, -7))
print(pow(3, 10 ** 5, 10 ** 30 + 7), pow(2, -1, 10 ** 20 + 1))

# Comparisons with floats are exact; equal values hash alike (dict keys, sets).
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 64 == 2.0 ** 64)
d = {2 ** 70: "big", 5: "small"}
print(d[2 ** 71 // 2], d[2 ** 72 // 2 ** 70 + 1], 2.0 ** 70 in d)

# Formatting, conversions, bits.
n = 2 ** 70 + 12345
print(f"{n:,} {n:x} {n:>28} {-n:#o}")
print(hex(n), int("123456789" * 4), int(1e25), float(2 ** 80))
print(n >> 60, n & 0xFFFF, ~n, n.bit_length(), sum([2 ** 64] * 4))
print(2 ** 80 / 3, sorted([2 ** 65, -3, 1.5, 10 ** 19]))
