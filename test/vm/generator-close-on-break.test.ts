// A generator left suspended inside a try or with: closed at once when a `for` loop
// that was its only holder is left by `break` (POP_ITER: core.ts abandonIterator), and
// at the end of the program when something still held it (core.ts closeAtExit), as
// CPython's reference counting and finalisation close it; against CPython 3.11.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("generators closed when abandoned", {
  "break out of a for loop, a generator kept, with, plain generators, compiled loops": `def numbers(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print("cleanup", tag)
for n in numbers("a"):
    if n == 3:
        break
print("after a")
g = numbers("b")
for n in g:
    if n == 1:
        break
print("after b, g kept:", next(g))
class Res:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit"); return False
def with_gen():
    with Res():
        yield 1
        yield 2
for v in with_gen():
    break
print("after with")
def plain():
    yield 1
    yield 2
for v in plain():
    break
total = 0
for i in range(200):
    for n in numbers(i) if i < 3 else range(5):
        total += n
        if n == 2:
            break
print("total", total)
print("end")
`,
  "break out of enumerate, zip, map or filter of a generator closes it unless it is kept": `def g(tag):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("closed", tag)
for i, v in enumerate(g("enum")):
    break
print("after enum")
for a, b in zip("ab", g("zip")):
    break
print("after zip")
for v in map(str, filter(None, g("map"))):
    break
print("after map")
kept = g("kept")
for i, v in enumerate(kept):
    break
print("kept goes on:", list(kept))
for r in range(100):
    for t in enumerate(g(r) if r < 2 else range(3)):
        break
print("end")
`,
}, []);
