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
import { describe, join, mangle, type Ty } from "./infer.js";

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

/**
 * One positional argument: an expression, or field `index` of a tuple variable
 * spread by `f(*t)` (a tuple has a fixed shape, so `*t` is that many arguments).
 */
export type ArgSource = A.Expr | { tuple: A.Name; index: number };

/** What one parameter slot receives at a call. */
export type BoundArg =
  | { kind: "expr"; expr: ArgSource }
  | { kind: "default"; param: A.Param }
  /** The extra positional arguments, packed into the `*args` tuple. */
  | { kind: "star"; exprs: ArgSource[] };

/**
 * A call's positional arguments with `*t` spread: a tuple literal gives its elements,
 * a tuple variable its fields (`tupleLength` gives its length; null while unknown,
 * which makes the result null).
 */
export function positionalArgs(
  e: A.Call, tupleLength: (v: A.Name) => number | null, fail: (node: Span, msg: string) => Error,
): ArgSource[] | null {
  const out: ArgSource[] = [];
  for (const a of e.args) {
    if (a.kind !== "Starred") out.push(a);
    else if (a.value.kind === "Tuple") out.push(...a.value.elts);
    else if (a.value.kind === "Name") {
      const n = tupleLength(a.value);
      if (n === null) return null;
      for (let i = 0; i < n; i++) out.push({ tuple: a.value, index: i });
    } else throw fail(a, "f(*x) needs a tuple variable or a tuple literal natively");
  }
  return out;
}

/**
 * Binds a call's arguments to the slots of `def` by Python's rules; errors are the
 * interpreter's TypeErrors, at compile time. null while a spread tuple's length is unknown.
 */
export function bindCall(
  def: A.FunctionDef, e: A.Call, fail: (node: Span, msg: string) => Error, tupleLength: (v: A.Name) => number | null,
): BoundArg[] | null {
  const slots = paramSlots(def);
  const name = displayName(def);
  const out: (BoundArg | undefined)[] = slots.map(() => undefined);
  const pos = slots.filter((s) => s.kind === "pos").length;
  const star = slots.findIndex((s) => s.kind === "star");
  const args = positionalArgs(e, tupleLength, fail);
  if (args === null) return null;
  if (args.length > pos && star < 0) {
    throw fail(e, `${name}() takes ${pos} positional argument${pos === 1 ? "" : "s"} but ${args.length} were given`);
  }
  args.forEach((a, i) => {
    if (i < pos) out[i] = { kind: "expr", expr: a };
  });
  if (star >= 0) out[star] = { kind: "star", exprs: args.slice(pos) };
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

const displayNames = new WeakMap<A.FunctionDef, string>();

/** The name a definition has in messages and tracebacks (a linked module's function keeps its own). */
export function displayName(def: A.FunctionDef): string {
  return displayNames.get(def) ?? def.name;
}

/** Records the Python name of a definition whose name the module linker changes (nativeModules.ts). */
export function renameDef(def: A.FunctionDef, pyName: string): void {
  displayNames.set(def, pyName);
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

/** True for the definition of a lambda (lambdaDef). */
export function isLambdaDef(def: A.FunctionDef): boolean {
  return isLambda.has(def);
}

/**
 * A C-safe name part for a definition: its name, or `lambda<line>_<col>`; a nested
 * def whose name another def of the same enclosing function (`creator`) also has
 * (`if c: def w()... else: def w()...`) gets its line too.
 */
export function defTag(def: A.FunctionDef, creator: A.FunctionDef | null): string {
  if (isLambda.has(def)) return `lambda${def.line}_${def.col}`;
  if (creator && nestedDefs(creator).filter((d) => d.name === def.name).length > 1) return `${def.name}_L${def.line}`;
  return def.name;
}

/** The defs directly in a function's body (in its blocks, not inside nested functions). */
function nestedDefs(def: A.FunctionDef): A.FunctionDef[] {
  const out: A.FunctionDef[] = [];
  const stack: A.Node[] = [...def.body];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.kind === "FunctionDef") out.push(n);
    else if (n.kind !== "Lambda") stack.push(...childrenOf(n));
  }
  return out;
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
  return declared(def, "Nonlocal");
}

/** Names a `global` statement of `def` (not of nested functions) declares. */
export function globalNames(def: A.FunctionDef): Set<string> {
  return declared(def, "Global");
}

function declared(def: A.FunctionDef, kind: "Global" | "Nonlocal"): Set<string> {
  const names = new Set<string>();
  const stack: A.Node[] = [...def.body];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.kind === kind) n.names.forEach((x) => names.add(x));
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

// ------------------------------------------------------ higher-order builtins

/**
 * What a call of a builtin that takes a function stands for. `map` and `filter`
 * are list comprehensions (`[f(v) for v in xs]`, `[v for v in xs if f(v)]`; native
 * code builds the list eagerly, which prints and iterates as the lazy iterator
 * would for the uses native code accepts: `list(...)`, `for`, comprehensions);
 * `sorted`/`min`/`max` with `key=` work on the pairs `[(f(v), v) for v in xs]`
 * (the back end sorts them stably by the key, or picks the first least/greatest).
 * The function is called once per element, as in Python.
 */
export type HigherOrder =
  | { kind: "list"; expr: A.ListComp }
  | { kind: "sorted" | "min" | "max"; pairs: A.ListComp; reverse: boolean }
  | { kind: "callable"; value: A.Expr };

const higherOrders = new WeakMap<A.Call, HigherOrder>();

/**
 * Calls consumed once by an iteration (`for`, a comprehension, list(), sum()...):
 * the only places where the list native code builds for `map`/`filter` behaves as
 * Python's one-shot iterator (elsewhere it would print, or iterate twice, differently).
 */
const iterated = new WeakSet<A.Expr>();

export function markIterated(e: A.Expr): void {
  iterated.add(e);
}

export function isIterated(e: A.Expr): boolean {
  return iterated.has(e);
}

/** The form inference chose for this call (the back end emits it), if any. */
export function higherOrderOf(e: A.Call): HigherOrder | undefined {
  return higherOrders.get(e);
}

/**
 * The form of `map(f, xs)`, `filter(f, xs)`, `sorted(xs, key=f)`, `min/max(xs, key=f)`
 * or `callable(v)` (the caller knows the name is the builtin's); null when the call
 * is another use of that builtin (`sorted(xs)`, `max(a, b)`).
 */
export function higherOrderForm(e: A.Call, name: string, fail: (node: Span, msg: string) => Error): HigherOrder | null {
  const cached = higherOrders.get(e);
  if (cached) return cached;
  const form = buildForm(e, name, fail);
  if (form) higherOrders.set(e, form);
  return form;
}

function buildForm(e: A.Call, name: string, fail: (node: Span, msg: string) => Error): HigherOrder | null {
  const pos = { line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol };
  const fresh = (i = 0): A.Name => ({ kind: "Name", id: `_${name}${e.line}_${e.col}_${i}`, ...pos });
  // The function expression is evaluated once per element: it must have no effects.
  const fnArg = (f: A.Expr): A.Expr => {
    if (f.kind === "Name" || f.kind === "Lambda" || (f.kind === "Attribute" && f.value.kind === "Name")) return f;
    throw fail(f, `the function given to ${name}() must be a name or a lambda natively`);
  };
  const call = (f: A.Expr, args: A.Expr[]): A.Call => ({ kind: "Call", func: f, args, keywords: [], ...pos });
  const comp = (elt: A.Expr, target: A.Expr, iter: A.Expr, ifs: A.Expr[]): A.ListComp => ({
    kind: "ListComp", elt, generators: [{ kind: "Comprehension", target, iter, ifs, ...pos }], ...pos,
  });
  switch (name) {
    case "callable":
      if (e.args.length !== 1 || e.keywords.length) throw fail(e, "callable() takes one argument");
      return { kind: "callable", value: e.args[0] };
    case "map": {
      if (e.args.length < 2 || e.keywords.length) throw fail(e, "map() takes a function and one or more iterables natively");
      const f = fnArg(e.args[0]);
      const srcs = e.args.slice(1);
      if (srcs.length === 1) {
        const v = fresh();
        return { kind: "list", expr: comp(call(f, [v]), v, srcs[0], []) };
      }
      const vs = srcs.map((_, i) => fresh(i));
      const zip = call({ kind: "Name", id: "zip", ...pos }, srcs);
      return { kind: "list", expr: comp(call(f, vs), { kind: "Tuple", elts: vs, ...pos }, zip, []) };
    }
    case "filter": {
      if (e.args.length !== 2 || e.keywords.length) throw fail(e, "filter() takes a function and an iterable");
      const v = fresh();
      const f = e.args[0];
      const test = f.kind === "Const" && f.value === null ? v : call(fnArg(f), [v]);
      return { kind: "list", expr: comp(v, v, e.args[1], [test]) };
    }
    case "sorted": case "min": case "max": {
      const key = e.keywords.find((k) => k.name === "key");
      if (!key) return null;
      if (e.args.length !== 1) throw fail(e, `${name}() with key= takes one iterable natively`);
      let reverse = false;
      for (const k of e.keywords) {
        if (k === key) continue;
        if (name === "sorted" && k.name === "reverse" && k.value.kind === "Const" && typeof k.value.value === "boolean") reverse = k.value.value;
        else throw fail(k, `${name}() with key= takes ${name === "sorted" ? "only reverse=True/False besides" : "no other keyword"} natively`);
      }
      const v = fresh();
      const pair: A.TupleExpr = { kind: "Tuple", elts: [call(fnArg(key.value), [v]), v], ...pos };
      return { kind: name, pairs: comp(pair, v, e.args[0], []), reverse };
    }
  }
  return null;
}

/**
 * The element type of iterating over a tuple (`for v in args`, `sum(args)`): its
 * elements' join; a tuple of an int and a str cannot be iterated natively. An empty
 * tuple iterates as ints (the loop body never runs).
 */
export function tupleElem(t: Ty & { k: "tuple" }, fail: (msg: string) => Error): Ty {
  let acc: Ty | null = null;
  for (const e of t.elts) {
    const j = join(acc, e);
    if (j === "conflict") throw fail(`iterating over a tuple needs elements of one type natively; found ${describe(t)}`);
    acc = j;
  }
  return acc ?? { k: "int" };
}

/** The members of a function value type: itself, or a union's members. */
function membersOf(t: Ty): Ty[] | null {
  if (t.k === "func" || t.k === "builtin") return [t];
  if (t.k === "funcs") return t.members;
  return null;
}

/**
 * The join of two different function values (`ops = [square, add3]`, `f = a if c
 * else b`): a value that is one of their functions, each call dispatching on a tag
 * to the member's specialisation. null if either is not a function value.
 */
export function functionUnion(a: Ty, b: Ty): Ty | null {
  const ma = membersOf(a), mb = membersOf(b);
  if (!ma || !mb) return null;
  const all = new Map<string, Ty>();
  for (const m of [...ma, ...mb]) all.set(mangle(m), m);
  const keys = [...all.keys()].sort();
  return keys.length === 1 ? all.get(keys[0])! : { k: "funcs", members: keys.map((k) => all.get(k)!) };
}

/** The tag of a member in a union (its index), -1 if absent. */
export function memberTag(u: Ty & { k: "funcs" }, m: Ty): number {
  return u.members.findIndex((x) => mangle(x) === mangle(m));
}

const sortCalls = new WeakMap<A.Call, A.Call>();

/**
 * `xs.sort(key=f, reverse=r)` as the call `sorted(xs, key=f, reverse=r)`, whose result the
 * back end copies over `xs` (same length, same element type): one sorting path for both.
 * One synthetic node per call (memoised), so inference and the back end see the same node.
 * Only a named list: its name is read twice (for sorting and for the copy).
 */
export function sortAsSorted(e: A.Call, f: A.Attribute & { value: A.Name }): A.Call {
  let s = sortCalls.get(e);
  if (!s) {
    const span = { line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol };
    s = { ...span, kind: "Call", func: { ...span, kind: "Name", id: "sorted" }, args: [f.value], keywords: e.keywords };
    sortCalls.set(e, s);
  }
  return s;
}
