// Traceback objects (vm/tracebackObjects.ts): e.__traceback__, sys.exc_info()[2],
// tb_frame / tb_lineno / tb_lasti / tb_next, frame objects (f_code, f_locals, f_back,
// f_globals), with_traceback and assigning __traceback__, re-raises growing the
// traceback, and the traceback module over them — compared with CPython 3.11 in
// process (programs that print no file names) and through the CLI on the same
// absolute temp file (programs that do; CPython's caret lines left out). The collector
// counts what a kept exception's traceback holds.
import { describe, expect, it } from "vitest";
import { sameFileParity } from "../helpers/sameFileParity.js";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { output } from "../helpers/runSource.js";

describeCPythonParity("traceback objects", {
  chain: `import sys, types
def f(x):
    return 10 / x
try:
    f(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, type(tb) is types.TracebackType, tb is e.__traceback__, sys.exc_info()[2] is tb)
    while tb:
        print(tb.tb_lineno, tb.tb_frame.f_code.co_name, type(tb.tb_lasti).__name__, type(tb.tb_frame) is types.FrameType)
        tb = tb.tb_next
print(ValueError("never raised").__traceback__, sys.exc_info())
`,
  frames: `def inner(v):
    w = v * 2
    raise ValueError("bad %d" % w)
def outer():
    a = 1
    try:
        inner(3)
    except ValueError as e:
        return e
e = outer()
tb = e.__traceback__
print([(t.tb_lineno, t.tb_frame.f_code.co_name, t.tb_frame.f_code.co_firstlineno, t.tb_frame.f_code.co_qualname) for t in (tb, tb.tb_next)])
print(tb.tb_next.tb_frame.f_locals, tb.tb_frame.f_locals)
print(tb.tb_next.tb_frame.f_back is tb.tb_frame, tb.tb_frame.f_globals is globals())
def rec(n):
    if n == 0:
        raise IndexError("r")
    rec(n - 1)
try:
    rec(3)
except IndexError as e7:
    frames = []
    t = e7.__traceback__
    while t:
        frames.append(t.tb_frame)
        t = t.tb_next
    print([f.f_locals.get('n') for f in frames], all(frames[i + 1].f_back is frames[i] for i in range(len(frames) - 1)))
    print(frames[0].f_locals is globals(), frames[0].f_back)
def closure():
    k = [1]
    def g():
        return k[5]
    return g()
try:
    closure()
except IndexError as e8:
    print(sorted(e8.__traceback__.tb_next.tb_frame.f_locals), e8.__traceback__.tb_next.tb_next.tb_frame.f_locals)
def gen():
    x = 1
    yield x
    raise KeyError("g")
try:
    for _ in gen():
        pass
except KeyError as e6:
    print(e6.__traceback__.tb_next.tb_frame.f_code.co_name, e6.__traceback__.tb_next.tb_frame.f_locals)
`,
  setting: `import traceback
def inner():
    raise ValueError("v")
def outer():
    try:
        inner()
    except ValueError as e:
        return e
e = outer()
tb = e.__traceback__
e.__traceback__ = None
print(e.__traceback__, traceback.format_exception(e))
try:
    e.__traceback__ = 5
except TypeError as x:
    print("TypeError:", x)
try:
    e.with_traceback(1)
except TypeError as x:
    print("TypeError:", x)
print(e.with_traceback(tb) is e, e.__traceback__ is tb)
try:
    raise e
except ValueError as e2:
    print([(fs.name, fs.lineno) for fs in traceback.extract_tb(e2.__traceback__)], e2.__traceback__.tb_next is tb)
try:
    raise e.with_traceback(None)
except ValueError as e3:
    print([(fs.name, fs.lineno) for fs in traceback.extract_tb(e3.__traceback__)])
try:
    raise KeyError("k").with_traceback(tb)
except KeyError as e4:
    print([(fs.name, fs.lineno) for fs in traceback.extract_tb(e4.__traceback__)])
`,
  reraise: `import traceback
def inner(n):
    raise ValueError(n)
def reraiser():
    try:
        inner(1)
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    print([(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)])
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        t1 = z.__traceback__
        raise
except ZeroDivisionError as z2:
    print(z2.__traceback__ is t1, z2.__traceback__.tb_lineno)
def wrap():
    try:
        inner(2)
    except ValueError as x:
        raise RuntimeError("wrapped") from x
try:
    wrap()
except RuntimeError as e5:
    print([(fs.name, fs.lineno) for fs in traceback.extract_tb(e5.__traceback__)])
    print([(fs.name, fs.lineno) for fs in traceback.extract_tb(e5.__cause__.__traceback__)])
err = None
for i in range(3):
    try:
        if err is None:
            inner(0)
        raise err
    except ValueError as x:
        err = x
print([(fs.name, fs.lineno) for fs in traceback.extract_tb(err.__traceback__)])
`,
  module: `import traceback, sys
def a(): b()
def b(): c()
def c(): raise KeyError("deep")
try:
    a()
except KeyError as e:
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)])
    print([ln for f, ln in traceback.walk_tb(sys.exc_info()[2])], [f.f_code.co_name for f, ln in traceback.walk_tb(e.__traceback__)])
    print(traceback.extract_tb(e.__traceback__, limit=2)[-1].name, traceback.extract_tb(e.__traceback__, limit=-1)[0].name)
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    print(str(te), te.exc_type.__name__, [f.name for f in te.stack], te.stack[0].locals is not None)
    print(list(te.format_exception_only()), sys.exception() is e)
def show():
    return [(fs.name, fs.lineno) for fs in traceback.extract_stack()]
def outer():
    return show()
print(outer())
`,
}, [
  ["try:\n    1/0\nexcept ZeroDivisionError as e:\n    e.__traceback__ = 'x'", "TypeError: __traceback__ must be a traceback or None"],
]);

const compare = sameFileParity("epy-tb-objects-");

describe("traceback objects with file names, against CPython 3.11 (same file path)", () => {
  compare("format", `import traceback, sys
def inner(v):
    raise ValueError("bad %d" % v)
def outer():
    try:
        inner(3)
    except ValueError as e:
        return e
e = outer()
print(e.__traceback__.tb_frame.f_code.co_filename == __file__)
print("".join(traceback.format_tb(e.__traceback__)), end="")
traceback.print_tb(e.__traceback__, file=sys.stdout)
print("".join(traceback.TracebackException.from_exception(e).format()), end="")
traceback.TracebackException.from_exception(e).print(file=sys.stdout)
print("".join(traceback.format_exception(type(e), e, e.__traceback__)), end="")
print("".join(traceback.format_exception(e)), end="")
print("".join(traceback.format_exception(type(e), e, e.__traceback__.tb_next)), end="")
print("".join(traceback.format_stack()), end="")
`);
  compare("uncaught_with_traceback", `def inner():
    raise ValueError("first")
def outer():
    try:
        inner()
    except ValueError as e:
        return e
e = outer()
raise RuntimeError("second").with_traceback(e.__traceback__)
`);
  compare("uncaught_traceback_none", `def inner():
    raise ValueError("first")
def f():
    try:
        inner()
    except ValueError as e:
        raise e.with_traceback(None)
f()
`);
});

describe("memory of traceback objects", () => {
  it("a kept exception keeps its frames' locals alive; dropping it frees them", () => {
    const out = output(`import memory
def f():
    big = list(range(20000))
    raise ValueError("x")
def g():
    try:
        f()
    except ValueError as e:
        return e
memory.gc()
base = memory.used()
kept = g()
memory.gc()
held = memory.used() - base
print(held > 80000)
tb = kept.__traceback__
print(len(tb.tb_next.tb_frame.f_locals["big"]))
memory.gc()
print(memory.used() - base > 80000)
kept = tb = None
globals()  # f_globals is globals(): brought up to date with the module when read
memory.gc()
print(memory.used() - base < 8000)
`);
    expect(out).toBe("True\n20000\nTrue\nTrue\n");
  });
});
