import { describe, expect, it } from "vitest";
import { standardModules } from "../../../src/vm/modules/index.js";
import { BuiltinFunction, PyModule } from "../../../src/vm/values.js";
import { F, FakeCore, L, js, load, pyError } from "./fakeCore.js";

describe("util.range is inclusive (the original's)", () => {
  const { call, core } = load("util");
  it.each([
    [[3], [0, 1, 2, 3]],
    [[2, 5], [2, 3, 4, 5]],
    [[1, 13, 3], [1, 4, 7, 10, 13]],
    [[1, 12, 3], [1, 4, 7, 10]],
    [[0], [0]],
    [[5, 5], [5]],
    [[5, 2], []],
    [[-3], []],
    [[10, 0, -2], [10, 8, 6, 4, 2, 0]],
    [[10, 1, -3], [10, 7, 4, 1]],
    [[0, 5, -1], []],
    [[-2, 2], [-2, -1, 0, 1, 2]],
    [[3, null], [0, 1, 2, 3]],
    [[2, 4, null], [2, 3, 4]],
    [[2147483646, 2147483647], [2147483646, 2147483647]],
  ])("range%j", (args, want) => {
    const r = call("range", args);
    expect(js(r)).toEqual(want);
  });

  it("charges the list and refuses oversized ranges before building them", () => {
    const before = core.used;
    call("range", [9]);
    expect(core.used - before).toBe(8 + 4 * 10);
    const small = load("util", { memoryLimit: 4096 });
    expect(pyError(() => small.call("range", [2147483647])).kind).toBe("MemoryError");
  });

  it("errors", () => {
    expect(pyError(() => call("range", [1, 5, 0]))).toEqual({ kind: "ValueError", message: "range() arg 3 must not be zero" });
    expect(pyError(() => call("range", [F(2.5)])).kind).toBe("TypeError");
    expect(pyError(() => call("range", [])).message).toBe("range() takes at least 1 argument (0 given)");
    expect(pyError(() => call("range", [1, 2, 3, 4])).message).toBe("range() takes at most 3 arguments (4 given)");
  });

  it("xrange(a, b) is range(a, b)", () => {
    expect(js(call("xrange", [2, 5]))).toEqual([2, 3, 4, 5]);
    expect(js(call("xrange", [2]))).toEqual([0, 1, 2]);
    expect(pyError(() => call("xrange", [1, 2, 3])).kind).toBe("TypeError");
  });
});

describe("util.oddSort", () => {
  const { call } = load("util");
  it("sorts in place without growing the list", () => {
    const odd = L(5, 3, 1, 4, 2);
    expect(call("oddSort", [odd])).toBe(null);
    expect(js(odd)).toEqual([1, 2, 3, 4, 5]);
    const even = L(9, -1, 7, 7, 0, 3);
    call("oddSort", [even, 6]);
    expect(js(even)).toEqual([-1, 0, 3, 7, 7, 9]);
    const empty = L();
    call("oddSort", [empty]);
    expect(js(empty)).toEqual([]);
  });
  it("sorts mixed ints and floats numerically, and strings", () => {
    const xs = L(F(2.5), 1, true, F(-3));
    call("oddSort", [xs]);
    expect(js(xs)).toEqual([-3, 1, true, 2.5]);
    const ss = L("pear", "apple", "fig");
    call("oddSort", [ss]);
    expect(js(ss)).toEqual(["apple", "fig", "pear"]);
  });
  it("length limits the sort to a prefix, clamped to the list", () => {
    const xs = L(4, 3, 2, 1);
    call("oddSort", [xs, 2]);
    expect(js(xs)).toEqual([3, 4, 2, 1]);
    call("oddSort", [xs, 100]);
    expect(js(xs)).toEqual([1, 2, 3, 4]);
    call("oddSort", [xs], { length: null });
  });
  it("errors", () => {
    expect(pyError(() => call("oddSort", [5])).kind).toBe("TypeError");
    expect(pyError(() => call("oddSort", [L(1, "a")]))).toEqual({
      kind: "TypeError", message: "'>' not supported between instances of 'int' and 'str'",
    });
  });
});

describe("util in the classic dialect", () => {
  it("brings the array module along, as the original's `from array import len`", () => {
    const { call, mod } = load("util", { dialect: "classic" });
    expect(call("len", [L(1, 2, 3)])).toBe(3);
    expect(call("len", [7])).toBe(0);
    expect(js(call("array", [2]))).toEqual([0, 0]);
    expect(js(call("range", [3]))).toEqual([0, 1, 2, 3]);
    expect(mod.get("size")).toBeInstanceOf(BuiltinFunction);
  });
  it("python3 util is only util", () => {
    const { mod } = load("util");
    expect(mod.get("len")).toBeUndefined();
    expect(mod.get("array")).toBeUndefined();
  });
});

describe("standardModules", () => {
  it("has a factory per module name, building fresh modules for each core", () => {
    expect([...standardModules.keys()]).toEqual(expect.arrayContaining(["array", "math", "memory", "random", "util"]));
    const core = new FakeCore();
    for (const name of ["array", "math", "memory", "random", "util"]) {
      const factory = standardModules.get(name)!;
      const m = factory(core);
      expect(m).toBeInstanceOf(PyModule);
      expect(m.name).toBe(name);
      expect(factory(core)).not.toBe(m);
      for (const n of m.names) {
        const v = m.get(n);
        if (v instanceof BuiltinFunction) expect(v.name).toBe(n);
      }
    }
  });
});
