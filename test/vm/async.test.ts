// Coroutines without asyncio (vm/coroutines.ts): async def, await, async for/with,
// async generators, driven by hand with send/throw/close, against CPython 3.11.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { output, runSource } from "../helpers/runSource.js";
import { rejects } from "../helpers/nativeInfer.js";
import { compileProgram } from "../../src/compiler/program.js";
import { decodeProgram, encodeProgram } from "../../src/bytecode/image.js";
import { withLibraryModules } from "../../src/vm/modules/index.js";

/** A tiny driver: runs a coroutine to its end, printing what it yields. */
const RUN = `
def run(coro):
    try:
        while True:
            y = coro.send(None)
            print("yielded", y)
    except StopIteration as e:
        return e.value

class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield ("ready", self.v)
        return self.v if got is None else got
`;

describeCPythonParity("coroutines", {
  "await chains and return values": RUN + `
async def add(a, b):
    return a + b
async def twice(x):
    a = await add(x, x)
    b = await Ready(a)
    return a + b
print(run(twice(3)))
`,
  "type, repr, send/throw/close": RUN + `
async def f():
    try:
        v = await Ready(1)
        print("sent", v)
        await Ready(2)
    except KeyError as e:
        print("caught", repr(e))
        return "handled"
    finally:
        print("finally")
c = f()
print(type(c).__name__, repr(c).startswith("<coroutine object f at 0x"))
print(c.send(None))
print(c.send(42))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("stop", e.value)
c2 = f()
c2.send(None)
c2.close()
print(c2.cr_running)
`,
  "awaiting twice is an error": RUN + `
async def one():
    return 1
async def main():
    c = one()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print(e)
run(main())
`,
  "async with: __aenter__/__aexit__, suppression, return": RUN + `
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await Ready(self.name)
        return self.name.upper()
    async def __aexit__(self, et, e, tb):
        print("exit", self.name, et.__name__ if et else None)
        await Ready("x")
        return self.suppress
async def main():
    async with CM("a") as x, CM("b") as y:
        print("body", x, y)
    async with CM("c", True):
        raise ValueError("v")
    try:
        async with CM("d"):
            raise KeyError("k")
    except KeyError:
        print("propagated")
    for i in range(3):
        async with CM("loop"):
            if i == 1:
                break
    async with CM("ret"):
        return "from with"
print(run(main()))
`,
  "async for over an async iterator and an async generator": RUN + `
class Count:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Ready(self.i)
        return self.i
async def agen(n):
    for i in range(n):
        await Ready(-i)
        yield i * 10
    print("agen end")
async def main():
    async for v in Count(2):
        print("count", v)
    else:
        print("else ran")
    async for v in agen(3):
        if v == 20:
            continue
        print("gen", v)
    async for v in agen(5):
        if v == 10:
            break
    print("after break")
    g = agen(2)
    print(type(g).__name__, await g.__anext__(), await g.asend(None))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
run(main())
`,
  "async generator aclose/athrow and finally": RUN + `
async def agen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("agen caught", e)
        yield 99
    finally:
        print("agen finally")
async def main():
    g = agen()
    print(await g.__anext__())
    print(await g.athrow(ValueError("boom")))
    await g.aclose()
    h = agen()
    print(await h.__anext__())
    await h.aclose()
    print(h.ag_running)
run(main())
`,
  "a coroutine is not iterable, an int not awaitable": RUN + `
async def main():
    try:
        await 3
    except TypeError as e:
        print(e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print(e)
    class N:
        pass
    try:
        async with N():
            pass
    except TypeError as e:
        print(e)
run(main())
`,
  "coroutines and async generators are no iterators": `
async def f():
    return 1
async def g():
    yield 1
for obj in (f(), g()):
    for make in (iter, next, list):
        try:
            make(obj)
        except TypeError as e:
            print(make.__name__, e)
    try:
        for x in obj:
            pass
    except TypeError as e:
        print("for", e)
    if hasattr(obj, "close"):
        obj.close()
`,
}, [
  ["async def f():\n    raise ValueError('in coro')\nf().send(None)\n", "ValueError: in coro"],
  ["async def f():\n    pass\nc = f()\ntry:\n    c.send(1)\nfinally:\n    c.close()\n", "TypeError: can't send non-None value to a just-started coroutine"],
]);

describe("coroutine syntax errors (CPython's messages)", () => {
  it.each([
    ["await x\n", "'await' outside function"],
    ["def f():\n    await x\n", "'await' outside async function"],
    ["def f():\n    async with a:\n        pass\n", "'async with' outside async function"],
    ["def f():\n    async for a in b:\n        pass\n", "'async for' outside async function"],
    ["async def f():\n    yield from x\n", "'yield from' inside async function"],
    ["async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator"],
    ["def f():\n    return [await x for x in y]\n", "asynchronous comprehension outside of an asynchronous function"],
    ["async def f():\n    g = lambda: await x\n", "'await' outside async function"],
  ])("%j", (src, message) => {
    expect(() => runSource(src)).toThrow(message);
  });
  it("an asynchronous comprehension needs an async def (a generator expression does not)", () => {
    expect(() => runSource("def f(y):\n    return [x async for x in y]\n")).toThrow("asynchronous comprehension outside of an asynchronous function");
    expect(() => runSource("def f(y):\n    return [[x async for x in a] for a in y]\n")).toThrow("asynchronous comprehension outside of an asynchronous function");
    expect(() => runSource("def f(y):\n    return (x async for x in y)\n")).not.toThrow();
  });
});

describe("coroutines in the VM", () => {
  it("an await in a loop accumulates the values sent back", () => {
    const src = RUN + "async def f(n):\n    s = 0\n    for i in range(n):\n        s += await Ready(i)\n    return s\nprint(run(f(3)))\n";
    expect(output(src)).toBe("yielded ('ready', 0)\nyielded ('ready', 1)\nyielded ('ready', 2)\n3\n");
  });
});

describe("coroutine instructions in the image", () => {
  it("survive the image codec and its verifier (asyncio and the async example)", () => {
    const source = readFileSync(join(__dirname, "..", "..", "examples", "async_demo.py"), "utf8") +
      "async def comp(y):\n    return [x async for x in y], {await z for z in y}\n";
    const program = compileProgram(source, "main.py", {
      dialect: "python3", readFile: withLibraryModules(() => null), isBuiltinModule: (n) => ["time", "heapq", "_asyncio"].includes(n),
    });
    const again = decodeProgram(encodeProgram(program).bytes);
    expect(again.modules.map((m) => m.code.code)).toEqual(program.modules.map((m) => m.code.code));
  });
});

describe("native code refuses coroutines", () => {
  it.each([
    ["async def k():\n    return 1\nprint(k())\n", "native code: coroutines (async def) are not supported natively"],
    ["def k(y):\n    g = (x async for x in y)\n    return 1\nprint(k(1))\n", "native code: asynchronous comprehensions are not supported natively"],
  ])("%j", (src, message) => {
    expect(rejects(src).message).toBe(message);
  });
});
