// The original's `taskfarm` module: a master core hands function calls to worker
// cores. Like the original it is written in ePython on top of `parallel`, so a task
// runs as ordinary bytecode on the worker (it may print, block, use messages) and
// the scheduler stays fair. It is a *library module*: the compiler includes its
// source in the program image when a program imports `taskfarm` and no
// `taskfarm.py` sits next to the program (see `withLibraryModules` in library.ts).
//
// The source is written in the subset both dialects share, so classic programs get
// the same module. Functions are sent by reference (the device encodes a function
// as its code's position in the program image plus its module name), so a task
// must be a module-level function or lambda without closure variables.
//
//   initTaskFarm(master)          every core: record the master core
//   execFunction(pid, op, a..e)   master: run op(a, ...) on core pid; returns once the
//                                 call is delivered (waits for pid's previous task)
//   testFunctionFinish(pid)       master: True if pid's result is ready
//   waitFunctionFinish(pid)       master: pid's result (None if pid has no task)
//   worker()                      worker cores: serve tasks until shut down
//   shutdownTaskFarm()            master: wait for every task, stop the workers
//   sendArgument(pid, v) / recvArgument(pid)   the argument protocol below
//
// Differences from the original, on purpose: the busy flags start cleared (the
// original read uninitialised memory), None arguments keep their position (the
// original dropped them, shifting the later ones), and results may be lists.
//
// Argument protocol (one or more messages): a marker, then the value(s).
//   marker 0  -> one value follows (a scalar; in the Python 3 dialect also a str,
//                tuple or function)
//   marker n>0 -> a list of n values follows, sent as n messages
//   marker -2 -> an empty list
// A task message is: number of arguments (-1 = shut down), the function, arguments.

export const TASKFARM_SOURCE = `# taskfarm: library module of ePython-TS (see src/vm/modules/taskfarm.ts)
from parallel import send, recv, probe, numcores, coreid

_tf = [0, None]

def initTaskFarm(master):
    _tf[0] = master
    _tf[1] = [False] * numcores()

def sendArgument(pid, arg):
    if isinstance(arg, list):
        if len(arg) == 0:
            send(-2, pid)
        else:
            send(len(arg), pid)
            send(arg, pid, len(arg))
    else:
        send(0, pid)
        send(arg, pid)

def recvArgument(pid):
    marker = recv(pid)
    if marker == -2:
        return []
    if marker > 0:
        return recv(pid, marker)
    return recv(pid)

def waitFunctionFinish(pid):
    busy = _tf[1]
    if busy is None or not busy[pid]:
        return None
    busy[pid] = False
    return recvArgument(pid)

def testFunctionFinish(pid):
    busy = _tf[1]
    if busy is None or not busy[pid]:
        return False
    return probe(pid)

def execFunction(pid, op, a=None, b=None, c=None, d=None, e=None):
    if _tf[1] is None:
        _tf[1] = [False] * numcores()
    waitFunctionFinish(pid)
    args = [a, b, c, d, e]
    nargs = 5
    while nargs > 0 and args[nargs - 1] is None:
        nargs = nargs - 1
    _tf[1][pid] = True
    send(nargs, pid)
    send(op, pid)
    i = 0
    while i < nargs:
        sendArgument(pid, args[i])
        i = i + 1

def worker():
    master = _tf[0]
    while True:
        nargs = recv(master)
        if nargs < 0:
            return None
        op = recv(master)
        a = [None] * 5
        i = 0
        while i < nargs:
            a[i] = recvArgument(master)
            i = i + 1
        r = None
        if nargs == 0:
            r = op()
        elif nargs == 1:
            r = op(a[0])
        elif nargs == 2:
            r = op(a[0], a[1])
        elif nargs == 3:
            r = op(a[0], a[1], a[2])
        elif nargs == 4:
            r = op(a[0], a[1], a[2], a[3])
        else:
            r = op(a[0], a[1], a[2], a[3], a[4])
        sendArgument(master, r)

def shutdownTaskFarm():
    pid = 0
    while pid < numcores():
        if pid != _tf[0]:
            waitFunctionFinish(pid)
            send(-1, pid)
        pid = pid + 1
`;

// The classic dialect folds the names a program uses to lower case unless the
// program itself defines a function of that name, so `initTaskFarm(0)` in a classic
// program looks up `inittaskfarm`: the classic module also binds the lower-case names.
const CLASSIC_ALIASES = ["initTaskFarm", "sendArgument", "recvArgument", "waitFunctionFinish", "testFunctionFinish", "execFunction", "shutdownTaskFarm"]
  .map((f) => `${f.toLowerCase()} = ${f}\n`).join("");

/** The classic dialect's taskfarm: the same source with the lower-case names bound too. */
export const TASKFARM_CLASSIC_SOURCE = TASKFARM_SOURCE + CLASSIC_ALIASES;
