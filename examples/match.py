# match statements (PEP 634): structural pattern matching on values, sequences,
# mappings and classes, with guards, alternatives and captures.
# epython-args: --float64
from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Line:
    start: Point
    end: Point


def describe(shape):
    match shape:
        case Point(0, 0):
            return "the origin"
        case Point(x, 0) | Point(0, x):
            return f"a point on an axis at {x}"
        case Point(x, y) if x == y:
            return f"a point on the diagonal at {x}"
        case Point():
            return f"a point at ({shape.x}, {shape.y})"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"a vertical line at x={x1}, length {abs(y2 - y1)}"
        case Line(start=p, end=q):
            return f"a line from {describe(p)} to {describe(q)}"
        case _:
            return "not a shape"


for s in [Point(0, 0), Point(3, 0), Point(0, -2), Point(1.5, 1.5), Point(1, 2),
          Line(Point(1, 0), Point(1, 4)), Line(Point(0, 0), Point(2, 2)), "circle"]:
    print(describe(s))


# A tiny command interpreter: sequence patterns with a starred rest, literals, OR.
def run(command, stack):
    match command.split():
        case ["push", value]:
            stack.append(int(value))
        case ["pop"]:
            return str(stack.pop())
        case ["add" | "+"]:
            b, a = stack.pop(), stack.pop()
            stack.append(a + b)
        case ["sum", *names] if names:
            return f"sum of {len(names)} names: not supported"
        case ["show"]:
            return str(stack)
        case [verb, *_]:
            return f"unknown command {verb!r}"
        case []:
            return "empty command"
    return None


stack = []
for line in ["push 2", "push 40", "+", "show", "sum a b", "jump 3", "", "pop"]:
    result = run(line, stack)
    if result is not None:
        print(result)


# Mapping patterns: JSON-like events; **rest keeps the other keys.
events = [
    {"type": "click", "pos": [10, 20]},
    {"type": "key", "key": "q", "mods": ["ctrl"]},
    {"type": "key", "key": "x"},
    {"type": "resize", "size": {"w": 800, "h": 600}, "dpi": 2},
    {"kind": "?"},
]
for ev in events:
    match ev:
        case {"type": "click", "pos": [x, y]}:
            print(f"click at {x},{y}")
        case {"type": "key", "key": k, "mods": [*mods]}:
            print(f"key {k} with {'+'.join(mods)}")
        case {"type": "key", "key": str(k)}:
            print(f"key {k}")
        case {"type": "resize", "size": {"w": w, "h": h}, **rest}:
            print(f"resize to {w}x{h}, also {rest}")
        case other:
            print(f"unknown event {other}")

# 'match' and 'case' are soft keywords: still usable as names.
match = {"case": 1}
print(match["case"])
