// Prepares compiled code for execution: materialises each code object's constant
// table as run-time values (floats boxed at the run's precision). Done once per
// program and precision; cores sharing a program share the prepared code.

import { type CodeObject, isCodeObject } from "../bytecode/code.js";
import { Op, instrWidth } from "../bytecode/opcodes.js";
import { compileExpr } from "./exprJit.js";
import { makeFloat, type Value } from "./values.js";

const preparedFor = new WeakMap<CodeObject, boolean>();

export function prepareCode(code: CodeObject, float32: boolean): void {
  if (preparedFor.get(code) === float32) return;
  preparedFor.set(code, float32);
  code.k = code.consts.map((c): unknown => {
    if (typeof c === "number" || typeof c === "string") return c;
    if (isCodeObject(c)) {
      prepareCode(c, float32);
      return c;
    }
    if (Array.isArray(c)) return c;
    const x = (c as { float: number }).float;
    return makeFloat(float32 ? Math.fround(x) : x) as Value;
  });
  // EVAL_EXPR fast paths, compiled to JavaScript, indexed by instruction offset.
  const ins = code.code;
  for (let pc = 0; pc < ins.length; pc += instrWidth(ins[pc])) {
    if (ins[pc] !== Op.EVAL_EXPR && ins[pc] !== Op.EVAL_STMT) continue;
    code.jit ??= new Array(ins.length);
    code.jit[pc] = compileExpr(code.consts[ins[pc + 1]] as string, float32);
  }
}
