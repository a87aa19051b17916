// The language rules the parser cannot check on its own: they need the enclosing
// loop or function, the resolved scopes, the folded constants or the classic
// rewriting (`f(A=1, a=2)` repeats a keyword only after case folding), or they are
// limits of this implementation ("... not supported yet"). Every violation is
// reported (the walk goes on), so one analysis finds them all; the bytecode emitter
// relies on an AST that passed these rules and raises no language error itself.

import type * as A from "../lang/ast.js";
import { childrenOf } from "../lang/walk.js";
import type { ReportFn, Scope, ScopeInfo } from "./scopes.js";

const EXCEPT_STAR_EXIT = "'break', 'continue' and 'return' cannot appear in an except* block";

interface Context {
  /** The def (or module) whose body we are in: `del` of a captured name is checked in it. */
  scope: Scope;
  inFunction: boolean;
  /** Inside the body (not the `else`) of a loop of the current function. */
  inLoop: boolean;
  /**
   * Inside an `except*` clause, not in a loop or def nested there: break, continue and
   * return would leave the clause while its group is half handled (PEP 654 forbids them).
   */
  inExceptStar?: boolean;
}

/** The features `from __future__ import` knows (CPython 3.11's). */
const FUTURE_FEATURES = new Set([
  "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
  "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
]);

/** `from __future__` imports that open the module (after its docstring): the only ones allowed. */
function leadingFutureImports(mod: A.Module): Set<A.Node> {
  const leading = new Set<A.Node>();
  const body = mod.body;
  let i = body[0]?.kind === "ExprStmt" && body[0].value.kind === "Str" ? 1 : 0;
  for (; i < body.length; i++) {
    const s = body[i]!;
    if (s.kind !== "ImportFrom" || s.module !== "__future__" || s.level !== 0) break;
    leading.add(s);
  }
  return leading;
}

/**
 * CPython's errors for a `from __future__` import: a late one under the whole
 * statement, an unknown feature at the statement's start (one caret).
 */
function checkFutureImport(n: A.ImportFrom, leading: ReadonlySet<A.Node>, report: ReportFn): void {
  if (!leading.has(n)) {
    report("from __future__ imports must occur at the beginning of the file", n);
    return;
  }
  const at = { line: n.line, col: n.col, endLine: n.line, endCol: n.col };
  for (const a of n.names === "*" ? [] : n.names) {
    if (a.name === "braces") report("not a chance", at);
    else if (!FUTURE_FEATURES.has(a.name)) report(`future feature ${a.name} is not defined`, at);
  }
}

export function checkRules(mod: A.Module, scopes: ScopeInfo, constants: ReadonlyMap<A.Expr, number>, report: ReportFn): void {
  const classic = mod.dialect === "classic";
  const futures = leadingFutureImports(mod);
  // An explicit stack instead of recursion (no tree is too deep); children are pushed
  // in reverse so nodes are checked in pre-order, i.e. source order.
  const stack: { node: A.Node; parent: A.Node; ctx: Context }[] = [];
  const push = (nodes: readonly A.Node[], parent: A.Node, ctx: Context) => {
    for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i], parent, ctx });
  };

  // Cases that only check `break` to the common push of the children at the end.
  const visit = (n: A.Node, parent: A.Node, ctx: Context): void => {
    switch (n.kind) {
      case "Break":
        if (ctx.inExceptStar) report(EXCEPT_STAR_EXIT, n);
        else if (!ctx.inLoop) report("'break' outside loop", n);
        return;
      case "Continue":
        if (ctx.inExceptStar) report(EXCEPT_STAR_EXIT, n);
        else if (!ctx.inLoop) report("'continue' not properly in loop", n);
        return;
      case "Return":
        // CPython points at the returned value, if any.
        if (ctx.inExceptStar) report(EXCEPT_STAR_EXIT, n.value ?? n);
        else if (!ctx.inFunction) report("'return' outside function", n);
        else if (n.value && ctx.scope.yields && isAsyncFunction(ctx.scope)) report("'return' with value in async generator", n);
        break;
      case "While": case "For": {
        if (n.kind === "For" && n.isAsync && !isAsyncFunction(ctx.scope)) report("'async for' outside async function", n);
        // A loop's `else` runs after the loop: `break` there belongs to an outer loop.
        push(n.orelse, n, ctx);
        push(n.body, n, { ...ctx, inLoop: true, inExceptStar: false });
        push(n.kind === "For" ? [n.iter, n.target] : [n.test], n, ctx);
        return;
      }
      case "FunctionDef": case "Lambda": {
        if (classic && n.args.kwarg) report("'**' parameters are not supported in the classic dialect", n);
        if (classic && n.args.posonly) report("positional-only parameters ('/') are not supported in the classic dialect", n);
        // Decorators and defaults are evaluated where the function is defined.
        const inner: Context = { scope: scopes.byNode.get(n)!, inFunction: true, inLoop: false };
        push(n.kind === "FunctionDef" ? n.body : [n.body], n, inner);
        push([...n.args.args, ...n.args.kwonly], n, ctx);
        if (n.kind === "FunctionDef") push(n.decorators, n, ctx);
        return;
      }
      case "ClassDef": {
        // The body runs once, at definition: not inside the enclosing function or loop.
        push(n.body, n, { scope: scopes.byNode.get(n)!, inFunction: false, inLoop: false });
        push([...n.bases, ...n.keywords], n, ctx);
        push(n.decorators, n, ctx);
        return;
      }
      case "Try":
        if (!n.star) break;
        if (classic) report("'except*' is not supported in the classic dialect", n);
        push(n.finalbody, n, ctx);
        push(n.orelse, n, ctx);
        push(n.handlers, n, { ...ctx, inExceptStar: true });
        push(n.body, n, ctx);
        return;
      case "With":
        if (n.isAsync && !isAsyncFunction(ctx.scope)) report("'async with' outside async function", n);
        break;
      case "Import":
        // Python 3 packages are resolved by the driver (packages.ts); the classic dialect has none.
        for (const a of n.names) {
          if (classic && a.name.includes(".")) report(`packages are not supported in the classic dialect: cannot import '${a.name}'`, a);
        }
        return;
      case "ImportFrom":
        if (n.module === "__future__" && n.level === 0 && !classic) checkFutureImport(n, futures, report);
        if (n.level > 0) report(classic ? "relative imports are not supported in the classic dialect" : "relative import outside a package", n);
        return;
      case "AugAssign":
        if (classic && n.op === "@") report("the '@' operator is not supported in the classic dialect", n);
        if (n.target.kind === "Subscript" && n.target.index.kind === "Slice") {
          report("illegal expression for augmented assignment", n.target);
        }
        break;
      case "Delete":
        for (const t of n.targets) checkDelete(t, ctx.scope);
        break;
      case "BinOp": case "UnaryOp":
        // A folded expression is one constant: nothing inside it is compiled.
        if (constants.has(n)) return;
        if (classic && n.kind === "BinOp" && n.op === "@") report("the '@' operator is not supported in the classic dialect", n);
        break;
      case "Int":
        // Python 3 ints have no size limit (a big int constant, vm/bigint.ts); the classic dialect keeps the original's 32-bit ints.
        if (classic && !constants.has(n)) report(`integer literal ${n.text} does not fit in a 32-bit int`, n);
        return;
      case "Dict": case "DictComp":
        // The original ePython had no dicts or sets: the classic dialect keeps without them.
        if (classic) report("dictionaries are not supported in the classic dialect", n);
        break;
      case "Set": case "SetComp":
        if (classic) report("sets are not supported in the classic dialect", n);
        break;
      case "Starred": {
        // Unpacking into a display or into call arguments; targets are the parser's.
        const ok = (parent.kind === "List" || parent.kind === "Tuple" || parent.kind === "Set" ||
          (parent.kind === "Call" && parent.args.includes(n)));
        if (!ok) report("can't use starred expression here", n);
        break;
      }
      case "Slice":
        // `a[1:2, i]`: the key is a tuple holding a slice object (BUILD_SLICE); the
        // parser puts Slices nowhere else.
        if (classic && parent.kind === "Tuple") report("multi-dimensional subscripts are not supported in the classic dialect", n);
        break;
      case "Call": {
        if (classic && n.keywords.some((k) => k.name === null)) report("'**' arguments are not supported in the classic dialect", n);
        // The parser checks this too; classic case folding can make two keywords equal.
        const names = n.keywords.flatMap((k) => (k.name === null ? [] : [k.name]));
        const dup = names.find((x, i) => names.indexOf(x) !== i);
        if (dup !== undefined) report(`keyword argument repeated: ${dup}`, n);
        break;
      }
    }
    push(childrenOf(n), n, ctx);
  };

  /** A name captured by a nested function has no slot `del` could clear. */
  const checkDelete = (t: A.Expr, scope: Scope): void => {
    if (t.kind === "Name") {
      const k = scope.kind === "module" ? "global" : scope.kinds.get(t.id);
      if (k === "cell" || k === "free") report(`cannot delete variable '${t.id}' captured by a nested function`, t);
    } else if (t.kind === "Tuple" || t.kind === "List") t.elts.forEach((e) => checkDelete(e, scope));
  };

  push(mod.body, mod, { scope: scopes.module, inFunction: false, inLoop: false });
  while (stack.length) {
    const { node, parent, ctx } = stack.pop()!;
    visit(node, parent, ctx);
  }
}

/** The scope is an `async def` body (where `async for`/`async with` may appear). */
function isAsyncFunction(scope: Scope): boolean {
  return scope.node.kind === "FunctionDef" && scope.node.isAsync === true;
}
