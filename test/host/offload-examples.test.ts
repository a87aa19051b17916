// The TypeScript offload examples (examples/offload/ts/) run as a user runs them
// (`npm run example FILE.ts`), and print their NAME.expected exactly.

import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isBuilt, repoRoot } from "../helpers/run.js";

const dir = join(repoRoot, "examples", "offload", "ts");
const programs = readdirSync(dir).filter((f) => f.endsWith(".ts")).sort();

function runExample(file: string): string {
  return execFileSync(process.execPath, [join(repoRoot, "scripts", "run-example.mjs"), join(dir, file)], {
    cwd: repoRoot, encoding: "utf8", timeout: 120_000,
  });
}

describe.skipIf(!isBuilt())("TypeScript offload examples", () => {
  for (const file of programs) {
    const expected = join(dir, file.replace(/\.ts$/, ".expected"));
    if (!existsSync(expected)) continue;
    it(file, () => {
      expect(runExample(file)).toBe(readFileSync(expected, "utf8"));
    });
  }

  it("pi_offload.ts estimates pi", () => {
    const out = runExample("pi_offload.ts");
    const m = /^Value of PI is (\d\.\d+)\n$/.exec(out);
    expect(m, out).not.toBeNull();
    expect(Math.abs(Number(m![1]) - Math.PI)).toBeLessThan(0.1);
  });
});
