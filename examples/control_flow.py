# if/elif/else, while and for loops with break, continue and else clauses, pass,
# and nested loops.
# epython-cpython: same

for n in range(-2, 5):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n % 2 == 0:
        kind = "even"
    else:
        kind = "odd"
    print(n, kind)

# while with a counter
i = 0
total = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue          # skip multiples of 3
    total += i
print("total without multiples of 3:", total)

# while ... else: the else runs when the condition becomes false (no break)
n = 3
while n > 0:
    n -= 1
else:
    print("while finished normally, n =", n)

# break skips the else clause
n = 0
while True:
    n += 1
    if n * n > 50:
        break
print("first n with n*n > 50:", n)


# for ... else: searching for a divisor
def first_divisor(m):
    for d in range(2, m):
        if m % d == 0:
            print(m, "has divisor", d)
            break
    else:
        print(m, "is prime")


for m in [7, 9, 13, 15]:
    first_divisor(m)

# range with start, stop and (negative) step
print(list(range(5)), list(range(2, 6)), list(range(10, 0, -3)), list(range(0)))
for i in range(3, 0, -1):
    print("countdown", i)

# nested loops with break only leaving the inner loop
pairs = []
for a in range(1, 4):
    for b in range(1, 4):
        if b > a:
            break
        pairs.append((a, b))
print(pairs)

# continue in a for loop
odds = []
for k in range(10):
    if k % 2 == 0:
        continue
    odds.append(k)
print(odds)

# pass as a placeholder
for k in range(2):
    pass
if k == 1:
    pass
else:
    print("not reached")
print("k after loop:", k)

# loop variable keeps its last value; a loop over an empty range leaves it alone
for k in range(0):
    print("never")
print("k still", k)

# a single-line if body and a single-line loop body
if k: print("k is truthy")
for j in range(3): print("j =", j)
