// Scope analysis: decides, for every name in every function, lambda and
// comprehension, whether it is a fast local, a cell (a local captured by a nested
// function), a free variable (captured from an enclosing function) or a module
// global — Python's rules, plus the classic dialect's "functions see and write
// globals assigned before them" rule.
//
// Invariant: after `resolveScopes`, every Scope has its `kinds` map complete for the names
// it binds or references, and `cells`/`frees` list the closure variables in the
// order the emitter numbers them.

import type * as A from "../lang/ast.js";
import { childrenOf } from "../lang/walk.js";

export type NameKind = "local" | "cell" | "free" | "global";

/**
 * A class body is a scope of its own, compiled like a function whose bound locals
 * become the class's attributes (CLASS_NAMESPACE). Its names are not visible to the
 * functions defined in it (Python's rule): name resolution skips class scopes, except
 * for the implicit `__class__` cell that `super()` reads.
 */
export type ScopeKind = "module" | "function" | "lambda" | "comprehension" | "class";

export class Scope {
  readonly kinds = new Map<string, NameKind>();
  /** Names bound in this scope (assignment, def, import, for target, parameter). */
  readonly bound = new Set<string>();
  readonly used = new Set<string>();
  readonly declaredGlobal = new Set<string>();
  readonly declaredNonlocal = new Set<string>();
  /** Names annotated in this scope (`x: T` or `x: T = v`): they cannot be declared global or nonlocal. */
  readonly annotated = new Set<string>();
  readonly params: string[] = [];
  readonly children: Scope[] = [];
  cells: string[] = [];
  frees: string[] = [];
  /**
   * A function (or lambda) whose body contains `yield`: calling it makes a generator.
   * A comprehension: an asynchronous one (a coroutine; a generator expression: an async generator).
   */
  generator = false;
  /**
   * The body has a `yield` (not only `await`): with `async def` an async generator.
   * An `async def` is always `generator` (its call makes a coroutine, vm/coroutines.ts).
   */
  yields = false;
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

/** The code name of each kind of comprehension (CPython 3.11's). */
export const COMPREHENSION_NAMES = { ListComp: "<listcomp>", SetComp: "<setcomp>", DictComp: "<dictcomp>", GeneratorExp: "<genexpr>" } as const;

/**
 * CPython's `__qualname__` of the code of scope `s` (compile.c compiler_set_qualname):
 * its name after the enclosing class's or comprehension's qualname (`C.m`), or after
 * the enclosing function's and `.<locals>` (`f.<locals>.g`); a name the enclosing function declares
 * global, and anything at module level, is its plain name.
 */
export function qualnameOf(s: Scope): string {
  const p = s.parent;
  if (p === null || p.kind === "module" || (p.kind !== "class" && p.declaredGlobal.has(s.name))) return s.name;
  // No `.<locals>` after a comprehension's name (CPython 3.11: `f.<locals>.<listcomp>.<lambda>`).
  return p.kind === "class" || p.kind === "comprehension" ? `${qualnameOf(p)}.${s.name}` : `${qualnameOf(p)}.<locals>.${s.name}`;
}

export interface ScopeInfo {
  module: Scope;
  /** Scope of each function/lambda/comprehension node. */
  byNode: Map<A.Node, Scope>;
}

export interface ScopeOptions {
  dialect: A.Dialect;
  /** Classic dialect: module-level names with the line of their first assignment. */
  classicGlobalsBefore?: Map<string, number>;
  /**
   * Device-resident variables of an offload kernel module: a function that assigns
   * one of these names (and does not take it as a parameter) writes the module's
   * variable, as kernels did in the original (its implicit-global rule).
   */
  deviceGlobals?: ReadonlySet<string>;
}

/** Receives each violated naming rule; resolution goes on after a report. */
export type ReportFn = (message: string, node: A.Node) => void;

/**
 * Resolves every scope of `mod`. Naming rules (duplicate parameters, misplaced
 * `global`/`nonlocal`, `import *` in a function) are reported through `report` and
 * do not stop the analysis, so one pass finds all of them.
 */
export function resolveScopes(mod: A.Module, opts: ScopeOptions, report: ReportFn): ScopeInfo {
  const byNode = new Map<A.Node, Scope>();
  const root = new Scope("module", "<module>", mod, null);
  byNode.set(mod, root);

  // ------------------------------------------------------------ collection pass
  // Names are recorded in the order the emitter evaluates them (the walker's child
  // order): the order of `used` decides the numbering of free variables.
  const visitAll = (nodes: readonly A.Node[], s: Scope) => nodes.forEach((n) => visit(n, s));

  const bindTarget = (t: A.Expr, s: Scope) => {
    switch (t.kind) {
      case "Name": s.bound.add(t.id); break;
      case "Tuple": case "List": t.elts.forEach((e) => bindTarget(e, s)); break;
      case "Starred": bindTarget(t.value, s); break;
      default: visit(t, s);
    }
  };

  const newFunctionScope = (kind: ScopeKind, name: string, node: A.Node, args: A.Arguments, s: Scope) => {
    const f = new Scope(kind, name, node, s);
    if (node.kind === "FunctionDef" && node.isAsync) f.generator = true;
    s.children.push(f);
    byNode.set(node, f);
    for (const p of args.args) f.params.push(p.name);
    for (const p of args.kwonly) f.params.push(p.name);
    if (args.vararg) f.params.push(args.vararg);
    if (args.kwarg) f.params.push(args.kwarg);
    const seen = new Set<string>();
    for (const p of f.params) {
      if (seen.has(p)) report(`duplicate argument '${p}' in function definition`, node);
      seen.add(p);
      f.bound.add(p);
    }
    // Defaults are evaluated in the defining scope (classic: in the function itself).
    for (const p of [...args.args, ...args.kwonly]) if (p.default) visit(p.default, opts.dialect === "classic" ? f : s);
    return f;
  };

  // Comprehension iterables being visited: CPython's ste_comp_iter_expr (which scopes
  // nested there, lambdas and comprehensions, inherit), where `:=` is a SyntaxError.
  let inIterable = 0;
  const visitIterable = (iter: A.Node, s: Scope) => {
    inIterable++;
    visit(iter, s);
    inIterable--;
  };
  const visitComprehension = (node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, s: Scope) => {
    // The first iterable is evaluated in the enclosing scope, as in Python.
    visitIterable(node.generators[0].iter, s);
    const c = new Scope("comprehension", COMPREHENSION_NAMES[node.kind], node, s);
    s.children.push(c);
    byNode.set(node, c);
    c.params.push(".0");
    c.bound.add(".0");
    node.generators.forEach((g, i) => {
      if (i > 0) visitIterable(g.iter, c);
      bindTarget(g.target, c);
      visitAll(g.ifs, c);
    });
    if (node.kind === "DictComp") {
      visit(node.key, c);
      visit(node.value, c);
    } else visit(node.elt, c);
    // An asynchronous comprehension (`async for`, or an await inside: `generator` set by
    // the await) is a coroutine its scope awaits, so an enclosing comprehension is one
    // too; an asynchronous generator expression is an async generator, allowed anywhere.
    if (node.kind === "GeneratorExp") {
      if (node.generators.some((g) => g.isAsync)) c.generator = true;
    } else if (!c.generator && node.generators.some((g) => g.isAsync)) {
      if (awaitPlacement(c) !== null) report("asynchronous comprehension outside of an asynchronous function", node);
      else c.generator = true;
    }
    if (c.generator && node.kind !== "GeneratorExp" && s.kind === "comprehension") s.generator = true;
  };

  /** Records an annotated name; one already declared global or nonlocal is CPython's SyntaxError. */
  const annotate = (name: string, n: A.Node, s: Scope) => {
    if (s.declaredGlobal.has(name) && s.kind !== "module") report(`annotated name '${name}' can't be global`, n);
    else if (s.declaredNonlocal.has(name)) report(`annotated name '${name}' can't be nonlocal`, n);
    s.annotated.add(name);
  };

  // Expressions nest deepest, so their path stays small: `visit` recurses with one
  // small frame per level; the binding constructs are handled in `special`, which
  // returns before the generic recursion.
  const visit = (n: A.Node, s: Scope): void => {
    if (n.kind === "Name") {
      s.used.add(n.id);
      // super() and __class__ in a method read the class's implicit __class__ cell.
      if ((n.id === "super" || n.id === "__class__") && insideClass(s)) s.used.add("__class__");
    } else if (!special(n, s)) for (const c of childrenOf(n)) visit(c, s);
  };

  /** Handles a node that binds names or opens a scope; false for any other node. */
  const special = (n: A.Node, s: Scope): boolean => {
    switch (n.kind) {
      case "Assign":
        visit(n.value, s);
        n.targets.forEach((t) => bindTarget(t, s));
        if (n.annotated && n.targets[0].kind === "Name") annotate(n.targets[0].id, n, s);
        return true;
      case "AnnotatedName":
        // PEP 526: a bare annotation makes the name local to a function (reading it
        // first is an UnboundLocalError); at module or class level it does nothing.
        if (s.kind === "function") s.bound.add(n.target.id);
        annotate(n.target.id, n, s);
        return true;
      case "AugAssign":
        visit(n.value, s);
        if (n.target.kind === "Name") { s.bound.add(n.target.id); s.used.add(n.target.id); } else visit(n.target, s);
        return true;
      case "For":
        visit(n.iter, s); bindTarget(n.target, s); visitAll(n.body, s); visitAll(n.orelse, s); return true;
      case "WithItem":
        visit(n.contextExpr, s); if (n.optionalVars) bindTarget(n.optionalVars, s); return true;
      case "FunctionDef": {
        visitAll(n.decorators, s);
        s.bound.add(n.bindAs ?? n.name);
        const f = newFunctionScope("function", n.name, n, n.args, s);
        visitAll(n.body, f);
        return true;
      }
      case "ClassDef": {
        visitAll(n.decorators, s);
        visitAll(n.bases, s);
        visitAll(n.keywords, s);
        s.bound.add(n.bindAs ?? n.name);
        const c = new Scope("class", n.name, n, s);
        s.children.push(c);
        byNode.set(n, c);
        c.bound.add("__class__");
        visitAll(n.body, c);
        return true;
      }
      case "ExceptHandler":
        if (n.type) visit(n.type, s);
        if (n.name !== null) s.bound.add(n.name);
        visitAll(n.body, s);
        return true;
      case "Lambda": {
        const f = newFunctionScope("lambda", "<lambda>", n, n.args, s);
        visit(n.body, f);
        return true;
      }
      case "ListComp": case "SetComp": case "DictComp": case "GeneratorExp": visitComprehension(n, s); return true;
      case "NamedExpr": {
        if (inIterable > 0) {
          report("assignment expression cannot be used in a comprehension iterable expression", n);
          return true;
        }
        visit(n.value, s);
        // PEP 572: inside comprehensions the name belongs to the nearest enclosing
        // scope that is not one; the comprehensions in between reach it as a global
        // (module) or a free variable (function).
        const name = n.target.id;
        let owner = s;
        while (owner.kind === "comprehension") {
          if (owner.bound.has(name)) {
            report(`assignment expression cannot rebind comprehension iteration variable '${name}'`, n);
            return true;
          }
          owner = owner.parent!;
        }
        if (owner !== s && owner.kind === "class") {
          report("assignment expression within a comprehension cannot be used in a class body", n);
          return true;
        }
        owner.bound.add(name);
        owner.used.add(name);
        for (let c = s; c !== owner; c = c.parent!) {
          if (owner.kind === "module" || owner.declaredGlobal.has(name)) c.declaredGlobal.add(name);
          else c.declaredNonlocal.add(name);
        }
        return true;
      }
      case "Yield": case "YieldFrom":
        // CPython's messages; the children are visited as usual.
        if (n.kind === "YieldFrom" && n.isAwait) {
          // `await` suspends a coroutine as `yield from` suspends a generator.
          const msg = awaitPlacement(s);
          if (msg) report(msg, n);
          else s.generator = true;
        } else if (n.kind === "YieldFrom" && isAsyncDef(s)) report("'yield from' inside async function", n);
        else if (opts.deviceGlobals && s.kind === "function" && s.parent?.kind === "module") {
          // An offload kernel's result goes back to the host, which cannot resume a generator.
          report("an offload kernel cannot be a generator function: its result must go back to the host", n);
        } else if (s.kind === "function" || s.kind === "lambda") {
          s.generator = true;
          s.yields = true;
        } else if (s.kind === "comprehension") report(`'yield' inside ${comprehensionName(s.node)}`, n);
        else report("'yield' outside function", n);
        return false;
      case "Global":
        for (const name of n.names) {
          if (s.annotated.has(name)) report(`annotated name '${name}' can't be global`, n);
          else if (s.params.includes(name)) report(`name '${name}' is parameter and global`, n);
          else if (s.kind !== "module" || opts.dialect !== "classic") {
            const before = declaredAfterUse(s, name, "global");
            if (before) report(before, n);
          }
          s.declaredGlobal.add(name);
        }
        return true;
      case "Nonlocal":
        if (!s.isFunction) {
          report("nonlocal declaration not allowed at module level", n);
          return true;
        }
        for (const name of n.names) {
          if (s.annotated.has(name)) report(`annotated name '${name}' can't be nonlocal`, n);
          else if (s.params.includes(name)) report(`name '${name}' is parameter and nonlocal`, n);
          else if (s.declaredGlobal.has(name)) report(`name '${name}' is nonlocal and global`, n);
          else {
            const before = declaredAfterUse(s, name, "nonlocal");
            if (before) report(before, n);
            s.declaredNonlocal.add(name);
          }
        }
        return true;
      // Capture patterns bind their names; their sub-patterns recurse as usual.
      case "MatchAs": case "MatchStar": if (n.name !== null) s.bound.add(n.name); return false;
      case "MatchMapping": if (n.rest !== null) s.bound.add(n.rest); return false;
      case "Delete": n.targets.forEach((t) => (t.kind === "Name" ? s.bound.add(t.id) : visit(t, s))); return true;
      case "Import":
        for (const a of n.names) s.bound.add(a.asname ?? a.name.split(".")[0]);
        return true;
      case "ImportFrom":
        if (n.names === "*") {
          if (s.isFunction) report("import * only allowed at module level", n);
        } else for (const a of n.names) s.bound.add(a.asname ?? a.name);
        return true;
      default:
        return false;
    }
  };

  visitAll(mod.body, root);

  // ------------------------------------------------------------- resolution pass
  const classic = opts.dialect === "classic";
  const resolve = (s: Scope) => {
    if (s.kind === "module") {
      for (const n of [...s.bound, ...s.used]) s.kinds.set(n, "global");
    } else {
      for (const n of s.declaredGlobal) s.kinds.set(n, "global");
      for (const n of s.declaredNonlocal) {
        if (!findEnclosingBinding(s.parent, n)) report(`no binding for nonlocal '${n}' found`, s.node);
        s.kinds.set(n, "free");
      }
      for (const n of s.bound) {
        if (s.kinds.has(n)) continue;
        // Classic: a function writes a global if that global was assigned before the def.
        const before = opts.classicGlobalsBefore?.get(n);
        if (classic && !s.params.includes(n) && before !== undefined && before < topLevelLine(s)) s.kinds.set(n, "global");
        else if (opts.deviceGlobals?.has(n) && !s.params.includes(n)) s.kinds.set(n, "global");
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
        if (p.kind === "class" && n !== "__class__") {
          // A class body passes a closure variable through to its methods; one it binds
          // itself as well would need CPython's LOAD_CLASSDEREF.
          if (pk === "local") report(`class '${p.name}' binds '${n}', which a function inside it takes from an enclosing function: not supported yet`, p.node);
          else p.kinds.set(n, "free");
          continue;
        }
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

function comprehensionName(n: A.Node): string {
  switch (n.kind) {
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "GeneratorExp": return "generator expression";
    default: return "list comprehension";
  }
}

function isAsyncDef(s: Scope): boolean {
  return s.node.kind === "FunctionDef" && s.node.isAsync === true;
}

/** Why `await` cannot appear directly in scope `s` (CPython's messages), or null when it can. */
function awaitPlacement(s: Scope): string | null {
  if (isAsyncDef(s)) return null;
  if (s.kind === "comprehension") {
    let owner = s;
    while (owner.kind === "comprehension") owner = owner.parent!;
    return isAsyncDef(owner) ? null : "asynchronous comprehension outside of an asynchronous function";
  }
  return s.kind === "module" || s.kind === "class" ? "'await' outside function" : "'await' outside async function";
}

/** True when `s` is (inside) a function defined in a class body. */
function insideClass(s: Scope): boolean {
  for (let p: Scope | null = s; p; p = p.parent) if (p.kind === "class") return p !== s;
  return false;
}

function findEnclosingBinding(s: Scope | null, name: string): boolean {
  for (let p = s; p && p.isFunction; p = p.parent) {
    if (p.kind === "class" && name !== "__class__") continue;
    // A name the enclosing function treats as global (declared, or in classic because
    // the global was assigned before it) gives the inner function no cell to capture.
    if (p.declaredGlobal.has(name) || p.kinds.get(name) === "global") return false;
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

/**
 * CPython's error for a `global`/`nonlocal` declaration after the name was already
 * assigned (bound) or read in the same scope, or null. A repeated declaration is fine.
 */
function declaredAfterUse(s: Scope, name: string, what: "global" | "nonlocal"): string | null {
  if (s.declaredGlobal.has(name) || s.declaredNonlocal.has(name)) return null;
  if (s.bound.has(name)) return `name '${name}' is assigned to before ${what} declaration`;
  if (s.used.has(name)) return `name '${name}' is used prior to ${what} declaration`;
  return null;
}
