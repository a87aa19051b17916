// contextlib (library module, src/vm/modules/contextlibSource.ts) against CPython 3.11.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("contextlib", {
  "contextmanager, suppress, closing, nullcontext, redirect_stdout, ContextDecorator": `from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout, ContextDecorator
import contextlib, io, sys

@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print("</" + name + ">")

with tag("a") as t:
    print("body", t)
with tag("b"):
    raise ValueError("boom")
print("after b")
try:
    with tag("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def never():
    if False:
        yield
try:
    with never():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def swallow_then_yield():
    try:
        yield
    except Exception:
        yield
try:
    with swallow_then_yield():
        raise TypeError("x")
except RuntimeError as e:
    print("RuntimeError:", e)

@tag("deco")
def work(x):
    print("work", x)
    return x * 2
print(work(3), work(4), work.__name__)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)

class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print(v)
with nullcontext() as v:
    print(v)

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured", 1, 2)
    print("line2")
print(repr(buf.getvalue()))
print(sys.stdout is not buf)

@contextmanager
def stop_in_body():
    yield
try:
    with stop_in_body():
        raise StopIteration("s")
except StopIteration as e:
    print("StopIteration", e)

class Manual(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0])
        return False
@Manual()
def f():
    print("in f")
f()
`,
  "ExitStack: LIFO, push, callback, pop_all, exceptions and their context": `from contextlib import ExitStack, contextmanager, suppress
import contextlib

class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None)
        return False

with ExitStack() as stack:
    vals = [stack.enter_context(CM(i)) for i in range(3)]
    stack.callback(print, "callback", "args", sep="-")
    print(vals)

def exit_cb(t, v, tb):
    print("push cb", t.__name__ if t else None, v)
    return True
with ExitStack() as stack:
    stack.push(exit_cb)
    stack.enter_context(CM("x"))
    raise ValueError("swallowed by push")
print("after")

with ExitStack() as stack:
    stack.enter_context(CM(1))
    stack2 = stack.pop_all()
print("popped")
stack2.close()

def raiser(msg):
    raise KeyError(msg)
try:
    with ExitStack() as stack:
        stack.callback(raiser, "first")
        stack.callback(raiser, "second")
        raise ValueError("body")
except KeyError as e:
    print("final", repr(e), repr(e.__context__), repr(e.__context__.__context__))

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print(e)

with ExitStack() as s:
    s.enter_context(suppress(ZeroDivisionError))
    1/0
print("suppress in stack")
print(contextlib.AbstractContextManager, contextlib.ExitStack.__name__)
s = ExitStack()
print(s.callback(print, "cb at close") is print, s.push(exit_cb) is exit_cb)
s.close()
`,
}, [
  [`from contextlib import contextmanager
@contextmanager
def two():
    yield 1
    yield 2
with two():
    pass`, "RuntimeError: generator didn't stop"],
  [`from contextlib import contextmanager
@contextmanager
def g():
    yield
with g():
    raise KeyError('k')`, "KeyError: 'k'"],
  [`import contextlib
class Half:
    def __enter__(self):
        return self
with contextlib.ExitStack() as s:
    s.enter_context(Half())`, "TypeError: '__main__.Half' object does not support the context manager protocol"],
]);
