// The SyntaxWarnings CPython 3.11's compiler gives for code that is legal but almost
// certainly a mistake. CPython prints them on stderr when it compiles the script,
// before running it (`file:line: SyntaxWarning: message`, then the source line), and
// the program runs on. Reported in source order, as CPython compiles.

import type * as A from "../lang/ast.js";
import { walkBody } from "../lang/walk.js";

export interface SyntaxWarning {
  message: string;
  line: number;
}

export function syntaxWarnings(mod: A.Module): SyntaxWarning[] {
  const out: SyntaxWarning[] = [];
  walkBody(mod.body, (n) => {
    if (n.kind === "Compare") {
      // `x is 5`: identity with a fresh constant (not None, True, False or ...).
      let left = isLiteral(n.left);
      for (let i = 0; i < n.ops.length; i++) {
        const right = isLiteral(n.comparators[i]!);
        const op = n.ops[i];
        if ((op === "is" || op === "is not") && (left || right)) {
          out.push({ message: op === "is" ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?', line: n.line });
          break;
        }
        left = right;
      }
    } else if (n.kind === "Call") {
      // `(1, 2) (3, 4)`: a display called, a comma missing between two items.
      const type = n.func.kind === "Lambda" ? null : literalType(n.func);
      if (type !== null) out.push({ message: `'${type}' object is not callable; perhaps you missed a comma?`, line: n.line });
    } else if (n.kind === "Subscript") {
      // `[[1, 2] [0, 1]]`: a display indexed by the next item.
      const base = literalType(n.value);
      const index = n.index.kind === "Slice" ? null : literalType(n.index);
      if (base !== null && (NOT_SUBSCRIPTABLE.has(base) || n.value.kind === "Lambda")) {
        out.push({ message: `'${base}' object is not subscriptable; perhaps you missed a comma?`, line: n.line });
      } else if (base !== null && SEQUENCES.has(base) && n.value.kind !== "GeneratorExp" && index !== null && index !== "int" && index !== "bool") {
        out.push({ message: `${base} indices must be integers or slices, not ${index}; perhaps you missed a comma?`, line: n.line });
      }
    } else if (n.kind === "Assert" && n.test.kind === "Tuple" && n.test.elts.length > 0) {
      out.push({ message: "assertion is always true, perhaps remove parentheses?", line: n.line });
    }
  });
  return out;
}

/** A constant CPython folds the expression to, other than None, True, False and Ellipsis. */
function isLiteral(e: A.Expr): boolean {
  switch (e.kind) {
    case "Int": case "Float": case "Str": case "Bytes": return true;
    case "UnaryOp": return e.op !== "not" && (e.operand.kind === "Int" || e.operand.kind === "Float");
    case "Tuple": return e.elts.every((x) => x.kind === "Const" || isLiteral(x));
    default: return false;
  }
}

/** Literals CPython knows cannot be subscripted (sets and generators are displays). */
const NOT_SUBSCRIPTABLE = new Set(["NoneType", "int", "float", "bool", "set", "generator"]);
/** Literals CPython knows take integer indices. */
const SEQUENCES = new Set(["str", "bytes", "tuple", "list"]);

/** The type of a literal or display, as CPython's compiler infers it (infer_type). */
function literalType(e: A.Expr): string | null {
  switch (e.kind) {
    case "UnaryOp": return e.op !== "not" && (e.operand.kind === "Int" || e.operand.kind === "Float") ? literalType(e.operand) : null;
    case "Lambda": return "function";
    case "Int": return "int";
    case "Float": return "float";
    case "Str": case "FString": return "str";
    case "Bytes": return "bytes";
    case "Const": return e.value === null ? "NoneType" : "bool";
    case "Tuple": return "tuple";
    case "List": case "ListComp": return "list";
    case "Dict": case "DictComp": return "dict";
    case "Set": case "SetComp": return "set";
    case "GeneratorExp": return "generator";
    default: return null;
  }
}
