// asyncio (vm/modules/asyncioSource.ts) against CPython 3.11: the usual demo programs
// must print the same lines in the same order (the loop's clock follows the timers'
// delays, not the core's speed).
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { runSource } from "../helpers/runSource.js";

describeCPythonParity("asyncio", {
  "producer/consumer with a bounded Queue, task_done and join": `import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
        await asyncio.sleep(0.01)
    await q.put(None)

async def consumer(q, name):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        print(name, "got", item)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, 5), consumer(q, "c1"))
    await q.join()
    print("all done", q.empty())

asyncio.run(main())
`,
  "wait_for timeouts and cancellation": `import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except asyncio.TimeoutError:
        print("timeout!")
    except TimeoutError:
        print("builtin timeout")
    print(await asyncio.wait_for(asyncio.sleep(0.01, "quick"), 1))
    t = asyncio.create_task(slow())
    await asyncio.sleep(0.01)
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("caught cancel", t.cancelled())
    t2 = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    t2.cancel("bye")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("msg", e.args)

asyncio.run(main())
`,
  "gather, as_completed, wait, Event, Lock, Semaphore, loop.time": `import asyncio

async def fail(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError("bad %d" % n)

async def ok(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    r = await asyncio.gather(ok(1), fail(2), ok(3), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(ok(1), fail(2), ok(3))
    except ValueError as e:
        print("gather raised", e)
    tasks = [asyncio.create_task(ok(i)) for i in (3, 1, 2)]
    for c in asyncio.as_completed(tasks):
        print("completed", await c)
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    ts = [asyncio.create_task(ok(i)) for i in (5, 1)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        print("waiter", i, "woke")
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print("setting")
    ev.set()
    await asyncio.gather(*ws)
    lock = asyncio.Lock()
    async def crit(i):
        async with lock:
            print("enter", i)
            await asyncio.sleep(0.01)
            print("leave", i)
    await asyncio.gather(crit(1), crit(2), crit(3))
    sem = asyncio.Semaphore(2)
    async def lim(i):
        async with sem:
            print("in", i)
            await asyncio.sleep(0.01)
        print("out", i)
    await asyncio.gather(*(lim(i) for i in range(4)))
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.05)
    print(loop.time() - t0 >= 0.04)

asyncio.run(main())
`,
  "as_completed order follows the delays": `import asyncio

async def ok(n):
    await asyncio.sleep(0.01 * n)
    print("ok", n)
    return n

async def main():
    tasks = [asyncio.create_task(ok(i)) for i in (3, 1, 2)]
    for c in asyncio.as_completed(tasks):
        print("completed", await c)

asyncio.run(main())
`,
  "polling with sleep(0) until a timer fires": `import asyncio
flag = False
async def setter():
    global flag
    await asyncio.sleep(0.1)
    flag = True
async def poller():
    n = 0
    while not flag:
        n += 1
        await asyncio.sleep(0)
    print("flag seen", n > 10)
async def main():
    await asyncio.gather(setter(), poller())
asyncio.run(main())
`,
  "gather of sleeps with different delays": `import asyncio
async def worker(name, delay):
    print(name, "start")
    await asyncio.sleep(delay)
    print(name, "done after", delay)
    return delay * 10
async def main():
    results = await asyncio.gather(worker("A", 0.03), worker("B", 0.01), worker("C", 0.02))
    print(results)
print(asyncio.run(main()) is None)
`,
  "exceptions propagate through await and tasks": `import asyncio
async def boom():
    await asyncio.sleep(0)
    raise KeyError("lost")
async def main():
    t = asyncio.create_task(boom())
    try:
        await t
    except KeyError as e:
        print("caught", repr(e), t.done(), repr(t.exception()))
    try:
        await asyncio.gather(asyncio.sleep(0.01), boom())
    except KeyError:
        print("gather propagated")
    return "ok"
print(asyncio.run(main()))
try:
    asyncio.run(boom())
except KeyError as e:
    print("run raised", e)
`,
  "futures, callbacks and the loop API": `import asyncio
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback sees", f.result()))
    loop.call_later(0.01, fut.set_result, "value")
    loop.call_soon(print, "call_soon ran")
    print("awaiting")
    print(await fut, fut.done(), fut.cancelled())
    t = asyncio.create_task(asyncio.sleep(0.01, "slept"), name="sleeper")
    print(t.get_name(), asyncio.current_task() is not t)
    t.add_done_callback(lambda task: print("task done:", task.result()))
    await t
    await asyncio.sleep(0)
    f2 = loop.create_future()
    f2.cancel()
    try:
        f2.result()
    except asyncio.CancelledError:
        print("cancelled future")
    try:
        loop.create_future().result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(main()), asyncio.isfuture(fut))
asyncio.run(main())
loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(0.01, 7)))
loop.close()
`,
  "cancellation reaches the awaited task and finally blocks": `import asyncio
async def inner():
    try:
        await asyncio.sleep(10)
    finally:
        print("inner cleanup")
async def outer():
    try:
        await asyncio.create_task(inner())
    except asyncio.CancelledError:
        print("outer saw cancel")
        raise
async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    res = await asyncio.gather(t, return_exceptions=True)
    print(type(res[0]).__name__, t.cancelled())
    try:
        await asyncio.wait_for(inner(), 0.01)
    except TimeoutError:
        print("timed out")
asyncio.run(main())
`,
  "async generators and async with under the loop": `import asyncio
async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i
class Timer:
    async def __aenter__(self):
        await asyncio.sleep(0)
        print("timer on")
        return self
    async def __aexit__(self, *exc):
        print("timer off")
async def main():
    async with Timer():
        async for i in ticker(3, 0.01):
            print("tick", i)
    q = asyncio.Queue()
    for i in (3, 1, 2):
        q.put_nowait(i)
    print(q.qsize(), await q.get(), q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    pq = asyncio.PriorityQueue()
    for i in (3, 1, 2):
        await pq.put(i)
    print([pq.get_nowait() for _ in range(3)])
asyncio.run(main())
`,
  "async comprehensions and async generator expressions": `import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return 2 * x

async def main():
    print([x async for x in agen(4)])
    print([x async for x in agen(6) if x % 2])
    print({x: await double(x) async for x in agen(3)})
    print({await double(x) for x in range(3)})
    print([await double(x) for x in range(3)])
    print([[y async for y in agen(x)] for x in range(3)])
    print([(x, y) async for x in agen(2) for y in range(2)])
    g = (await double(x) for x in range(3))
    print(type(g).__name__, [v async for v in g])
    h = (x * 3 async for x in agen(3))
    print([v async for v in h])
    async for x in agen(3):
        pass
    else:
        print("else", x)

asyncio.run(main())

def plain(y):
    return (x async for x in y)
print(type(plain(agen(1))).__name__)
`,
  "asyncio.timeout (3.11)": `import asyncio

async def main():
    try:
        async with asyncio.timeout(0.02) as cm:
            print("waiting")
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout fired", cm.expired())
    async with asyncio.timeout(0.5) as cm:
        await asyncio.sleep(0.01)
    print("in time", cm.expired())
    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise
    print("not reached")

try:
    asyncio.run(main())
except TimeoutError:
    print("outer timeout")
`,
}, [
  ["import asyncio\nasyncio.run(1)\n", "ValueError: a coroutine was expected, got 1"],
  ["import asyncio\nasync def f():\n    asyncio.run(1)\nasyncio.run(f())\n", "RuntimeError: asyncio.run() cannot be called from a running event loop"],
  ["import asyncio\nasyncio.get_running_loop()\n", "RuntimeError: no running event loop"],
]);

describe("asyncio beyond CPython", () => {
  it("a deadlock ends with a clear error instead of hanging", () => {
    const r = runSource("import asyncio\nasync def main():\n    await asyncio.get_running_loop().create_future()\nasyncio.run(main())\n");
    expect(r.error?.kind).toBe("RuntimeError");
    expect(r.error?.pyMessage).toMatch(/^asyncio deadlock: 1 task\(s\) waiting and nothing scheduled/);
  });
  it("time.sleep inside a coroutine holds the event loop for its time, as in CPython", () => {
    const r = runSource(
      "import asyncio, time\nasync def w(i):\n    print('start', i)\n    time.sleep(0.05)\n    print('end', i)\n" +
      "async def main():\n    t = time.perf_counter()\n    await asyncio.gather(w(1), w(2))\n    print(time.perf_counter() - t >= 0.1)\nasyncio.run(main())\n",
      { prefix: false },
    );
    expect(r.error).toBeNull();
    expect(r.out).toBe("start 1\nend 1\nstart 2\nend 2\nTrue\n");
  });
  it("a message receive inside a coroutine is a clear error naming the coroutine, never a hang", () => {
    const r = runSource(
      "import asyncio\nfrom parallel import *\nasync def main():\n    return recv(0)\nif coreid() == 1:\n    asyncio.run(main())\n",
      { cores: 2 },
    );
    expect(r.error?.kind).toBe("RuntimeError");
    expect(r.error?.pyMessage).toMatch(/^a blocking operation \(a message receive, input\(\), a collective\) cannot be used inside a coroutine \('main'\)/);
  });
});
