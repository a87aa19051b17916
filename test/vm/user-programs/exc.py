class AppError(Exception):
    """Base of the app's errors."""

class ConfigError(AppError):
    def __init__(self, key, msg="missing"):
        self.key = key
        super().__init__(f"{key}: {msg}")

class ParseError(AppError, ValueError):
    pass

def parse_int(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"cannot parse {s!r}") from e

def load(cfg, key):
    try:
        return cfg[key]
    except KeyError:
        raise ConfigError(key)

cfg = {"a": "1", "b": "x"}
for k in ["a", "b", "c"]:
    try:
        v = parse_int(load(cfg, k))
    except ParseError as e:
        print("parse:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
        print(isinstance(e, ValueError), e.__suppress_context__)
    except ConfigError as e:
        print("config:", e, e.key, repr(e))
        print("context:", type(e.__context__).__name__, repr(e.__context__))
    else:
        print("ok", v)
    finally:
        print("done", k)

def f(n):
    try:
        if n == 0:
            raise ZeroDivisionError("zero!")
        return 10 / n
    except ZeroDivisionError:
        return -1
    finally:
        print("finally", n)

print(f(0), f(4))

def g():
    try:
        return "try"
    finally:
        print("cleanup")
print(g())

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

errs = [KeyError("k"), IndexError("i"), ValueError("v", 2), TypeError(), OSError(2, "nf"), StopIteration(5)]
for e in errs:
    print(type(e).__name__, str(e), repr(e), e.args)
print(KeyError("k").__str__(), str(KeyError("a", "b")))
for exc in (LookupError, ArithmeticError, Exception, BaseException):
    print(exc.__name__, [c.__name__ for c in (KeyError, IndexError, ZeroDivisionError, OverflowError) if issubclass(c, exc)])

def risky(i):
    ops = [lambda: [][1], lambda: {}["x"], lambda: 1 / 0, lambda: int("z"), lambda: None.x, lambda: "a" + 1, lambda: undefined_name]
    return ops[i]()

for i in range(7):
    try:
        risky(i)
    except Exception as e:
        print(i, type(e).__name__, e)

try:
    raise ExceptionGroup if False else ValueError("multi", 1, 2)
except (TypeError, ValueError) as e:
    print("tuple catch", e.args)

class Retry(Exception):
    pass
attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise Retry(attempts)
        break
    except Retry as r:
        print("retry", r.args[0])
print("attempts", attempts)
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert:", e)
e = None
try:
    raise KeyError("gone")
except KeyError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError", ne)
