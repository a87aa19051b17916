from typing import Iterator, Iterable, Generator
import itertools

def read_lines() -> Iterator[str]:
    data = ["# header", "alice,30,NYC", "", "bob,x,LA", "carol,25,SF", "dave,41,NYC", "# end"]
    for line in data:
        yield line

def non_comment(lines: Iterable[str]) -> Iterator[str]:
    for line in lines:
        if line and not line.startswith("#"):
            yield line

def parse(lines):
    for line in lines:
        name, age, city = line.split(",")
        try:
            yield name, int(age), city
        except ValueError:
            print("skip", repr(line))

def adults(rows, min_age=26):
    return (r for r in rows if r[1] >= min_age)

pipeline = adults(parse(non_comment(read_lines())))
print(type(pipeline).__name__)
for row in pipeline:
    print(row)

def fib() -> Generator[int, None, None]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(itertools.islice(fib(), 15)))
print([x for x in itertools.takewhile(lambda v: v < 100, fib())])

def counter():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

c = counter()
print(next(c))
for v in [5, 10, 20]:
    print(c.send(v))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)

def inner():
    yield 1
    r = yield 2
    return f"inner got {r}"

def outer():
    result = yield from inner()
    print("outer:", result)
    yield 3

g = outer()
print(next(g), next(g), g.send("hi"))

def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]

print(list(chunks(list(range(10)), 3)))

def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4, (5, 6)]], 7], [[8]]])))

def closing_gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator closed")

cg = closing_gen()
print(next(cg), next(cg))
cg.close()

def thrower():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield f"caught {e}"

t = thrower()
print(next(t), t.throw(ValueError("bad")), next(t))
squares = (n * n for n in range(10))
print(sum(squares), sum(squares))
evens = filter(lambda n: n % 2 == 0, range(20))
print(list(map(lambda n: n // 2, evens)))
print(list(zip("abc", itertools.count(1))), list(enumerate("xyz", start=10)))
print(any(n > 8 for n in range(10)), all(n < 5 for n in range(10)))
gen = (i for i in range(3))
print(next(gen), next(gen), next(gen), next(gen, "done"))
it = iter([1, 2, 3])
print(list(it), list(it))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.chain.from_iterable([[1], [2, 3]])))
