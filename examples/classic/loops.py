/*
 * Loops in the classic dialect (--classic). `range` comes from the util module
 * and, as in the original, INCLUDES its end value.
 */
import util

for i in range(3):
    print i                 # 0, 1, 2 and 3
for i in range(2, 5):
    print i                 # 2, 3, 4 and 5
for i in range(1, 13, 3):
    print i                 # 1, 4, 7, 10 and 13
print len(range(10))        # 11 items: 0..10

total = 0
for v in [5, 10, 20]:
    total = total + v
print total                 # 35

n = 0
while n < 100:
    n = n + 30
print n                     # 120

/* nested loops */
s = 0
for a in range(1, 3):
    for b in range(1, 3):
        s = s + a * b
print s                     # (1+2+3)*(1+2+3) = 36
