// The one generic walker over the typed syntax tree (ast.ts). `forEachChild` knows,
// for every node kind, which fields hold child nodes; everything else in the compiler
// that only needs to *reach* nodes (scope collection, classic rewriting, import
// discovery, the analysis rules) goes through it instead of a hand-written switch.
//
// The switch is exhaustive over `Node["kind"]`: adding a node kind to ast.ts makes
// `assertNever` below fail to type-check until its children are listed here.
//
// Children come in *evaluation order* (the order the bytecode emitter evaluates
// them: `IfExp` test before body, a `For`'s iterable before its target, an
// assignment's value before its targets, a call's positional arguments before its
// keywords), so a walk that records names sees them in the order the emitter would.
// Recursion depth is bounded by the parser's nesting limits (see parser.ts).

import type * as A from "./ast.js";

/** Calls `cb` on each direct child node of `node`, in evaluation order. */
export function forEachChild(node: A.Node, cb: (child: A.Node) => void): void {
  switch (node.kind) {
    // Leaves.
    case "Int": case "Float": case "Str": case "Const": case "Name":
    case "Break": case "Continue": case "Pass": case "Global": case "Nonlocal": case "Alias":
      return;

    // ------------------------------------------------------------ expressions
    case "FString":
      for (const p of node.parts) if (typeof p !== "string") cb(p);
      return;
    case "FormattedValue":
      cb(node.value);
      if (node.formatSpec) cb(node.formatSpec);
      return;
    case "BinOp":
      cb(node.left);
      cb(node.right);
      return;
    case "UnaryOp":
      cb(node.operand);
      return;
    case "BoolOp":
      for (const v of node.values) cb(v);
      return;
    case "Compare":
      cb(node.left);
      for (const c of node.comparators) cb(c);
      return;
    case "IfExp":
      cb(node.test);
      cb(node.body);
      cb(node.orelse);
      return;
    case "Keyword":
      cb(node.value);
      return;
    case "Call":
      cb(node.func);
      for (const a of node.args) cb(a);
      for (const k of node.keywords) cb(k);
      return;
    case "Attribute":
      cb(node.value);
      return;
    case "Subscript":
      cb(node.value);
      cb(node.index);
      return;
    case "Slice":
      if (node.lower) cb(node.lower);
      if (node.upper) cb(node.upper);
      if (node.step) cb(node.step);
      return;
    case "List": case "Tuple": case "Set":
      for (const e of node.elts) cb(e);
      return;
    case "Dict":
      node.keys.forEach((k, i) => {
        cb(k);
        cb(node.values[i]);
      });
      return;
    case "Comprehension":
      cb(node.iter);
      cb(node.target);
      for (const c of node.ifs) cb(c);
      return;
    case "ListComp": case "GeneratorExp":
      for (const g of node.generators) cb(g);
      cb(node.elt);
      return;
    case "Lambda":
      forEachParam(node.args, cb);
      cb(node.body);
      return;
    case "Starred":
      cb(node.value);
      return;

    // ------------------------------------------------------------- statements
    case "Param":
      if (node.default) cb(node.default);
      return;
    case "ExprStmt": case "Print":
      cb(node.value);
      return;
    case "Assign":
      cb(node.value);
      for (const t of node.targets) cb(t);
      return;
    case "AugAssign":
      cb(node.target);
      cb(node.value);
      return;
    case "If": case "While":
      cb(node.test);
      for (const s of node.body) cb(s);
      for (const s of node.orelse) cb(s);
      return;
    case "For":
      cb(node.iter);
      cb(node.target);
      for (const s of node.body) cb(s);
      for (const s of node.orelse) cb(s);
      return;
    case "Return":
      if (node.value) cb(node.value);
      return;
    case "FunctionDef":
      for (const d of node.decorators) cb(d);
      forEachParam(node.args, cb);
      for (const s of node.body) cb(s);
      return;
    case "Assert":
      cb(node.test);
      if (node.msg) cb(node.msg);
      return;
    case "Delete":
      for (const t of node.targets) cb(t);
      return;
    case "Import":
      for (const a of node.names) cb(a);
      return;
    case "ImportFrom":
      if (node.names !== "*") for (const a of node.names) cb(a);
      return;
    case "Module":
      for (const s of node.body) cb(s);
      return;
    default:
      assertNever(node);
  }
}

/** Parameters in declaration order: positional, keyword-only. */
function forEachParam(args: A.Arguments, cb: (child: A.Node) => void): void {
  for (const p of args.args) cb(p);
  for (const p of args.kwonly) cb(p);
}

/**
 * Pre-order walk of `node` and its descendants. `visit` returning `false` skips the
 * node's children (the walk goes on with its siblings). `parent` is null for `node`.
 */
export function walk(node: A.Node, visit: (node: A.Node, parent: A.Node | null) => boolean | void): void {
  const go = (n: A.Node, parent: A.Node | null): void => {
    if (visit(n, parent) === false) return;
    forEachChild(n, (c) => go(c, n));
  };
  go(node, null);
}

/** Pre-order walk of a statement list (see `walk`). */
export function walkBody(body: A.Stmt[], visit: (node: A.Node, parent: A.Node | null) => boolean | void): void {
  for (const s of body) walk(s, visit);
}

/** True for expression nodes (the `Expr` union), false for statements and helpers. */
export function isExpr(node: A.Node): node is A.Expr {
  return exprKinds.has(node.kind);
}

const exprKindList: Record<A.Expr["kind"], true> = {
  Int: true, Float: true, Str: true, Const: true, FString: true, Name: true, BinOp: true,
  UnaryOp: true, BoolOp: true, Compare: true, IfExp: true, Call: true, Attribute: true,
  Subscript: true, List: true, Tuple: true, Dict: true, Set: true, ListComp: true,
  GeneratorExp: true, Lambda: true, Starred: true,
};
const exprKinds: ReadonlySet<string> = new Set(Object.keys(exprKindList));

function assertNever(node: never): never {
  throw new Error(`walk: unknown node kind ${(node as { kind?: string }).kind}`);
}
