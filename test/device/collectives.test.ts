// Collectives: results on every core, odd core counts, deterministic reductions,
// gather/scatter/allgather, barrier ordering, and the errors.
import { describe, expect, it } from "vitest";
import { linesOf, outputOf, py, runDevice } from "./helpers.js";

const everyCore = (out: string, cores: number) => Array.from({ length: cores }, (_, c) => linesOf(out, c));

describe("collectives", () => {
  for (const cores of [1, 3, 7]) {
    it(`bcast, reduce and the gathers give the right results on ${cores} core(s)`, () => {
      const out = outputOf(py(
        "from parallel import coreid, numcores, bcast, reduce, allreduce, gather, scatter, allgather",
        "me = coreid()",
        "n = numcores()",
        "b = bcast('root says hi' if me == n - 1 else None, n - 1)",
        "s = reduce(me + 1, 'sum')",
        "p = reduce(me + 1, 'prod')",
        "lo = reduce(10 - me, 'min')",
        "hi = allreduce(me * 2.5, 'max')",
        "g = gather([me], 0)",
        "sc = scatter([i * i for i in range(n)] if me == 0 else None, 0)",
        "ag = allgather(me % 2)",
        "print(b, s, p, lo, hi, g, sc, ag)",
      ), { cores });
      const fact = Array.from({ length: cores }, (_, i) => i + 1).reduce((a, b) => a * b, 1);
      const sum = (cores * (cores + 1)) / 2;
      const gathered = `[${Array.from({ length: cores }, (_, i) => `[${i}]`).join(", ")}]`;
      const ag = `[${Array.from({ length: cores }, (_, i) => i % 2).join(", ")}]`;
      everyCore(out, cores).forEach((lines, c) => {
        expect(lines).toEqual([
          `root says hi ${sum} ${fact} ${11 - cores} ${((cores - 1) * 2.5).toFixed(1)} ${c === 0 ? gathered : "None"} ${c * c} ${ag}`,
        ]);
      });
    });
  }

  it("folds floats in core order, so every core gets the identical value", () => {
    const out = outputOf(py(
      "from parallel import coreid, reduce",
      "print(reduce(0.1 * (coreid() + 1), 'sum'), reduce([coreid(), 0.5], 'sum'))",
    ), { cores: 5 });
    const lines = everyCore(out, 5).map((l) => l[0]);
    expect(new Set(lines).size).toBe(1);
    expect(lines[0]).toBe("1.5 [10, 2.5]");
  });

  it("sync is a barrier: every line before it precedes every line after it", () => {
    const out = outputOf(py(
      "from parallel import coreid, sync",
      "for i in range(coreid() * 1000):",
      "    pass",
      "print('before')",
      "sync()",
      "print('after')",
    ), { cores: 5 });
    const lines = out.trim().split("\n").map((l) => l.replace(/^\[device \d+\] /, ""));
    expect(lines).toEqual([...Array(5).fill("before"), ...Array(5).fill("after")]);
  });

  it("classic reduce and bcast, with the original's error for an unknown operation", () => {
    const out = outputOf(py(
      "import parallel",
      "a=reduce(coreid()*3, \"max\")",
      "b=bcast(coreid()+0.5, 1)",
      "print a+\" \"+b",
    ), { classic: true, cores: 3 });
    expect(everyCore(out, 3)).toEqual([["6 1.500000"], ["6 1.500000"], ["6 1.500000"]]);
    expect(runDevice(py("import parallel", "a=reduce(1, \"avg\")"), { classic: true }).error).toBe("ValueError: Operator avg not found");
  });

  it("reports integer overflow, bad values and mismatched collectives", () => {
    // With --int-overflow error; by default the sum is a big int (test/vm/bigint.test.ts).
    expect(runDevice(py("from parallel import reduce", "reduce(2000000000, 'sum')"), { intOverflow: "error" }).error)
      .toMatch(/OverflowError: reduce\('sum'\) overflows the 32-bit int range/);
    const bad = runDevice(py("from parallel import coreid, reduce", "reduce('x' if coreid() == 2 else 1, 'sum')"), { cores: 3 });
    expect(bad.error).toMatch(/TypeError: reduce\('sum'\) needs numbers .* core 2 gave a str/);
    expect(bad.result.failure?.core).toBe(2);
    const mismatch = runDevice(py("from parallel import coreid, sync, bcast", "if coreid() == 1:", "    bcast(1, 0)", "else:", "    sync()"), { cores: 3 });
    expect(mismatch.error).toMatch(/collective mismatch: core 0 called sync\(\) but core 1 called bcast\(root=0\)/);
    expect(runDevice(py("from parallel import bcast", "bcast(1, 9)")).error).toMatch(/bcast\(\): root 9 is not a core of the run/);
    const scatter = runDevice(py("from parallel import scatter", "scatter([1, 2, 3], 0)"), { cores: 2 });
    expect(scatter.error).toMatch(/scatter\(\): the root's data must be a list of numcores\(\) = 2 items, not 3 items/);
  });

  it("runs a reduce over 1024 cores correctly", () => {
    const out = outputOf(py(
      "from parallel import coreid, numcores, reduce, sync",
      "s = reduce(coreid(), 'sum')",
      "m = reduce(coreid(), 'max')",
      "sync()",
      "if coreid() % 256 == 0:",
      "    print(s, m, numcores())",
    ), { cores: 1024 });
    expect(out.trim().split("\n")).toEqual([0, 256, 512, 768].map((c) => `[device ${c}] 523776 1023 1024`));
  });

  it("runs hello on 4096 cores", () => {
    const out = outputOf(py("from parallel import coreid, numcores", "print(coreid(), numcores())"), { cores: 4096 });
    const lines = out.trim().split("\n");
    expect(lines).toHaveLength(4096);
    expect(lines[4095]).toBe("[device 4095] 4095 4096");
  });
});
