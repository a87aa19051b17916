// Inference of the value builtins of native code (see src/native/emitValues.ts for
// their C): slices with steps (lists, strs, tuples), the str methods, str <-> number
// conversions (int(s), float(s), hex, oct, bin, chr, ord, input), divmod, pow,
// reversed, and the math/random functions on ints and sequences.
//
// infer.ts calls in here through InferHost (its expression walker, bound to the
// current scope). This module only imports types from infer.ts: infer.ts imports it,
// and its tables are built at load time (no use of infer.ts's values before both
// modules are evaluated).

import type * as A from "../lang/ast.js";
import type { Span } from "../lang/diagnostics.js";
import type { Ty } from "./infer.js";

export interface InferHost {
  expr(e: A.Expr): Ty | null;
  /** Element type of an iterable (list, str, range(...), enumerate, zip). */
  iterElem(e: A.Expr): Ty | null;
  err(node: Span, msg: string): Error;
  constant(e: A.Expr): number | undefined;
}

const INT: Ty = { k: "int" };
const FLOAT: Ty = { k: "float" };
const BOOL: Ty = { k: "bool" };
const NONE: Ty = { k: "none" };
const STR: Ty = { k: "str" };
const STRS: Ty = { k: "list", elem: STR };
const isNum = (t: Ty | null) => t !== null && (t.k === "int" || t.k === "float" || t.k === "bool");
const isInt = (t: Ty | null) => t !== null && (t.k === "int" || t.k === "bool");
const show = (t: Ty) => (t.k === "list" ? "list" : t.k === "none" ? "None" : t.k);

/** Builtins added here (infer.ts's lookup treats them as builtins). */
export const VALUE_BUILTINS = new Set(["tuple", "isinstance", "format", "input", "hex", "oct", "bin", "chr", "ord", "divmod", "pow", "reversed"]);
export const VALUE_MATH = new Set(["factorial", "gcd", "isqrt", "comb", "perm", "isfinite", "isinf", "isnan", "isclose", "modf", "frexp", "ldexp"]);
export const VALUE_RANDOM = new Set(["choice", "shuffle", "sample", "getrandbits", "gauss", "expovariate"]);

/**
 * The str methods: parameter types (the first `min` required) and the result.
 * `join` takes a list of strs or a str (its characters).
 */
export const STR_SIGS: Record<string, { params: Ty[]; min: number; ret: Ty }> = {
  split: { params: [STR, INT], min: 0, ret: STRS },
  rsplit: { params: [STR, INT], min: 0, ret: STRS },
  splitlines: { params: [], min: 0, ret: STRS },
  strip: { params: [STR], min: 0, ret: STR },
  lstrip: { params: [STR], min: 0, ret: STR },
  rstrip: { params: [STR], min: 0, ret: STR },
  join: { params: [STRS], min: 1, ret: STR },
  upper: { params: [], min: 0, ret: STR },
  lower: { params: [], min: 0, ret: STR },
  title: { params: [], min: 0, ret: STR },
  capitalize: { params: [], min: 0, ret: STR },
  swapcase: { params: [], min: 0, ret: STR },
  isdigit: { params: [], min: 0, ret: BOOL },
  isalpha: { params: [], min: 0, ret: BOOL },
  isalnum: { params: [], min: 0, ret: BOOL },
  isspace: { params: [], min: 0, ret: BOOL },
  isupper: { params: [], min: 0, ret: BOOL },
  islower: { params: [], min: 0, ret: BOOL },
  count: { params: [STR], min: 1, ret: INT },
  find: { params: [STR, INT, INT], min: 1, ret: INT },
  rfind: { params: [STR, INT, INT], min: 1, ret: INT },
  index: { params: [STR, INT, INT], min: 1, ret: INT },
  rindex: { params: [STR, INT, INT], min: 1, ret: INT },
  replace: { params: [STR, STR, INT], min: 2, ret: STR },
  startswith: { params: [STR], min: 1, ret: BOOL },
  endswith: { params: [STR], min: 1, ret: BOOL },
  zfill: { params: [INT], min: 1, ret: STR },
  ljust: { params: [INT, STR], min: 1, ret: STR },
  rjust: { params: [INT, STR], min: 1, ret: STR },
  center: { params: [INT, STR], min: 1, ret: STR },
};

/**
 * Checks the format spec of an f-string field (or of a str.format field) for a value
 * of type t: any spec for numbers, bools and strs (the runtime applies it); fields
 * inside the spec (`{x:{width}}`) are values turned into text.
 */
export function fieldSpecType(h: InferHost, part: A.FormattedValue, t: Ty | null): void {
  const spec = part.formatSpec;
  if (!spec) return;
  for (const x of spec.parts) {
    if (typeof x === "string") continue;
    if (x.formatSpec) throw h.err(x.formatSpec, "a format spec nested twice is not supported natively");
    h.expr(x.value);
  }
  if (spec.parts.every((x) => x === "")) return;
  if (t && !isNum(t) && t.k !== "str") throw h.err(part.value, `a format spec needs a number or a str natively; found ${show(t)}`);
}

/** The fields of a literal str.format() template: text pieces and {index, conversion, spec}. */
export interface FormatField { index: number; conversion: "r" | "s" | null; spec: string }

export function parseFormatTemplate(tpl: string): (string | FormatField)[] | string {
  const out: (string | FormatField)[] = [];
  let text = "", auto = 0, manual = false, i = 0;
  while (i < tpl.length) {
    const c = tpl[i];
    if (c === "{" && tpl[i + 1] === "{") { text += "{"; i += 2; continue; }
    if (c === "}" && tpl[i + 1] === "}") { text += "}"; i += 2; continue; }
    if (c === "}") return "Single '}' encountered in format string";
    if (c !== "{") { text += c; i++; continue; }
    const end = tpl.indexOf("}", i);
    if (end < 0) return "Single '{' encountered in format string";
    const body = tpl.slice(i + 1, end);
    if (body.includes("{")) return "nested fields in a format() template are not supported natively";
    const m = /^(\d*)(?:!([rs]))?(?::(.*))?$/s.exec(body);
    if (!m) return `the field '{${body}}' is not supported natively (positional fields only)`;
    let index: number;
    if (m[1] === "") {
      if (manual) return "cannot switch from manual field specification to automatic field numbering";
      index = auto++;
    } else {
      if (auto) return "cannot switch from automatic field numbering to manual field specification";
      manual = true;
      index = Number(m[1]);
    }
    if (text) out.push(text);
    text = "";
    out.push({ index, conversion: (m[2] as "r" | "s" | undefined) ?? null, spec: m[3] ?? "" });
    i = end + 1;
  }
  if (text) out.push(text);
  return out;
}

/** The type of `s.method(args)` for a str s. */
export function strMethodType(h: InferHost, e: A.Call, attr: A.Attribute): Ty | null {
  if (attr.attr === "format") {
    if (attr.value.kind !== "Str") throw h.err(attr, "str.format() needs a literal template natively");
    if (e.keywords.length) throw h.err(e.keywords[0], "keyword fields of str.format() are not supported natively");
    const fields = parseFormatTemplate(attr.value.value);
    if (typeof fields === "string") throw h.err(attr.value, fields);
    const ts = e.args.map((a) => h.expr(a));
    for (const f of fields) {
      if (typeof f === "string") continue;
      if (f.index >= e.args.length) throw h.err(e, `Replacement index ${f.index} out of range for positional args tuple`);
      const t = ts[f.index];
      if (f.spec && t && !isNum(t) && t.k !== "str") throw h.err(e.args[f.index], `a format spec needs a number or a str natively; found ${show(t)}`);
    }
    return STR;
  }
  const args = e.args.map((a) => h.expr(a));
  if (e.keywords.length) throw h.err(e.keywords[0], "keyword arguments of str methods are not supported natively");
  const sig = STR_SIGS[attr.attr];
  if (!sig) throw h.err(attr, `str.${attr.attr}() is not supported natively yet`);
  const { params, min, ret } = sig;
  if (args.length < min || args.length > params.length) {
    const n = min === params.length ? `${min}` : `${min} to ${params.length}`;
    throw h.err(e, `str.${attr.attr}() takes ${n} argument${params.length === 1 ? "" : "s"} natively; ${args.length} given`);
  }
  args.forEach((t, i) => {
    const want = params[i];
    if (t === null) return;
    const ok = want.k === "int" ? isInt(t)
      : want.k === "list" ? (t.k === "list" && (t.elem === null || t.elem.k === "str")) || t.k === "str"
        : t.k === want.k;
    if (!ok) throw h.err(e.args[i], `str.${attr.attr}() needs ${want.k === "list" ? "a list of strs" : want.k}; found ${show(t)}`);
  });
  return ret;
}

/** The type of a slice `c[a:b:s]` of a value of type c (null: not known yet). */
export function sliceType(h: InferHost, e: A.Subscript, c: Ty | null): Ty | null {
  const s = e.index as A.Slice;
  for (const b of [s.lower, s.upper, s.step]) {
    if (!b) continue;
    const t = h.expr(b);
    if (t && !isInt(t)) throw h.err(b, `slice bounds must be int; found ${show(t)}`);
  }
  if (c === null) return null;
  if (c.k === "list" || c.k === "str") return c;
  if (c.k === "tuple") {
    // A tuple has a fixed shape: its slice bounds must be known here.
    const k = (x: A.Expr | null, d: number | undefined) => (x ? h.constant(x) : d);
    const lo = k(s.lower, undefined), hi = k(s.upper, undefined), st = k(s.step, 1);
    if ((s.lower && lo === undefined) || (s.upper && hi === undefined) || st === undefined) {
      throw h.err(e.index, "a tuple slice needs constant bounds natively");
    }
    if (st === 0) throw h.err(s.step!, "slice step cannot be zero");
    return { k: "tuple", elts: tupleSliceIndices(c.elts.length, lo, hi, st).map((i) => c.elts[i]) };
  }
  throw h.err(e, `${show(c)} cannot be sliced natively`);
}

/** The indices a slice selects from a sequence of n (Python's slice.indices). */
export function tupleSliceIndices(n: number, lo: number | undefined, hi: number | undefined, step: number): number[] {
  const norm = (v: number, lowest: number, highest: number) => (v < 0 ? Math.max(v + n, lowest) : Math.min(v, highest));
  const out: number[] = [];
  if (step > 0) {
    const a = lo === undefined ? 0 : norm(lo, 0, n), b = hi === undefined ? n : norm(hi, 0, n);
    for (let i = a; i < b; i += step) out.push(i);
  } else {
    const a = lo === undefined ? n - 1 : norm(lo, -1, n - 1), b = hi === undefined ? -1 : norm(hi, -1, n - 1);
    for (let i = a; i > b; i += step) out.push(i);
  }
  return out;
}

function arity(h: InferHost, e: A.Call, name: string, min: number, max: number): (Ty | null)[] {
  if (e.keywords.length) throw h.err(e.keywords[0], `${name}() takes no keyword arguments natively`);
  if (e.args.length < min || e.args.length > max) {
    throw h.err(e, `${name}() takes ${min === max ? min : `${min} to ${max}`} argument${max === 1 ? "" : "s"} natively; ${e.args.length} given`);
  }
  return e.args.map((a) => h.expr(a));
}

function need(h: InferHost, e: A.Call, ts: (Ty | null)[], name: string, test: (t: Ty) => boolean, what: string): void {
  ts.forEach((t, i) => {
    if (t !== null && !test(t)) throw h.err(e.args[i], `${name}() needs ${what} natively; found ${show(t)}`);
  });
}

/** Type of a call of a builtin added here; undefined when `name` is not one of them. */
export function valueBuiltinType(h: InferHost, e: A.Call, name: string): Ty | null | undefined {
  switch (name) {
    case "input": arity(h, e, name, 0, 1); return STR;
    case "isinstance": isinstanceTypes(h, e); return BOOL;
    case "tuple": return tupleCallType(h, e);
    case "format": {
      const [t, spec] = arity(h, e, name, 1, 2);
      if (spec && spec.k !== "str") throw h.err(e.args[1], `format() argument 2 must be str, not ${show(spec)}`);
      if (e.args.length === 2 && t && !isNum(t) && t.k !== "str") throw h.err(e.args[0], `format() with a spec needs a number or a str natively; found ${show(t)}`);
      return STR;
    }
    case "hex": case "oct": case "bin": {
      need(h, e, arity(h, e, name, 1, 1), name, (t) => isInt(t), "an int");
      return STR;
    }
    case "chr": need(h, e, arity(h, e, name, 1, 1), name, (t) => isInt(t), "an int"); return STR;
    case "ord": need(h, e, arity(h, e, name, 1, 1), name, (t) => t.k === "str", "a str"); return INT;
    case "divmod": {
      const ts = arity(h, e, name, 2, 2);
      need(h, e, ts, name, isNum, "numbers");
      if (ts.some((t) => t === null)) return null;
      const t = ts.some((x) => x!.k === "float") ? FLOAT : INT;
      return { k: "tuple", elts: [t, t] };
    }
    case "pow": {
      const ts = arity(h, e, name, 2, 3);
      if (ts.length === 3) {
        need(h, e, ts, name, isInt, "ints (with a modulus)");
        return INT;
      }
      need(h, e, ts, name, isNum, "numbers");
      if (ts.some((t) => t === null)) return null;
      if (ts.some((t) => t!.k === "float")) return FLOAT;
      const c = h.constant(e.args[1]);
      return c !== undefined && c < 0 ? FLOAT : INT;
    }
    case "reversed": {
      if (e.args.length !== 1 || e.keywords.length) throw h.err(e, "reversed() takes one argument natively");
      const el = h.iterElem(e.args[0]);
      return el === null ? null : { k: "list", elem: el };
    }
  }
  const [mod, fn] = name.split(".");
  if (mod === "math" && VALUE_MATH.has(fn)) {
    switch (fn) {
      case "factorial": case "isqrt": need(h, e, arity(h, e, name, 1, 1), name, isInt, "an int"); return INT;
      case "gcd": case "comb": need(h, e, arity(h, e, name, 2, 2), name, isInt, "ints"); return INT;
      case "perm": need(h, e, arity(h, e, name, 1, 2), name, isInt, "ints"); return INT;
      case "isfinite": case "isinf": case "isnan": need(h, e, arity(h, e, name, 1, 1), name, isNum, "a number"); return BOOL;
      case "isclose": need(h, e, arity(h, e, name, 2, 2), name, isNum, "numbers"); return BOOL;
      case "modf": need(h, e, arity(h, e, name, 1, 1), name, isNum, "a number"); return { k: "tuple", elts: [FLOAT, FLOAT] };
      case "frexp": need(h, e, arity(h, e, name, 1, 1), name, isNum, "a number"); return { k: "tuple", elts: [FLOAT, INT] };
      case "ldexp": {
        const ts = arity(h, e, name, 2, 2);
        need(h, e, [ts[0]], name, isNum, "a number");
        if (ts[1] && !isInt(ts[1])) throw h.err(e.args[1], "Expected an int as second argument to ldexp.");
        return FLOAT;
      }
    }
  }
  if (mod === "random" && VALUE_RANDOM.has(fn)) {
    switch (fn) {
      case "choice": {
        arity(h, e, name, 1, 1);
        return h.iterElem(e.args[0]);
      }
      case "shuffle": {
        const [t] = arity(h, e, name, 1, 1);
        if (t && t.k !== "list") throw h.err(e.args[0], `random.shuffle() needs a list natively; found ${show(t)}`);
        return NONE;
      }
      case "sample": {
        if (e.keywords.length || e.args.length !== 2) throw h.err(e, "random.sample() takes 2 arguments natively");
        const el = h.iterElem(e.args[0]);
        need(h, e, [null, h.expr(e.args[1])], name, isInt, "an int count");
        return el === null ? null : { k: "list", elem: el };
      }
      case "getrandbits": need(h, e, arity(h, e, name, 1, 1), name, isInt, "an int"); return INT;
      case "gauss": need(h, e, arity(h, e, name, 0, 2), name, isNum, "numbers"); return FLOAT;
      case "expovariate": need(h, e, arity(h, e, name, 1, 1), name, isNum, "a number"); return FLOAT;
    }
  }
  return undefined;
}

// ------------------------------------------------------------ optional values
//
// `int | None`, `float | None`, `bool | None`, `str | None` (x = None then x = 3, a
// function returning a number or None, recv() of numbers and None): a tagged value
// {has, v}. A list value that may be None stays a NULL list (infer.ts's join).

const OPTIONABLE = new Set(["int", "float", "bool", "str"]);

/** The value type under an optional (t itself otherwise). */
export const unopt = (t: Ty | null): Ty | null => (t !== null && t.k === "opt" ? t.of : t);

/**
 * The join of two types where one is None or optional: the optional of their join;
 * undefined when neither is (infer.ts's join goes on), "conflict" when they do not join.
 */
export function joinOptional(a: Ty, b: Ty, join: (x: Ty | null, y: Ty | null) => Ty | null | "conflict"): Ty | "conflict" | undefined {
  if (a.k !== "opt" && b.k !== "opt" && a.k !== "none" && b.k !== "none") return undefined;
  if ((a.k === "none" && b.k === "list") || (a.k === "list" && b.k === "none")) return undefined;
  if (a.k === "none" && b.k === "none") return a;
  const x = a.k === "opt" ? a.of : a, y = b.k === "opt" ? b.of : b;
  if (x.k === "none") return OPTIONABLE.has(y.k) ? { k: "opt", of: y } : "conflict";
  if (y.k === "none") return OPTIONABLE.has(x.k) ? { k: "opt", of: x } : "conflict";
  const j = join(x, y);
  return j === "conflict" || j === null || !OPTIONABLE.has(j.k) ? "conflict" : { k: "opt", of: j };
}

/**
 * Narrowing: `if x is None: ... break|continue|return` makes x not None in the rest
 * of the block, `if x is not None:` in its body, until x is assigned again. Returns
 * the name tested and whether the test is `is not` (null when s is no such test).
 */
export function noneTest(test: A.Expr): { name: string; isNot: boolean } | null {
  if (test.kind !== "Compare" || test.ops.length !== 1 || test.left.kind !== "Name") return null;
  const r = test.comparators[0];
  if (r.kind !== "Const" || r.value !== null) return null;
  const op = test.ops[0];
  if (op === "is" || op === "==") return { name: test.left.id, isNot: false };
  if (op === "is not" || op === "!=") return { name: test.left.id, isNot: true };
  return null;
}

/** True if the block cannot fall through to the statement after it. */
export function leavesBlock(body: A.Stmt[]): boolean {
  const last = body[body.length - 1];
  return !!last && (last.kind === "Break" || last.kind === "Continue" || last.kind === "Return");
}

/** True if statement s (at any depth) binds name. */
export function assigns(s: A.Stmt, name: string): boolean {
  const binds = (t: A.Expr): boolean => (t.kind === "Name" ? t.id === name : (t.kind === "Tuple" || t.kind === "List") ? t.elts.some(binds) : false);
  switch (s.kind) {
    case "Assign": return s.targets.some(binds);
    case "AugAssign": return binds(s.target);
    case "For": return binds(s.target) || s.body.some((x) => assigns(x, name)) || s.orelse.some((x) => assigns(x, name));
    case "If": case "While": return s.body.some((x) => assigns(x, name)) || s.orelse.some((x) => assigns(x, name));
    default: return false;
  }
}

// ------------------------------------------------ values of several types
//
// A program that sends an int and a str: recv() returns a value of several types, a
// tagged ep_any (values.h). It can be printed, turned into text, compared with == and
// != (and `is None`), tested for truth and with isinstance(), assigned and sent on;
// anything else is a compile error naming the types.

const UNION_ORDER = ["none", "int", "float", "bool", "str"];

/** The alternatives of a scalar, None, optional or union type; null for anything else. */
function alternatives(t: Ty): Ty[] | null {
  if (t.k === "union") return t.alts;
  if (t.k === "opt") return [{ k: "none" }, t.of];
  return (UNION_ORDER as string[]).includes(t.k) ? [t] : null;
}

/** The union of a and b (message types): null when either is not a scalar, None or optional. */
export function unionOf(a: Ty, b: Ty): Ty | null {
  const xs = alternatives(a), ys = alternatives(b);
  if (!xs || !ys) return null;
  const kinds = new Set<string>([...xs, ...ys].map((t) => t.k));
  const alts = UNION_ORDER.filter((k) => kinds.has(k)).map((k) => ({ k }) as Ty);
  return { k: "union", alts };
}

/** The join when one side is a union: the union if the other side's values fit in it. */
export function joinUnion(a: Ty, b: Ty): Ty | "conflict" | undefined {
  if (a.k !== "union" && b.k !== "union") return undefined;
  const u = unionOf(a, b);
  if (!u || u.k !== "union") return "conflict";
  const big = a.k === "union" ? a : (b as Ty & { k: "union" });
  return u.alts.length === big.alts.length ? big : u;
}

/** The diagnostic for a value of several types used where one type is needed. */
export function unionMisuse(t: Ty): string {
  const names = t.k === "union" ? t.alts.map((x) => (x.k === "none" ? "None" : x.k)).join(" or ") : t.k;
  return `this value is ${names} (a message of several types); natively it can only be printed, turned into text, compared with == or !=, tested with isinstance() or sent on`;
}

const TYPE_NAMES: Record<string, string> = { int: "int", float: "float", str: "str", bool: "bool" };

/** The type names an isinstance() call tests (`int` or `(int, str)`). */
export function isinstanceTypes(h: InferHost, e: A.Call): string[] {
  if (e.args.length !== 2 || e.keywords.length) throw h.err(e, "isinstance() takes 2 arguments natively");
  h.expr(e.args[0]);
  const c = e.args[1];
  const names = c.kind === "Tuple" ? c.elts : [c];
  return names.map((n) => {
    if (n.kind !== "Name" || !TYPE_NAMES[n.id]) throw h.err(n, "isinstance() tests int, float, str and bool natively");
    return n.id;
  });
}

// ------------------------------------------------------------------ tuples
//
// Tuples have a fixed shape (a C struct). Concatenation and repetition by a constant
// give new shapes; iterating a tuple (for, list(), sum(), min(), `in`) needs its
// elements to have one type; comparisons are lexicographic over the fields.

/** `a + b` and `a * n` (n a constant) for tuples; undefined when neither is a tuple. */
export function tupleBinType(h: InferHost, node: A.Node, op: string, l: Ty, r: Ty, right: A.Expr, left: A.Expr | null): Ty | undefined {
  if (l.k !== "tuple" && r.k !== "tuple") return undefined;
  if (op === "+" && l.k === "tuple" && r.k === "tuple") return { k: "tuple", elts: [...l.elts, ...r.elts] };
  if (op === "*") {
    const [t, n] = l.k === "tuple" ? [l, h.constant(right)] : [r as Ty & { k: "tuple" }, left ? h.constant(left) : undefined];
    if (n === undefined) throw h.err(node, "a tuple is repeated a constant number of times natively (its shape is fixed)");
    const elts: Ty[] = [];
    for (let i = 0; i < n; i++) elts.push(...t.elts);
    return { k: "tuple", elts };
  }
  throw h.err(node, `unsupported operand types for ${op}: ${show(l)} and ${show(r)}`);
}

/** Whether values of types a and b have Python's ordering natively (numbers, strs, tuples of them). */
export function ordered(a: Ty, b: Ty): boolean {
  if (isNum(a) && isNum(b)) return true;
  if (a.k === "str" && b.k === "str") return true;
  if (a.k === "tuple" && b.k === "tuple") {
    for (let i = 0; i < Math.min(a.elts.length, b.elts.length); i++) if (!ordered(a.elts[i], b.elts[i])) return false;
    return true;
  }
  return false;
}

/** tuple(x): a shape known here (a list or str literal, range of constants, a tuple). */
export function tupleCallType(h: InferHost, e: A.Call): Ty | null {
  if (e.args.length !== 1 || e.keywords.length) throw h.err(e, "tuple() takes one argument natively");
  const a = e.args[0];
  if (a.kind === "List") {
    const t = h.expr(a);
    if (t === null || t.k !== "list") return null;
    return { k: "tuple", elts: a.elts.map(() => t.elem ?? INT) };
  }
  if (a.kind === "Str") { h.expr(a); return { k: "tuple", elts: Array.from(a.value).map(() => STR) }; }
  if (a.kind === "Call" && a.func.kind === "Name" && a.func.id === "range" && a.args.length === 1 && h.constant(a.args[0]) !== undefined) {
    h.iterElem(a);
    return { k: "tuple", elts: Array.from({ length: Math.max(0, h.constant(a.args[0])!) }, () => INT) };
  }
  const t = h.expr(a);
  if (t === null || t.k === "tuple") return t;
  throw h.err(a, "tuple() needs a tuple or a list, str or range literal natively (a tuple's shape is fixed)");
}

/** `t.count(x)` / `t.index(x)`. */
export function tupleMethodType(h: InferHost, e: A.Call, f: A.Attribute): Ty | null {
  if (f.attr !== "count" && f.attr !== "index") throw h.err(f, `tuple.${f.attr}() is not supported natively`);
  if (e.args.length !== 1 || e.keywords.length) throw h.err(e, `tuple.${f.attr}() takes one argument natively`);
  h.expr(e.args[0]);
  return INT;
}

/** The literal of random.seed("text") / random.seed(2.5) (undefined for anything else). */
export function seedLiteral(e: A.Expr): string | number | undefined {
  if (e.kind === "Str") return e.value;
  if (e.kind === "Float") return e.value;
  if (e.kind === "UnaryOp" && e.op === "-" && e.operand.kind === "Float") return -e.operand.value;
  return undefined;
}
