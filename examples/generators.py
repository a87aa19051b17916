# Generators: yield, lazy generator expressions, yield from, send/throw/close.
# epython-cpython: same

# A generator function runs lazily, one value per request.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

print(list(countdown(5)), sum(countdown(100)))
for i, v in enumerate(countdown(3)):
    print(i, v)

# Generator expressions are lazy: this never builds a billion squares.
squares = (x * x for x in range(10 ** 9))
print(next(squares), next(squares), next(squares))
print(any(x * x > 50 for x in range(10 ** 9)))

# An infinite generator, consumed as needed.
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

fibs = []
for f in fibonacci():
    if f > 1000:
        break
    fibs.append(f)
print(fibs)

# __iter__ as a generator method, and yield from for recursion.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

tree = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3))
print(list(tree), max(tree), [v for v in tree if v % 2])

# yield from passes the sub-generator's return value on.
def worker(tasks):
    done = 0
    for t in tasks:
        yield f"task {t}"
        done += 1
    return done

def supervisor():
    total = yield from worker("ab")
    total += yield from worker("xyz")
    yield f"{total} tasks"

print(list(supervisor()))

# send: a running average that receives its inputs.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = averager()
next(avg)
print([avg.send(v) for v in (10, 20, 60)])

# throw and close: the generator sees the exception, its finally blocks run.
def guarded():
    try:
        while True:
            try:
                yield "working"
            except ValueError as e:
                yield f"recovered from {e}"
    finally:
        print("cleaned up")

g = guarded()
print(next(g), g.throw(ValueError("bad input")), next(g))
g.close()

# A StopIteration carries the return value.
c = countdown(1)
next(c)
try:
    next(c)
except StopIteration as stop:
    print("returned", stop.value)
