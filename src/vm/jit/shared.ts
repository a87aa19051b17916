// Instruction helpers shared by the interpreter (interpreter.ts) and the baseline
// compiler's generated code (jit/baseline.ts), so that both run the same code for
// the parts of an instruction that are more than a line.

import type { CodeObject } from "../../bytecode/code.js";
import { PyError } from "../errors.js";
import type { Frame } from "../frame.js";
import type { Core } from "../core.js";
import { SIZE } from "../memory.js";
import { type Cell, PyFunction, PyList, type PyTuple, type Value } from "../values.js";
import { extendConsumer, listMethods } from "../methods/list.js";
import { joinConsumer, strMethods } from "../methods/str.js";
import { methodsOf as setMethodsOf, updateConsumer } from "../methods/set.js";
import { dictMethods } from "../methods/dict.js";
import { PyDict } from "../dict.js";
import { PyFrozenSet, PySet } from "../set.js";
import { PyBytesLike } from "../bytes.js";
import { bytesMethod } from "../methods/bytes.js";
import { PyInstance } from "../classes.js";
import { inlineMethodCall } from "../inlineMethods.js";
import { consumeWith } from "../generators.js";

/** Active try blocks a frame may hold (CPython's static limit is 20 nested blocks). */
export const MAX_BLOCKS = 1000;

export const nameError = (name: string) => new PyError("NameError", `name '${name}' is not defined`);

/**
 * LOAD_GLOBAL's slow path in compiled code (a name no module global binds): the
 * builtin, or the NameError. Out of line, so that each of a function's global reads
 * is one call for V8 to compile rather than a lookup and a throw.
 */
export function builtinOrNameError(core: Core, name: string): Value {
  const v = core.builtins.get(name) ?? core.moduleDunder(core.frame?.globals, name);
  if (v === undefined) throw nameError(name);
  return v;
}

export function unboundLocal(name: string): PyError {
  return new PyError("UnboundLocalError", `cannot access local variable '${name}' where it is not associated with a value`);
}

/** LOAD_DEREF of an empty cell `i` of `code` (its cell variables, then its free variables). */
export function freeVarError(code: CodeObject, i: number): PyError {
  const name = i < code.cellvars.length ? code.cellvars[i] : code.freevars[i - code.cellvars.length];
  return new PyError("NameError", `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

/** SETUP_EXCEPT: records (handler pc, operand-stack pointer) on the frame. */
export function pushTryBlock(f: Frame, handler: number, sp: number): void {
  const blocks = f.blocks ??= [];
  // Compiled code nests try statements statically; only a crafted image could
  // grow a frame's blocks without bound (and with them the host's memory).
  if (blocks.length >= 2 * MAX_BLOCKS) throw new PyError("RuntimeError", `more than ${MAX_BLOCKS} active try blocks in one frame`);
  blocks.push(handler, sp);
}

/** POP_BLOCK: leaves the innermost try block (two pops: setting an array's length is a call into V8's runtime). */
export function popTryBlock(f: Frame): void {
  const blocks = f.blocks;
  if (blocks !== null && blocks.length !== 0) {
    blocks.pop();
    blocks.pop();
  }
}

/**
 * MAKE_FUNCTION with `flags` on the stack ending at `sp` ([defaults] [kwdefaults]
 * [closure] code, code on top): pushes the function and returns the new stack pointer.
 * core.sp must be `sp` (the operands stay live while the function is charged).
 */
export function makeFunction(core: Core, f: Frame, flags: number, sp: number): number {
  const stack = core.stack;
  const fcode = stack[--sp] as unknown as CodeObject;
  const closure = flags & 4 ? (stack[--sp] as PyTuple).items as Cell[] : null;
  let kwdefaults: Map<string, Value> | null = null;
  if (flags & 2) {
    const t = (stack[--sp] as PyTuple).items;
    kwdefaults = new Map();
    for (let i = 0; i < t.length; i += 2) kwdefaults.set(t[i] as string, t[i + 1]);
  }
  const defaults = flags & 1 ? (stack[--sp] as PyTuple).items : null;
  core.sp = sp;
  core.mem.charge(SIZE.functionHeader + SIZE.slot * ((defaults?.length ?? 0) + (closure?.length ?? 0)));
  stack[sp++] = new PyFunction(fcode, f.globals, defaults, kwdefaults, closure);
  return sp;
}

/**
 * CALL_METHOD `obj.name(argc arguments)` on a list, str, dict, set, bytes or bytearray whose type has
 * that method, or on an instance whose class has it as a registered built-in method
 * (inlineMethods.ts): runs it without making a bound method (d.get(k) in a loop) and
 * returns its result; undefined when `obj` is no such value (the caller then reads
 * the attribute and calls it as CALL does). The arguments are stack[sp-argc .. sp-1];
 * core.sp must be sp.
 */
export function builtinMethodCall(core: Core, obj: Value, name: string, sp: number, argc: number): Value | undefined {
  if (obj instanceof PyInstance) return inlineMethodCall(core, obj, name, sp, argc);
  const m = obj instanceof PyList ? listMethods.get(name)
    : typeof obj === "string" ? strMethods.get(name)
    : obj instanceof PyDict ? dictMethods.get(name)
    : obj instanceof PySet ? setMethodsOf(obj).get(name)
    : obj instanceof PyBytesLike ? bytesMethod(obj, name)
    : undefined;
  return m === undefined ? undefined : (m as (c: Core, o: Value, a: Value[], k: null) => Value)(core, obj, core.stack.slice(sp - argc, sp), null);
}

/**
 * CALL_METHOD of a built-in method that consumes its one argument whole, given a
 * generator (`sep.join(g)`, `xs.extend(g)`, `s.update(g)`; also an enumerate, zip, map
 * or filter of one): the generator's frame is entered in place for the caller's loop
 * to run (generators.ts consumeWith, as `list(g)`), so that its body may block the
 * core, and returned; the method's result goes to the receiver's slot, objIndex, whose
 * argument is above it. Null: the call goes on as usual.
 */
export function consumingMethodCall(core: Core, obj: Value, name: string, objIndex: number, argc: number): Frame | null {
  if (argc !== 1) return null;
  const make = typeof obj === "string" ? (name === "join" ? () => joinConsumer(core, obj) : null)
    : obj instanceof PyList ? (name === "extend" ? () => extendConsumer(core, obj) : null)
    : obj instanceof PySet ? (name === "update" && !(obj instanceof PyFrozenSet) ? () => updateConsumer(obj) : null)
    : null;
  return make === null ? null : consumeWith(core, core.stack[objIndex + 1], objIndex, make);
}
