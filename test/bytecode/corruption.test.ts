// Corruption fuzzing of bytecode images: seeded truncations, bit flips, byte
// overwrites, block overwrites, insertions and deletions over the images of several
// example programs (closures and comprehensions, f-strings, lists, a program with an
// imported user module, a classic program, a parallel program on two cores).
//
//  - As stored (checksum left as it was): the only acceptable outcomes are a clear
//    ImageError or, were a change ever to slip past the CRC, the unchanged output.
//  - With the checksum RECOMPUTED after the change, so that the decoder's own checks
//    and the verifier are what stands between the bytes and the interpreter: an
//    ImageError, or a run that ends normally, with a Python error, or by the short
//    timeout. Never JavaScript text (in the output or an error), an "internal
//    error", an exception escaping the device, or a hang.
//
// FUZZ_SEED=<n> replays another seed, FUZZ_SEED=random explores (the seed is printed).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { crc32 } from "../../src/bytecode/checksum.js";
import { type CodeObject, isCodeObject, type Program } from "../../src/bytecode/code.js";
import { decodeProgram, encodeProgram, ImageError } from "../../src/bytecode/image.js";
import { compileProgram } from "../../src/compiler/program.js";
import { Device } from "../../src/device/device.js";
import { profiles } from "../../src/device/profiles.js";
import { PyError } from "../../src/vm/errors.js";
import { standardModules } from "../../src/vm/modules/index.js";

const SEED = process.env.FUZZ_SEED === "random" ? (Math.random() * 2 ** 32) >>> 0 : Number(process.env.FUZZ_SEED ?? 20261128);
if (process.env.FUZZ_SEED) console.log(`corruption fuzz seed ${SEED}`);

/** mulberry32: a small, good, seedable PRNG. */
function prng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * n);
  };
}

interface Subject {
  file: string;
  cores: number;
  image: Uint8Array;
  expected: string;
}

/** Every code object of a program, nested ones included. */
function codeObjects(p: Program): CodeObject[] {
  const out: CodeObject[] = [];
  const walk = (c: CodeObject) => {
    out.push(c);
    c.consts.forEach((k) => isCodeObject(k) && walk(k));
  };
  p.modules.forEach((m) => walk(m.code));
  return out;
}

const SUBJECTS: [string, number, "python3" | "classic"][] = [
  ["examples/scopes.py", 1, "python3"],
  ["examples/formatting.py", 1, "python3"],
  ["examples/lists.py", 1, "python3"],
  ["examples/lib/shapes.py", 1, "python3"],
  ["examples/classic/functions.py", 1, "classic"],
  ["examples/parallel/reduction.py", 2, "python3"],
];

/** Runs a program briefly; returns its output, or a reason it is unacceptable. */
function run(program: Program, cores: number, timeoutMs: number): { out: string; error: PyError | null; stuck: boolean } {
  let out = "";
  const device = new Device(program, {
    profile: profiles.epiphany3, deviceCores: cores, hostCores: 0, float64: false, prefix: false,
    write: (t) => (out += t), warn: () => {}, readLine: () => null, seed: 1, timeoutMs,
  });
  const r = device.run();
  return { out, error: r.failure?.error ?? null, stuck: !!r.stuck };
}

function subject([file, cores, dialect]: (typeof SUBJECTS)[number]): Subject {
  const program = compileProgram(readFileSync(file, "utf8"), file, {
    dialect,
    readFile: (p) => { try { return readFileSync(p, "utf8"); } catch { return null; } },
    isBuiltinModule: (n) => standardModules.has(n),
  });
  const image = encodeProgram(program).bytes;
  const r = run(decodeProgram(image, file), cores, 5000);
  if (r.error || r.stuck) throw new Error(`${file} does not run cleanly: ${r.error?.pyMessage ?? "stuck"}`);
  return { file, cores, image, expected: r.out };
}

/** Text that can only come from JavaScript, never from a Python program or error. */
const JS_TEXT = /undefined|\[object |\bNaN\b|is not a function|Cannot read prop|Cannot set prop|Symbol\(|Maximum call stack/;
const CLEAN_IMAGE_ERROR = /^(corrupt image '[^']*': |bytecode image '[^']*' has version \d+|'[^']*' is not an ePython bytecode image)/;

type Mutation = { name: string; apply: (b: Uint8Array, rnd: (n: number) => number, from: number) => Uint8Array };

const mutations: Mutation[] = [
  { name: "truncate", apply: (b, rnd, from) => b.slice(0, from + rnd(b.length - from)) },
  {
    name: "flip a bit",
    apply: (b, rnd, from) => {
      const c = b.slice();
      c[from + rnd(c.length - from)] ^= 1 << rnd(8);
      return c;
    },
  },
  {
    name: "set a byte",
    apply: (b, rnd, from) => {
      const c = b.slice();
      c[from + rnd(c.length - from)] = [0, 1, 0x7f, 0x80, 0xff, rnd(256)][rnd(6)];
      return c;
    },
  },
  {
    name: "overwrite a block",
    apply: (b, rnd, from) => {
      const c = b.slice();
      const at = from + rnd(c.length - from);
      for (let i = at, n = 1 + rnd(16); i < Math.min(c.length, at + n); i++) c[i] = rnd(256);
      return c;
    },
  },
  {
    name: "insert a block",
    apply: (b, rnd, from) => {
      const at = from + rnd(b.length - from);
      const block = Uint8Array.from({ length: 1 + rnd(8) }, () => rnd(256));
      const c = new Uint8Array(b.length + block.length);
      c.set(b.subarray(0, at));
      c.set(block, at);
      c.set(b.subarray(at), at + block.length);
      return c;
    },
  },
  {
    name: "delete a block",
    apply: (b, rnd, from) => {
      const at = from + rnd(b.length - from);
      const end = Math.min(b.length, at + 1 + rnd(8));
      const c = new Uint8Array(b.length - (end - at));
      c.set(b.subarray(0, at));
      c.set(b.subarray(end), at);
      return c;
    },
  },
];

/** Applies `m` to the image body and writes a fresh CRC-32 trailer. */
function resealed(image: Uint8Array, m: Mutation, rnd: (n: number) => number): Uint8Array {
  // Leave magic and version alone: their checks come first and are tested elsewhere.
  const body = m.apply(image.subarray(0, image.length - 4), rnd, 5);
  const out = new Uint8Array(body.length + 4);
  out.set(body);
  new DataView(out.buffer).setUint32(body.length, crc32(body), true);
  return out;
}

/** Decodes and runs one corrupted image; returns what went wrong (or null) and whether it decoded. */
function check(s: Subject, bytes: Uint8Array, sealed: boolean, what: string): { problem: string | null; decoded: boolean } {
  let program: Program;
  try {
    program = decodeProgram(bytes, "fuzz.epyc");
  } catch (e) {
    if (!(e instanceof ImageError)) return { problem: `${what}: decoder threw ${String(e)}`, decoded: false };
    const unclear = !CLEAN_IMAGE_ERROR.test(e.message) || JS_TEXT.test(e.message) || e.message.includes("internal");
    return { problem: unclear ? `${what}: unclear error: ${e.message}` : null, decoded: false };
  }
  return { problem: runCorrupted(s, program, sealed, what), decoded: true };
}

function runCorrupted(s: Subject, program: Program, sealed: boolean, what: string): string | null {
  let r;
  try {
    r = run(program, s.cores, 250);
  } catch (e) {
    return `${what}: the device threw ${e instanceof Error ? e.stack : String(e)}`;
  }
  if (!sealed) {
    // The checksum was not recomputed: only the untouched program may run.
    return r.error || r.stuck || r.out !== s.expected ? `${what}: a changed image ran (${r.error?.pyMessage ?? r.out.slice(0, 80)})` : null;
  }
  const message = r.error ? `${r.error.kind}: ${r.error.pyMessage}` : "";
  if (r.error && !(r.error instanceof PyError)) return `${what}: non-Python error ${String(r.error)}`;
  if (message.includes("internal error") || JS_TEXT.test(message)) return `${what}: ${message}`;
  if (JS_TEXT.test(r.out)) return `${what}: JavaScript text in the output: ${r.out.match(JS_TEXT)![0]}`;
  return null;
}

describe("corrupted images", () => {
  const subjects = SUBJECTS.map(subject);

  it("every subject round-trips and its corruption harness sees a changed output", () => {
    for (const s of subjects) expect(check(s, s.image, false, s.file)).toEqual({ problem: null, decoded: true });
    // The harness is not blind: a different program's image counts as changed output.
    expect(check(subjects[0], subjects[1].image, false, "swap").problem).toMatch(/a changed image ran/);
  });

  it("as stored: 1,200 corruptions give a clear ImageError (or the unchanged output)", () => {
    const rnd = prng(SEED);
    const failures: string[] = [];
    let rejected = 0;
    for (let i = 0; i < 1200; i++) {
      const s = subjects[i % subjects.length];
      const m = mutations[rnd(mutations.length)];
      const bytes = m.apply(s.image, rnd, 0);
      const what = `seed ${SEED} #${i} ${s.file} ${m.name}`;
      const { problem, decoded } = check(s, bytes, false, what);
      if (problem) failures.push(problem);
      if (!decoded) rejected++;
    }
    expect(failures.slice(0, 5)).toEqual([]);
    // Mutations that leave the bytes unchanged (a byte set to its own value) decode.
    expect(rejected).toBeGreaterThan(1150);
  });

  it("checksum recomputed: 700 corruptions reach the decoder and verifier, and never leak JavaScript", () => {
    const rnd = prng(SEED ^ 0x5eed);
    const failures: string[] = [];
    const outcomes = { rejected: 0, ran: 0 };
    for (let i = 0; i < 700; i++) {
      const s = subjects[i % subjects.length];
      const m = mutations[rnd(mutations.length)];
      const bytes = resealed(s.image, m, rnd);
      const { problem, decoded } = check(s, bytes, true, `seed ${SEED ^ 0x5eed} #${i} ${s.file} ${m.name} (resealed)`);
      if (problem) failures.push(problem);
      if (decoded) outcomes.ran++;
      else outcomes.rejected++;
    }
    expect(failures.slice(0, 5)).toEqual([]);
    // Both sides are exercised: most changes are caught, some still make valid programs.
    expect(outcomes.rejected).toBeGreaterThan(350);
    expect(outcomes.ran).toBeGreaterThan(20);
  });

  it("instruction words changed (opcodes, operands, jump targets), then encoded: 300 programs, none leaks JavaScript", () => {
    const rnd = prng(SEED ^ 0xc0de);
    const failures: string[] = [];
    const outcomes = { rejected: 0, ran: 0 };
    for (let i = 0; i < 300; i++) {
      const s = subjects[i % subjects.length];
      // A fresh copy of the program for each mutation (decoding the pristine image).
      const p = decodeProgram(s.image);
      const codes = codeObjects(p);
      const edits: string[] = [];
      for (let j = 1 + rnd(2); j > 0; j--) {
        const c = codes[rnd(codes.length)];
        const w = rnd(c.code.length);
        const how = rnd(4);
        c.code[w] = how === 0 ? rnd(101) : how === 1 ? c.code[w] + rnd(5) - 2 : how === 2 ? rnd(8) : c.code[rnd(c.code.length)];
        edits.push(`${c.name}[${w}]=${c.code[w]}`);
      }
      let bytes: Uint8Array;
      try {
        bytes = encodeProgram(p).bytes;
      } catch {
        continue; // the encoder itself refuses a jump into the middle of an instruction
      }
      const { problem, decoded } = check(s, bytes, true, `seed ${SEED ^ 0xc0de} #${i} ${s.file} ${edits.join(" ")}`);
      if (problem) failures.push(problem);
      if (decoded) outcomes.ran++;
      else outcomes.rejected++;
    }
    expect(failures.slice(0, 5)).toEqual([]);
    expect(outcomes.rejected).toBeGreaterThan(100);
    expect(outcomes.ran).toBeGreaterThan(30);
  });
});
