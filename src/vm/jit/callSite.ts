// The body of a compiled call site (CALL, and CALL_METHOD once its callee is found),
// out of line: one function shared by every site instead of ~20 lines of generated
// JavaScript per site.
//
// Why: V8's optimising compiler (TurboFan) takes time and memory superlinear in a
// function's size, and a generated function is one `for (;;) switch (pc)` over the
// whole code object. With the call code inlined at each site, hexiom's
// constraint_pass (24 calls) took ~6 s of background compilation and the compiler's
// zones pushed the process to 230 MB peak RSS for a program whose V8 heap stays under
// 35 MB. The call itself is no slower out of line: a call site always ends in a
// nested call anyway (runCallee, or the native callable).
//
// Contract with the generated code: before calling callAt the site has set f.pc to
// the instruction after the call, core.sp to the stack top (the callable at fnIndex,
// its `argc` arguments above), and flushed its instruction count into
// core.instructions. callAt returns CALL_ON when execution goes on in this frame at
// f.pc with the result on the stack (the site reloads sp from core.sp); any other
// value is a COMPILED_* status the compiled function returns as it is, with the
// frames, core.sp and f.pc describing where execution continues.

import { CALL_FLAGS } from "../../bytecode/code.js";
import { type AttrCache, enterMethodCached } from "../attrCache.js";
import { enterItemMethod, enterObjectCall, enterSuperMethod, PyInstance, PySuper } from "../classes.js";
import type { Core } from "../core.js";
import { FrameKind, type Frame } from "../frame.js";
import { BuiltinFunction, PyFunction, PyHeapObject, PyType, SUSPEND, type Value } from "../values.js";
import { consumeInPlace } from "../generators.js";
import { numericValue } from "./floatOps.js";
import { spreadCallArgs } from "../kwargs.js";
import { builtinMethodCall, consumingMethodCall } from "./shared.js";
import {
  CALL_BIND, CALL_FRAME, CALL_OBJECT, CALL_OUT, CALL_PLAIN, COMPILED_BLOCKED, COMPILED_FRAME, callKindOf, callOut,
  pushFunction, runCallee,
} from "./baseline.js";

/** callAt's "the call is done, go on in this frame" (distinct from every COMPILED_* status). */
export const CALL_ON = 2;

/**
 * Calls stack[fnIndex] with the `argc` values above it, as the interpreter's CALL
 * does: a Python function's frame is entered and its compiled code run as a nested
 * call (runCallee) while it returns to `f`; a class, bound method or callable
 * instance running Python code too (enterObjectCall); native callables run here.
 * `pushed`: CALL_METHOD entered the method's frame already (enterMethodCached).
 */
export function callAt(core: Core, f: Frame, fnIndex: number, argc: number, pushed: boolean, float32: boolean, limit: number): number {
  const stack = core.stack;
  const fn = stack[fnIndex];
  if (!pushed) {
    // The common case (a plain function given all its parameters) first; the rest is
    // sorted by callKindOf.
    const how = fn instanceof PyFunction && (fn.code.flags & CALL_FLAGS) === 0 && fn.code.argcount === argc && fn.code.kwonlycount === 0 ? CALL_PLAIN : callKindOf(fn);
    if (how === CALL_OUT || (how === CALL_OBJECT && enterObjectCall(core, fn, fnIndex, argc, null, FrameKind) === null)) {
      // sum(g), max(g), list(g)... of a generator: its frame runs in place (generators.ts).
      if (argc !== 0 && (fn instanceof BuiltinFunction || fn instanceof PyType) && fn.consume !== undefined
        && consumeInPlace(core, fn, fnIndex, stack.slice(fnIndex + 1, core.sp), null) !== null) return runEntered(core, f, float32, limit);
      // A builtin with a one-argument entry (`len(xs)`) takes it without an argument array.
      const r = argc === 1 && fn instanceof BuiltinFunction && fn.unary !== undefined
        ? fn.unary(core, stack[fnIndex + 1]) : callOut(core, fn, stack.slice(fnIndex + 1, core.sp));
      core.sp = fnIndex;
      if (r === SUSPEND) return COMPILED_BLOCKED;
      stack[core.sp++] = r;
      return CALL_ON;
    }
    if (how === CALL_PLAIN) core.pushFrame(fn as PyFunction, fnIndex, FrameKind.Call);
    else if (how === CALL_FRAME) pushFunction(core, fn as PyFunction, fnIndex, argc);
    else if (how === CALL_BIND) core.pushCall(fn as PyFunction, fnIndex, argc, null, FrameKind.Call);
  }
  return runEntered(core, f, float32, limit);
}

/**
 * CALL_METHOD `obj.name(argc arguments)` (obj at stack[fnIndex], the arguments above
 * it; the site has set f.pc, core.sp and flushed its count, as for callAt) when the
 * site's shape cache held no method for obj (the generated code enters those itself):
 * a method of a built-in value (or a library class's registered built-in method,
 * inlineMethods.ts) run in place; a Python method of an instance or of a super object
 * entered without a bound method (the cache filled on the way, attrCache.ts); a math
 * function of one number given its plain value (floatOps.ts numericCall's rule);
 * anything else read as an attribute and called as callAt calls it. Out of line so
 * that each site's generated code stays two calls long (see the top of this file).
 */
export function callMethodAt(core: Core, f: Frame, fnIndex: number, argc: number, name: string, c: AttrCache, float32: boolean, limit: number): number {
  const stack = core.stack;
  const sp = core.sp;
  const obj = stack[fnIndex];
  let r: Value | undefined;
  let pushed = false;
  if (obj instanceof PyInstance) {
    // An instance of a built-in type's subclass (`class OC(list)`) whose class does
    // not define the name: the method is its value's own (builtinSubclass.ts), run on
    // the value as for a plain list, without the bound method getAttr would make.
    if (obj.native !== undefined && !obj.cls.getattributeHook && obj.cls.lookup(name) === undefined && !obj.dict.has(name)) {
      r = builtinMethodCall(core, obj.native, name, sp, argc);
    }
    if (r === undefined) {
      pushed = enterMethodCached(core, obj, name, fnIndex, argc, FrameKind.Call, c) !== null;
      if (!pushed) r = builtinMethodCall(core, obj, name, sp, argc);
    }
  } else {
    // `sep.join(g)` of a generator: its frame runs in place (as list(g)), so a body may block.
    if (consumingMethodCall(core, obj, name, fnIndex, argc) !== null) {
      return runEntered(core, f, float32, limit);
    }
    r = builtinMethodCall(core, obj, name, sp, argc);
    if (r === undefined && obj instanceof PySuper) pushed = enterSuperMethod(core, obj, name, fnIndex, argc, FrameKind.Call) !== null;
  }
  if (r === undefined && !pushed) {
    const fn = (stack[fnIndex] = core.getAttr(obj, name));
    if (argc === 1) r = numericValue(fn, stack[fnIndex + 1], float32);
  }
  if (r !== undefined) {
    stack[fnIndex] = r;
    core.sp = fnIndex + 1;
    return CALL_ON;
  }
  return callAt(core, f, fnIndex, argc, pushed, float32, limit);
}

/**
 * A frame was just entered above `f` (a call's callee, or a generator resumed in place
 * by FOR_ITER or SEND): runs its compiled code directly; when it comes back to `f`
 * (core.sp just past its result) this gives CALL_ON and `f` goes on at f.pc. Anything
 * else (a further call left pending, an exit, an error, a block, the budget spent) is
 * passed up as a COMPILED_* status: it is all in the frames already, and past the
 * budget the core yields here as runCompiled would make it.
 */
export function runEntered(core: Core, f: Frame, float32: boolean, limit: number): number {
  const r = runCallee(core, float32, limit);
  return r !== COMPILED_FRAME || core.frame !== f || core.instructions >= limit ? r : CALL_ON;
}

/** subscrAt's "no frame was entered": distinct from CALL_ON and every COMPILED_* status. */
export const NOT_ENTERED = 3;

/**
 * `obj[idx]` on an instance (BINARY_SUBSCR and SUBSCR_FAST2; the site stored its
 * operand stack, whose top is objIndex): when its class's `__getitem__` is a Python
 * function, its frame is entered (enterItemMethod) and run as callAt runs a callee (a
 * CALL_ON or COMPILED_* status, the result in objIndex's slot); else NOT_ENTERED, and
 * the site calls ops.getItem.
 */
export function subscrAt(core: Core, f: Frame, objIndex: number, obj: PyInstance, idx: Value, next: number, float32: boolean, limit: number): number {
  return enterItemMethod(core, obj, idx, objIndex, next) === null ? NOT_ENTERED : runEntered(core, f, float32, limit);
}

/**
 * CALL_EX and CALL_EX_KW (`f(*args)`, `f(*args, k=v)`, `f(*a, **m)`; the site has
 * stored its whole operand stack, whose top is `sp`): the arguments are laid out as
 * the interpreter lays them out (kwargs.ts spreadCallArgs), then called as CALL_KW.
 * The result is at the callable's slot, `fnIndex`, which the site knows.
 */
export function callExAt(core: Core, f: Frame, sp: number, withDict: boolean, n: number, float32: boolean, limit: number): number {
  const { fnIndex, argc, kwnames } = spreadCallArgs(core, sp, withDict, n);
  return callKwAt(core, f, fnIndex, argc, kwnames, float32, limit);
}

/**
 * CALL_KW (the site has popped the keyword names' tuple `kwnames`, null for none; the last
 * `kwnames.length` of the `argc` values above fnIndex are their values), as the
 * interpreter's CALL_KW: a Python function's arguments are bound (core.pushCall) and
 * its frame run as callAt runs it; a bound method, class or callable instance running
 * Python code likewise (enterObjectCall); a native callable gets the keywords as a Map.
 */
export function callKwAt(core: Core, f: Frame, fnIndex: number, argc: number, kwnames: readonly string[] | null, float32: boolean, limit: number): number {
  const stack = core.stack;
  const fn = stack[fnIndex];
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (fn instanceof PyFunction) core.pushCall(fn, fnIndex, argc - nkw, kwnames, FrameKind.Call);
  else if (!(fn instanceof PyHeapObject) || enterObjectCall(core, fn, fnIndex, argc, kwnames, FrameKind) === null) {
    const sp = core.sp;
    let kwargs: Map<string, Value> | null = null;
    if (nkw) {
      kwargs = new Map();
      for (let i = 0; i < nkw; i++) kwargs.set(kwnames![i], stack[sp - nkw + i]);
    }
    if (argc > nkw && (fn instanceof BuiltinFunction || fn instanceof PyType) && fn.consume !== undefined
      && consumeInPlace(core, fn, fnIndex, stack.slice(fnIndex + 1, sp - nkw), kwargs) !== null) return runEntered(core, f, float32, limit);
    const r = core.callNative(fn, stack.slice(fnIndex + 1, sp - nkw), kwargs);
    core.sp = fnIndex;
    if (r === SUSPEND) return COMPILED_BLOCKED;
    stack[core.sp++] = r;
    return CALL_ON;
  }
  return runEntered(core, f, float32, limit);
}
