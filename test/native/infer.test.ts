// Type inference for native code: accepted programs get the expected specialisations
// and types; rejected ones a diagnostic at the node with what was expected and found.
import { describe, expect, it } from "vitest";
import { infer, rejects } from "../helpers/nativeInfer.js";
import { mangle } from "../../src/compiler/infer.js";
import { emitC } from "../../src/native/emitC.js";


describe("native type inference", () => {
  it("specialises a function per tuple of argument types", () => {
    const p = infer("def f(a, b):\n    return a + b\nx = f(1, 2)\ny = f(1.5, 2)\n");
    expect(p.specs.map((s) => s.cName)).toEqual(["py_f__i_i", "py_f__f_i"]);
    expect(mangle(p.specs[0].ret)).toBe("i");
    expect(mangle(p.specs[1].ret)).toBe("f");
    expect(mangle(p.main.vars.get("y")!)).toBe("f");
  });

  it("joins int and float in a variable, and types lists from appends", () => {
    const p = infer("s = 0\nfor i in range(3):\n    s += i * 0.5\nl = []\nl.append((1, [2.0]))\n");
    expect(mangle(p.main.vars.get("s")!)).toBe("f");
    expect(mangle(p.main.vars.get("l")!)).toBe("LT2iLf");
  });

  it("infers recursive functions from their base case", () => {
    const p = infer("def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(10))\n");
    expect(mangle(p.specs[0].ret)).toBe("i");
  });

  it("gives recv() the type of every value sent", () => {
    const p = infer("from parallel import send, recv, coreid\nif coreid() == 0:\n    send([1.5, 2.0], 1)\nelse:\n    x = recv(0)\n");
    expect(mangle(p.message)).toBe("Lf");
    expect(mangle(p.main.vars.get("x")!)).toBe("Lf");
  });

  it("rejects a list of mixed types with the element's position", () => {
    const e = rejects("x = [1, 'a']\n");
    expect(e.message).toBe("native code: list elements must have one type; this list mixes int and str");
    expect([e.line, e.col]).toEqual([1, 9]);
    expect(e.format()).toContain("t.py:1:9: error: native code:");
  });

  it("rejects a variable that changes type", () => {
    expect(rejects("x = 1\nx = 'a'\n").message).toBe("native code: variable 'x' holds int and here str; a variable must keep one type");
  });

  it("rejects a function returning a value on some paths and None on others", () => {
    expect(rejects("def f(x):\n    if x:\n        return 1\nprint(f(1))\n").message).toMatch(/returns int but can also reach its end/);
  });

  it("rejects messages of two types and unsupported constructs", () => {
    // numbers, strs and None of several types travel tagged (a union); a list and a str cannot
    expect(mangle(infer("from parallel import send\nsend(1, 0)\nsend('a', 0)\n").message)).toBe("Uis");
    expect(rejects("from parallel import send\nsend([1], 0)\nsend('a', 0)\n").message).toMatch(/every message must have one type/);
    expect(rejects("fs = [lambda: k for k in range(3)]\n").message).toBe("native code: a lambda that uses the comprehension variable 'k' is not supported natively");
    expect(rejects("match 1:\n    case 1:\n        y = 2\n").message).toBe("native code: the 'match' statement is not supported natively");
    expect(rejects("import os\n").message).toMatch(/module 'os' is not available natively/);
    // Dicts and sets run in the interpreter only.
    expect(rejects("d = {1: 2}\n").message).toBe("native code: dicts are not supported natively");
    expect(rejects("d = {k: 1 for k in range(3)}\n").message).toBe("native code: dicts are not supported natively");
    expect(rejects("s = {1, 2}\n").message).toBe("native code: sets are not supported natively");
    expect(rejects("s = {k for k in range(3)}\n").message).toBe("native code: sets are not supported natively");
  });

  it("rejects changing a list's element type unless the list is fresh", () => {
    expect(() => emitC(infer("u = [1] * 3\nu = [0.5] * 3\nprint(u)\n"))).not.toThrow();
    expect(rejects("a = [1, 2]\nb = a\nb = [0.5]\n").message).toMatch(/a list's element type cannot change/);
  });
});

describe("C output", () => {
  it("names functions after the Python function and its types, with #line directives", () => {
    const c = emitC(infer("def axpy(a, x, y):\n    for i in range(len(x)):\n        y[i] = a * x[i] + y[i]\naxpy(2.0, [1.0, 2.0], [0.0, 0.0])\n"));
    expect(c).toContain("__attribute__((hot)) static inline void py_axpy__f_Lf_Lf(ep_float v_a, ep_list * v_x, ep_list * v_y)");
    expect(c).toContain('#line 3 "t.py"');
    // the loop is versioned: a fast copy without index checks when x[i] and y[i] stay in range
    expect(c).toMatch(/>= 0 && \(int64_t\)_hi\d+ - 1 \+ 0 < v_x->len/);
    // ... with the data pointers hoisted (restrict: a list stored into is not one read under another name)
    expect(c).toMatch(/v_y != v_x\)\) \{/);
    expect(c).toMatch(/ep_float \*restrict (_d\d+) = \(ep_float \*\)v_y->data;[\s\S]*\1\[_k\d+\] = _v\d+;/);
  });

  it("checks int arithmetic and list indices", () => {
    const c = emitC(infer("def f(l, i):\n    return l[i] * 3 + 1\nprint(f([1, 2], 1))\n"));
    expect(c).toContain("ep_add(ep_mul(EP_AT(ep_int, v_l, ep_index(v_l, v_i, 0, 2, FN)), 3, 2, FN), 1, 2, FN)");
  });
});
