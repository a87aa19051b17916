// The one generic walker over the typed syntax tree (ast.ts). `childrenOf` knows,
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
// `walk` needs no recursion (an explicit stack); a recursive visitor should loop over
// `childrenOf(n)` itself, so a tree level costs it one stack frame (the parser bounds
// nesting at about 1000 levels; see the depth tests in analyze.test.ts).

import type * as A from "./ast.js";

/**
 * The direct child nodes of `node`, in evaluation order. The result may be one of
 * the node's own arrays (a body, a list of elements): read it, never change it.
 */
export function childrenOf(node: A.Node): readonly A.Node[] {
  switch (node.kind) {
    // Leaves.
    case "Int": case "Float": case "Str": case "Bytes": case "Const": case "Name":
    case "Break": case "Continue": case "Pass": case "Global": case "Nonlocal": case "Alias":
      return none;

    // ------------------------------------------------------------ expressions
    case "FString": return node.parts.filter((p): p is A.FormattedValue => typeof p !== "string");
    case "FormattedValue": return node.formatSpec ? [node.value, node.formatSpec] : [node.value];
    case "BinOp": return [node.left, node.right];
    case "UnaryOp": return [node.operand];
    case "BoolOp": return node.values;
    case "Compare": return [node.left, ...node.comparators];
    case "IfExp": return [node.test, node.body, node.orelse];
    case "NamedExpr": return [node.target, node.value];
    case "Keyword": return [node.value];
    case "Call": return [node.func, ...node.args, ...node.keywords];
    case "Attribute": return [node.value];
    case "Subscript": return [node.value, node.index];
    case "Slice": return present(node.lower, node.upper, node.step);
    case "List": case "Tuple": case "Set": return node.elts;
    case "Dict": return node.keys.flatMap((k, i) => (k ? [k, node.values[i]] : [node.values[i]]));
    case "Comprehension": return [node.iter, node.target, ...node.ifs];
    case "ListComp": case "SetComp": case "GeneratorExp": return [...node.generators, node.elt];
    case "DictComp": return [...node.generators, node.key, node.value];
    case "Lambda": return [...params(node.args), node.body];
    case "Starred": return [node.value];
    case "Yield": return present(node.value);
    case "YieldFrom": return [node.value];

    // ------------------------------------------------------------- statements
    case "Param": return present(node.default);
    case "ExprStmt": case "Print": return [node.value];
    case "Assign": return [node.value, ...node.targets];
    case "AugAssign": return [node.target, node.value];
    case "AnnotatedName": return [node.target];
    case "If": case "While": return [node.test, ...node.body, ...node.orelse];
    case "For": return [node.iter, node.target, ...node.body, ...node.orelse];
    case "Return": return present(node.value);
    case "FunctionDef": return [...node.decorators, ...params(node.args), ...node.body];
    case "Assert": return present(node.test, node.msg);
    case "ClassDef": return [...node.decorators, ...node.bases, ...node.keywords, ...node.body];
    case "Try": return [...node.body, ...node.handlers, ...node.orelse, ...node.finalbody];
    case "ExceptHandler": return node.type ? [node.type, ...node.body] : node.body;
    case "Raise": return present(node.exc, node.cause);
    case "With": return [...node.items, ...node.body];
    case "WithItem": return present(node.contextExpr, node.optionalVars);
    case "Delete": return node.targets;
    case "Import": return node.names;
    case "ImportFrom": return node.names === "*" ? none : node.names;
    case "Module": return node.body;

    // ------------------------------------------------- match (PEP 634)
    // A pattern's names are strings (bound by the lowering), not Name nodes.
    case "Match": return [node.subject, ...node.cases];
    case "MatchCase": return node.guard ? [node.pattern, node.guard, ...node.body] : [node.pattern, ...node.body];
    case "MatchValue": return [node.value];
    case "MatchSingleton": case "MatchStar": return none;
    case "MatchSequence": case "MatchOr": return node.patterns;
    // Every key is evaluated before any value is matched.
    case "MatchMapping": return [...node.keys, ...node.patterns];
    case "MatchClass": return [node.cls, ...node.patterns, ...node.kwdPatterns];
    case "MatchAs": return present(node.pattern);
    default:
      return assertNever(node);
  }
}

/** Calls `cb` on each direct child node of `node`, in evaluation order. */
export function forEachChild(node: A.Node, cb: (child: A.Node) => void): void {
  const children = childrenOf(node);
  for (let i = 0; i < children.length; i++) cb(children[i]);
}

const none: readonly A.Node[] = [];

function present(...nodes: (A.Node | null)[]): A.Node[] {
  return nodes.filter((n): n is A.Node => n !== null);
}

/** Parameters in declaration order: positional, keyword-only. */
function params(args: A.Arguments): A.Param[] {
  return [...args.args, ...args.kwonly];
}

/**
 * Pre-order walk of `node` and its descendants. `visit` returning `false` skips the
 * node's children (the walk goes on with its siblings). `parent` is null for `node`.
 * Iterative (an explicit stack), so no tree is too deep for it.
 */
export function walk(node: A.Node, visit: (node: A.Node, parent: A.Node | null) => boolean | void): void {
  const stack: A.Node[] = [node];
  const parents: (A.Node | null)[] = [null];
  while (stack.length) {
    const n = stack.pop()!;
    if (visit(n, parents.pop()!) === false) continue;
    const children = childrenOf(n);
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push(children[i]);
      parents.push(n);
    }
  }
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
  Int: true, Float: true, Str: true, Bytes: true, Const: true, FString: true, Name: true, BinOp: true,
  UnaryOp: true, BoolOp: true, Compare: true, IfExp: true, Call: true, Attribute: true,
  Subscript: true, List: true, Tuple: true, Dict: true, Set: true, ListComp: true,
  SetComp: true, DictComp: true, GeneratorExp: true, Lambda: true, Starred: true, NamedExpr: true,
  Yield: true, YieldFrom: true,
};
const exprKinds: ReadonlySet<string> = new Set(Object.keys(exprKindList));

function assertNever(node: never): never {
  throw new Error(`walk: unknown node kind ${(node as { kind?: string }).kind}`);
}
