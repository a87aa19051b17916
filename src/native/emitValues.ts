// C for the value builtins typed by src/compiler/inferValues.ts: slices with steps,
// str methods, str <-> number conversions, divmod/pow/reversed, and the math/random
// functions on ints and sequences. The runtime side is src/native/runtime/values.c.
//
// emitC.ts calls in here through EmitHost (its expression emitter bound to the
// current function context). Every runtime call that can raise gets the line and the
// function name (`L, FN`), as the rest of the generated C.

import type * as A from "../lang/ast.js";
import type { Ty } from "../compiler/infer.js";
import { parseFormatTemplate, tupleSliceIndices } from "../compiler/inferValues.js";
import { cString } from "./emitC.js";

export interface EmitHost {
  expr(e: A.Expr): string;
  /** An int operand (bools widened). */
  asInt(e: A.Expr): string;
  /** The expression as a C double. */
  dbl(e: A.Expr): string;
  /** str(e) as an ep_str. */
  strOf(e: A.Expr): string;
  tyOf(e: A.Expr): Ty;
  cType(t: Ty): string;
  fresh(base: string): string;
  /** C of `a ** b` with the interpreter's rules (pow with two arguments). */
  power(node: A.Call, a: A.Expr, b: A.Expr): string;
  err(node: A.Node, msg: string): Error;
  /** The folded value of a constant int expression. */
  constant(e: A.Expr): number | undefined;
  /** Statement(s) appending str(code) (repr when `repr`) of type t to buffer b. */
  appendText(b: string, code: string, t: Ty, repr: boolean): string;
  /** An f-string (a format spec with fields) as an ep_str expression. */
  fstring(e: A.FString): string;
}

/** The spec of a field as an ep_str expression (a literal, or built when it has fields). */
export function specCode(h: EmitHost, spec: A.FString | null): string {
  if (!spec) return `EP_STR_LIT("")`;
  if (spec.parts.every((x) => typeof x === "string")) return `EP_STR_LIT(${cString(spec.parts.join(""))})`;
  return h.fstring(spec);
}

/**
 * Statements appending format(v, spec) of C value v of type t to buffer b (spec: an
 * ep_str expression); `conversion` !r/!s/!a first turns the value into text.
 */
export function formatInto(h: EmitHost, b: string, v: string, t: Ty, spec: string, conversion: string | null, line: number): string {
  const call = (kind: string, i: string, x: string, text: string) => `ep_format_value(${b}, '${kind}', ${i}, ${x}, ${text}, ${spec}, EP_F32, ${line}, FN);`;
  if (conversion || !["int", "bool", "float", "str"].includes(t.k)) {
    // the text of the value (repr with !r), then formatted as a str
    const tb = h.fresh("tb");
    return `{ EP_BUF_LOCAL(${tb}, 64); ${h.appendText(`&${tb}`, v, t, conversion === "r" || conversion === "a")} ${call("s", "0", "0", `(ep_str){(int32_t)${tb}.len, ${tb}.p}`)} }`;
  }
  switch (t.k) {
    case "int": return call("i", v, "0", `EP_STR_LIT("")`);
    case "bool": return call("b", `(ep_int)(${v})`, "0", `EP_STR_LIT("")`);
    case "float": return call("f", "0", `(double)(${v})`, `EP_STR_LIT("")`);
    default: return call("s", "0", "0", v);
  }
}

/** An ep_list * with the elements of an iterable: a list, a str's characters or range(...). */
export function seqList(h: EmitHost, e: A.Expr): string {
  if (e.kind === "Call" && e.func.kind === "Name" && e.func.id === "range" && h.tyOf(e).k === "list") {
    const a = e.args.map((x) => h.asInt(x));
    const [lo, hi, st] = a.length === 1 ? ["0", a[0], "1"] : a.length === 2 ? [a[0], a[1], "1"] : a;
    return `ep_range_list(${lo}, ${hi}, ${st}, ${e.line}, FN)`;
  }
  const t = h.tyOf(e);
  if (t.k === "str") return `ep_str_chars(${h.expr(e)})`;
  if (t.k === "list") return h.expr(e);
  throw h.err(e, "internal: not a sequence");
}

/** `c[a:b:s]` for a list, str or tuple (tuple: constant bounds, resolved by inference). */
export function emitSlice(h: EmitHost, e: A.Subscript): string {
  const s = e.index as A.Slice;
  const ct = h.tyOf(e.value);
  const L = e.line;
  if (ct.k === "tuple") {
    const rt = h.tyOf(e) as Ty & { k: "tuple" };
    const v = h.fresh("t");
    const c = (x: A.Expr | null) => (x ? h.constant(x) : undefined);
    const idx = tupleSliceIndices(ct.elts.length, c(s.lower), c(s.upper), c(s.step) ?? 1);
    return `({ ${h.cType(ct)} ${v} = ${h.expr(e.value)}; (${h.cType(rt)}){${idx.map((i) => `${v}.f${i}`).join(", ")}}; })`;
  }
  const lo = s.lower ? h.asInt(s.lower) : "0", hi = s.upper ? h.asInt(s.upper) : "0";
  const has = `${s.lower ? 1 : 0}, ${s.upper ? 1 : 0}`;
  if (ct.k === "str") return `ep_str_slice(${h.expr(e.value)}, ${lo}, ${hi}, ${s.step ? h.asInt(s.step) : "1"}, ${has}, ${L}, FN)`;
  if (!s.step) return `ep_list_slice(${h.expr(e.value)}, ${lo}, ${hi}, ${has})`;
  return `ep_list_slice_step(${h.expr(e.value)}, ${lo}, ${hi}, ${h.asInt(s.step)}, ${has}, ${L}, FN)`;
}

const IS_KIND: Record<string, string> = { isdigit: "d", isalpha: "a", isalnum: "n", isspace: "s", isupper: "u", islower: "l" };

/** `s.method(args)` for a str s. */
export function emitStrMethod(h: EmitHost, e: A.Call, f: A.Attribute): string {
  const L = e.line;
  const self = h.expr(f.value);
  const str = (i: number) => h.expr(e.args[i]);
  const int = (i: number) => h.asInt(e.args[i]);
  const n = e.args.length;
  switch (f.attr) {
    case "format": {
      // a literal template: its fields are known here, each argument evaluated once, in order
      const fields = parseFormatTemplate((f.value as A.StrLit).value) as Exclude<ReturnType<typeof parseFormatTemplate>, string>;
      const vs = e.args.map(() => h.fresh("fa"));
      const decls = e.args.map((a, i) => `${h.cType(h.tyOf(a))} ${vs[i]} = ${h.expr(a)};`);
      const parts = fields.map((x) => typeof x === "string"
        ? `ep_buf_bytes(&_ff, ${cString(x)}, ${Buffer.byteLength(x, "utf8")});`
        : formatInto(h, "&_ff", vs[x.index], h.tyOf(e.args[x.index]), `EP_STR_LIT(${cString(x.spec)})`, x.conversion, L));
      return `({ ${decls.join(" ")} EP_BUF_LOCAL(_ff, 128); ${parts.join(" ")} ep_buf_take(&_ff); })`;
    }
    case "split": case "rsplit":
      return `ep_str_split_by(${self}, ${n > 0 ? str(0) : `EP_STR_LIT("")`}, ${n > 0 ? 1 : 0}, ${n > 1 ? int(1) : "-1"}, ${f.attr === "rsplit" ? 1 : 0}, ${L}, FN)`;
    case "splitlines": return `ep_str_splitlines(${self})`;
    case "strip": case "lstrip": case "rstrip": {
      const which = f.attr === "strip" ? 3 : f.attr === "lstrip" ? 1 : 2;
      return `ep_str_strip_by(${self}, ${n ? str(0) : `EP_STR_LIT("")`}, ${n ? 1 : 0}, ${which})`;
    }
    case "join": return `ep_str_join(${self}, ${seqList(h, e.args[0])})`;
    case "upper": case "lower": case "title": case "capitalize": case "swapcase": return `ep_str_${f.attr}(${self})`;
    case "isdigit": case "isalpha": case "isalnum": case "isspace": case "isupper": case "islower":
      return `ep_str_is(${self}, '${IS_KIND[f.attr]}')`;
    case "count": return `ep_str_count(${self}, ${str(0)})`;
    case "find": case "rfind": case "index": case "rindex": {
      const right = f.attr.startsWith("r") ? 1 : 0, raise = f.attr.endsWith("index") ? 1 : 0;
      return `ep_str_search(${self}, ${str(0)}, ${n > 1 ? int(1) : "0"}, ${n > 2 ? int(2) : "0"}, ${n > 1 ? 1 : 0}, ${n > 2 ? 1 : 0}, ${right}, ${raise}, ${L}, FN)`;
    }
    case "replace": return n === 3 ? `ep_str_replace_n(${self}, ${str(0)}, ${str(1)}, ${int(2)})` : `ep_str_replace(${self}, ${str(0)}, ${str(1)})`;
    case "startswith": case "endswith": return `ep_str_${f.attr}(${self}, ${str(0)})`;
    case "zfill": return `ep_str_zfill(${self}, ${int(0)})`;
    case "ljust": case "rjust": case "center": {
      const where = f.attr === "ljust" ? 0 : f.attr === "rjust" ? 1 : 2;
      return `ep_str_pad(${self}, ${int(0)}, ${n > 1 ? str(1) : `EP_STR_LIT(" ")`}, ${where}, ${L}, FN)`;
    }
  }
  throw h.err(f, `str.${f.attr}() is not supported natively yet`);
}

/** C of a call of a builtin typed by inferValues.ts (t: its type); undefined if not one. */
export function emitValueBuiltin(h: EmitHost, e: A.Call, name: string, t: Ty): string | undefined {
  const L = e.line;
  const int = (i: number) => h.asInt(e.args[i]);
  const dbl = (i: number) => h.dbl(e.args[i]);
  const n = e.args.length;
  switch (name) {
    case "format": {
      const v = h.fresh("fv"), t0 = h.tyOf(e.args[0]);
      const spec = n > 1 ? h.expr(e.args[1]) : `EP_STR_LIT("")`;
      return `({ ${h.cType(t0)} ${v} = ${h.expr(e.args[0])}; EP_BUF_LOCAL(_fm, 64); ${formatInto(h, "&_fm", v, t0, spec, null, L)} ep_buf_take(&_fm); })`;
    }
    case "tuple": {
      const a = e.args[0], T = h.cType(t), elts = (t as Ty & { k: "tuple" }).elts;
      if (a.kind === "List") return `((${T}){${a.elts.map((x) => h.expr(x)).join(", ")}})`;
      if (a.kind === "Str") return `((${T}){${Array.from(a.value).map((c) => `EP_STR_LIT(${cString(c)})`).join(", ")}})`;
      if (h.tyOf(a).k === "tuple") return h.expr(a);
      return `((${T}){${elts.map((_, i) => String(i)).join(", ")}})`; // tuple(range(n))
    }
    case "isinstance": {
      // bool is a subclass of int, as in Python
      const c = e.args[1];
      const names = (c.kind === "Tuple" ? c.elts : [c]).map((x) => (x as A.Name).id);
      const matches = (k: string) => names.includes(k) || (k === "bool" && names.includes("int"));
      const t0 = h.tyOf(e.args[0]);
      const v = h.fresh("iv");
      if (t0.k === "union" || t0.k === "opt") {
        const TAG: Record<string, string> = { int: "EP_ANY_INT", float: "EP_ANY_FLOAT", bool: "EP_ANY_BOOL", str: "EP_ANY_STR" };
        if (t0.k === "opt") return `({ ${h.cType(t0)} ${v} = ${h.expr(e.args[0])}; (ep_bool)(${v}.has && ${matches(t0.of.k) ? 1 : 0}); })`;
        const tests = Object.keys(TAG).filter(matches).map((k) => `${v}.tag == ${TAG[k]}`);
        return `({ ep_any ${v} = ${h.expr(e.args[0])}; (ep_bool)(${tests.join(" || ") || "0"}); })`;
      }
      return `((void)(${h.expr(e.args[0])}), (ep_bool)${matches(t0.k) ? 1 : 0})`;
    }
    case "input": return `ep_input(${n ? h.strOf(e.args[0]) : `EP_STR_LIT("")`}, ${L}, FN)`;
    case "hex": return `ep_int_radix(${int(0)}, 16)`;
    case "oct": return `ep_int_radix(${int(0)}, 8)`;
    case "bin": return `ep_int_radix(${int(0)}, 2)`;
    case "chr": return `ep_chr(${int(0)}, ${L}, FN)`;
    case "ord": return `ep_ord(${h.expr(e.args[0])}, ${L}, FN)`;
    case "divmod": {
      const a = h.fresh("a"), b = h.fresh("b");
      const T = h.cType(t);
      if ((t as Ty & { k: "tuple" }).elts[0].k === "int") {
        return `({ ep_int ${a} = ${int(0)}, ${b} = ${int(1)}; (${T}){ ep_floordiv(${a}, ${b}, ${L}, FN), ep_mod(${a}, ${b}, ${L}, FN) }; })`;
      }
      return `({ double ${a} = ${dbl(0)}, ${b} = ${dbl(1)}; (${T}){ (ep_float)ep_ffloordiv(${a}, ${b}, ${L}, FN), (ep_float)ep_fmod(${a}, ${b}, ${L}, FN) }; })`;
    }
    case "pow": return n === 3 ? `ep_powmod(${int(0)}, ${int(1)}, ${int(2)}, ${L}, FN)` : h.power(e, e.args[0], e.args[1]);
    case "reversed": return `ep_list_reversed(${seqList(h, e.args[0])})`;
  }
  const [mod, fn] = name.split(".");
  if (mod === "math") {
    switch (fn) {
      case "factorial": case "isqrt": return `ep_math_${fn}(${int(0)}, ${L}, FN)`;
      case "gcd": case "comb": return `ep_math_${fn}(${int(0)}, ${int(1)}, ${L}, FN)`;
      case "perm": {
        if (n === 2) return `ep_math_perm(${int(0)}, ${int(1)}, ${L}, FN)`;
        const k = h.fresh("n");
        return `({ ep_int ${k} = ${int(0)}; ep_math_perm(${k}, ${k}, ${L}, FN); })`;
      }
      case "isfinite": case "isinf": case "isnan": return `((ep_bool)(${fn}(${dbl(0)}) != 0))`;
      case "isclose": return `ep_math_isclose(${dbl(0)}, ${dbl(1)})`;
      case "modf": {
        const x = h.fresh("x"), i = h.fresh("i");
        return `({ double ${x} = ${dbl(0)}, ${i}; ${x} = modf(${x}, &${i}); (${h.cType(t)}){ (ep_float)${x}, (ep_float)${i} }; })`;
      }
      case "frexp": {
        const x = h.fresh("x"), i = h.fresh("i");
        return `({ int ${i}; double ${x} = frexp(${dbl(0)}, &${i}); (${h.cType(t)}){ (ep_float)${x}, (ep_int)${i} }; })`;
      }
      case "ldexp": {
        const x = h.fresh("x");
        return `({ double ${x} = ${dbl(0)}; (ep_float)ep_math_checked(ldexp(${x}, ${int(1)}), ${x}, ${L}, FN); })`;
      }
    }
  }
  if (mod === "random") {
    switch (fn) {
      case "choice": {
        const l = h.fresh("l");
        return `({ ep_list *${l} = ${seqList(h, e.args[0])}; EP_AT(${h.cType(t)}, ${l}, ep_random_choice_index(${l}->len, ${L}, FN)); })`;
      }
      case "shuffle": return `(ep_random_shuffle(${h.expr(e.args[0])}), (ep_none)0)`;
      case "sample": return `ep_random_sample(${seqList(h, e.args[0])}, ${int(1)}, ${L}, FN)`;
      case "getrandbits": return `ep_random_getrandbits(${int(0)}, ${L}, FN)`;
      case "gauss": return `ep_random_gauss(${n > 0 ? dbl(0) : "0.0"}, ${n > 1 ? dbl(1) : "1.0"})`;
      case "expovariate": return `ep_random_expovariate(${dbl(0)}, ${L}, FN)`;
    }
  }
  return undefined;
}
