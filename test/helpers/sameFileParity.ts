// Runs a program through the CLI and CPython 3.11 on the same absolute temp file
// (CPython makes the script's path absolute in tracebacks) and compares stdout,
// stderr and the exit status, leaving out CPython's caret lines (ePython's code
// objects keep no columns), ePython's "Error on ..." header of an uncaught error, and
// unittest's "Ran N tests in" time. Skipped without CPython or the built CLI.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, expect, it } from "vitest";
import { cpython311 } from "./cpython.js";
import { isBuilt, runEpython } from "./run.js";

/** stdout + stderr of a run, without CPython's caret lines and with a test run's time normalised. */
function normalise(text: string): string {
  return text.split("\n").filter((l) => !/^ *[\^~][\^~ ]*$/.test(l)).join("\n").replace(/ in \d+\.\d+s$/gm, " in 0.000s");
}

/** A `compare(name, source)` that defines one test per program, its files in a temp directory named after `prefix`. */
export function sameFileParity(prefix: string): (name: string, source: string) => void {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, source) => {
    it.skipIf(!cpython311 || !isBuilt())(name, () => {
      const file = join(dir, `${name}.py`);
      writeFileSync(file, source);
      const c = spawnSync(cpython311!, [file], { encoding: "utf8" });
      const e = runEpython(["run", "--no-prefix", "--float64", "--profile", "host", file]);
      expect(normalise(e.stdout)).toBe(normalise(c.stdout));
      expect(normalise(e.stderr.replace(/^Error on .*\n/m, ""))).toBe(normalise(c.stderr));
      expect(e.code).toBe(c.status);
    });
  };
}
