// Private name mangling (CPython's _Py_Mangle), as a rewrite of the tree before scope
// analysis: inside a class body, and in every function, lambda and comprehension
// nested in it, an identifier `__spam` (two leading underscores, not ending in two)
// becomes `_Class__spam`, with the class name's leading underscores stripped. So
// `self.__balance` in class Account stores `_Account__balance`, a subclass's
// `self.__x` does not overwrite its base's, and `obj.__balance` outside the class
// is an AttributeError, as in CPython.
//
// What is mangled, as CPython's compiler has it: every Name (load, store, del, `:=`,
// comprehension and `for` targets), attribute names, parameter names (so their
// annotations' keys), `global`/`nonlocal` names, `except ... as` names, `import`
// aliases, match capture names, and the name a nested `def` or `class` binds
// (FunctionDef/ClassDef.bindAs) — while its `__name__` and `__qualname__` keep the
// written name. Keyword arguments of calls and class keywords are not mangled, nor
// are dotted module names, nor the name `from m import __x` looks up in m.
//
// A class's decorators, bases and keywords belong to the enclosing scope: they are
// mangled with the enclosing class (if any), the body with the class's own name. A
// class whose name is all underscores mangles nothing.

import type * as A from "../lang/ast.js";
import { childrenOf } from "../lang/walk.js";
import { mangle } from "../lang/privateNames.js";

/** Mangles the private names of every class body in `mod`, in place. */
export function manglePrivateNames(mod: A.Module): void {
  // Nothing to do in a module without classes (most kernels): one cheap look first.
  if (!/\bclass\b/.test(mod.source)) return;
  for (const s of mod.body) visit(s, null);
}

/** `owner`: the innermost class whose body (or a function in it) holds `n`, or null. */
function visit(n: A.Node, owner: string | null): void {
  if (n.kind === "ClassDef") {
    // Decorators, bases and keywords in the enclosing scope; the name bound there too.
    for (const d of n.decorators) visit(d, owner);
    for (const b of n.bases) visit(b, owner);
    for (const k of n.keywords) visit(k, owner);
    const bound = owner === null ? n.name : mangle(owner, n.name);
    if (bound !== n.name) n.bindAs = bound;
    mangleAnnotationKeys(n);
    for (const s of n.body) visit(s, n.name);
    return;
  }
  if (owner !== null) rename(n, owner);
  const children = childrenOf(n);
  for (let i = 0; i < children.length; i++) visit(children[i], owner);
}

/** Renames the identifiers `n` itself holds (its children are visited separately). */
function rename(n: A.Node, owner: string): void {
  const m = (name: string) => mangle(owner, name);
  switch (n.kind) {
    case "Name": n.id = m(n.id); break;
    case "Attribute": n.attr = m(n.attr); break;
    case "Param": n.name = m(n.name); break;
    case "Global": case "Nonlocal": n.names = n.names.map(m); break;
    case "ExceptHandler": if (n.name !== null) n.name = m(n.name); break;
    case "MatchAs": case "MatchStar": if (n.name !== null) n.name = m(n.name); break;
    case "MatchMapping": if (n.rest !== null) n.rest = m(n.rest); break;
    case "Alias": if (n.asname !== null) n.asname = m(n.asname); else if (m(n.name) !== n.name) n.asname = m(n.name); break;
    case "Lambda": renameStarParams(n.args, m); break;
    case "FunctionDef": {
      renameStarParams(n.args, m);
      const bound = m(n.name);
      if (bound !== n.name) n.bindAs = bound;
      if (n.annotations) for (const a of n.annotations) a.name = m(a.name);
      break;
    }
  }
}

/**
 * The `__annotations__ = {'name': 'text', ...}` the parser puts first in a class body
 * with annotated names (parser.ts withAnnotations): its keys are names, mangled as
 * CPython's `__annotations__` keys are (dataclasses reads them: `__a: int = 1`).
 */
function mangleAnnotationKeys(c: A.ClassDef): void {
  const first = c.body[0];
  if (first?.kind !== "Assign" || first.targets.length !== 1) return;
  const target = first.targets[0]!;
  if (target.kind !== "Name" || target.id !== "__annotations__" || first.value.kind !== "Dict") return;
  for (const k of first.value.keys) if (k?.kind === "Str") k.value = mangle(c.name, k.value);
}

function renameStarParams(args: A.Arguments, m: (name: string) => string): void {
  if (args.vararg !== null) args.vararg = m(args.vararg);
  if (args.kwarg !== null) args.kwarg = m(args.kwarg);
}
