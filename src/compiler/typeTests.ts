// `type(x) is T` / `type(x) == T` (and `is not`, `!=`) in native code. Every value
// has one static type there, so the test is decided at compile time; `x` is still
// evaluated (for its effects). T is a builtin type name: int, float, bool, str,
// list, tuple, or the None/function types are never equal to one of those.

import type * as A from "../lang/ast.js";
import type { Ty } from "./infer.js";

const TYPE_NAMES = new Set(["int", "float", "bool", "str", "list", "tuple"]);

export interface TypeTest {
  value: A.Expr;
  typeName: string;
  /** `is not` / `!=`. */
  negated: boolean;
}

/** The parts of `type(v) is T` (one comparison, T a builtin type name), or null. */
export function typeTestOf(e: A.Compare): TypeTest | null {
  if (e.ops.length !== 1) return null;
  const op = e.ops[0];
  if (op !== "is" && op !== "is not" && op !== "==" && op !== "!=") return null;
  const l = e.left, r = e.comparators[0];
  if (l.kind !== "Call" || l.func.kind !== "Name" || l.func.id !== "type" || l.args.length !== 1 || l.keywords.length) return null;
  if (r.kind !== "Name" || !TYPE_NAMES.has(r.id)) return null;
  return { value: l.args[0], typeName: r.id, negated: op === "is not" || op === "!=" };
}

/** The compile-time result of a type test on a value of static type t. */
export function typeTestResult(test: TypeTest, t: Ty): boolean {
  return (t.k === test.typeName) !== test.negated;
}
