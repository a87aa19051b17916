// Property test of the whole front end: thousands of random and mutated programs go
// through tokenizer, parser, scope analysis and the bytecode emitter (both dialects);
// only ePython diagnostics may come out, never an internal exception. Programs that
// compile must also survive an image round trip.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileProgram } from "../../src/compiler/program.js";
import { decodeProgram, encodeProgram } from "../../src/bytecode/image.js";
import { EPythonSyntaxError } from "../../src/lang/diagnostics.js";

function seedPrograms(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith(".py")) out.push(readFileSync(p, "utf8"));
    }
  };
  walk("examples");
  walk("bench/kernels");
  return out;
}

function compiles(src: string, dialect: "python3" | "classic"): void {
  try {
    const p = compileProgram(src, "fuzz.py", { dialect });
    const bytes = encodeProgram(p).bytes;
    expect(encodeProgram(decodeProgram(bytes)).bytes).toEqual(bytes);
  } catch (e) {
    if (!(e instanceof EPythonSyntaxError)) throw e;
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.col).toBeGreaterThanOrEqual(1);
  }
}

const seeds = seedPrograms();
const tokens = [
  "def", "f", "(", ")", ":", "\n", "    ", "return", "x", "=", "+", "*", "**", "if", "else", "elif",
  "for", "in", "range", "while", "break", "continue", "lambda", "nonlocal", "global", "[", "]",
  ",", "1", "2.5", "'s'", "f'{x}'", "print", "import", "from", "math", "*", "not", "and", "or",
  "/*", "*/", "^", "!", "<>", "yield", "class", ".", "{", "}", "assert", "del", "pass", "\t",
];

/** Applies a random edit: delete, duplicate or swap a slice, or insert text. */
const mutation = fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 3 }), fc.constantFrom(...tokens));
function mutate(src: string, edits: [number, number, number, string][]): string {
  let s = src;
  for (const [a, b, kind, tok] of edits) {
    const i = s.length ? a % s.length : 0;
    const j = Math.min(s.length, i + (b % 12));
    if (kind === 0) s = s.slice(0, i) + s.slice(j);
    else if (kind === 1) s = s.slice(0, j) + s.slice(i, j) + s.slice(j);
    else if (kind === 2) s = s.slice(0, i) + tok + s.slice(i);
    else s = s.slice(0, i) + s.slice(j, j + (j - i)) + s.slice(i, j) + s.slice(j + (j - i));
  }
  return s;
}

describe("front-end fuzzing", () => {
  it("mutated real programs give only ePython diagnostics", () => {
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.boolean(), (k, edits, classic) => {
        compiles(mutate(seeds[k], edits), classic ? "classic" : "python3");
      }),
      { numRuns: 1500 },
    );
  });

  it("random token soups give only ePython diagnostics", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 60 }), fc.boolean(), (parts, classic) => {
        compiles(parts.join(" "), classic ? "classic" : "python3");
      }),
      { numRuns: 1500 },
    );
  });

  it("arbitrary unicode text gives only ePython diagnostics", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => compiles(text, "python3")),
      { numRuns: 500 },
    );
  });

  it("deep nesting is a diagnostic, not a stack overflow", () => {
    compiles("x = " + "(".repeat(5000) + "1" + ")".repeat(5000), "python3");
    compiles("x = " + "-".repeat(20000) + "1", "python3");
    let src = "";
    for (let i = 0; i < 300; i++) src += " ".repeat(i) + "if x:\n";
    compiles(src + " ".repeat(300) + "pass\n", "python3");
  });
});
