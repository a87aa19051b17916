// Exceptions of the Python 3 dialect (vm/exceptions.ts): programs compared with
// CPython 3.11's output (fixtures in test/vm/fixtures/oop), VM errors caught as their
// CPython classes (MemoryError included), tracebacks of uncaught exceptions, and the
// errors that stay uncatchable.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { output, runSource } from "../helpers/runSource.js";
import { compileProgram } from "../../src/compiler/program.js";
import { decodeProgram, encodeProgram } from "../../src/bytecode/image.js";

const dir = join(__dirname, "fixtures", "oop");

describe("exceptions behave as in CPython 3.11", () => {
  it.each(["exceptions_basic", "exceptions_flow", "exceptions_edge", "exceptions_vm"])("%s", (name) => {
    const source = readFileSync(join(dir, `${name}.py`), "utf8");
    const expected = readFileSync(join(dir, `${name}.out`), "utf8");
    expect(output(source, { float64: true, strictMemory: true })).toBe(expected);
  });
});

describe("errors of the VM are catchable as CPython's classes", () => {
  it("MemoryError: a core that runs out of its memory can recover", () => {
    const src = [
      "chunks = []",
      "try:",
      "    while True:",
      "        chunks.append([0] * 100)",
      "except MemoryError as e:",
      "    n = len(chunks)",
      "    chunks = None",
      "    print('recovered', n > 5, type(e).__name__, 'out of memory' in str(e))",
      "print(sum([1] * 100))",
    ].join("\n");
    expect(output(src, { strictMemory: true })).toBe("recovered True MemoryError True\n100\n");
  });

  it("OverflowError of the 32-bit device word, as ArithmeticError", () => {
    const src = "x = 2147483647\ntry:\n    x += 1\nexcept ArithmeticError as e:\n    print(type(e).__name__, x)\n";
    // --int-overflow error (by default the result is a big int: test/vm/bigint.test.ts).
    expect(output(src, { intOverflow: "error" })).toBe("OverflowError 2147483647\n");
  });

  it("RecursionError, then the core goes on", () => {
    const src = "def r(n):\n    return r(n + 1)\ntry:\n    r(0)\nexcept RecursionError:\n    print('deep')\nprint(r.__name__)\n";
    expect(output(src, { strictMemory: true })).toBe("deep\nr\n");
  });

  it("an error inside a builtin's callback reaches the handler around the builtin", () => {
    const src = "def k(v):\n    return 1 // (v - 2)\ntry:\n    print(sorted([1, 2, 3], key=k))\nexcept ZeroDivisionError as e:\n    print('caught', e)\nprint(sorted([5, 4], key=k))\n";
    expect(output(src)).toBe("caught integer division or modulo by zero\n[5, 4]\n");
  });
});

describe("uncaught exceptions", () => {
  it("keep the traceback format, and name user classes as CPython does", () => {
    const r = runSource("class Oops(ValueError):\n    pass\ndef f():\n    raise Oops('bad', 2)\nf()\n");
    expect(r.error?.kind).toBe("Oops");
    expect(r.error?.pyMessage).toBe("('bad', 2)");
    expect(r.error?.traceback.map((t) => `${t.func}:${t.line}`)).toEqual(["<module>:5", "f:4"]);
  });

  it("name a class of a user module with its module", () => {
    const files = { "errs.py": "class Bad(Exception):\n    pass\n" };
    const r = runSource("import errs\nraise errs.Bad('x')\n", { files });
    expect(r.error?.kind).toBe("errs.Bad");
  });

  it("re-raised: the traceback still points at the original line and frames", () => {
    const src = "def inner():\n    return [][1]\ndef outer():\n    try:\n        inner()\n    except IndexError:\n        x = 1\n        raise\nouter()\n";
    const r = runSource(src);
    expect(r.error?.kind).toBe("IndexError");
    expect(r.error?.traceback.map((t) => `${t.func}:${t.line}`)).toEqual(["<module>:9", "outer:5", "inner:2"]);
  });

  it("through a finally: the finally runs, then the error ends the core", () => {
    const r = runSource("try:\n    print('body')\n    1 / 0\nfinally:\n    print('cleanup')\n");
    expect(r.out).toBe("body\ncleanup\n");
    expect(r.error?.kind).toBe("ZeroDivisionError");
    expect(r.error?.traceback.map((t) => t.line)).toEqual([3]);
  });

  it("an empty message prints the class alone", () => {
    const r = runSource("raise KeyError\n");
    expect(r.error?.kind).toBe("KeyError");
    expect(r.error?.pyMessage).toBe("");
  });
});

describe("what stays uncatchable", () => {
  it("a deadlock of the device is reported, not raised into the program", () => {
    const r = runSource("from parallel import *\ntry:\n    recv(1 - coreid())\nexcept BaseException:\n    print('caught')\n", { cores: 2 });
    expect(r.out).toBe("");
    expect(r.stuck).toMatch(/deadlock/i);
  });
});

describe("the bytecode of try statements", () => {
  it("survives the image codec and its verifier", () => {
    const src = "def f(x):\n    try:\n        return 1 // x\n    except ZeroDivisionError as e:\n        return str(e)\n    finally:\n        print('f')\nprint(f(0), f(1))\n";
    const program = compileProgram(src, "main.py", { dialect: "python3", readFile: () => null, isBuiltinModule: () => false });
    const again = decodeProgram(encodeProgram(program).bytes);
    expect(again.modules[0].code.code).toEqual(program.modules[0].code.code);
    expect(output(src)).toBe("f\nf\ninteger division or modulo by zero 1\n");
  });
});

describe("unwinding cost", () => {
  it("a break or continue in a finally abandons a pending return (the loop's stack stays whole)", () => {
    const src = [
      "def f():",
      "    for i in range(3):",
      "        try:",
      "            return i",
      "        finally:",
      "            if i < 2:",
      "                continue",
      "    return -1",
      "def g():",
      "    while True:",
      "        try:",
      "            return 'r'",
      "        finally:",
      "            break",
      "    return 'after'",
      "print(f(), g())",
    ].join("\n");
    expect(output(src)).toBe("2 after\n");
  });

  it("unwinds a recursion that exhausts the core through a finally in every frame in linear time", () => {
    // Each frame catches, runs its finally and re-raises: the traceback grows by one
    // entry per frame, which once cost O(N^2) (minutes at 900,000 frames; the run's
    // 20 s limit would report a timeout instead of the RecursionError).
    const r = runSource("import sys\nsys.setrecursionlimit(10**9)\ndef f(n):\n    try:\n        return f(n + 1)\n    finally:\n        pass\nf(0)\n");
    expect(r.stuck).toBeNull();
    expect(r.error?.kind).toBe("RecursionError");
    expect(r.error!.traceback.length).toBeGreaterThan(100_000);
    expect(r.error!.traceback[0].func).toBe("<module>");
  }, 60_000);
});
