import { describe, expect, it } from "vitest";
import { compileProgram } from "../../src/compiler/program.js";
import { Core, RUN_DONE, RUN_YIELD } from "../../src/vm/core.js";
import { output, runSource } from "../helpers/runSource.js";

describe("runtime errors carry kind, message and ePython traceback", () => {
  it.each([
    ["x = 1\ny = 0\nprint(x // y)\n", "ZeroDivisionError", "integer division or modulo by zero", 3],
    ["print(1.0 / 0)\n", "ZeroDivisionError", "float division by zero", 1],
    ["xs = [1, 2]\nprint(xs[5])\n", "IndexError", "list index out of range", 2],
    ["print(undefined_name)\n", "NameError", "name 'undefined_name' is not defined", 1],
    ["print(1 + 'a')\n", "TypeError", "unsupported operand type(s) for +: 'int' and 'str'", 1],
    ["x = 2 ** 1024\nx += 0.5\n", "OverflowError", "int too large to convert to float", 2],
    ["def f():\n    y = y + 1\nf()\n", "UnboundLocalError", "'y'", 2],
    ["assert 1 == 2, 'nope'\n", "AssertionError", "nope", 1],
    ["import nosuchmodule\n", "ModuleNotFoundError", "No module named 'nosuchmodule'", 1],
    // Modules absent on purpose say why (vm/modules/absentModules.ts), still as ModuleNotFoundError.
    ["import os\n", "ModuleNotFoundError", "No module named 'os' (a core has no files, processes or operating system", 1],
    ["x = 1\nimport os.path\n", "ModuleNotFoundError", "No module named 'os' (a core has no files", 2],
    ["from concurrent.futures import ThreadPoolExecutor\n", "ModuleNotFoundError", "No module named 'concurrent' (a core runs one thread", 1],
    ["import numpy as np\n", "ModuleNotFoundError", "No module named 'numpy' (third-party packages do not run on cores", 1],
    ["def f(a):\n    pass\nf(1, 2)\n", "TypeError", "f() takes 1 positional argument but 2 were given", 3],
    ["def f(a, b):\n    pass\nf(1)\n", "TypeError", "missing 1 required positional argument: 'b'", 3],
    ["int('abc')\n", "ValueError", "invalid literal for int() with base 10: 'abc'", 1],
    ["(1).foo\n", "AttributeError", "'int' object has no attribute 'foo'", 1],
  ])("%j", (src, kind, msg, line) => {
    const r = runSource(src);
    expect(r.error?.kind).toBe(kind);
    expect(r.error?.pyMessage).toContain(msg);
    expect(r.error?.traceback.at(-1)?.line).toBe(line);
    expect(r.errorCore).toBe(0);
  });

  it("names every frame of the call chain", () => {
    const r = runSource("def a():\n    return b()\ndef b():\n    return 1 // 0\na()\n");
    expect(r.error?.traceback.map((t) => `${t.func}:${t.line}`)).toEqual(["<module>:5", "a:2", "b:4"]);
  });
});

describe("memory accounting", () => {
  it("raises MemoryError with sizes when the budget is exhausted", () => {
    const r = runSource("xs = []\nwhile True:\n    xs.append([0] * 50)\n", { strictMemory: true });
    expect(r.error?.kind).toBe("MemoryError");
    expect(r.error?.pyMessage).toMatch(/core 0 out of memory allocating \d+ bytes; [\d,]+ in use/);
  });

  it("the collector reclaims garbage so a long-running loop fits", () => {
    // Each iteration allocates ~3.6 KB that becomes garbage at once: far more than 8 KB in
    // total. (The previous list is alive while the next is made, as in CPython: two of
    // them and the module must fit the core's ~8 KB.)
    const out = output("t = 0\nfor i in range(2000):\n    xs = [i] * 900\n    t += xs[0]\nprint(t)\n", { strictMemory: true });
    expect(out).toBe("1999000\n");
  });

  it("bounds recursion by the recursion limit, then by memory, not by the JavaScript stack", () => {
    const endless = "def r(n):\n    return r(n + 1)\nr(0)\n";
    const r = runSource(endless, { profile: "host" });
    expect(r.error?.kind).toBe("RecursionError");
    // CPython's message and depth (the module's frame and 999 calls); the limit goes to the report's detail line.
    expect(r.error?.pyMessage).toBe("maximum recursion depth exceeded");
    expect(r.error?.detail).toBe("core 0's call depth would exceed the recursion limit of 1000 frames (sys.setrecursionlimit)");
    expect(r.error?.traceback.length).toBe(1000);
    // Past a raised limit, the core's memory bounds it.
    const m = runSource(`import sys\nsys.setrecursionlimit(10**9)\n${endless}`, { profile: "host" });
    expect(m.error?.pyMessage).toBe("maximum recursion depth exceeded");
    expect(m.error?.detail).toMatch(/^core 0's call frames would exceed [\d,]+ bytes$/);
    expect(output("import sys\nsys.setrecursionlimit(60000)\ndef d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(50000))\n", { profile: "host" })).toBe("50000\n");
  });

  it("keeps sys.setrecursionlimit's rules", () => {
    expect(output("import sys\nprint(sys.getrecursionlimit())\nsys.setrecursionlimit(50)\ndef d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(48))\ntry:\n    d(49)\nexcept RecursionError as e:\n    print(e)\n")).toBe("1000\n48\nmaximum recursion depth exceeded\n");
    const low = runSource("import sys\ndef f():\n    sys.setrecursionlimit(2)\nf()\n");
    expect(`${low.error?.kind}: ${low.error?.pyMessage}`).toBe("RecursionError: cannot set the recursion limit to 2 at the recursion depth 2: the limit is too low");
    // Endless recursion of generators through `yield from` (each resume is a frame).
    const gen = runSource("def g(n):\n    yield from g(n + 1)\nnext(g(0))\n");
    expect(`${gen.error?.kind}: ${gen.error?.pyMessage}`).toBe("RecursionError: maximum recursion depth exceeded");
    // The classic dialect is bounded by memory alone, as the original was.
    expect(output("def d(n):\n    if n == 0:\n        return 0\n    return 1 + d(n - 1)\nprint(d(3000))\n", { classic: true, profile: "host" })).toBe("3000\n");
  });

  it("warns once when data spills into shared memory", () => {
    const r = runSource("xs = [0] * 3000\nys = [1] * 3000\nprint(len(xs) + len(ys))\n");
    expect(r.out).toBe("6000\n");
    expect(r.warnings.match(/spills/g)?.length).toBe(1);
  });
});

describe("suspendable interpreter", () => {
  it("runs in slices of N instructions with the same result", () => {
    const program = compileProgram("s = 0\nfor i in range(1000):\n    s += i * i\nprint(s)\n", "t.py");
    let out = "";
    const core = new Core(program, {
      id: 0, numCores: 1, isHost: false, float32: true, memory: { local: 1 << 20, spill: 0 },
      write: (t) => (out += t), randomSeed: 1,
    });
    core.start();
    let slices = 0;
    let status;
    do {
      status = core.run(50);
      slices++;
    } while (status === RUN_YIELD);
    expect(status).toBe(RUN_DONE);
    expect(slices).toBeGreaterThan(20);
    expect(out).toBe("332833500\n");
  });
});

describe("numbers on the device", () => {
  it("uses float32 by default and float64 on request", () => {
    expect(output("print(0.1 + 0.2, 1 / 3, 16777217.0)\n")).toBe("0.3 0.33333334 16777216.0\n");
    expect(output("print(0.1 + 0.2, 1 / 3)\n", { float64: true })).toBe("0.30000000000000004 0.3333333333333333\n");
  });
  it("keeps ints 32-bit", () => {
    expect(output("print(2 ** 31 - 1, -2 ** 31)\n")).toBe("2147483647 -2147483648\n");
    // With --int-overflow error; by default they become big ints (test/vm/bigint.test.ts).
    expect(runSource("print(2 ** 31)\n", { intOverflow: "error" }).error?.kind).toBe("OverflowError");
    expect(runSource("print(-(-2147483647 - 1))\n", { intOverflow: "error" }).error?.kind).toBe("OverflowError");
    expect(output("print(2 ** 31, -(-2147483647 - 1))\n")).toBe("2147483648 2147483648\n");
  });
});

describe("classic dialect", () => {
  const classic = (src: string) => output(src, { classic: true, prefix: true });
  it("prints like the original", () => {
    expect(classic("print 2.3\nprint 12\nprint true\nprint none\nprint \"a\" + 2.5\n")).toBe(
      "[device 0] 2.300000\n[device 0] 12\n[device 0] true\n[device 0] NONE\n[device 0] a2.500000\n",
    );
  });
  it("has C integer division, ^ power at * precedence, float //", () => {
    expect(classic("print 7/2\nprint -7/2\nprint -7%3\nprint 2*3^2\nprint 2^3^2\nprint -7//2\n")).toBe(
      ["3", "-3", "-1", "36", "64", "-3.000000"].map((l) => `[device 0] ${l}\n`).join(""),
    );
  });
  it("is case-insensitive for variables and keywords, not for functions", () => {
    expect(classic("X = 5\nIF x == 5:\n    PRINT X\n")).toBe("[device 0] 5\n");
    const r = runSource("def F():\n    return 1\nprint f()\n", { classic: true });
    expect(r.error?.kind).toBe("NameError");
  });
  it("hoists functions, shares earlier globals and gives fresh defaults", () => {
    const src = "g = 1\nprint twice(3)\ndef twice(x):\n    return 2 * x\ndef setg():\n    g = 5\nsetg()\nprint g\ndef f(a=[0]):\n    a[0] = a[0] + 1\n    return a[0]\nprint f()\nprint f()\n";
    expect(classic(src)).toBe("[device 0] 6\n[device 0] 5\n[device 0] 1\n[device 0] 1\n");
  });
  it("calls module functions through the module's name like the original (`math.sqrt`, `util.oddSort`)", () => {
    expect(classic("import math\nprint math.sqrt(16)\nimport util\nx = [3, 1, 2]\nutil.oddSort(x)\nprint x\nimport array\nprint size(array(2, 3))\n")).toBe(
      "[device 0] 4.000000\n[device 0] [1, 2, 3]\n[device 0] 6\n",
    );
  });
  it("hoists imports like the original's textual includes", () => {
    expect(classic("print sqrt(16.0)\nfrom math import sqrt\n")).toBe("[device 0] 4.000000\n");
  });
  it("reports an array index past the end with the original's text", () => {
    const r = runSource("import array\na = array(3)\nprint a[5]\n", { classic: true });
    expect(r.error?.kind).toBe("IndexError");
    expect(r.error?.pyMessage).toBe("Array index in expression exceeds array size in that dimension");
  });
  it("has inclusive util.range, extensible list literals and /* */ comments", () => {
    expect(classic("/* header\n comment */\nimport util\ns = 0\nfor i in range(4):\n    s = s + i\nprint s\nl = [1]\nl[3] = 4\nprint l\n")).toBe(
      "[device 0] 10\n[device 0] [1, 0, 0, 4]\n",
    );
  });
});
