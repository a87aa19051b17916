// Constant folding of integer arithmetic on literals. The analysis stage records the
// folded value of every expression that folds (`foldConstants`); the bytecode
// emitter loads those values instead of compiling the arithmetic, and the
// literal-range rule skips literals inside a folded expression (`-2147483648` is
// fine although `2147483648` alone is not).
//
// Intermediate values may leave int32 (so `-2 ** 31` folds like Python); only the
// final result must fit, else the operation is left to run time, where it raises
// OverflowError on its line. Division, bit operations and classic `^` are left to
// run time too (their semantics differ between dialects and operand types).

import type * as A from "../lang/ast.js";
import { childrenOf, isExpr } from "../lang/walk.js";

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** int32 value of `e` when it is an int literal or folds to one; null otherwise. */
export function foldInt(e: A.Expr): number | null {
  const r = exactInt(e);
  return r !== null && isInt32(r) ? r : null;
}

/**
 * The folded int32 value of every Int literal, UnaryOp and BinOp in `mod` that folds
 * (nested ones too: `(1 + 2) * x` records `1 + 2`). One post-order pass.
 * `foldInt` (the recursive form) stays for callers that fold one small expression.
 */
export function foldConstants(mod: A.Module): Map<A.Expr, number> {
  const exact = new Map<A.Expr, number>();
  const folded = new Map<A.Expr, number>();
  const valueOf = (c: A.Expr) => exact.get(c) ?? null;
  // Post-order with an explicit stack (operands before operators, any tree depth):
  // a node is pushed twice, the second time (`done`) after all its children.
  const stack: A.Node[] = [mod];
  const done: boolean[] = [false];
  while (stack.length) {
    const n = stack.pop()!;
    if (!done.pop()) {
      stack.push(n);
      done.push(true);
      for (const c of childrenOf(n)) {
        stack.push(c);
        done.push(false);
      }
      continue;
    }
    if (!isExpr(n)) continue;
    const v = step(n, valueOf);
    if (v === null) continue;
    exact.set(n, v);
    if (isInt32(v)) folded.set(n, v);
  }
  return folded;
}

function isInt32(v: number): boolean {
  return v >= INT32_MIN && v <= INT32_MAX;
}

/** The exact (safe-integer) value of `e`, or null. */
function exactInt(e: A.Expr): number | null {
  return step(e, exactInt);
}

/** One folding step: `e`'s exact value from its operands' values (`valueOf`). */
function step(e: A.Expr, valueOf: (operand: A.Expr) => number | null): number | null {
  if (e.kind === "Int") return Number.isSafeInteger(e.value) ? e.value : null;
  let r: number;
  if (e.kind === "UnaryOp") {
    const v = valueOf(e.operand);
    if (v === null) return null;
    if (e.op === "-") r = -v;
    else if (e.op === "+") r = v;
    else if (e.op === "~") r = -v - 1;
    else return null;
  } else if (e.kind === "BinOp") {
    const a = valueOf(e.left);
    const c = valueOf(e.right);
    if (a === null || c === null) return null;
    switch (e.op) {
      case "+": r = a + c; break;
      case "-": r = a - c; break;
      case "*": r = a * c; break;
      case "**": if (c < 0 || c > 64) return null; r = a ** c; break;
      case "<<": if (c < 0 || c > 31) return null; r = a * 2 ** c; break;
      default: return null;
    }
  } else return null;
  return Number.isSafeInteger(r) ? r : null;
}
