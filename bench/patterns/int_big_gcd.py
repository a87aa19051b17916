import math
import time
_t0 = time.perf_counter()
# gcds of ~40,000-bit ints with a common factor (as in exact rational arithmetic)
g = 3 ** 5000 + 17
x = 7 ** 12500 + 1
y = 11 ** 10000 + 3
R = 0
for i in range(10):
    a = g * (x + i)
    b = g * (y + 2 * i)
    R += math.gcd(a, b).bit_length() + math.gcd(b, a - i).bit_length()
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
