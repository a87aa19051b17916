// SystemExit: exit(), quit(), sys.exit() and `raise SystemExit` raise a BaseException
// that `except Exception` lets pass and `finally` sees; uncaught, it ends the core with
// CPython's status rules and no traceback. Compared with CPython 3.11.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { runSource } from "../helpers/runSource.js";

describeCPythonParity("SystemExit (CPython parity)", {
  "caught as SystemExit, not as Exception; finally runs": `
import sys
def f():
    try:
        sys.exit(3)
    finally:
        print("finally")
try:
    f()
except Exception:
    print("wrong")
except SystemExit as e:
    print("caught", e.code, repr(e), str(e), e.args)
`,
  "code and args of each way to exit": `
import sys
for f in (lambda: sys.exit(), lambda: sys.exit(None), lambda: exit(), lambda: quit(None),
          lambda: exit(code=4), lambda: sys.exit("m"), lambda: sys.exit([1])):
    try:
        f()
    except SystemExit as e:
        print(repr(e), e.args, repr(str(e)), e.code)
for exc in (SystemExit, SystemExit(), SystemExit(1, 2), SystemExit(None)):
    try:
        raise exc
    except BaseException as e:
        print(type(e).__name__, e.code, e.args)
`,
  "the hierarchy": `
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, Exception))
print(SystemExit.__mro__)
`,
  "bare except and with catch it; a callback's exit reaches the handler": `
import sys
try:
    exit(2)
except:
    print("bare")
class C:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__, v.code)
        return True
with C():
    sys.exit(9)
try:
    sorted([3, 1], key=lambda x: sys.exit(x))
except SystemExit as e:
    print("key", e.code)
class MyExit(SystemExit):
    pass
try:
    raise MyExit(7)
except SystemExit as e:
    print(type(e).__name__, e.code)
`,
  "a generator's finally runs when SystemExit leaves it": `
def g():
    try:
        yield 1
        exit(5)
    finally:
        print("gen finally")
try:
    for x in g():
        print(x)
except SystemExit as e:
    print("code", e.code)
`,
}, []);

describe("an uncaught SystemExit ends the core", () => {
  const cases: [string, number, string][] = [
    ["import sys\ntry:\n    sys.exit(4)\nfinally:\n    print('fin')", 4, "fin\n"],
    ["raise SystemExit(6)", 6, ""],
    ["raise SystemExit", 0, ""],
    ["try:\n    exit(3)\nexcept Exception:\n    print('no')", 3, ""],
    ["class E(SystemExit): pass\nraise E(8)", 8, ""],
    ["def f():\n    exit('bye')\nf()", 1, "bye\n"], // stderr: runSource collects both streams
    ["raise SystemExit(1, 2)", 1, "(1, 2)\n"],
  ];
  for (const [src, status, out] of cases) {
    it(`${JSON.stringify(src)} -> status ${status}`, () => {
      const r = runSource(src + "\nprint('not reached')");
      expect(r.error).toBeNull();
      expect(r.stuck).toBeNull();
      expect(r.out).toBe(out);
      expect(r.exitStatus).toBe(status);
    });
  }

  it("ends only the calling core; the run's status is the first non-zero by core id", () => {
    const r = runSource("from parallel import coreid\ntry:\n    exit([0, 5, 0, 9][coreid()])\nfinally:\n    print('f', coreid())", { cores: 4 });
    expect(r.error).toBeNull();
    expect(r.exitStatus).toBe(5);
    expect(r.out.split("\n").filter(Boolean).sort()).toEqual(["f 0", "f 1", "f 2", "f 3"]);
  });

  it("the classic dialect still stops the core at once", () => {
    const r = runSource("print(1)\nexit(3)\nprint(2)", { classic: true });
    expect(r.out).toBe("1\n");
    expect(r.exitStatus).toBe(3);
  });
});
