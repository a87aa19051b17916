// Run-time state of compiled code, kept beside the code objects rather than on them:
// a code object is shared by every core and run that loads the program (and may be
// run at both precisions in one process), while these tables depend on the run's
// precision and fill in as the code runs.
//
// - `k`: the constant table as run-time values (floats boxed at the run's precision),
//   made when the code is first entered;
// - `ic`: the interpreter's inline caches by instruction offset (module attribute slots);
// - `jit`: the compiled EVAL_EXPR / EVAL_STMT functions by instruction offset, each
//   compiled once its instruction is hot (has run `hotAfter` times; until then the
//   generic instructions that follow it run) — so loading a large program costs no
//   code generation, and code that runs once or never is never compiled;
// - `hits`: how often each cold EVAL instruction has run;
// - `compiled`, `heat`: the whole code object compiled to one JavaScript function by
//   the baseline compiler (jit/baseline.ts) once hot, and its hotness count.

import { type CodeObject, isBigIntConst, isBytesConst } from "../bytecode/code.js";
import { EvalDescriptorError } from "../bytecode/evalDescriptor.js";
import { PyError } from "./errors.js";
import { compileExpr, type ExprFn } from "./exprJit.js";
import { PyBigInt, makeFloat, type Value } from "./values.js";
import { PyBytes, fromLatin1 } from "./bytes.js";
import type { CompiledCode } from "./jit/baseline.js";
import type { HiddenSlots } from "./exceptions.js";

export interface CodeRuntime {
  readonly k: Value[];
  ic: unknown[] | null;
  jit: (ExprFn | undefined)[] | null;
  hits: Uint16Array | null;
  /** The whole code compiled by the baseline compiler (jit/baseline.ts); null until hot, false if not compilable. */
  compiled: CompiledCode | null | false;
  /** Backward jumps taken while `compiled` is null (the baseline compiler's hotness count). */
  heat: number;
  /**
   * What each EVAL instruction's compiled expression did while interpreted (runEval):
   * bit 1 gave a value, bit 2 declined. The baseline compiler leaves out an EVAL that
   * only ever declined (a call of a Python function, strings, big ints): trying it
   * first would cost a call on every run of its statement.
   */
  evalSeen: Uint8Array | null;
  /** Where the code keeps the exceptions its handlers are handling (vm/exceptions.ts); null until first needed. */
  hidden: HiddenSlots | null;
}

/**
 * Executions after which an EVAL instruction is compiled. Generating a function
 * costs tens of microseconds, the generic path a fraction of one more per run, so
 * code that runs a handful of times (a large program's straight-line code) is
 * cheaper left uncompiled.
 */
let hotAfter = 16;

/** Sets the hotness threshold (1: compile on first run; tests force the compiled path). */
export function setEvalHotThreshold(n: number): void {
  hotAfter = Math.max(1, Math.min(0xffff, Math.floor(n)));
}

/** Returned for a cold instruction: the generic instructions after it run instead. */
const cold: ExprFn = () => undefined;

/** One side table per precision (weak: a program's tables go when the program does). */
const tables = { f32: new WeakMap<CodeObject, CodeRuntime>(), f64: new WeakMap<CodeObject, CodeRuntime>() };

// The last lookup: a loop calling one function (the usual hot path) skips the WeakMap.
// (It holds one code object strongly until the next lookup: a finished program's
// tables can outlive it by that one entry.)
let lastCode: CodeObject | null = null;
let lastFloat32 = false;
let lastRuntime: CodeRuntime | null = null;

/** The run-time state of `code` at a precision, made on first use. */
export function runtimeOf(code: CodeObject, float32: boolean): CodeRuntime {
  if (code === lastCode && float32 === lastFloat32) return lastRuntime!;
  const rt = lookupRuntime(code, float32);
  lastCode = code;
  lastFloat32 = float32;
  lastRuntime = rt;
  return rt;
}

function lookupRuntime(code: CodeObject, float32: boolean): CodeRuntime {
  const table = float32 ? tables.f32 : tables.f64;
  let rt = table.get(code);
  if (rt === undefined) {
    rt = { k: constants(code, float32), ic: null, jit: null, hits: null, compiled: null, heat: 0, evalSeen: null, hidden: null };
    table.set(code, rt);
  }
  return rt;
}

function constants(code: CodeObject, float32: boolean): Value[] {
  return code.consts.map((c): Value => {
    if (typeof c === "number" || typeof c === "string") return c;
    // Immutable, so one box serves every core that runs this code (counted by each core's collector while reachable).
    if (isBigIntConst(c)) return new PyBigInt(BigInt(c.bigint));
    if (typeof c === "object" && c !== null && "float" in c) {
      const x = c.float;
      return makeFloat(float32 ? Math.fround(x) : x) as Value;
    }
    // One bytes object per literal, shared by every evaluation (bytes are immutable).
    if (isBytesConst(c)) return new PyBytes(fromLatin1(c.bytes));
    // Code objects (for MAKE_FUNCTION) and keyword-name tuples are used as they are.
    return c as unknown as Value;
  });
}

/**
 * Runs the EVAL_EXPR / EVAL_STMT instruction at `pc` (its compiled expression, once
 * hot) and notes for the baseline compiler whether it gave a value (CodeRuntime.evalSeen).
 */
export function runEval(code: CodeObject, rt: CodeRuntime, pc: number, float32: boolean, stack: Value[], base: number, globals: (Value | undefined)[]): Value | undefined {
  const fn = rt.jit?.[pc] ?? evalFunction(code, rt, pc, float32);
  const r = fn(stack, base, globals);
  if (fn !== cold) (rt.evalSeen ??= new Uint8Array(code.code.length))[pc] |= r === undefined ? 2 : 1;
  return r;
}

/**
 * The compiled function of the EVAL_EXPR / EVAL_STMT instruction at `pc`, compiling
 * it now if it has become hot (else `cold`, so the generic instructions run). A
 * malformed descriptor means a corrupt image.
 */
export function evalFunction(code: CodeObject, rt: CodeRuntime, pc: number, float32: boolean): ExprFn {
  const jit = rt.jit ?? (rt.jit = new Array<ExprFn | undefined>(code.code.length));
  let fn = jit[pc];
  if (fn === undefined) {
    if (hotAfter > 1) {
      const hits = rt.hits ?? (rt.hits = new Uint16Array(code.code.length));
      if (++hits[pc] < hotAfter) return cold;
    }
    const desc = code.consts[code.code[pc + 1]];
    try {
      if (typeof desc !== "string") throw new EvalDescriptorError("EVAL descriptor is not a string constant");
      fn = compileExpr(desc, float32, { locals: code.varnames.length, globals: code.globals.length });
    } catch (e) {
      if (e instanceof EvalDescriptorError) throw new PyError("RuntimeError", `corrupt image: ${e.message} in ${code.name}`);
      throw e;
    }
    jit[pc] = fn;
  }
  return fn;
}
