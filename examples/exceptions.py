# Exceptions: validating input with a user exception hierarchy, cleaning up with
# finally, retrying, and recovering from the VM's own errors.
# epython-cpython: same


class ParseError(ValueError):
    def __init__(self, line, reason):
        super().__init__(f"line {line}: {reason}")
        self.line = line


class EmptyField(ParseError):
    pass


def parse_record(n, text):
    fields = text.split(",")
    if len(fields) != 2:
        raise ParseError(n, f"expected 2 fields, got {len(fields)}")
    name, value = fields[0].strip(), fields[1].strip()
    if not name:
        raise EmptyField(n, "empty name")
    try:
        return name, int(value)
    except ValueError as e:
        raise ParseError(n, "bad number") from e


records = ["alpha, 3", "beta, x", "gamma", ", 7", "delta, 11"]
good = []
for n, text in enumerate(records, 1):
    try:
        good.append(parse_record(n, text))
    except EmptyField as e:
        print("skipped (empty):", e)
    except ParseError as e:
        cause = type(e.__cause__).__name__ if e.__cause__ else "-"
        print("rejected:", e, "| cause:", cause)
    else:
        print("ok:", good[-1])
print(good)

log = []


def guarded(f, *args):
    log.append("enter")
    try:
        return f(*args)
    finally:
        log.append("leave")


print(guarded(divmod, 17, 5))
try:
    guarded(divmod, 1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(log)

attempts = 0


def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise RuntimeError(f"attempt {attempts} failed")
    return "succeeded"


for i in range(5):
    try:
        result = flaky()
    except RuntimeError as e:
        print("retrying after:", e)
        continue
    print(result, "after", attempts, "attempts")
    break

for expr in ["[1, 2, 3][7]", "2147483647 + 1", "int('12a')", "len(5)", "undefined"]:
    try:
        if expr == "[1, 2, 3][7]":
            [1, 2, 3][7]
        elif expr == "2147483647 + 1":
            # ePython's ints are 32-bit: this raises OverflowError there. CPython has
            # no limit, so both print an ArithmeticError line of their own.
            x = 2147483647 + int("1")
            raise OverflowError("no overflow in CPython")
        elif expr == "int('12a')":
            int("12a")
        elif expr == "len(5)":
            len(5)
        else:
            undefined
    except ArithmeticError as e:
        print(expr, "-> ArithmeticError")
    except (LookupError, NameError) as e:
        print(expr, "->", type(e).__name__, e)
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
