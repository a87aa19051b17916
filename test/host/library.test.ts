// Seam 4: the library does what the CLI does. Each program runs through the command
// (`node bin/epython.js`, a child process) and through `run()` from the package
// entry, and both must give the same stdout, stderr and exit status.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compile, EPythonUsageError, run, type HostRunOptions } from "../../src/index.js";
import { isBuilt, repoRoot, runEpython } from "../helpers/run.js";

let dir: string;
beforeAll(() => {
  if (!isBuilt()) throw new Error("build dist/ first: node scripts/build.mjs");
  dir = mkdtempSync(join(tmpdir(), "epython-lib-"));
});

/** A program file under a temporary directory, as a path relative to the repository root. */
function program(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return relative(repoRoot, path);
}

interface Case {
  name: string;
  /** Path relative to the repository root (the CLI's working directory). */
  file: () => string;
  cli: string[];
  lib: HostRunOptions;
  programArgs?: string[];
  stdin?: string;
}

const cases: Case[] = [
  {
    name: "a library module written in ePython (import taskfarm)",
    file: () => "examples/parallel/task_farm.py",
    cli: ["--cores", "6", "--deterministic"],
    lib: { cores: 6, deterministic: true },
  },
  {
    name: "sys.argv, sys.stderr, input() and exit(3)",
    file: () => program("args.py", [
      "import sys",
      "print(sys.argv[1:], len(sys.argv))",
      "sys.stderr.write('to stderr\\n')",
      "name = input('who? ')",
      "print('hello', name)",
      "exit(3)",
    ].join("\n") + "\n"),
    cli: [],
    lib: {},
    programArgs: ["600", "--size", "x y"],
    stdin: "world\n",
  },
  {
    name: "a runtime error on one core of four",
    file: () => program("fail.py", [
      "from parallel import coreid, sync",
      "sync()",
      "if coreid() == 2:",
      "    x = [1, 2][5]",
      "sync()",
    ].join("\n") + "\n"),
    cli: ["--cores", "4", "--deterministic"],
    lib: { cores: 4, deterministic: true },
  },
  {
    name: "a classic program with a seed",
    file: () => program("classic.py", "import parallel\nfrom random import randrange\nprint \"v=\" + str(1.0/3) + \" \" + str(randrange(100))\n"),
    cli: ["--classic", "--cores", "2", "--seed", "7"],
    lib: { classic: true, cores: 2, seed: 7 },
  },
  {
    name: "a syntax error",
    file: () => program("syntax.py", "x = (1,\nprint(x\n"),
    cli: [],
    lib: {},
  },
  {
    name: "exit with a message",
    file: () => program("bye.py", "import sys\nsys.exit('bye')\n"),
    cli: ["--no-prefix"],
    lib: { prefix: false },
  },
];

describe("the library runs programs exactly as the CLI does", () => {
  for (const c of cases) {
    it(c.name, async () => {
      const file = c.file();
      const args = c.programArgs ?? [];
      const cli = runEpython(["run", ...c.cli, file, ...(args.length ? ["--", ...args] : [])], { stdin: c.stdin });
      const lib = await run(readFileSync(join(repoRoot, file), "utf8"), {
        ...c.lib, file, argv: args, stdin: c.stdin ?? "", readFile: (p) => {
          try {
            return readFileSync(join(repoRoot, p), "utf8");
          } catch {
            return null;
          }
        },
      });
      expect(lib.stdout).toBe(cli.stdout);
      expect(lib.stderr).toBe(cli.stderr);
      expect(lib.status).toBe(cli.code);
      expect(cli.stdout + cli.stderr).not.toBe("");
    });
  }

  it("gives the statuses and streams the test cases rely on", async () => {
    const r = await run("import sys\nprint(sys.argv)\nsys.stderr.write('e\\n')\nexit(3)\n", { argv: ["a"], file: "p.py" });
    expect(r).toMatchObject({ status: 3, stdout: "[device 0] ['p.py', 'a']\n", stderr: "[device 0] e\n" });
    const t = await run("import taskfarm\nprint(taskfarm.__name__)\n");
    expect(t).toMatchObject({ status: 0, stdout: "[device 0] taskfarm\n" });
  });
});

describe("compile() and the option rules", () => {
  it("compile() includes library modules and reads images", () => {
    const p = compile("import taskfarm\n", { file: "m.py" });
    expect(p.modules.map((m) => m.name)).toContain("taskfarm");
  });

  it("a traceback through a library module names it <frozen NAME>, not a file next to the program", async () => {
    const r = await run("import json\nclass A: pass\njson.dumps([A()])\n", { file: "dir/p.py", readFile: () => null });
    expect(r.stderr).toContain('File "<frozen json>", line');
    expect(r.stderr).not.toContain("dir/json.py");
    expect(r.stderr).toContain("TypeError: Object of type A is not JSON serializable");
    // A real file of that name next to the program is still the program's own module.
    const own = await run("import json\njson.f()\n", { file: "dir/p.py", readFile: (p) => (p === "dir/json.py" ? "def f():\n    1/0\n" : null) });
    expect(own.stderr).toContain('File "dir/json.py", line 2, in f');
  });

  it("bad options throw EPythonUsageError with clear messages", async () => {
    const bad = async (o: HostRunOptions) => run("print(1)\n", o).then(() => "no error", (e: unknown) => e);
    for (const [o, text] of [
      [{ localMemory: 0 }, "localMemory must be a positive number of bytes, not '0'"],
      [{ localMemory: "99999999999999999999" }, "too large"],
      [{ localMemory: "8K" }, "leaves no room for the program"],
      [{ cores: -1 }, "cores must be a whole number >= 0"],
      [{ cores: 0 }, "no cores to run on"],
      [{ workers: 2, deterministic: true }, "deterministic runs one fixed schedule"],
      [{ profile: "nope" }, "unknown profile 'nope'"],
      [{ timeout: "soon" }, "timeout must be a number of seconds"],
      [{ cores: 2, placement: "0:1" }, "give either cores or placement"],
    ] as const) {
      const e = await bad(o as HostRunOptions);
      expect(e, JSON.stringify(o)).toBeInstanceOf(EPythonUsageError);
      expect((e as Error).message).toContain(text);
    }
  });

  it("leaves workers to the device unless given, and makes --deterministic one worker", async () => {
    expect((await run("print(1)\n")).result!.layout.total).toBe(1);
    const { deviceOptions } = await import("../../src/host/options.js");
    const sinks = { stdout: () => {}, stderr: () => {} };
    expect(deviceOptions({}, "p.py", sinks).workers).toBeUndefined();
    expect(deviceOptions({ deterministic: true }, "p.py", sinks)).toMatchObject({ workers: 1, seed: 0 });
    expect(deviceOptions({ localMemory: "32K" }, "p.py", sinks).localMemory).toBe(8 * 1024);
  });

  it("warns of data spilling into shared memory only in runs about the device", async () => {
    // 3,000 ints need more than a core's 8 KB of local data: the data spills.
    const spilling = "xs = list(range(3000))\nprint(len(xs))\n";
    const warned = async (o: HostRunOptions) => {
      let warnings = "";
      const r = await run(spilling, { ...o, warn: (t) => (warnings += t) });
      expect(r.stdout).toContain("3000");
      return warnings;
    };
    // A plain one-core run is a Python run: its stderr stays CPython's.
    expect(await warned({})).toBe("");
    expect(await warned({ cores: 2 })).toMatch(/spills to its slice of shared memory/);
    expect(await warned({ localMemory: "32K" })).toMatch(/spills/);
    expect(await warned({ timing: true })).toMatch(/spills/);
  });
});
