# epython-cpython: same
# Issue 9's call and statement syntax: **kwargs, starred assignment, `with`, and the
# exception context printed as CPython prints it.

class Timer:
    """A context manager: __exit__ runs however the block ends."""
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __enter__(self):
        self.log.append(f"start {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        outcome = "ok" if exc_type is None else f"failed: {exc_type.__name__}"
        self.log.append(f"stop {self.name} ({outcome})")
        return exc_type is KeyError  # swallow KeyErrors only


def configure(name, *values, scale=1, **options):
    """Keyword-only `scale` and any other keywords, in call order."""
    first, *rest = values or (0,)
    return f"{name}: first={first * scale} rest={rest} options={options}"


def logged(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper


@logged
def area(w, h, unit="m"):
    return f"{w * h} {unit}2"


log = []
print(configure("a", 1, 2, 3, scale=10, colour="red", size=4))
settings = {"scale": 2, "debug": True}
print(configure("b", *[5, 6], **settings))
print(area(3, 4))
print(area(2, h=5, **{"unit": "cm"}))

with Timer("load", log) as t, Timer("parse", log):
    head, *body, tail = "first middle parts last".split()
    print(t.name, head, body, tail)

with Timer("lookup", log):
    {}["missing"]          # suppressed by __exit__

for rows in [[(1, 2, 3), (4, 5)]]:
    for a, *b in rows:
        print(a, b)

try:
    with Timer("divide", log):
        1 / 0
except ZeroDivisionError as e:
    print("caught", repr(e))
print("\n".join(log))

try:
    try:
        int("x")
    except ValueError as e:
        raise KeyError("config") from e
except KeyError as k:
    print(repr(k), "caused by", repr(k.__cause__))

try:
    configure(name="c", unknown=1, scale=1, **{"scale": 3})
except TypeError as e:
    print(e)
