// Exception groups and except* (PEP 654), as CPython 3.11 (vm/exceptionGroups.ts,
// compiler/emitter.ts tryExceptStar): the programs print what CPython prints, the
// uncaught groups print CPython's boxed tracebacks, and the SyntaxErrors are CPython's.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { runSource } from "../helpers/runSource.js";
import { cpython311, runCPython } from "../helpers/cpython.js";
import { uncaughtReports } from "../helpers/uncaught.js";

const show = `
def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)
`;

describeCPythonParity("exception groups", {
  constructor: `${show}
t(lambda: ExceptionGroup())
t(lambda: ExceptionGroup("a"))
t(lambda: ExceptionGroup("a", [], 3))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup("m", 5))
t(lambda: ExceptionGroup("m", []))
t(lambda: ExceptionGroup("m", [1]))
t(lambda: ExceptionGroup("m", [ValueError(), 2]))
t(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup("m", [ValueError()]))
t(lambda: BaseExceptionGroup("m", (ValueError(),)))
class MyEG(ExceptionGroup): pass
class MyBEG(BaseExceptionGroup): pass
t(lambda: MyEG("m", [KeyboardInterrupt()]))
t(lambda: MyBEG("m", [ValueError()]))
class Bad(BaseExceptionGroup, ValueError): pass
t(lambda: Bad("m", [KeyboardInterrupt()]))
print(ExceptionGroup.__mro__, BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), isinstance(BaseExceptionGroup("m", [ValueError()]), ExceptionGroup))
`,
  attributes: `
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("n", [ValueError(3), KeyError(4)])])
print(str(eg), repr(eg), eg.args, eg.message, eg.exceptions)
print(str(ExceptionGroup("one", [ValueError()])))
`,
  "split, subgroup, derive": `${show}
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("n", [ValueError(3), KeyError(4)])])
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(TypeError)), repr(eg.subgroup(OSError)))
print(eg.split(lambda e: isinstance(e, KeyError)))
print(eg.split((KeyError, TypeError)))
print(eg.split(ExceptionGroup)[0] is eg)
t(lambda: eg.split(1))
t(lambda: eg.split(int))
t(lambda: eg.subgroup())
t(lambda: eg.split(ValueError, 1))
t(lambda: eg.derive())
print(repr(eg.derive([ValueError(9)])))
class E2(ExceptionGroup):
    def derive(self, excs): return E2(self.message + "!", excs)
print(repr(E2("x", [ValueError(1), TypeError(2)]).split(ValueError)))
e4 = ExceptionGroup("c", [ValueError(1), TypeError(1)])
e4.__cause__ = KeyError(5)
m, r = e4.split(ValueError)
print(m is e4, m.__cause__, r.__cause__, m.__context__, m.__suppress_context__)
`,
  "except* splits the group": `
import sys
def g():
    try:
        raise ExceptionGroup("x", [ValueError(1), ValueError(2), OSError(3)])
    except* ValueError as e:
        print("h1", repr(e), repr(sys.exc_info()[1]))
        raise TypeError("t")
    except* OSError as e:
        print("h2", repr(e))
        raise
try:
    g()
except Exception as e:
    print(repr(e), [repr(x.__context__) for x in e.exceptions])
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
try:
    try:
        raise eg
    except* KeyError:
        pass
except ExceptionGroup as e:
    print(e is eg, repr(e), e.__suppress_context__)
try:
    try:
        raise ValueError(5)
    except* ValueError as e:
        print(repr(e))
        raise
except ExceptionGroup as e:
    print("outer", repr(e))
try:
    raise ValueError(5)
except* TypeError:
    print("no")
except* ValueError as e:
    print("yes", repr(e))
else:
    print("else")
finally:
    print("fin")
for i in range(3):
    try:
        if i: raise ValueError(i)
    except* ValueError:
        print("caught", i)
    else:
        print("else", i)
try:
    raise ExceptionGroup("all", [ValueError(1), KeyError(2)])
except* (ValueError, KeyError) as e:
    print("both", repr(e))
try:
    try:
        raise TypeError("naked")
    except* ValueError:
        pass
except TypeError as e:
    print("naked goes on", repr(e))
`,
  "except* in functions and generators": `
def outer():
    x = 0
    try:
        raise ExceptionGroup("many", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        x += 1
    except* KeyError as k:
        x += 10
    print(x, "e" in dir(), "k" in dir())
outer()
def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [OSError("o")])
    except* OSError as e:
        yield repr(e)
print(list(gen()))
try:
    try:
        raise ExceptionGroup("x", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise ExceptionGroup("inner", [TypeError(3)])
except ExceptionGroup as e:
    print(repr(e))
`,
}, [
  ["try:\n    raise ExceptionGroup('x', [ValueError(1)])\nexcept* int:\n    pass\n", "TypeError: catching classes that do not inherit from BaseException is not allowed"],
  ["try:\n    raise ExceptionGroup('x', [ValueError(1)])\nexcept* ExceptionGroup:\n    pass\n", "TypeError: catching ExceptionGroup with except* is not allowed. Use except instead."],
  ["try:\n    raise ValueError(1)\nexcept* (ValueError, BaseExceptionGroup):\n    pass\n", "TypeError: catching ExceptionGroup with except* is not allowed. Use except instead."],
  ["ExceptionGroup('m', [KeyboardInterrupt()])\n", "TypeError: Cannot nest BaseExceptions in an ExceptionGroup"],
]);

describe("except* syntax", () => {
  it.each([
    ["try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n", "cannot have both 'except' and 'except*' on the same 'try'"],
    ["try:\n    pass\nexcept TypeError:\n    pass\nexcept* ValueError:\n    pass\n", "cannot have both 'except' and 'except*' on the same 'try'"],
    ["try:\n    pass\nexcept*:\n    pass\n", "expected one or more exception types"],
    ["for i in x:\n    try:\n        pass\n    except* ValueError:\n        break\n", "'break', 'continue' and 'return' cannot appear in an except* block"],
    ["while x:\n    try:\n        pass\n    except* ValueError:\n        continue\n", "'break', 'continue' and 'return' cannot appear in an except* block"],
    ["def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n", "'break', 'continue' and 'return' cannot appear in an except* block"],
  ])("%j is CPython's SyntaxError", (src, message) => {
    expect(() => runSource(src)).toThrow(message);
    if (cpython311) expect(runCPython(src).err).toContain(`SyntaxError: ${message}`);
  });

  it("a loop or def inside an except* clause may break, continue and return", () => {
    const src = "try:\n    raise ValueError(1)\nexcept* ValueError:\n    for i in range(3):\n        if i: break\n        continue\n    def g():\n        return 2\n    print(i, g())\n";
    expect(runSource(src).out).toBe("1 2\n");
  });
});

describe("uncaught groups print CPython's tracebacks", () => {
  const programs: Record<string, string> = {
    nested: `def f():
    raise ValueError(1)
try:
    f()
except ValueError as e:
    try:
        raise ExceptionGroup("eg", [e, TypeError(2), ExceptionGroup("inner", [KeyError('k')])])
    except* TypeError:
        pass
`,
    wrapped: "try:\n    raise ValueError(1)\nexcept* ValueError:\n    raise\n",
    "raised in a function": `def inner(n):
    raise ExceptionGroup("many", [ValueError(n), TypeError(n), KeyError(n)])
def outer():
    try:
        inner(3)
    except* ValueError as e:
        print("v", repr(e))
    except* KeyError:
        raise
outer()
`,
    "new exceptions and the rest": `try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
except* ValueError:
    raise KeyError("k")
except* TypeError:
    raise
`,
    wide: "raise ExceptionGroup('w', [ValueError(i) for i in range(17)])\n",
    // A member with a chained group: that group closes its own boxes (CPython's print_chained).
    "raise e and a chained member": `try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    raise e
except* TypeError as e:
    raise RuntimeError("x")
`,
    // Not a group: raising an exception again continues its traceback, as CPython.
    "raise of an earlier exception": `def f():
    raise ValueError(1)
def g():
    try:
        f()
    except ValueError as e:
        err = e
    raise err
try:
    g()
except ValueError as e:
    x = e
def h():
    raise x
h()
`,
  };
  for (const [name, src] of Object.entries(programs)) {
    it.skipIf(!cpython311)(name, () => {
      const [ours, expected] = uncaughtReports(src);
      expect(ours).toBe(expected);
    });
  }
});

describeCPythonParity("asyncio.TaskGroup", {
  "tasks, failures and cancellation": `import asyncio
async def work(n, fail=False):
    await asyncio.sleep(n / 100)
    if fail:
        raise ValueError(f"bad {n}")
    print("done", n)
    return n * 10
async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise
async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work(1))
        t2 = tg.create_task(work(2), name="two")
    print(t1.result(), t2.result(), t2.get_name())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(1, True))
            tg.create_task(slow())
            tg.create_task(work(3, True))
    except* ValueError as eg:
        print("caught", repr(eg), [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(1))
            raise KeyError("body")
    except* KeyError as eg:
        print("body", repr(eg))
    tg = asyncio.TaskGroup()
    try:
        tg.create_task(work(1))
    except RuntimeError as e:
        print(e)
    async with asyncio.TaskGroup() as tg:
        pass
    print(repr(tg))
asyncio.run(main())
`,
}, []);

describe("asyncio.TaskGroup", () => {
  it("a failed task ends the run with the group (its member boxed, as CPython)", () => {
    const src = "import asyncio\nasync def bad():\n    raise ValueError(1)\nasync def main():\n    async with asyncio.TaskGroup() as tg:\n        tg.create_task(bad())\nasyncio.run(main())\n";
    const r = runSource(src);
    expect(`${r.error?.kind}: ${r.error?.pyMessage}`).toBe("ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)");
    expect(r.error?.group?.map((m) => `${m.kind}: ${m.message}`)).toEqual(["ValueError: 1"]);
    if (cpython311) expect(runCPython(src).err).toContain("  | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)\n  +-+---------------- 1 ----------------");
  });
});
