import { describe, expect, it } from "vitest";
import { expectSameAsCPython, haveCPython } from "../helpers/stdlib.js";
import { output, runSource } from "../helpers/runSource.js";

describe.runIf(haveCPython)("queue and timeit (against CPython 3.11)", () => {
  it("FIFO, LIFO, priority and simple queues, Empty/Full without blocking or after a timeout, task_done/join; timeit and repeat of callables", () => {
    expectSameAsCPython(`import queue, timeit
q = queue.Queue()
for i in (3, 1, 2):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.get(), q.get_nowait(), q.get())
l = queue.LifoQueue(); p = queue.PriorityQueue(); s = queue.SimpleQueue()
for i in (3, 1, 2):
    l.put(i); p.put((i, 'x%d' % i)); s.put(i)
print([l.get() for _ in range(3)], [p.get() for _ in range(3)], [s.get() for _ in range(3)], s.empty(), s.qsize())
b = queue.Queue(maxsize=2)
b.put(1); b.put_nowait(2)
print(b.full())
for f in [lambda: b.put(3, block=False), lambda: b.put_nowait(3), lambda: queue.Queue().get(block=False), lambda: queue.Queue().get_nowait(), lambda: queue.SimpleQueue().get_nowait(), lambda: queue.Queue().get(timeout=0.01), lambda: b.put(9, timeout=0.01), lambda: queue.Queue().get(timeout=-1)]:
    try:
        f()
    except queue.Empty as e:
        print('Empty', repr(e))
    except queue.Full as e:
        print('Full', repr(e))
    except ValueError as e:
        print('ValueError', e)
b.get(); b.task_done(); b.get(); b.task_done()
b.join()
try:
    b.task_done()
except ValueError as e:
    print('ValueError', e)
print(issubclass(queue.Empty, Exception), queue.Queue().maxsize)
n = [0]
def work():
    n[0] += 1
t = timeit.timeit(work, number=100)
print(n[0], type(t).__name__, t >= 0, len(timeit.repeat(work, repeat=3, number=10)), n[0], timeit.Timer(work).timeit(5) >= 0, n[0])
print(len(timeit.Timer(work, setup=lambda: n.append(1)).repeat(2, 1)), n)
`);
  });
});

describe("queue and timeit on the device", () => {
  it("a blocking get on an empty queue with no timeout is a DeadlockError naming the call, not a hang", () => {
    const r = runSource("import queue\nq = queue.Queue()\nprint('before')\ntry:\n    q.get()\nexcept BaseException:\n    print('caught')\n");
    expect(r.out).toBe("before\n");
    expect(r.error?.kind).toBe("DeadlockError");
    expect(r.error?.pyMessage).toContain("core 0 called Queue.get() on an empty queue with no timeout");
  });
  it("join with unfinished tasks and put on a full queue are deadlocks too", () => {
    expect(runSource("import queue\nq = queue.Queue()\nq.put(1)\nq.join()\n").error?.pyMessage).toContain("Queue.join() with 1 unfinished task(s)");
    expect(runSource("import queue\nq = queue.LifoQueue(1)\nq.put(1)\nq.put(2)\n").error?.pyMessage).toContain("LifoQueue.put() on a full queue");
  });
  it("timeit refuses a statement given as a string (no exec on a core), accepts 'pass'", () => {
    expect(output("import timeit\ntry:\n    timeit.timeit('x = 1', number=10)\nexcept ValueError as e:\n    print(e)\nprint(timeit.timeit('pass', number=10) >= 0)\n"))
      .toBe("timeit: stmt given as a string needs exec(), which ePython does not have; pass a function instead, e.g. timeit.timeit(lambda: f(x), number=1000)\nTrue\n");
  });
});
