// The baseline compiler: translates a hot code object's bytecode into one JavaScript
// function, so that a loop runs without the interpreter's per-instruction dispatch.
//
// Shape of the generated function `(core, frame, limit) => status`:
//
//   let pc = frame.pc, n = 0, s0, s1, ...              // s<k>: operand stack entry k
//   outer: for (;;) {
//     switch (depthAt[pc]) { case 2: s1 = stack[sb + 1]; case 1: s0 = stack[sb]; }  // fill
//     try {
//       for (;;) switch (blockOf[pc]) {                 // dense block numbers
//         case 0:  n += 3;  <instr> <instr> <instr>       // a basic block, falls through
//         case 1:  n += 2;  <instr> if (...) { pc = 4; continue; }   // a branch
//         ...
//         default: exit                                    // not a block entry
//       }
//     } catch (e) { store s0.., take the error: a handler of this frame goes on (outer) }
//   }
//
// Invariants that make the compiled code and the interpreter interchangeable at every
// instruction boundary:
//  - All state lives in the frame and the core's value stack (the same Lua-style
//    layout the interpreter uses, see frame.ts), except that the operand stack's
//    entries are variables while compiled code runs (see "The operand stack in
//    variables" below): they are stored into the stack array, and core.sp set, before
//    every call out (the collector reads stack[0..core.sp)) and whenever the code
//    leaves, and loaded from it wherever the code is entered.
//  - An instruction the compiler does not handle (a call that enters a Python frame,
//    returns, imports, rare opcodes, and any opcode added later) ends the compiled
//    code with frame.pc at that instruction: the interpreter executes it and
//    continues. The instruction after any such exit is a block entry, so the code can
//    be entered again there.
//  - Instruction counting matches the interpreter's: each block adds its length when
//    entered (blocks end at every branch and every possible exit, so a block runs to
//    its end unless it throws), and the count is flushed to core.instructions before
//    the calls out where the interpreter flushes it (iterators, generic subscripts,
//    native calls), because the transfer model of host arrays reads it as time.
//  - Every backward branch checks the budget, as JUMP and FOR_ITER do in the
//    interpreter, so a core running compiled code still yields.
//  - An error thrown by an instruction leaves with frame.pc just past that
//    instruction's opcode word (what the interpreter leaves there), so tracebacks and
//    handlers see the exact line; the error is handed to the interpreter
//    (takeCompiledError), which unwinds as for its own errors.
//
// Each opcode's code is the interpreter's fast path for it with its slow path calling
// the same helpers (ops.ts, methods/, classes.ts); the helpers shared with the
// interpreter for non-trivial cases live in vm/jit/shared.ts.

import { CALL_FLAGS, CodeFlags, type CodeObject } from "../../bytecode/code.js";
import { Op, instrWidth, opNames } from "../../bytecode/opcodes.js";
import { A_BOUND, B_BOUND, boundLocals } from "../../bytecode/definiteAssignment.js";
import { stackDepths } from "../../bytecode/verify.js";
import type { CodeRuntime } from "../loader.js";
import { evalFunction } from "../loader.js";
import { PyError } from "../errors.js";
import * as ops from "../ops.js";
import { builtins, formatValueForFString } from "../builtins.js";
import { buildSet, updateSet } from "../methods/set.js";
import { buildDict, dictUnpack, keyError } from "../methods/dict.js";
import { PyDict } from "../dict.js";
import { isSlice } from "../slices.js";
import { ListIterator, PyFloat, PyFunction, PyHeapObject, type PyIterator, PyList, PyTuple, RangeIterator, StrIterator, SUSPEND, type Value } from "../values.js";
import { DerivedIterator, TupleIterator } from "../tupleIterators.js";
import { enterInline, inlineSendState, makeGenerator, mayAbandonGenerator, PyGenerator, returnConsumer, returnInline, SendState, stopConsumer, suspendGenerator, yieldFromIter, yieldInline } from "../generators.js";
import { ATTRIBUTE_BYTES, delAttrObject, exceptionArgs, PyInstance } from "../classes.js";
import { loadAttr, newAttrCache, storeAttr } from "../attrCache.js";
import { classEpoch } from "../classVersion.js";
import { exceptionMatches, handlerMayTake, raiseError, reraise, reraiseHandled, unwindToHandler } from "../exceptions.js";
import { listBytes, SIZE, strBytes } from "../memory.js";
import { divisionByZero } from "../numbers.js";
import type { Core } from "../core.js";
import { type Frame, FrameKind } from "../frame.js";
import { CALL_ON, callAt, callExAt, callKwAt, callMethodAt, NOT_ENTERED, runEntered, subscrAt } from "./callSite.js";
import { builtinOrNameError, makeFunction, nameError, unboundLocal, freeVarError, popTryBlock, pushTryBlock } from "./shared.js";
import { cpCompare } from "../codepoints.js";
import { boxed as boxFloat, floatHelpers, numericCall, type Operands, powOp, rounded as fr, truedivOp } from "./floatOps.js";

/**
 * A compiled code object: runs `frame` from frame.pc until an exit, or until a
 * backward branch finds core.instructions at `limit` or beyond. Returns a status
 * (COMPILED_*); every instruction it ran has been added to core.instructions, and
 * core.frame, its pc and core.sp describe where execution continues.
 */
export type CompiledCode = (core: Core, frame: Frame, limit: number) => number;

/** Left for the interpreter: an instruction it must run, or the budget is spent. */
export const COMPILED_EXIT = 0;
/** A call entered a new frame, or a return went back to the caller's: core.frame changed. */
export const COMPILED_FRAME = 1;
/** An instruction threw: the interpreter rethrows takeCompiledError(). */
export const COMPILED_ERROR = -1;
/** A native call suspended the core (a blocking message call). */
export const COMPILED_BLOCKED = -2;
/**
 * A generator resumed by a nested run (FrameKind.Boundary) yielded: core.result holds
 * the value and the frame is saved (suspendGenerator); or a nested run's own frame
 * returned (core.result holds the value, the frame is gone). The interpreter returns
 * RUN_DONE.
 */
export const COMPILED_DONE = -3;

/**
 * Runs compiled code from core.frame on, following calls and returns between compiled
 * functions without going back to the interpreter; returns when a frame is not
 * compiled (COMPILED_EXIT) or as its compiled code ends. A call into a function that
 * is not compiled yet counts towards its hotness, as a backward jump does.
 */
export function runCompiled(core: Core, float32: boolean, limit: number): number {
  for (;;) {
    const f = core.frame!;
    const rt = f.rt;
    if (rt.compiled === null) warmUp(f.code, rt, float32);
    const fn = rt.compiled;
    if (!fn) return COMPILED_EXIT;
    const r = fn(core, f, limit);
    if (r !== COMPILED_FRAME || core.instructions >= limit) return r;
  }
}

let pendingError: unknown = null;

/** The error a compiled function ended with (see COMPILED_ERROR). */
export function takeCompiledError(): unknown {
  const e = pendingError;
  pendingError = null;
  return e;
}

function setPendingError(e: unknown): void {
  pendingError = e;
}

/**
 * An error raised in compiled code of frame `f` (its pc and core.sp saved): when a
 * try block of `f` itself takes it, the core is left at the handler (unwindToHandler:
 * traceback, context, the exception pushed) and the result is null, so the compiled
 * code goes on there; otherwise the error to hand to the interpreter (the error
 * itself, or what unwindToHandler threw for an uncatchable one).
 */
function handleInFrame(core: Core, f: Frame, e: unknown): unknown {
  if (f.blocks === null || f.blocks.length === 0 || core.frame !== f || !handlerMayTake(core, e)) return e;
  try {
    unwindToHandler(core, e, f);
  } catch (thrown) {
    return thrown;
  }
  return null;
}

/**
 * A call from compiled frame `f`, which has a try block, came back with COMPILED_ERROR
 * (the error pending, the callee's frames still above `f`): unwinds from the top
 * frame as the interpreter would. CALL_ON when a try block of `f` took it (`f` goes
 * on at its handler, in compiled code); COMPILED_FRAME when a frame between did (the
 * frames say where to go on); else COMPILED_ERROR with the error pending again.
 */
function catchFromCallee(core: Core, f: Frame): number {
  // Invariant: `f` has a try block, so the unwinding stops at `f` at the latest (never
  // pops `f`, whose compiled code is running).
  const e = takeCompiledError();
  if (!handlerMayTake(core, e)) {
    setPendingError(e);
    return COMPILED_ERROR;
  }
  try {
    unwindToHandler(core, e, core.frame!);
  } catch (thrown) {
    setPendingError(thrown);
    return COMPILED_ERROR;
  }
  return core.frame === f ? CALL_ON : COMPILED_FRAME;
}

/**
 * Backward jumps (and entries from compiled code) a code object takes, over all its
 * calls, before it is compiled:
 * generating and optimising a function costs far more than interpreting a few
 * iterations, so only code that loops is compiled.
 */
let hotAfter = 64;
// EPYTHON_BASELINE_HOT=N overrides it for a whole run (1: compile every loop at once,
// as the golden tests do to check the compiled path; 0: interpreter only).
{
  const env = typeof process !== "undefined" ? process.env?.EPYTHON_BASELINE_HOT : undefined;
  if (env !== undefined && /^\d+$/.test(env)) hotAfter = Number(env);
}

/** Sets the compile threshold (tests use 1 to force compiled code; 0 turns the compiler off). */
export function setBaselineHotThreshold(n: number): void {
  hotAfter = Math.max(0, Math.floor(n));
}

/** EPYTHON_JIT_DUMP=1 writes every generated function to stderr (for working on the compiler). */
const dumpTo = typeof process !== "undefined" && process.env?.EPYTHON_JIT_DUMP === "1" ? (t: string) => process.stderr.write(t) : null;

/** Code objects longer than this (in words) stay interpreted: one huge switch optimises badly. */
const MAX_WORDS = 8000;

/**
 * Called while `rt.compiled` is null on a backward jump in the interpreter, and when
 * compiled code enters the code's frame (a call, or a return to it): counts and, once
 * the code is hot, compiles it (false if it cannot be compiled, so it is never tried
 * again).
 */
export function warmUp(code: CodeObject, rt: CodeRuntime, float32: boolean): void {
  if (hotAfter === 0 || ++rt.heat < hotAfter) return;
  // Generator bodies too: YIELD_VALUE is compiled (a builtin's sink, a `for` loop's
  // in-place resume and a nested run's suspension), so a generator's loop stays in
  // compiled code from item to item.
  rt.compiled = compileCode(code, rt, float32) ?? false;
}

// ------------------------------------------------------------------ decoding

interface Instr {
  pc: number;
  op: number;
  a: number;
  b: number;
  next: number;
}

function decode(code: CodeObject): Instr[] | null {
  const ins = code.code;
  const out: Instr[] = [];
  for (let pc = 0; pc < ins.length;) {
    const op = ins[pc];
    if (op < 0 || op >= opNames.length) return null;
    const w = instrWidth(op);
    out.push({ pc, op, a: w > 1 ? ins[pc + 1] : 0, b: w > 2 ? ins[pc + 2] : 0, next: pc + w });
    pc += w;
  }
  return out;
}

/** Jump target of a branch instruction, or -1. */
function targetOf(i: Instr): number {
  switch (i.op) {
    case Op.JUMP: case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE:
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: case Op.FOR_ITER:
    case Op.JUMP_IF_NOT_LT: case Op.JUMP_IF_NOT_LE: case Op.JUMP_IF_NOT_GT:
    case Op.JUMP_IF_NOT_GE: case Op.JUMP_IF_NOT_EQ: case Op.JUMP_IF_NOT_NE:
    case Op.JUMP_IF_NOT_EXC_MATCH: case Op.SETUP_EXCEPT: case Op.SEND:
      return i.a;
    case Op.JUMP_IF_BOUND: case Op.FOR_ITER_STORE: case Op.EVAL_EXPR: case Op.EVAL_STMT:
      return i.b;
    default:
      return -1;
  }
}

/** Instructions after which control may leave the compiled code (their successor must be an entry). */
function mayExit(op: number): boolean {
  return CALLS.has(op) || !compilable(op);
}

// --------------------------------------------------------------- generation
//
// The operand stack in variables. Verified code has one operand stack depth at each
// instruction (bytecode/verify.ts stackDepths), so entry k of the operand stack is
// the generated function's variable `s<k>` wherever it is live: V8 can keep the
// values in registers instead of loading and storing them on the core's stack array
// (in the kernels this measured no faster: docs/benchmarks.md; it is the footing a
// second tier would build on). The array is still the truth whenever anything else looks at the
// frame, so the variables are stored into it ("spilled", with core.sp set) before:
//  - every call out that may allocate (the collector's roots are stack[0..core.sp)),
//    run Python code, raise, or place a frame at core.sp (calls, generators);
//  - every exit from the compiled code and every error taken (the interpreter, a
//    handler or a traceback then reads the frame).
// And they are loaded from it ("filled") at the top of the `outer` loop: when the
// code is entered, after an error a try block of the frame took, and after a call
// that came back to a handler or a generator resumed in place.
// `clean` lets a spill skip entries stored by an earlier spill in the same block and
// not set since (a spill that runs on every path of the block).

/** Operand stack entry k (from the bottom of the frame's operand stack): a variable. */
const S = (k: number) => `s${k}`;
/** The operand stack depth before the instruction being generated. */
let D = 0;
/** Entries below this hold their variable's value in the stack array too. */
let clean = 0;
/** Entry j from the top before the instruction (0: the top). */
const top = (j = 0) => S(D - 1 - j);
/** Sets entry k (every write of an entry goes through here, which keeps `clean` true). */
function put(k: number, e: string): string {
  if (k < clean) clean = k;
  return `${S(k)} = ${e};`;
}
/** Stores entries below depth d into the stack array and sets core.sp (on a path that may not run). */
function spill(d: number = D): string {
  let s = "";
  for (let k = Math.min(clean, d); k < d; k++) s += `stack[sb + ${k}] = ${S(k)}; `;
  return `${s}core.sp = sb + ${d};`;
}
/** A spill on every path from here to the end of the block: later spills need not store these entries again. */
function spillNow(d: number = D): string {
  const s = spill(d);
  clean = d;
  return s;
}

/**
 * After a `del` (leaving depth d): while instances with `__del__` live, the operand
 * stack is stored and the core checks whether one lost its last reference
 * (core.ts checkFinalizers), as the interpreter does.
 */
function afterDelete(at: string, d: number): string {
  return `if (mem.dropWatch !== 0) { ${at} ${spill(d)} ${FLUSH} core.checkFinalizers(); }`;
}

/** The two operands of a binary instruction (a below b) and where its result goes. */
function binary(): Operands {
  return { a: top(1), b: top(0), spill: spill(), put: (e) => put(D - 2, e) };
}

function intFloatOp(sym: "+" | "-" | "*", slow: string, f32: boolean): string {
  const o = binary();
  return `{ const b = ${o.b}; const a = ${o.a};
  if (typeof a === "number" && typeof b === "number") {
    if ((a | 0) === a && (b | 0) === b) { const r = a ${sym} b; if ((r | 0) !== r) { ${o.spill} ${o.put(`ops.intOverflowed(core, "${sym}", a, b)`)} } else ${o.put(sym === "*" ? "r === 0 ? 0 : r" : "r")} }
    else { const r = ${fr(f32, `a ${sym} b`)}; ${o.put(boxFloat("r"))} }
  } else { ${spill()} ${o.put(slow)} } }`;
}

/**
 * `a SYM b` of the operands a and b: numbers and strings in place, the rest by `slow`:
 * ops.compareValue where the value is kept (a class's `__lt__` result as it is),
 * ops.compare where only its truth is wanted (a branch).
 */
function ordering(sym: string, name: string, slow: "compare" | "compareValue"): string {
  return `typeof a === "number" && typeof b === "number" ? a ${sym} b : a instanceof PyFloat && b instanceof PyFloat ? a.v ${sym} b.v
    : typeof a === "string" && typeof b === "string" ? cpCompare(a, b) ${sym} 0 : ops.${slow}("${name}", a, b)`;
}

/**
 * `a == b` (op "===") or `a != b` ("!==") of the operands a and b: two numbers or two
 * strings in place, where JS equality is Python's (a NaN unequal to itself, as
 * CPython's floats are); anything else by `slow`.
 */
function equality(op: "===" | "!==", slow: string): string {
  return `typeof a === typeof b && (typeof a === "number" || typeof a === "string") ? a ${op} b : ${slow}`;
}

function compareOp(sym: string, name: string): string {
  return `{ const b = ${top(0)}; const a = ${top(1)};
  ${put(D - 2, ordering(sym, name, "compareValue"))} }`;
}

function compareJump(sym: string, name: string): string {
  return `const b = ${top(0)}; const a = ${top(1)};
  const r = ${ordering(sym, name, "compare")};`;
}

function intBitOp(sym: string, inplace: string, bitop: string): string {
  return `{ const b = ${top(0)}; const a = ${top(1)};
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) ${put(D - 2, `a ${sym} b`)}
  else { ${spill()} ${put(D - 2, inplace ? `ops.inplaceOp(core, "${inplace}", a, b)` : `ops.bitop("${bitop}", a, b, core)`)} } }`;
}

/** A binary instruction done by `call` (of `a` and `b`) alone. */
const binaryHelper = (call: string) => `{ const b = ${top(0)}; const a = ${top(1)}; ${spill()} ${put(D - 2, call)} }`;

/**
 * Generated code taking error `e` that the instruction before `pc` raised (thrown, or
 * made by a raise), the operand stack `d` deep: the frame is saved as the interpreter
 * leaves it, and when a try block of this frame takes the error the code goes on at
 * its handler (a block entry, filled from the array); else the error is handed to the
 * interpreter. (n may go below 0 here, part of the block having been flushed already:
 * the sum is right.)
 */
const takeError = (d: number) => `f.pc = pc; ${spill(d)} core.instructions += n - uncounted[pc]; n = 0;
    { const left = handleInFrame(core, f, e); if (left !== null) { setPendingError(left); return ${COMPILED_ERROR}; } }
    pc = f.pc; continue outer;`;

/**
 * BINARY_SUBSCR of a dict (`obj[idx]`, frame saved, count flushed), in code with a try
 * block: the value as ops.getItem gives it (dictGet), and a missing key's KeyError
 * goes to the handler search without a throw (takeError), as for `try: d[k]
 * except KeyError` in a loop. (A slice is never a key: getItem refuses it apart.)
 */
const missingKey = (out: number) => hasTry ? `if (obj instanceof PyDict && !isSlice(idx)) { const v = obj.get(idx);
    if (v === undefined) { const e = keyError(core, idx); ${takeError(D)} }
    ${put(out, "v")} } else` : "";

/**
 * A number divided by the int 0 (`a`, `b` the operands): its ZeroDivisionError, made
 * as the number rules make it, goes to the handler search without a throw
 * (takeError), so `try: x // y except ZeroDivisionError` in a loop costs no
 * JavaScript unwinding. Only in code with a try block (no handler of another frame is
 * looked for here); elsewhere the number rules throw it, and the function V8
 * optimises stays smaller.
 */
const zeroDivisor = (op: "/" | "//" | "%") =>
  hasTry ? `if (b === 0 && typeof a === "number") { const e = divisionByZero("${op}", (a | 0) === a); ${takeError(D)} }` : "";

/**
 * The rest of `obj[idx]` (BINARY_SUBSCR, SUBSCR_FAST2; the operand stack stored, the
 * count flushed), its result into entry `out`: an instance's Python `__getitem__` runs
 * as a callee (subscrAt) rather than a nested run; anything else is ops.getItem's.
 * When the callee does not come back here at once, the instructions after this one in
 * its block, counted at the block's entry, are taken back: whoever runs them counts them.
 */
const itemCall = (i: Instr, out: number, f32: boolean) => `{ let r;
    if (obj instanceof PyInstance && (r = subscrAt(core, f, sb + ${out}, obj, idx, ${i.next}, ${f32}, limit)) !== ${NOT_ENTERED}) {
      if (r !== ${CALL_ON}) core.instructions -= uncounted[${i.pc + 1}];
      ${afterCall()}
      ${put(out, `stack[sb + ${out}]`)} }
    else ${put(out, "ops.getItem(core, obj, idx)")} }`;

const listIndexOk = (obj: string, idx: string) =>
  `${obj} instanceof PyList && typeof ${idx} === "number" && ${idx} >= 0 && ${idx} < ${obj}.items.length && (${idx} | 0) === ${idx}`;

const FLUSH = "core.instructions += n; n = 0;";

/**
 * The attribute cache (attrCache.ts) of instruction `i` in the code being compiled:
 * its index in the generated function's `ics`, one per LOAD_ATTR, STORE_ATTR and
 * CALL_METHOD. compileCode resets `caches` before it generates a function.
 */
let caches: number[] = [];
function cacheOf(i: Instr): number {
  caches.push(i.pc);
  return caches.length - 1;
}

/**
 * The definite assignment of the code being compiled (bytecode/definiteAssignment.ts),
 * set by compileCode: a read of a local that is bound on every path needs no unbound
 * test (and, unable to throw, no `pc` store).
 */
let bound: Uint8Array = new Uint8Array(0);
/** The operand stack depth before each instruction of the code being compiled (-1: never reached). */
let depths: Int32Array = new Int32Array(0);
/** The attribute names of the code being compiled (set by compileCode). */
let attrNames: readonly string[] = [];
/**
 * The builtin each global name of the code being compiled names (set by compileCode),
 * or undefined. The builtins are one read-only table for the whole process, so a
 * global read that finds no module global takes the builtin found here, with no lookup.
 */
let builtinOfGlobal: (Value | undefined)[] = [];
/** Whether the code being compiled has a try block (set by compileCode): else no handler of its frame takes an error. */
let hasTry = false;
const aBound = (i: Instr) => (bound[i.pc] & A_BOUND) !== 0;
const bBound = (i: Instr) => (bound[i.pc] & B_BOUND) !== 0;
/** The unbound test of local operand a (b) of `i`, or nothing where it is always bound. */
const checkA = (i: Instr, v: string) => (aBound(i) ? "" : `if (${v} === undefined) throw unboundLocal(varnames[${i.a}]);`);
const checkB = (i: Instr, v: string) => (bBound(i) ? "" : `if (${v} === undefined) throw unboundLocal(varnames[${i.b}]);`);

/** Whether `i` can never throw (it then needs no `pc` for the error path). */
function neverThrows(i: Instr): boolean {
  if (NEVER_THROWS.has(i.op)) return true;
  switch (i.op) {
    case Op.LOAD_FAST: case Op.DELETE_FAST: return aBound(i);
    case Op.LOAD_FAST2: return aBound(i) && bBound(i);
    default: return false;
  }
}

/**
 * Sets `i` (and, for stores, `t`) from cache `c`'s shape entries (AttrCache.s0..s3)
 * for instance attributes `d` of shape `s`; `i` stays -1 if none holds `s` (or `o`
 * is no instance, or the entries are of an older epoch).
 */
const shapeEntry = (o: string, c: string, store: boolean) => {
  const e = (n: number) => `s === ${c}.s${n} ? (${store ? `t = ${c}.t${n}, ` : ""}${c}.i${n})`;
  return `if (${o} instanceof PyInstance && ${c}.epoch === classEpoch.value) { d = ${o}.dict; s = d.shape; i = ${e(0)} : ${e(1)} : ${e(2)} : ${e(3)} : -1; }`;
};

/** `s<lo>, ..., s<hi - 1>` (the entries an instruction takes as a list). */
const entries = (lo: number, hi: number) => Array.from({ length: hi - lo }, (_, j) => S(lo + j)).join(", ");

/** Straight-line code of a compilable, non-branching instruction (D: the depth before it). */
function straight(i: Instr, f32: boolean): string | null {
  const { a, b } = i;
  const at = `f.pc = ${i.pc + 1};`;
  switch (i.op) {
    case Op.NOP: return "";
    case Op.POP_TOP: return "";
    // As the interpreter's POP_ITER: a generator left inside a try or with may be closed now.
    case Op.POP_ITER: return `{ const it = ${top()}; if (mayAbandonGenerator(mem.closable, it)) { ${at} ${spill(D - 1)} ${FLUSH} core.abandonIterator(); } }`;
    case Op.ROT_TWO: return `{ const t = ${top(0)}; ${put(D - 1, top(1))} ${put(D - 2, "t")} }`;
    // The top moves down two places: [x, y, z] -> [z, x, y].
    case Op.ROT_THREE: return `{ const t = ${top(0)}; ${put(D - 1, top(1))} ${put(D - 2, top(2))} ${put(D - 3, "t")} }`;
    case Op.DUP_TOP: return put(D, top());
    case Op.DUP_TOP_TWO: return `${put(D, top(1))} ${put(D + 1, top(0))}`;
    case Op.LOAD_CONST: return put(D, `k[${a}]`);
    case Op.LOAD_INT: return put(D, `${a}`);
    case Op.LOAD_NONE: return put(D, "null");
    case Op.LOAD_TRUE: return put(D, "true");
    case Op.LOAD_FALSE: return put(D, "false");
    case Op.LOAD_FAST: return aBound(i) ? put(D, `stack[base + ${a}]`) : `{ const v = stack[base + ${a}]; ${checkA(i, "v")} ${put(D, "v")} }`;
    case Op.STORE_FAST: return `stack[base + ${a}] = ${top()};`;
    case Op.DELETE_FAST: return `${checkA(i, `stack[base + ${a}]`)} stack[base + ${a}] = undefined; ${afterDelete(at, D)}`;
    case Op.LOAD_DEREF: return `{ const v = cells[${a}].value; if (v === undefined) throw freeVarError(code, ${a}); ${put(D, "v")} }`;
    case Op.STORE_DEREF: return `cells[${a}].value = ${top()};`;
    case Op.LOAD_CLOSURE: return put(D, `cells[${a}]`);
    case Op.LOAD_GLOBAL: return `{ let v = gslots[${a}]; if (v === undefined) v = ${builtinOfGlobal[a] !== undefined ? `builtinValues[${a}]` : `builtinOrNameError(core, globalNames[${a}])`}; ${put(D, "v")} }`;
    // Rebinding a global (`obj = None`) may drop an object's last reference (afterDelete).
    case Op.STORE_GLOBAL: return `{ const old = gslots[${a}]; gslots[${a}] = ${top()}; if (old instanceof PyInstance || old instanceof PyGenerator) { ${afterDelete(at, D - 1)} } }`;
    case Op.DELETE_GLOBAL: return `if (gslots[${a}] === undefined) throw nameError(globalNames[${a}]); gslots[${a}] = undefined; ${afterDelete(at, D)}`;
    // An instance's own attribute is read (written) inline while the site's cache
    // holds its shape (attrCache.ts, vm/shapes.ts); anything else goes through the
    // cache's helpers (a class object's attribute, `Direction.FORWARD`, from the
    // cache's owner entry: one call, but less code per site for V8 to optimise).
    // `e.args` of an exception is its own field (exceptionArgs), which no cache entry holds.
    case Op.LOAD_ATTR: return `{ const o = ${top()}; const c = ics[${cacheOf(i)}]; let d, s, i = -1, v;
  ${shapeEntry("o", "c", false)}
  if (i >= 0) ${put(D - 1, "d.vals[i]")}
  else { ${at} ${spill()} ${put(D - 1, `${attrNames[a] === "args" ? "o instanceof PyInstance && (v = exceptionArgs(o)) !== undefined ? v : " : ""}loadAttr(core, o, names[${a}], c)`)} } }`;
    // A store to a shape without the name moves the instance to the shape with it (charged as a new attribute).
    case Op.STORE_ATTR: return `{ const o = ${top(0)}; const v = ${top(1)}; const c = ics[${cacheOf(i)}]; let d, s, t, i = -1;
  ${shapeEntry("o", "c", true)}
  if (i >= 0) { if (t !== s) { ${at} ${spill()} mem.charge(${ATTRIBUTE_BYTES}); d.shape = t; } d.vals[i] = v; }
  else { ${at} ${spill()} storeAttr(core, o, names[${a}], v, c); } }`;
    case Op.DELETE_ATTR: return `${at} ${spill()} delAttrObject(${top()}, names[${a}]); ${afterDelete(at, D - 1)}`;

    case Op.BINARY_ADD: return intFloatOp("+", "ops.add(core, a, b)", f32);
    case Op.INPLACE_ADD: return intFloatOp("+", "ops.inplaceAdd(core, a, b)", f32);
    case Op.BINARY_SUB: return intFloatOp("-", "ops.sub(core, a, b)", f32);
    case Op.INPLACE_SUB: return intFloatOp("-", `ops.inplaceOp(core, "sub", a, b)`, f32);
    case Op.BINARY_MUL: return intFloatOp("*", "ops.mul(core, a, b)", f32);
    case Op.INPLACE_MUL: return intFloatOp("*", `ops.inplaceArith(core, "mul", a, b)`, f32);
    case Op.INPLACE_TRUEDIV: return truedivOp(`ops.inplaceArith(core, "truediv", a, b)`, f32, binary(), zeroDivisor("/"));
    case Op.INPLACE_FLOORDIV: return `{ const b = ${top(0)}; const a = ${top(1)}; ${zeroDivisor("//")}
  ${spill()} ${put(D - 2, `ops.inplaceArith(core, "floordiv", a, b)`)} }`;
    case Op.INPLACE_MOD: return `{ const b = ${top(0)}; const a = ${top(1)}; ${zeroDivisor("%")}
  ${spill()} ${put(D - 2, `ops.inplaceArith(core, "mod", a, b)`)} }`;
    case Op.INPLACE_POW: return powOp(`ops.inplaceArith(core, "pow", a, b)`, f32, binary());
    case Op.INPLACE_LSHIFT: return binaryHelper(`ops.inplaceArith(core, "lshift", a, b)`);
    case Op.INPLACE_RSHIFT: return binaryHelper(`ops.inplaceArith(core, "rshift", a, b)`);
    case Op.BINARY_TRUEDIV: return truedivOp("ops.truediv(core, a, b)", f32, binary(), zeroDivisor("/"));
    case Op.BINARY_FLOORDIV: return `{ const b = ${top(0)}; const a = ${top(1)};
  if (typeof a === "number" && typeof b === "number" && b > 0 && (a | 0) === a && (b | 0) === b) ${put(D - 2, "Math.floor(a / b)")}
  else { ${zeroDivisor("//")} ${spill()} ${put(D - 2, "ops.floordiv(core, a, b)")} } }`;
    case Op.BINARY_MOD: return `{ const b = ${top(0)}; const a = ${top(1)};
  if (typeof a === "number" && typeof b === "number" && b > 0 && (a | 0) === a && (b | 0) === b) { const r = a % b; ${put(D - 2, "r < 0 ? r + b : r + 0")} }
  else { ${zeroDivisor("%")} ${spill()} ${put(D - 2, "ops.mod(core, a, b)")} } }`;
    case Op.BINARY_POW: return powOp("ops.pow(core, a, b)", f32, binary());
    case Op.BINARY_LSHIFT: return binaryHelper(`ops.bitop("lshift", a, b, core)`);
    case Op.BINARY_RSHIFT: return binaryHelper(`ops.bitop("rshift", a, b, core)`);
    case Op.BINARY_AND: return intBitOp("&", "", "and");
    case Op.INPLACE_AND: return intBitOp("&", "and", "and");
    case Op.BINARY_OR: return intBitOp("|", "", "or");
    case Op.INPLACE_OR: return intBitOp("|", "or", "or");
    case Op.BINARY_XOR: return intBitOp("^", "", "xor");
    case Op.INPLACE_XOR: return intBitOp("^", "xor", "xor");
    case Op.CLASSIC_ADD: return binaryHelper("ops.classicAdd(core, a, b)");
    case Op.CLASSIC_DIV: return binaryHelper("ops.classicDiv(core, a, b)");
    case Op.CLASSIC_FLOORDIV: return binaryHelper("ops.classicFloorDiv(core, a, b)");
    case Op.CLASSIC_MOD: return binaryHelper("ops.classicMod(core, a, b)");
    case Op.UNARY_NEG: return `{ const a = ${top()};
  if (typeof a === "number" && (a | 0) !== a) { const r = -a; ${put(D - 1, boxFloat("r"))} }
  else if (a instanceof PyFloat) ${put(D - 1, "new PyFloat(-a.v)")}
  else { ${spill()} ${put(D - 1, "ops.neg(core, a)")} } }`;
    case Op.UNARY_POS: return put(D - 1, `ops.pos(${top()})`);
    case Op.UNARY_INVERT: return `${spill()} ${put(D - 1, `ops.invert(${top()}, core)`)}`;
    case Op.UNARY_NOT: return `{ const a = ${top()}; ${put(D - 1, "a === true ? false : a === false ? true : !ops.truthy(a)")} }`;

    case Op.COMPARE_EQ: return `{ const b = ${top(0)}; const a = ${top(1)}; ${put(D - 2, equality("===", "ops.eqOp(a, b)"))} }`;
    case Op.COMPARE_NE: return `{ const b = ${top(0)}; const a = ${top(1)}; ${put(D - 2, equality("!==", "ops.neOp(a, b)"))} }`;
    case Op.COMPARE_LT: return compareOp("<", "lt");
    case Op.COMPARE_LE: return compareOp("<=", "le");
    case Op.COMPARE_GT: return compareOp(">", "gt");
    case Op.COMPARE_GE: return compareOp(">=", "ge");
    case Op.COMPARE_IN: return `{ const b = ${top(0)}; const a = ${top(1)}; ${spill()} ${put(D - 2, "ops.contains(b, a)")} }`;
    case Op.COMPARE_NOT_IN: return `{ const b = ${top(0)}; const a = ${top(1)}; ${spill()} ${put(D - 2, "!ops.contains(b, a)")} }`;
    // Unboxed NaNs are one object (ops.same).
    case Op.COMPARE_IS: return `{ const b = ${top(0)}; const a = ${top(1)}; ${put(D - 2, "a === b || (a !== a && b !== b)")} }`;
    case Op.COMPARE_IS_NOT: return `{ const b = ${top(0)}; const a = ${top(1)}; ${put(D - 2, "a !== b && (a === a || b === b)")} }`;

    case Op.GET_ITER: return `${at} ${spillNow()} mem.charge(SIZE.iterator); ${put(D - 1, `ops.getIter(${top()})`)}`;
    case Op.BUILD_LIST:
    case Op.BUILD_CLASSIC_LIST:
      return `{ const items = [${entries(D - a, D)}]; ${spill(D - a)}
  mem.charge(listBytes(${a})); const list = new PyList(items); ${i.op === Op.BUILD_CLASSIC_LIST ? "list.extensible = true; " : ""}${put(D - a, "list")} }`;
    case Op.BUILD_TUPLE: if (a === 0) return put(D, "PyTuple.EMPTY");
      return `{ const items = [${entries(D - a, D)}]; ${spill(D - a)}
  mem.charge(listBytes(${a})); ${put(D - a, "new PyTuple(items)")} }`;
    case Op.LIST_APPEND: return `{ const v = ${top(0)}; const list = ${S(D - 1 - a)}; ${spill()} mem.charge(SIZE.slot); list.items.push(v); }`;
    case Op.LIST_EXTEND: return `{ const v = ${top(0)}; const list = ${S(D - 1 - a)}; ${at} ${spill()}
  const items = ops.starredItems(core, v, "Value after *"); mem.charge(SIZE.slot * items.length); for (const x of items) list.items.push(x); }`;
    case Op.BUILD_SET: return `{ ${at} ${spill()} const lo = sb + ${D - a}, hi = sb + ${D}; const set = buildSet(core, false, (s) => { for (let i = lo; i < hi; i++) s.add(stack[i]); }); ${put(D - a, "set")} }`;
    case Op.BUILD_MAP: return `{ ${at} ${spill()} const lo = sb + ${D - 2 * a}, hi = sb + ${D}; const dict = buildDict(core, (d) => { for (let i = lo; i < hi; i += 2) d.set(stack[i], stack[i + 1]); }); ${put(D - 2 * a, "dict")} }`;
    case Op.SET_ADD: return `{ const set = ${S(D - 1 - a)}; ${at} ${spill()} set.add(${top()}); }`;
    case Op.SET_UPDATE: return `{ const set = ${S(D - 1 - a)}; ${at} ${spill()} updateSet(set, ${top()}); }`;
    case Op.MAP_ADD: return `{ const dict = ${S(D - 2 - a)}; ${at} ${spill()} dict.set(${top(1)}, ${top(0)}); }`;
    case Op.DICT_UPDATE: return `{ const dict = ${S(D - 1 - a)}; ${at} ${spill()} dictUnpack(dict, ${top()}); }`;
    case Op.BINARY_SUBSCR: return `{ const idx = ${top(0)}; const obj = ${top(1)};
  if (${listIndexOk("obj", "idx")}) ${put(D - 2, "obj.items[idx]")}
  else { ${at} ${spill()} ${FLUSH} ${missingKey(D - 2)} ${itemCall(i, D - 2, f32)} } }`;
    case Op.STORE_SUBSCR: return `{ const idx = ${top(0)}; const obj = ${top(1)}; const v = ${top(2)};
  if (${listIndexOk("obj", "idx")}) obj.items[idx] = v;
  else { ${at} ${spill()} ${FLUSH} ops.setItem(core, obj, idx, v); } }`;
    case Op.DELETE_SUBSCR: return `{ ${at} ${spill()} ops.delItem(${top(1)}, ${top(0)}); ${afterDelete(at, D - 2)} }`;
    case Op.SLICE_GET: return `${at} ${spill()} ${FLUSH} ${put(D - 4, `ops.getSlice(core, ${entries(D - 4, D)})`)}`;
    case Op.SLICE_SET: return `${at} ${spill()} ops.setSlice(core, ${entries(D - 4, D)}, ${S(D - 5)});`;
    case Op.SLICE_DEL: return `${at} ${spill()} ops.delSlice(${entries(D - 4, D)}, core);`;
    case Op.UNPACK_SEQUENCE: {
      let fill = "";
      for (let j = 0; j < a; j++) fill += put(D - 1 + j, `items[${a - 1 - j}]`) + " ";
      return `{ const v = ${top()}; let items;
  if (v instanceof PyTuple && v.items.length === ${a}) items = v.items; else { ${at} ${spill()} items = ops.unpack(v, ${a}, core); }
  ${fill}}`;
    }
    case Op.MAKE_FUNCTION: {
      // makeFunction pops its operands from the array and pushes the function there.
      const after = D - 1 - (a & 1) - ((a >> 1) & 1) - ((a >> 2) & 1);
      return `${spillNow()} makeFunction(core, f, ${a}, sb + ${D}); ${put(after, `stack[sb + ${after}]`)}`;
    }
    case Op.GET_YIELD_FROM_ITER: return `${spill()} ${put(D - 1, `yieldFromIter(core, ${top()})`)}`;
    case Op.FORMAT_VALUE: {
      const v = a & 4 ? D - 2 : D - 1;
      return `{ const spec = ${a & 4 ? top(0) : `""`}; ${at} ${spill()} ${put(v, `formatValueForFString(core, ${S(v)}, ${a & 3}, spec)`)} }`;
    }
    case Op.BUILD_STRING: return `{ const s = ""${a ? " + " : ""}${Array.from({ length: a }, (_, j) => S(D - a + j)).join(" + ")}; ${spill(D - a)} mem.charge(strBytes(s)); ${put(D - a, "s")} }`;
    case Op.SETUP_EXCEPT: return `pushTryBlock(f, ${a}, sb + ${D});`;
    case Op.POP_BLOCK: return "popTryBlock(f);";
    // Raises go to the handler search without a JavaScript throw (takeError), which
    // costs V8 a stack walk, ~1 µs and more while the function is not optimised.
    case Op.RERAISE: return `{ const e = reraise(${top()}); ${takeError(D)} }`;
    // As the interpreter's RAISE: the exception (and its cause) made with the frame at
    // this instruction (a class raised is instantiated by a nested call).
    case Op.RAISE:
      if (i.a === 0) return `{ ${at} ${spill()} const e = reraiseHandled(f, core); ${takeError(D)} }`;
      return i.a === 2
        ? `{ ${at} ${spill()} const e = raiseError(core, ${top(1)}, ${top(0)}); ${takeError(D)} }`
        : `{ ${at} ${spill()} const e = raiseError(core, ${top()}, undefined); ${takeError(D)} }`;
    case Op.LOAD_FAST2: return `{ const a = stack[base + ${a}]; const b = stack[base + ${b}];
  ${checkA(i, "a")} ${checkB(i, "b")}
  ${put(D, "a")} ${put(D + 1, "b")} }`;
    case Op.SUBSCR_FAST2: return `{ const obj = stack[base + ${a}]; const idx = stack[base + ${b}];
  if (${listIndexOk("obj", "idx")}) ${put(D, "obj.items[idx]")}
  else { ${checkA(i, "obj")} ${checkB(i, "idx")}
    ${at} ${spill()} ${FLUSH} ${itemCall(i, D, f32)} } }`;
    case Op.STORE_SUBSCR_FAST2: return `{ const obj = stack[base + ${a}]; const idx = stack[base + ${b}]; const v = ${top()};
  if (${listIndexOk("obj", "idx")}) obj.items[idx] = v;
  else { ${checkA(i, "obj")} ${checkB(i, "idx")}
    ${at} ${spill()} ${FLUSH} ops.setItem(core, obj, idx, v); } }`;
    case Op.SUBSCR_FAST_INT: return `{ const obj = stack[base + ${a}];
  if (obj instanceof PyList && ${b} >= 0 && ${b} < obj.items.length) ${put(D, `obj.items[${b}]`)}
  else { ${checkA(i, "obj")} ${at} ${spill()} ${FLUSH} ${put(D, `ops.getItem(core, obj, ${b})`)} } }`;
    case Op.STORE_SUBSCR_FAST_INT: return `{ const obj = stack[base + ${a}]; const v = ${top()};
  if (obj instanceof PyList && ${b} >= 0 && ${b} < obj.items.length) obj.items[${b}] = v;
  else { ${checkA(i, "obj")} ${at} ${spill()} ${FLUSH} ops.setItem(core, obj, ${b}, v); } }`;
    case Op.ADD_INT: case Op.INPLACE_ADD_INT: return `{ const a = ${top()};
  if (typeof a === "number" && (a | 0) === a) { const r = a + ${a}; if ((r | 0) !== r) { ${spill()} ${put(D - 1, `ops.intOverflowed(core, "+", a, ${a})`)} } else ${put(D - 1, "r")} }
  else { ${spill()} ${put(D - 1, `ops.${i.op === Op.ADD_INT ? "add" : "inplaceAdd"}(core, a, ${a})`)} } }`;
    default:
      return null;
  }
}

/** Opcodes with a branch form below (targetOf gives their target). */
const BRANCHES = new Set<number>([
  Op.JUMP, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP,
  Op.JUMP_IF_BOUND, Op.FOR_ITER, Op.FOR_ITER_STORE, Op.EVAL_EXPR, Op.EVAL_STMT,
  Op.JUMP_IF_NOT_LT, Op.JUMP_IF_NOT_LE, Op.JUMP_IF_NOT_GT, Op.JUMP_IF_NOT_GE, Op.JUMP_IF_NOT_EQ,
  Op.JUMP_IF_NOT_NE, Op.JUMP_IF_NOT_EXC_MATCH,
]);

/**
 * Opcodes that cannot throw: they need no `pc` for the error path (fewer states for
 * V8 to keep, a smaller function to optimise). The uncounted table still covers them.
 */
const NEVER_THROWS = new Set<number>([
  Op.NOP, Op.POP_TOP, Op.ROT_TWO, Op.ROT_THREE, Op.DUP_TOP, Op.DUP_TOP_TWO, Op.LOAD_CONST, Op.LOAD_INT,
  Op.LOAD_NONE, Op.LOAD_TRUE, Op.LOAD_FALSE, Op.STORE_FAST, Op.STORE_DEREF, Op.LOAD_CLOSURE, Op.STORE_GLOBAL,
  Op.COMPARE_IS, Op.COMPARE_IS_NOT, Op.JUMP, Op.POP_BLOCK,
]);

/** Opcodes compiled with a possible exit from the compiled code (calls, returns, yields). */
const CALLS = new Set<number>([Op.CALL, Op.CALL_KW, Op.CALL_EX, Op.CALL_EX_KW, Op.CALL_METHOD, Op.RETURN_VALUE, Op.YIELD_VALUE, Op.GEN_START, Op.SEND]);

const straightCache = new Map<number, boolean>();
function compilable(op: number): boolean {
  if (BRANCHES.has(op) || CALLS.has(op)) return true;
  let r = straightCache.get(op);
  if (r === undefined) {
    r = straight({ pc: 0, op, a: 1, b: 1, next: 1 }, false) !== null;
    straightCache.set(op, r);
  }
  return r;
}

/** `pc = target; continue;` with the budget check of a backward branch (which leaves with the operand stack stored). */
function goTo(from: number, target: number): string {
  if (target > from) return `{ pc = ${target}; continue; }`;
  return `{ if (core.instructions + n >= limit) { f.pc = ${target}; ${spill(depths[target])} core.instructions += n; return ${COMPILED_EXIT}; } pc = ${target}; continue; }`;
}

/** Leaves the compiled code before instruction `pc` (which the interpreter runs), the operand stack `d` deep; `uncount` instructions were counted but not run. */
function exitAt(pc: number, uncount: number, d: number): string {
  return `{ ${uncount ? `n -= ${uncount}; ` : ""}f.pc = ${pc}; ${spill(d)} core.instructions += n; return ${COMPILED_EXIT}; }`;
}

function branch(i: Instr, next: Instr | undefined, f32: boolean): string {
  const { pc, a, b } = i;
  const t = targetOf(i);
  switch (i.op) {
    case Op.JUMP: return goTo(pc, t);
    case Op.POP_JUMP_IF_FALSE: return `{ const v = ${top()}; if (v === false || (v !== true && !ops.truthy(v))) ${goTo(pc, t)} }`;
    case Op.POP_JUMP_IF_TRUE: return `{ const v = ${top()}; if (v === true || (v !== false && ops.truthy(v))) ${goTo(pc, t)} }`;
    case Op.JUMP_IF_FALSE_OR_POP: return `if (!ops.truthy(${top()})) ${goTo(pc, t)}`;
    case Op.JUMP_IF_TRUE_OR_POP: return `if (ops.truthy(${top()})) ${goTo(pc, t)}`;
    case Op.JUMP_IF_BOUND: return `if (stack[base + ${a}] !== undefined) ${goTo(pc, t)}`;
    case Op.JUMP_IF_NOT_LT: return `{ ${compareJump("<", "lt")} if (!r) ${goTo(pc, t)} }`;
    case Op.JUMP_IF_NOT_LE: return `{ ${compareJump("<=", "le")} if (!r) ${goTo(pc, t)} }`;
    case Op.JUMP_IF_NOT_GT: return `{ ${compareJump(">", "gt")} if (!r) ${goTo(pc, t)} }`;
    case Op.JUMP_IF_NOT_GE: return `{ ${compareJump(">=", "ge")} if (!r) ${goTo(pc, t)} }`;
    case Op.JUMP_IF_NOT_EQ: return `{ const b = ${top(0)}; const a = ${top(1)}; if (!(${equality("===", "ops.truthy(ops.eqOp(a, b))")})) ${goTo(pc, t)} }`;
    case Op.JUMP_IF_NOT_NE: return `{ const b = ${top(0)}; const a = ${top(1)}; if (!(${equality("!==", "ops.truthy(ops.neOp(a, b))")})) ${goTo(pc, t)} }`;
    case Op.JUMP_IF_NOT_EXC_MATCH: return `{ const t = ${top(0)}; const exc = ${top(1)}; if (!exceptionMatches(exc, t)) ${goTo(pc, t)} }`;
    case Op.EVAL_EXPR: return `{ const r = (rt.jit?.[${pc}] ?? evalFunction(code, rt, ${pc}, ${f32}))(stack, base, gslots); if (r !== undefined) { ${put(D, "r")} ${goTo(pc, t)} } }`;
    case Op.EVAL_STMT: return `if ((rt.jit?.[${pc}] ?? evalFunction(code, rt, ${pc}, ${f32}))(stack, base, gslots) !== undefined) ${goTo(pc, t)}`;
    case Op.FOR_ITER:
    case Op.FOR_ITER_STORE: {
      // The fused `for a, b in zip(...)` path skips the UNPACK_SEQUENCE after it (which
      // still counts as executed), as the interpreter does.
      let row = "";
      if (i.op === Op.FOR_ITER && next !== undefined && next.op === Op.UNPACK_SEQUENCE) for (let j = 0; j < next.a; j++) row += put(D + j, `row[${next.a - 1 - j}]`) + " ";
      const fused = row ? `else if (it instanceof TupleIterator && it.arity === ${next!.a} && !it.overGenerator) {
    f.pc = ${pc}; ${spill()} ${FLUSH}
    const row = it.scratch;
    if (it.fill(row)) { ${row}n++; ${goTo(pc, next!.next)} }
    ${goTo(pc, t)}
  }` : "";
      const use = i.op === Op.FOR_ITER_STORE ? `stack[base + ${a}] = v;` : put(D, "v");
      // A generator resumed in place (GENERATOR_ENTERED) comes back to this frame when
      // it yields (its value `pending`) or ends: the FOR_ITER takes the value at once
      // (an iterator derived from generators, `zip(g1, g2)`, may need another run first),
      // counted again as the interpreter counts its second run of the FOR_ITER, instead
      // of re-entering the loop through `continue outer` (the operand stack variables
      // are intact, as after any call). The FOR_ITER is alone in its block (a loop head
      // and a branch), so that second run is one instruction.
      return `{ const it = ${top()}; let v;
  if (it instanceof RangeIterator) { const c = it.cur; if (it.step > 0 ? c < it.stop : c > it.stop) { it.cur = c + it.step; v = c; } }
  else if (it instanceof ListIterator) { if (it.i < it.items.length) v = it.items[it.i++]; }
  ${fused}
  else { f.pc = ${pc}; ${spill()} ${FLUSH} v = forIterNext(core, it, sb + ${D});
    while (v === GENERATOR_ENTERED) { ${enterCallee(f32)}
      n += 1; v = it.pending; if (v !== undefined) it.pending = undefined; else v = forIterNext(core, it, sb + ${D}); } }
  if (v === undefined) ${goTo(pc, t)}
  ${use} }`;
    }
    default:
      void b;
      throw new Error(`baseline: ${opNames[i.op]} is not a branch`);
  }
}

/** How a compiled CALL treats its callable (callKindOf). */
export const CALL_BIND = 0; // any other Python function: its arguments are bound as the interpreter's CALL binds them (core.pushCall)
export const CALL_FRAME = 1; // a Python function: its frame is entered here (pushFunction)
export const CALL_OUT = 2; // a native callable (callOut)
export const CALL_PLAIN = 3; // a plain function given exactly its parameters (tested first, callSite.ts)
export const CALL_OBJECT = 4; // a class, bound method or instance: a frame when it runs Python code (enterObjectCall), else callOut

export function callKindOf(fn: Value): number {
  if (fn instanceof PyFunction) {
    const flags = fn.code.flags;
    // A generator function's frame is entered like any other: its compiled GEN_START
    // returns the generator at once, without a nested run of the interpreter.
    return (flags & CALL_FLAGS & ~(CodeFlags.VARARGS | CodeFlags.GENERATOR)) === 0 ? CALL_FRAME : CALL_BIND;
  }
  return fn instanceof PyHeapObject ? CALL_OBJECT : CALL_OUT;
}

/** Enters Python function `fn` (CALL_FRAME) called with `argc` positional arguments above fnIndex. */
export function pushFunction(core: Core, fn: PyFunction, fnIndex: number, argc: number): void {
  const c = fn.code;
  const d = fn.defaults;
  // Exactly its parameters (a generator function's, which compiled calls enter here
  // rather than inline): bound in place, as the interpreter's CALL does.
  if (argc === c.argcount && c.kwonlycount === 0 && (c.flags & (CodeFlags.VARARGS | CodeFlags.VARKW)) === 0) core.pushFrame(fn, fnIndex, FrameKind.Call);
  else if (c.kwonlycount === 0 && (c.flags & CALL_FLAGS) === 0 && d !== null && c.argcount > argc && c.argcount - d.length <= argc) {
    // Positional arguments and shared defaults only (what bindArguments would do):
    // the missing parameters take their defaults in place, and the frame is entered
    // as for a full call (escape_time(cr, ci) with max_iter=MAX_ITER).
    const stack = core.stack;
    const first = c.argcount - d.length;
    const top = fnIndex + 1 + c.argcount;
    if (stack.length < top) core.ensureStack(top);
    for (let j = argc; j < c.argcount; j++) stack[fnIndex + 1 + j] = d[j - first];
    core.pushFrame(fn, fnIndex, FrameKind.Call);
  } else core.pushCall(fn, fnIndex, argc, null, FrameKind.Call);
}

/** Calls native callable `fn` (CALL_OUT, or CALL_OBJECT running no Python code) from TypeScript. */
export function callOut(core: Core, fn: Value, args: Value[]): Value | typeof SUSPEND {
  return core.callNative(fn, args, null);
}

/**
 * Nesting of compiled functions called directly from compiled code (runEntered):
 * bounded, so that deep Python recursion never grows the host's stack beyond it;
 * deeper calls go back through runCompiled, which runs them one level down.
 */
let directDepth = 0;
const MAX_DIRECT_DEPTH = 24;

/**
 * The nesting of direct calls now, for a nested run (core.call, a generator's resume)
 * to put back when it ends by an error thrown through compiled functions (the host's
 * stack running out at one's entry), which skips their `directDepth--`.
 */
export function directCallDepth(): number {
  return directDepth;
}
export function restoreDirectCallDepth(depth: number): void {
  directDepth = depth;
}

/** Runs the compiled code of the frame just entered, as a nested JavaScript call (see runEntered). */
export function runCallee(core: Core, float32: boolean, limit: number): number {
  const nf = core.frame!;
  const rt = nf.rt;
  if (rt.compiled === null) warmUp(nf.code, rt, float32);
  const fn = rt.compiled;
  // Past the budget, the core yields at this call as runCompiled would make it.
  if (!fn || directDepth >= MAX_DIRECT_DEPTH || core.instructions >= limit) return COMPILED_FRAME;
  directDepth++;
  const r = fn(core, nf, limit);
  directDepth--;
  return r;
}

/**
 * After a generator's frame was entered in place (FOR_ITER's and SEND's resume, the
 * caller's pc and operand stack stored): runs its compiled code as callAt runs a
 * callee's (runEntered); when it comes back to this frame the caller goes on from the
 * stored operand stack (`continue outer`), instead of leaving through runCompiled.
 */
function enterCallee(float32: boolean): string {
  return `${FLUSH}
    { const r = runEntered(core, f, ${float32}, limit); if (r !== ${CALL_ON}) return r; }`;
}

/**
 * A call. A Python function (with no flags but *args: no kinds of function the
 * interpreter treats specially) is entered here as the interpreter's CALL does, the new frame left for runCompiled; native callables run here; any
 * other callable exits to the interpreter at the call. The callable and its
 * arguments are stored in the stack array first (the callee's frame is based there).
 */
function call(i: Instr, code: CodeObject, float32: boolean): string {
  const names = code.names;
  if (i.op === Op.CALL) return `{ const fnIndex = sb + ${D - i.a - 1}; f.pc = ${i.next}; ${callValue(i.a, float32)} }`;
  // CALL_KW: the keyword names' tuple on top, as the interpreter pops it (callSite.ts).
  if (i.op === Op.CALL_KW) return `{ const kwnames = ${top()}; const fnIndex = sb + ${D - i.a - 2}; f.pc = ${i.next}; ${spillNow(D - 1)} ${FLUSH}
  { let r = callKwAt(core, f, fnIndex, ${i.a}, kwnames, ${float32}, limit); ${afterCall()} }
  ${put(D - i.a - 2, "stack[fnIndex]")} }`;
  if (i.op === Op.CALL_EX || i.op === Op.CALL_EX_KW) {
    // `f(*args, ...)`: below the iterable the callable, with `i.a` keyword values and
    // their names' tuple above it (CALL_EX), or the keyword dict (CALL_EX_KW).
    const withDict = i.op === Op.CALL_EX_KW;
    const fnPos = withDict ? D - 3 : D - i.a - 2 - (i.a > 0 ? 1 : 0);
    return `{ const fnIndex = sb + ${fnPos}; f.pc = ${i.next}; ${spillNow(D)} ${FLUSH}
  { let r = callExAt(core, f, sb + ${D}, ${withDict}, ${withDict ? 0 : i.a}, ${float32}, limit); ${afterCall()} }
  ${put(fnPos, "stack[fnIndex]")} }`;
  }
  if (i.op === Op.RETURN_VALUE) {
    // An ordinary call's return is inline (the caller continues at its saved pc); the
    // other kinds of frame are returnFromFrame's, out of line (less code per return
    // for V8 to optimise). Whether the code is flagged as special (module, main and
    // other frames the interpreter ends) is known when compiling.
    // (`*args`, `**kwargs` and fresh defaults only change how a call binds: their
    // frames return as any other, as the interpreter's RETURN_VALUE has it.)
    const special = (code.flags & (CodeFlags.MODULE | CodeFlags.GENERATOR)) !== 0;
    // (With objects that have __del__ alive, the frame's locals going may finalize one.)
    const plain = special ? "" : `if (f.kind === ${FrameKind.Call}) { mem.releaseFrame(f.bytes); stack[f.retSlot] = ${top()}; core.frame = f.parent; core.instructions += n; core.sp = f.retSlot + 1; if (mem.finalizers !== 0) core.checkFinalizers(); return ${COMPILED_FRAME}; }
  `;
    return `{ ${plain}${spill()} const r = returnFromFrame(core, f, sb + ${D}, ${special}); if (r !== ${COMPILED_EXIT}) { core.instructions += n; return r; }
  ${exitAt(i.pc, 1, D)} }`;
  }
  if (i.op === Op.GEN_START) {
    // A generator function's call (an ordinary call's frame): the generator holding the
    // frame is its result, as the interpreter's GEN_START and RETURN_VALUE give it.
    return `{ if (f.kind !== ${FrameKind.Call}) ${exitAt(i.pc, 1, D)}
  ${spill()} const gen = makeGenerator(core, f, ${i.next});
  mem.releaseFrame(f.bytes); stack[f.retSlot] = gen; core.sp = f.retSlot + 1; core.frame = f.parent;
  core.instructions += n; return ${COMPILED_FRAME}; }`;
  }
  if (i.op === Op.SEND) return send(i, float32);
  if (i.op === Op.YIELD_VALUE) {
    // The interpreter's YIELD_VALUE: a builtin consuming the generator (sum, list...)
    // takes the value and the body goes on; else the frame is saved, and the value
    // goes to the loop that resumed it in place or ends the nested run.
    return `{ const gen = stack[f.retSlot]; const sink = gen.sink;
  f.pc = ${i.next}; ${spillNow()} ${FLUSH}
  if (sink === null || !sink(${top()})) {
    if (f.kind === ${FrameKind.Generator}) { yieldInline(core, f, sb + ${D - 1}, ${i.next}, ${top()}); return ${COMPILED_FRAME}; }
    if (f.kind === ${FrameKind.Consumer}) { stopConsumer(core, f, sb + ${D - 1}, ${i.next}); return ${COMPILED_FRAME}; }
    core.result = ${top()}; suspendGenerator(core, f, sb + ${D - 1}, ${i.next}); return ${COMPILED_DONE};
  }
  ${put(D - 1, "null")} }`;
  }
  // CALL_METHOD: list.append in place (the commonest method call in loops); a Python
  // method the site's cache holds for the instance's shape (attrCache.ts
  // rememberMethod) entered at once, its frame based at the receiver and run as a
  // callee (runEntered), as callAt runs a frame enterMethodCached pushed; everything
  // else out of line (callSite.ts callMethodAt), which keeps each site small for V8.
  const fnAt = D - i.b - 1;
  const stored = spill();
  const append = i.b === 1 && names[i.a] === "append"
    ? `if (obj instanceof PyList) { ${stored} mem.charge(SIZE.slot); obj.items.push(${top()}); ${put(fnAt, "null")} } else ` : "";
  const ic = cacheOf(i);
  return `{ const fnIndex = sb + ${fnAt}; const obj = ${S(fnAt)}; let m = null;
  f.pc = ${i.next};
  if (obj instanceof PyInstance) { const c = ics[${ic}]; if (c.epoch === classEpoch.value) { const s = obj.dict.shape; m = s === c.s0 ? c.m0 : s === c.s1 ? c.m1 : s === c.s2 ? c.m2 : s === c.s3 ? c.m3 : null; } }
  ${append}{ ${stored} ${FLUSH}
    let r = m !== null ? (core.pushMethodFrame(m, fnIndex, ${FrameKind.Call}), runEntered(core, f, ${float32}, limit)) : callMethodAt(core, f, fnIndex, ${i.b}, names[${i.a}], ics[${ic}], ${float32}, limit);
    ${afterCall()}
    ${put(fnAt, "stack[fnIndex]")} } }`;
}

/**
 * SEND (`yield from`, `await`), as the interpreter runs it: a sub-generator runs in
 * place (its frame entered above this one, its compiled code as a nested call; its
 * yield or end comes back to this SEND, a block entry, which runs again then); a value it yielded goes to a builtin's sink
 * or is yielded by this generator, resuming at this SEND; its return value is the
 * result. Any other sub-iterator (SendState.NESTED) is the interpreter's.
 */
function send(i: Instr, float32: boolean): string {
  return `{ const it = ${top(1)}; const state = inlineSendState(it, ${top()}); let y, result = null;
  if (state === ${SendState.PENDING}) { y = it.pending; it.pending = undefined; }
  else if (state === ${SendState.RETURNED}) { result = it.returnValue; it.returnValue = null; }
  else if (state === ${SendState.RESUME}) { f.pc = ${i.pc}; ${spill()} enterInline(core, it, sb + ${D}, ${top()}); ${enterCallee(float32)} pc = ${i.pc}; continue outer; }
  else ${exitAt(i.pc, 1, D)}
  if (y !== undefined) {
    const sink = stack[f.retSlot].sink;
    f.pc = ${i.pc}; ${spill(D - 1)} ${FLUSH}
    if (sink !== null && sink(y)) { ${put(D - 1, "null")} ${goTo(i.pc, i.pc)} }
    if (f.kind === ${FrameKind.Generator}) { yieldInline(core, f, sb + ${D - 1}, ${i.pc}, y); return ${COMPILED_FRAME}; }
    if (f.kind === ${FrameKind.Consumer}) { stopConsumer(core, f, sb + ${D - 1}, ${i.pc}); return ${COMPILED_FRAME}; }
    core.result = y; suspendGenerator(core, f, sb + ${D - 1}, ${i.pc}); return ${COMPILED_DONE};
  }
  ${put(D - 2, "result")} ${goTo(i.pc, targetOf(i))} }`;
}

/** forIterNext's answer when it entered a generator's frame. */
const GENERATOR_ENTERED = Object.freeze({ entered: true }) as unknown as Value;

/**
 * FOR_ITER's next item from an iterator other than a range's, a list's or a fused
 * zip's (which the generated code reads inline), out of line (less code per loop for
 * V8 to optimise); undefined when it is exhausted. A generator no builtin consumes is
 * resumed in place (as the interpreter does): its frame is entered above the loop's
 * (GENERATOR_ENTERED; the caller runs it as a nested call, as a called function's),
 * and its yield or end comes back to the FOR_ITER, which takes the value then.
 */
function forIterNext(core: Core, it: Value, sp: number): Value | undefined {
  if (it instanceof PyGenerator && it.sink === null) {
    const v = it.pending;
    if (v !== undefined) {
      it.pending = undefined;
      return v;
    }
    return enterInline(core, it, sp) !== null ? GENERATOR_ENTERED : undefined;
  }
  // A string's characters: a call V8 can inline (the general one below is megamorphic).
  if (it instanceof StrIterator) return it.next();
  if (it instanceof DerivedIterator && it.overGenerator) {
    // `enumerate(g)`, `zip(names, g)`, `map(f, g)`: g's body first runs in place as
    // above; its yield is then pending for the next() of the second call.
    const g = it.awaited();
    if (g !== null) return enterInline(core, g, sp) !== null ? GENERATOR_ENTERED : undefined;
  }
  return (it as PyIterator).next();
}

/**
 * RETURN_VALUE of compiled code in a frame that is not an ordinary call's, or of code
 * flagged as special (`special`: only a generator resumed in place returns here),
 * with the value on top of the stack at `sp`. A generator resumed in place by a
 * loop's FOR_ITER or a SEND (FrameKind.Generator) is done: the loop or SEND finds it so
 * (returnInline), at its own pc. An __init__ (FrameKind.Init) gives the new instance;
 * its error (a value other than None) is the interpreter's to raise. A nested run's
 * frame (FrameKind.Boundary: core.call of a special method such as `__add__`, a key
 * function) ends the run here as the interpreter's return does. Returns the status
 * (the caller adds its uncounted instructions), or COMPILED_EXIT to leave the return
 * to the interpreter (the frame untouched).
 */
function returnFromFrame(core: Core, f: Frame, sp: number, special: boolean): number {
  const kind = f.kind;
  const stack = core.stack;
  if (kind === FrameKind.Generator) {
    core.mem.releaseFrame(f.bytes);
    returnInline(stack[f.retSlot] as PyGenerator, stack[sp - 1]);
    core.sp = f.retSlot;
    core.frame = f.parent;
    return COMPILED_FRAME;
  }
  if (kind === FrameKind.Consumer) {
    returnConsumer(core, f, stack[sp - 1]);
    return COMPILED_FRAME;
  }
  if (special || (kind !== FrameKind.Call && kind !== FrameKind.Init && kind !== FrameKind.Boundary)) return COMPILED_EXIT;
  const v = stack[sp - 1];
  if (kind === FrameKind.Init && v !== null) return COMPILED_EXIT;
  core.mem.releaseFrame(f.bytes);
  stack[f.retSlot] = kind === FrameKind.Init ? f.initSelf : v;
  core.frame = f.parent;
  if (kind === FrameKind.Boundary) {
    core.sp = f.retSlot;
    core.result = v;
    return COMPILED_DONE;
  }
  core.sp = f.retSlot + 1;
  return COMPILED_FRAME;
}

/**
 * After a call site's callAt/callKwAt (status `r`): CALL_ON goes on after the call; an
 * error the callee raised that a try block of this frame takes (catchFromCallee) goes
 * on at the handler, here (filled from the stack array); any other status is returned
 * as it is.
 */
function afterCall(): string {
  // Only SETUP_EXCEPT gives a frame try blocks: code without one never has any, so its
  // call sites need no test (less code for V8 to optimise at every call).
  if (!hasTry) return `if (r !== ${CALL_ON}) return r;`;
  return `if (r !== ${CALL_ON}) { if (r === ${COMPILED_ERROR} && f.blocks !== null && f.blocks.length !== 0) r = catchFromCallee(core, f); if (r !== ${CALL_ON}) return r; pc = f.pc; continue outer; }`;
}

/**
 * CALL: calls the callable at fnIndex with the `argc` values above it (f.pc set by the
 * caller) through callAt (callSite.ts), as the interpreter's CALL does.
 */
function callValue(argc: number, float32: boolean): string {
  const fnAt = D - argc - 1;
  // Out of line (callSite.ts): one copy of the call code per site would make large
  // functions slow and memory-hungry for V8 to optimise.
  const generic = (stored: string) => `${stored} ${FLUSH}
  { let r = callAt(core, f, fnIndex, ${argc}, false, ${float32}, limit); ${afterCall()} }
  ${put(fnAt, "stack[fnIndex]")}`;
  // A one-argument call may be a math function on a float (floatOps.ts).
  return `const fn = ${S(fnAt)};\n  ${argc === 1 ? numericCall(float32, top(), (e) => put(fnAt, e), generic(spill())) : generic(spillNow())}`;
}

/** Operand stacks deeper than this stay interpreted (one variable per entry). */
const MAX_VARIABLES = 64;

/** Compiles `code` (at the precision of `rt`), or null if it is not worth it. */
export function compileCode(code: CodeObject, rt: CodeRuntime, float32: boolean): CompiledCode | null {
  if (code.code.length > MAX_WORDS) return null;
  const instrs = decode(code);
  if (instrs === null) return null;
  const found = stackDepths(code);
  if (found === null) return null;
  // Every entry an instruction writes is below the depth after it, which is at most
  // the deepest state found plus what one instruction pushes (two, LOAD_FAST2).
  let deepest = 0;
  for (const d of found) deepest = Math.max(deepest, d + 2);
  if (deepest > MAX_VARIABLES) return null;
  const leaders = new Set<number>([0]);
  let compiled = 0;
  const evals: Instr[] = [];
  // EVAL instructions whose expression only ever declined while interpreted: left out
  // (counted, as the interpreter counts them, but nothing run), their generic
  // instructions compiled as straight code.
  const seen = rt.evalSeen;
  const skipped = (i: Instr) => (i.op === Op.EVAL_EXPR || i.op === Op.EVAL_STMT) && seen !== null && seen[i.pc] === 2;
  for (const i of instrs) {
    const t = skipped(i) ? -1 : targetOf(i);
    if (t >= 0) {
      leaders.add(t);
      // (A dead EVAL opens no `if`: see inlineElse.)
      if ((i.op === Op.EVAL_EXPR || i.op === Op.EVAL_STMT) && found[i.pc] >= 0) evals.push(i);
      else leaders.add(i.next);
    }
    if (mayExit(i.op) || i.op === Op.RAISE) leaders.add(i.next);
    if (compilable(i.op)) compiled++;
    // A SEND runs again when its sub-generator yields or ends: an entry.
    if (i.op === Op.SEND) leaders.add(i.pc);
    // The fused FOR_ITER + UNPACK_SEQUENCE path continues after the unpack.
    if (i.op === Op.FOR_ITER) leaders.add(i.next + 2);
  }
  if (compiled === 0) return null;
  // An EVAL instruction's generic instructions (from its successor to its target) are
  // emitted inside `if (the compiled expression declined) { ... }`, so that the usual
  // case runs straight on without going back through the switch — when nothing else
  // enters that range. Otherwise its successor is a block entry like any other.
  const inlineElse = new Map<number, number>(); // successor pc -> target pc
  for (const e of evals) {
    const t = targetOf(e);
    const region = instrs.filter((j) => j.pc >= e.next && j.pc < t);
    if (t > e.next && region.every((j) => !leaders.has(j.pc) && j.op !== Op.EVAL_EXPR && j.op !== Op.EVAL_STMT)) inlineElse.set(e.next, t);
    else leaders.add(e.next);
  }

  caches = [];
  bound = boundLocals(code);
  depths = found;
  attrNames = code.names;
  builtinOfGlobal = code.globals.map((name) => builtins.get(name));
  hasTry = instrs.some((j) => j.op === Op.SETUP_EXCEPT);
  const out: string[] = [];
  let blockLen = 0;
  let blockStart = -1;
  // uncounted[P + 1]: instructions of P's block after P. A block is counted when it is
  // entered; an error at P (pc = P + 1 then) takes back the ones that did not run.
  const uncounted = new Int32Array(code.code.length + 1);
  // thrownDepth[P + 1]: the operand stack depth before the instruction at P, which the
  // catch clause stores (it knows only pc).
  const thrownDepth = new Int32Array(code.code.length + 1);
  let blockPcs: number[] = [];
  const flushBlock = () => {
    if (blockStart >= 0) out[blockStart] = out[blockStart].replace("n += ?;", `n += ${blockLen};`);
    blockPcs.forEach((p, j) => (uncounted[p + 1] = blockPcs.length - 1 - j));
    blockPcs = [];
  };
  let closeAt = -1;
  // The switch dispatches on dense block numbers (blockOf[pc]; -1 for any pc that is
  // not a block entry, which falls to `default` and exits): V8 compiles a switch over
  // 0..K to a jump table, but one over sparse pcs to a chain of comparisons, which
  // made every branch and loop iteration of a large function cost ~20 ns.
  const blockOf = new Int32Array(code.code.length + 1).fill(-1);
  let blockCount = 0;
  for (let idx = 0; idx < instrs.length; idx++) {
    const i = instrs[idx];
    D = found[i.pc];
    if (i.pc === closeAt) {
      flushBlock();
      blockStart = -1;
      out.push("}");
      closeAt = -1;
      clean = 0;
    }
    if (inlineElse.has(i.pc)) {
      // The EVAL before this opened `if (...) {`: its generic instructions count apart.
      flushBlock();
      out.push("n += ?;");
      blockStart = out.length - 1;
      blockLen = 0;
      closeAt = inlineElse.get(i.pc)!;
      clean = 0;
    }
    if (leaders.has(i.pc)) {
      flushBlock();
      blockOf[i.pc] = blockCount;
      out.push(`case ${blockCount++}: n += ?;`);
      blockStart = out.length - 1;
      blockLen = 0;
      clean = 0;
    }
    if (D < 0) {
      // Never reached (code after a return, say): nothing to compile, nothing to store.
      flushBlock();
      blockStart = -1;
      out.push(`{ f.pc = ${i.pc}; core.instructions += n; return ${COMPILED_EXIT}; }`);
      continue;
    }
    if (!compilable(i.op)) {
      // The interpreter runs it (and counts it); compiled code may start again after it.
      flushBlock();
      blockStart = -1;
      out.push(exitAt(i.pc, 0, D));
      continue;
    }
    blockLen++;
    blockPcs.push(i.pc);
    thrownDepth[i.pc + 1] = D;
    if (skipped(i)) continue;
    if (!neverThrows(i)) out.push(`pc = ${i.pc + 1};`);
    const after = instrs[idx + 1];
    if (i.op === Op.BUILD_TUPLE && after?.op === Op.UNPACK_SEQUENCE && after.a === i.a && !leaders.has(after.pc)) {
      // `a, b = b, a`: the interpreter's fusion — reverse the entries, no tuple (none is
      // observable); the UNPACK_SEQUENCE, in the same block, still counts.
      let swap = "";
      for (let lo = D - i.a, hi = D - 1; lo < hi; lo++, hi--) swap += `{ const t = ${S(lo)}; ${put(lo, S(hi))} ${put(hi, "t")} } `;
      out.push(swap);
      blockLen++;
      blockPcs.push(after.pc);
      thrownDepth[after.pc + 1] = D;
      idx++;
      continue;
    }
    if (inlineElse.has(i.next)) {
      const fn = `(rt.jit?.[${i.pc}] ?? evalFunction(code, rt, ${i.pc}, ${float32}))(stack, base, gslots)`;
      out.push(i.op === Op.EVAL_EXPR ? `ev = ${fn}; if (ev !== undefined) ${put(D, "ev")} else {` : `if (${fn} === undefined) {`);
    } else if (BRANCHES.has(i.op)) out.push(branch(i, instrs[idx + 1], float32));
    else if (CALLS.has(i.op)) out.push(call(i, code, float32));
    else out.push(straight(i, float32)!);
  }
  flushBlock();
  // Running off the end cannot happen in verified code (every path returns); exit anyway.
  out.push(`f.pc = ${code.code.length}; core.instructions += n; return ${COMPILED_EXIT};`);

  const vars = Array.from({ length: deepest }, (_, k) => S(k));
  let fill = "";
  for (let k = deepest; k > 0; k--) fill += `case ${k}: ${S(k - 1)} = stack[sb + ${k - 1}]; `;
  const storeAll = vars.map((v, k) => `stack[sb + ${k}] = ${v};`).join(" ");
  const body = `"use strict";
const { ops, PyFloat, PyList, PyInstance, FrameKind, loadAttr, storeAttr, classEpoch, ics, PyTuple, PyFunction, PyHeapObject, RangeIterator, ListIterator, TupleIterator, PyGenerator, SUSPEND,
  enterInline, yieldInline, suspendGenerator, stopConsumer, mayAbandonGenerator, inlineSendState, makeGenerator, returnInline, yieldFromIter, runEntered, callAt, callKwAt, callExAt, callMethodAt, subscrAt,
  unboundLocal, nameError, builtinOrNameError, freeVarError, makeFunction, pushTryBlock, popTryBlock, delAttrObject, exceptionMatches, reraise,
  formatValueForFString, buildSet, buildDict, updateSet, dictUnpack, listBytes, strBytes, SIZE, evalFunction,
  setPendingError, handleInFrame, catchFromCallee, returnFromFrame, forIterNext, GENERATOR_ENTERED, raiseError, reraiseHandled, divisionByZero, exceptionArgs, PyDict, isSlice, keyError, cpCompare, code, rt, k, names, varnames, globalNames, builtinValues, uncounted, thrownDepth, blockOf, depthAt } = H;
const { ${Object.keys(floatHelpers).join(", ")} } = H;
return function compiled_${(code.qualname || code.name).replace(/[^A-Za-z0-9_]/g, "_")}(core, f, limit) {
  const stack = core.stack, base = f.base, sb = base + ${code.varnames.length}, cells = f.cells, gslots = f.globals.slots, mem = core.mem;
  let pc = f.pc, n = 0, ev${vars.length ? ", " + vars.join(", ") : ""};
  outer: for (;;) {
    ${fill ? `switch (depthAt[pc]) { ${fill}}` : ""}
    try {
      for (;;) switch (blockOf[pc]) {
${out.join("\n")}
        default: f.pc = pc; core.instructions += n; return ${COMPILED_EXIT};
      }
    } catch (e) {
      f.pc = pc; ${storeAll} core.sp = sb + thrownDepth[pc]; core.instructions += n - uncounted[pc]; n = 0;
      const left = handleInFrame(core, f, e);
      if (left !== null) { setPendingError(left); return ${COMPILED_ERROR}; }
      pc = f.pc;
    }
  }
};`;
  const depthAt = new Int32Array(code.code.length + 1).fill(0);
  depthAt.set(found.map((d) => Math.max(d, 0)));
  const H = {
    ops, PyFloat, PyList, PyInstance, FrameKind, loadAttr, storeAttr, classEpoch, ics: caches.map(newAttrCache), PyTuple, PyFunction, PyHeapObject, RangeIterator, ListIterator, TupleIterator, PyGenerator, SUSPEND,
    enterInline, yieldInline, suspendGenerator, stopConsumer, mayAbandonGenerator, inlineSendState, makeGenerator, returnInline, yieldFromIter, runEntered, callAt, callKwAt, callExAt, callMethodAt, subscrAt,
    unboundLocal, nameError, builtinOrNameError, freeVarError, makeFunction, pushTryBlock, popTryBlock, delAttrObject, exceptionMatches, reraise,
    formatValueForFString, buildSet, buildDict, updateSet, dictUnpack, listBytes, strBytes, SIZE, evalFunction,
    setPendingError, handleInFrame, catchFromCallee, returnFromFrame, forIterNext, GENERATOR_ENTERED, raiseError, reraiseHandled, divisionByZero, exceptionArgs, PyDict, isSlice, keyError, cpCompare, code, rt, k: rt.k, names: code.names, varnames: code.varnames, globalNames: code.globals, builtinValues: builtinOfGlobal, uncounted, thrownDepth, blockOf, depthAt,
    ...floatHelpers,
  };
  void PyError;
  if (dumpTo) dumpTo(`// ${code.name}\n${body}\n`);
  return new Function("H", body)(H) as CompiledCode;
}
