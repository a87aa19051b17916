// Seam 6: memory invariants held by the structure. An iterator keeps alive what it
// iterates (PyIterator.children is abstract, so every iterator kind must say what it
// holds), and the collector counts it: a temporary list being iterated weighs exactly
// as much as the same list bound to a name.

import { describe, expect, test } from "vitest";
import { CoreMemory, listBytes, SIZE } from "../../src/vm/memory.js";
import { ListIterator, PyList, ReverseIterator, StrIterator, type Value } from "../../src/vm/values.js";
import { py, runDevice } from "../device/helpers.js";

const strict = { cores: 1, strictMemory: true };

describe("an iterator keeps its sequence alive", () => {
  test("the issue's two programs behave the same under --strict-memory", () => {
    const temp = runDevice(py("for x in [0] * 1500:", "    y = [0] * 600", "print('ok')"), strict);
    const bound = runDevice(py("a = [0] * 1500", "for x in a:", "    y = [0] * 600", "print('ok')"), strict);
    expect(bound.error).toMatch(/^MemoryError: core 0 out of memory allocating 2,408 bytes/);
    expect(temp.error).toMatch(/^MemoryError: core 0 out of memory allocating 2,408 bytes/);
    // With room for the list and two generations of y (the old y is still bound
    // while the new one is built), both run.
    const small = (prog: string[]) => runDevice(py(...prog), strict);
    expect(small(["for x in [0] * 1000:", "    y = [0] * 300", "print('ok')"]).out).toBe("[device 0] ok\n");
    expect(small(["a = [0] * 1000", "for x in a:", "    y = [0] * 300", "print('ok')"]).out).toBe("[device 0] ok\n");
  });

  // Each builtin iterator over a 1500-item temporary, then an allocation that only
  // fits if the temporary were (wrongly) forgotten.
  for (const make of ["iter", "reversed", "enumerate", "zip", "lambda s: map(abs, s)", "lambda s: filter(None, s)"]) {
    test(`${make}(temporary) keeps the temporary counted`, () => {
      const r = runDevice(py(`mk = ${make}`, "it = mk([0] * 1500)", "y = [0] * 600", "print(next(it, None))"), strict);
      expect(r.error).toMatch(/^MemoryError: core 0 out of memory allocating 2,408 bytes/);
    });
  }

  test("the collector counts what an iterator holds, and the iterator itself", () => {
    const mem = new CoreMemory(0, { local: 1 << 20, spill: 0 });
    const list = new PyList(new Array<Value>(100).fill(0));
    let roots: Value[] = [new ListIterator(list)];
    mem.roots = () => roots;
    expect(mem.collect()).toBe(SIZE.iterator + listBytes(100));
    roots = [new ReverseIterator(list), new StrIterator("abcd")];
    expect(mem.collect()).toBe(2 * SIZE.iterator + listBytes(100) + SIZE.strHeader + 4);
    roots = [];
    expect(mem.collect()).toBe(0);
  });
});
