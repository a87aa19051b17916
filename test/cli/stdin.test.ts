// sys.stdin as programs use it (competitive-programming style readline, iteration,
// read().split(), readlines, from-import), fed through a pipe to the `epython` command
// and compared with CPython 3.11 given the same input.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cpython311 } from "../helpers/cpython.js";
import { isBuilt, runEpython } from "../helpers/run.js";

let dir: string;
beforeAll(() => {
  if (!isBuilt()) throw new Error("build dist/ first: node scripts/build.mjs");
  dir = mkdtempSync(join(tmpdir(), "epython-stdin-"));
});

function program(name: string, source: string): string {
  const path = join(dir, name);
  writeFileSync(path, source);
  return path;
}

const INPUT = "3\n1 2 3\n4 5\nlast line\n";

const programs: Record<string, string> = {
  "readline as input": `import sys
input = sys.stdin.readline
n = int(input())
print(n, sum(map(int, input().split())), input().split())
print(repr(input()), repr(input()))
`,
  "iteration and the end of input": `import sys
for i, line in enumerate(sys.stdin):
    print(i, repr(line), line.rstrip("\\n").split())
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines())
`,
  "from sys import stdin; read().split()": `from sys import stdin
tokens = stdin.read().split()
print(tokens, len(tokens))
`,
  "readlines, sizes and the object": `import io, sys
print(isinstance(sys.stdin, io.TextIOBase), isinstance(sys.stdin.buffer, io.BufferedIOBase), isinstance(io.StringIO(), io.TextIOBase))
print(repr(sys.stdin.readline(1)), repr(sys.stdin.readline()), repr(sys.stdin.read(4)))
print(sys.stdin.readlines())
print(sys.stdin.name, sys.stdin.mode, sys.stdin.readable(), sys.stdin.writable(), sys.stdin.fileno())
print(repr(sys.stdin))
`,
  "a generator over stdin consumed by sorted()": `import sys
def numbers():
    for line in sys.stdin:
        for word in line.split():
            if word.isdigit():
                yield int(word)
print(sorted(numbers(), reverse=True))
`,
  "buffer, with, closed, errors": `import sys
print(sys.stdin.buffer.readline())
with sys.stdin as f:
    print(f.readline().strip())
try:
    sys.stdin.readline()
except ValueError as e:
    print("ValueError:", e)
try:
    sys.stdin.read("x")
except TypeError as e:
    print("TypeError:", e)
`,
  "input() and sys.stdin share one stream": `import sys
a = input()
b = sys.stdin.readline()
c = input()
print(repr(a), repr(b), repr(c))
`,
};

describe("sys.stdin", () => {
  for (const [name, source] of Object.entries(programs)) {
    it.skipIf(!cpython311)(name, () => {
      const path = program(`${name.replace(/\W+/g, "_")}.py`, source);
      const ours = runEpython(["run", "--no-prefix", path], { stdin: INPUT });
      const theirs = spawnSync(cpython311!, [path], { input: INPUT, encoding: "utf8" });
      expect(ours.stderr).toBe("");
      expect(ours.stdout).toBe(theirs.stdout);
      expect(ours.code).toBe(theirs.status);
    });
  }

  it("is not in the image of a program that never names it", () => {
    // Only a name found by the compiler brings the module in: a computed name does not.
    const path = program("plain.py", "import sys\ntry:\n    getattr(sys, 'std' + 'in')\nexcept AttributeError as e:\n    print(e)\n");
    expect(runEpython(["run", "--no-prefix", path]).stdout).toBe("module 'sys' has no attribute 'stdin'\n");
  });

  it("serves each line once across cores", () => {
    const path = program("cores.py", "import sys\nfrom parallel import coreid\nn = sum(1 for _ in sys.stdin)\nprint(coreid(), n)\n");
    const r = runEpython(["run", "--no-prefix", "-d", "3", path], { stdin: "a\nb\nc\nd\n" });
    expect(r.code).toBe(0);
    const total = r.stdout.trim().split("\n").reduce((s, l) => s + Number(l.split(" ")[1]), 0);
    expect(total).toBe(4);
  });
});
