// Scope analysis: decides, for every name in every function, lambda and
// comprehension, whether it is a fast local, a cell (a local captured by a nested
// function), a free variable (captured from an enclosing function) or a module
// global — Python's rules, plus the classic dialect's "functions see and write
// globals assigned before them" rule.
//
// Invariant: after `analyze`, every Scope has its `kinds` map complete for the names
// it binds or references, and `cells`/`frees` list the closure variables in the
// order the emitter numbers them.

import type * as A from "../lang/ast.js";
import { EPythonSyntaxError } from "../lang/diagnostics.js";

export type NameKind = "local" | "cell" | "free" | "global";

export type ScopeKind = "module" | "function" | "lambda" | "comprehension";

export class Scope {
  readonly kinds = new Map<string, NameKind>();
  /** Names bound in this scope (assignment, def, import, for target, parameter). */
  readonly bound = new Set<string>();
  readonly used = new Set<string>();
  readonly declaredGlobal = new Set<string>();
  readonly declaredNonlocal = new Set<string>();
  readonly params: string[] = [];
  readonly children: Scope[] = [];
  cells: string[] = [];
  frees: string[] = [];
  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly node: A.Node,
    readonly parent: Scope | null,
  ) {}
  get isFunction(): boolean {
    return this.kind !== "module";
  }
}

export interface ScopeInfo {
  module: Scope;
  /** Scope of each function/lambda/comprehension node. */
  byNode: Map<A.Node, Scope>;
}

export interface ScopeOptions {
  dialect: A.Dialect;
  file: string;
  source: string;
  /** Classic dialect: module-level names with the line of their first assignment. */
  classicGlobalsBefore?: Map<string, number>;
}

export function analyze(mod: A.Module, opts: ScopeOptions): ScopeInfo {
  const byNode = new Map<A.Node, Scope>();
  const root = new Scope("module", "<module>", mod, null);
  byNode.set(mod, root);
  const err = (msg: string, n: A.Node): never => {
    throw new EPythonSyntaxError(msg, opts.file, n, opts.source);
  };

  // ------------------------------------------------------------ collection pass
  const visitStmts = (body: A.Stmt[], s: Scope) => body.forEach((st) => visitStmt(st, s));

  const bindTarget = (t: A.Expr, s: Scope) => {
    switch (t.kind) {
      case "Name": s.bound.add(t.id); break;
      case "Tuple": case "List": t.elts.forEach((e) => bindTarget(e, s)); break;
      case "Starred": bindTarget(t.value, s); break;
      default: visitExpr(t, s);
    }
  };

  const newFunctionScope = (kind: ScopeKind, name: string, node: A.Node, args: A.Arguments, s: Scope) => {
    const f = new Scope(kind, name, node, s);
    s.children.push(f);
    byNode.set(node, f);
    for (const p of args.args) f.params.push(p.name);
    for (const p of args.kwonly) f.params.push(p.name);
    if (args.vararg) f.params.push(args.vararg);
    if (args.kwarg) f.params.push(args.kwarg);
    const seen = new Set<string>();
    for (const p of f.params) {
      if (seen.has(p)) err(`duplicate argument '${p}' in function definition`, node);
      seen.add(p);
      f.bound.add(p);
    }
    // Defaults are evaluated in the defining scope (classic: in the function itself).
    for (const p of [...args.args, ...args.kwonly]) if (p.default) visitExpr(p.default, opts.dialect === "classic" ? f : s);
    return f;
  };

  const visitStmt = (st: A.Stmt, s: Scope): void => {
    switch (st.kind) {
      case "ExprStmt": visitExpr(st.value, s); break;
      case "Print": visitExpr(st.value, s); break;
      case "Assign": visitExpr(st.value, s); st.targets.forEach((t) => bindTarget(t, s)); break;
      case "AugAssign":
        visitExpr(st.value, s);
        if (st.target.kind === "Name") { s.bound.add(st.target.id); s.used.add(st.target.id); } else visitExpr(st.target, s);
        break;
      case "If": case "While":
        visitExpr(st.test, s); visitStmts(st.body, s); visitStmts(st.orelse, s); break;
      case "For":
        visitExpr(st.iter, s); bindTarget(st.target, s); visitStmts(st.body, s); visitStmts(st.orelse, s); break;
      case "Return":
        if (!s.isFunction) err("'return' outside function", st);
        if (st.value) visitExpr(st.value, s);
        break;
      case "FunctionDef": {
        st.decorators.forEach((d) => visitExpr(d, s));
        s.bound.add(st.name);
        const f = newFunctionScope("function", st.name, st, st.args, s);
        visitStmts(st.body, f);
        break;
      }
      case "Global":
        for (const n of st.names) {
          if (s.params.includes(n)) err(`name '${n}' is parameter and global`, st);
          if (s.kind !== "module" && (s.bound.has(n) || s.used.has(n))) err(`name '${n}' is used prior to global declaration`, st);
          s.declaredGlobal.add(n);
        }
        break;
      case "Nonlocal":
        if (!s.isFunction) err("nonlocal declaration not allowed at module level", st);
        for (const n of st.names) {
          if (s.params.includes(n)) err(`name '${n}' is parameter and nonlocal`, st);
          if (s.declaredGlobal.has(n)) err(`name '${n}' is nonlocal and global`, st);
          s.declaredNonlocal.add(n);
        }
        break;
      case "Assert": visitExpr(st.test, s); if (st.msg) visitExpr(st.msg, s); break;
      case "Delete": st.targets.forEach((t) => (t.kind === "Name" ? s.bound.add(t.id) : visitExpr(t, s))); break;
      case "Import":
        for (const a of st.names) s.bound.add(a.asname ?? a.name.split(".")[0]);
        break;
      case "ImportFrom":
        if (st.names === "*") {
          if (s.isFunction) err("import * only allowed at module level", st);
        } else for (const a of st.names) s.bound.add(a.asname ?? a.name);
        break;
      case "Break": case "Continue": case "Pass": break;
    }
  };

  const visitComprehension = (node: A.ListComp | A.GeneratorExp, s: Scope) => {
    // The first iterable is evaluated in the enclosing scope, as in Python.
    visitExpr(node.generators[0].iter, s);
    const c = new Scope("comprehension", "<listcomp>", node, s);
    s.children.push(c);
    byNode.set(node, c);
    c.params.push(".0");
    c.bound.add(".0");
    node.generators.forEach((g, i) => {
      if (i > 0) visitExpr(g.iter, c);
      bindTarget(g.target, c);
      g.ifs.forEach((e) => visitExpr(e, c));
    });
    visitExpr(node.elt, c);
  };

  const visitExpr = (e: A.Expr, s: Scope): void => {
    switch (e.kind) {
      case "Name": s.used.add(e.id); break;
      case "Int": case "Float": case "Str": case "Const": break;
      case "FString":
        for (const p of e.parts) if (typeof p !== "string") {
          visitExpr(p.value, s);
          if (p.formatSpec) visitExpr(p.formatSpec, s);
        }
        break;
      case "BinOp": visitExpr(e.left, s); visitExpr(e.right, s); break;
      case "UnaryOp": visitExpr(e.operand, s); break;
      case "BoolOp": e.values.forEach((v) => visitExpr(v, s)); break;
      case "Compare": visitExpr(e.left, s); e.comparators.forEach((v) => visitExpr(v, s)); break;
      case "IfExp": visitExpr(e.test, s); visitExpr(e.body, s); visitExpr(e.orelse, s); break;
      case "Call": visitExpr(e.func, s); e.args.forEach((a) => visitExpr(a, s)); e.keywords.forEach((k) => visitExpr(k.value, s)); break;
      case "Attribute": visitExpr(e.value, s); break;
      case "Subscript":
        visitExpr(e.value, s);
        if (e.index.kind === "Slice") {
          for (const p of [e.index.lower, e.index.upper, e.index.step]) if (p) visitExpr(p, s);
        } else visitExpr(e.index, s);
        break;
      case "List": case "Tuple": case "Set": e.elts.forEach((v) => visitExpr(v, s)); break;
      case "Dict": e.keys.forEach((v) => visitExpr(v, s)); e.values.forEach((v) => visitExpr(v, s)); break;
      case "ListComp": case "GeneratorExp": visitComprehension(e, s); break;
      case "Lambda": {
        const f = newFunctionScope("lambda", "<lambda>", e, e.args, s);
        visitExpr(e.body, f);
        break;
      }
      case "Starred": visitExpr(e.value, s); break;
    }
  };

  visitStmts(mod.body, root);

  // ------------------------------------------------------------- resolution pass
  const classic = opts.dialect === "classic";
  const resolve = (s: Scope) => {
    if (s.kind === "module") {
      for (const n of [...s.bound, ...s.used]) s.kinds.set(n, "global");
    } else {
      for (const n of s.declaredGlobal) s.kinds.set(n, "global");
      for (const n of s.declaredNonlocal) {
        if (!findEnclosingBinding(s.parent, n)) err(`no binding for nonlocal '${n}' found`, s.node);
        s.kinds.set(n, "free");
      }
      for (const n of s.bound) {
        if (s.kinds.has(n)) continue;
        // Classic: a function writes a global if that global was assigned before the def.
        const before = opts.classicGlobalsBefore?.get(n);
        if (classic && !s.params.includes(n) && before !== undefined && before < topLevelLine(s)) s.kinds.set(n, "global");
        else s.kinds.set(n, "local");
      }
      for (const n of s.used) {
        if (s.kinds.has(n)) continue;
        s.kinds.set(n, findEnclosingBinding(s.parent, n) ? "free" : "global");
      }
    }
    s.children.forEach(resolve);
  };
  resolve(root);

  // Mark captured locals as cells, propagating free variables through intermediate scopes.
  const capture = (s: Scope) => {
    for (const c of s.children) capture(c);
    if (!s.isFunction) return;
    for (const [n, k] of s.kinds) {
      if (k !== "free") continue;
      for (let p = s.parent; p && p.isFunction; p = p.parent) {
        const pk = p.kinds.get(n);
        if (pk === "local" || pk === "cell") {
          p.kinds.set(n, "cell");
          break;
        }
        if (pk === "global") break;
        p.kinds.set(n, "free");
      }
    }
  };
  capture(root);
  const order = (s: Scope) => {
    s.cells = [...s.kinds].filter(([, k]) => k === "cell").map(([n]) => n);
    s.frees = [...s.kinds].filter(([, k]) => k === "free").map(([n]) => n);
    s.children.forEach(order);
  };
  order(root);
  return { module: root, byNode };
}

function findEnclosingBinding(s: Scope | null, name: string): boolean {
  for (let p = s; p && p.isFunction; p = p.parent) {
    if (p.declaredGlobal.has(name)) return false;
    if (p.bound.has(name) || p.declaredNonlocal.has(name)) return true;
  }
  return false;
}

/** Line of the module-level statement that (transitively) contains this scope. */
function topLevelLine(s: Scope): number {
  let t = s;
  while (t.parent && t.parent.kind !== "module") t = t.parent;
  return t.node.line;
}
