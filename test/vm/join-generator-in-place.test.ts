// `sep.join(g)` of a generator runs its body in place (generators.ts consumeWith, as
// list(g) does): the same strings and errors as CPython, recursion through join() as
// deep as the recursion limit allows (no host call per level), a generator partly
// consumed first, a str subclass separator, errors of the body and of the items.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

const programs: Record<string, string> = {
  "join of generators": `
def words(n):
    for i in range(n):
        yield "w%d" % i
print(", ".join(words(5)), "-".join(x.upper() for x in "abc"), "".join(()))
print(" ".join(str(i) for i in range(3)))
def rec(n):
    return "x" if n == 0 else "(" + ",".join(rec(n - 1) for _ in range(2)) + ")"
print(len(rec(10)))
def deep(n):
    return "" if n == 0 else "".join(c for c in deep(n - 1) + "a")
print(len(deep(600)))
g = words(3)
next(g)
print("|".join(g))
try:
    print(",".join(i for i in range(3)))
except TypeError as e:
    print("TypeError", e)
def bad():
    yield "a"
    raise ValueError("boom")
try:
    "".join(bad())
except ValueError as e:
    print("VE", e)
for k in range(200):
    s = ":".join(str(j) for j in range(k % 5))
print(s)
class S(str):
    pass
print(S("+").join(x for x in "ab"))
`,
};

const errors: [string, string][] = [
  [`print("".join(str(1 / (2 - i)) for i in range(5)))`, "ZeroDivisionError: division by zero"],
  [`print(", ".join(x for x in [1, "a"]))`, "TypeError: sequence item 0: expected str instance, int found"],
];

describeCPythonParity("str.join of a generator, in place", programs, errors);
