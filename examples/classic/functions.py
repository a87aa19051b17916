/*
 * Functions in the classic dialect (--classic).
 */

/* Functions are hoisted: this call comes before the def. */
print twice(21)             # 42

def twice(v):
    return v * 2

/* A function reads and writes the globals assigned (textually) before its def,
   without any `global` statement. */
count = 0
def bump():
    count = count + 1

bump()
bump()
print count                 # 2

/* Default values are evaluated afresh on every call (Python would keep one
   list and print 12 on the second call). */
def addto(v, acc=[0]):
    acc[0] = acc[0] + v
    return acc[0]

print addto(5)              # 5
print addto(7)              # 7

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

print fact(10)              # 3628800
f = fact                    # a function is a value
print f(5)                  # 120

def nothing():
    pass

print nothing()             # NONE: falling off the end returns none

def describe(n, unit="cores"):
    return "" + n + " " + unit

print describe(16)          # 16 cores
print describe(2, "hosts")  # 2 hosts
