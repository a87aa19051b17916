// The everyday patterns of bench/patterns/ print what CPython 3.11 prints (their TIME
// line aside): the cliff finder's programs stay correct, and they are user-style
// programs in their own right. Timings are never checked here.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cpython311, runCPython } from "../helpers/cpython.js";
import { repoRoot } from "../helpers/run.js";
import { output } from "../helpers/runSource.js";

const dir = join(repoRoot, "bench", "patterns");
const withoutTime = (text: string) => text.replace(/^TIME \S+\s*$/m, "").trimEnd();

describe("bench/patterns against CPython", () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".py")).sort()) {
    it.skipIf(!cpython311)(file, () => {
      const src = readFileSync(join(dir, file), "utf8");
      expect(src).toMatch(/^print\('TIME', /m);
      expect(withoutTime(output(src, { float64: true, profile: "host" }))).toBe(withoutTime(runCPython(src).out));
    }, 60_000);
  }
});
