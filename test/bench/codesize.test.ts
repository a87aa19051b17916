// The model of the original ePython's bytecode encoder (bench/original-size.mjs),
// checked against the spec's worked example (§7.2) and small hand-assembled cases,
// and the code-size bench (bench/codesize.mjs) run end to end. Needs dist/ (the
// model parses with our parser from dist/index.js; `npm test` builds it first).

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/run.js";

interface SizeOk {
  ok: true;
  bytes: Uint8Array;
  total: number;
  main: number;
  userFunctions: number;
  moduleFunctions: number;
  functions: { name: string; module: string | null; address: number; size: number }[];
  notes: string[];
}
interface SizeNa {
  ok: false;
  reason: string;
  line: number | null;
}
interface OriginalSizeModule {
  originalSize(source: string, file: string, options?: { dialect?: "classic" | "python3" }): SizeOk | SizeNa;
  hex(bytes: Uint8Array): string;
}

// A computed path keeps TypeScript from looking for declarations of the .mjs.
const modelPath = join(repoRoot, "bench", "original-size.mjs");
let model: OriginalSizeModule;
beforeAll(async () => {
  model = (await import(modelPath)) as OriginalSizeModule;
});

function classic(source: string): SizeOk {
  const r = model.originalSize(source, "t.py", { dialect: "classic" });
  if (!r.ok) throw new Error(`not expressible: ${r.reason}`);
  return r;
}

describe("model of the original's bytecode", () => {
  it("reproduces the spec's worked example byte for byte (24 bytes)", () => {
    const r = classic('import parallel\nprint "hi "+coreid()\n');
    expect(r.total).toBe(24);
    // native print(1 arg) of ADD(string, FNCALL coreid@16 with 0 args); STOP;
    // function at 16: 0 params, return native coreid, RETURN.
    expect(model.hex(r.bytes)).toBe(
      "23 22 01 00 0a 11 68 69 20 00 1b 10 00 00 00 01 " + "00 00 1c 23 0f 00 00 1a",
    );
    expect(r.functions).toEqual([{ name: "coreid", module: "parallel", address: 16, size: 8 }]);
    expect(r.moduleFunctions).toBe(8);
  });

  it("assembles an assignment: LET 0F u16 INTEGER i32, then STOP", () => {
    const r = classic("x = 5\n");
    expect(model.hex(r.bytes)).toBe("00 0f 01 00 12 05 00 00 00 01");
  });

  it("assembles while as IF (len+4) block GOTO start + padding byte", () => {
    // LET x 1 (9) | IF(1) LT x 3 (9) len(2) [LET x ADD x 1 (13)] GOTO 0009 (3) pad (1) | STOP
    const r = classic("x = 1\nwhile x < 3:\n    x = x + 1\n");
    expect(r.total).toBe(9 + 29 + 1);
    expect(model.hex(r.bytes.slice(9, 9 + 12))).toBe("13 06 0f 01 00 12 03 00 00 00 11 00"); // len 13+4
    expect(model.hex(r.bytes.slice(9 + 25, 9 + 29))).toBe("15 09 00 00");
  });

  it("assembles for with the hidden counter, increment and GOTO", () => {
    // LET ctr 0 (9), LET v 0 (9), FOR u16 u16 (5), ARRAY [1,2] (1+4+1+5+5), len (2),
    // [print v (4+3), LET ctr ADD ctr 1 (13)], GOTO (3) | STOP
    const r = classic("for v in [1,2]:\n    print v\n");
    expect(r.total).toBe(9 + 9 + 5 + 16 + 2 + 7 + 13 + 3 + 1);
  });

  it("stores non-identifier arguments in fname#i temporaries, identifiers by reference", () => {
    // main: LET x 1 (9); print f(x): 4 + FNCALL(7); print f(2): 4 + LET f#0 2 (9) + FNCALL(7); STOP
    // f: u16 1, u16 a, RETURN_EXP a (4), RETURN (1)
    const r = classic("def f(a):\n    return a\nx = 1\nprint f(x)\nprint f(2)\n");
    expect(r.main).toBe(9 + 11 + 20 + 1);
    expect(r.userFunctions).toBe(9);
    expect(r.total).toBe(50);
  });

  it("sets defaults with LETNOALIAS at the head of the function", () => {
    const r = classic("def g(a, b=2):\n    return b\nprint g(1)\n");
    const g = r.functions[0];
    // u16 2, u16 a, u16 b, LETNOALIAS b 2 (9), RETURN_EXP b (4), RETURN
    expect(g.size).toBe(6 + 9 + 4 + 1);
    expect(r.bytes[g.address + 6]).toBe(0x1e);
  });

  it("assembles if/else as IFELSE cond (thenLen+3) then GOTO end else", () => {
    const r = classic('x = 1\nif x > 0:\n    print "p"\nelse:\n    print "n"\n');
    expect(r.total).toBe(9 + (1 + 9 + 2 + 7 + 3 + 7) + 1);
    expect(r.bytes[9]).toBe(0x18);
  });

  it("compiles // as native rtl_math(floor, a / b)", () => {
    // print: 4 + [NATIVE (4) INTEGER 10 (5) DIV (1) 7 (5) 2 (5)] + STOP
    expect(classic("print 7//2\n").total).toBe(4 + 20 + 1);
  });

  it("drops functions never called (dead-code elimination)", () => {
    const r = classic("def unused():\n    return 1\nprint 1\n");
    expect(r.functions).toEqual([]);
    expect(r.total).toBe(10);
  });

  it("pulls in only the module functions reached, transitively", () => {
    const r = classic("import util\nx = [1, 2]\nprint len(x)\n");
    expect(r.functions.map((f) => `${f.module}.${f.name}`).sort()).toEqual(
      ["array.len", "array.ndim", "array.shape", "array.size"],
    );
  });

  it("encodes a Python 3 print(x) like the classic print statement", () => {
    const py3 = model.originalSize("print(1)\n", "t.py", { dialect: "python3" });
    expect(py3.ok && model.hex(py3.bytes)).toBe(model.hex(classic("print 1\n").bytes));
  });

  it("reports constructs the original does not have as not expressible", () => {
    const cases: [string, RegExp][] = [
      ['x = 1\nprint(f"{x}")\n', /f-string/],
      ["print(1, 2)\n", /print/],
      ["def f(a, b=1):\n    return a\nprint(f(1, b=2))\n", /keyword/],
      ["while True:\n    break\n", /break/],
      ["x = [i for i in [1]]\n", /comprehension/],
      ["x = (1, 2)\n", /tuple/],
      ["x = [1]\nprint(1 in x)\n", /comparison 'in'/],
      ["x = 1\nprint(-x)\n", /unary/],
    ];
    for (const [src, reason] of cases) {
      const r = model.originalSize(src, "t.py", { dialect: "python3" });
      expect(r.ok, src).toBe(false);
      if (!r.ok) expect(r.reason, src).toMatch(reason);
    }
  });
});

describe("bench/codesize.mjs", () => {
  it("measures the classic examples on both sides", () => {
    const dir = mkdtempSync(join(tmpdir(), "epy-codesize-test-"));
    try {
      const json = join(dir, "rows.json");
      const r = spawnSync(process.execPath, [join(repoRoot, "bench", "codesize.mjs"), "--json", json], {
        cwd: repoRoot,
        encoding: "utf8",
      });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain("TOTAL");
      const rows = JSON.parse(readFileSync(json, "utf8")) as {
        program: string;
        ours: { instructions: number; total: number } | null;
        orig: { total: number } | null;
      }[];
      const hello = rows.find((row) => row.program === "examples/classic/hello.py");
      expect(hello?.ours?.instructions).toBeGreaterThan(0);
      // print "Hello world" = 4 + 13; print "The answer is " + 42 = 4 + 1 + 16 + 5;
      // print("...47 characters...") = 4 + 49; STOP
      expect(hello?.orig?.total).toBe(17 + 26 + 53 + 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
