/*
 * Lists in the classic dialect (--classic). List literals are extensible: indexing
 * past the end grows them.
 */
import util

a = [1, 2]
a[4] = 7                    # grows the list to 5 items
print len(a)                # 5
print a[4]                  # 7
print a[0] + a[1]           # 3
b = [0] * 3
b[5] = 1
print len(b)                # 6
c = a                       # assignment shares the list
c[0] = 100
print a[0]                  # 100
m = [0] * 4
i = 0
while i < 4:
    m[i] = i * i
    i = i + 1
print m[3]                  # 9
t = 0
for v in m:
    t = t + v
print t                     # 0+1+4+9 = 14
r = [0.0] * 2
r[1] = 2.5
print r[1]                  # 2.500000
