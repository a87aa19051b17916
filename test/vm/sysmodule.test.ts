// The sys module of the Python 3 dialect, compared with CPython 3.11 where the two
// agree by design (exc_info's traceback, sys.implementation.name, platform and
// getsizeof are ePython's own and are checked on their own).
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { output, runSource } from "../helpers/runSource.js";

describeCPythonParity("sys (CPython parity)", {
  "maxsize, byteorder, version_info": `
import sys
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder)
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info > (3,), sys.version_info < (4, 0), len(sys.version_info), tuple(sys.version_info)[3:])
major, minor, *rest = sys.version_info
print(major, minor, isinstance(sys.version_info, tuple), sys.version[:4], sys.hexversion >= 0x030b0000)
`,
  "recursion limit, intern, errors": `
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
for bad in ("x", 0, -1, 2.5):
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(sys.intern("abc"))
try:
    sys.intern(1)
except TypeError as e:
    print(e)
`,
  "exc_info and exception": `
import sys
print(sys.exc_info(), sys.exception())
try:
    1/0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), repr(sys.exception()))
def f():
    return sys.exc_info()[0]
try:
    raise KeyError(3)
except KeyError:
    print(f())
    try:
        raise ValueError
    except ValueError:
        print(sys.exc_info()[0])
    print(sys.exc_info()[0])
print(sys.exc_info())
`,
  "modules": `
import sys
print('sys' in sys.modules, '__main__' in sys.modules, 'json' in sys.modules, 'copy' in sys.modules)
import json, copy
print('json' in sys.modules, sys.modules['sys'] is sys, sys.modules['copy'] is copy, sys.modules['json'] is json)
`,
  "print to a file object, flush": `
import sys
print("out", 2, file=sys.stdout, flush=True)
print("none", file=None)
n = sys.stdout.write("abc\\n")
print(n)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print(1, 2, sep="-", end="!", file=w)
print(file=w)
print(w.parts)
try:
    print(1, file=3)
except AttributeError as e:
    print(e)
`,
}, [
  ["import sys\nsys.exit(code=1)", "TypeError: sys.exit() takes no keyword arguments"],
]);

describe("sys: ePython's own values", () => {
  it("implementation, platform, exc_info's traceback", () => {
    expect(output("import sys\nprint(sys.implementation.name, sys.platform, sys.implementation.version[:2])\ntry:\n    1/0\nexcept:\n    print(sys.exc_info()[2])")).toMatch(/^epython epython \(0, 1\)\n<traceback object at 0x[0-9a-f]+>\n$/);
  });

  it("sys.implementation prints as CPython's namespace (MicroPython's attrtuple1)", () => {
    expect(output("import sys\nprint(sys.implementation)\nprint(sys.implementation.cache_tag, sys.implementation.hexversion, str(sys.implementation).find('version=') > 0)")).toBe(
      "namespace(name='epython', cache_tag=None, version=sys.version_info(major=0, minor=1, micro=0, releaselevel='final', serial=0), hexversion=65776)\nNone 65776 True\n",
    );
  });

  it("print(file=sys.stderr) goes to standard error", () => {
    // runSource collects both streams: the order shows it was written, the CLI test the stream.
    expect(runSource("import sys\nprint('e', 1, file=sys.stderr)\nprint('o')").out).toBe("e 1\no\n");
  });

  it("getsizeof is the size charged to the core", () => {
    expect(output("import sys\nprint(sys.getsizeof([1, 2, 3]), sys.getsizeof('abcd'), sys.getsizeof(b'xy'), sys.getsizeof({}), sys.getsizeof(7))")).toBe("20 12 10 16 4\n");
  });

  it("the classic dialect keeps the device word", () => {
    expect(runSource("import sys\nprint(sys.maxsize)", { classic: true }).out).toBe("2147483647\n");
  });
});
