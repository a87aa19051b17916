// Point-to-point messaging semantics: rendezvous sends, per-pair FIFO order,
// nonblocking sends, probe, payloads (copies charged to the receiver), functions
// by reference, and the errors for bad peers and mismatched calls.
import { describe, expect, it } from "vitest";
import { linesOf, outputOf, py, runDevice } from "./helpers.js";

describe("point to point", () => {
  it("delivers every message in order (per-pair FIFO), also with n and nonblocking sends", () => {
    const out = outputOf(py(
      "from parallel import coreid, send, recv, nonblocking_send, wait_sent",
      "if coreid() == 0:",
      "    for i in range(50):",
      "        send(i, 1)",
      "        nonblocking_send(1000 + i, 1)",
      "    send(list(range(10)), 1, 10)",
      "    wait_sent(1)",
      "else:",
      "    got = [recv(0) for i in range(100)]",
      "    expect = []",
      "    for i in range(50):",
      "        expect += [i, 1000 + i]",
      "    print(got == expect)",
      "    print(recv(0, 10))",
    ));
    expect(linesOf(out, 1)).toEqual(["True", "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"]);
  });

  it("keeps separate FIFO channels per sender", () => {
    const out = outputOf(py(
      "from parallel import coreid, send, recv",
      "if coreid() == 2:",
      "    print(recv(1), recv(0), recv(1), recv(0))",
      "else:",
      "    send(coreid() * 10, 2)",
      "    send(coreid() * 10 + 1, 2)",
    ), { cores: 3 });
    expect(linesOf(out, 2)).toEqual(["10 0 11 1"]);
  });

  it("makes send a rendezvous: it returns only once the receiver has the value", () => {
    const out = outputOf(py(
      "from parallel import coreid, send, recv",
      "if coreid() == 0:",
      "    send(7, 1)",
      "    print('send returned')",
      "else:",
      "    n = 0",
      "    for i in range(100000):",
      "        n += 1",
      "    print('receiving')",
      "    print(recv(0))",
    ));
    const lines = out.trim().split("\n");
    expect(lines.indexOf("[device 1] receiving")).toBeLessThan(lines.indexOf("[device 0] send returned"));
    expect(lines).toContain("[device 1] 7");
  });

  it("nonblocking_send returns at once; test_sent / wait_sent follow the receiver", () => {
    const out = outputOf(py(
      "from parallel import coreid, nonblocking_send, test_sent, wait_sent, recv, sync, probe",
      "if coreid() == 0:",
      "    print(test_sent(1))",
      "    nonblocking_send('a', 1)",
      "    nonblocking_send('b', 1)",
      "    print(test_sent(1))",
      "    sync()",
      "    print(wait_sent(1), test_sent(1))",
      "else:",
      "    sync()",
      "    print(probe(0), recv(0), recv(0), probe(0))",
    ));
    expect(linesOf(out, 0)).toEqual(["True", "False", "True True"]);
    expect(linesOf(out, 1)).toEqual(["True a b False"]);
  });

  it("sendrecv exchanges values between two cores, also with n", () => {
    const out = outputOf(py(
      "from parallel import coreid, sendrecv",
      "me = coreid()",
      "print(sendrecv(me * 10, 1 - me), sendrecv([me, me + 1], 1 - me, 2))",
    ));
    expect(linesOf(out, 0)).toEqual(["10 [1, 2]"]);
    expect(linesOf(out, 1)).toEqual(["0 [0, 1]"]);
  });
});

describe("payloads", () => {
  it("carries strings, lists and tuples (Python 3 dialect) as copies", () => {
    const out = outputOf(py(
      "from parallel import coreid, send, recv",
      "if coreid() == 0:",
      "    data = [1, 2.5, 'three', (4, [5])]",
      "    send(data, 1)",
      "    data[0] = 99",
      "    print(recv(1), data)",
      "else:",
      "    got = recv(0)",
      "    got[3][1].append(6)",
      "    send(got, 0)",
    ));
    expect(linesOf(out, 0)).toEqual(["[1, 2.5, 'three', (4, [5, 6])] [99, 2.5, 'three', (4, [5])]"]);
  });

  it("keeps int and float apart, and float precision", () => {
    const out = outputOf(py(
      "from parallel import coreid, send, recv",
      "if coreid() == 0:",
      "    for v in [1, 1.0, -0.0, 0.1, True, None]:",
      "        send(v, 1)",
      "else:",
      "    print([recv(0) for i in range(6)])",
    ));
    expect(linesOf(out, 1)).toEqual(["[1, 1.0, -0.0, 0.1, True, None]"]);
  });

  it("charges received data to the receiver's memory", () => {
    const r = runDevice(py(
      "from parallel import coreid, send, recv",
      "if coreid() == 0:",
      "    send([0] * 3000, 1)",
      "else:",
      "    mine = [1] * 2000",
      "    x = recv(0)",
    ), { localMemory: 20000, strictMemory: true });
    expect(r.error).toMatch(/MemoryError: core 1 out of memory/);
    expect(r.result.failure?.core).toBe(1);
  });

  it("sends module-level functions by reference; refuses closures and builtins", () => {
    const out = outputOf(py(
      "from parallel import coreid, send, recv",
      "def scale(x, k=3):",
      "    return x * k",
      "if coreid() == 0:",
      "    send(scale, 1)",
      "    send(lambda y: y + 1, 1)",
      "else:",
      "    f = recv(0)",
      "    g = recv(0)",
      "    print(f(2), f(2, k=10), g(41))",
    ));
    expect(linesOf(out, 1)).toEqual(["6 20 42"]);
    const closure = runDevice(py(
      "from parallel import coreid, send",
      "def outer(a):",
      "    return lambda b: a + b",
      "if coreid() == 0:",
      "    send(outer(1), 1)",
    ));
    expect(closure.error).toMatch(/TypeError: cannot send function '<lambda>' between cores: .*closure/);
    const builtin = runDevice(py("from parallel import coreid, send", "if coreid() == 0:", "    send(len, 1)"));
    expect(builtin.error).toMatch(/cannot send the built-in function 'len'/);
  });

  it("classic dialect: scalars only, with the original's error text", () => {
    const out = outputOf(py(
      "import parallel",
      "if coreid()==0:",
      "  send(20, 1)",
      "  send(2.5, 1)",
      "  a=[1, 2, 3]",
      "  send(a, 1, 3)",
      "else:",
      "  print \"Got \"+recv(0)+\" and \"+recv(0)",
      "  b=recv(0, 3)",
      "  print b[2]",
    ), { classic: true });
    expect(linesOf(out, 1)).toEqual(["Got 20 and 2.500000", "3"]);
    const r = runDevice(py("import parallel", "if coreid()==0:", "  send(\"hello\", 1)"), { classic: true });
    expect(r.error).toBe("TypeError: Can only send integers and reals between cores");
  });
});

describe("messaging errors", () => {
  it("refuses a core that is not in the run, naming both cores", () => {
    const r = runDevice(py("from parallel import send", "send(1, 7)"), { cores: 4 });
    expect(r.error).toMatch(/Attempting to send to non-existent or inactive process: core 0 called send\(\) with core 7, but the cores are 0-3/);
    const r2 = runDevice(py("from parallel import recv", "recv(-1)"));
    expect(r2.error).toMatch(/Attempting to receive from non-existent or inactive process/);
  });

  it("refuses to send to or receive from oneself", () => {
    const r = runDevice(py("from parallel import coreid, send", "if coreid() == 1:", "    send(1, 1)"));
    expect(r.error).toMatch(/DeadlockError: core 1 called send\(\) with itself/);
    expect(r.result.failure?.error.traceback.at(-1)?.line).toBe(3);
    const r2 = runDevice(py("from parallel import coreid, recv", "recv(coreid())"));
    expect(r2.error).toMatch(/called recv\(\) with itself/);
  });

  it("reports a sendrecv matched by send or recv, naming both cores", () => {
    const r = runDevice(py(
      "from parallel import coreid, sendrecv, recv",
      "if coreid() == 0:",
      "    sendrecv(1, 1)",
      "else:",
      "    recv(0)",
    ));
    expect(r.error).toMatch(/core 1 called recv\(0\) but core 0 called sendrecv\(1\)/);
    const r2 = runDevice(py(
      "from parallel import coreid, sendrecv, send",
      "if coreid() == 0:",
      "    sendrecv(1, 1)",
      "else:",
      "    send(5, 0)",
    ));
    expect(r2.error).toMatch(/core 0 called sendrecv\(1\) but core 1 called send\(0\)/);
    expect(r2.result.failure?.core).toBe(0);
  });

  it("checks arguments like Python", () => {
    expect(runDevice(py("from parallel import send", "send(1)")).error).toMatch(/TypeError: send\(\) missing required argument: 'pid'/);
    expect(runDevice(py("from parallel import send", "send(5, 1, 2)")).error).toMatch(/with n, data must be a list/);
    expect(runDevice(py("from parallel import recv", "recv(1, -2)")).error).toMatch(/n must be >= 0/);
  });
});

describe("concurrency module", () => {
  it("expose/access shares one list between cores of the same worker", () => {
    const out = outputOf(py(
      "from parallel import coreid, sync",
      "from concurrency import expose, access",
      "if coreid() == 0:",
      "    data = [0, 0, 0]",
      "    expose(data, 1)",
      "    sync()",
      "    print(data)",
      "else:",
      "    shared = access(0)",
      "    shared[1] = 42",
      "    sync()",
    ));
    expect(linesOf(out, 0)).toEqual(["[0, 42, 0]"]);
  });
});

describe("taskfarm module", () => {
  it("runs functions on worker cores and returns scalars and lists", () => {
    const out = outputOf(py(
      "from parallel import coreid, numcores",
      "from taskfarm import initTaskFarm, execFunction, waitFunctionFinish, testFunctionFinish, worker, shutdownTaskFarm",
      "def add(a, b=None):",
      "    return a + (b or 0)",
      "def double(xs):",
      "    return [2 * x for x in xs]",
      "initTaskFarm(0)",
      "if coreid() == 0:",
      "    for pid in range(1, numcores()):",
      "        execFunction(pid, add, pid, 100)",
      "    print([waitFunctionFinish(pid) for pid in range(1, numcores())])",
      "    execFunction(1, double, [1, 2, 3])",
      "    execFunction(2, add, 5, None)",
      "    print(waitFunctionFinish(1), waitFunctionFinish(2), waitFunctionFinish(3), testFunctionFinish(3))",
      "    shutdownTaskFarm()",
      "else:",
      "    worker()",
      "print('bye')",
    ), { cores: 4 });
    expect(linesOf(out, 0)).toEqual(["[101, 102, 103]", "[2, 4, 6] 5 None False", "bye"]);
    for (const c of [1, 2, 3]) expect(linesOf(out, c)).toEqual(["bye"]);
  });

  it("works in the classic dialect", () => {
    const out = outputOf(py(
      "import parallel",
      "from taskfarm import *",
      "def add(a, b):",
      "  return a+b",
      "initTaskFarm(0)",
      "if coreid()==0:",
      "  execFunction(1, add, 20, 25)",
      "  print waitFunctionFinish(1)",
      "  shutdownTaskFarm()",
      "else:",
      "  worker()",
    ), { classic: true, cores: 3 });
    expect(linesOf(out, 0)).toEqual(["45"]);
  });
});
