// Docstrings (PEP 257): the string literal a function or module body starts with.
//
// A function's docstring is its code's constant 0, marked by CodeFlags.DOC (CPython
// keeps it in co_consts[0] too); `f.__doc__` reads it there, so a function without one
// costs nothing. A module's docstring is stored in the module's `__doc__` global by
// the first instructions of its body; a module without one gets `__doc__ = None`
// only when some code of it reads the name (otherwise `m.__doc__` falls back to None
// in the VM), so programs that never ask pay no global slot.
//
// Docstrings are str constants of the code: charged with the image as every constant.

import type * as A from "../lang/ast.js";
import type { Scope } from "./scopes.js";

/** The docstring of a body (a plain string literal as its first statement), else null. */
export function docstringOf(body: readonly A.Stmt[]): string | null {
  const first = body[0];
  return first?.kind === "ExprStmt" && first.value.kind === "Str" ? first.value.value : null;
}

/** True when some scope of the module resolves `__doc__` to the module's global. */
export function readsModuleDoc(scope: Scope): boolean {
  if (scope.kinds.get("__doc__") === "global") return true;
  return scope.children.some(readsModuleDoc);
}
