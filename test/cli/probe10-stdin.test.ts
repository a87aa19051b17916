// Standard input byte for byte as CPython 3.11 reads it on Linux: a last line without
// a newline (sys.stdin gave it a "\n" before), "\r\n" (input() stripped the "\r"),
// empty input, blank lines and non-ASCII text, through the `epython` command with one
// core and with several, and through the host API's `stdin` options.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/index.js";
import { cpython311 } from "../helpers/cpython.js";
import { isBuilt, runEpython } from "../helpers/run.js";

let dir: string;
beforeAll(() => {
  if (!isBuilt()) throw new Error("build dist/ first: node scripts/build.mjs");
  dir = mkdtempSync(join(tmpdir(), "epython-stdin10-"));
});

function program(name: string, source: string): string {
  const path = join(dir, name);
  writeFileSync(path, source);
  return path;
}

const INPUTS: Record<string, string> = {
  "no final newline": "3\n1 2 3\nlast",
  "crlf": "a b\r\nc\r\n\r\nd",
  "empty": "",
  "blank lines only": "\n\n",
  "unicode": "héllo wörld\n日本語 テキスト\n😀",
  "lone cr": "x\ry\n",
};

const PROGRAMS: Record<string, string> = {
  "read()": "import sys\nprint(repr(sys.stdin.read()))\n",
  "iteration": "import sys\nfor line in sys.stdin:\n    print(repr(line))\nprint(repr(sys.stdin.read()))\n",
  "readline() and readlines()": "import sys\nprint(repr(sys.stdin.readline()))\nprint(sys.stdin.readlines())\nprint(repr(sys.stdin.readline()))\n",
  "input() until EOFError": "n = 0\nwhile True:\n    try:\n        s = input()\n    except EOFError:\n        break\n    n += 1\n    print(n, repr(s), len(s))\nprint('lines', n)\n",
  "input() then sys.stdin": "import sys\ntry:\n    print(repr(input()))\nexcept EOFError:\n    print('eof')\nprint(repr(sys.stdin.read()))\n",
  // (Not mixed with text reads: CPython's text layer reads ahead from the buffer.)
  "buffer": "import sys\nprint(sys.stdin.buffer.readline())\nprint(sys.stdin.buffer.read())\n",
  // input() first takes what sys.stdin.readline(size) or read(size) left of a line.
  "read(size) then input()": "import sys\nprint(repr(sys.stdin.readline(2)))\ntry:\n    print(repr(input('> ')))\n    print(repr(sys.stdin.read(3)), repr(input()), repr(sys.stdin.readline()))\nexcept EOFError as e:\n    print('EOFError', e)\n",
  "read(size)": "import sys\nprint(repr(sys.stdin.read(2)), repr(sys.stdin.readline(3)))\nwhile s := sys.stdin.read(4):\n    print(repr(s))\n",
  // open(0), the standard input's file descriptor, as competitive programs read it.
  "open(0).read()": "n, *rest = open(0).read().split() or ['0']\nprint(n, rest)\n",
  "open(0) lines": "with open(0) as f:\n    for line in f:\n        print(repr(line))\nprint(f.closed)\n",
  "open(0, 'rb')": "print(open(0, 'rb').read().split())\n",
};

describe("stdin as CPython reads it", () => {
  for (const [pname, source] of Object.entries(PROGRAMS)) {
    for (const [iname, input] of Object.entries(INPUTS)) {
      it.skipIf(!cpython311)(`${pname}: ${iname}`, () => {
        const path = program(`${pname}_${iname}.py`.replace(/[^\w.]+/g, "_"), source);
        const ours = runEpython(["run", "--no-prefix", path], { stdin: input });
        const theirs = spawnSync(cpython311!, [path], { input, encoding: "utf8" });
        expect(ours.stderr).toBe("");
        expect(ours.stdout).toBe(theirs.stdout);
        expect(ours.code).toBe(theirs.status);
      });
    }
  }

  it("several cores share the lines, each as the input had it", () => {
    // Each line goes to one core (the one that asked first): together they read the input.
    const path = program("cores.py", "import sys\nfrom parallel import coreid\nfor line in sys.stdin:\n    print(coreid(), repr(line))\n");
    const r = runEpython(["run", "--no-prefix", "--cores", "4", path], { stdin: "a\r\nb\n\nlast" });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => l.slice(l.indexOf(" ") + 1)).sort();
    expect(lines).toEqual([String.raw`'\n'`, String.raw`'a\r\n'`, String.raw`'b\n'`, "'last'"]);
  });

  it("several cores: input() gives the last line without a newline too", () => {
    const path = program("cores-input.py", "from parallel import coreid\ntry:\n    while True:\n        print(repr(input()))\nexcept EOFError:\n    pass\n");
    const r = runEpython(["run", "--no-prefix", "--cores", "4", path], { stdin: "one\ntwo" });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n").sort()).toEqual(["'one'", "'two'"]);
  });

  it("several cores: an EOFError that ends a core's wait in input() is catchable", () => {
    // The cores ask before the end of input is known; the EOFError reaches them later.
    const source = "from parallel import coreid\nlines = []\nwhile True:\n    try:\n        lines.append(input())\n    except EOFError:\n        break\n    finally:\n        pass\nprint(coreid(), lines)\n";
    const path = program("cores-eof.py", source);
    for (const args of [["--cores", "2"], ["--cores", "4"], ["--cores", "3", "--workers", "1"]]) {
      const r = runEpython(["run", "--no-prefix", ...args, path], { stdin: "x\ny\nz" });
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const got = r.stdout.trim().split("\n").flatMap((l) => [...l.matchAll(/'(\w)'/g)].map((m) => m[1])).sort();
      expect(got).toEqual(["x", "y", "z"]);
    }
  });

  it("several workers keep a line's leading U+FEFF (a byte-order mark is text on stdin)", () => {
    const path = program("cores-bom.py", "import sys\nfor line in sys.stdin:\n    print(repr(line))\n");
    const r = runEpython(["run", "--no-prefix", "--cores", "4", "--workers", "2", path], { stdin: "\ufeffone\n\ufefftwo" });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n").sort()).toEqual([String.raw`'\ufeffone\n'`, String.raw`'\ufefftwo'`]);
  });

  it("the host API: a text keeps its lines; functions give lines without newlines unless stdinNewlines", async () => {
    const source = "import sys\nprint(repr(sys.stdin.read()))\n";
    expect((await run(source, { prefix: false, stdin: "a\r\nb" })).stdout).toBe(String.raw`'a\r\nb'` + "\n");
    const feed = (lines: string[]) => () => lines.shift() ?? null;
    expect((await run(source, { prefix: false, stdin: feed(["a", "b"]) })).stdout).toBe(String.raw`'a\nb\n'` + "\n");
    expect((await run(source, { prefix: false, stdinAsync: feed(["a", "b"]) })).stdout).toBe(String.raw`'a\nb\n'` + "\n");
    expect((await run(source, { prefix: false, stdinAsync: feed(["a\n", "b"]), stdinNewlines: true })).stdout).toBe(String.raw`'a\nb'` + "\n");
    // read() takes the lines ready at once in one go and waits for the others.
    const mixed = (lines: string[]) => () => (lines.length % 2 ? Promise.resolve(lines.shift() ?? null) : lines.shift() ?? null);
    const readAll = "import sys\nprint(repr(sys.stdin.read()), repr(sys.stdin.read()))\n";
    expect((await run(readAll, { prefix: false, stdinAsync: mixed(["a\n", "b\n", "c\n", "d\n", "e"]), stdinNewlines: true })).stdout).toBe(String.raw`'a\nb\nc\nd\ne' ''` + "\n");
    // Several cores reading at once: which core a line goes to depends on the threads'
    // timing, but no line is lost or given twice, and every core then sees the end.
    const shared = (await run("import sys\nprint(sys.stdin.read().encode().hex(), repr(sys.stdin.read()))\n", { prefix: false, cores: 3, stdinAsync: mixed(["a\n", "b"]), stdinNewlines: true })).stdout;
    const reads = shared.trim().split("\n").map((l) => l.split(" "));
    expect(reads).toHaveLength(3);
    expect(reads.map(([, end]) => end)).toEqual(["''", "''", "''"]);
    expect(Buffer.from(reads.map(([hex]) => hex).join(""), "hex").toString().split("").sort().join("")).toBe("\nab");
    expect((await run("print(repr(input()), repr(input()))\n", { prefix: false, stdin: feed(["x", "y"]) })).stdout).toBe("'x' 'y'\n");
  });
});
