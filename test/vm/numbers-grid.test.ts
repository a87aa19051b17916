// Every number operator over a grid of operands (0, -0.0, ±1, int32 limits, halves,
// thirds, 1e30, inf, nan, a float32 rounding case...) through every path that
// computes it — the generic operations in ops.ts called directly, the interpreter's
// opcodes with their inline fast paths, EVAL_EXPR, EVAL_STMT and augmented
// assignment (compiled JavaScript), the fused compare-and-branch instructions, the
// builtins — against CPython's answers (fixtures/number-grid.json, written by
// fixtures/gen-number-grid.py). With --float64 the answers must be CPython's exactly;
// at the default float32 precision, CPython's double answer rounded once to float32.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { compileProgram } from "../../src/compiler/program.js";
import { disassemble } from "../../src/bytecode/disasm.js";
import { Core, RUN_DONE } from "../../src/vm/core.js";
import { PyError } from "../../src/vm/errors.js";
import * as ops from "../../src/vm/ops.js";
import { setEvalHotThreshold } from "../../src/vm/loader.js";
import { PyFloat, PyTuple, type Value, makeFloat } from "../../src/vm/values.js";
import { PyInstance } from "../../src/vm/classes.js";
import { complexClass } from "../../src/vm/complex.js";



interface Grid {
  python: string;
  operands: string[];
  binary: Record<string, { f64: string[]; f32: string[] }>;
  roundDigits: (number | null)[];
  round: { f64: string[]; f32: string[] };
  neg: { f64: string[]; f32: string[] };
  pow3: [string, string, string, string][];
}

const grid = JSON.parse(readFileSync(new URL("./fixtures/number-grid.json", import.meta.url), "utf8")) as Grid;

const ARITH: Record<string, { name: string; ops: (c: Core, a: Value, b: Value) => Value }> = {
  "+": { name: "add", ops: ops.add },
  "-": { name: "sub", ops: ops.sub },
  "*": { name: "mul", ops: ops.mul },
  "/": { name: "div", ops: ops.truediv },
  "//": { name: "fdiv", ops: ops.floordiv },
  "%": { name: "mod", ops: ops.mod },
  "**": { name: "pow", ops: ops.pow },
};
const COMPARE: Record<string, { name: string; ops: (a: Value, b: Value) => boolean }> = {
  "<": { name: "lt", ops: (a, b) => ops.compare("lt", a, b) },
  "<=": { name: "le", ops: (a, b) => ops.compare("le", a, b) },
  ">": { name: "gt", ops: (a, b) => ops.compare("gt", a, b) },
  ">=": { name: "ge", ops: (a, b) => ops.compare("ge", a, b) },
  // The operators (ops.eq is the containers' equality, identity first: a NaN equals itself there).
  "==": { name: "eq", ops: (a, b) => ops.eqOp(a, b) as boolean },
  "!=": { name: "ne", ops: (a, b) => ops.neOp(a, b) as boolean },
};

/**
 * One function per operator and path. `o_` goes through `v()` so no EVAL applies
 * (the opcode and its inline fast path run); `e_` is EVAL_EXPR, `s_` EVAL_STMT,
 * `a_` an augmented assignment (EVAL_STMT too), `j_` a fused compare-and-branch.
 */
function gridSource(): string {
  const lines = ["def v(x):", "    return x"];
  for (const [op, { name }] of Object.entries(ARITH)) {
    lines.push(
      `def o_${name}(a, b):`, `    return v(a) ${op} v(b)`,
      `def e_${name}(a, b):`, `    return a ${op} b`,
      `def s_${name}(a, b):`, `    r = a ${op} b`, `    return r`,
      `def a_${name}(a, b):`, `    a ${op}= b`, `    return a`,
    );
  }
  for (const [op, { name }] of Object.entries(COMPARE)) {
    lines.push(
      `def o_${name}(a, b):`, `    return v(a) ${op} v(b)`,
      `def j_${name}(a, b):`, `    if a ${op} b:`, `        return True`, `    return False`,
    );
  }
  lines.push(
    // Unary minus: UNARY_NEG, and inside EVAL_EXPR (`* 1` changes no value, not even -0.0).
    "def o_neg(a):", "    return -v(a)",
    "def e_neg(a):", "    return -a * 1",
    "def o_divmod(a, b):", "    return divmod(a, b)",
    "def r1(a):", "    return round(a)",
    "def r2(a, n):", "    return round(a, n)",
    "def p3(a, b, m):", "    return pow(a, b, m)",
  );
  return lines.join("\n") + "\n";
}

const program = compileProgram(gridSource(), "grid.py");

/** A core that has run the grid program, so its functions can be called one by one. */
function gridCore(float32: boolean) {
  const core = new Core(program, {
    // The fixture encodes the 32-bit device word's OverflowErrors: --int-overflow error
    // (big int results are compared with CPython in test/vm/bigint.test.ts).
    id: 0, numCores: 1, isHost: true, float32, intOverflow: "error", memory: { local: 1 << 30, spill: 0 },
    write: () => {}, randomSeed: 1,
  });
  core.start();
  expect(core.run(Infinity)).toBe(RUN_DONE);
  const main = core.findModule("__main__")!;
  /** Calls a grid function; a Python error becomes its encoded kind. */
  const call = (fn: string, args: Value[]): Value | PyError => attempt(core, () => core.call(main.get(fn)!, args));
  return { core, call };
}

function attempt(core: Core, f: () => Value): Value | PyError {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    core.sp = 0; // the failed call unwound its frames
    return e;
  }
}

function operand(text: string, float32: boolean): Value {
  if (text[0] === "i") return Number(text.slice(1));
  const x = parseFloat(text.slice(1));
  return makeFloat(float32 ? Math.fround(x) : x);
}

function parseFloat(s: string): number {
  return s === "inf" ? Infinity : s === "-inf" ? -Infinity : s === "nan" ? NaN : Number(s);
}

const bits = new Float64Array(1);
const word = new BigInt64Array(bits.buffer);

/** Distance of two finite doubles of the same sign in units in the last place. */
function ulps(x: number, y: number): number {
  bits[0] = x;
  const a = word[0];
  bits[0] = y;
  const b = word[0];
  return Math.sign(x) === Math.sign(y) ? Math.abs(Number(a - b)) : Infinity;
}

/**
 * Whether our value (or error) is the answer CPython's encoded `expected` describes.
 * `tolerance` (in ulps) is for `**` only: CPython's libm pow is correctly rounded,
 * JavaScript's Math.pow is within one ulp (e.g. 2 ** 3.5).
 */
function agrees(expected: string, actual: Value | PyError, tolerance = 0): boolean {
  const rest = expected.slice(1);
  switch (expected[0]) {
    case "e": return actual instanceof PyError && actual.kind === rest;
    case "c": {
      // A complex (negative base, fractional power): both parts as floats.
      if (!(actual instanceof PyInstance && actual.cls === complexClass)) return false;
      // Polar form through cos/sin: JavaScript's are not libm's, so a part near zero
      // (cos(pi/2)) can differ in many ulps; each part must be within 2^-20 of the modulus.
      const want = rest.split(";").map(parseFloat);
      const got = [actual.dict.get("real")!, actual.dict.get("imag")!].map((p) => (p instanceof PyFloat ? p.v : (p as number)));
      const modulus = Math.hypot(want[0], want[1]);
      return want.every((w, k) => Object.is(w, got[k]) || Math.abs(w - got[k]) <= modulus * 2 ** -20);
    }
    case "b": return actual === (rest === "True");
    case "i": return typeof actual === "number" && (actual | 0) === actual && !Object.is(actual, -0) && String(actual) === rest;
    case "f": {
      const v = actual instanceof PyFloat ? actual.v : typeof actual === "number" && (actual | 0) !== actual ? actual : undefined;
      if (v === undefined) return false;
      const want = parseFloat(rest);
      return Object.is(v, want) || (tolerance > 0 && Number.isFinite(v) && Number.isFinite(want) && ulps(v, want) <= tolerance);
    }
    case "t": {
      const parts = rest.split(";");
      return actual instanceof PyTuple && actual.items.length === parts.length && parts.every((p, i) => agrees(p, actual.items[i]));
    }
  }
  throw new Error(`bad fixture entry ${expected}`);
}

function show(v: Value | PyError): string {
  if (v instanceof PyError) return `${v.kind}: ${v.pyMessage}`;
  if (v instanceof PyFloat) return `float ${Object.is(v.v, -0) ? "-0" : v.v}`;
  if (v instanceof PyTuple) return `(${v.items.map(show).join(", ")})`;
  if (typeof v === "number") return (v | 0) === v ? `int ${Object.is(v, -0) ? "-0" : v}` : `float ${v}`;
  return String(v);
}

for (const precision of ["f64", "f32"] as const) {
  const float32 = precision === "f32";
  describe(`number rules against CPython ${grid.python} (${float32 ? "float32, the default" : "--float64"})`, () => {
    const { core, call } = gridCore(float32);
    const values = grid.operands.map((t) => operand(t, float32));
    const n = values.length;
    const mismatches: string[] = [];
    const check = (what: string, expected: string, actual: Value | PyError, tolerance = 0) => {
      if (!agrees(expected, actual, tolerance)) mismatches.push(`${what}: expected ${expected}, got ${show(actual)}`);
    };
    const pairs = (f: (a: Value, b: Value, at: string, k: number) => void) => {
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) f(values[i], values[j], `${grid.operands[i]}, ${grid.operands[j]}`, i * n + j);
      }
    };

    it("arithmetic: ops.ts, opcodes, EVAL_EXPR, EVAL_STMT, augmented assignment", () => {
      mismatches.length = 0;
      for (const [op, { name, ops: generic }] of Object.entries(ARITH)) {
        const answers = grid.binary[op][precision];
        const tolerance = op === "**" ? 1 : 0;
        pairs((a, b, at, k) => {
          check(`ops ${op} (${at})`, answers[k], attempt(core, () => generic(core, a, b)), tolerance);
          for (const path of ["o", "e", "s", "a"]) {
            check(`${path}_${name}(${at})`, answers[k], call(`${path}_${name}`, [a, b]), tolerance);
          }
        });
      }
      expect(mismatches.slice(0, 40)).toEqual([]);
    });

    it("comparisons: ops.ts, opcodes, fused compare-and-branch", () => {
      mismatches.length = 0;
      for (const [op, { name, ops: generic }] of Object.entries(COMPARE)) {
        const answers = grid.binary[op][precision];
        pairs((a, b, at, k) => {
          check(`ops ${op} (${at})`, answers[k], attempt(core, () => generic(a, b)));
          for (const path of ["o", "j"]) check(`${path}_${name}(${at})`, answers[k], call(`${path}_${name}`, [a, b]));
        });
      }
      expect(mismatches.slice(0, 40)).toEqual([]);
    });

    it("divmod, round, three-argument pow, unary minus", () => {
      mismatches.length = 0;
      values.forEach((a, i) => {
        const expected = grid.neg[precision][i];
        check(`ops.neg(${grid.operands[i]})`, expected, attempt(core, () => ops.neg(core, a)));
        for (const path of ["o", "e"]) check(`${path}_neg(${grid.operands[i]})`, expected, call(`${path}_neg`, [a]));
      });
      const dm = grid.binary.divmod[precision];
      pairs((a, b, at, k) => {
        check(`ops.divmod(${at})`, dm[k], attempt(core, () => ops.divmod(core, a, b)));
        check(`divmod(${at})`, dm[k], call("o_divmod", [a, b]));
      });
      const digits = grid.roundDigits;
      for (let i = 0; i < n; i++) {
        digits.forEach((d, j) => {
          const expected = grid.round[precision][i * digits.length + j];
          check(`round(${grid.operands[i]}, ${d})`, expected, d === null ? call("r1", [values[i]]) : call("r2", [values[i], d]));
        });
      }
      for (const [b, e, m, expected] of grid.pow3) {
        check(`pow(${b}, ${e}, ${m})`, expected, call("p3", [operand(b, float32), operand(e, float32), operand(m, float32)]));
      }
      expect(mismatches.slice(0, 40)).toEqual([]);
    });
  });
}


// Compile every EVAL instruction on its first run, so each case exercises the
// compiled path (by default only hot instructions are compiled).
beforeAll(() => setEvalHotThreshold(1));
describe("the grid exercises the compiled paths", () => {
  it("emits EVAL_EXPR, EVAL_STMT and fused branches for the grid functions", () => {
    const text = disassemble(program);
    expect(text.match(/EVAL_EXPR/g)?.length).toBeGreaterThanOrEqual(7);
    expect(text.match(/EVAL_STMT/g)?.length).toBeGreaterThanOrEqual(12);
    for (const op of ["LT", "LE", "GT", "GE", "EQ", "NE"]) expect(text).toContain(`JUMP_IF_NOT_${op}`);
  });

  it("covers the known CPython float cases", () => {
    const f64 = grid.binary;
    const at = (a: string, b: string) => grid.operands.indexOf(a) * grid.operands.length + grid.operands.indexOf(b);
    // 255 % -2.5 is -0.0; inf // 2 is nan; 10 // -inf is -1.0 (issue 6).
    expect(f64["%"].f64[at("i255", "f-2.5")]).toBe("f-0.0");
    expect(f64["//"].f64[at("finf", "i2")]).toBe("fnan");
    expect(f64["//"].f64[at("i10", "f-inf")]).toBe("f-1.0");
    expect(f64["//"].f64[at("i1", "f-0.3333333333333333")]).toBe("f-4.0");
  });
});
