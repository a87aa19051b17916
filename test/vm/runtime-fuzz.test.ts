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

function programs(parallel: boolean): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith(".py") && p.includes("parallel") === parallel && !p.includes("classic")) out.push(readFileSync(p, "utf8"));
    }
  };
  walk("examples");
  return out;
}

const seeds = programs(false);
const parallelSeeds = programs(true);
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

/** Runs one mutated program; returns an internal-error report, or null. */
function check(src: string, cores: number): string | null {
  let program;
  try {
    program = compileProgram(src, "fuzz.py", { isBuiltinModule: (n) => standardModules.has(n) });
  } catch {
    return null; // compile errors are the front-end fuzz test's business
  }
  const device = new Device(program, {
    profile: profiles.epiphany3, deviceCores: cores, hostCores: 0, float64: false, prefix: false,
    write: () => {}, warn: () => {}, readLine: () => null, seed: 1, timeoutMs: 300,
  });
  const r = device.run();
  const msg = r.failure?.error.pyMessage ?? "";
  return msg.startsWith("internal error") ? `${msg}\n--- program ---\n${src}` : null;
}

const edits = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 3 });

/**
 * Each run is synchronous (up to its 300 ms time limit), so the properties are async and
 * yield to the event loop between runs: hundreds of runs in one synchronous stretch
 * starve vitest's worker RPC ("Timeout calling onTaskUpdate" fails the whole suite).
 */
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("runtime fuzzing", () => {
  it("mutated programs fail only with Python errors", async () => {
    const internal: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: seeds.length - 1 }), edits, async (k, e) => {
        await yieldToLoop();
        const bad = check(mutate(seeds[k], e), 1);
        if (bad) internal.push(bad);
      }),
      { numRuns: 300 },
    );
    expect(internal.slice(0, 3)).toEqual([]);
  }, 240_000);

  it("mutated parallel programs fail only with Python errors, deadlocks or time-outs", async () => {
    const internal: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: parallelSeeds.length - 1 }), edits, fc.integer({ min: 1, max: 5 }), async (k, e, cores) => {
        await yieldToLoop();
        const bad = check(mutate(parallelSeeds[k], e), cores);
        if (bad) internal.push(bad);
      }),
      { numRuns: 150 },
    );
    expect(internal.slice(0, 3)).toEqual([]);
  }, 240_000);
});
