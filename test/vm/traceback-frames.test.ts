// traceback.format_exc / print_exception / format_exception show the frames the
// exception passed through (CPython's `File "...", line N, in f` lines; the device
// has no source text, so the quoted source lines are not printed), honour `limit`
// and sys.tracebacklimit, fold a recursive line as CPython does, and print no header
// for an exception that was never raised. The comparisons drop the 4-space-indented
// lines CPython adds (source text, carets), as MicroPython's print_exception test does.
import { describe, expect, it } from "vitest";
import { output } from "../helpers/runSource.js";
import { cpython311, runCPython } from "../helpers/cpython.js";

const PROGRAM = `import traceback, sys, io
def show(s):
    for l in s.split("\\n"):
        if l.startswith("  File "):
            l = l.split('"')
            print(l[0], l[2])
        elif not l.startswith("    "):
            print(l)
def g():
    raise ValueError("fail")
def f():
    g()
try:
    f()
except ValueError as e:
    buf = io.StringIO()
    traceback.print_exception(None, e, sys.exc_info()[2], file=buf)
    show(buf.getvalue())
    show(traceback.format_exc())
    show("".join(traceback.format_exception(e, limit=2)))
    show("".join(traceback.format_exception(e, limit=-1)))
try:
    try:
        f()
    except ValueError as e:
        raise KeyError("k") from e
except KeyError:
    show(traceback.format_exc())
def r(n):
    if n == 0:
        raise RuntimeError("deep")
    r(n - 1)
try:
    r(10)
except RuntimeError:
    show(traceback.format_exc())
print(traceback.format_exception(ValueError("never raised")))
sys.tracebacklimit = 1
try:
    f()
except ValueError:
    show(traceback.format_exc())
sys.tracebacklimit = 0
try:
    f()
except ValueError:
    show(traceback.format_exc())
`;

// logging.exception and unittest's FAIL/ERROR blocks print the same frames (unittest
// leaving out its own, as CPython does).
const LIBRARIES = `import io, logging, sys, unittest
def keep(text):
    for l in text.split("\\n"):
        if l.startswith("  File "):
            l = l.split('"')
            print(l[0], l[2])
        elif not l.startswith("    ") and not l.startswith("Ran "):
            print(l)
def helper():
    return {}["k"]
log = io.StringIO()
logging.basicConfig(stream=log, format="%(levelname)s:%(message)s", force=True)
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("boom")
keep(log.getvalue())
class T(unittest.TestCase):
    def test_a(self):
        self.assertEqual(1, 2)
    def test_b(self):
        helper()
out = io.StringIO()
unittest.TextTestRunner(stream=out, verbosity=0).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
keep(out.getvalue())
`;

describe("traceback module frames", () => {
  it.skipIf(!cpython311)("logging.exception and unittest failures show the frames as CPython", () => {
    const drop = (s: string) => s.split("\n").filter((l) => !l.startsWith("    ")).join("\n");
    expect(drop(output(LIBRARIES, { float64: true }))).toBe(drop(runCPython(LIBRARIES).out));
  });
  it.skipIf(!cpython311)("format_exc, print_exception, limits, chains, recursion as CPython", () => {
    expect(output(PROGRAM, { float64: true })).toBe(runCPython(PROGRAM).out);
  });
  it("a caught exception's frames, outermost first", () => {
    const out = output(`import traceback
def g():
    raise ValueError("x")
try:
    g()
except ValueError:
    print(traceback.format_exc())
`);
    expect(out).toContain(`Traceback (most recent call last):\n  File "main.py", line 5, in <module>\n  File "main.py", line 3, in g\nValueError: x`);
  });
  // CPython 3.11 places each decorator's call at the decorator's line, the innermost first.
  const DECORATORS = `import traceback
def register(fn):
    return fn.missing
def tagged(name):
    def deco(cls):
        raise ValueError(name)
    return deco
for attempt in range(2):
    try:
        if attempt == 0:
            @register
            def hello():
                pass
        else:
            @register
            @tagged(
                "x")
            class C:
                pass
    except Exception:
        print("".join(l for l in traceback.format_exc().splitlines(True) if not l.startswith("    ")))
`;
  it("a failing decorator is reported at its own line", () => {
    expect(output(DECORATORS)).toContain(`File "main.py", line 11, in <module>\n  File "main.py", line 3, in register`);
    expect(output(DECORATORS)).toContain(`File "main.py", line 16, in <module>\n  File "main.py", line 6, in deco`);
  });
  // An attribute's load, store and method call are at the line its name ends on.
  const CHAINS = `import traceback
class O:
    pass
o = O()
def t(f):
    try:
        f()
    except Exception:
        print([l for l in traceback.format_exc().splitlines() if l.startswith("  File")][-1].split(",")[1])
def load():
    x = (o
         .missing)
def store():
    x = (o.
         x.y)
def method():
    return ("a"
            .index("b"))
def keywords():
    return ("a b"
            .split()
            .pop(
                7))
def kw():
    return ("a"
            .split(sep="", maxsplit=1))
for f in (load, store, method, keywords, kw):
    t(f)
`;
  it("a method call in a chain split over lines is at its own line", () => {
    expect(output(CHAINS)).toBe(" line 12\n line 15\n line 18\n line 22\n line 26\n");
  });
  it.skipIf(!cpython311)("attribute chains' lines as CPython", () => {
    expect(output(CHAINS, { float64: true })).toBe(runCPython(CHAINS).out);
  });
  it.skipIf(!cpython311)("decorators' lines as CPython", () => {
    const norm = (s: string) => s.replace(/File "[^"]*"/g, "File");
    expect(norm(output(DECORATORS, { float64: true }))).toBe(norm(runCPython(DECORATORS).out));
  });
});
