# epython-args: --float64
# The math module in its three import forms. Run with --float64 so that every
# float matches CPython digit for digit (in the default single precision,
# math.pi prints as 3.1415927).
import math
import math as m
from math import sqrt, pi, floor, ceil

print(math.pi, m.pi, pi, math.e, math.tau)
print(sqrt(2), math.sqrt(16), m.sqrt(0.25))
print(math.sin(pi / 2), math.cos(0), math.tan(0.5), math.atan2(1, 1) * 4)
print(math.exp(1), math.log(math.e), math.log(1024, 2), math.log10(1000), math.log2(8))
print(floor(2.7), ceil(2.1), floor(-2.5), ceil(-2.5), math.trunc(-3.7))
print(math.fabs(-3), math.hypot(3, 4), math.pow(2, 0.5), math.degrees(pi), math.radians(180))
print(math.factorial(10), math.gcd(84, 36), math.isqrt(99), math.comb(10, 3), math.perm(5, 2))
print(math.copysign(2, -0.0), math.fmod(7.5, 2), math.modf(3.25), math.frexp(12.0), math.ldexp(0.75, 4))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isclose(0.1 + 0.2, 0.3))
print(math.inf, -math.inf, m.floor(m.pi * 100) / 100)


def circle_area(r):
    return pi * r * r


print([round(circle_area(r), 3) for r in range(1, 4)])
