/*
 * The original's math and random modules (--classic).
 */
import math
import random

print math.sqrt(16)         # 4.000000: math functions return reals
print math.floor(2.7)       # 2.000000
print math.pow(2, 10)       # 1024: pow(a, b) is a^b, int for ints
/* pi and e are FUNCTIONS in the original's math module */
p = math.pi()
print p > 3.14              # true
print p < 3.15              # true
print math.floor(p * 100)   # 314.000000
print math.e() > 2.71       # true

/* The original's randint(a, b) draws from [a, b-1]: with 200 draws of
   randint(1, 3) we see 1 and 2 but never 3. */
lo = 100
hi = -100
i = 0
while i < 200:
    r = random.randint(1, 3)
    if r < lo:
        lo = r
    if r > hi:
        hi = r
    i = i + 1
print lo                    # 1
print hi                    # 2
/* randrange(n) draws from [0, n-1] */
big = 0
i = 0
while i < 100:
    r = random.randrange(4)
    if r > big:
        big = r
    i = i + 1
print big                   # 3
