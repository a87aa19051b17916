// Probe 10 (p10e): parallel programs in modern Python 3 style on the simulated
// device — what users saw go wrong, each case a regression test.
import { describe, expect, it } from "vitest";
import { KernelError, openDevice } from "../../src/index.js";
import { linesOf, outputOf, py, runDevice } from "./helpers.js";

describe("generators that receive, consumed by builtins", () => {
  it("set(), frozenset() and dict() of a generator whose body blocks in recv run it in place", () => {
    // Before: a RuntimeError when the message had not arrived yet (so it depended on
    // the schedule), while list(), sorted(), sum()... of the same generator worked.
    const out = outputOf(py(
      "from parallel import coreid, numcores, send, recv",
      "if coreid() == 0:",
      "    print(sorted(set(recv(w) for w in range(1, numcores()))))",
      "    print(sorted(frozenset(recv(w) for w in range(1, numcores()))))",
      "    print(dict((w, recv(w)) for w in range(1, numcores())))",
      "    try:",
      "        dict(x for x in [(1, 2), (3,)])",
      "    except ValueError as e:",
      "        print(e)",
      "else:",
      "    for k in range(3):",
      "        send(coreid() * 10 + k, 0)",
    ), { cores: 4 });
    expect(linesOf(out, 0)).toEqual([
      "[10, 20, 30]", "[11, 21, 31]", "{1: 12, 2: 22, 3: 32}",
      "dictionary update sequence element #1 has length 1; 2 is required",
    ]);
  });

  it("sep.join() of a generator whose body blocks in recv runs it in place", () => {
    const out = outputOf(py(
      "from parallel import coreid, numcores, send, recv",
      "if coreid() == 0:",
      "    print(', '.join(str(recv(w)) for w in range(1, numcores())))",
      "    print('-'.join(str(recv(w) * 2) for w in range(1, numcores())))",
      "else:",
      "    send(coreid() * 10, 0)",
      "    send(coreid(), 0)",
    ), { cores: 4 });
    expect(linesOf(out, 0)).toEqual(["10, 20, 30", "2-4-6"]);
  });

  it("a generator that blocks under another builtin names the drivers that work", () => {
    const r = runDevice(py(
      "from parallel import coreid, send, recv",
      "from itertools import islice",
      "if coreid() == 0:",
      "    print(list(islice((recv(1) for _ in range(2)), 2)))",
      "else:",
      "    send(1, 0)",
      "    send(2, 0)",
    ));
    expect(r.error).toContain("driven by next(), send(), asyncio or a builtin, on core 0; a for loop, a comprehension, list(), tuple(), set(), frozenset(), dict(), sorted(), sum(), min(), max(), any(), all(), str.join(), list.extend() and set.update(), directly or through enumerate(), zip(), map() and filter(), run it where it may block");
  });
});

describe("offloaded kernels", () => {
  it("a kernel returning a dict fails naming the kernel, without an empty traceback header", async () => {
    // Before: "Traceback (most recent call last):" with no entries, then the TypeError.
    const dev = openDevice({ cores: 2, stdout: () => {} });
    dev.load(py(
      "def give_dict(n):",
      "    return {i: i * i for i in range(n)}",
      "def give_items(n):",
      "    return sorted({i: i * i for i in range(n)}.items())",
    ), { file: "kernels.py" });
    const err = (await dev.call("give_dict", [3]).catch((e: unknown) => e)) as KernelError;
    expect(err).toBeInstanceOf(KernelError);
    expect(err.report).toBe("Error on device core 0:\nTypeError: the result of kernel 'give_dict': a 'dict' cannot leave the device (send it between cores, or return lists and tuples)");
    expect(await dev.call("give_items", [2])).toEqual([[[0, 0], [1, 1]], [[0, 0], [1, 1]]]);
    dev.close();
  });
});

describe("collectives given bad data by the calling core", () => {
  it("raise at the call, where the program can catch them", () => {
    // Before: the error came when the round completed, delivered to the blocked core,
    // and ended it even inside `try: ... except TypeError`.
    const r = runDevice(py(
      "from parallel import coreid, reduce",
      "try:",
      "    reduce('abc', 'sum')",
      "except TypeError as e:",
      "    print('caught', e)",
      "print(reduce(coreid(), 'sum'))",
    ), { cores: 2 });
    expect(r.error).toBeNull();
    expect(linesOf(r.out, 0)).toEqual(["caught reduce('sum') needs numbers (or lists of numbers), but core 0 gave a str", "1"]);
    expect(linesOf(r.out, 1)).toEqual(["caught reduce('sum') needs numbers (or lists of numbers), but core 1 gave a str", "1"]);
    const s = runDevice(py(
      "from parallel import scatter",
      "try:",
      "    scatter([1, 2, 3], 0)",
      "except ValueError as e:",
      "    print('caught', e)",
      "print(scatter([10], 0))",
    ), { cores: 1 });
    expect(s.error).toBeNull();
    expect(linesOf(s.out, 0)).toEqual(["caught scatter(): the root's data must be a list of numcores() = 1 items, not 3 items", "10"]);
  });
});

describe("reports of a failed run", () => {
  it("name the cores that had not started instead of placing them at the first line", () => {
    // Before: "core 3 [device 3]: running at main.py:1 (in <module>)" for a core that never ran.
    const r = runDevice(py("from parallel import coreid", "if coreid() == 2:", "    1 / 0"), { cores: 4 });
    expect(r.error).toBe("ZeroDivisionError: division by zero");
    const summaries = r.result.summaries.filter((s) => s.id !== 2);
    expect(summaries.map((s) => `${s.id}:${s.state}${s.notStarted ? " not started" : ""}`)).toEqual(["0:finished", "1:finished", "3:running not started"]);
  });
});
