// io.StringIO, print(..., file=...) and the __future__ module, compared with CPython 3.11.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { runSource } from "../helpers/runSource.js";

describeCPythonParity("io.StringIO and print(file=)", {
  "write, getvalue, tell": `import io
s = io.StringIO()
print(s.write("abc"), s.write(""), s.tell(), repr(s.getvalue()))
s = io.StringIO("abc")
s.write("x")
print(repr(s.getvalue()), s.tell())
s.seek(6)
s.write("y")
print(repr(s.getvalue()), s.tell())
`,
  "read, readline, readlines, iteration": `import io
t = io.StringIO("a\\nbb\\nccc")
print(repr(t.read(1)), repr(t.readline()), repr(t.readline(1)), repr(t.read()), repr(t.read()))
t.seek(0)
print(list(t))
t.seek(0)
print(t.readlines())
t.seek(0)
print([t.seek(0) or t.readlines(h) for h in range(7)])
print([line.upper() for line in io.StringIO("x\\ny\\n")])
`,
  "seek, truncate, close, with": `import io
u = io.StringIO("abcdef")
u.seek(2)
print(u.truncate(), repr(u.getvalue()), u.tell(), u.seek(0, 2), u.seek(0, 1))
with io.StringIO("q") as w:
    print(w.closed, w.read(), w.readable(), w.writable(), w.seekable())
print(w.closed)
for op in (lambda: w.write("a"), lambda: w.getvalue(), lambda: io.StringIO().write(3),
           lambda: io.StringIO(3), lambda: io.StringIO().seek(1, 1), lambda: io.StringIO().seek(-1),
           lambda: io.StringIO().seek(0, 2 + 1), lambda: io.StringIO().truncate(-1)):
    try:
        op()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
print(io.StringIO(None).getvalue() == "", issubclass(io.UnsupportedOperation, OSError))
`,
  "print(file=)": `import io, sys
out = io.StringIO()
print(1, 2.5, "x", sep="-", end="!\\n", file=out)
print(file=out)
print("none", file=None)
print("via sys.stdout", file=sys.stdout)
print(repr(out.getvalue()))
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
k = Sink()
print("a", 1, file=k)
print(k.parts)
try:
    print("x", file=3)
except AttributeError as e:
    print("AttributeError", e)
`,
  "from __future__ import annotations": `from __future__ import annotations, division, generator_stop
import __future__
print(annotations, division.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print("annotations" in __future__.all_feature_names)
def f(x: Undefined | None) -> AlsoUndefined[int]:
    return x
print(f(3))
`,
}, []);

// Not parity: CPython accepts barry_as_FLUFL (the `<>` operator); ePython has no `<>`,
// so the name is absent rather than accepted and ignored.
describe("__future__ features the language does not have", () => {
  it("barry_as_FLUFL is an ImportError", () => {
    const r = runSource("from __future__ import barry_as_FLUFL", { float64: true });
    expect(r.error ? `${r.error.kind}: ${r.error.pyMessage}` : "no error").toBe("ImportError: cannot import name 'barry_as_FLUFL' from '__future__'");
  });
});
