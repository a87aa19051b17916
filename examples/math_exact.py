# math functions whose results are exact in single and double precision, so
# the output does not depend on float precision.
# epython-cpython: same
import math
from math import sqrt, floor, ceil

print(sqrt(16), sqrt(2.25), math.sqrt(0), sqrt(1e4))
print(floor(2.7), ceil(2.1), floor(-2.5), ceil(-2.5), floor(7), math.trunc(-3.7))
print(math.fabs(-3), math.hypot(3, 4), math.pow(2, 10), math.pow(2, -2))
print(math.factorial(10), math.gcd(84, 36), math.isqrt(99), math.comb(10, 3))
print(math.sin(0), math.cos(0), math.exp(0), math.log(1), math.log10(1000), math.log2(1024))
print(math.fmod(7.5, 2), math.modf(3.25), math.copysign(3, -1))
print(math.isfinite(2.5), math.isinf(math.inf), math.isnan(math.nan), math.inf > 1e30)
print(math.pi > 3.14159, math.pi < 3.1416, round(math.pi, 2), floor(math.e * 1000))
