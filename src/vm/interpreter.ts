// The bytecode interpreter: runs one core for up to `budget` instructions, or until
// it blocks in a message-passing call, or until its program ends.
//
// Everything the core needs to continue (frames, pc, operand stack) lives in the
// Core object, never in JavaScript locals across a return from `execute`, so a
// blocked core is just data and costs no CPU. Within one slice the hot state is
// cached in locals (pc, sp, the instruction array, constants, globals) and written
// back whenever control leaves the loop or calls out (builtins may re-enter the
// interpreter through core.call, and the collector reads core.sp).
//
// The int and float fast paths of the common operators are inlined; everything else
// goes through ops.ts.

import { CodeFlags } from "../bytecode/code.js";
import { Op } from "../bytecode/opcodes.js";
import { PyError } from "./errors.js";
import { Frame, FrameKind } from "./frame.js";
import * as ops from "./ops.js";
import { formatValueForFString, printClassic } from "./builtins.js";
import { buildSet, updateSet } from "./methods/set.js";
import { buildDict, dictUnpack } from "./methods/dict.js";
import { PyDict } from "./dict.js";
import { PySet } from "./set.js";
import { mergeKwargs, spreadCallArgs } from "./kwargs.js";
import { unpackStarred } from "./starred.js";
import { matchClass, matchKeys, matchMapping, matchSequence } from "./patterns.js";
import { contextExit } from "./contextManagers.js";
import { asyncContextExit, getAsyncIter, getAsyncNext, getAwaitable } from "./coroutines.js";
import {
  ListIterator, PyFloat, PyFunction, PyHeapObject, PyList, PyModule, PyTuple,
  RangeIterator, SUSPEND, type Value, BuiltinFunction, PyType,
} from "./values.js";
import type { Core } from "./core.js";
import { runEval } from "./loader.js";
import { DerivedIterator, TupleIterator } from "./tupleIterators.js";
import { typeName } from "./args.js";
import { classKeywords } from "./metaclasses.js";
import { buildClass, classNamespace, delAttrObject, enterItemMethod, enterMethodCall, enterObjectCall, enterSuperMethod, PyInstance, PySuper, setActiveCore } from "./classes.js";
import { exceptionMatches, raiseError, reraise, reraiseHandled, unwindToHandler } from "./exceptions.js";
import { exceptStarMatch, exceptStarReraise } from "./exceptionGroups.js";
import { listBytes, strBytes, SIZE } from "./memory.js";
import { makeSlice } from "./slices.js";

/** Operator names of INPLACE_TRUEDIV..INPLACE_RSHIFT, in opcode order (ops.inplaceArith). */
const INPLACE_NAMES = ["truediv", "floordiv", "mod", "pow", "lshift", "rshift"] as const;
import { builtinMethodCall, consumingMethodCall, freeVarError, makeFunction, nameError, popTryBlock, pushTryBlock, unboundLocal } from "./jit/shared.js";
import { COMPILED_BLOCKED, COMPILED_DONE, COMPILED_ERROR, runCompiled, takeCompiledError, warmUp } from "./jit/baseline.js";
import { consumeInPlace, consumerResult, delegateResult, endConsumer, enterInline, type InPlaceConsumer, inlineSendState, SendState, makeGenerator, PyGenerator, returnInline, yieldInline, sendTo, leaveConsumer, mayAbandonGenerator, suspendGenerator, yieldFromIter } from "./generators.js";

export const RUN_DONE = 0;
export const RUN_BLOCKED = 1;
export const RUN_YIELD = 2;

// Instruction count: `count` is what this slice has executed since `core.instructions`
// was last brought up to date. Before calling out of its fast paths (generic
// subscripts and iterators, native calls) the interpreter adds it to
// `core.instructions` and takes it off `budget`, so code it calls sees the core's
// current count (the transfer model of host arrays reads it as simulated time) while
// the slice still ends after `budget` instructions in all.
export function execute(core: Core, budget: number): number {
  const f32 = core.float32;
  let f = core.frame!;
  let code = f.code;
  let ins = code.code;
  let rt = f.rt;
  let k = rt.k;
  let pc = f.pc;
  let sp = core.sp;
  let base = f.base;
  let gslots = f.globals.slots;
  const stack = core.stack;
  const mem = core.mem;
  let count = 0;
  let callArgc = 0;
  setActiveCore(core);

  // Set before `continue run`: the current frame (f, pc, sp...) is compiled, and runs
  // as compiled code from pc (jit/baseline.ts) — on a loop's backward jump, on a
  // call into a compiled function and on a return into a compiled caller, so that
  // interpreted and compiled code hand calls to each other without staying in the
  // slower one until the next loop.
  // A nested run (core.call: a special method such as `__add__`, a key function, a
  // callback) starts in compiled code when its function is (or becomes) hot: it
  // would otherwise interpret the whole of a loop-free function. (A core's own run
  // resumes in the interpreter, which enters compiled code at the next call, return
  // or loop head: where it yields stays as it was.)
  if (f.kind === FrameKind.Boundary && rt.compiled === null) warmUp(code, rt, f32);
  let enterCompiled = f.kind === FrameKind.Boundary && !!rt.compiled;

  // Set before `continue run` by an instruction that entered a special method's frame
  // (`obj[i]` with a Python `__getitem__`: classes.ts enterItemMethod): the loop goes
  // on in that frame, compiled when its code is.
  let entered = false;

  // The outer loop resumes at an exception handler (see the end), and enters
  // compiled code (enterCompiled). A raise of the program's own (RAISE, RERAISE, an
  // error compiled code returned) goes there by `break caught` with the error in
  // `thrown`: a JavaScript throw costs far more than the jump, and Python programs
  // may raise and catch in a loop. Errors of everything the loop calls are caught.
  run: for (;;) {
    let thrown: unknown;
    caught: try {
    if (entered) {
      entered = false;
      f = core.frame!;
      code = f.code;
      ins = code.code;
      rt = f.rt;
      k = rt.k;
      pc = f.pc;
      base = f.base;
      sp = core.sp;
      gslots = f.globals.slots;
      if (rt.compiled === null) warmUp(code, rt, f32);
      if (rt.compiled) enterCompiled = true;
    }
    // A blocking call that completed with an error raises it here, where the core resumed.
    if (core.resumeError !== undefined) {
      thrown = core.resumeError;
      core.resumeError = undefined;
      break caught;
    }
    if (enterCompiled) {
      enterCompiled = false;
      f.pc = pc;
      core.sp = sp;
      core.instructions += count; budget -= count; count = 0;
      const start = core.instructions;
      const r = runCompiled(core, f32, start + budget);
      budget -= core.instructions - start;
      // A generator's compiled yield ended the nested run that resumed it.
      if (r === COMPILED_DONE) return RUN_DONE;
      // Compiled code may have called and returned across frames: continue
      // (or unwind) wherever it stopped.
      f = core.frame!;
      code = f.code;
      ins = code.code;
      rt = f.rt;
      k = rt.k;
      pc = f.pc;
      base = f.base;
      sp = core.sp;
      gslots = f.globals.slots;
      if (r === COMPILED_ERROR) { thrown = takeCompiledError(); break caught; }
      if (r === COMPILED_BLOCKED) return RUN_BLOCKED;
      if (budget <= 0) return RUN_YIELD;
    }
    for (;;) {
      const op = ins[pc++];
      count++;
      switch (op) {
        case Op.NOP:
          break;
        case Op.POP_TOP:
          sp--;
          break;
        case Op.POP_ITER: {
          const it = stack[--sp];
          if (mayAbandonGenerator(core.mem.closable, it)) {
            f.pc = pc;
            core.sp = sp;
            core.instructions += count; budget -= count;
            count = 0;
            core.abandonIterator();
          }
          break;
        }
        case Op.ROT_TWO: {
          const t = stack[sp - 1];
          stack[sp - 1] = stack[sp - 2];
          stack[sp - 2] = t;
          break;
        }
        case Op.ROT_THREE: {
          const t = stack[sp - 1];
          stack[sp - 1] = stack[sp - 2];
          stack[sp - 2] = stack[sp - 3];
          stack[sp - 3] = t;
          break;
        }
        case Op.DUP_TOP:
          stack[sp] = stack[sp - 1];
          sp++;
          break;
        case Op.DUP_TOP_TWO:
          stack[sp] = stack[sp - 2];
          stack[sp + 1] = stack[sp - 1];
          sp += 2;
          break;
        case Op.LOAD_CONST:
          stack[sp++] = k[ins[pc++]];
          break;
        case Op.LOAD_INT:
          stack[sp++] = ins[pc++];
          break;
        case Op.LOAD_NONE:
          stack[sp++] = null;
          break;
        case Op.LOAD_TRUE:
          stack[sp++] = true;
          break;
        case Op.LOAD_FALSE:
          stack[sp++] = false;
          break;
        case Op.LOAD_FAST: {
          const i = ins[pc++];
          const v = stack[base + i];
          if (v === undefined) throw unboundLocal(code.varnames[i]);
          stack[sp++] = v;
          break;
        }
        case Op.STORE_FAST:
          stack[base + ins[pc++]] = stack[--sp];
          break;
        case Op.DELETE_FAST: {
          const i = ins[pc++];
          if (stack[base + i] === undefined) throw unboundLocal(code.varnames[i]);
          stack[base + i] = undefined as unknown as Value;
          if (core.mem.dropWatch !== 0) dropped(core, f, pc, sp);
          break;
        }
        case Op.LOAD_DEREF: {
          const i = ins[pc++];
          const v = f.cells![i].value;
          if (v === undefined) throw freeVarError(code, i);
          stack[sp++] = v;
          break;
        }
        case Op.STORE_DEREF:
          f.cells![ins[pc++]].value = stack[--sp];
          break;
        case Op.LOAD_CLOSURE:
          stack[sp++] = f.cells![ins[pc++]];
          break;
        case Op.LOAD_GLOBAL: {
          const i = ins[pc++];
          let v = gslots[i];
          if (v === undefined) {
            const name = code.globals[i];
            v = core.builtins.get(name) ?? core.moduleDunder(f.globals, name);
            if (v === undefined) throw nameError(name);
          }
          stack[sp++] = v;
          break;
        }
        case Op.STORE_GLOBAL: {
          // Rebinding a global (`obj = None`) may drop an object's last reference.
          const i = ins[pc++];
          const old = gslots[i];
          gslots[i] = stack[--sp];
          if ((old instanceof PyInstance || old instanceof PyGenerator) && core.mem.dropWatch !== 0) dropped(core, f, pc, sp);
          break;
        }
        case Op.DELETE_GLOBAL: {
          const i = ins[pc++];
          if (gslots[i] === undefined) throw nameError(code.globals[i]);
          gslots[i] = undefined;
          if (core.mem.dropWatch !== 0) dropped(core, f, pc, sp);
          break;
        }
        case Op.LOAD_ATTR:
          f.pc = pc;
          core.sp = sp;
          stack[sp - 1] = core.getAttr(stack[sp - 1], code.names[ins[pc++]]);
          break;
        case Op.STORE_ATTR: {
          const obj = stack[--sp];
          const v = stack[--sp];
          core.setAttr(obj, code.names[ins[pc++]], v);
          break;
        }

        // ------------------------------------------------------ arithmetic
        case Op.BINARY_ADD:
        case Op.INPLACE_ADD: {
          const b = stack[--sp];
          const a = stack[sp - 1];
          if (typeof a === "number" && typeof b === "number") {
            if ((a | 0) === a && (b | 0) === b) {
              const r = a + b;
              if ((r | 0) === r) stack[sp - 1] = r;
              else {
                core.sp = sp;
                stack[sp - 1] = ops.intOverflowed(core, "+", a, b);
              }
            } else {
              const r = f32 ? Math.fround(a + b) : a + b;
              stack[sp - 1] = (r | 0) === r ? new PyFloat(r) : r;
            }
          } else {
            core.sp = sp;
            // `+=` on a list extends it in place; otherwise it is `+`.
            stack[sp - 1] = op === Op.INPLACE_ADD ? ops.inplaceAdd(core, a, b) : ops.add(core, a, b);
          }
          break;
        }
        case Op.BINARY_SUB:
        case Op.INPLACE_SUB: {
          const b = stack[--sp];
          const a = stack[sp - 1];
          if (typeof a === "number" && typeof b === "number") {
            if ((a | 0) === a && (b | 0) === b) {
              const r = a - b;
              if ((r | 0) === r) stack[sp - 1] = r;
              else {
                core.sp = sp;
                stack[sp - 1] = ops.intOverflowed(core, "-", a, b);
              }
            } else {
              const r = f32 ? Math.fround(a - b) : a - b;
              stack[sp - 1] = (r | 0) === r ? new PyFloat(r) : r;
            }
          } else {
            core.sp = sp;
            // `-=` on a set removes in place; otherwise it is `-`.
            stack[sp - 1] = op === Op.INPLACE_SUB ? ops.inplaceOp(core, "sub", a, b) : ops.sub(core, a, b);
          }
          break;
        }
        case Op.BINARY_MUL:
        case Op.INPLACE_MUL: {
          const b = stack[--sp];
          const a = stack[sp - 1];
          if (typeof a === "number" && typeof b === "number") {
            if ((a | 0) === a && (b | 0) === b) {
              const r = a * b;
              if ((r | 0) === r) stack[sp - 1] = r === 0 ? 0 : r;
              else {
                core.sp = sp;
                stack[sp - 1] = ops.intOverflowed(core, "*", a, b);
              }
            } else {
              const r = f32 ? Math.fround(a * b) : a * b;
              stack[sp - 1] = (r | 0) === r ? new PyFloat(r) : r;
            }
          } else {
            core.sp = sp;
            stack[sp - 1] = op === Op.INPLACE_MUL ? ops.inplaceArith(core, "mul", a, b) : ops.mul(core, a, b);
          }
          break;
        }
        case Op.BINARY_TRUEDIV: {
          const b = stack[--sp];
          const a = stack[sp - 1];
          if (typeof a === "number" && typeof b === "number" && b !== 0) {
            const r = f32 ? Math.fround(a / b) : a / b;
            stack[sp - 1] = (r | 0) === r ? new PyFloat(r) : r;
          } else stack[sp - 1] = ops.truediv(core, a, b);
          break;
        }
        case Op.BINARY_FLOORDIV: {
          const b = stack[--sp];
          const a = stack[sp - 1];
          if (typeof a === "number" && typeof b === "number" && b > 0 && (a | 0) === a && (b | 0) === b) stack[sp - 1] = Math.floor(a / b);
          else stack[sp - 1] = ops.floordiv(core, a, b);
          break;
        }
        case Op.BINARY_MOD: {
          const b = stack[--sp];
          const a = stack[sp - 1];
          if (typeof a === "number" && typeof b === "number" && b > 0 && (a | 0) === a && (b | 0) === b) {
            const r = a % b;
            stack[sp - 1] = r < 0 ? r + b : r + 0; // never an int -0
          } else {
            core.sp = sp;
            stack[sp - 1] = ops.mod(core, a, b);
          }
          break;
        }
        case Op.BINARY_POW: {
          const b = stack[--sp];
          stack[sp - 1] = ops.pow(core, stack[sp - 1], b);
          break;
        }
        case Op.BINARY_LSHIFT: {
          const b = stack[--sp];
          core.sp = sp;
          stack[sp - 1] = ops.bitop("lshift", stack[sp - 1], b, core);
          break;
        }
        case Op.BINARY_RSHIFT: {
          const b = stack[--sp];
          core.sp = sp;
          stack[sp - 1] = ops.bitop("rshift", stack[sp - 1], b, core);
          break;
        }
        case Op.BINARY_AND:
        case Op.INPLACE_AND: {
          const b = stack[--sp];
          const a = stack[sp - 1];
          core.sp = sp;
          stack[sp - 1] = typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b ? a & b
            : op === Op.INPLACE_AND ? ops.inplaceOp(core, "and", a, b) : ops.bitop("and", a, b, core);
          break;
        }
        case Op.BINARY_OR:
        case Op.INPLACE_OR: {
          const b = stack[--sp];
          const a = stack[sp - 1];
          core.sp = sp;
          stack[sp - 1] = typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b ? a | b
            : op === Op.INPLACE_OR ? ops.inplaceOp(core, "or", a, b) : ops.bitop("or", a, b, core);
          break;
        }
        case Op.BINARY_XOR:
        case Op.INPLACE_XOR: {
          const b = stack[--sp];
          const a = stack[sp - 1];
          core.sp = sp;
          stack[sp - 1] = typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b ? a ^ b
            : op === Op.INPLACE_XOR ? ops.inplaceOp(core, "xor", a, b) : ops.bitop("xor", a, b, core);
          break;
        }
        case Op.INPLACE_TRUEDIV:
        case Op.INPLACE_FLOORDIV:
        case Op.INPLACE_MOD:
        case Op.INPLACE_POW:
        case Op.INPLACE_LSHIFT:
        case Op.INPLACE_RSHIFT: {
          const b = stack[--sp];
          core.sp = sp;
          stack[sp - 1] = ops.inplaceArith(core, INPLACE_NAMES[op - Op.INPLACE_TRUEDIV], stack[sp - 1], b);
          break;
        }
        case Op.BINARY_MATMUL:
        case Op.INPLACE_MATMUL: {
          const b = stack[--sp];
          core.sp = sp;
          stack[sp - 1] = ops.matmul(core, stack[sp - 1], b, op === Op.INPLACE_MATMUL);
          break;
        }
        case Op.CLASSIC_ADD: {
          const b = stack[--sp];
          core.sp = sp;
          stack[sp - 1] = ops.classicAdd(core, stack[sp - 1], b);
          break;
        }
        case Op.CLASSIC_DIV: {
          const b = stack[--sp];
          stack[sp - 1] = ops.classicDiv(core, stack[sp - 1], b);
          break;
        }
        case Op.CLASSIC_FLOORDIV: {
          const b = stack[--sp];
          stack[sp - 1] = ops.classicFloorDiv(core, stack[sp - 1], b);
          break;
        }
        case Op.CLASSIC_MOD: {
          const b = stack[--sp];
          stack[sp - 1] = ops.classicMod(core, stack[sp - 1], b);
          break;
        }
        case Op.UNARY_NEG: {
          const a = stack[sp - 1];
          if (typeof a === "number" && (a | 0) !== a) {
            // A float stays a float: -2147483648.0 (from 2**31) must be boxed.
            const r = -a;
            stack[sp - 1] = (r | 0) === r ? new PyFloat(r) : r;
          }
          else if (a instanceof PyFloat) stack[sp - 1] = new PyFloat(-a.v);
          else stack[sp - 1] = ops.neg(core, a);
          break;
        }
        case Op.UNARY_POS:
          stack[sp - 1] = ops.pos(stack[sp - 1]);
          break;
        case Op.UNARY_INVERT:
          stack[sp - 1] = ops.invert(stack[sp - 1], core);
          break;
        case Op.UNARY_NOT: {
          const a = stack[sp - 1];
          stack[sp - 1] = a === true ? false : a === false ? true : !ops.truthy(a);
          break;
        }

        // ----------------------------------------------------- comparisons
        case Op.COMPARE_EQ: {
          const b = stack[--sp];
          const a = stack[sp - 1];
          stack[sp - 1] = typeof a === "number" && typeof b === "number" ? a === b : ops.eqOp(a, b);
          break;
        }
        case Op.COMPARE_NE: {
          const b = stack[--sp];
          const a = stack[sp - 1];
          stack[sp - 1] = typeof a === "number" && typeof b === "number" ? a !== b : ops.neOp(a, b);
          break;
        }
        case Op.COMPARE_LT: {
          const b = stack[--sp];
          const a = stack[sp - 1];
          if (typeof a === "number" && typeof b === "number") stack[sp - 1] = a < b;
          else if (a instanceof PyFloat && b instanceof PyFloat) stack[sp - 1] = a.v < b.v;
          else stack[sp - 1] = ops.compareValue("lt", a, b);
          break;
        }
        case Op.COMPARE_LE: {
          const b = stack[--sp];
          const a = stack[sp - 1];
          if (typeof a === "number" && typeof b === "number") stack[sp - 1] = a <= b;
          else if (a instanceof PyFloat && b instanceof PyFloat) stack[sp - 1] = a.v <= b.v;
          else stack[sp - 1] = ops.compareValue("le", a, b);
          break;
        }
        case Op.COMPARE_GT: {
          const b = stack[--sp];
          const a = stack[sp - 1];
          if (typeof a === "number" && typeof b === "number") stack[sp - 1] = a > b;
          else if (a instanceof PyFloat && b instanceof PyFloat) stack[sp - 1] = a.v > b.v;
          else stack[sp - 1] = ops.compareValue("gt", a, b);
          break;
        }
        case Op.COMPARE_GE: {
          const b = stack[--sp];
          const a = stack[sp - 1];
          if (typeof a === "number" && typeof b === "number") stack[sp - 1] = a >= b;
          else if (a instanceof PyFloat && b instanceof PyFloat) stack[sp - 1] = a.v >= b.v;
          else stack[sp - 1] = ops.compareValue("ge", a, b);
          break;
        }
        case Op.COMPARE_IN: {
          const b = stack[--sp];
          stack[sp - 1] = ops.contains(b, stack[sp - 1]);
          break;
        }
        case Op.COMPARE_NOT_IN: {
          const b = stack[--sp];
          stack[sp - 1] = !ops.contains(b, stack[sp - 1]);
          break;
        }
        case Op.COMPARE_IS: {
          const b = stack[--sp];
          const a = stack[sp - 1];
          stack[sp - 1] = a === b || (a !== a && b !== b);
          break;
        }
        case Op.COMPARE_IS_NOT: {
          const b = stack[--sp];
          const a = stack[sp - 1];
          stack[sp - 1] = a !== b && (a === a || b === b);
          break;
        }

        // ---------------------------------------------------- control flow
        case Op.JUMP: {
          const target = ins[pc];
          if (target < pc) {
            if (count >= budget) {
              f.pc = target;
              core.sp = sp;
              core.instructions += count;
              return RUN_YIELD;
            }
            // A hot loop runs as compiled code (jit/baseline.ts) from its head until it
            // ends or meets an instruction the compiler leaves to this loop.
            if (rt.compiled === null) warmUp(code, rt, f32);
            if (rt.compiled) {
              pc = target;
              enterCompiled = true;
              continue run;
            }
          }
          pc = target;
          break;
        }
        case Op.POP_JUMP_IF_FALSE: {
          const v = stack[--sp];
          if (v === false || (v !== true && !ops.truthy(v))) pc = ins[pc];
          else pc++;
          break;
        }
        case Op.POP_JUMP_IF_TRUE: {
          const v = stack[--sp];
          if (v === true || (v !== false && ops.truthy(v))) pc = ins[pc];
          else pc++;
          break;
        }
        case Op.JUMP_IF_FALSE_OR_POP:
          if (!ops.truthy(stack[sp - 1])) pc = ins[pc];
          else {
            sp--;
            pc++;
          }
          break;
        case Op.JUMP_IF_TRUE_OR_POP:
          if (ops.truthy(stack[sp - 1])) pc = ins[pc];
          else {
            sp--;
            pc++;
          }
          break;
        case Op.JUMP_IF_BOUND:
          if (stack[base + ins[pc]] !== undefined) pc = ins[pc + 1];
          else pc += 2;
          break;
        case Op.GET_ITER:
          core.sp = sp;
          mem.charge(SIZE.iterator);
          stack[sp - 1] = ops.getIter(stack[sp - 1]);
          break;
        case Op.FOR_ITER:
        case Op.FOR_ITER_STORE: {
          // TOS is the iterator. FOR_ITER pushes the next item; FOR_ITER_STORE (operands:
          // local, target) stores it into a fast local. Exhausted: pop, jump to target.
          const it = stack[sp - 1];
          let v: Value | undefined;
          /** A generator to resume in place before the loop can go on. */
          let resumed: PyGenerator | null = null;
          if (it instanceof RangeIterator) {
            const c = it.cur;
            if (it.step > 0 ? c < it.stop : c > it.stop) {
              it.cur = c + it.step;
              v = c;
            }
          } else if (it instanceof ListIterator) {
            if (it.i < it.items.length) v = it.items[it.i++];
          } else if (op === Op.FOR_ITER && it instanceof TupleIterator && ins[pc + 1] === Op.UNPACK_SEQUENCE && ins[pc + 2] === it.arity && !it.overGenerator) {
            // `for i, x in enumerate(xs)` / `for a, b in zip(...)`: FOR_ITER and the
            // UNPACK_SEQUENCE after it in one step, without the tuple (tupleIterators.ts).
            // Over a generator, the general path below runs its body in place first.
            f.pc = pc - 1;
            core.sp = sp;
            core.instructions += count; budget -= count; count = 0;
            const row = it.scratch;
            if (it.fill(row)) {
              for (let i = row.length - 1; i >= 0; i--) stack[sp++] = row[i];
              pc += 3;
              count++;
            } else {
              sp--;
              pc = ins[pc];
            }
            if (count >= budget) {
              f.pc = pc;
              core.sp = sp;
              core.instructions += count;
              return RUN_YIELD;
            }
            break;
          } else if (it instanceof PyGenerator && it.sink === null) {
            if (it.pending !== undefined) {
              // What the generator yielded to this loop (it ran in place, see below).
              v = it.pending;
              it.pending = undefined;
            } else resumed = it;
          } else {
            f.pc = pc - 1;
            core.sp = sp;
            core.instructions += count; budget -= count; count = 0;
            // `enumerate(g)`, `zip(names, g)`, `map(f, g)`: g's body may first have to run
            // (in place, as below); its yield is then pending for the next() here.
            if (it instanceof DerivedIterator && it.overGenerator) resumed = it.awaited();
            if (resumed === null) v = (it as import("./values.js").PyIterator).next();
          }
          if (resumed !== null) {
            // Resume it in place: its frame runs here, and may block the core. Its yield
            // or end comes back to this FOR_ITER.
            f.pc = pc - 1;
            core.sp = sp;
            const nf = enterInline(core, resumed, sp);
            if (nf) {
              f = nf;
              code = f.code;
              ins = code.code;
              rt = f.rt;
              k = rt.k;
              pc = f.pc;
              base = f.base;
              sp = core.sp;
              gslots = f.globals.slots;
              if (rt.compiled === null) warmUp(code, rt, f32);
              if (rt.compiled) { enterCompiled = true; continue run; }
              break;
            }
          }
          const store = op === Op.FOR_ITER_STORE;
          if (v === undefined) {
            sp--;
            pc = ins[store ? pc + 1 : pc];
          } else if (store) {
            stack[base + ins[pc]] = v;
            pc += 2;
          } else {
            stack[sp++] = v;
            pc++;
          }
          if (count >= budget) {
            f.pc = pc;
            core.sp = sp;
            core.instructions += count;
            return RUN_YIELD;
          }
          break;
        }

        // ------------------------------------------------------- containers
        case Op.BUILD_LIST:
        case Op.BUILD_CLASSIC_LIST: {
          const n = ins[pc++];
          const items = new Array<Value>(n);
          for (let i = 0; i < n; i++) items[i] = stack[sp - n + i];
          sp -= n;
          core.sp = sp;
          mem.charge(listBytes(n));
          const list = new PyList(items);
          if (op === Op.BUILD_CLASSIC_LIST) list.extensible = true;
          stack[sp++] = list;
          break;
        }
        case Op.BUILD_TUPLE: {
          const n = ins[pc++];
          if (ins[pc] === Op.UNPACK_SEQUENCE && ins[pc + 1] === n) {
            // `a, b = b, a` / `x, y = f(x), g(y)`: the tuple would be unpacked at once,
            // reversed onto the stack. Reverse the n values in place instead; no tuple
            // is allocated (none is observable), the UNPACK still counts as executed.
            for (let lo = sp - n, hi = sp - 1; lo < hi; lo++, hi--) {
              const t = stack[lo];
              stack[lo] = stack[hi];
              stack[hi] = t;
            }
            pc += 2;
            count++;
            break;
          }
          if (n === 0) {
            stack[sp++] = PyTuple.EMPTY;
            break;
          }
          const items = new Array<Value>(n);
          for (let i = 0; i < n; i++) items[i] = stack[sp - n + i];
          sp -= n;
          core.sp = sp;
          mem.charge(listBytes(n));
          stack[sp++] = new PyTuple(items);
          break;
        }
        case Op.LIST_APPEND: {
          const v = stack[--sp];
          const list = stack[sp - ins[pc++]] as PyList;
          core.sp = sp;
          mem.charge(SIZE.slot);
          list.items.push(v);
          break;
        }
        case Op.LIST_EXTEND: {
          const v = stack[--sp];
          const list = stack[sp - ins[pc++]] as PyList;
          core.sp = sp;
          const items = ops.starredItems(core, v, "Value after *");
          mem.charge(SIZE.slot * items.length);
          for (const x of items) list.items.push(x);
          break;
        }
        // Sets and dicts: operands stay on the stack (counted live) until added.
        case Op.BUILD_SET: {
          const n = ins[pc++];
          core.sp = sp;
          const set = buildSet(core, false, (s) => {
            for (let i = sp - n; i < sp; i++) s.add(stack[i]);
          });
          sp -= n;
          stack[sp++] = set;
          break;
        }
        case Op.BUILD_MAP: {
          const n = ins[pc++];
          core.sp = sp;
          const dict = buildDict(core, (d) => {
            for (let i = sp - 2 * n; i < sp; i += 2) d.set(stack[i], stack[i + 1]);
          });
          sp -= 2 * n;
          stack[sp++] = dict;
          break;
        }
        case Op.SET_ADD:
        case Op.SET_UPDATE: {
          const set = stack[sp - 1 - ins[pc++]] as PySet;
          core.sp = sp;
          if (op === Op.SET_ADD) set.add(stack[sp - 1]);
          else updateSet(set, stack[sp - 1]);
          sp--;
          break;
        }
        case Op.MAP_ADD: {
          const dict = stack[sp - 2 - ins[pc++]] as PyDict;
          core.sp = sp;
          dict.set(stack[sp - 2], stack[sp - 1]);
          sp -= 2;
          break;
        }
        case Op.DICT_UPDATE: {
          const dict = stack[sp - 1 - ins[pc++]] as PyDict;
          core.sp = sp;
          dictUnpack(dict, stack[sp - 1]);
          sp--;
          break;
        }
        case Op.BINARY_SUBSCR: {
          const idx = stack[--sp];
          const obj = stack[sp - 1];
          if (obj instanceof PyList && typeof idx === "number" && idx >= 0 && idx < obj.items.length && (idx | 0) === idx) {
            stack[sp - 1] = obj.items[idx];
          } else {
            core.sp = sp;
            core.instructions += count; budget -= count; count = 0;
            // `obj[i]` with a Python `__getitem__`: its frame, as a method call's.
            if (obj instanceof PyInstance && enterItemMethod(core, obj, idx, sp - 1, pc) !== null) {
              if (budget <= 0) return RUN_YIELD;
              entered = true;
              continue run;
            }
            stack[sp - 1] = ops.getItem(core, obj, idx);
          }
          break;
        }
        case Op.STORE_SUBSCR: {
          const idx = stack[sp - 1];
          const obj = stack[sp - 2];
          const v = stack[sp - 3];
          sp -= 3;
          if (obj instanceof PyList && typeof idx === "number" && idx >= 0 && idx < obj.items.length && (idx | 0) === idx) {
            obj.items[idx] = v;
          } else {
            core.sp = sp;
            core.instructions += count; budget -= count; count = 0;
            ops.setItem(core, obj, idx, v);
          }
          break;
        }
        case Op.DELETE_SUBSCR: {
          const idx = stack[--sp];
          ops.delItem(stack[--sp], idx);
          if (core.mem.dropWatch !== 0) dropped(core, f, pc, sp);
          break;
        }
        case Op.BUILD_SLICE: {
          sp -= 2;
          core.sp = sp;
          stack[sp - 1] = makeSlice(core, stack[sp - 1], stack[sp], stack[sp + 1]);
          break;
        }
        case Op.SLICE_GET: {
          sp -= 3;
          core.sp = sp;
          core.instructions += count; budget -= count; count = 0;
          stack[sp - 1] = ops.getSlice(core, stack[sp - 1], stack[sp], stack[sp + 1], stack[sp + 2]);
          break;
        }
        case Op.SLICE_SET: {
          sp -= 5;
          core.sp = sp;
          ops.setSlice(core, stack[sp + 1], stack[sp + 2], stack[sp + 3], stack[sp + 4], stack[sp]);
          break;
        }
        case Op.SLICE_DEL: {
          sp -= 4;
          ops.delSlice(stack[sp], stack[sp + 1], stack[sp + 2], stack[sp + 3], core);
          break;
        }
        case Op.UNPACK_SEQUENCE: {
          const n = ins[pc++];
          const v = stack[sp - 1];
          const items = v instanceof PyTuple && v.items.length === n ? v.items : ops.unpack(v, n, core);
          sp--;
          // `a, b, c = t`: the STORE_FASTs that follow would pop items[0], items[1], ...
          // in turn. They take them straight from `items` instead, without a dispatch
          // each (nothing between them can observe the stack or fail); each still
          // counts as executed. The items not stored so go on the stack as usual.
          let stored = 0;
          while (stored < n && ins[pc] === Op.STORE_FAST) {
            stack[base + ins[pc + 1]] = items[stored++];
            pc += 2;
          }
          count += stored;
          for (let i = n - 1; i >= stored; i--) stack[sp++] = items[i];
          break;
        }

        case Op.WITH_SETUP: case Op.ASYNC_WITH_SETUP: {
          const mgr = stack[sp - 1];
          core.sp = sp;
          stack[sp - 1] = op === Op.WITH_SETUP ? contextExit(core, mgr) : asyncContextExit(core, mgr);
          stack[sp++] = mgr;
          break;
        }
        // Coroutines (vm/coroutines.ts): what SEND then delegates to.
        case Op.GET_AWAITABLE:
          core.sp = sp;
          stack[sp - 1] = getAwaitable(core, stack[sp - 1]);
          break;
        case Op.GET_AITER:
          core.sp = sp;
          stack[sp - 1] = getAsyncIter(core, stack[sp - 1]);
          break;
        case Op.GET_ANEXT:
          core.sp = sp;
          stack[sp - 1] = getAsyncNext(core, stack[sp - 1]);
          break;
        case Op.UNPACK_EX: {
          const before = ins[pc++];
          const after = ins[pc++];
          core.sp = sp;
          const items = unpackStarred(core, stack[sp - 1], before, after);
          sp--;
          for (let i = items.length - 1; i >= 0; i--) stack[sp++] = items[i];
          break;
        }

        // `match` patterns (vm/patterns.ts): each answers, the lowered code branches.
        // A user sequence's or mapping's len() may run Python code: state saved first.
        case Op.MATCH_SEQUENCE: {
          const n = ins[pc++];
          const star = ins[pc++];
          f.pc = pc;
          core.sp = sp;
          stack[sp] = matchSequence(core, stack[sp - 1], n, star);
          sp++;
          break;
        }
        case Op.MATCH_MAPPING:
          f.pc = pc;
          core.sp = sp;
          stack[sp] = matchMapping(core, stack[sp - 1]);
          sp++;
          break;
        case Op.MATCH_KEYS: {
          const rest = ins[pc++];
          core.sp = sp;
          const [values, others] = matchKeys(core, stack[sp - 2], stack[sp - 1], rest === 1);
          sp -= 2;
          if (rest === 1) stack[sp++] = others;
          stack[sp++] = values;
          break;
        }
        case Op.MATCH_CLASS: {
          const npos = ins[pc++];
          sp -= 2;
          core.sp = sp;
          f.pc = pc;
          stack[sp - 1] = matchClass(core, stack[sp - 1], stack[sp], npos, stack[sp + 1] as unknown as readonly string[]);
          break;
        }

        // ------------------------------------------------------------ calls
        case Op.CALL_METHOD: {
          const name = code.names[ins[pc++]];
          const argc = ins[pc++];
          const obj = stack[sp - argc - 1];
          f.pc = pc;
          core.sp = sp;
          if (obj instanceof PyInstance || obj instanceof PySuper) {
            // A method of the instance's class (or found by super()): called without making a bound method.
            const nf = obj instanceof PyInstance ? enterMethodCall(core, obj, name, sp - argc - 1, argc, FrameKind.Call)
              : enterSuperMethod(core, obj, name, sp - argc - 1, argc, FrameKind.Call);
            if (nf) {
              if (count >= budget) {
                core.instructions += count;
                return RUN_YIELD;
              }
              f = nf;
              code = f.code;
              ins = code.code;
              rt = f.rt;
              k = rt.k;
              pc = 0;
              base = f.base;
              sp = core.sp;
              gslots = f.globals.slots;
              if (rt.compiled === null) warmUp(code, rt, f32);
              if (rt.compiled) { enterCompiled = true; continue run; }
              break;
            }
          }
          if (obj instanceof PyList && name === "append" && argc === 1) {
            mem.charge(SIZE.slot);
            obj.items.push(stack[sp - 1]);
            sp -= 2;
            stack[sp++] = null;
            break;
          }
          // `sep.join(g)` of a generator: its frame runs here (as list(g)), so a body may block.
          if (consumingMethodCall(core, obj, name, sp - argc - 1, argc) !== null) {
            entered = true;
            continue run;
          }
          {
            const r = builtinMethodCall(core, obj, name, sp, argc);
            if (r !== undefined) {
              sp -= argc + 1;
              stack[sp++] = r;
              break;
            }
          }
          if (obj instanceof PyModule) {
            // Module attributes live in fixed slots: cache the slot per call site.
            const ic = rt.ic ?? (rt.ic = new Array(ins.length));
            let slot = ic[pc - 2] as number | undefined;
            if (slot === undefined || obj.names[slot] !== name) {
              slot = obj.index.get(name);
              if (slot !== undefined) ic[pc - 2] = slot;
            }
            if (slot === undefined) {
              // Not a global of the module: an attribute made on first use, which runs a
              // library module now (`collections.UserDict(...)`, `time.strptime(...)`:
              // library.ts lateModuleAttributes; state saved above), else the AttributeError.
              stack[sp - argc - 1] = core.getAttr(obj, name);
            } else {
              const v = obj.slots[slot];
              if (v === undefined) throw new PyError("AttributeError", `module '${obj.name}' has no attribute '${name}'`);
              stack[sp - argc - 1] = v;
            }
          } else stack[sp - argc - 1] = core.getAttr(obj, name);
          callArgc = argc;
        }
        // falls through: call the resolved attribute like a plain function
        case Op.CALL: {
          const argc = op === Op.CALL ? ins[pc++] : callArgc;
          const fnIndex = sp - argc - 1;
          const fn = stack[fnIndex];
          f.pc = pc;
          core.sp = sp;
          if (fn instanceof PyFunction) {
            const c = fn.code;
            let nf: Frame;
            if (argc === c.argcount && c.kwonlycount === 0 && (c.flags & (CodeFlags.VARARGS | CodeFlags.VARKW)) === 0) {
              nf = core.pushFrame(fn, fnIndex, FrameKind.Call);
            } else {
              nf = core.pushCall(fn, fnIndex, argc, null, FrameKind.Call);
            }
            if (count >= budget) {
              core.instructions += count;
              return RUN_YIELD;
            }
            f = nf;
            code = f.code;
            ins = code.code;
            rt = f.rt;
            k = rt.k;
            pc = 0;
            base = f.base;
            sp = core.sp;
            gslots = f.globals.slots;
            if (rt.compiled === null) warmUp(code, rt, f32);
            if (rt.compiled) { enterCompiled = true; continue run; }
            break;
          }
          if (fn instanceof PyHeapObject) {
            // Bound methods, classes with a Python __init__, callable instances.
            const nf = enterObjectCall(core, fn, fnIndex, argc, null, FrameKind);
            if (nf) {
              f = nf;
              code = f.code;
              ins = code.code;
              rt = f.rt;
              k = rt.k;
              pc = 0;
              base = f.base;
              sp = core.sp;
              gslots = f.globals.slots;
              if (rt.compiled === null) warmUp(code, rt, f32);
              if (rt.compiled) { enterCompiled = true; continue run; }
              break;
            }
          }
          if (argc !== 0 && (fn instanceof BuiltinFunction || fn instanceof PyType) && fn.consume !== undefined) {
            // sum(g), max(g), list(g)... of a generator: its frame runs here (generators.ts).
            const nf = consumeInPlace(core, fn, fnIndex, stack.slice(fnIndex + 1, sp), null);
            if (nf !== null) {
              f = nf;
              code = f.code;
              ins = code.code;
              rt = f.rt;
              k = rt.k;
              pc = f.pc;
              base = f.base;
              sp = core.sp;
              gslots = f.globals.slots;
              if (rt.compiled) { enterCompiled = true; continue run; }
              break;
            }
          }
          core.instructions += count; budget -= count; count = 0;
          const r = core.callNative(fn, stack.slice(fnIndex + 1, sp), null);
          sp = fnIndex;
          if (r === SUSPEND) {
            core.sp = sp;
            core.instructions += count;
            return RUN_BLOCKED;
          }
          stack[sp++] = r;
          break;
        }
        case Op.KWARGS_MERGE: {
          // fn args-list kwdict mapping
          const mapping = stack[--sp];
          core.sp = sp;
          mergeKwargs(core, stack[sp - 3], stack[sp - 1] as PyDict, mapping);
          break;
        }
        case Op.CALL_KW:
        case Op.CALL_EX:
        case Op.CALL_EX_KW: {
          // Stack: fn, positional args (CALL_KW) or one args list (CALL_EX), keyword
          // values, then the tuple of keyword names (if any keywords). CALL_EX_KW: fn,
          // args list, keyword dict (its values are laid out as CALL_EX's).
          let kwnames: readonly string[] | null;
          let argc: number;
          let fnIndex: number;
          if (op === Op.CALL_KW) {
            argc = ins[pc++];
            kwnames = stack[--sp] as unknown as readonly string[];
            fnIndex = sp - argc - 1;
          } else {
            const laid = spreadCallArgs(core, sp, op === Op.CALL_EX_KW, op === Op.CALL_EX ? ins[pc++] : 0);
            ({ fnIndex, argc, kwnames } = laid);
            sp = core.sp;
          }
          const nkw = kwnames === null ? 0 : kwnames.length;
          const fn = stack[fnIndex];
          f.pc = pc;
          core.sp = sp;
          const nf = fn instanceof PyFunction ? core.pushCall(fn, fnIndex, argc - nkw, kwnames, FrameKind.Call)
            : fn instanceof PyHeapObject ? enterObjectCall(core, fn, fnIndex, argc, kwnames, FrameKind) : null;
          if (nf) {
            f = nf;
            code = f.code;
            ins = code.code;
            rt = f.rt;
            k = rt.k;
            pc = 0;
            base = f.base;
            sp = core.sp;
            gslots = f.globals.slots;
            if (rt.compiled === null) warmUp(code, rt, f32);
            if (rt.compiled) { enterCompiled = true; continue run; }
            break;
          }
          let kwargs: Map<string, Value> | null = null;
          if (nkw) {
            kwargs = new Map();
            for (let i = 0; i < nkw; i++) kwargs.set(kwnames![i], stack[sp - nkw + i]);
          }
          if (argc > nkw && (fn instanceof BuiltinFunction || fn instanceof PyType) && fn.consume !== undefined) {
            // max(g, default=0)...: as CALL's.
            const cf = consumeInPlace(core, fn, fnIndex, stack.slice(fnIndex + 1, sp - nkw), kwargs);
            if (cf !== null) {
              f = cf;
              code = f.code;
              ins = code.code;
              rt = f.rt;
              k = rt.k;
              pc = f.pc;
              base = f.base;
              sp = core.sp;
              gslots = f.globals.slots;
              if (rt.compiled) { enterCompiled = true; continue run; }
              break;
            }
          }
          core.instructions += count; budget -= count; count = 0;
          const r = core.callNative(fn, stack.slice(fnIndex + 1, sp - nkw), kwargs);
          sp = fnIndex;
          if (r === SUSPEND) {
            core.sp = sp;
            core.instructions += count;
            return RUN_BLOCKED;
          }
          stack[sp++] = r;
          break;
        }
        case Op.GEN_START:
          // A generator function's call: return the generator holding this frame.
          core.sp = sp;
          stack[sp++] = makeGenerator(core, f, pc);
        // falls through
        case Op.RETURN_VALUE: {
          const v = stack[sp - 1];
          mem.releaseFrame(f.bytes);
          const kind = f.kind;
          const done = f;
          if (kind === FrameKind.Main) {
            core.frame = null;
            core.sp = 0;
            core.result = v;
            core.instructions += count;
            return RUN_DONE;
          }
          sp = done.retSlot;
          let consumed: InPlaceConsumer | null = null;
          if (kind === FrameKind.Init) {
            if (v !== null) throw new PyError("TypeError", `__init__() should return None, not '${typeName(v)}'`);
            stack[sp++] = done.initSelf!;
          } else if (kind === FrameKind.Generator) {
            // Back to the loop's FOR_ITER, which finds the generator done.
            returnInline(stack[sp] as PyGenerator, v);
          } else if (kind === FrameKind.Consumer) {
            // A builtin consumed it in place: its result below, once at the caller.
            consumed = endConsumer(stack[sp] as PyGenerator);
            returnInline(stack[sp] as PyGenerator, v);
          } else stack[sp++] = kind === FrameKind.Module ? done.globals : v;
          f = done.parent!;
          core.frame = f;
          if (kind === FrameKind.Boundary) {
            core.sp = sp - 1;
            core.result = v;
            core.instructions += count;
            return RUN_DONE;
          }
          code = f.code;
          ins = code.code;
          rt = f.rt;
          k = rt.k;
          pc = f.pc;
          base = f.base;
          gslots = f.globals.slots;
          if (consumed !== null) stack[sp++] = consumerResult(consumed);
          // The returned frame's locals are gone: an object with __del__ may have lost its last reference.
          if (mem.finalizers !== 0) dropped(core, f, pc, sp);
          if (rt.compiled) { enterCompiled = true; continue run; }
          break;
        }
        case Op.MAKE_FUNCTION:
          core.sp = sp;
          sp = makeFunction(core, f, ins[pc++], sp);
          break;

        // ---------------------------------------------------------- modules
        case Op.IMPORT_NAME: {
          const name = code.names[ins[pc++]];
          f.pc = pc;
          core.sp = sp;
          const m = core.findModule(name);
          if (m === null) {
            // A user module: its body runs in a new frame that returns the module.
            core.pushModuleFrame(name, sp);
            core.ensureStack(sp + 1);
            if (count >= budget) {
              core.instructions += count;
              return RUN_YIELD;
            }
            f = core.frame!;
            code = f.code;
            ins = code.code;
            rt = f.rt;
            k = rt.k;
            pc = 0;
            base = f.base;
            sp = core.sp;
            gslots = f.globals.slots;
          } else stack[sp++] = m;
          break;
        }
        case Op.IMPORT_FROM: {
          const m = stack[sp - 1] as PyModule;
          f.pc = pc;
          core.sp = sp;
          const name = code.names[ins[pc++]];
          // (sys.stdin, made on first use, runs a library module's body: state saved above.)
          // (`!== undefined`: a name bound to None is found.)
          let v = m.get(name);
          if (v === undefined) v = core.lateModuleAttr(m, name);
          if (v === undefined) throw new PyError("ImportError", `cannot import name '${name}' from '${m.name}'`);
          stack[sp++] = v;
          break;
        }
        case Op.IMPORT_STAR: {
          const m = stack[--sp] as PyModule;
          for (let i = 0; i < m.names.length; i++) {
            const name = m.names[i];
            const v = m.slots[i];
            if (v === undefined || name.startsWith("_")) continue;
            f.globals.set(name, v);
          }
          gslots = f.globals.slots;
          break;
        }

        // ----------------------------------------------------------- output
        case Op.PRINT_CLASSIC:
          f.pc = pc;
          core.sp = sp;
          printClassic(core, stack[--sp]);
          break;
        case Op.FORMAT_VALUE: {
          const flags = ins[pc++];
          const spec = flags & 4 ? (stack[--sp] as string) : "";
          core.sp = sp;
          stack[sp - 1] = formatValueForFString(core, stack[sp - 1], flags & 3, spec);
          break;
        }
        case Op.BUILD_STRING: {
          const n = ins[pc++];
          let s = "";
          for (let i = sp - n; i < sp; i++) s += stack[i] as string;
          sp -= n;
          core.sp = sp;
          mem.charge(strBytes(s));
          stack[sp++] = s;
          break;
        }
        case Op.RAISE_ASSERT: {
          const n = ins[pc++];
          if (n === 0) throw new PyError("AssertionError", "");
          // `assert x, obj` raises AssertionError(obj): its args hold obj itself (None too), its text is str(obj).
          const msg = stack[--sp];
          const e = new PyError("AssertionError", core.str(msg));
          if (typeof msg !== "string") e.args = [msg];
          throw e;
        }
        // ------------------------------------------------------ exceptions
        case Op.SETUP_EXCEPT:
          pushTryBlock(f, ins[pc++], sp);
          break;
        case Op.POP_BLOCK:
          popTryBlock(f);
          break;
        case Op.RAISE: {
          const n = ins[pc++];
          f.pc = pc;
          core.sp = sp;
          if (n === 0) { thrown = reraiseHandled(f, core); break caught; }
          const cause = n === 2 ? stack[--sp] : undefined;
          core.sp = sp;
          thrown = raiseError(core, stack[sp - 1], cause);
          break caught;
        }
        case Op.RERAISE:
          thrown = reraise(stack[--sp]);
          break caught;
        case Op.JUMP_IF_NOT_EXC_MATCH: {
          const t = stack[--sp];
          const exc = stack[--sp];
          pc = exceptionMatches(exc, t) ? pc + 1 : ins[pc];
          break;
        }
        case Op.DELETE_ATTR:
          delAttrObject(stack[--sp], code.names[ins[pc++]]);
          if (core.mem.dropWatch !== 0) dropped(core, f, pc, sp);
          break;
        case Op.EXC_STAR_MATCH: {
          f.pc = pc + 1;
          core.sp = sp;
          const t = stack[--sp];
          const m = exceptStarMatch(core, f, stack[--sp] as PyList, t);
          if (m === null) pc = ins[pc];
          else {
            stack[sp++] = m;
            pc++;
          }
          break;
        }
        case Op.EXC_STAR_RERAISE: {
          f.pc = pc + 1;
          core.sp = sp;
          const err = exceptStarReraise(core, f, stack[--sp] as PyList);
          if (err !== null) throw err;
          pc = ins[pc];
          break;
        }
        // --------------------------------------------------------- classes
        case Op.CLASS_NAMESPACE:
          core.sp = sp;
          stack[sp++] = classNamespace(core, f);
          break;
        case Op.BUILD_CLASS: {
          const n = ins[pc++];
          f.pc = pc;
          core.sp = sp;
          const cls = buildClass(core, stack[sp - n - 2], stack.slice(sp - n - 1, sp - 1), stack[sp - 1], f.globals.name);
          sp -= n + 1;
          stack[sp - 1] = cls;
          break;
        }
        case Op.BUILD_CLASS_KW: {
          // name base1..baseN {keyword: value} namespace (vm/metaclasses.ts).
          const n = ins[pc++];
          f.pc = pc;
          core.sp = sp;
          const kw = classKeywords(stack[sp - 2]);
          const cls = buildClass(core, stack[sp - n - 3], stack.slice(sp - n - 2, sp - 2), stack[sp - 1], f.globals.name, kw);
          sp -= n + 2;
          stack[sp - 1] = cls;
          break;
        }
        // ------------------------------------------------ specialised forms
        case Op.LOAD_FAST2: {
          const a = stack[base + ins[pc]];
          const b = stack[base + ins[pc + 1]];
          if (a === undefined) throw unboundLocal(code.varnames[ins[pc]]);
          if (b === undefined) throw unboundLocal(code.varnames[ins[pc + 1]]);
          pc += 2;
          stack[sp] = a;
          stack[sp + 1] = b;
          sp += 2;
          break;
        }
        case Op.SUBSCR_FAST2: {
          const obj = stack[base + ins[pc]];
          const idx = stack[base + ins[pc + 1]];
          if (obj instanceof PyList && typeof idx === "number" && idx >= 0 && idx < obj.items.length && (idx | 0) === idx) {
            stack[sp++] = obj.items[idx];
          } else {
            if (obj === undefined) throw unboundLocal(code.varnames[ins[pc]]);
            if (idx === undefined) throw unboundLocal(code.varnames[ins[pc + 1]]);
            core.sp = sp;
            core.instructions += count; budget -= count; count = 0;
            // As BINARY_SUBSCR's, the instance and the index pushed for the frame.
            if (obj instanceof PyInstance && enterItemMethod(core, obj, idx, sp, pc + 2) !== null) {
              if (budget <= 0) return RUN_YIELD;
              entered = true;
              continue run;
            }
            stack[sp++] = ops.getItem(core, obj, idx);
          }
          pc += 2;
          break;
        }
        case Op.STORE_SUBSCR_FAST2: {
          const obj = stack[base + ins[pc]];
          const idx = stack[base + ins[pc + 1]];
          const v = stack[--sp];
          if (obj instanceof PyList && typeof idx === "number" && idx >= 0 && idx < obj.items.length && (idx | 0) === idx) {
            obj.items[idx] = v;
          } else {
            if (obj === undefined) throw unboundLocal(code.varnames[ins[pc]]);
            if (idx === undefined) throw unboundLocal(code.varnames[ins[pc + 1]]);
            core.sp = sp;
            core.instructions += count; budget -= count; count = 0;
            ops.setItem(core, obj, idx, v);
          }
          pc += 2;
          break;
        }
        case Op.SUBSCR_FAST_INT: {
          const obj = stack[base + ins[pc]];
          const idx = ins[pc + 1];
          if (obj instanceof PyList && idx >= 0 && idx < obj.items.length) {
            stack[sp++] = obj.items[idx];
          } else {
            if (obj === undefined) throw unboundLocal(code.varnames[ins[pc]]);
            core.sp = sp;
            core.instructions += count; budget -= count; count = 0;
            stack[sp++] = ops.getItem(core, obj, idx);
          }
          pc += 2;
          break;
        }
        case Op.STORE_SUBSCR_FAST_INT: {
          const obj = stack[base + ins[pc]];
          const idx = ins[pc + 1];
          const v = stack[--sp];
          if (obj instanceof PyList && idx >= 0 && idx < obj.items.length) {
            obj.items[idx] = v;
          } else {
            if (obj === undefined) throw unboundLocal(code.varnames[ins[pc]]);
            core.sp = sp;
            core.instructions += count; budget -= count; count = 0;
            ops.setItem(core, obj, idx, v);
          }
          pc += 2;
          break;
        }
        case Op.EVAL_EXPR: {
          const r = runEval(code, rt, pc - 1, f32, stack, base, gslots);
          if (r !== undefined) {
            stack[sp++] = r;
            pc = ins[pc + 1];
          } else pc += 2;
          break;
        }
        case Op.EVAL_STMT:
          if (runEval(code, rt, pc - 1, f32, stack, base, gslots) !== undefined) pc = ins[pc + 1];
          else pc += 2;
          break;
        case Op.ADD_INT:
        case Op.INPLACE_ADD_INT: {
          const a = stack[sp - 1];
          const b = ins[pc++];
          if (typeof a === "number" && (a | 0) === a) {
            const r = a + b;
            if ((r | 0) === r) stack[sp - 1] = r;
            else {
              core.sp = sp;
              stack[sp - 1] = ops.intOverflowed(core, "+", a, b);
            }
          } else {
            core.sp = sp;
            stack[sp - 1] = op === Op.ADD_INT ? ops.add(core, a, b) : ops.inplaceAdd(core, a, b);
          }
          break;
        }
        case Op.JUMP_IF_NOT_LT: {
          const b = stack[--sp];
          const a = stack[--sp];
          const r = typeof a === "number" && typeof b === "number" ? a < b
            : a instanceof PyFloat && b instanceof PyFloat ? a.v < b.v : ops.compare("lt", a, b);
          pc = r ? pc + 1 : ins[pc];
          break;
        }
        case Op.JUMP_IF_NOT_LE: {
          const b = stack[--sp];
          const a = stack[--sp];
          const r = typeof a === "number" && typeof b === "number" ? a <= b
            : a instanceof PyFloat && b instanceof PyFloat ? a.v <= b.v : ops.compare("le", a, b);
          pc = r ? pc + 1 : ins[pc];
          break;
        }
        case Op.JUMP_IF_NOT_GT: {
          const b = stack[--sp];
          const a = stack[--sp];
          const r = typeof a === "number" && typeof b === "number" ? a > b
            : a instanceof PyFloat && b instanceof PyFloat ? a.v > b.v : ops.compare("gt", a, b);
          pc = r ? pc + 1 : ins[pc];
          break;
        }
        case Op.JUMP_IF_NOT_GE: {
          const b = stack[--sp];
          const a = stack[--sp];
          const r = typeof a === "number" && typeof b === "number" ? a >= b
            : a instanceof PyFloat && b instanceof PyFloat ? a.v >= b.v : ops.compare("ge", a, b);
          pc = r ? pc + 1 : ins[pc];
          break;
        }
        case Op.JUMP_IF_NOT_EQ: {
          const b = stack[--sp];
          const a = stack[--sp];
          const r = typeof a === "number" && typeof b === "number" ? a === b : ops.truthy(ops.eqOp(a, b));
          pc = r ? pc + 1 : ins[pc];
          break;
        }
        case Op.JUMP_IF_NOT_NE: {
          const b = stack[--sp];
          const a = stack[--sp];
          const r = typeof a === "number" && typeof b === "number" ? a !== b : ops.truthy(ops.neOp(a, b));
          pc = r ? pc + 1 : ins[pc];
          break;
        }
        // ------------------------------------------------------ generators
        case Op.YIELD_VALUE: {
          const sink = (stack[f.retSlot] as PyGenerator).sink;
          if (sink !== null) {
            // A builtin consumes the whole generator: hand it the value and go on.
            f.pc = pc;
            core.sp = sp;
            core.instructions += count; budget -= count; count = 0;
            if (sink(stack[sp - 1])) {
              stack[sp - 1] = null;
              if (budget <= 0) {
                f.pc = pc;
                core.sp = sp;
                return RUN_YIELD;
              }
              break;
            }
          }
          if (f.kind === FrameKind.Generator) {
            // Resumed in place by a loop: back to its FOR_ITER with the value.
            yieldInline(core, f, sp - 1, pc, stack[sp - 1]);
            f = core.frame!;
            code = f.code;
            ins = code.code;
            rt = f.rt;
            k = rt.k;
            pc = f.pc;
            base = f.base;
            sp = core.sp;
            gslots = f.globals.slots;
            if (rt.compiled) { enterCompiled = true; continue run; }
            break;
          }
          if (f.kind === FrameKind.Consumer) {
            // Its consumer stopped it (any() has its answer): saved as at a plain yield;
            // the builtin's result is the call's, at the caller (or another generator
            // the consumer needs runs in its stead: leaveConsumer).
            const consumed = leaveConsumer(core, f, sp - 1, pc);
            f = core.frame!;
            code = f.code;
            ins = code.code;
            rt = f.rt;
            k = rt.k;
            pc = f.pc;
            base = f.base;
            sp = core.sp;
            gslots = f.globals.slots;
            if (consumed !== null) stack[sp++] = consumerResult(consumed);
            if (rt.compiled) { enterCompiled = true; continue run; }
            break;
          }
          // Ends the nested run that resumed this generator (vm/generators.ts).
          core.result = stack[--sp];
          core.instructions += count;
          suspendGenerator(core, f, sp, pc);
          return RUN_DONE;
        }
        case Op.GET_YIELD_FROM_ITER:
          core.sp = sp;
          stack[sp - 1] = yieldFromIter(core, stack[sp - 1]);
          break;
        case Op.SEND: {
          const it = stack[sp - 2];
          let y: Value | undefined;
          let result: Value;
          const state = inlineSendState(it, stack[sp - 1]);
          if (state === SendState.PENDING) {
            // The sub-generator ran in place (below) and yielded.
            y = (it as PyGenerator).pending;
            (it as PyGenerator).pending = undefined;
            result = null;
          } else if (state === SendState.RETURNED) {
            // The return value is delivered once: `yield from` a finished generator again gives None.
            y = undefined;
            result = (it as PyGenerator).returnValue;
            (it as PyGenerator).returnValue = null;
          } else if (state === SendState.RESUME) {
            // Resume the sub-generator in place (it may block the core); its yield or
            // end comes back to this SEND.
            f.pc = pc - 1;
            core.sp = sp;
            f = enterInline(core, it as PyGenerator, sp, stack[sp - 1])!;
            code = f.code;
            ins = code.code;
            rt = f.rt;
            k = rt.k;
            pc = f.pc;
            base = f.base;
            sp = core.sp;
            gslots = f.globals.slots;
            if (rt.compiled === null) warmUp(code, rt, f32);
            if (rt.compiled) { enterCompiled = true; continue run; }
            break;
          } else {
            f.pc = pc;
            core.sp = sp;
            core.instructions += count; budget -= count; count = 0;
            y = sendTo(core, it, stack[sp - 1]);
            result = delegateResult;
          }
          sp--;
          if (y !== undefined) {
            const sink = (stack[f.retSlot] as PyGenerator).sink;
            if (sink !== null && sink(y)) {
              // Consumed by a builtin (see YIELD_VALUE): send None on, from this SEND.
              stack[sp++] = null;
              pc -= 1;
              if (budget <= 0) {
                f.pc = pc;
                core.sp = sp;
                return RUN_YIELD;
              }
              break;
            }
            // The sub-iterator yielded: so does this generator, resuming at this SEND.
            if (f.kind === FrameKind.Generator) {
              yieldInline(core, f, sp, pc - 1, y);
              f = core.frame!;
              code = f.code;
              ins = code.code;
              rt = f.rt;
              k = rt.k;
              pc = f.pc;
              base = f.base;
              sp = core.sp;
              gslots = f.globals.slots;
              if (rt.compiled) { enterCompiled = true; continue run; }
              break;
            }
            if (f.kind === FrameKind.Consumer) {
              // Stopped by its consumer (see YIELD_VALUE).
              const consumed = leaveConsumer(core, f, sp, pc - 1);
              f = core.frame!;
              code = f.code;
              ins = code.code;
              rt = f.rt;
              k = rt.k;
              pc = f.pc;
              base = f.base;
              sp = core.sp;
              gslots = f.globals.slots;
              if (consumed !== null) stack[sp++] = consumerResult(consumed);
              if (rt.compiled) { enterCompiled = true; continue run; }
              break;
            }
            // Ends the nested run that resumed this generator, as YIELD_VALUE does
            // (with this slice's count: compiled SEND counts the same).
            core.result = y;
            core.instructions += count;
            suspendGenerator(core, f, sp, pc - 1);
            return RUN_DONE;
          }
          stack[sp - 1] = result;
          pc = ins[pc];
          break;
        }
        default:
          throw new PyError("RuntimeError", `bad opcode ${op} at ${pc - 1} in ${code.name}`);
      }
    }
    } catch (e) {
      thrown = e;
    }
    f.pc = pc;
    core.sp = sp;
    core.instructions += count;
    budget -= count;
    count = 0;
    // Throws unless a handler of this run takes it; then continue there.
    unwindToHandler(core, thrown, f);
    f = core.frame!;
    code = f.code;
    ins = code.code;
    rt = f.rt;
    k = rt.k;
    pc = f.pc;
    base = f.base;
    sp = core.sp;
    gslots = f.globals.slots;
  }
}

/** A `del` ran while instances with `__del__` live: stores the frame's state and lets the core run any finalizer due (core.ts checkFinalizers). */
function dropped(core: Core, f: Frame, pc: number, sp: number): void {
  f.pc = pc;
  core.sp = sp;
  core.checkFinalizers();
}
