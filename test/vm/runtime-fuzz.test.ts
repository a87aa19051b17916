// Property test of the runtime: mutated example programs that still compile are run
// (briefly, on one core); they may fail with any Python error, but never with an
// internal error of the interpreter (a JavaScript exception escaping as a crash).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileProgram } from "../../src/compiler/program.js";
import { Device } from "../../src/device/device.js";
import { profiles } from "../../src/device/profiles.js";
import { standardModules } from "../../src/vm/modules/index.js";

function programs(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith(".py") && !p.includes("parallel") && !p.includes("classic")) out.push(readFileSync(p, "utf8"));
    }
  };
  walk("examples");
  return out;
}

const seeds = programs();
const snippets = ["0", "-1", "1.5", "None", "'x'", "[]", "()", "2147483647", "x", "len", "[1, 2]", "True", "1e308", "float('nan')"];

/** Replaces a random literal or name occurrence with a snippet, a few times. */
function mutate(src: string, edits: [number, number][]): string {
  let s = src;
  for (const [at, k] of edits) {
    const tokens = [...s.matchAll(/\b(\d+(\.\d+)?|[a-z_]\w*)\b/g)];
    if (!tokens.length) break;
    const t = tokens[at % tokens.length];
    s = s.slice(0, t.index) + snippets[k % snippets.length] + s.slice(t.index! + t[0].length);
  }
  return s;
}

describe("runtime fuzzing", () => {
  it("mutated programs fail only with Python errors", async () => {
    const internal: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: seeds.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 3 }), async (k, edits) => {
        const src = mutate(seeds[k], edits);
        let program;
        try {
          program = compileProgram(src, "fuzz.py", { isBuiltinModule: (n) => standardModules.has(n) });
        } catch {
          return; // compile errors are the front-end fuzz test's business
        }
        const device = new Device(program, {
          profile: profiles.epiphany3, deviceCores: 1, hostCores: 0, float64: false, prefix: false,
          write: () => {}, warn: () => {}, readLine: () => null, seed: 1, timeoutMs: 300,
        });
        const r = await device.run();
        const msg = r.failure?.error.pyMessage ?? "";
        if (msg.startsWith("internal error")) internal.push(`${msg}\n--- program ---\n${src}`);
      }),
      { numRuns: 300 },
    );
    expect(internal.slice(0, 3)).toEqual([]);
  });
});
