# async/await and asyncio: coroutines, tasks, gather, timeouts, queues, async generators.
# epython-cpython: same

import asyncio

# A coroutine function: calling it makes a coroutine; `await` runs it.
async def brew(drink, seconds):
    print("start", drink)
    await asyncio.sleep(seconds)      # other tasks run meanwhile
    print("ready", drink)
    return drink.upper()

# An async generator: `async for` consumes it, awaiting between items.
async def ticks(n, every):
    for i in range(n):
        await asyncio.sleep(every)
        yield i

async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        print("produced", i)
    await queue.put(None)             # no more items

async def consumer(queue):
    total = 0
    while (item := await queue.get()) is not None:
        print("consumed", item)
        total += item
        await asyncio.sleep(0.01)
    return total

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow: cancelled, cleaning up")
        raise

async def main():
    # Three coroutines at once: results come back in argument order.
    print(await asyncio.gather(brew("tea", 0.03), brew("coffee", 0.01), brew("cocoa", 0.02)))

    # A bounded queue makes the producer wait for the consumer.
    queue = asyncio.Queue(maxsize=2)
    _, total = await asyncio.gather(producer(queue, 4), consumer(queue))
    print("total", total)

    # Timeouts cancel the awaited coroutine.
    try:
        await asyncio.wait_for(slow(), timeout=0.02)
    except TimeoutError:
        print("timed out")

    # A task runs on its own; cancel() throws CancelledError into it.
    task = asyncio.create_task(slow())
    await asyncio.sleep(0)
    task.cancel()
    results = await asyncio.gather(task, return_exceptions=True)
    print(type(results[0]).__name__, task.cancelled())

    async for t in ticks(3, 0.01):
        print("tick", t)

    lock = asyncio.Lock()
    async def critical(name):
        async with lock:              # one task at a time
            print(name, "in")
            await asyncio.sleep(0.01)
            print(name, "out")
    await asyncio.gather(critical("x"), critical("y"))
    return "done"

print(asyncio.run(main()))
