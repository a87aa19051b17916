// atexit (modules/atexit.ts: callbacks run when the program ends, last first, also
// after sys.exit and an uncaught exception) and contextvars (contextvarsSource.ts;
// asyncio tasks each run in a copy of the context) against CPython 3.11.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { runSource } from "../helpers/runSource.js";

describeCPythonParity(
  "atexit and contextvars against CPython",
  {
    "atexit: register with arguments, decorator, unregister, LIFO": `import atexit
def bye(name, punct="!"):
    print("bye", name + punct)
atexit.register(bye, "a")
atexit.register(bye, "b", punct="?")
@atexit.register
def last():
    print("registered last, runs first")
def never(): print("never")
atexit.register(never)
atexit.register(never)
atexit.unregister(never)
try:
    atexit.register(5)
except TypeError as e:
    print(e)
print("main done")
`,
    "atexit callbacks run after sys.exit": `import atexit, sys
atexit.register(print, "exit handler")
print("before exit")
sys.exit(3)
`,
    "contextvars: get/set/reset, tokens, copy_context().run, asyncio tasks": `import contextvars
from contextvars import ContextVar, copy_context, Token, Context
var = ContextVar("var", default=0)
req = ContextVar("req")
print(var.name, var.get(), req.get("dflt"))
try:
    req.get()
except LookupError as e:
    print("LookupError")
t = var.set(5)
print(var.get(), t.var is var, t.old_value is Token.MISSING, repr(Token.MISSING))
var.reset(t)
print(var.get())
try:
    var.reset(t)
except RuntimeError as e:
    print("RuntimeError", "has already been used once" in str(e))
try:
    req.reset(var.set(1))
except ValueError as e:
    print("ValueError", "different ContextVar" in str(e))
ctx = copy_context()
def inside(x):
    var.set(x)
    req.set("in")
    print("inside", var.get(), req.get())
    return x * 2
print(ctx.run(inside, 21))
print("outside", var.get(), req.get("none"))
print(ctx[var], var in ctx, req in ctx, len(ctx) >= 2, ctx.get(req))
print(ctx.run(var.get))
try:
    ctx.run(lambda: ctx.run(print))
except RuntimeError as e:
    print("RuntimeError", "is already entered" in str(e))
t2 = ctx.run(var.set, 99)
try:
    var.reset(t2)
except ValueError as e:
    print("ValueError", "different Context" in str(e))
print(ContextVar[int] is not None, isinstance(ctx, Context))
try:
    ContextVar(5)
except TypeError as e:
    print(e)
c2 = ctx.copy()
c2.run(var.set, 7)
print(ctx[var], c2[var], sorted(v for v in [ctx[var], c2[var]]))
import asyncio
cur = ContextVar("cur", default="main")
async def task(n):
    cur.set(n)
    await asyncio.sleep(0)
    return cur.get()
async def main():
    r = await asyncio.gather(task("a"), task("b"))
    print(r, cur.get())
asyncio.run(main())
`,
  },
  [
    ["import atexit\natexit.register(5)", "TypeError: the first argument must be callable"],
    ["import contextvars\ncontextvars.ContextVar('v', default=1).reset(0)", "TypeError: expected an instance of Token, got 0"],
  ],
);

describe("atexit", () => {
  it("the callbacks run after an uncaught exception, which stays the core's error", () => {
    const r = runSource("import atexit\natexit.register(print, 'cleanup')\nprint('start')\nraise KeyError('k')\n");
    expect(r.out).toBe("start\ncleanup\n");
    expect(r.error?.kind).toBe("KeyError");
  });
  it("an error in a callback is reported as CPython's 'Exception ignored' and the next still runs", () => {
    const r = runSource("import atexit\ndef f():\n    1/0\natexit.register(print, 'second')\natexit.register(f)\n");
    expect(r.out).toMatch(/^Exception ignored in atexit callback: <function f at 0x[0-9a-f]+>\nZeroDivisionError: division by zero\nsecond\n$/);
    expect(r.error).toBeFalsy();
  });
});
