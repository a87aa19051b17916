# Numbers as a micro-core sees them (ePython only; CPython differs, so there is no
# epython-cpython marker): float is IEEE single precision by default and int is a
# 32-bit signed integer. Run with --float64 to get CPython's doubles instead.
import math

# float32: repr prints the shortest string that reads back as the same float32
print(0.1 + 0.2)                # 0.3   (CPython: 0.30000000000000004)
print(0.1 + 0.2 == 0.3)         # True  (CPython: False)
print(1 / 3, 2 / 3)             # 0.33333334 0.6666667
print(3.14159265358979)         # 3.1415927
print(math.pi, math.sqrt(2))    # 3.1415927 1.4142135
print(16777216.0 + 1.0)         # 16777216.0: 2**24 + 1 is not a float32
print(float(16777217))          # 16777216.0
print(int(2.99999999))          # 3: the literal rounds to 3.0 in float32
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0)              # 1.0000001 False
print(f"{1 / 3:.10f}")          # the float32 value has these digits: 0.3333333433
print(1e10, 2.5e-3)             # both print as in CPython
print(1.1 * 1.1)                # 1.21 (CPython: 1.2100000000000002)

# int: 32-bit signed; results must fit (overflow raises OverflowError, see
# errors/overflow.py)
print(2147483647, -2147483647 - 1)
print(46340 * 46340, 2 ** 30 + (2 ** 30 - 1))
print(hex(2147483647), -2147483648 // 2, abs(-2147483647))
