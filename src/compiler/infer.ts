// Whole-program type inference for native code (the C back end, src/native/).
//
// Input: the analysis result (AST + scopes + folded constants) of a Python 3 program,
// no annotations. Output: every function *specialisation* reached from the module
// code — one per tuple of argument types at its call sites (the "type frozen"
// variants of vpyc; Shed Skin's cartesian product restricted to the tuples that
// occur) — with the type of every expression and variable in it.
//
// The analysis is an abstract interpretation run to a fixed point: each pass walks
// the module body and every known specialisation; variable types and return types
// only grow in the lattice (unknown < T, int < float, list[unknown] < list[T]); a
// pass that changes nothing ends the iteration. Variables are flow-insensitive: one
// type per variable per specialisation (module globals: one type for the program).
// Where two types do not join (int and str, a list of int and a list of str) the
// program is rejected with a diagnostic at the node, as a syntax error would be.
//
// Invariant for the emitter: after `inferProgram` returns, every reached expression
// has a known type in its specialisation, and every variable a known type.

import type * as A from "../lang/ast.js";
import { EPythonSyntaxError, type Span } from "../lang/diagnostics.js";
import type { Analysis } from "./analyze.js";
import { childrenOf } from "../lang/walk.js";
import { typeTestOf } from "./typeTests.js";
import { nodeOrigin } from "./nativeModules.js";
import {
  higherOrderForm, type HigherOrder,
  isIterated, markIterated,
  bindCall, type ArgSource, defTag, sortAsSorted, functionUnion, globalNames, isLambdaDef, displayName, tupleElem, isConstantDefault, lambdaDef, namesIn, nonlocalNames, paramSlots, type BoundArg,
} from "./inferFunctions.js";
import {
  assigns, fieldSpecType, seedLiteral, ordered, tupleBinType, tupleMethodType, joinOptional, joinUnion, unionMisuse, unionOf, leavesBlock, noneTest, sliceType, strMethodType, unopt, valueBuiltinType, VALUE_BUILTINS, VALUE_MATH, VALUE_RANDOM, type InferHost,
} from "./inferValues.js";

// -------------------------------------------------------------------- types

export type Ty =
  | { k: "int" } | { k: "float" } | { k: "bool" } | { k: "none" } | { k: "str" }
  /** elem null: the element type is not known yet (`[]` before any append). */
  | { k: "list"; elem: Ty | null }
  | { k: "tuple"; elts: Ty[] }
  /** A number, bool or str that may be None (inferValues.ts). */
  | { k: "opt"; of: Ty }
  /** A value of several scalar types (messages of several types; inferValues.ts). */
  | { k: "union"; alts: Ty[] }
  /** outer: the specialisation that created a nested function or lambda (its environment), null at module level. */
  | { k: "func"; def: A.FunctionDef; outer?: Spec | null }
  | { k: "module"; name: string }
  /** A function of a module (`math.sqrt`, or `sqrt` after `from math import sqrt`). */
  | { k: "builtin"; name: string }
  /** A value that is one of several functions (func/builtin members, canonical order): a tagged value. */
  | { k: "funcs"; members: Ty[] };

export const INT: Ty = { k: "int" };
export const FLOAT: Ty = { k: "float" };
export const BOOL: Ty = { k: "bool" };
export const NONE: Ty = { k: "none" };
export const STR: Ty = { k: "str" };
export const listOf = (elem: Ty | null): Ty => ({ k: "list", elem });

/** Short stable text of a type, used in C names (`py_jacobi__f_i`) and as map keys. */
export function mangle(t: Ty | null): string {
  if (t === null) return "u";
  switch (t.k) {
    case "int": return "i";
    case "float": return "f";
    case "bool": return "b";
    case "none": return "n";
    case "str": return "s";
    case "list": return `L${mangle(t.elem)}`;
    case "tuple": return `T${t.elts.length}${t.elts.map(mangle).join("")}`;
    case "opt": return `O${mangle(t.of)}`;
    case "union": return `U${t.alts.map(mangle).join("")}`;
    case "func": return `F${funcTag(t.def, t.outer ?? null)}`;
    case "module": return `M${t.name}`;
    case "builtin": return `B${t.name.replace(/\./g, "_")}`;
    case "funcs": return `U${t.members.length}${t.members.map(mangle).join("")}`;
  }
}

/** The type as a user reads it in a diagnostic. */
export function describe(t: Ty | null): string {
  if (t === null) return "an unknown type";
  switch (t.k) {
    case "none": return "None";
    case "list": return t.elem ? `list of ${describe(t.elem)}` : "empty list";
    case "tuple": return `tuple (${t.elts.map(describe).join(", ")})`;
    case "opt": return `${describe(t.of)} or None`;
    case "union": return t.alts.map(describe).join(" or ");
    case "func": return `function ${t.def.name}`;
    case "module": return `module ${t.name}`;
    case "builtin": return `function ${t.name}`;
    case "funcs": return `one of the functions ${t.members.map((m) => describe(m).replace(/^function /, "")).join(", ")}`;
    default: return t.k;
  }
}

export const sameTy = (a: Ty | null, b: Ty | null): boolean => mangle(a) === mangle(b);
export const isNum = (t: Ty | null): boolean => t !== null && (t.k === "int" || t.k === "float" || t.k === "bool");

/** Lattice join; null when the two do not join (the caller reports). */
export function join(a: Ty | null, b: Ty | null): Ty | null | "conflict" {
  if (a === null) return b;
  if (b === null) return a;
  if (sameTy(a, b)) return a;
  if ((a.k === "int" && b.k === "float") || (a.k === "float" && b.k === "int")) return FLOAT;
  const u = joinUnion(a, b);
  if (u !== undefined) return u;
  const o = joinOptional(a, b, join);
  if (o !== undefined) return o;
  // A list-typed value may be None (gather() off the root, `xs if c else None`): NULL.
  if (a.k === "none" && b.k === "list") return b;
  if (a.k === "list" && b.k === "none") return a;
  if (a.k === "list" && b.k === "list") {
    const e = join(a.elem, b.elem);
    return e === "conflict" ? "conflict" : listOf(e);
  }
  const fs = functionUnion(a, b); // two different functions in one variable or list
  if (fs) return fs;
  if (a.k === "tuple" && b.k === "tuple" && a.elts.length === b.elts.length) {
    const elts: Ty[] = [];
    for (let i = 0; i < a.elts.length; i++) {
      const e = join(a.elts[i], b.elts[i]);
      if (e === "conflict" || e === null) return "conflict";
      elts.push(e);
    }
    return { k: "tuple", elts };
  }
  return "conflict";
}

/** True if the type still contains an unknown part (an empty list's element). */
export function incomplete(t: Ty | null): boolean {
  if (t === null) return true;
  if (t.k === "list") return incomplete(t.elem);
  if (t.k === "tuple") return t.elts.some(incomplete);
  return false;
}

// ------------------------------------------------------------ specialisations

export interface Spec {
  /** null: the module body. */
  def: A.FunctionDef | null;
  /** Python name (`<module>` for the module body) and the C function name. */
  pyName: string;
  cName: string;
  argTypes: Ty[];
  /** Local variables (for the module body: the globals) and their types. */
  vars: Map<string, Ty>;
  /** Names local to the function (parameters, assigned names not declared global). */
  locals: Set<string>;
  ret: Ty | null;
  exprs: Map<A.Expr, Ty>;
  /** Specialisation called by each call node of this body. */
  calls: Map<A.Call, Spec>;
  /** The specialisation whose call created this nested function or lambda (null: module level). */
  outer: Spec | null;
  /** Locals that nested functions use: they live in the call's environment (inferFunctions.ts). */
  cells: Set<string>;
  /** Calls through a value of several functions: per member (in order), its specialisation or builtin. */
  unionCalls: Map<A.Call, (Spec | string)[]>;
}

/** The C name part of a function value: module functions by name, nested ones by their creator. */
export function funcTag(def: A.FunctionDef, outer: Spec | null): string {
  return outer ? `${outer.cName.slice(3)}_${defTag(def, outer.def)}` : defTag(def, null);
}

/** The specialisation whose local `name` a nested function's use of `name` refers to, if any. */
export function enclosingSpec(spec: Spec, name: string): Spec | null {
  // `global x` in the function or in a function between it and x's owner: the module's x.
  for (let s: Spec | null = spec; s && s.def !== null; s = s.outer) {
    if (s !== spec && s.locals.has(name)) return s;
    if (globalNames(s.def).has(name)) return null;
  }
  return null;
}

export interface Program {
  analysis: Analysis;
  main: Spec;
  specs: Spec[];
  /** Type of the default value of each parameter with a default (module scope). */
  defaults: Map<A.Param, Ty>;
  /** Join of every value sent between cores: what recv() returns. */
  message: Ty | null;
  /** Globals read or written inside a function: the rest can be locals of the module body. */
  sharedGlobals: Set<string>;
  float64: boolean;
  /** The specialisations asked for by `entries` (offloaded native kernels), in order. */
  entries: Spec[];
}

/** A function the host calls with arguments of known types (a native offloaded kernel). */
export interface Entry {
  name: string;
  args: Ty[];
}

/** A native-code diagnostic, thrown like the compiler's syntax errors. */
/** A construct native code does not compile: a limit of the native compiler, not a Python syntax error. */
export class NativeError extends EPythonSyntaxError {
  override get label(): string {
    return "error";
  }
}

export function nativeError(mod: A.Module, node: Span, message: string): NativeError {
  const from = nodeOrigin(node) ?? mod; // a linked user module's node names its own file
  return new NativeError(`native code: ${message}`, from.file, node, from.source);
}

// ------------------------------------------------------------------ builtins

/** Format specs of f-string fields that native code supports: numeric ones map to `%`. */
export const FSPEC_NUM = /^([-+ ])?(0)?(\d+)?(?:\.(\d+))?([dfFeEgGxXo])$/;
export const FSPEC_WIDTH = /^([<>])?(\d+)$/;

const MATH_FLOAT1 = new Set([
  "sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "exp", "log", "log10", "log2",
  "fabs", "sinh", "cosh", "tanh", "degrees", "radians",
]);
const MATH_FLOAT2 = new Set(["atan2", "pow", "hypot", "fmod", "copysign"]);
const MATH_INT1 = new Set(["floor", "ceil", "trunc"]);
export const MATH_CONSTS = new Set(["pi", "e", "tau", "inf", "nan"]);
const RANDOM_FUNCS = new Set(["random", "randint", "randrange", "uniform", "seed"]);
export const PARALLEL_FUNCS = new Set([
  "coreid", "numcores", "send", "recv", "sendrecv", "bcast", "reduce", "allreduce", "sync",
  "probe", "nonblocking_send", "test_sent", "wait_sent", "ishost", "isdevice",
  "gather", "allgather", "scatter",
]);
const MODULES: Record<string, Set<string>> = {
  math: new Set([...MATH_FLOAT1, ...MATH_FLOAT2, ...MATH_INT1, ...MATH_CONSTS, ...VALUE_MATH]),
  random: new Set([...RANDOM_FUNCS, ...VALUE_RANDOM]),
  parallel: PARALLEL_FUNCS,
};
const BUILTINS = new Set([
  "any", "all", "sorted", "print", "len", "range", "abs", "min", "max", "int", "float", "str", "bool", "sum",
  "list", "enumerate", "zip", "round", ...VALUE_BUILTINS,
]);

/** Builtins of the interpreter that native code does not have (for a precise message). */
const PY_BUILTINS = new Set([
  "input", "divmod", "reversed", "map", "filter", "hex", "oct", "bin", "chr", "ord",
  "pow", "repr", "isinstance", "type", "tuple", "iter", "next", "hash", "id", "format", "ascii", "dict", "set",
  "bytes", "bytearray",
]);

/** Builtins that take a function: inferFunctions.ts gives their forms. */
const HIGHER_ORDER = new Set(["map", "filter", "sorted", "min", "max", "callable"]);

// ------------------------------------------------------------------ inference

interface Scope {
  spec: Spec;
  /** Comprehension variables, innermost last (Python 3: they do not leak). */
  comp: Map<string, Ty>[];
  /** Optional variables known not to be None here (after `if x is None: break`). */
  notNone?: Set<string>;
}

export interface InferOptions {
  float64?: boolean;
  entries?: readonly Entry[];
  /**
   * Module globals the host gives a type and value (an offload device's resident
   * variables): global in every function, as the interpreter compiles them.
   */
  hostGlobals?: ReadonlyMap<string, Ty>;
}

export function inferProgram(analysis: Analysis, opts: InferOptions = {}): Program {
  return new Inferrer(analysis, !!opts.float64, opts.entries ?? [], opts.hostGlobals ?? new Map()).run();
}

class Inferrer {
  private readonly mod: A.Module;
  private readonly funcs = new Map<string, A.FunctionDef>();
  private readonly specs = new Map<string, Spec>();
  private readonly order: Spec[] = [];
  private readonly main: Spec;
  private readonly defaults = new Map<A.Param, Ty>();
  private readonly imports = new Map<string, Ty>();
  private readonly sharedGlobals = new Set<string>();
  private message: Ty | null = null;
  private changed = false;
  /** The scope and left operand of the binType call in progress (for tuple shapes). */
  private curScope: Scope | null = null;
  private binLeft: A.Expr | null = null;
  /** Set in the final pass: unknown types are errors then. */
  private strict = false;

  constructor(
    private readonly analysis: Analysis, private readonly float64: boolean,
    private readonly entries: readonly Entry[] = [], private readonly hostGlobals: ReadonlyMap<string, Ty> = new Map(),
  ) {
    this.mod = analysis.ast;
    this.main = {
      def: null, pyName: "<module>", cName: "py__module", argTypes: [], vars: new Map(), locals: new Set(),
      ret: NONE, exprs: new Map(), calls: new Map(), outer: null, cells: new Set(), unionCalls: new Map(),
    };
    for (const [name, t] of hostGlobals) {
      this.main.vars.set(name, t);
      this.sharedGlobals.add(name);
    }
    for (const s of this.mod.body) {
      if (s.kind === "FunctionDef") {
        if (s.isAsync) throw this.err(s, "coroutines (async def) are not supported natively");
        if (this.funcs.has(s.name)) throw this.err(s, `function '${s.name}' is defined twice; native code needs one definition per name`);
        this.funcs.set(s.name, s);
      }
    }
  }

  private err(node: Span, msg: string): NativeError {
    return nativeError(this.mod, node, msg);
  }

  run(): Program {
    for (let pass = 0; ; pass++) {
      if (pass > 200) throw this.err(this.mod, "type inference did not settle (a type keeps growing)");
      this.changed = false;
      this.walkSpecs();
      if (!this.changed) break;
    }
    this.strict = true;
    this.walkSpecs();
    return {
      analysis: this.analysis, main: this.main, specs: this.order, defaults: this.defaults,
      message: this.message, sharedGlobals: this.sharedGlobals, float64: this.float64,
      entries: this.entries.map((e) => this.entrySpec(e)),
    };
  }

  /** The specialisation an entry calls: its arguments, then the defaults of the rest. */
  private entrySpec(e: Entry): Spec {
    const def = this.funcs.get(e.name);
    if (!def) throw this.err(this.mod, `there is no function '${e.name}' at the top level of the module`);
    const params = def.args.args;
    if (e.args.length > params.length) throw this.err(def, `${def.name}() takes ${params.length} arguments but ${e.args.length} were given`);
    const args = params.map((p, i) => {
      if (i < e.args.length) return e.args[i];
      const t = p.default ? this.defaults.get(p) : undefined;
      if (!t) throw this.err(def, `${def.name}() missing required argument '${p.name}'`);
      return t;
    });
    return this.specFor(def, args);
  }

  private walkSpecs(): void {
    this.imports.clear();
    this.block({ spec: this.main, comp: [] }, this.mod.body);
    // The host's calls come after the module's top level, as the top level runs first.
    for (const e of this.entries) this.entrySpec(e);
    for (let i = 0; i < this.order.length; i++) {
      const spec = this.order[i];
      this.block({ spec, comp: [] }, spec.def!.body);
      // Falling off the end returns None (a value-returning function that can also
      // reach its end is rejected by the emitter with the function's position).
      if (spec.ret === null && fallsThrough(spec.def!.body)) {
        spec.ret = NONE;
        this.changed = true;
      }
    }
  }

  // ------------------------------------------------------------- variables

  private setVar(sc: Scope, name: string, t: Ty | null, node: A.Node): void {
    if (t === null) return;
    const vars = this.varsFor(sc, name);
    const old = vars.get(name) ?? null;
    const j = join(old, t);
    if (j === "conflict") {
      throw this.err(node, `variable '${name}' holds ${describe(old)} and here ${describe(t)}; a variable must keep one type`);
    }
    if (j !== null && !sameTy(j, old)) {
      vars.set(name, j);
      this.changed = true;
    }
  }

  private varsFor(sc: Scope, name: string): Map<string, Ty> {
    if (sc.spec.def === null || sc.spec.locals.has(name)) return sc.spec.vars;
    const cell = enclosingSpec(sc.spec, name);
    if (cell) {
      cell.cells.add(name);
      return cell.vars;
    }
    this.sharedGlobals.add(name);
    return this.main.vars;
  }

  private lookup(sc: Scope, node: A.Name): Ty | null {
    const name = node.id;
    for (let i = sc.comp.length - 1; i >= 0; i--) {
      const t = sc.comp[i].get(name);
      if (t) return t;
    }
    if (sc.notNone?.has(name)) {
      // narrowed: the value under the optional (the emitter reads its `.v`)
      const local = sc.spec.def !== null && sc.spec.locals.has(name);
      const v = local ? sc.spec.vars.get(name) : this.main.vars.get(name);
      if (!local && sc.spec.def !== null) this.sharedGlobals.add(name);
      if (v?.k === "opt") return v.of;
    }
    if (sc.spec.def !== null && sc.spec.locals.has(name)) return sc.spec.vars.get(name) ?? null;
    const cell = sc.spec.def !== null ? enclosingSpec(sc.spec, name) : null;
    if (cell) {
      cell.cells.add(name);
      return cell.vars.get(name) ?? null;
    }
    const g = this.main.vars.get(name);
    if (g) {
      if (sc.spec.def !== null) this.sharedGlobals.add(name);
      return g;
    }
    const f = this.funcs.get(name);
    if (f) return { k: "func", def: f };
    const imp = this.imports.get(name);
    if (imp?.k === "builtin" && imp.name.startsWith("math.") && MATH_CONSTS.has(imp.name.slice(5))) return FLOAT;
    if (imp) return imp;
    if (BUILTINS.has(name)) return { k: "builtin", name };
    if (this.strict) {
      if (PY_BUILTINS.has(name)) throw this.err(node, `the builtin '${name}' is not supported natively yet`);
      throw this.err(node, `cannot infer the type of '${name}' (is it assigned before use on every path?)`);
    }
    return null;
  }

  // ------------------------------------------------------------ statements

  private block(sc: Scope, body: A.Stmt[]): void {
    const outer = sc.notNone;
    const narrowed = new Set(outer);
    for (const s of body) {
      for (const x of narrowed) if (assigns(s, x)) narrowed.delete(x);
      sc.notNone = narrowed;
      const t = s.kind === "If" ? noneTest(s.test) : null;
      if (s.kind === "If" && t?.isNot) {
        // the body sees x not None
        this.condition(sc, s.test);
        sc.notNone = new Set([...narrowed, t.name]);
        this.block(sc, s.body);
        sc.notNone = narrowed;
        this.block(sc, s.orelse);
      } else this.stmt(sc, s);
      if (s.kind === "If" && t && !t.isNot && !s.orelse.length && leavesBlock(s.body)) narrowed.add(t.name);
    }
    sc.notNone = outer;
  }

  private stmt(sc: Scope, s: A.Stmt): void {
    switch (s.kind) {
      case "ExprStmt": this.expr(sc, s.value); return;
      case "Assign": {
        const t = this.expr(sc, s.value);
        for (const target of s.targets) this.assign(sc, target, t, s.value);
        return;
      }
      case "AugAssign": {
        const cur = this.expr(sc, s.target);
        const r = this.expr(sc, s.value);
        this.curScope = sc;
        this.binLeft = s.target;
        const t = this.binType(s, s.op, cur, r, s.value);
        if (s.target.kind === "Name") this.setVar(sc, s.target.id, t, s);
        else this.assign(sc, s.target, t, s.value);
        return;
      }
      case "If": case "While":
        this.condition(sc, s.test);
        this.block(sc, s.body);
        this.block(sc, s.orelse);
        return;
      case "For": {
        const elem = this.iterElem(sc, s.iter);
        this.assign(sc, s.target, elem, null);
        this.block(sc, s.body);
        this.block(sc, s.orelse);
        return;
      }
      case "Break": case "Continue": case "Pass": case "Global": case "Nonlocal": case "AnnotatedName": return;
      case "Return": {
        if (sc.spec.def === null) throw this.err(s, "'return' outside a function");
        const t = s.value ? this.expr(sc, s.value) : NONE;
        if (t === null) return;
        const j = join(sc.spec.ret, t);
        if (j === "conflict") throw this.err(s, `function '${sc.spec.pyName}' returns ${describe(sc.spec.ret)} and here ${describe(t)}; it must return one type`);
        if (!sameTy(j, sc.spec.ret)) {
          sc.spec.ret = j;
          this.changed = true;
        }
        return;
      }
      case "FunctionDef": {
        if (s.isAsync) throw this.err(s, "coroutines (async def) are not supported natively");
        if (s.decorators.length) throw this.err(s.decorators[0], "decorators are not supported natively");
        this.defineFunction(sc, s);
        if (sc.spec.def !== null) this.setVar(sc, s.bindAs ?? s.name, { k: "func", def: s, outer: sc.spec }, s);
        return;
      }
      case "Import":
        for (const a of s.names) {
          if (!MODULES[a.name]) throw this.err(a, `module '${a.name}' is not available natively (math, random and parallel are)`);
          this.imports.set(a.asname ?? a.name, { k: "module", name: a.name });
        }
        return;
      case "ImportFrom": {
        const names = MODULES[s.module];
        if (!names || s.level) throw this.err(s, `module '${s.module}' is not available natively (math, random and parallel are)`);
        if (s.names === "*") {
          for (const n of names) this.imports.set(n, { k: "builtin", name: `${s.module}.${n}` });
          return;
        }
        for (const a of s.names) {
          if (!names.has(a.name)) throw this.err(a, `'${s.module}.${a.name}' is not available natively`);
          this.imports.set(a.asname ?? a.name, { k: "builtin", name: `${s.module}.${a.name}` });
        }
        return;
      }
      case "Assert":
        this.condition(sc, s.test);
        if (s.msg) this.expr(sc, s.msg);
        return;
      case "Match":
        throw this.err(s, "the 'match' statement is not supported natively");
      default:
        throw this.err(s, `the '${s.kind}' statement is not supported natively`);
    }
  }

  /** A condition: any scalar or str/list (truthiness). */
  private condition(sc: Scope, e: A.Expr): void {
    const t = this.expr(sc, e);
    if (t && !isNum(t) && t.k !== "str" && t.k !== "list" && t.k !== "none" && t.k !== "tuple" && t.k !== "opt" && t.k !== "union") {
      throw this.err(e, `a condition must be a number, bool, str, list or tuple; found ${describe(t)}`);
    }
  }

  /** Assigns a value of type t to a target (name, subscript, tuple/list pattern). */
  private assign(sc: Scope, target: A.Expr, t: Ty | null, value: A.Expr | null): void {
    switch (target.kind) {
      case "Name":
        // A builtin function in a variable (`key = abs`) is like a module function: its calls are direct.
        if (t && t.k === "module") throw this.err(target, `cannot keep ${describe(t)} in a variable natively`);
        this.setVar(sc, target.id, t, target);
        return;
      case "Tuple": case "List": {
        this.refuseStarredTarget(target);
        if (t === null) return;
        if (t.k === "tuple") {
          if (t.elts.length !== target.elts.length) throw this.err(target, `cannot unpack a tuple of ${t.elts.length} into ${target.elts.length} targets`);
          target.elts.forEach((e, i) => this.assign(sc, e, t.elts[i], null));
        } else if (t.k === "list") {
          for (const e of target.elts) this.assign(sc, e, t.elem, null);
        } else if (t.k === "str") {
          for (const e of target.elts) this.assign(sc, e, STR, null);
        } else throw this.err(target, `cannot unpack ${describe(t)}`);
        this.record(sc, target, t);
        return;
      }
      case "Subscript": {
        const c = this.expr(sc, target.value);
        if (target.index.kind === "Slice") {
          // l[a:b] = list: the list's elements, the same type
          const sl = target.index;
          if (sl.step) throw this.err(sl.step, "slice assignment with a step is not supported natively");
          for (const b of [sl.lower, sl.upper]) if (b) this.expectInt(sc, b, "slice bounds");
          if (c && c.k !== "list") throw this.err(target, `only list slices can be assigned natively; found ${describe(c)}`);
          if (t && t.k !== "list") throw this.err(target, `a slice is assigned a list natively; found ${describe(t)}`);
          if (c && t && c.elem && t.elem && !sameTy(c.elem, t.elem)) throw this.err(target, `list elements must have one type; this list holds ${describe(c.elem)} and is given ${describe(t.elem)}`);
          return;
        }
        const i = this.expr(sc, target.index);
        if (c === null) return;
        if (c.k !== "list") throw this.err(target, `only list items can be assigned natively; found ${describe(c)}`);
        if (i && i.k !== "int" && i.k !== "bool") throw this.err(target.index, `list indices must be int; found ${describe(i)}`);
        if (t === null) return;
        const j = join(c.elem, t);
        if (j === "conflict") throw this.err(target, `list elements must have one type; this list holds ${describe(c.elem)} and is given ${describe(t)}`);
        if (!sameTy(j, c.elem)) {
          // An item store of a float into a list of int would change the list's type: only
          // the variable holding the list can be widened.
          if (target.value.kind === "Name") this.setVar(sc, target.value.id, listOf(j), target);
          else if (c.elem !== null) throw this.err(target, `list elements must have one type; this list holds ${describe(c.elem)} and is given ${describe(t)}`);
        }
        return;
      }
      default:
        throw this.err(target, "this assignment target is not supported natively");
    }
    void value;
  }

  /** Element type of what a `for` (or comprehension) iterates over. */
  private iterElem(sc: Scope, it: A.Expr): Ty | null {
    if (it.kind === "Call" && it.func.kind === "Name" && !it.keywords.length && !HIGHER_ORDER.has(it.func.id)) {
      const f = this.lookup(sc, it.func);
      if (f?.k === "builtin") {
        if (f.name === "range") {
          if (it.args.length < 1 || it.args.length > 3) throw this.err(it, "range() takes 1 to 3 arguments");
          for (const a of it.args) this.expectInt(sc, a, "range() arguments");
          this.record(sc, it, listOf(INT));
          return INT;
        }
        if (f.name === "enumerate") {
          if (it.args.length !== 1) throw this.err(it, "enumerate() takes one argument natively");
          const e = this.iterElem(sc, it.args[0]);
          return e === null ? null : { k: "tuple", elts: [INT, e] };
        }
        if (f.name === "zip") {
          if (it.args.length < 2) throw this.err(it, "zip() takes two or more arguments natively");
          const es = it.args.map((a) => this.iterElem(sc, a));
          if (es.some((e) => e === null)) return null;
          return { k: "tuple", elts: es as Ty[] };
        }
      }
    }
    markIterated(it);
    const t = this.expr(sc, it);
    if (t === null) return null;
    if (t.k === "list") return t.elem;
    if (t.k === "str") return STR;
    if (t.k === "tuple") return tupleElem(t, (msg) => this.err(it, msg)); // `for v in args` (inferFunctions.ts)
    throw this.err(it, `can only iterate over a list, str, tuple, range, enumerate or zip natively; found ${describe(t)}`);
  }

  /** The walker bound to a scope, for inferValues.ts. */
  private host(sc: Scope): InferHost {
    return {
      expr: (e) => this.expr(sc, e),
      iterElem: (e) => this.iterElem(sc, e),
      err: (node, msg) => this.err(node, msg),
      constant: (e) => this.analysis.constants.get(e),
    };
  }

  private expectInt(sc: Scope, e: A.Expr, what: string): void {
    const t = this.expr(sc, e);
    if (t && t.k !== "int" && t.k !== "bool") throw this.err(e, `${what} must be int; found ${describe(t)}`);
  }

  // ------------------------------------------------------------ expressions

  private record(sc: Scope, e: A.Expr, t: Ty | null): Ty | null {
    if (t !== null) sc.spec.exprs.set(e, t);
    else if (this.strict) throw this.err(e, "cannot infer the type of this expression");
    return t;
  }

  private folded: Set<A.Expr> | null = null;
  /** Int literals inside expressions the analysis folded to an int32 (computed once). */
  private foldedLiterals(): Set<A.Expr> {
    if (this.folded) return this.folded;
    const out = new Set<A.Expr>();
    const work: A.Node[] = [...this.analysis.constants.keys()];
    while (work.length) {
      const n = work.pop()!;
      if (n.kind === "Int") out.add(n);
      work.push(...childrenOf(n));
    }
    return (this.folded = out);
  }

  private expr(sc: Scope, e: A.Expr): Ty | null {
    return this.record(sc, e, this.exprType(sc, e));
  }

  private exprType(sc: Scope, e: A.Expr): Ty | null {
    switch (e.kind) {
      case "Int":
        // Native ints are the 32-bit word: a literal beyond it (a Python 3 big int) is
        // refused here, unless it is inside a folded constant (`-2147483648`).
        if ((e.value | 0) !== e.value && !this.foldedLiterals().has(e)) {
          throw this.err(e, `int literal ${e.text} does not fit in a 32-bit int (native ints are fixed-width; arbitrary-precision ints run on the interpreter)`);
        }
        return INT;
      case "Float": return FLOAT;
      case "Str": return STR;
      case "Bytes": throw this.err(e, "bytes literals are not supported natively");
      case "Const": return e.value === null ? NONE : BOOL;
      case "Name": return this.lookup(sc, e);
      case "BinOp": {
        const l = this.expr(sc, e.left);
        const r = this.expr(sc, e.right);
        this.curScope = sc;
        this.binLeft = e.left;
        return this.binType(e, e.op, l, r, e.right);
      }
      case "UnaryOp": {
        const t = this.expr(sc, e.operand);
        if (t === null) return null;
        if (e.op === "not") return BOOL;
        if (!isNum(t)) throw this.err(e, `unary '${e.op}' needs a number; found ${describe(t)}`);
        if (e.op === "~" && t.k === "float") throw this.err(e, "'~' needs an int; found float");
        return t.k === "bool" ? INT : t;
      }
      case "BoolOp": {
        let acc: Ty | null = null;
        let unknown = false;
        for (const v of e.values) {
          const t = this.expr(sc, v);
          if (t === null) { unknown = true; continue; }
          // The value is one of the operands: None and optionals join (x or 0), other
          // types must be the same (an int operand must not print as a float).
          const j = acc === null ? t : join(acc, t);
          const base = (x: Ty) => unopt(x)!.k;
          const lists = acc !== null && acc.k === "list" && t.k === "list" && (acc.elem === null || t.elem === null);
          if (acc !== null && !sameTy(acc, t) && !lists && (j === "conflict" || j === null || j.k !== "opt" || [acc, t].some((x) => x.k !== "none" && base(x) !== base(j)))) {
            throw this.err(v, `the operands of '${e.op}' must have one type natively (its value is one of them); found ${describe(acc)} and ${describe(t)}`);
          }
          acc = j as Ty;
        }
        return unknown ? null : acc;
      }
      case "Compare": {
        const tt = typeTestOf(e);
        if (tt) {
          this.expr(sc, tt.value);
          return BOOL;
        }
        let left = this.expr(sc, e.left);
        e.comparators.forEach((c, i) => {
          const r = this.expr(sc, c);
          const op = e.ops[i];
          if (left && r) this.checkCompare(c, op, left, r);
          left = r;
        });
        return BOOL;
      }
      case "IfExp": {
        this.condition(sc, e.test);
        const a = this.expr(sc, e.body);
        const b = this.expr(sc, e.orelse);
        const j = join(a, b);
        if (j === "conflict") throw this.err(e, `both branches of a conditional expression must have one type; found ${describe(a)} and ${describe(b)}`);
        // One known branch is the type so far (a recursive call's branch: `n if n < 2 else fib(n - 1)`).
        return j;
      }
      case "List": {
        let acc: Ty | null = null;
        let unknown = false;
        for (const x of e.elts) {
          if (x.kind === "Starred") throw this.err(x, "starred elements are not supported natively");
          const t = this.expr(sc, x);
          if (t === null) { unknown = true; continue; }
          const j = join(acc, t);
          if (j === "conflict") throw this.err(x, `list elements must have one type; this list mixes ${describe(acc)} and ${describe(t)}`);
          acc = j;
        }
        // Functions may share a list (one definition: direct calls; several: a tagged value).
        if (acc && (acc.k === "module" || acc.k === "none")) {
          throw this.err(e, `lists of ${describe(acc)} are not supported natively`);
        }
        return unknown ? null : listOf(acc);
      }
      case "Tuple": {
        const ts = e.elts.map((x) => {
          if (x.kind === "Starred") throw this.err(x, "starred elements are not supported natively");
          return this.expr(sc, x);
        });
        if (ts.some((t) => t === null)) return null;
        return { k: "tuple", elts: ts as Ty[] };
      }
      case "ListComp": case "GeneratorExp": {
        const inner: Scope = { spec: sc.spec, comp: [...sc.comp] };
        for (const g of e.generators) {
          if (g.isAsync) throw this.err(g, "asynchronous comprehensions are not supported natively");
          const el = this.iterElem(inner, g.iter);
          const m = new Map<string, Ty>();
          inner.comp.push(m);
          if (el !== null) this.bindPattern(inner, m, g.target, el);
          for (const c of g.ifs) this.condition(inner, c);
        }
        const t = this.expr(inner, e.elt);
        return t === null ? null : listOf(t);
      }
      case "Subscript": return this.subscript(sc, e);
      case "Call": return this.call(sc, e);
      case "Attribute": {
        const v = this.expr(sc, e.value);
        if (v === null) return null;
        if (v.k === "module") {
          if (!MODULES[v.name].has(e.attr)) throw this.err(e, `'${v.name}.${e.attr}' is not available natively`);
          if (v.name === "math" && MATH_CONSTS.has(e.attr)) return FLOAT;
          return { k: "builtin", name: `${v.name}.${e.attr}` };
        }
        throw this.err(e, `attribute '${e.attr}' of ${describe(v)} is only supported as a method call natively`);
      }
      case "Lambda": {
        // A lambda in a comprehension that uses the comprehension's variable would need
        // one environment per iteration (the variable is not a cell of the function).
        const used = namesIn(e.body);
        for (const m of sc.comp) {
          for (const n of m.keys()) {
            if (used.has(n) && !paramSlots(lambdaDef(e)).some((p) => p.name === n)) {
              throw this.err(e, `a lambda that uses the comprehension variable '${n}' is not supported natively`);
            }
          }
        }
        const def = lambdaDef(e);
        this.defineFunction(sc, def);
        return { k: "func", def, outer: sc.spec.def !== null ? sc.spec : null };
      }
      case "FString": {
        for (const part of e.parts) {
          if (typeof part === "string") continue;
          const t = this.expr(sc, part.value);
          fieldSpecType(this.host(sc), part, t);
        }
        return STR;
      }
      case "Dict": case "DictComp": throw this.err(e, "dicts are not supported natively");
      case "Set": case "SetComp": throw this.err(e, "sets are not supported natively");
      case "Yield": case "YieldFrom":
        throw this.err(e, e.kind === "YieldFrom" && e.isAwait ? "coroutines (await) are not supported natively" : "generators (yield) are not supported natively");
      default:
        // A Slice here is an element of a multi-dimensional subscript's key (ast.ts).
        if ((e as A.Node).kind === "Slice") throw this.err(e, "multi-dimensional subscripts (a[i:j, k]) are not supported natively");
        throw this.err(e, `this expression (${e.kind}) is not supported natively`);
    }
  }

  /** Binds a comprehension target pattern in the comprehension scope m. */
  /** `a, *b = xs` runs in the interpreter only. */
  private refuseStarredTarget(target: A.TupleExpr | A.ListExpr): void {
    const star = target.elts.find((e) => e.kind === "Starred");
    if (star) throw this.err(star, "starred assignment targets are not supported natively");
  }

  private bindPattern(sc: Scope, m: Map<string, Ty>, target: A.Expr, t: Ty): void {
    if (target.kind === "Name") {
      m.set(target.id, t);
      return;
    }
    if (target.kind === "Tuple" || target.kind === "List") this.refuseStarredTarget(target);
    if ((target.kind === "Tuple" || target.kind === "List") && t.k === "tuple" && t.elts.length === target.elts.length) {
      target.elts.forEach((x, i) => this.bindPattern(sc, m, x, t.elts[i]));
      this.record(sc, target, t);
      return;
    }
    if ((target.kind === "Tuple" || target.kind === "List") && t.k === "list" && t.elem) {
      for (const x of target.elts) this.bindPattern(sc, m, x, t.elem);
      this.record(sc, target, t);
      return;
    }
    throw this.err(target, `cannot unpack ${describe(t)} into this target natively`);
  }

  private checkCompare(node: A.Expr, op: A.CompareOperator, l: Ty, r: Ty): void {
    if (l.k === "union" || r.k === "union") {
      const other = l.k === "union" ? r : l;
      const scalar = isNum(other) || other.k === "str" || other.k === "none" || other.k === "union";
      if (((op === "==" || op === "!=") && scalar) || ((op === "is" || op === "is not") && other.k === "none")) return;
      throw this.err(node, unionMisuse(l.k === "union" ? l : r));
    }
    if ((l.k === "opt" || r.k === "opt") && op !== "is" && op !== "is not" && op !== "in" && op !== "not in" && l.k !== "none" && r.k !== "none") {
      return this.checkCompare(node, op, unopt(l)!, unopt(r)!);
    }
    if (op === "is" || op === "is not") {
      if (l.k === "list" && r.k === "list") return; // the same list object
      if (l.k !== "none" && r.k !== "none") throw this.err(node, "'is' is only supported with None and lists natively");
      return;
    }
    if (op === "in" || op === "not in") {
      if (r.k === "tuple" && r.elts.every((x) => (isNum(l) && isNum(x)) || sameTy(l, x))) return;
      if (r.k === "list" && (r.elem === null || (isNum(l) && isNum(r.elem)) || sameTy(l, r.elem))) return;
      if (r.k === "str" && l.k === "str") return;
      throw this.err(node, `'in' needs a list of the element's type or two strs natively; found ${describe(l)} in ${describe(r)}`);
    }
    if (isNum(l) && isNum(r)) return;
    if ((op === "==" || op === "!=") && l.k === "list" && r.k === "list") {
      const le = l.elem, re = r.elem;
      if (le === null || re === null || (isNum(le) && isNum(re)) || (le.k === "str" && re.k === "str")) return;
      throw this.err(node, `native code compares lists of numbers or strs; found ${describe(l)} and ${describe(r)}`);
    }
    if (l.k === "list" && r.k === "list" && (l.elem === null || r.elem === null || (sameTy(l.elem, r.elem) && (isNum(l.elem) || l.elem.k === "str")))) return; // lexicographic
    if (l.k === "str" && r.k === "str") return;
    if (l.k === "tuple" && r.k === "tuple" && ordered(l, r)) return; // lexicographic
    if ((op === "==" || op === "!=") && (l.k === "none" || r.k === "none")) return;
    throw this.err(node, `cannot compare ${describe(l)} with ${describe(r)} natively`);
  }

  /** Result type of `l op r` (also for augmented assignment). */
  private binType(node: A.Node, op: A.BinaryOperator, l: Ty | null, r: Ty | null, rightExpr: A.Expr): Ty | null {
    if (l === null || r === null) return null;
    if (l.k === "union" || r.k === "union") throw this.err(node, unionMisuse(l.k === "union" ? l : r));
    // an optional operand is its value (None raises TypeError at run time, as Python)
    l = unopt(l)!;
    r = unopt(r)!;
    if (isNum(l) && isNum(r)) {
      const anyFloat = l.k === "float" || r.k === "float";
      switch (op) {
        case "/": return FLOAT;
        case "+": case "-": case "*": case "//": case "%": return anyFloat ? FLOAT : INT;
        case "**": {
          if (anyFloat) return FLOAT;
          const c = this.analysis.constants.get(rightExpr);
          if (c !== undefined && c < 0) return FLOAT;
          return INT;
        }
        case "<<": case ">>": case "&": case "|": case "^":
          if (anyFloat) throw this.err(node, `'${op}' needs ints; found ${describe(l)} and ${describe(r)}`);
          return l.k === "bool" && r.k === "bool" && op !== "<<" && op !== ">>" ? BOOL : INT;
        default: throw this.err(node, `operator '${op}' is not supported natively`);
      }
    }
    if (op === "+" && l.k === "str" && r.k === "str") return STR;
    if (op === "+" && l.k === "list" && r.k === "list") {
      const j = join(l, r);
      if (j === "conflict") throw this.err(node, `list elements must have one type; this concatenation mixes ${describe(l)} and ${describe(r)}`);
      return j;
    }
    if (op === "*" && (l.k === "list" || l.k === "str") && (r.k === "int" || r.k === "bool")) return l;
    if (op === "*" && (r.k === "list" || r.k === "str") && (l.k === "int" || l.k === "bool")) return r;
    if (op === "%" && l.k === "str") return STR;
    const tt = tupleBinType(this.host(this.curScope!), node, op, l, r, rightExpr, this.binLeft);
    if (tt !== undefined) return tt;
    throw this.err(node, `unsupported operand types for ${op}: ${describe(l)} and ${describe(r)}`);
  }

  private subscript(sc: Scope, e: A.Subscript): Ty | null {
    const c = this.expr(sc, e.value);
    if (e.index.kind === "Slice") return sliceType(this.host(sc), e, c);
    if (e.index.kind === "Tuple" && e.index.elts.some((x) => (x as A.Node).kind === "Slice")) {
      throw this.err(e.index, "multi-dimensional subscripts (a[i:j, k]) are not supported natively");
    }
    if (c !== null && c.k === "tuple") {
      const k = this.analysis.constants.get(e.index);
      if (k === undefined) throw this.err(e.index, "a tuple index must be a constant natively");
      const i = k < 0 ? k + c.elts.length : k;
      if (i < 0 || i >= c.elts.length) throw this.err(e.index, "tuple index out of range");
      this.expr(sc, e.index);
      return c.elts[i];
    }
    this.expectInt(sc, e.index, "indices");
    if (c === null) return null;
    if (c.k === "list") return c.elem;
    if (c.k === "str") return STR;
    throw this.err(e, `${describe(c)} cannot be indexed natively`);
  }

  // ------------------------------------------------------------------ calls

  private call(sc: Scope, e: A.Call): Ty | null {
    // f(*t) spreads a tuple into a user function's arguments (userCall); other calls take no spread.
    const noSpread = () => {
      for (const a of e.args) if (a.kind === "Starred") throw this.err(a, "f(*args) is supported natively for the program's functions only");
    };
    if (e.func.kind === "Name" && HIGHER_ORDER.has(e.func.id) && !this.isBound(sc, e.func.id)) {
      const form = higherOrderForm(e, e.func.id, (node, msg) => this.err(node, msg));
      if (form) {
        if (form.kind === "list" && !isIterated(e)) {
          throw this.err(e, `${e.func.id}() is supported natively where it is iterated once: in a for loop, a comprehension, list(), sorted(), sum(), min(), max(), any() or all()`);
        }
        return this.higherOrderType(sc, form);
      }
    }
    // Methods of lists and strs.
    if (e.func.kind === "Attribute") {
      noSpread();
      const recv = this.expr(sc, e.func.value);
      if (recv === null) {
        e.args.forEach((a) => this.expr(sc, a));
        return null;
      }
      if (recv.k === "list") return this.listMethod(sc, e, e.func, recv);
      if (recv.k === "str") return strMethodType(this.host(sc), e, e.func);
      if (recv.k === "tuple") return tupleMethodType(this.host(sc), e, e.func);
      if (recv.k !== "module") throw this.err(e.func, `method '${e.func.attr}' of ${describe(recv)} is not supported natively`);
    }
    const f = this.expr(sc, e.func);
    if (f === null) {
      e.args.forEach((a) => this.expr(sc, a));
      e.keywords.forEach((k) => this.expr(sc, k.value));
      return null;
    }
    if (f.k === "func") return this.userCall(sc, e, f.def, f.outer ?? null);
    if (f.k === "funcs") return this.unionCall(sc, e, f);
    if (f.k === "builtin") {
      noSpread();
      return this.builtinCall(sc, e, f.name);
    }
    throw this.err(e.func, `${describe(f)} is not callable`);
  }

  /** A `def` or `lambda` being created: kwargs are rejected, defaults typed (where the definition runs). */
  private defineFunction(sc: Scope, def: A.FunctionDef): void {
    if (def.args.kwarg) throw this.err(def, "**kwargs parameters are not supported natively (keyword-only parameters and *args are)");
    if (def.args.posonly) throw this.err(def, "positional-only parameters ('/') are not supported natively");
    for (const slot of paramSlots(def)) {
      const p = slot.param;
      if (!p?.default) continue;
      // A nested function's or lambda's defaults are kept once per definition site, not per
      // function value (a lambda may be created many times, in a loop): only a default that
      // is the same value every time keeps Python's meaning.
      if ((sc.spec.def !== null || isLambdaDef(def)) && !isConstantDefault(p.default, this.analysis.constants)) {
        throw this.err(p.default, "the default of a nested function or lambda must be a constant natively");
      }
      const t = this.expr(sc, p.default);
      if (t && !sameTy(this.defaults.get(p) ?? null, t)) {
        this.defaults.set(p, t);
        this.changed = true;
      }
    }
  }

  private argType(sc: Scope, b: BoundArg): Ty | null {
    switch (b.kind) {
      case "expr": return this.sourceType(sc, b.expr);
      case "default": return this.defaults.get(b.param) ?? null;
      case "star": {
        const ts = b.exprs.map((x) => this.sourceType(sc, x));
        return ts.some((t) => t === null) ? null : { k: "tuple", elts: ts as Ty[] };
      }
    }
  }

  private sourceType(sc: Scope, a: ArgSource): Ty | null {
    if (!("tuple" in a)) return this.expr(sc, a);
    const t = this.expr(sc, a.tuple);
    return t && t.k === "tuple" ? t.elts[a.index] : null;
  }

  /** Length of a tuple spread by `f(*t)` (null: not known yet). */
  private spreadLength(sc: Scope, v: A.Name): number | null {
    const t = this.expr(sc, v);
    if (t === null) return null;
    if (t.k !== "tuple") throw this.err(v, `f(*x) needs a tuple natively (its length is part of its type); found ${describe(t)}`);
    return t.elts.length;
  }

  /** True if `name` is the program's (a variable, function or import), not a builtin. */
  private isBound(sc: Scope, name: string): boolean {
    return sc.comp.some((m) => m.has(name)) || sc.spec.vars.has(name) || (sc.spec.def !== null && enclosingSpec(sc.spec, name) !== null)
      || this.main.vars.has(name) || this.funcs.has(name) || this.imports.has(name);
  }

  /** map/filter/callable, and sorted/min/max with key= (inferFunctions.ts). */
  private higherOrderType(sc: Scope, form: HigherOrder): Ty | null {
    switch (form.kind) {
      case "list": return this.expr(sc, form.expr);
      case "callable": this.expr(sc, form.value); return BOOL;
      default: {
        const pairs = this.expr(sc, form.pairs);
        if (pairs === null || pairs.k !== "list" || pairs.elem === null || pairs.elem.k !== "tuple") return null;
        const [key, value] = pairs.elem.elts;
        if (!isNum(key) && key.k !== "str" && !(key.k === "tuple" && ordered(key, key))) {
          throw this.err(form.pairs, `a key= function must return a number, a str or a tuple of them natively; found ${describe(key)}`);
        }
        return form.kind === "sorted" ? listOf(value) : value;
      }
    }
  }

  /**
   * A call through a value of several functions: each member is called (and
   * specialised) with the call's arguments; they must return one type.
   */
  private unionCall(sc: Scope, e: A.Call, f: Ty & { k: "funcs" }): Ty | null {
    if (e.keywords.length || e.args.some((a) => a.kind === "Starred")) {
      throw this.err(e, `a call through ${describe(f)} takes positional arguments only natively`);
    }
    const targets: (Spec | string)[] = [];
    let ret: Ty | null = null;
    for (const m of f.members) {
      let t: Ty | null;
      if (m.k === "builtin") {
        t = this.builtinCall(sc, e, m.name);
        targets.push(m.name);
      } else if (m.k === "func") {
        t = this.userCall(sc, e, m.def, m.outer ?? null);
        if (t === null) return null;
        targets.push(sc.spec.calls.get(e)!);
      } else return null;
      if (t === null) return null;
      if (ret !== null && !sameTy(ret, t)) {
        throw this.err(e, `the functions this value may hold return different types (${describe(ret)} and ${describe(t)}); native code needs one`);
      }
      ret = t;
    }
    sc.spec.calls.delete(e);
    sc.spec.unionCalls.set(e, targets);
    return ret;
  }

  private userCall(sc: Scope, e: A.Call, def: A.FunctionDef, outer: Spec | null): Ty | null {
    const bound = bindCall(def, e, (node, msg) => this.err(node, msg), (v) => this.spreadLength(sc, v));
    if (bound === null) return null;
    const argTypes = bound.map((b) => this.argType(sc, b));
    if (argTypes.some((t) => t === null)) return null;
    const spec = this.specFor(def, argTypes as Ty[], outer);
    sc.spec.calls.set(e, spec);
    return spec.ret;
  }

  private specFor(def: A.FunctionDef, args: Ty[], outer: Spec | null = null): Spec {
    const tag = funcTag(def, outer);
    const key = `${tag}(${args.map(mangle).join(",")})`;
    let spec = this.specs.get(key);
    if (!spec) {
      const cName = `py_${tag}${args.length ? "__" + args.map(mangle).join("_") : ""}`;
      spec = {
        def, pyName: displayName(def), cName, argTypes: args, vars: new Map(), locals: localNames(def, this.hostGlobals),
        ret: null, exprs: new Map(), calls: new Map(), outer, cells: new Set(), unionCalls: new Map(),
      };
      paramSlots(def).forEach((p, i) => spec!.vars.set(p.name, args[i]));
      this.specs.set(key, spec);
      this.order.push(spec);
      this.changed = true;
    }
    return spec;
  }

  private argsOf(sc: Scope, e: A.Call, name: string, min: number, max: number): (Ty | null)[] {
    if (e.keywords.length && name !== "print") throw this.err(e.keywords[0], `${name}() takes no keyword arguments natively`);
    if (e.args.length < min || e.args.length > max) {
      throw this.err(e, `${name}() takes ${min === max ? min : `${min} to ${max}`} argument${max === 1 ? "" : "s"} natively; ${e.args.length} given`);
    }
    return e.args.map((a) => this.expr(sc, a));
  }

  private builtinCall(sc: Scope, e: A.Call, name: string): Ty | null {
    const num = (t: Ty | null, a: A.Expr, what: string) => {
      if (t !== null && !isNum(t)) throw this.err(a, `${what} needs a number; found ${describe(t)}`);
    };
    switch (name) {
      case "print": {
        e.args.forEach((a) => this.expr(sc, a));
        for (const k of e.keywords) {
          if (k.name !== "sep" && k.name !== "end") throw this.err(k, `print() keyword '${k.name}' is not supported natively`);
          if (k.value.kind !== "Str") throw this.err(k.value, `print()'s ${k.name} must be a string literal natively`);
          this.expr(sc, k.value);
        }
        return NONE;
      }
      case "len": {
        const [t] = this.argsOf(sc, e, name, 1, 1);
        if (t && t.k !== "list" && t.k !== "str" && t.k !== "tuple") throw this.err(e.args[0], `len() needs a list, str or tuple; found ${describe(t)}`);
        return INT;
      }
      case "abs": {
        const [t] = this.argsOf(sc, e, name, 1, 1);
        num(t, e.args[0], "abs()");
        return t && (t.k === "bool" ? INT : t);
      }
      case "min": case "max": {
        if (e.args.length === 1) {
          const t = this.iterElem(sc, e.args[0]);
          if (t && !isNum(t) && t.k !== "str") throw this.err(e.args[0], `${name}() needs numbers or strs natively; found ${describe(t)}`);
          return t && (t.k === "bool" ? INT : t);
        }
        const ts = this.argsOf(sc, e, name, 2, 8);
        if (ts.every((t) => t?.k === "str")) return STR;
        ts.forEach((t, i) => num(t, e.args[i], `${name}()`));
        if (ts.some((t) => t === null)) return null;
        return ts.some((t) => t!.k === "float") ? FLOAT : INT;
      }
      case "any": case "all": {
        if (e.args.length !== 1 || e.keywords.length) throw this.err(e, `${name}() takes one argument natively`);
        const a = e.args[0];
        if (a.kind === "ListComp" || a.kind === "GeneratorExp") this.expr(sc, a);
        else this.iterElem(sc, a);
        return BOOL;
      }
      case "sum": {
        if (e.args.length !== 1) throw this.err(e, "sum() takes one argument natively");
        const t = this.iterElem(sc, e.args[0]);
        num(t, e.args[0], "sum()");
        return t && (t.k === "bool" ? INT : t);
      }
      case "int": {
        const [t, base] = this.argsOf(sc, e, name, 0, 2);
        if (t && !isNum(t) && t.k !== "str") throw this.err(e.args[0], `int() needs a number or a str natively; found ${describe(t)}`);
        if (e.args.length === 2 && (t?.k !== "str" || (base && base.k !== "int" && base.k !== "bool"))) throw this.err(e.args[1], "int() with a base needs a str and an int natively");
        return INT;
      }
      case "float": {
        const [t] = this.argsOf(sc, e, name, 0, 1);
        if (t && !isNum(t) && t.k !== "str") throw this.err(e.args[0], `float() needs a number or a str natively; found ${describe(t)}`);
        return FLOAT;
      }
      case "bool": this.argsOf(sc, e, name, 0, 1); return BOOL;
      case "str": this.argsOf(sc, e, name, 0, 1); return STR;
      case "round": {
        const [t, nd] = this.argsOf(sc, e, name, 1, 2);
        num(t, e.args[0], "round()");
        if (nd && nd.k !== "int" && nd.k !== "bool") throw this.err(e.args[1], `round()'s ndigits must be an int; found ${describe(nd)}`);
        return e.args.length === 2 && t?.k === "float" ? FLOAT : INT;
      }
      case "sorted": {
        if (e.args.length !== 1 || e.keywords.some((k) => k.name !== "reverse")) throw this.err(e, "sorted() takes one argument (and reverse=) natively");
        for (const k of e.keywords) this.expr(sc, k.value);
        const t = this.iterElem(sc, e.args[0]);
        if (t && !isNum(t) && t.k !== "str" && !(t.k === "tuple" && ordered(t, t))) throw this.err(e.args[0], "sorted() needs numbers, strs or tuples of them natively");
        return t === null ? null : listOf(t);
      }
      case "list": {
        if (e.args.length !== 1) throw this.err(e, "list() takes one argument natively");
        const t = this.iterElem(sc, e.args[0]);
        return t === null ? null : listOf(t);
      }
      case "range": throw this.err(e, "range() is supported natively in for loops, comprehensions and list()");
      case "enumerate": case "zip": throw this.err(e, `${name}() is supported natively in for loops and comprehensions`);
    }
    const v = valueBuiltinType(this.host(sc), e, name);
    if (v !== undefined) return v;
    const [modName, fn] = name.split(".");
    if (modName === "math") {
      if (MATH_CONSTS.has(fn)) throw this.err(e, `math.${fn} is not callable`);
      const ts = this.argsOf(sc, e, name, MATH_FLOAT2.has(fn) ? 2 : 1, MATH_FLOAT2.has(fn) ? 2 : fn === "log" ? 2 : 1);
      ts.forEach((t, i) => num(t, e.args[i], `${name}()`));
      return MATH_INT1.has(fn) ? INT : FLOAT;
    }
    if (modName === "random") {
      const arity: Record<string, [number, number]> = { random: [0, 0], randint: [2, 2], randrange: [1, 3], uniform: [2, 2], seed: [1, 1] };
      const [lo, hi] = arity[fn];
      const ts = this.argsOf(sc, e, name, lo, hi);
      // seed() of a str or float literal: the compiler computes its key (emitValues.ts)
      if (fn === "seed" && seedLiteral(e.args[0]) !== undefined) return NONE;
      ts.forEach((t, i) => {
        if (t && (fn === "uniform" ? !isNum(t) : t.k !== "int" && t.k !== "bool")) throw this.err(e.args[i], `${name}() needs ${fn === "uniform" ? "numbers" : "ints"} natively; found ${describe(t)}`);
      });
      return fn === "random" || fn === "uniform" ? FLOAT : fn === "seed" ? NONE : INT;
    }
    return this.parallelCall(sc, e, fn);
  }

  private sendable(node: A.Expr, t: Ty | null): void {
    if (t === null) return;
    // lists of numbers travel packed; lists of strs or of lists of numbers as records
    const flat = (x: Ty | null) => x !== null && (isNum(x) || x.k === "str" || (x.k === "list" && x.elem !== null && isNum(x.elem)));
    const ok = isNum(t) || t.k === "none" || t.k === "str" || t.k === "opt" || t.k === "union" || (t.k === "list" && flat(t.elem));
    if (!ok) throw this.err(node, `only numbers, bools, None, strs and lists of them can travel between cores natively; found ${describe(t)}`);
  }

  private noteMessage(node: A.Expr, t: Ty | null): void {
    this.sendable(node, t);
    if (t === null) return;
    let j = join(this.message, t);
    // numbers, strs and None of several types travel tagged: recv() returns their union
    if (j === "conflict" && this.message !== null) j = unionOf(this.message, t) ?? "conflict";
    if (j === "conflict") throw this.err(node, `every message must have one type natively (recv() must know what arrives); this sends ${describe(t)}, others send ${describe(this.message)}`);
    if (!sameTy(j, this.message)) {
      this.message = j;
      this.changed = true;
    }
  }

  private parallelCall(sc: Scope, e: A.Call, fn: string): Ty | null {
    const intArg = (i: number) => {
      const t = this.expr(sc, e.args[i]);
      if (t && t.k !== "int") throw this.err(e.args[i], `a core id must be an int; found ${describe(t)}`);
    };
    const arity = (n: number) => {
      if (e.keywords.length) throw this.err(e.keywords[0], `${fn}() takes no keyword arguments natively`);
      if (e.args.length !== n) throw this.err(e, `${fn}() takes ${n} argument${n === 1 ? "" : "s"} natively; ${e.args.length} given`);
    };
    switch (fn) {
      case "coreid": case "numcores": arity(0); return INT;
      case "ishost": case "isdevice": arity(0); return BOOL;
      case "sync": arity(0); return NONE;
      case "send": case "nonblocking_send": {
        arity(2);
        this.noteMessage(e.args[0], this.expr(sc, e.args[0]));
        intArg(1);
        return NONE;
      }
      case "recv": arity(1); intArg(0); return this.message;
      case "sendrecv": {
        arity(2);
        this.noteMessage(e.args[0], this.expr(sc, e.args[0]));
        intArg(1);
        return this.message;
      }
      case "probe": case "test_sent": arity(1); intArg(0); return BOOL;
      case "wait_sent": arity(1); intArg(0); return BOOL;
      case "bcast": {
        arity(2);
        // `v if coreid() == root else None`: only the root's value matters, so the None
        // branch (never sent) takes the value's type.
        const rootOnly = rootOnlyValue(e.args[0]);
        let t: Ty | null;
        if (rootOnly) {
          this.condition(sc, rootOnly.test);
          t = this.expr(sc, rootOnly.value);
          this.expr(sc, rootOnly.none);
          this.record(sc, e.args[0], t);
        } else t = this.expr(sc, e.args[0]);
        this.sendable(e.args[0], t);
        intArg(1);
        return t;
      }
      case "gather": case "allgather": {
        arity(fn === "gather" ? 2 : 1);
        const t = this.expr(sc, e.args[0]);
        this.sendable(e.args[0], t);
        if (fn === "gather") intArg(1);
        return t && listOf(t.k === "bool" ? BOOL : t);
      }
      case "scatter": {
        arity(2);
        const t = this.expr(sc, e.args[0]);
        intArg(1);
        if (t === null) return null;
        if (t.k !== "list" || t.elem === null) throw this.err(e.args[0], `scatter() needs a list natively; found ${describe(t)}`);
        this.sendable(e.args[0], t.elem);
        return t.elem;
      }
      case "reduce": case "allreduce": {
        arity(2);
        const t = this.expr(sc, e.args[0]);
        if (t && !isNum(t) && !(t.k === "list" && t.elem && isNum(t.elem))) throw this.err(e.args[0], `reduce() needs a number or a list of numbers natively; found ${describe(t)}`);
        const op = e.args[1];
        if (op.kind !== "Str" || !["sum", "min", "max", "prod"].includes(op.value)) {
          throw this.err(op, `reduce()'s operation must be the literal "sum", "min", "max" or "prod" natively`);
        }
        this.expr(sc, op);
        return t && t.k === "bool" ? INT : t;
      }
    }
    throw this.err(e, `parallel.${fn}() is not supported natively yet`);
  }

  private listMethod(sc: Scope, e: A.Call, f: A.Attribute, recv: Ty & { k: "list" }): Ty | null {
    if (f.attr === "sort" && e.keywords.some((k) => k.name === "key")) {
      // xs.sort(key=f): sorted(xs, key=f) copied back over xs (inferFunctions.sortAsSorted)
      if (e.args.length) throw this.err(e.args[0], "list.sort() takes no positional arguments");
      if (f.value.kind !== "Name") throw this.err(f.value, "sort(key=...) sorts a list held in a variable natively");
      const t = this.expr(sc, sortAsSorted(e, f as A.Attribute & { value: A.Name }));
      if (t && recv.elem && !sameTy(t, recv)) throw this.err(e, `sort(key=...) gives ${describe(t)} for ${describe(recv)}`);
      return NONE;
    }
    const args = e.args.map((a) => this.expr(sc, a));
    const kws = e.keywords.filter((k) => !(f.attr === "sort" && k.name === "reverse"));
    if (kws.length) throw this.err(kws[0], "keyword arguments of list methods are not supported natively");
    e.keywords.forEach((k) => this.expr(sc, k.value));
    const n = (lo: number, hi: number) => {
      if (args.length < lo || args.length > hi) throw this.err(e, `list.${f.attr}() takes ${lo === hi ? lo : `${lo} to ${hi}`} arguments natively`);
    };
    const addElem = (t: Ty | null, node: A.Expr) => {
      if (t === null) return;
      const j = join(recv.elem, t);
      if (j === "conflict") throw this.err(node, `list elements must have one type; this list holds ${describe(recv.elem)} and is given ${describe(t)}`);
      if (!sameTy(j, recv.elem)) {
        if (f.value.kind === "Name") this.setVar(sc, f.value.id, listOf(j), f.value);
        else throw this.err(node, `list elements must have one type; this list holds ${describe(recv.elem)} and is given ${describe(t)}`);
      }
    };
    switch (f.attr) {
      case "append": n(1, 1); addElem(args[0], e.args[0]); return NONE;
      case "insert": n(2, 2); addElem(args[1], e.args[1]); return NONE;
      case "extend": {
        n(1, 1);
        const t = args[0];
        if (t && t.k !== "list") throw this.err(e.args[0], `list.extend() needs a list natively; found ${describe(t)}`);
        if (t) addElem(t.elem, e.args[0]);
        return NONE;
      }
      case "pop": n(0, 1); return recv.elem;
      case "reverse": n(0, 0); return NONE;
      case "sort":
        n(0, 0);
        if (recv.elem && !isNum(recv.elem) && recv.elem.k !== "str" && !(recv.elem.k === "tuple" && ordered(recv.elem, recv.elem))) throw this.err(e, `sort() needs a list of numbers, strs or tuples of them natively`);
        return NONE;
      case "copy": n(0, 0); return recv;
      case "index": case "count": n(1, 1); return INT;
      case "remove": n(1, 1); return NONE;
      case "clear": n(0, 0); return NONE;
    }
    throw this.err(f, `list.${f.attr}() is not supported natively yet`);
  }
}

/** `a if c else None` / `None if c else a`: the value, its test and the None branch. */
export function rootOnlyValue(e: A.Expr): { test: A.Expr; value: A.Expr; none: A.Expr } | null {
  if (e.kind !== "IfExp") return null;
  const isNone = (x: A.Expr) => x.kind === "Const" && x.value === null;
  if (isNone(e.orelse) && !isNone(e.body)) return { test: e.test, value: e.body, none: e.orelse };
  if (isNone(e.body) && !isNone(e.orelse)) return { test: e.test, value: e.orelse, none: e.body };
  return null;
}

/** Names local to a function: its parameters and every name it binds, minus `global` ones. */
export function localNames(def: A.FunctionDef, hostGlobals?: ReadonlyMap<string, unknown>): Set<string> {
  const locals = new Set(paramSlots(def).map((p) => p.name));
  const globals = new Set<string>();
  const bind = (t: A.Expr) => {
    if (t.kind === "Name") locals.add(t.id);
    else if (t.kind === "Tuple" || t.kind === "List") t.elts.forEach(bind);
    else if (t.kind === "Starred") bind(t.value);
  };
  const visit = (body: A.Stmt[]) => {
    for (const s of body) {
      switch (s.kind) {
        case "Assign": s.targets.forEach(bind); break;
        case "AugAssign": bind(s.target); break;
        case "For": bind(s.target); visit(s.body); visit(s.orelse); break;
        case "If": case "While": visit(s.body); visit(s.orelse); break;
        case "Global": s.names.forEach((n) => globals.add(n)); break;
        case "FunctionDef": locals.add(s.bindAs ?? s.name); break;
        // imported names live in the program's import table, not in the frame
        default: break;
      }
    }
  };
  visit(def.body);
  for (const g of globals) locals.delete(g);
  for (const n of nonlocalNames(def)) locals.delete(n);
  // Device-resident variables (offload's define) are globals in every kernel unless a parameter.
  for (const g of hostGlobals?.keys() ?? []) if (!paramSlots(def).some((p) => p.name === g)) locals.delete(g);
  return locals;
}

/** True if control can reach the end of `body` (for functions that return a value). */
export function fallsThrough(body: A.Stmt[]): boolean {
  const last = body[body.length - 1];
  if (!last) return true;
  if (last.kind === "Return") return false;
  if (last.kind === "If") return fallsThrough(last.body) || fallsThrough(last.orelse);
  if (last.kind === "While" && last.test.kind === "Const" && last.test.value === true) return hasBreak(last.body);
  return true;
}

function hasBreak(body: A.Stmt[]): boolean {
  for (const s of body) {
    if (s.kind === "Break") return true;
    if (s.kind === "If" && (hasBreak(s.body) || hasBreak(s.orelse))) return true;
  }
  return false;
}
