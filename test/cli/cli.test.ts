// The `epython` command as a user meets it (node bin/epython.js, a child process):
// program arguments, exit statuses, the sys module, help, and clear errors for
// unwritable outputs, directories, images, and bad memory sizes.
import { mkdtempSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { othersSummary } from "../../src/host/report.js";
import type { CoreSummary } from "../../src/device/node.js";
import { isBuilt, runEpython } from "../helpers/run.js";

let dir: string;
beforeAll(() => {
  if (!isBuilt()) throw new Error("build dist/ first: node scripts/build.mjs");
  dir = mkdtempSync(join(tmpdir(), "epython-cli-"));
});

function program(name: string, ...lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
}

const showArgs = () => program("args.py", "import sys", "from parallel import coreid", "if coreid() == 0: print(sys.argv[1:])");

describe("program arguments", () => {
  it("gives the words after the program to the program, like python3", () => {
    const p = showArgs();
    const r = runEpython(["run", p, "600", "x y"]);
    expect(r.stdout).toBe("[device 0] ['600', 'x y']\n");
    expect(r.code).toBe(0);
  });

  it("keeps epython's own options after the program (the README's form)", () => {
    const p = showArgs();
    const r = runEpython(["run", p, "--cores", "2", "a", "--deterministic"]);
    expect(r.stdout).toBe("[device 0] ['a']\n");
    expect(runEpython(["run", p, "--cores", "3", "--stats"]).stderr).toContain("device 2");
  });

  it("gives unknown options after the program, and everything after --, to the program", () => {
    const p = showArgs();
    expect(runEpython(["run", p, "--foo", "-n", "5", "-1"]).stdout).toBe("[device 0] ['--foo', '-n', '5', '-1']\n");
    expect(runEpython(["run", "--cores", "2", p, "--", "--cores", "3"]).stdout).toBe("[device 0] ['--cores', '3']\n");
    expect(runEpython(["run", p, "-h"]).stdout).toBe("[device 0] ['-h']\n");
  });

  it("accepts the original's form: epython prog.py -d 16 and -h N", () => {
    const p = showArgs();
    expect(runEpython([p, "-d", "2", "b"]).stdout).toBe("[device 0] ['b']\n");
    const host = runEpython(["-h", "2", program("who.py", "from parallel import coreid", "print(coreid())")]);
    expect(host.stdout).toBe("[host 0] 0\n[host 1] 1\n");
  });

  it("rejects an unknown option before the program", () => {
    const r = runEpython(["run", "--nonsense", showArgs()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--nonsense'");
  });

  it("sys.argv[0] is the program path", () => {
    const p = program("zero.py", "import sys", "print(sys.argv[0])");
    expect(runEpython(["run", p]).stdout).toBe(`[device 0] ${p}\n`);
  });
});

describe("exit status", () => {
  const cases: [string, number, string][] = [
    ["exit(3)", 3, ""],
    ["exit()", 0, ""],
    ["quit(5)", 5, ""],
    ["exit(None)", 0, ""],
    ["exit(True)", 1, ""],
    ["import sys\nsys.exit(4)", 4, ""],
    ["import sys\nsys.exit('bye')", 1, "[device 0] bye\n"],
    ["exit([1, 2])", 1, "[device 0] [1, 2]\n"],
  ];
  for (const [code, status, stderr] of cases) {
    it(`${code.replace("\n", "; ")} exits with status ${status}`, () => {
      const r = runEpython(["run", program("exit.py", code, "print('not reached')")]);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(stderr);
      expect(r.code).toBe(status);
    });
  }

  it("an uncaught KeyboardInterrupt exits with status 130, as CPython's SIGINT", () => {
    const r = runEpython(["run", program("interrupt.py", "raise KeyboardInterrupt")]);
    expect(r.stderr).toContain("KeyboardInterrupt");
    expect(r.code).toBe(130);
  });

  for (const workers of ["1", "2"]) {
    it(`the first non-zero status by core id wins (${workers} worker${workers === "1" ? "" : "s"})`, () => {
      const p = program("many.py", "from parallel import coreid", "print('core', coreid())", "exit([0, 0, 7, 9][coreid()])");
      const r = runEpython(["run", p, "--cores", "4", "--workers", workers]);
      expect(r.code).toBe(7);
      expect(r.stdout.split("\n").filter(Boolean).sort()).toEqual([0, 1, 2, 3].map((c) => `[device ${c}] core ${c}`));
    });
  }

  it("an error on one core still gives status 1", () => {
    const p = program("errexit.py", "from parallel import coreid", "if coreid() == 0: exit(5)", "x = 1 // 0");
    expect(runEpython(["run", p, "--cores", "2"]).code).toBe(1);
  });
});

describe("the sys module", () => {
  it("has the documented values", () => {
    const p = program("sys.py",
      "import sys",
      "print(sys.maxsize, sys.byteorder, sys.platform, sys.implementation.name)",
      "n = sys.stdout.write('abc')",
      "print('', n)",
      "sys.stderr.write('warn ')",
      "sys.stderr.write('me\\n')",
      "sys.stdout.flush()",
    );
    const r = runEpython(["run", p]);
    expect(r.stdout).toBe("[device 0] 9223372036854775807 little epython epython\n[device 0] abc 3\n");
    expect(r.stderr).toBe("[device 0] warn me\n");
    expect(r.code).toBe(0);
  });

  it("sends stderr across worker threads", () => {
    const p = program("syserr.py", "import sys", "from parallel import coreid", "sys.stderr.write('e%d\\n' % coreid())");
    const r = runEpython(["run", p, "--cores", "4", "--workers", "2"]);
    expect(r.stderr.split("\n").filter(Boolean).sort()).toEqual([0, 1, 2, 3].map((c) => `[device ${c}] e${c}`));
    expect(r.code).toBe(0);
  });

  it("checks write()'s argument", () => {
    const r = runEpython(["run", program("w.py", "import sys", "sys.stdout.write(5)")]);
    expect(r.stderr).toContain("TypeError: write() argument must be str, not int");
  });
});

describe("help", () => {
  it("epython -h alone, and epython run -h, show help", () => {
    for (const args of [["-h"], ["run", "-h"], ["--help"], ["run", "--help"]]) {
      const r = runEpython(args);
      expect(r.code, args.join(" ")).toBe(0);
      expect(r.stdout, args.join(" ")).toContain("Usage: epython");
    }
    expect(runEpython(["run", "-h"]).stdout).toContain("[args...]");
  });
});

describe("clear errors", () => {
  it("an unwritable --trace path fails before the run", () => {
    const p = program("out.py", "print('ran')");
    const r = runEpython(["run", p, "--trace", join(dir, "no", "such", "dir", "t.json")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^epython: --trace: cannot write '.*t\.json': no such file or directory\n$/);
    const d = runEpython(["run", p, "--trace", dir]);
    expect(d.stderr).toContain("it is a directory");
    expect(d.stdout).toBe("");
  });

  it("an unwritable -o path fails with an epython: error", () => {
    const p = program("o.py", "print('x')");
    for (const args of [["run", p, "-o", join(dir, "nope", "o.epyc")], ["compile", p, "-o", join(dir, "nope", "o.epyc")]]) {
      const r = runEpython(args);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^epython: -o: cannot write .*: no such file or directory\n$/);
    }
  });

  it("a directory given as the program says so", () => {
    const d = join(dir, "adir.py");
    if (!existsSync(d)) mkdirSync(d);
    const r = runEpython(["run", d]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`epython: cannot open '${d}': it is a directory, not a program`);
    expect(runEpython(["run", join(dir, "missing.py")]).stderr).toContain("no such file or directory");
  });

  it("-l loads an image whatever its name; an image runs without -l too", () => {
    const p = program("img.py", "import sys", "print('image', sys.argv[1:])");
    const bin = join(dir, "prog.bin");
    expect(runEpython(["compile", p, "-o", bin]).code).toBe(0);
    expect(runEpython(["run", "-l", bin, "a"]).stdout).toBe("[device 0] image ['a']\n");
    expect(runEpython([bin, "b"]).stdout).toBe("[device 0] image ['b']\n");
    const notImage = runEpython(["run", "-l", p]);
    expect(notImage.code).toBe(1);
    expect(notImage.stderr).toContain("is not an ePython bytecode image");
  });

  it("rejects --local-memory 0, an absurd size, and one the runtime fills", () => {
    const p = program("mem.py", "print(1)");
    const check = (size: string, text: string) => {
      const r = runEpython(["run", p, "--local-memory", size]);
      expect(r.code, size).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr, size).toContain(text);
      expect(r.stderr).not.toContain("--code-core");
    };
    check("0", "epython: --local-memory must be a positive number of bytes, not '0'");
    check("99999999999999999999", "epython: --local-memory '99999999999999999999' is too large");
    check("16K", "leaves no room for the program: the runtime takes 24K");
    check("lots", "cannot read size 'lots'");
    expect(runEpython(["run", p, "--local-memory", "64K"]).stdout).toBe("[device 0] 1\n");
  });
});

describe("classic input() prompt", () => {
  it("has the core's prefix, or the original's 'device N> ' without a prompt", () => {
    const p = program("ask.py", "name = input(\"Name? \")", "n = input()", "print name", "print n + 1");
    const r = runEpython(["run", "--classic", p], { stdin: "bob\n41\n" });
    expect(r.stdout).toBe("[device 0] Name? device 0> [device 0] bob\n[device 0] 42\n");
    const bare = runEpython(["run", "--classic", "--no-prefix", p], { stdin: "bob\n41\n" });
    expect(bare.stdout).toBe("Name? bob\n42\n");
  });

  it("is unchanged in the Python 3 dialect", () => {
    const p = program("ask3.py", "name = input('Name? ')", "print(name)");
    expect(runEpython(["run", p], { stdin: "ann\n" }).stdout).toBe("Name? [device 0] ann\n");
  });

  it("raises a catchable EOFError at the end of piped input (one core)", () => {
    const p = program("eof.py", "n = 0", "while True:", "    try:", "        line = input()", "    except EOFError:", "        break", "    n += len(line)", "print('read', n)");
    const r = runEpython(["run", "--no-prefix", p], { stdin: "abc\nde" });
    expect(r.stdout).toBe("read 5\n");
    expect(r.code).toBe(0);
    // Several cores keep the asynchronous reader: the EOFError that ends a core's wait is catchable too.
    const several = runEpython(["run", "--no-prefix", "-d", "2", "--workers", "1", p], { stdin: "" });
    expect(several.code).toBe(0);
    expect(several.stdout).toBe("read 0\nread 0\n");
  });
});

describe("failure summary", () => {
  const core = (id: number, state: CoreSummary["state"]): CoreSummary => ({ id, label: `device ${id}`, state });

  it("counts every state of the other cores", () => {
    expect(othersSummary([core(0, "finished"), core(1, "failed"), core(2, "blocked"), core(3, "blocked"), core(4, "running")]))
      .toBe("(5 other cores stopped: 1 had finished, 1 had failed too, 2 were waiting, 1 was still running)");
    expect(othersSummary([core(1, "blocked")])).toBe("(1 other core stopped: 1 was waiting)");
  });

  it("reports the other cores of a failed run by state", () => {
    const p = program("sumfail.py", "from parallel import coreid, sync", "if coreid() == 3:", "    x = [1][2]", "sync()");
    const r = runEpython(["run", p, "--cores", "4", "--workers", "1"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("(3 other cores stopped: 3 were waiting)");
    expect(r.stderr).toContain("core 0-2 [device 0-2]: waiting in sync");
  });
});

describe("the bundled command names Python's types, never its host classes", () => {
  it("tuples (a class the bundler renames), hashes, iterators in messages", () => {
    const p = program(
      "names.py",
      "for f in (lambda: [1] + (2,), lambda: [1] + (), lambda: (1,) + [2], lambda: len(iter(())), lambda: {}[[]]):",
      "    try:",
      "        f()",
      "    except TypeError as e:",
      "        print(e)",
      "print(type(()).__name__, type(iter(())).__name__)",
    );
    expect(runEpython(["run", "--no-prefix", p]).stdout).toBe(
      'can only concatenate list (not "tuple") to list\ncan only concatenate list (not "tuple") to list\n' +
        'can only concatenate tuple (not "list") to tuple\nobject of type \'tuple_iterator\' has no len()\n' +
        "unhashable type: 'list'\ntuple tuple_iterator\n",
    );
  });
});
