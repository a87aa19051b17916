// Async additions to the library against CPython 3.11: contextlib's
// asynccontextmanager, AsyncExitStack and aclosing, the builtins aiter/anext (with a
// default: CPython's anext_awaitable, vm/coroutines.ts), and asyncio's shield,
// Condition and to_thread (in-line on a core's one thread).
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "async contextlib, aiter/anext and more asyncio against CPython",
  {
    "asynccontextmanager, AsyncExitStack basics, aclosing, aiter/anext": `import asyncio, contextlib
from contextlib import asynccontextmanager, AsyncExitStack, aclosing

@asynccontextmanager
async def res(name):
    print("enter", name)
    try:
        yield name.upper()
    finally:
        print("exit", name)

async def agen():
    for i in range(3):
        yield i
    print("agen done")

async def main():
    async with res("a") as r:
        print("got", r)
    try:
        async with res("b"):
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
    async with AsyncExitStack() as st:
        x = await st.enter_async_context(res("c"))
        y = st.enter_context(contextlib.nullcontext(5))
        st.callback(print, "cb")
        async def acb(v): print("acb", v)
        st.push_async_callback(acb, 9)
        print(x, y)
    async with aclosing(agen()) as g:
        async for v in g:
            print(v)
            if v == 1: break
    it = aiter(agen())
    print(await anext(it), await anext(it), await anext(it))
    print(await anext(it, "dflt"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("stop")
asyncio.run(main())
`,
    "anext default, aiter/anext TypeErrors, awaitable type": `import asyncio
async def agen():
    for i in range(3):
        yield i
async def main():
    it = aiter(agen())
    print(await anext(it), await anext(it), await anext(it))
    print(await anext(it, "dflt"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("stop")
    try: aiter(5)
    except TypeError as e: print(e)
    try: anext(5)
    except TypeError as e: print(e)
    print(type(anext(agen())).__name__)
asyncio.run(main())
`,
    "async context manager errors, decorator, exit stack suppression and callbacks, anext on a class": `import asyncio
from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext

@asynccontextmanager
async def suppressing():
    try:
        yield
    except KeyError as e:
        print("suppressed", repr(e))

@asynccontextmanager
async def noyield():
    if False:
        yield

@asynccontextmanager
async def twice():
    yield 1
    yield 2

@asynccontextmanager
async def deco():
    print("before")
    yield
    print("after")

@deco()
async def decorated(x):
    print("body", x)
    return x * 2

class ACM:
    def __init__(self, n): self.n = n
    async def __aenter__(self):
        print("aenter", self.n); return self.n
    async def __aexit__(self, *a):
        print("aexit", self.n, a[0].__name__ if a[0] else None)
        return self.n == 2

async def main():
    async with suppressing():
        raise KeyError("k")
    for cm in (noyield, twice):
        try:
            async with cm():
                pass
        except RuntimeError as e:
            print("RuntimeError", e)
    print(await decorated(21))
    async with nullcontext(7) as v:
        print("null", v)
    async with AsyncExitStack() as st:
        for i in range(4):
            await st.enter_async_context(ACM(i))
        raise ValueError("x")
    print("after stack (suppressed by 2)")
    try:
        async with AsyncExitStack() as st:
            await st.enter_async_context(object())
    except TypeError as e:
        print(e)
    st = AsyncExitStack()
    async def cb(*a): print("async cb", a)
    st.push_async_exit(cb)
    st.push(lambda *a: print("sync exit", a))
    st2 = st.pop_all()
    await st2.aclose()
    # anext default with class-based iterator
    class Counter:
        def __init__(self): self.i = 0
        def __aiter__(self): return self
        async def __anext__(self):
            self.i += 1
            if self.i > 2: raise StopAsyncIteration
            return self.i
    c = Counter()
    print(await anext(c), await anext(c, 'x'), await anext(c, 'd'))
    print(aiter(c) is c)
    class Bad:
        def __aiter__(self): return 5
    try: aiter(Bad())
    except TypeError as e: print(e)
    try: await anext(c)
    except StopAsyncIteration: print("SAI")
    try: anext()
    except TypeError as e: print(e)

asyncio.run(main())
`,
    "shield, Condition, to_thread, Semaphore, BoundedSemaphore, Event, timeout": `import asyncio
async def worker(name, d):
    await asyncio.sleep(d)
    print("worker", name, "done")
    return name

async def main():
    t = asyncio.ensure_future(worker("a", 0.01))
    s = asyncio.shield(t)
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("outer cancelled", t.cancelled())
    print(await t)
    print(await asyncio.shield(worker("b", 0)))
    cond = asyncio.Condition()
    items = []
    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", i, "got", items.pop())
    async def producer():
        for k in range(3):
            await asyncio.sleep(0.001)
            async with cond:
                items.append(k)
                cond.notify()
    await asyncio.gather(consumer(1), consumer(2), consumer(3), producer())
    print(repr(cond).split(" [")[-1])
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(e)
    async with cond:
        cond.notify_all()
    def blocking(x, y=1):
        print("in thread", x, y)
        return x + y
    print(await asyncio.to_thread(blocking, 3, y=4))
    sem = asyncio.Semaphore(2)
    async def job(i):
        async with sem:
            print("job", i, sem.locked())
            await asyncio.sleep(0.001)
    await asyncio.gather(*(job(i) for i in range(4)))
    b = asyncio.BoundedSemaphore(1)
    try:
        b.release()
    except ValueError as e:
        print(e)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait(); print("event seen")
    t2 = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    await t2
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")
asyncio.run(main())
`,
    "anext's awaitables have __await__: asyncio.wait_for and ensure_future take them": `import asyncio
async def agen():
    yield 1
async def main():
    g = agen()
    print(await asyncio.wait_for(anext(g), 1))
    print(await asyncio.wait_for(anext(g, "end"), 1))
    t = asyncio.ensure_future(anext(agen(), 0))
    print(await t)
asyncio.run(main())
`,
    "exceptions through asynccontextmanager and AsyncExitStack, Condition.wait timing out, shield under wait_for": `import asyncio
from contextlib import asynccontextmanager, AsyncExitStack

@asynccontextmanager
async def converting():
    try:
        yield "r"
    except ValueError as e:
        raise KeyError("converted") from e

@asynccontextmanager
async def stop_inside():
    yield

async def main():
    try:
        async with converting():
            raise ValueError("v")
    except KeyError as e:
        print("KeyError", e, type(e.__cause__).__name__)
    try:
        async with stop_inside():
            raise StopAsyncIteration("s")
    except StopAsyncIteration as e:
        print("SAI passes", e)
    cond = asyncio.Condition()
    async with cond:
        try:
            await asyncio.wait_for(cond.wait(), 0.01)
        except asyncio.TimeoutError:
            print("wait timed out, locked:", cond.locked())
    async def cb_raises(*exc):
        raise RuntimeError("from callback")
    try:
        async with AsyncExitStack() as st:
            st.push_async_exit(cb_raises)
            raise ValueError("body")
    except RuntimeError as e:
        print("RuntimeError", e, "context:", repr(e.__context__))
    inner_done = []
    async def slow():
        await asyncio.sleep(0.02)
        inner_done.append(1)
        return "slow"
    task = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(asyncio.shield(task), 0.005)
    except asyncio.TimeoutError:
        print("shield timed out; inner cancelled?", task.cancelled())
    print(await task, inner_done)
asyncio.run(main())
`,
  },
  [
    ["aiter(5)", "TypeError: 'int' object is not an async iterable"],
    ["anext([])", "TypeError: 'list' object is not an async iterator"],
    ["anext(1, 2, 3)", "TypeError: anext expected at most 2 arguments, got 3"],
    ["aiter()", "TypeError: aiter() takes exactly one argument (0 given)"],
    [`import asyncio
async def main():
    c = asyncio.Condition()
    await c.wait()
asyncio.run(main())`, "RuntimeError: cannot wait on un-acquired lock"],
    [`import asyncio, contextlib
@contextlib.asynccontextmanager
async def f():
    yield 1
    yield 2
async def main():
    async with f():
        pass
asyncio.run(main())`, "RuntimeError: generator didn't stop"],
    [`import asyncio, contextlib
async def main():
    async with contextlib.AsyncExitStack() as s:
        await s.enter_async_context(5)
asyncio.run(main())`, "TypeError: 'builtins.int' object does not support the asynchronous context manager protocol"],
  ],
);
