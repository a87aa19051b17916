# Names and scopes: global and nonlocal, closures that capture variables, lambdas,
# and functions as first-class values.
# epython-cpython: same

counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print("counter:", bump())


def reader():
    # reading a global needs no declaration
    return counter * 10


print(reader())

x = "global x"


def shadow():
    x = "local x"
    return x


print(shadow(), "/", x)


# closures
def make_counter(start):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


c1 = make_counter(0)
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())


def make_adder(n):
    def add(v):
        return v + n
    return add


add3 = make_adder(3)
add10 = make_adder(10)
print(add3(1), add10(1), add3(add10(0)))


def outer():
    trace = []

    def middle():
        def inner():
            trace.append("inner")
            return len(trace)
        trace.append("middle")
        return inner()

    return middle(), trace


print(outer())

# lambdas
square = lambda v: v * v
print(square(7), (lambda a, b=2: a ** b)(3), (lambda: "no args")())
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1]), sorted([5, -8, 2, -1], key=abs))
print(max(["pear", "fig", "banana"], key=len), min(["pear", "fig", "banana"], key=len))


# functions as values: stored, passed and returned
def twice(f, v):
    return f(f(v))


def compose(f, g):
    return lambda v: f(g(v))


ops = [square, add3, abs, str]
print([op(-4) for op in ops])
print(twice(square, 3), twice(add10, 1), twice(lambda s: s + "!", "hey"))
inc_then_square = compose(square, add3)
print(inc_then_square(2))
print(list(map(square, [1, 2, 3])), list(filter(lambda v: v % 2, range(7))))
fs = []
for k in range(3):
    fs.append(lambda k=k: k * 100)   # default binds the current k
print([f() for f in fs])
late = [lambda: k for k in range(3)]  # closures see the final k
print([f() for f in late])
print(callable(square), callable(5))
