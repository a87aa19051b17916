import time
from fractions import Fraction
_t0 = time.perf_counter()
# exact partial sum of 1/k**2: the denominators grow to thousands of digits
s = Fraction(0)
for k in range(1, 2001):
    s += Fraction(1, k * k)
R = (s.numerator.bit_length(), s.denominator.bit_length(), s.denominator % 1000003, float(s))
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
