// Functions as values for native code: parameter lists (`*args`, keyword-only
// parameters), argument binding, lambdas and nested functions (closures).
//
// Shared by inference (infer.ts) and the C back end (src/native/emitC.ts,
// emitFunctions.ts), so both bind a call's arguments to parameters by the same rules.
//
// The model (see docs/native.md, "Functions as values"):
// - A function value's *type* names one definition (a `def` or a `lambda`) and, for a
//   nested one, the specialisation of the enclosing function that created it. Calls
//   through a value are therefore direct calls to a specialisation, as for module
//   functions: functions passed as arguments specialise the callee per function value.
// - A function that defines nested functions or lambdas keeps the variables they use
//   (its *cells*) in a heap environment, allocated per call; a closure's C value is a
//   pointer to the environment of the call that created it, so closures outlive the
//   frame and see later assignments (late binding, `nonlocal`) exactly as in Python.
//   A nested function's environment links to its enclosing one (`up`).

import type * as A from "../lang/ast.js";
import type { Span } from "../lang/diagnostics.js";
import { childrenOf } from "../lang/walk.js";

/** One parameter of a definition: positional-or-keyword, the `*args` tuple, or keyword-only. */
export interface ParamSlot {
  name: string;
  /** null for `*args` (it has no default). */
  param: A.Param | null;
  kind: "pos" | "star" | "kw";
}

/** The parameters of a definition in C parameter order: positional, `*args`, keyword-only. */
export function paramSlots(def: A.FunctionDef): ParamSlot[] {
  const slots: ParamSlot[] = def.args.args.map((p) => ({ name: p.name, param: p, kind: "pos" as const }));
  if (def.args.vararg) slots.push({ name: def.args.vararg, param: null, kind: "star" });
  for (const p of def.args.kwonly) slots.push({ name: p.name, param: p, kind: "kw" });
  return slots;
}

/** What one parameter slot receives at a call. */
export type BoundArg =
  | { kind: "expr"; expr: A.Expr }
  | { kind: "default"; param: A.Param }
  /** The extra positional arguments, packed into the `*args` tuple. */
  | { kind: "star"; exprs: A.Expr[] };

/** Binds a call's arguments to the slots of `def` by Python's rules; errors are the interpreter's TypeErrors, at compile time. */
export function bindCall(def: A.FunctionDef, e: A.Call, fail: (node: Span, msg: string) => Error): BoundArg[] {
  const slots = paramSlots(def);
  const name = displayName(def);
  const out: (BoundArg | undefined)[] = slots.map(() => undefined);
  const pos = slots.filter((s) => s.kind === "pos").length;
  const star = slots.findIndex((s) => s.kind === "star");
  if (e.args.length > pos && star < 0) {
    throw fail(e, `${name}() takes ${pos} positional argument${pos === 1 ? "" : "s"} but ${e.args.length} were given`);
  }
  e.args.forEach((a, i) => {
    if (i < pos) out[i] = { kind: "expr", expr: a };
  });
  if (star >= 0) out[star] = { kind: "star", exprs: e.args.slice(pos) };
  for (const k of e.keywords) {
    if (k.name === null) throw fail(k, "f(**mapping) is not supported natively");
    const i = slots.findIndex((s) => s.name === k.name && s.kind !== "star");
    if (i < 0) throw fail(k, `${name}() got an unexpected keyword argument '${k.name}'`);
    if (out[i]) throw fail(k, `${name}() got multiple values for argument '${k.name}'`);
    out[i] = { kind: "expr", expr: k.value };
  }
  return slots.map((s, i) => {
    const b = out[i];
    if (b) return b;
    if (s.param?.default) return { kind: "default", param: s.param };
    throw fail(e, `${name}() missing required ${s.kind === "kw" ? "keyword-only " : ""}argument '${s.name}'`);
  });
}

/** The name a definition has in messages and tracebacks. */
export function displayName(def: A.FunctionDef): string {
  return def.name;
}

const lambdaDefs = new WeakMap<A.Lambda, A.FunctionDef>();

/** The definition a lambda stands for: `lambda a: e` is `def <lambda>(a): return e`. */
export function lambdaDef(e: A.Lambda): A.FunctionDef {
  let def = lambdaDefs.get(e);
  if (!def) {
    const pos = { line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol };
    def = { kind: "FunctionDef", name: "<lambda>", args: e.args, body: [{ kind: "Return", value: e.body, ...pos }], decorators: [], ...pos };
    lambdaDefs.set(e, def);
    isLambda.add(def);
  }
  return def;
}

const isLambda = new WeakSet<A.FunctionDef>();

/** A C-safe name part for a definition: its name, or `lambda<line>_<col>`. */
export function defTag(def: A.FunctionDef): string {
  return isLambda.has(def) ? `lambda${def.line}_${def.col}` : def.name;
}

const definesCache = new WeakMap<A.FunctionDef, boolean>();

/**
 * True if the body of `def` creates functions (a nested `def` or a `lambda`, not
 * counting those inside them): its specialisations then keep an environment.
 */
export function definesFunctions(def: A.FunctionDef): boolean {
  let r = definesCache.get(def);
  if (r === undefined) {
    r = false;
    const stack: A.Node[] = [...def.body];
    while (stack.length && !r) {
      const n = stack.pop()!;
      if (n.kind === "FunctionDef" || n.kind === "Lambda") r = true;
      else stack.push(...childrenOf(n));
    }
    definesCache.set(def, r);
  }
  return r;
}

/** Names a `nonlocal` statement of `def` (not of nested functions) declares. */
export function nonlocalNames(def: A.FunctionDef): Set<string> {
  const names = new Set<string>();
  const stack: A.Node[] = [...def.body];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.kind === "Nonlocal") n.names.forEach((x) => names.add(x));
    else if (n.kind !== "FunctionDef" && n.kind !== "Lambda") stack.push(...childrenOf(n));
  }
  return names;
}

/** Names read anywhere in an expression (a lambda's body), nested lambdas included. */
export function namesIn(e: A.Node): Set<string> {
  const names = new Set<string>();
  const stack: A.Node[] = [e];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.kind === "Name") names.add(n.id);
    else stack.push(...childrenOf(n));
  }
  return names;
}

/** A default that is the same value every time it is evaluated (a literal, a folded constant). */
export function isConstantDefault(e: A.Expr, constants: ReadonlyMap<A.Expr, number>): boolean {
  if (e.kind === "Int" || e.kind === "Float" || e.kind === "Str" || e.kind === "Const") return true;
  return constants.has(e);
}
