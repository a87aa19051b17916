// Recursion whose every level goes through a builtin: sum/max/min/any/all/sorted/
// list/tuple of a generator run the generator's frame in place (vm/generators.ts
// consumeInPlace), so such a recursion reaches CPython's recursion limit, not the
// host's stack; a recursion through callbacks (map, key functions) that does run out
// of the host's stack is a RecursionError the program can catch, as often as it happens.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { output, runSource } from "../helpers/runSource.js";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runEpython } from "../helpers/run.js";

const tree = `class Node:
    def __init__(self, kids): self.kids = kids
t = Node([])
for _ in range(300): t = Node([t])
`;

describeCPythonParity("recursion through builtins consuming a generator", {
  "sum, max, min, any, all of a generator, 300 levels": `${tree}
def size(n): return 1 + sum(size(k) for k in n.kids)
def height(n): return 1 + max((height(k) for k in n.kids), default=0)
def low(n): return 1 + min((low(k) for k in n.kids), default=0)
def has(n): return not n.kids or any(has(k) for k in n.kids)
def every(n): return all(every(k) for k in n.kids)
print(size(t), height(t), low(t), has(t), every(t))
`,
  "list, tuple, sorted of a generator, 300 levels": `${tree}
def flat(n): return [1] + [x for xs in list(flat(k) for k in n.kids) for x in xs]
def tup(n): return 1 + sum(tuple(tup(k) for k in n.kids))
def srt(n): return 1 + sum(sorted((srt(k) for k in n.kids), reverse=True))
print(len(flat(t)), tup(t), srt(t))
`,
  "flood fill of a 30x30 grid through sum": `import sys
sys.setrecursionlimit(5000)
def fill(grid, r, c, old, new):
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != old: return 0
    grid[r][c] = new
    return 1 + sum(fill(grid, r + dr, c + dc, old, new) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
big = [["."] * 30 for _ in range(30)]
print(fill(big, 0, 0, ".", "#"))
`,
  "the recursion limit, raised, through sum": `import sys
sys.setrecursionlimit(6000)
def g(n): return 0 if n == 0 else 1 + sum(g(n - 1) for _ in range(1))
print(g(2900))
try:
    g(3100)
except RecursionError as e:
    print("caught")
print(g(10))
`,
  "endless recursion through generators is caught, twice": `def g(n): return 1 + sum(g(n + 1) for _ in range(1))
def h(n): return any(h(n + 1) for _ in range(1))
for f in (g, h, g):
    try:
        f(0)
    except RecursionError:
        print("caught")
print(g.__name__)
`,
  "a builtin's error leaves the generator, not its body": `def gen():
    for i in range(4):
        try:
            yield i if i < 2 else "s"
        except TypeError:
            print("wrong: the body caught it")
try:
    print(sum(gen()))
except TypeError as e:
    print("TypeError:", e)
g = gen()
print(next(g), any(x == 1 for x in g), list(g))
try:
    sum(next(iter([])) for _ in range(2))
except RuntimeError as e:
    print("RuntimeError:", e)
def sub():
    yield 1
    yield 2
    return 3
def outer():
    r = yield from sub()
    yield r
print(list(outer()), max(outer()), sorted(outer(), key=lambda v: -v), all(x for x in outer()))
def selfsum():
    yield sum(it)
it = selfsum()
try:
    next(it)
except ValueError as e:
    print("ValueError:", e)
print(max((x for x in []), default="d"), sum((x / 2 for x in range(5)), 1), tuple(c for c in "ab"))
`,
  "recursion through a key function and map, 150 levels": `def depth(n):
    r = [0]
    sorted(n.kids, key=lambda c: r.__setitem__(0, depth(c)))
    return 1 + r[0]
def viamap(n): return 1 + sum(map(viamap, n.kids))
class Node:
    def __init__(self, kids): self.kids = kids
t = Node([])
for _ in range(150): t = Node([t])
print(depth(t), viamap(t))
`,
}, [
  ["def f(n): return sum(f(n + 1) for _ in range(1))\nf(0)", "RecursionError: maximum recursion depth exceeded"],
  ["def f(n): return max(f(n + 1) for _ in range(1))\nf(0)", "RecursionError: maximum recursion depth exceeded"],
]);

describe("recursion that runs out of the host's stack", () => {
  // map() calls back into Python code: each level nests host calls, so with the
  // recursion limit out of the way the host's stack ends it, in any thread.
  const endless = "import sys\nsys.setrecursionlimit(10**7)\ndef g(n): return 1 + sum(map(g, [n + 1]))\n";

  it("is a RecursionError the program catches, a second and third time too, with the core consistent", () => {
    const src = `${endless}import memory
def ok(n): return 0 if n == 0 else 1 + sum(ok(n - 1) for _ in range(1))
gen = (i for i in range(3))
print(next(gen))
memory.gc()
base = memory.used()
for _ in range(3):
    try:
        g(0)
    except RecursionError as e:
        print("caught", e)
memory.gc()
print(memory.used() - base <= 64, ok(200), next(gen), list(gen))
`;
    expect(output(src, { profile: "host" })).toBe("0\n" + "caught maximum recursion depth exceeded\n".repeat(3) + "True 200 1 [2]\n");
  });

  // The host's stack may run out between a frame's charge and its linking, or inside
  // the unwinder after a frame's release: the handler recounts the frames' charge
  // (CoreMemory.recountFrames). Where it runs out depends on the host's stack (the
  // command's main thread here, as a user runs it) and the execution mode: the
  // interpreter alone leaked 44 bytes (a frame of g) per catch before.
  it.each([["the interpreter", "0"], ["compiled code", "1"], ["the default threshold", ""]])("leaves the frames' charge exact in %s (the command)", (_, hot) => {
    const dir = mkdtempSync(join(tmpdir(), "epy-rec-"));
    const file = join(dir, "rec.py");
    writeFileSync(file, `${endless}import memory
memory.gc()
base = memory.used()
for _ in range(4):
    try:
        g(0)
    except RecursionError:
        pass
    memory.gc()
    print(memory.used() - base)
`);
    const r = runEpython(["run", "--no-prefix", "--profile", "host", file], { env: { EPYTHON_BASELINE_HOT: hot } });
    rmSync(dir, { recursive: true, force: true });
    expect(r.code, r.stderr).toBe(0);
    // The caught error's traceback snapshot stays (16 bytes): the same after every catch.
    const used = r.stdout.trim().split("\n");
    expect(used).toHaveLength(4);
    expect(new Set(used).size, used.join(" ")).toBe(1);
  });

  it("names the core when uncaught", () => {
    const r = runSource(`${endless}g(0)\n`, { profile: "host" });
    expect(`${r.error?.kind}: ${r.error?.pyMessage}`).toBe("RecursionError: maximum recursion depth exceeded");
    expect(r.error?.detail).toBe("core 0's recursion through built-in functions ran out of the host's stack");
  });
});
