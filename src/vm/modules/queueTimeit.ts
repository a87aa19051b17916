// `queue` and `timeit` (Python 3 dialect): library modules written in ePython, with
// one native helper, `_queue.never_completes`.
//
// queue: Queue(maxsize), LifoQueue, PriorityQueue (heapq order), SimpleQueue; put/get
// with block and timeout, put_nowait/get_nowait, qsize/empty/full, task_done/join,
// Empty, Full: CPython 3.11's classes (Lib/queue.py) without the locks. A core runs one
// thread, so nothing can fill or drain a queue while its owner waits: a blocking get
// on an empty queue (put on a full one, join with unfinished tasks) without a timeout
// can never complete and ends the core with a DeadlockError naming the call, instead
// of hanging; with a timeout the core sleeps it out (time.sleep: the other cores run
// on) and raises Empty/Full, as CPython would. Queues are not shared between cores:
// cores communicate with send/recv (docs/device.md).
// timeit: timeit, repeat, Timer (timeit, repeat, autorange), default_timer
// (time.perf_counter): the statement and setup must be callables, as a core has no
// exec(); a string statement is refused with a ValueError saying so ('pass' and ''
// are accepted). The default number is CPython's 1000000: pass number= on a device.

import { PyError, typeError } from "../errors.js";
import { PyModule, type CoreApi } from "../values.js";
import { def } from "./util.js";

export function createQueueHelpers(core: CoreApi): PyModule {
  void core;
  const mod = new PyModule("_queue");
  // The wait `why` describes can never end: a DeadlockError (not catchable) ends the core.
  def(mod, "never_completes", (c, args) => {
    const why = args[0];
    if (typeof why !== "string") throw typeError("never_completes() takes a str");
    throw new PyError("DeadlockError", `core ${c.id} called ${why} with no timeout; a core runs one thread, so nothing else can change the queue and this can never complete`);
  });
  return mod;
}

export const QUEUE_SOURCE = `# queue: library module of ePython-TS (see src/vm/modules/queueTimeit.ts)
import heapq as _heapq
from _queue import never_completes as _never_completes

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


def _wait(timeout, why):
    # A core runs one thread: nothing else can change the queue while the caller
    # waits. Without a timeout the wait never ends (a DeadlockError, not a hang); with
    # one, the core sleeps it out, as CPython's wait would, and the caller raises.
    if timeout is None:
        _never_completes(why)
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    if timeout > 0:
        import time
        time.sleep(timeout)


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        unfinished = self.unfinished_tasks - 1
        if unfinished <= 0:
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
        self.unfinished_tasks = unfinished

    def join(self):
        if self.unfinished_tasks:
            _never_completes('%s.join() with %d unfinished task(s)' % (type(self).__name__, self.unfinished_tasks))

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if 0 < self.maxsize <= self._qsize():
            if not block:
                raise Full
            _wait(timeout, '%s.put() on a full queue' % type(self).__name__)
            raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if not self._qsize():
            if not block:
                raise Empty
            _wait(timeout, '%s.get() on an empty queue' % type(self).__name__)
            raise Empty
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        from collections import deque
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heapq.heappush(self.queue, item)

    def _get(self):
        return _heapq.heappop(self.queue)


class LifoQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    def __init__(self):
        from collections import deque
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        if not self._queue:
            if not block:
                raise Empty
            _wait(timeout, 'SimpleQueue.get() on an empty queue')
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)
`;

export const TIMEIT_SOURCE = `# timeit: library module of ePython-TS (see src/vm/modules/queueTimeit.ts)
import time as _time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

default_number = 1000000
default_repeat = 5
default_timer = _time.perf_counter


def _callable(what, code):
    # A statement given as text would need eval()/exec(), which a core does not have.
    if isinstance(code, str):
        if code.strip() in ('', 'pass'):
            return None
        raise ValueError('timeit: %s given as a string needs exec(), which ePython does not have; '
                         'pass a function instead, e.g. timeit.timeit(lambda: f(x), number=1000)' % what)
    if not callable(code):
        raise ValueError('%s is neither a string nor callable' % what)
    return code


class Timer:
    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        self._stmt = _callable('stmt', stmt)
        self._setup = _callable('setup', setup)

    def timeit(self, number=default_number):
        stmt = self._stmt
        if self._setup is not None:
            self._setup()
        t0 = self.timer()
        if stmt is None:
            for _ in range(number):
                pass
        else:
            for _ in range(number):
                stmt()
        return self.timer() - t0

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
`;
