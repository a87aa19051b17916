// __del__: run when the core's collector finds the object unreachable, looked for
// after `del`, a global's rebinding and before output (core.ts checkFinalizers), and
// at exit (core.ts finalizeAtExit). Compared with CPython 3.11 program by program.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { runSource } from "../helpers/runSource.js";

const A = `class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
`;

const programs: Record<string, string> = {
  "del, rebinding, a function's local, a replaced dict value": `${A}
a = A(1)
b = A(2)
def f():
    x = A(3)
    print("in f")
f()
print("after f")
b = None
print("after b = None")
del a
print("after del a")
d = {'k': A(4)}
d['k'] = A(5)
print("replaced")
print("end")
`,
  "an instance counter kept by __init__ and __del__": `
class Counter:
    live = 0
    def __init__(self):
        Counter.live += 1
    def __del__(self):
        Counter.live -= 1
c1 = Counter()
c2 = Counter()
print(Counter.live)
del c1
print(Counter.live)
c2 = None
print(Counter.live)
`,
  "an object that was a function's local is finalized as the function returns": `
class FileHandle:
    open_count = 0
    def __init__(self, name):
        self.name = name
        FileHandle.open_count += 1
    def __del__(self):
        FileHandle.open_count -= 1
        print("closing", self.name)
def work():
    tmp = FileHandle("tmp.txt")
    return 42
def nested():
    return work() + 1
print(work(), FileHandle.open_count)
for i in range(3):
    nested()
print("open:", FileHandle.open_count)
`,
  "a cycle is finalized by gc.collect(); super().__del__()": `${A}
class Node:
    def __init__(self):
        self.other = None
    def __del__(self):
        print("node del")
n1 = Node(); n2 = Node()
n1.other = n2; n2.other = n1
del n1, n2
import gc
gc.collect()
print("collected")
class B(A):
    def __del__(self):
        print("B del")
        super().__del__()
b = B(7)
del b
print("end")
`,
  "objects alive at exit: globals first, then a list's items last first, then a dict's": `${A}
l = [A(1), A(2)]
d = {'x': A(3)}
e = A(4)
print("end")
`,
  "finalizers run after sys.exit": `
class R:
    def __del__(self):
        print("R del")
r = R()
import sys
sys.exit(0)
`,
  "each object is finalized once, even when __del__ resurrects it": `
keep = []
class Phoenix:
    def __del__(self):
        print("finalized")
        keep.append(self)
p = Phoenix()
del p
print(len(keep))
keep.clear()
print("cleared")
`,
  "compiled loops: objects replaced in a hot function": `${A}
def work():
    total = 0
    for i in range(3):
        obj = A(i)
        total += obj.n
    return total
print(work())
for i in range(300):
    tmp = [i] * 3
print("done")
`,
};

const errors: [string, string][] = [[`${A}a = A(1)\nraise ValueError("boom")\n`, "ValueError: boom"]];

describeCPythonParity("__del__: the same output as CPython 3.11", programs, errors);

describe("__del__ on a core", () => {
  it("an error in __del__ prints CPython's 'Exception ignored in' and the error, and the program goes on", () => {
    // The test port writes errors to the same stream as output.
    const r = runSource("class E:\n    def __del__(self):\n        1 / 0\ne = E()\ndel e\nprint('after')\n");
    expect(r.out).toMatch(/^Exception ignored in: <function E\.__del__ at 0x[0-9a-f]+>\nZeroDivisionError: division by zero\nafter\n$/);
  });

  it("objects with __del__ made in a loop are finalized as they go (the collector's work stays bounded)", () => {
    const src = "class T:\n    n = 0\n    def __del__(self):\n        T.n += 1\nfor i in range(2000):\n    t = T()\nprint(T.n)\n";
    expect(runSource(src).out).toBe("1999\n");
  });
});
