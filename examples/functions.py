# Functions: positional, default, keyword and keyword-only arguments, recursion,
# returning several values as a tuple, and unpacking them (also in a for loop).
# epython-cpython: same


def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


print(greet("core"))
print(greet("core", "Hi"))
print(greet("core", punct="?"))
print(greet(greeting="Welcome", name="host"))


def clamp(x, *, lo=0, hi=10):
    # lo and hi can only be given by keyword
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


print(clamp(-5), clamp(5), clamp(50), clamp(50, hi=20), clamp(-5, lo=-2, hi=2))


def no_return():
    x = 1


print(no_return())


def early(n):
    if n > 0:
        return "positive"
    return "not positive"


print(early(3), early(-3))


# recursion
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    moves = hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    return hanoi(n - 1, via, dst, src, moves)


print(factorial(10), factorial(12))
print([fib(i) for i in range(15)])
print(hanoi(3, "A", "C", "B", []))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))


# mutual recursion
def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(10), is_odd(7), is_even(7))


# several results as a tuple
def min_max_sum(values):
    lo = values[0]
    hi = values[0]
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi, sum(values)


r = min_max_sum([4, -2, 9, 3])
print(r, type(r) is tuple)
lo, hi, total = min_max_sum([4, -2, 9, 3])
print(lo, hi, total)


def divmod_pair(a, b):
    return a // b, a % b


for a, b in [(17, 5), (20, 4), (-7, 2)]:
    q, m = divmod_pair(a, b)
    print(a, "=", b, "*", q, "+", m)

# a function with many defaults, called in different ways
def box(w=1, h=1, d=1):
    return w * h * d


print(box(), box(2), box(2, 3), box(2, 3, 4), box(d=5), box(h=2, d=3))

# a function's default is evaluated once (Python semantics)
def accumulate(x, acc=[]):
    acc.append(x)
    return acc


print(accumulate(1), accumulate(2))
