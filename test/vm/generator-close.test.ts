// Unreachable generators are closed: a generator suspended inside try/finally or
// with, once nothing refers to it, has close() run (GeneratorExit: its finally
// blocks and __exit__ run) as CPython does when it drops the last reference. The
// collector finds it; the core closes it at its next safe point (memory.gc(), or the
// start of its next slice) — not inside the collector.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { output, runSource } from "../helpers/runSource.js";

describeCPythonParity("closing unreachable generators (CPython parity)", {
  // CPython closes at once (reference counting); ePython at the collection: the
  // program collects before it looks.
  "finally and with run when the generator is dropped": `try:
    import memory
    collect = memory.gc
except ImportError:
    import gc
    collect = gc.collect
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a[0].__name__)
        return False
def h():
    with CM():
        yield 1
a = g("a")
next(a)
b = h()
next(b)
d = g("d")
next(d)
a = None
b = None
collect()
print("after gc")
for x in g("loop"):
    break
collect()
print("end", next(d))
d = None
collect()
print("bye")
`,
}, []);

describe("closing unreachable generators", () => {
  it("every dropped generator is closed exactly once, also when collections run on their own", () => {
    const src = [
      "import memory",
      "closed = [0]",
      "def g(i):",
      "    try:",
      "        yield i",
      "    finally:",
      "        closed[0] += 1",
      "for i in range(3000):",
      "    it = g(i)",
      "    next(it)",
      "memory.gc()",
      "print(closed[0])", // the last one is still referenced by `it`
      "it = None",
      "memory.gc()",
      "print(closed[0])",
    ].join("\n");
    const r = runSource(src, { localMemory: 16 * 1024 });
    expect(r.error).toBeNull();
    expect(r.out).toBe("2999\n3000\n");
  });

  it("a generator still referenced, or finished, is not closed (until the program ends, as CPython's finalisation)", () => {
    expect(output("import memory\ndef g():\n    try:\n        yield 1\n    finally:\n        print('fin')\nk = g()\nnext(k)\nmemory.gc()\nprint('kept')\nfor x in g():\n    pass\nmemory.gc()\nprint('done')")).toBe("kept\nfin\ndone\nfin\n");
  });

  it("an error while closing is reported and dropped, as CPython's 'Exception ignored in'", () => {
    const r = runSource("import memory\ndef g():\n    try:\n        yield 1\n    finally:\n        1/0\nk = g()\nnext(k)\nk = None\nmemory.gc()\nprint('on')");
    expect(r.error).toBeNull();
    expect(r.out).toMatch(/^Exception ignored in: <generator object g at 0x[0-9a-f]+>\nZeroDivisionError: division by zero\non\n$/);
  });
});
