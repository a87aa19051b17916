import functools
import time

def log_calls(prefix="call"):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
            print(f"{prefix}: {func.__name__}({', '.join(parts)})")
            result = func(*args, **kwargs)
            print(f"{prefix}: -> {result!r}")
            return result
        return wrapper
    return decorator

@log_calls("LOG")
def add(a, b=2, *, scale=1):
    """Adds things."""
    return (a + b) * scale

add(1)
add(1, 5, scale=3)
print(add.__name__, add.__doc__, add.__wrapped__(2, 2))

def count_calls(func):
    calls = 0
    def wrapper(*args):
        nonlocal calls
        calls += 1
        wrapper.calls = calls
        return func(*args)
    wrapper.calls = 0
    return wrapper

@count_calls
def square(x):
    return x * x

for i in range(5):
    square(i)
print("calls:", square.calls)

def retry(times):
    def deco(f):
        def inner(*a):
            for attempt in range(1, times + 1):
                try:
                    return f(*a)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
            raise RuntimeError("gave up")
        return inner
    return deco

state = {"n": 0}
@retry(3)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"n={state['n']}")
    return "success"

print(flaky())

def make_multiplier(n):
    return lambda x: x * n

doubles, triples = make_multiplier(2), make_multiplier(3)
print(doubles(5), triples(5))
fns = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fns])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])

def accumulator():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add

acc = accumulator()
print(acc(1), acc(2), acc(3))
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print("counter", counter)

class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.f(*args)
        return self.cache[args]

@Memo
def slow_pow(a, b):
    return a ** b
print(slow_pow(2, 100), slow_pow(2, 100), len(slow_pow.cache))

def timer(f):
    def w(*a, **k):
        t0 = time.perf_counter()
        r = f(*a, **k)
        dt = time.perf_counter() - t0
        print(f"{f.__name__} took {'ok' if dt >= 0 else 'neg'}")
        return r
    return w

@timer
@log_calls()
def mul(a, b):
    return a * b
print(mul(6, 7))
p = functools.partial(add.__wrapped__, scale=10)
print(p(1, 1), p.func.__name__, p.keywords)
def compose(*fs):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(lambda x: x + 1, lambda x: x * 2, str)(4))
