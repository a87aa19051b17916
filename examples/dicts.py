# dict: literals, comprehensions, methods, views, any hashable key, insertion order.
# epython-args: --float64

# Counting: the classic use of a dict.
text = "the quick brown fox jumps over the lazy dog and the quick cat"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])

# Keys are any hashable value; 1, 1.0 and True are the same key.
grid = {(0, 0): "origin", (1, 0): "east"}
grid[0, 1] = "north"
print(grid[0, 0], grid.get((5, 5), "nowhere"), len(grid))
same = {1: "int"}
same[1.0] = "float"
same[True] = "bool"
print(same)

# Views are live; iteration follows insertion order, even after deletions.
ages = {"ann": 31, "bob": 27, "cy": 45}
names = ages.keys()
ages["dee"] = 19
del ages["bob"]
ages["bob"] = 28
print(names, list(ages.values()), ("cy", 45) in ages.items())
for name, age in ages.items():
    print(f"{name:>4}: {age}")

# Comprehensions, displays with **, dict(), fromkeys, |.
squares = {n: n * n for n in range(6) if n % 2 == 0}
print(squares, {**squares, 10: 100}, dict(a=1, b=2), dict(zip("xyz", range(3))))
print(dict.fromkeys("abc", 0), squares | {0: "zero"})

# Methods.
stock = {"apples": 3, "pears": 0}
print(stock.setdefault("plums", 5), stock.pop("pears"), stock.pop("kiwis", None))
stock.update(apples=4, figs=2)
print(stock, stock.popitem(), len(stock))
inventory = stock.copy()
inventory.clear()
print(inventory, stock, stock == {"apples": 4, "plums": 5}, bool(inventory))

# Nested and self-referencing values print like CPython's.
tree = {"name": "root", "children": [{"name": "leaf", "children": []}]}
print(tree["children"][0]["name"], tree)
loop = {}
loop["me"] = loop
print(loop)

# Membership and hashing: equal numbers hash alike (examples/errors/key.py shows a KeyError).
try_keys = {"x": 1}
print("y" in try_keys, hash(1) == hash(1.0), hash((1, 2)) == hash((1.0, 2)))
