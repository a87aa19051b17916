# Comparisons (chained), boolean operators that short-circuit and return one of
# their operands, `not`, truthiness and conditional expressions.
# epython-cpython: same

a = 5
print(1 < a < 10, 1 < a > 10, 0 <= a <= 5 < 6, 1 < 2 < 3 < 2)
print(a == 5 != 6, 3 >= 3 > 2, 5 < a)

calls = []


def check(v):
    # records that it was evaluated, so we can see short-circuiting
    calls.append(v)
    return v


# chained comparison evaluates the middle operand only once
print(1 < check(2) < 3, calls)

# and/or return an operand, not necessarily a bool
print(0 or 5, 3 or 5, 0 and 5, 3 and 5)
print("" or "default", "x" and "y", None or 0, [] or [1])
print(0 or "" or None, 1 and 2 and 3)

# short-circuit: the right operand is not evaluated
calls = []
r = check(0) and check(1)
print(r, calls)
calls = []
r = check(2) or check(3)
print(r, calls)
calls = []
r = check(0) or check(0) or check(7)
print(r, calls)

# not
print(not True, not 0, not 3, not "", not [0], not None)
print(not a > 3, not (a > 3 and a < 4))

# truthiness
for v in [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), None, True, False]:
    if v:
        print(repr(v), "is truthy")
    else:
        print(repr(v), "is falsy")

# conditional expressions
for n in [-3, 0, 4]:
    sign = "negative" if n < 0 else "zero" if n == 0 else "positive"
    print(n, sign)
print([x if x % 2 == 0 else -x for x in range(6)])
print(10 if True else 1 / 0)

# identity and membership
b = None
print(b is None, b is not None, a is not None)
print(3 in [1, 2, 3], 4 not in [1, 2, 3], "ell" in "hello", "z" not in "hello")
