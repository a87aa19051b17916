// Bugs found by running user-style programs (issue 9, "public-style programs run with
// CPython's output"), each reduced to the smallest program that showed it, against
// CPython 3.11.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("user-program fixes", {
  // SEND resumed the delegate in place but dropped the value: `r = yield` in the
  // sub-generator got None instead of what g.send() passed.
  "send through yield from reaches the sub-generator": `def inner():
    yield 1
    r = yield 2
    print("inner got", r)
    return r * 2

def outer():
    result = yield from inner()
    print("outer got", result)
    yield result

g = outer()
print(next(g), next(g), g.send(21))
def deep():
    x = yield from outer()
    yield "deep", x
d = deep()
print(next(d), next(d), d.send(5), next(d, "end"))
`,
}, []);
