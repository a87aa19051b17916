import { describe, expect, it } from "vitest";
import type { SharedList } from "../../../src/vm/modules/array.js";
import { PyClass } from "../../../src/vm/classes.js";
import { BuiltinFunction, PyList } from "../../../src/vm/values.js";
import { F, L, js, load, pyError } from "./fakeCore.js";

describe("array: allocation (the original's, classic dialect)", () => {
  const { call, core } = load("array", { dialect: "classic" });

  it("array(d1..d7) builds zero-filled (nested) lists", () => {
    expect(js(call("array", [3]))).toEqual([0, 0, 0]);
    expect(js(call("array", [2, 3]))).toEqual([[0, 0, 0], [0, 0, 0]]);
    expect(js(call("array", [2, 1, 2]))).toEqual([[[0, 0]], [[0, 0]]]);
    expect(js(call("array", [0]))).toEqual([]);
    expect(js(call("array", [0, 5]))).toEqual([]);
    const seven = call("array", [1, 1, 1, 1, 1, 1, 2]);
    expect(js(seven)).toEqual([[[[[[[0, 0]]]]]]]);
  });

  it("rows are distinct lists", () => {
    const a = call("array", [2, 2]) as PyList;
    (a.items[0] as PyList).items[0] = 5;
    expect(js(a)).toEqual([[5, 0], [0, 0]]);
  });

  it("charges the core for every list (8 B + 4 B/element)", () => {
    const before = core.used;
    call("array", [3, 4]);
    expect(core.used - before).toBe((8 + 4 * 3) + 3 * (8 + 4 * 4));
  });

  it("raises MemoryError before building an oversized array", () => {
    const small = load("array", { memoryLimit: 1000, dialect: "classic" });
    expect(pyError(() => small.call("array", [100000000])).kind).toBe("MemoryError");
    expect(pyError(() => small.call("array", [100, 100])).kind).toBe("MemoryError");
  });

  it("argument errors", () => {
    expect(pyError(() => call("array", []))).toEqual({ kind: "TypeError", message: "array() takes at least 1 argument (0 given)" });
    expect(pyError(() => call("array", [1, 1, 1, 1, 1, 1, 1, 1])).message).toBe("array() takes at most 7 arguments (8 given)");
    expect(pyError(() => call("array", [-1]))).toEqual({ kind: "ValueError", message: "negative dimensions are not allowed" });
    expect(pyError(() => call("array", [F(2)])).kind).toBe("TypeError");
  });

  it("shared_mem_array marks every list as shared", () => {
    const a = call("shared_mem_array", [2, 3]) as SharedList;
    expect(js(a)).toEqual([[0, 0, 0], [0, 0, 0]]);
    expect(a.shared).toBe(true);
    for (const row of a.items) expect((row as SharedList).shared).toBe(true);
    expect((call("array", [2]) as SharedList).shared).toBe(false);
  });
});

describe("array: CPython's typed array class (python3 dialect)", () => {
  // Its behaviour is compared with CPython in test/vm/stdlib-array.test.ts; the
  // original's array(d1, ...) lists are the classic dialect's (above).
  it("array is a class, with ArrayType and typecodes", () => {
    const { mod } = load("array");
    expect(mod.get("array")).toBeInstanceOf(PyClass);
    expect(mod.get("ArrayType")).toBe(mod.get("array"));
    expect(mod.get("typecodes")).toBe("bBuhHiIlLqQfd");
  });
  it("the classic dialect keeps the original's function", () => {
    const classic = load("array", { dialect: "classic" });
    expect(classic.mod.get("array")).toBeInstanceOf(BuiltinFunction);
    expect(pyError(() => classic.call("array", ["i"])).kind).toBe("TypeError");
  });
});

describe("array: inspection", () => {
  const { call, core, mod } = load("array");
  const build = load("array", { dialect: "classic" }).call;
  const m = L([1, 2, 3], [4, 5, 6]);

  it("size, ndim, shape, nbytes", () => {
    expect(call("size", [m])).toBe(6);
    expect(call("size", [L(1, 2)])).toBe(2);
    expect(call("size", [L()])).toBe(0);
    expect(call("size", [5])).toBe(0);
    expect(call("size", ["abc"])).toBe(0);
    expect(call("size", [core.newTuple([1, 2, 3])])).toBe(3);
    expect(call("ndim", [m])).toBe(2);
    expect(call("ndim", [L()])).toBe(1);
    expect(call("ndim", [3])).toBe(0);
    expect(call("ndim", [build("array", [2, 3, 4])])).toBe(3);
    expect(js(call("shape", [m]))).toEqual([2, 3]);
    expect(js(call("shape", [build("array", [2, 3, 4])]))).toEqual([2, 3, 4]);
    expect(js(call("shape", [7]))).toEqual([]);
    expect(call("nbytes", [m])).toBe(24);
    expect(call("nbytes", [1])).toBe(0);
  });

  it("len is not exported in python3 (the builtin is used)", () => {
    expect(mod.get("len")).toBeUndefined();
  });

  it("refuses lists that contain themselves", () => {
    const loop = L(1);
    loop.items.push(loop);
    expect(pyError(() => call("size", [loop]))).toEqual({ kind: "ValueError", message: "array contains itself" });
    const head = L();
    head.items.push(head);
    expect(pyError(() => call("ndim", [head])).message).toBe("array contains itself");
    // The same row twice is fine (not a cycle).
    const row = L(1, 2);
    expect(call("size", [L(row, row)])).toBe(4);
  });

  it("flatten returns a new flat list", () => {
    const f = call("flatten", [m]);
    expect(js(f)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(f).not.toBe(m);
    expect(js(m)).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(js(call("flatten", [L(1, [2, [3, 4]], 5)]))).toEqual([1, 2, 3, 4, 5]);
    expect(pyError(() => call("flatten", [3])).kind).toBe("TypeError");
  });
});

describe("array: arraycopy and freearray", () => {
  const { call } = load("array");

  it("copies element-wise across shapes of equal size", () => {
    const t = L([0, 0], [0, 0]);
    expect(call("arraycopy", [t, L(1, 2, 3, 4)])).toBe(null);
    expect(js(t)).toEqual([[1, 2], [3, 4]]);
    const flat = L(0, 0, 0, 0);
    call("arraycopy", [flat, t]);
    expect(js(flat)).toEqual([1, 2, 3, 4]);
    call("arraycopy", [flat, flat]);
    expect(js(flat)).toEqual([1, 2, 3, 4]);
  });

  it("requires equal sizes", () => {
    const t = L(0, 0);
    expect(pyError(() => call("arraycopy", [t, L(1, 2, 3)]))).toEqual({ kind: "ValueError", message: "array copy overall sizes must match" });
    expect(js(t)).toEqual([0, 0]);
    expect(pyError(() => call("arraycopy", [5, L()])).kind).toBe("TypeError");
  });

  it("freearray checks its argument only", () => {
    const a = L(1, 2);
    expect(call("freearray", [a])).toBe(null);
    expect(js(a)).toEqual([1, 2]);
    expect(pyError(() => call("freearray", [3]))).toEqual({ kind: "ValueError", message: "Attempting to free non allocated heap memory" });
  });
});

describe("array (classic dialect)", () => {
  const { call } = load("array", { dialect: "classic" });
  it("len is size: 0 for scalars and strings", () => {
    expect(call("len", [L([1, 2, 3], [4, 5, 6])])).toBe(6);
    expect(call("len", [L(1, 2)])).toBe(2);
    expect(call("len", [42])).toBe(0);
    expect(call("len", ["abc"])).toBe(0);
    expect(call("len", [null])).toBe(0);
  });
  it("array() works as in python3", () => {
    expect(js(call("array", [2, 2]))).toEqual([[0, 0], [0, 0]]);
  });
});
