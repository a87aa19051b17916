// Probe 10 (p10e): parallel programs in modern Python 3 style on the simulated
// device — what users saw go wrong, each case a regression test.
import { describe, expect, it } from "vitest";
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

  it("a generator that blocks under another builtin names the drivers that work", () => {
    const r = runDevice(py(
      "from parallel import coreid, send, recv",
      "if coreid() == 0:",
      "    print(', '.join(str(recv(1)) for _ in range(2)))",
      "else:",
      "    send(1, 0)",
      "    send(2, 0)",
    ));
    expect(r.error).toContain("driven by next(), send(), asyncio or a builtin, on core 0; a for loop, a comprehension, list(), tuple(), set(), frozenset(), dict(), sorted(), sum(), min(), max(), any() and all() run it where it may block");
  });
});
