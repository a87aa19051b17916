// The C back end: readable C from the typed AST (src/compiler/infer.ts).
//
// One C function per specialisation, named after the Python function and its
// argument types (`py_matmul__LLf_LLf_i`); `#line` directives map every statement
// back to the .py file. Python semantics stay: ints are checked (core.h ep_add...),
// list accesses are bounds-checked, except in innermost `for j in range(a, b)` loops
// whose subscripts `x[j + c]` are proven in range by one test before the loop (loop
// versioning: a checked copy of the loop runs when the test fails, so the error
// still comes from the right iteration). Expressions that need temporaries use GNU
// statement expressions `({ ... })` (GCC and Clang), which keeps the C close to the
// Python it comes from.

import type * as A from "../lang/ast.js";
import {
  BOOL, FLOAT, FSPEC_NUM, rootOnlyValue, STR, FSPEC_WIDTH, INT, MATH_CONSTS, describe, fallsThrough, isNum, listOf, mangle, nativeError, sameTy,
  type Program, type Spec, type Ty, enclosingSpec,
} from "../compiler/infer.js";
import { typeTestOf, typeTestResult } from "../compiler/typeTests.js";
import { nodeOrigin } from "../compiler/nativeModules.js";
import { type ArgSource, bindCall, higherOrderOf, lambdaDef, paramSlots, sortAsSorted, tupleElem, type BoundArg, type HigherOrder } from "../compiler/inferFunctions.js";
import {
  UNION_TYPEDEF, unionValue, cellAccess, envPrologue, envStruct, envType, extremeByKey, funcCType, hasEnv, KEYED_DECL, keyComparator, sortedByKey,
} from "./emitFunctions.js";
import { seedLiteral } from "../compiler/inferValues.js";
import { seedKeyFromFloat, seedKeyFromString } from "../vm/modules/mt19937.js";
import { emitSlice, emitStrMethod, emitValueBuiltin, formatInto, specCode, type EmitHost } from "./emitValues.js";

export interface EmitOptions {
  /** Core count an executable uses when not given --cores. */
  defaultCores?: number;
  /**
   * C text that replaces the program's `core_main` and `main` (src/native/service.ts:
   * the native offload service, whose cores run the module body, then serve kernels).
   */
  serviceMain?: string;
}

const C_RESERVED = /^(auto|break|case|char|const|continue|default|do|double|else|enum|extern|float|for|goto|if|inline|int|long|register|restrict|return|short|signed|sizeof|static|struct|switch|typedef|union|unsigned|void|volatile|while|main)$/;

interface Loop {
  /** Label to jump to on `break` when the loop has an `else` (null: plain break). */
  breakLabel: string | null;
}

interface Ctx {
  spec: Spec;
  /** Comprehension variables in scope: Python name -> C name. */
  comp: Map<string, string>[];
  loops: Loop[];
  /** Subscripts proven in range in the current (fast) loop version -> the C element access. */
  unchecked: Map<A.Subscript, string>;
}

export function emitC(prog: Program, opts: EmitOptions = {}): string {
  return new CEmitter(prog, opts).emit();
}

class CEmitter {
  private readonly mod: A.Module;
  private readonly typedefs: string[] = [];
  private readonly tupleNames = new Map<string, string>();
  private readonly helpers: string[] = [];
  private readonly helperNames = new Map<string, string>();
  private tmp = 0;
  /** Some value is one of several functions (its struct is declared only then). */
  private usesFunctionUnion = false;

  constructor(private readonly prog: Program, private readonly opts: EmitOptions) {
    this.mod = prog.analysis.ast;
  }

  private err(node: A.Node, msg: string): Error {
    return nativeError(this.mod, node, msg);
  }

  private fresh(base: string): string {
    return `_${base}${this.tmp++}`;
  }

  // ---------------------------------------------------------------- types

  cType(t: Ty): string {
    const plain = plainCType(t);
    if (plain !== null) return plain;
    switch (t.k) {
      case "tuple": return this.tupleType(t);
      case "func": return funcCType(t);
      case "funcs": this.usesFunctionUnion = true; return "ep_fnval";
      case "opt": return this.optType(t);
      case "union": return "ep_any";
      default: return "ep_none";
    }
  }

  private tupleType(t: Ty & { k: "tuple" }): string {
    const key = mangle(t);
    let name = this.tupleNames.get(key);
    if (!name) {
      const fields = t.elts.map((e, i) => `${this.cType(e)} f${i};`).join(" ");
      name = `ep_${key}`;
      this.tupleNames.set(key, name);
      this.typedefs.push(`typedef struct { ${fields} } ${name};`);
    }
    return name;
  }

  /** An optional value: `has` 0 is None, else the value is `v`. */
  private optType(t: Ty & { k: "opt" }): string {
    const key = mangle(t);
    let name = this.tupleNames.get(key);
    if (!name) {
      name = `ep_${key}`;
      this.tupleNames.set(key, name);
      this.typedefs.push(`typedef struct { ep_bool has; ${this.cType(t.of)} v; } ${name};`);
    }
    return name;
  }

  private zero(t: Ty): string {
    return t.k === "tuple" || t.k === "funcs" || t.k === "opt" || t.k === "union" ? `(${this.cType(t)}){0}` : t.k === "str" ? "EP_STR_LIT(\"\")" : t.k === "list" ? "NULL" : "0";
  }

  private tyOf(ctx: Ctx, e: A.Expr): Ty {
    const t = ctx.spec.exprs.get(e);
    if (!t) throw this.err(e, "cannot infer the type of this expression");
    return t;
  }

  // -------------------------------------------------------------- program

  emit(): string {
    const prog = this.prog;
    const file = this.mod.file;
    const bodies: string[] = [];
    const protos: string[] = [];
    for (const spec of prog.specs) {
      const sig = this.signature(spec);
      // `inline`: GCC's heuristics otherwise keep small checked functions (eval_A) out of
      // line in hot loops; the hint makes them as cheap as a C macro would be.
      protos.push(`static inline ${sig};`);
      bodies.push(this.func(spec, `__attribute__((hot)) static inline ${sig}`));
    }
    // Environments of functions that create closures: declared before every type that may point to one.
    const envSpecs = prog.specs.filter(hasEnv);
    const envDecls = envSpecs.map((s) => `typedef struct ${envType(s)} ${envType(s)};`);
    const envBodies = envSpecs.map((s) => envStruct(s, (t) => this.cType(t), (n) => this.localName(n)));
    const globals: string[] = [];
    for (const [name, t] of prog.main.vars) {
      if (prog.sharedGlobals.has(name)) globals.push(`static EP_TLS ${this.cType(t)} g_${name};`);
    }
    for (const [p, t] of prog.defaults) globals.push(`static EP_TLS ${this.cType(t)} ${this.defaultName(p)};`);
    // `hot`: GCC treats a function run once (the module body, called once per core) as
    // cold and does not vectorise or unswitch its loops; the program's loops are its
    // hot code, wherever they are.
    const main = this.func(prog.main, "__attribute__((hot)) static void py__module(void)");
    const cores = this.opts.defaultCores ?? 1;
    return [
      `/* Generated by ePython's native compiler from ${file}. Do not edit: rebuild instead. */`,
      `#include "core.h"`,
      ``,
      ...(this.usesFunctionUnion ? [UNION_TYPEDEF] : []),
      ...envDecls,
      ...this.typedefs,
      ...envBodies,
      ``,
      ...globals,
      ...protos,
      ...this.helpers,
      ``,
      ...bodies,
      main,
      ...(this.opts.serviceMain !== undefined ? [this.opts.serviceMain] : [
        `static int core_main(void) {`,
        `  py__module();`,
        `  return 0;`,
        `}`,
        ``,
        `/* OUT [--cores N] [--no-prefix] [--seed S] [args...]: the core count defaults to the build's. */`,
        `int main(int argc, char **argv) {`,
        `  int cores = ${cores}, prefix = 1;`,
        `  uint32_t seed = 0x9e3779b9u;`,
        `  int n = 1;`,
        `  for (; n < argc; n++) {`,
        `    if (!strcmp(argv[n], "--cores") && n + 1 < argc) cores = atoi(argv[++n]);`,
        `    else if (!strcmp(argv[n], "--no-prefix")) prefix = 0;`,
        `    else if (!strcmp(argv[n], "--seed") && n + 1 < argc) seed = (uint32_t)strtoul(argv[++n], NULL, 10);`,
        `    else if (!strcmp(argv[n], "--")) { n++; break; }`,
        `    else break;`,
        `  }`,
        `  if (cores < 1) { fputs("cores must be at least 1\\n", stderr); return 2; }`,
        `  ep_random_set_base(seed);`,
        `  argv[n - 1] = argv[0];`,
        `  return ep_run(cores, prefix, ${cString(file)}, core_main, argc - n + 1, argv + n - 1);`,
        `}`,
      ]),
      ``,
    ].join("\n").replace('#include "core.h"', '#include "core.h"\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>');
  }

  private defaultName(p: A.Param): string {
    return `dflt_${p.name}_${p.line}_${p.col}`;
  }

  private varName(ctx: Ctx, name: string): string {
    for (let i = ctx.comp.length - 1; i >= 0; i--) {
      const c = ctx.comp[i].get(name);
      if (c) return c;
    }
    const cell = cellAccess(ctx.spec, name, this.localName(name));
    if (cell) return cell;
    const isLocal = ctx.spec.def === null ? !this.prog.sharedGlobals.has(name) : ctx.spec.locals.has(name);
    if (isLocal) return this.localName(name);
    return `g_${name}`;
  }

  /** The C name of a Python local (and of an environment's field for it). */
  private localName(name: string): string {
    return C_RESERVED.test(name) ? `v_${name}_` : `v_${name}`;
  }

  private signature(spec: Spec): string {
    const ret = spec.ret && spec.ret.k !== "none" ? this.cType(spec.ret) : "void";
    const params = paramSlots(spec.def!).map((p) => `${this.cType(spec.vars.get(p.name)!)} ${this.localName(p.name)}`);
    // A nested function's specialisation receives its creator's environment first.
    if (spec.outer) params.unshift(`${envType(spec.outer)} *up`);
    return `${ret} ${spec.cName}(${params.join(", ") || "void"})`;
  }

  private func(spec: Spec, sig: string): string {
    const ctx: Ctx = { spec, comp: [], loops: [], unchecked: new Map() };
    const lines: string[] = [];
    const params = new Set(spec.def ? paramSlots(spec.def).map((p) => p.name) : []);
    const where = spec.def ?? this.mod;
    lines.push(`#line ${where.line} ${cString(nodeOrigin(where)?.file ?? this.mod.file)}`);
    lines.push(`${sig} {`);
    lines.push(`  static const char *const FN = ${cString(spec.pyName)};`);
    lines.push(`  (void)FN;`);
    if (hasEnv(spec)) lines.push(...envPrologue(spec, [...params], (n) => this.localName(n)));
    for (const [name, t] of spec.vars) {
      if (params.has(name)) continue;
      if (hasEnv(spec) && spec.cells.has(name)) continue; // lives in env
      if (spec.def === null && this.prog.sharedGlobals.has(name)) continue;
      lines.push(`  ${this.cType(t)} ${this.varName(ctx, name)} = ${this.zero(t)};`);
    }
    const body = spec.def ? spec.def.body : this.mod.body;
    lines.push(...this.block(ctx, body, "  "));
    if (spec.def && spec.ret && spec.ret.k !== "none") {
      if (fallsThrough(body)) throw this.err(spec.def, `function '${spec.pyName}' returns ${describe(spec.ret)} but can also reach its end (returning None)`);
      lines.push(`  __builtin_unreachable();`);
    }
    lines.push(`}`, ``);
    return lines.join("\n");
  }

  // ----------------------------------------------------------- statements

  private block(ctx: Ctx, body: A.Stmt[], ind: string): string[] {
    const out: string[] = [];
    for (const s of body) {
      out.push(`#line ${s.line} ${cString(nodeOrigin(s)?.file ?? this.mod.file)}`);
      out.push(...this.stmt(ctx, s, ind));
    }
    return out;
  }

  private stmt(ctx: Ctx, s: A.Stmt, ind: string): string[] {
    const L = s.line;
    switch (s.kind) {
      case "ExprStmt": {
        const e = s.value;
        return [`${ind}${this.expr(ctx, e, true)};`];
      }
      case "Assign": {
        if (s.targets.length === 1) return this.assign(ctx, s.targets[0], s.value, ind);
        const t = this.tyOf(ctx, s.value);
        const v = this.fresh("v");
        const out = [`${ind}{`, `${ind}  ${this.cType(t)} ${v} = ${this.expr(ctx, s.value)};`];
        for (const target of s.targets) out.push(...this.assignCode(ctx, target, v, t, ind + "  ", L));
        out.push(`${ind}}`);
        return out;
      }
      case "AugAssign": {
        const target = s.target;
        const tt = this.tyOf(ctx, target);
        const vt = this.tyOf(ctx, s.value);
        if (target.kind === "Name") {
          const name = this.varName(ctx, target.id);
          const varT = this.lookupVarType(ctx, target.id);
          const code = this.binCode(ctx, s, s.op, name, tt, this.expr(ctx, s.value), vt, s.value);
          return [`${ind}${name} = ${this.coerceCode(code.code, code.t, varT, s)};`];
        }
        const direct = target.kind === "Subscript" ? ctx.unchecked.get(target) : undefined;
        if (direct) {
          const et = (this.tyOf(ctx, (target as A.Subscript).value) as Ty & { k: "list" }).elem!;
          const code = this.binCode(ctx, s, s.op, direct, et, this.expr(ctx, s.value), vt, s.value);
          return [`${ind}${direct} = ${this.coerceCode(code.code, code.t, et, s)};`];
        }
        if (target.kind === "Subscript" && target.index.kind !== "Slice") {
          const ct = this.tyOf(ctx, target.value) as Ty & { k: "list" };
          const l = this.fresh("l");
          const k = this.fresh("k");
          const et = ct.elem!;
          const elem = `EP_AT(${this.cType(et)}, ${l}, ${k})`;
          const code = this.binCode(ctx, s, s.op, elem, et, this.expr(ctx, s.value), vt, s.value);
          return [
            `${ind}{`,
            `${ind}  ep_list *${l} = ${this.expr(ctx, target.value)};`,
            `${ind}  int32_t ${k} = ep_index(${l}, ${this.asInt(ctx, target.index)}, 1, ${L}, FN);`,
            `${ind}  ${elem} = ${this.coerceCode(code.code, code.t, et, s)};`,
            `${ind}}`,
          ];
        }
        throw this.err(s, "this augmented assignment target is not supported natively");
      }
      case "If": {
        const out = [`${ind}if (${this.truth(ctx, s.test)}) {`, ...this.block(ctx, s.body, ind + "  ")];
        if (s.orelse.length) out.push(`${ind}} else {`, ...this.block(ctx, s.orelse, ind + "  "));
        out.push(`${ind}}`);
        return out;
      }
      case "While": {
        const label = s.orelse.length ? this.fresh("brk") : null;
        ctx.loops.push({ breakLabel: label });
        const out = [`${ind}while (${this.truth(ctx, s.test)}) {`, ...this.block(ctx, s.body, ind + "  "), `${ind}}`];
        ctx.loops.pop();
        if (label) out.push(...this.block(ctx, s.orelse, ind), `${ind}${label}:;`);
        return out;
      }
      case "For": return this.forStmt(ctx, s, ind);
      case "Break": {
        const loop = ctx.loops[ctx.loops.length - 1];
        return [`${ind}${loop?.breakLabel ? `goto ${loop.breakLabel}` : "break"};`];
      }
      case "Continue": return [`${ind}continue;`];
      case "Pass": case "Global": case "Nonlocal": case "Import": case "ImportFrom": case "AnnotatedName": return [`${ind};`];
      case "Return": {
        const ret = ctx.spec.ret;
        if (!s.value || !ret || ret.k === "none") {
          return s.value ? [`${ind}${this.expr(ctx, s.value, true)};`, `${ind}return;`] : [`${ind}return;`];
        }
        return [`${ind}return ${this.exprAs(ctx, s.value, ret)};`];
      }
      case "FunctionDef": {
        const out: string[] = [];
        for (const p of paramSlots(s)) {
          if (p.param?.default) out.push(`${ind}${this.defaultName(p.param)} = ${this.expr(ctx, p.param.default)};`);
        }
        // A nested def binds its name to a closure over this call's environment.
        if (ctx.spec.def !== null) {
          const own: Ty = { k: "func", def: s, outer: ctx.spec };
          out.push(`${ind}${this.varName(ctx, s.name)} = ${this.coerceCode("env", own, this.lookupVarType(ctx, s.name), s)};`);
        }
        return out.length ? out : [`${ind}; /* def ${s.name} */`];
      }
      case "Assert": {
        const msg = s.msg ? this.strOf(ctx, s.msg) : null;
        return [
          `${ind}if (!(${this.truth(ctx, s.test)})) {`,
          msg ? `${ind}  ep_str _m = ${msg}; ep_fail("AssertionError", ${L}, FN, "%.*s", (int)_m.len, _m.data);` : `${ind}  ep_fail("AssertionError", ${L}, FN, "%s", "");`,
          `${ind}}`,
        ];
      }
      default:
        throw this.err(s, `the '${s.kind}' statement is not supported natively`);
    }
  }

  private lookupVarType(ctx: Ctx, name: string): Ty {
    const local = ctx.spec.def === null || ctx.spec.locals.has(name);
    const cell = local ? null : enclosingSpec(ctx.spec, name);
    const t = (local ? ctx.spec.vars : cell ? cell.vars : this.prog.main.vars).get(name);
    if (!t) throw new Error(`internal: no type for ${name}`);
    return t;
  }

  private assign(ctx: Ctx, target: A.Expr, value: A.Expr, ind: string): string[] {
    if (target.kind === "Name") {
      const varT = this.lookupVarType(ctx, target.id);
      if (varT.k === "builtin") return [`${ind}(void)0; /* ${target.id} = ${varT.name} */`];
      if (varT.k === "func" && !varT.outer) {
        // A module-level function value carries nothing; a lambda is still evaluated (it stores its defaults).
        if (value.kind === "Lambda") return [`${ind}(void)${this.expr(ctx, value)}; /* ${target.id} = lambda */`];
        return [`${ind}(void)0; /* ${target.id} = ${(value as A.Name).id ?? "function"} */`];
      }
      return [`${ind}${this.varName(ctx, target.id)} = ${this.exprAs(ctx, value, varT)};`];
    }
    const t = this.tyOf(ctx, value);
    const v = this.fresh("v");
    return [`${ind}{`, `${ind}  ${this.cType(t)} ${v} = ${this.expr(ctx, value)};`, ...this.assignCode(ctx, target, v, t, ind + "  ", value.line), `${ind}}`];
  }

  /** Stores the C value `code` of type t into a target pattern. */
  private assignCode(ctx: Ctx, target: A.Expr, code: string, t: Ty, ind: string, line: number): string[] {
    switch (target.kind) {
      case "Name": {
        const c = ctx.comp.length ? this.varName(ctx, target.id) : this.varName(ctx, target.id);
        const varT = ctx.comp.some((m) => m.has(target.id)) ? t : this.lookupVarType(ctx, target.id);
        if ((varT.k === "func" && !varT.outer) || varT.k === "builtin") return [];
        return [`${ind}${c} = ${this.coerceCode(code, t, varT, target)};`];
      }
      case "Tuple": case "List": {
        const out: string[] = [];
        if (t.k === "tuple") {
          target.elts.forEach((x, i) => out.push(...this.assignCode(ctx, x, `${code}.f${i}`, t.elts[i], ind, line)));
          return out;
        }
        if (t.k === "str") {
          const n = target.elts.length, sv = this.fresh("sv");
          out.push(`${ind}ep_str ${sv} = ${code};`);
          out.push(`${ind}if (ep_str_len(${sv}) != ${n}) ep_fail("ValueError", ${line}, FN, ep_str_len(${sv}) < ${n} ? "not enough values to unpack (expected ${n}, got %d)" : "too many values to unpack (expected ${n})", (int)ep_str_len(${sv}));`);
          target.elts.forEach((x, i) => out.push(...this.assignCode(ctx, x, `ep_str_index(${sv}, ${i}, ${line}, FN)`, STR, ind, line)));
          return out;
        }
        if (t.k === "list") {
          const n = target.elts.length;
          out.push(
            `${ind}if (${code}->len != ${n}) ep_fail("ValueError", ${line}, FN, ${code}->len < ${n} ? "not enough values to unpack (expected ${n}, got %d)" : "too many values to unpack (expected ${n})", (int)${code}->len);`,
          );
          target.elts.forEach((x, i) => out.push(...this.assignCode(ctx, x, `EP_AT(${this.cType(t.elem!)}, ${code}, ${i})`, t.elem!, ind, line)));
          return out;
        }
        throw this.err(target, `cannot unpack ${describe(t)}`);
      }
      case "Subscript": {
        if (target.index.kind === "Slice") {
          const sl = target.index;
          return [`${ind}ep_list_set_slice(${this.expr(ctx, target.value)}, ${sl.lower ? this.asInt(ctx, sl.lower) : 0}, ${sl.upper ? this.asInt(ctx, sl.upper) : 0}, ${sl.lower ? 1 : 0}, ${sl.upper ? 1 : 0}, ${code});`];
        }
        const lt = this.tyOf(ctx, target.value) as Ty & { k: "list" };
        const et = lt.elem!;
        const val = this.coerceCode(code, t, et, target);
        const direct = ctx.unchecked.get(target);
        if (direct) return [`${ind}${direct} = ${val};`];
        const l = this.fresh("l");
        return [
          `${ind}{`,
          `${ind}  ep_list *${l} = ${this.expr(ctx, target.value)};`,
          `${ind}  EP_AT(${this.cType(et)}, ${l}, ep_index(${l}, ${this.asInt(ctx, target.index)}, 1, ${line}, FN)) = ${val};`,
          `${ind}}`,
        ];
      }
      default:
        throw this.err(target, "this assignment target is not supported natively");
    }
  }

  // ------------------------------------------------------------- loops

  /**
   * The C loop header(s) over an iterable, binding each element with `bind(code, type)`.
   * Returns [open lines, close lines]. `range` with a literal step of ±1 or none
   * becomes a counted loop over int64 (no overflow; Python leaves the variable at the
   * last value, as this does).
   */
  private iterate(ctx: Ctx, it: A.Expr, bind: (code: string, t: Ty) => string[], ind: string): { open: string[]; close: string[]; range?: { lo: string; hi: string; k: string } } {
    const L = it.line;
    if (it.kind === "Call" && it.func.kind === "Name" && !ctx.spec.locals.has(it.func.id) && !this.prog.main.vars.has(it.func.id)) {
      const name = it.func.id;
      if (name === "range") {
        const args = it.args.map((a) => this.asInt(ctx, a));
        const [a, b, st] = args.length === 1 ? ["0", args[0], "1"] : args.length === 2 ? [args[0], args[1], "1"] : args;
        const lo = this.fresh("lo"), hi = this.fresh("hi"), k = this.fresh("k");
        const constStep = it.args.length < 3 ? 1 : this.prog.analysis.constants.get(it.args[2]);
        if (constStep === 1) {
          return {
            // k < hi <= INT32_MAX, so k++ never overflows: an int32 counter (which
            // GCC's vectoriser understands better than a truncated int64).
            open: [`${ind}{`, `${ind}  ep_int ${lo} = ${a}, ${hi} = ${b};`, `${ind}  for (ep_int ${k} = ${lo}; ${k} < ${hi}; ${k}++) {`, ...bind(k, INT).map((x) => `${ind}    ${x}`)],
            close: [`${ind}  }`, `${ind}}`],
            range: { lo, hi, k },
          };
        }
        const s = this.fresh("st");
        return {
          open: [
            `${ind}{`,
            `${ind}  ep_int ${lo} = ${a}, ${hi} = ${b}, ${s} = ${st};`,
            `${ind}  if (${s} == 0) ep_value_error("range() arg 3 must not be zero", ${L}, FN);`,
            `${ind}  for (int64_t ${k} = ${lo}; ${s} > 0 ? ${k} < ${hi} : ${k} > ${hi}; ${k} += ${s}) {`,
            ...bind(`(ep_int)${k}`, INT).map((x) => `${ind}    ${x}`),
          ],
          close: [`${ind}  }`, `${ind}}`],
        };
      }
      if (name === "enumerate" || name === "zip") {
        const srcs = it.args.map((a) => this.seqOf(ctx, a));
        const i = this.fresh("i"), n = this.fresh("n");
        const decl = srcs.map((s) => `${ind}  ${s.decl}`);
        const lens = srcs.map((s) => s.len);
        const elts = srcs.map((s) => s.at(i));
        const tys = srcs.map((s) => s.t);
        const tupleT: Ty = name === "enumerate" ? { k: "tuple", elts: [INT, tys[0]] } : { k: "tuple", elts: tys };
        const vals = name === "enumerate" ? [i, elts[0]] : elts;
        const tv = `((${this.cType(tupleT)}){${vals.join(", ")}})`;
        return {
          open: [
            `${ind}{`, ...decl,
            `${ind}  for (int32_t ${i} = 0; ; ${i}++) {`,
            `${ind}    int32_t ${n} = ${lens[0]};`,
            ...lens.slice(1).map((l) => `${ind}    if (${l} < ${n}) ${n} = ${l};`),
            `${ind}    if (${i} >= ${n}) break;`,
            ...bind(tv, tupleT).map((x) => `${ind}    ${x}`),
          ],
          close: [`${ind}  }`, `${ind}}`],
        };
      }
    }
    const s = this.seqOf(ctx, it);
    const i = this.fresh("i");
    return {
      open: [`${ind}{`, `${ind}  ${s.decl}`, `${ind}  for (int32_t ${i} = 0; ${i} < ${s.len}; ${i}++) {`, ...bind(s.at(i), s.t).map((x) => `${ind}    ${x}`)],
      close: [`${ind}  }`, `${ind}}`],
    };
  }

  /** A list or str held in a temporary, with its length and element access. */
  private seqOf(ctx: Ctx, e: A.Expr): { decl: string; len: string; at: (i: string) => string; t: Ty } {
    if (e.kind === "Call" && e.func.kind === "Name" && e.func.id === "range") {
      const t = listOf(INT);
      const v = this.fresh("r");
      const args = e.args.map((a) => this.asInt(ctx, a));
      const [a, b, st] = args.length === 1 ? ["0", args[0], "1"] : args.length === 2 ? [args[0], args[1], "1"] : args;
      return { decl: `ep_list *${v} = ep_range_list(${a}, ${b}, ${st}, ${e.line}, FN);`, len: `${v}->len`, at: (i) => `EP_AT(ep_int, ${v}, ${i})`, t: INT };
      void t;
    }
    const t = this.tyOf(ctx, e);
    const v = this.fresh("s");
    if (t.k === "list") {
      return { decl: `ep_list *${v} = ${this.expr(ctx, e)};`, len: `${v}->len`, at: (i) => `EP_AT(${this.cType(t.elem!)}, ${v}, ${i})`, t: t.elem! };
    }
    if (t.k === "str") {
      return { decl: `ep_str ${v} = ${this.expr(ctx, e)};`, len: `ep_str_len(${v})`, at: (i) => `ep_str_index(${v}, ${i}, ${e.line}, FN)`, t };
    }
    if (t.k === "tuple") {
      // A tuple's fields copied into a C array of their joined type, indexed by the loop.
      const et = tupleElem(t, (msg) => this.err(e, msg));
      const ct = this.cType(et), arr = this.fresh("a");
      const fields = t.elts.map((ft, i) => this.coerceCode(`${v}.f${i}`, ft, et, e));
      const decl = `${this.cType(t)} ${v} = ${this.expr(ctx, e)}; ${ct} ${arr}[${Math.max(1, t.elts.length)}] = {${fields.join(", ") || this.zero(et)}}; (void)${v};`;
      return { decl, len: String(t.elts.length), at: (i) => `${arr}[${i}]`, t: et };
    }
    throw this.err(e, `cannot iterate over ${describe(t)} natively`);
  }

  private forStmt(ctx: Ctx, s: A.For, ind: string): string[] {
    const label = s.orelse.length ? this.fresh("brk") : null;
    const bind = (code: string, t: Ty) => this.assignCode(ctx, s.target, code, t, "", s.line);
    const loop = this.iterate(ctx, s.iter, bind, ind);
    ctx.loops.push({ breakLabel: label });
    const proven = loop.range && s.target.kind === "Name" ? this.provableSubscripts(ctx, s, s.target.id) : null;
    let out: string[];
    if (proven && proven.subs.length && loop.range) {
      // Loop versioning: the fast copy runs when every x[j + c] stays inside x.
      const { lo, hi } = loop.range;
      const tests = proven.subs.map(({ list, off }) => `(int64_t)${lo} + ${off} >= 0 && (int64_t)${hi} - 1 + ${off} < ${list}->len`);
      // In the fast copy the lists' data pointers are loop invariants (nothing in the
      // body can resize or rebind them) and j + c cannot overflow (j + c < len).
      const ptrs = new Map<string, string>();
      const ptrDecls: string[] = [];
      const j = loop.range.k; // the counter: equal to the target in the fast copy (the body does not assign it)
      for (const sub of proven.nodes) {
        const list = this.varName(ctx, (sub.value as A.Name).id);
        const et = this.cType((this.tyOf(ctx, sub.value) as Ty & { k: "list" }).elem!);
        let p = ptrs.get(list);
        if (!p) {
          p = this.fresh("d");
          ptrs.set(list, p);
          ptrDecls.push(`${ind}    ${et} *${p} = (${et} *)${list}->data;`);
        }
        const off = this.offsetOf(sub.index as A.Expr, (s.target as A.Name).id)!;
        ctx.unchecked.set(sub, `${p}[${off === 0 ? j : `${j} + ${off}`}]`);
      }
      // A list stored into must not be another name of a list the loop also reads (the
      // same ep_list): then distinct lists have distinct buffers and the pointers can be
      // `restrict`, which lets the C compiler vectorise without its own overlap tests.
      const stored = new Set<string>();
      const noteStore = (t: A.Expr) => {
        if (t.kind === "Subscript" && t.value.kind === "Name") stored.add(this.varName(ctx, t.value.id));
        else if (t.kind === "Tuple" || t.kind === "List") t.elts.forEach(noteStore);
      };
      const walkStores = (body: A.Stmt[]) => body.forEach((st) => {
        if (st.kind === "Assign") st.targets.forEach(noteStore);
        else if (st.kind === "AugAssign") noteStore(st.target);
        else if (st.kind === "If") { walkStores(st.body); walkStores(st.orelse); }
      });
      walkStores(s.body);
      for (const w of stored) for (const other of ptrs.keys()) if (other !== w) tests.push(`${w} != ${other}`);
      for (let i = 0; i < ptrDecls.length; i++) ptrDecls[i] = ptrDecls[i].replace(" *_d", " *restrict _d");
      const fast = this.block(ctx, s.body, ind + "    ");
      for (const sub of proven.nodes) ctx.unchecked.delete(sub);
      const slow = this.block(ctx, s.body, ind + "    ");
      const open = loop.open;
      // open = [ "{", "ep_int lo = a, hi = b;", "for (...) {", binds... ]
      const header = open.slice(0, 2);
      const forLines = open.slice(2);
      // In the fast copy the target is a per-iteration constant shadowing the variable,
      // which gets its final value once after the loop (no break in this body): a value
      // live after the loop would keep the vectoriser away.
      const target = (s.target as A.Name).id;
      const intTarget = this.lookupVarType(ctx, target).k === "int";
      const fastFor = intTarget ? [forLines[0], `${ind}    const ep_int ${this.varName(ctx, target)} = ${loop.range.k};`] : forLines;
      const after = intTarget ? [`${ind}    ${this.varName(ctx, target)} = ${hi} - 1;`] : [];
      out = [
        ...header,
        `${ind}  if (EP_LIKELY(${lo} < ${hi} && ${tests.join(" && ")})) {`,
        ...ptrDecls,
        ...fastFor.map((x) => "  " + x), ...fast.map((x) => "  " + x), `${ind}    }`, ...after,
        `${ind}  } else {`,
        ...forLines.map((x) => "  " + x), ...slow.map((x) => "  " + x), `${ind}    }`,
        `${ind}  }`,
        `${ind}}`,
      ];
    } else {
      out = [...loop.open, ...this.block(ctx, s.body, ind + "    "), ...loop.close];
    }
    ctx.loops.pop();
    if (label) out.push(...this.block(ctx, s.orelse, ind), `${ind}${label}:;`);
    return out;
  }

  /**
   * In an innermost loop over `j`, the subscripts `x[j]`, `x[j + c]`, `x[j - c]` (x a
   * list variable not rebound in the loop) whose range can be tested once before the
   * loop. Only when the body cannot change a list's length or rebind j or x: no calls
   * except math functions, no nested loops, no assignment to j or x.
   */
  private provableSubscripts(ctx: Ctx, s: A.For, j: string): { subs: { list: string; off: number }[]; nodes: A.Subscript[] } | null {
    const assigned = new Set<string>();
    const subs: A.Subscript[] = [];
    let ok = true;
    const visitExpr = (e: A.Node) => {
      if (!ok) return;
      if (e.kind === "Call") {
        const f = e.func;
        const mathCall = f.kind === "Attribute" && f.value.kind === "Name" && f.value.id === "math";
        if (!mathCall) { ok = false; return; }
      }
      if (e.kind === "ListComp" || e.kind === "GeneratorExp" || e.kind === "Lambda") { ok = false; return; }
      if (e.kind === "Subscript") subs.push(e);
      for (const c of childrenOfExpr(e)) visitExpr(c);
    };
    const bindT = (t: A.Expr) => {
      if (t.kind === "Name") assigned.add(t.id);
      else if (t.kind === "Tuple" || t.kind === "List") t.elts.forEach(bindT);
      else visitExpr(t);
    };
    const visit = (body: A.Stmt[]) => {
      for (const st of body) {
        if (!ok) return;
        switch (st.kind) {
          case "Assign": st.targets.forEach(bindT); visitExpr(st.value); break;
          case "AugAssign": bindT(st.target); visitExpr(st.value); break;
          case "ExprStmt": visitExpr(st.value); break;
          case "If": visitExpr(st.test); visit(st.body); visit(st.orelse); break;
          case "Pass": case "Continue": case "AnnotatedName": break;
          default: ok = false;
        }
      }
    };
    visit(s.body);
    if (!ok || assigned.has(j)) return null;
    const res: { list: string; off: number }[] = [];
    const nodes: A.Subscript[] = [];
    const seen = new Set<string>();
    for (const sub of subs) {
      if (sub.value.kind !== "Name" || assigned.has(sub.value.id) || sub.index.kind === "Slice") continue;
      const t = ctx.spec.exprs.get(sub.value);
      if (!t || t.k !== "list") continue;
      const off = this.offsetOf(sub.index, j);
      if (off === null) continue;
      const list = this.varName(ctx, sub.value.id);
      nodes.push(sub);
      const key = `${list}:${off}`;
      if (!seen.has(key)) {
        seen.add(key);
        res.push({ list, off });
      }
    }
    return { subs: res, nodes };
  }

  /** c when e is `j`, `j + c` or `j - c` (c an int constant); null otherwise. */
  private offsetOf(e: A.Expr, j: string): number | null {
    if (e.kind === "Name" && e.id === j) return 0;
    if (e.kind === "BinOp" && (e.op === "+" || e.op === "-") && e.left.kind === "Name" && e.left.id === j) {
      const c = this.prog.analysis.constants.get(e.right);
      if (c === undefined) return null;
      return e.op === "+" ? c : -c;
    }
    return null;
  }

  // ---------------------------------------------------------- expressions

  /** The emitter bound to a function context, for emitValues.ts. */
  private host(ctx: Ctx): EmitHost {
    return {
      expr: (e) => this.expr(ctx, e),
      asInt: (e) => this.asInt(ctx, e),
      dbl: (e) => `(double)(${this.expr(ctx, e)})`,
      strOf: (e) => this.strOf(ctx, e),
      tyOf: (e) => this.tyOf(ctx, e),
      cType: (t) => this.cType(t),
      fresh: (b) => this.fresh(b),
      power: (node, a, b) => {
        const r = this.binCode(ctx, node, "**", this.expr(ctx, a), this.tyOf(ctx, a), this.expr(ctx, b), this.tyOf(ctx, b), b);
        return this.coerceCode(r.code, r.t, this.tyOf(ctx, node), node);
      },
      err: (node, msg) => this.err(node, msg),
      constant: (e) => this.prog.analysis.constants.get(e),
      appendText: (b, code, t, repr) => this.appendText(b, code, t, repr),
      fstring: (e) => this.fstring(ctx, e),
    };
  }

  /** `reverse=` of sort()/sorted(): reverses the sorted list l when true. */
  private reverseIf(ctx: Ctx, e: A.Call, l: string): string {
    const k = e.keywords.find((x) => x.name === "reverse");
    return k ? `if (${this.truth(ctx, k.value)}) ep_list_reverse(${l});` : "";
  }

  private asInt(ctx: Ctx, e: A.Expr): string {
    const t = this.tyOf(ctx, e);
    const c = this.expr(ctx, e);
    return t.k === "bool" ? `(ep_int)(${c})` : c;
  }

  /** C truth value of an expression (Python's truthiness). */
  private truth(ctx: Ctx, e: A.Expr): string {
    const t = this.tyOf(ctx, e);
    const c = this.expr(ctx, e);
    switch (t.k) {
      case "bool": return c;
      case "int": case "float": return `(${c}) != 0`;
      case "str": return `(${c}).len != 0`;
      case "list": return `ep_list_truth(${c})`;
      case "none": return `((void)(${c}), 0)`;
      case "tuple": return `((void)(${c}), ${t.elts.length ? 1 : 0})`; // a tuple's length is its type's
      case "opt": {
        const v = this.fresh("o");
        return `({ ${this.cType(t)} ${v} = ${c}; ${v}.has && ${this.truthOf(`${v}.v`, t.of)}; })`;
      }
      case "union": return this.truthOf(c, t);
      default: throw this.err(e, `${describe(t)} cannot be a condition natively`);
    }
  }

  /** The expression converted to type `want` (assignment, argument, return). */
  private exprAs(ctx: Ctx, e: A.Expr, want: Ty): string {
    const t = this.tyOf(ctx, e);
    if (sameTy(t, want)) return this.expr(ctx, e);
    if (want.k === "list" && t.k === "list") {
      // Only a fresh list may take another element type (nobody else sees it).
      if (e.kind === "List" || e.kind === "ListComp" || e.kind === "GeneratorExp") return this.listExpr(ctx, e, want);
      if (e.kind === "BinOp" && e.op === "*") {
        const [l, n] = this.tyOf(ctx, e.left).k === "list" ? [e.left, e.right] : [e.right, e.left];
        return `ep_list_repeat(${this.exprAs(ctx, l, want)}, ${this.asInt(ctx, n)}, ${e.line}, FN)`;
      }
      if (e.kind === "Call" && e.func.kind === "Name" && e.func.id === "list") return this.listExpr(ctx, e, want);
      throw this.err(e, `this is a ${describe(t)} where ${describe(want)} is needed; a list's element type cannot change (make the elements ${describe(want.elem)} from the start)`);
    }
    if (want.k === "tuple" && e.kind === "Tuple" && t.k === "tuple") {
      return `((${this.cType(want)}){${e.elts.map((x, i) => this.exprAs(ctx, x, want.elts[i])).join(", ")}})`;
    }
    return this.coerceCode(this.expr(ctx, e), t, want, e);
  }

  private coerceCode(code: string, t: Ty, want: Ty, node: A.Node): string {
    if (sameTy(t, want)) return code;
    if (want.k === "float" && isNum(t)) return `(ep_float)(${code})`;
    if (want.k === "int" && t.k === "bool") return `(ep_int)(${code})`;
    if (want.k === "list" && t.k === "list" && t.elem === null) return code;
    if (want.k === "list" && t.k === "none") return `((void)(${code}), (ep_list *)NULL)`;
    if (want.k === "funcs") return unionValue(code, t, want, (x) => this.fresh(x)) ?? (() => { throw this.err(node, `this is ${describe(t)} where ${describe(want)} is needed`); })();
    if (want.k === "union") return anyOf(code, t, (x, y, z) => this.coerceCode(x, y, z, node), (x) => this.cType(x), () => this.fresh("o"));
    if (want.k === "opt") {
      if (t.k === "none") return `((void)(${code}), (${this.cType(want)}){0})`;
      if (t.k !== "opt") return `((${this.cType(want)}){1, ${this.coerceCode(code, t, want.of, node)}})`;
      const o = this.fresh("o");
      return `({ ${this.cType(t)} ${o} = ${code}; (${this.cType(want)}){${o}.has, ${this.coerceCode(`${o}.v`, t.of, want.of, node)}}; })`;
    }
    throw this.err(node, `this is ${describe(t)} where ${describe(want)} is needed`);
  }

  /** Expression code; `stmt` when its value is discarded (void calls allowed). */
  expr(ctx: Ctx, e: A.Expr, stmt = false): string {
    const L = e.line;
    switch (e.kind) {
      case "Int": return intLit(e.value);
      case "Float": return floatLit(e.value);
      case "Str": return `EP_STR_LIT(${cString(e.value)})`;
      case "Const": return e.value === null ? "((ep_none)0)" : e.value ? "1" : "0";
      case "Name": {
        const t = this.tyOf(ctx, e);
        const bound = ctx.comp.some((m) => m.has(e.id)) || ctx.spec.vars.has(e.id) || this.prog.main.vars.has(e.id)
          || (ctx.spec.def !== null && enclosingSpec(ctx.spec, e.id) !== null);
        // A closure is the environment pointer its variable holds; other function values carry nothing.
        if (t.k === "func" && t.outer && bound) return this.varName(ctx, e.id);
        if (t.k === "func" || t.k === "builtin" || t.k === "module") return "((ep_none)0)";
        if (!bound && MATH_CONSTS.has(e.id)) return mathConst(e.id); // from math import pi
        // a variable of optional type narrowed to its value (`if x is None: break` before)
        if (bound && t.k !== "opt" && !ctx.comp.some((m) => m.has(e.id)) && this.lookupVarType(ctx, e.id).k === "opt") return `${this.varName(ctx, e.id)}.v`;
        return this.varName(ctx, e.id);
      }
      case "BinOp": {
        const folded = this.prog.analysis.constants.get(e);
        if (folded !== undefined && this.tyOf(ctx, e).k === "int") return intLit(folded);
        if (e.op === "%" && this.tyOf(ctx, e.left).k === "str") return this.percent(ctx, e);
        const r = this.binCode(ctx, e, e.op, this.expr(ctx, e.left), this.tyOf(ctx, e.left), this.expr(ctx, e.right), this.tyOf(ctx, e.right), e.right);
        return this.coerceCode(r.code, r.t, this.tyOf(ctx, e), e);
      }
      case "UnaryOp": {
        const t = this.tyOf(ctx, e.operand);
        if (e.op === "not") return `(!(${this.truth(ctx, e.operand)}))`;
        const folded = this.prog.analysis.constants.get(e);
        if (folded !== undefined) return intLit(folded);
        const c = this.expr(ctx, e.operand);
        if (e.op === "+") return t.k === "bool" ? `(ep_int)(${c})` : c;
        if (e.op === "~") return `(~(ep_int)(${c}))`;
        if (t.k === "float") return `(-(${c}))`;
        return `ep_neg((ep_int)(${c}), ${L}, FN)`;
      }
      case "BoolOp": {
        const t = this.tyOf(ctx, e);
        if (t.k === "bool") return `(${e.values.map((v) => this.expr(ctx, v)).join(e.op === "and" ? " && " : " || ")})`;
        // value-returning: a and b = (truth(a) ? b : a)
        let acc = this.exprAs(ctx, e.values[e.values.length - 1], t);
        for (let i = e.values.length - 2; i >= 0; i--) {
          const v = this.fresh("b");
          const tr = this.truthOf(v, t);
          acc = `({ ${this.cType(t)} ${v} = ${this.exprAs(ctx, e.values[i], t)}; ${e.op === "and" ? `${tr} ? (${acc}) : ${v}` : `${tr} ? ${v} : (${acc})`}; })`;
        }
        return acc;
      }
      case "Compare": {
        // `type(v) is T`: decided by v's static type.
        const tt = typeTestOf(e);
        if (tt) return `((void)(${this.expr(ctx, tt.value)}), ${typeTestResult(tt, this.tyOf(ctx, tt.value)) ? 1 : 0})`;
        return this.compare(ctx, e);
      }
      case "IfExp": {
        const t = this.tyOf(ctx, e);
        return `(${this.truth(ctx, e.test)} ? ${this.exprAs(ctx, e.body, t)} : ${this.exprAs(ctx, e.orelse, t)})`;
      }
      case "List": case "ListComp": case "GeneratorExp": return this.listExpr(ctx, e, this.tyOf(ctx, e));
      case "Tuple": {
        const t = this.tyOf(ctx, e);
        return `((${this.cType(t)}){${e.elts.map((x) => this.expr(ctx, x)).join(", ")}})`;
      }
      case "Subscript": return this.subscript(ctx, e);
      case "Call": return this.call(ctx, e, stmt);
      case "FString": return this.fstring(ctx, e);
      case "Attribute": {
        const t = this.tyOf(ctx, e);
        if (t.k === "float" && e.value.kind === "Name" && MATH_CONSTS.has(e.attr)) return mathConst(e.attr);
        return "((ep_none)0)";
      }
      case "Lambda": {
        // Creating a lambda: its (constant) defaults are stored, its value is this call's environment.
        const sets = paramSlots(lambdaDef(e)).filter((p) => p.param?.default)
          .map((p) => `${this.defaultName(p.param!)} = ${this.expr(ctx, p.param!.default!)}, `);
        const t = this.tyOf(ctx, e) as Ty & { k: "func" };
        return `(${sets.join("")}${t.outer ? "env" : "((ep_none)0)"})`;
      }
      default:
        throw this.err(e, `this expression (${e.kind}) is not supported natively`);
    }
  }

  private truthOf(v: string, t: Ty): string {
    switch (t.k) {
      case "str": return `(${v}.len != 0)`;
      case "list": return `ep_list_truth(${v})`;
      case "none": return "0";
      case "tuple": return t.elts.length ? "1" : "0";
      case "opt": return `(${v}.has && ${this.truthOf(`${v}.v`, t.of)})`;
      case "union": {
        const a = this.fresh("a");
        return `({ ep_any ${a} = ${v}; ${a}.tag == EP_ANY_INT ? ${a}.i != 0 : ${a}.tag == EP_ANY_FLOAT ? ${a}.f != 0 : ${a}.tag == EP_ANY_BOOL ? ${a}.b != 0 : ${a}.tag == EP_ANY_STR ? ${a}.s.len != 0 : 0; })`;
      }
      default: return `(${v} != 0)`;
    }
  }

  /** `a op b` on C operands of types lt, rt: the code and its type. */
  private binCode(ctx: Ctx, node: A.Node, op: A.BinaryOperator, a: string, lt: Ty, b: string, rt: Ty, rightExpr: A.Expr): { code: string; t: Ty } {
    const L = node.line;
    if (lt.k === "opt" || rt.k === "opt") {
      // None as an operand: the interpreter's TypeError
      const msg = `unsupported operand type(s) for ${op}: '${pyTypeName(lt)}' and '${pyTypeName(rt)}'`;
      const [a2, lt2] = lt.k === "opt" ? [this.unwrap(a, lt, L, msg), lt.of] : [a, lt];
      const [b2, rt2] = rt.k === "opt" ? [this.unwrap(b, rt, L, msg), rt.of] : [b, rt];
      return this.binCode(ctx, node, op, a2, lt2, b2, rt2, rightExpr);
    }
    if (isNum(lt) && isNum(rt)) {
      const lf = lt.k === "float", rf = rt.k === "float";
      const ai = lt.k === "bool" ? `(ep_int)(${a})` : a;
      const bi = rt.k === "bool" ? `(ep_int)(${b})` : b;
      if (lf || rf || op === "/") {
        const both = lf && rf;
        const da = `(double)(${a})`, db = `(double)(${b})`;
        const r = (c: string) => ({ code: `((ep_float)${c})`, t: FLOAT });
        switch (op) {
          case "+": case "-": case "*":
            return both ? { code: `(${a} ${op} ${b})`, t: FLOAT } : r(`(${da} ${op} ${db})`);
          case "/":
            if (both) return { code: `ep_fdiv_f(${a}, ${b}, ${L}, FN)`, t: FLOAT };
            if (!lf && !rf) return r(`ep_idiv(${ai}, ${bi}, ${L}, FN)`);
            return r(`ep_fdiv(${da}, ${db}, ${L}, FN)`);
          case "//": return r(`ep_ffloordiv(${da}, ${db}, ${L}, FN)`);
          case "%": return r(`ep_fmod(${da}, ${db}, ${L}, FN)`);
          case "**": return r(`ep_fpow(${da}, ${db}, ${L}, FN)`);
          default: throw this.err(node, `'${op}' needs ints`);
        }
      }
      switch (op) {
        case "+": return { code: `ep_add(${ai}, ${bi}, ${L}, FN)`, t: INT };
        case "-": return { code: `ep_sub(${ai}, ${bi}, ${L}, FN)`, t: INT };
        case "*": return { code: `ep_mul(${ai}, ${bi}, ${L}, FN)`, t: INT };
        case "//": return { code: `ep_floordiv(${ai}, ${bi}, ${L}, FN)`, t: INT };
        case "%": return { code: `ep_mod(${ai}, ${bi}, ${L}, FN)`, t: INT };
        case "**": {
          const c = this.prog.analysis.constants.get(rightExpr);
          if (c !== undefined && c < 0) return { code: `((ep_float)ep_fpow((double)(${ai}), (double)(${bi}), ${L}, FN))`, t: FLOAT };
          return { code: `ep_ipow(${ai}, ${bi}, ${L}, FN)`, t: INT };
        }
        case "<<": return { code: `ep_lshift(${ai}, ${bi}, ${L}, FN)`, t: INT };
        case ">>": return { code: `ep_rshift(${ai}, ${bi}, ${L}, FN)`, t: INT };
        case "&": case "|": case "^":
          if (lt.k === "bool" && rt.k === "bool") return { code: `((ep_bool)(${a} ${op} ${b}))`, t: BOOL };
          return { code: `(${ai} ${op} ${bi})`, t: INT };
        default: throw this.err(node, `operator '${op}' is not supported natively`);
      }
    }
    if (lt.k === "tuple" || rt.k === "tuple") {
      // concatenation and repetition: a new shape (inference computed it)
      const res = (node.kind === "BinOp" ? this.tyOf(ctx, node) : this.tyOf(ctx, (node as A.AugAssign).target)) as Ty & { k: "tuple" };
      const x = this.fresh("x"), y = this.fresh("y");
      const fields = op === "+"
        ? [...(lt as Ty & { k: "tuple" }).elts.map((_, i) => `${x}.f${i}`), ...(rt as Ty & { k: "tuple" }).elts.map((_, i) => `${y}.f${i}`)]
        : res.elts.map((_, i) => `${lt.k === "tuple" ? x : y}.f${i % (lt.k === "tuple" ? lt : rt as Ty & { k: "tuple" }).elts.length}`);
      return { code: `({ ${this.cType(lt)} ${x} = ${a}; ${this.cType(rt)} ${y} = ${b}; (void)${x}; (void)${y}; (${this.cType(res)}){${fields.join(", ")}}; })`, t: res };
    }
    if (op === "+" && lt.k === "str") return { code: `ep_str_concat(${a}, ${b})`, t: lt };
    if (op === "+" && lt.k === "list") return { code: `ep_list_concat(${a}, ${b})`, t: lt };
    if (op === "*" && lt.k === "list") return { code: `ep_list_repeat(${a}, (ep_int)(${b}), ${L}, FN)`, t: lt };
    if (op === "*" && rt.k === "list") return { code: `ep_list_repeat(${b}, (ep_int)(${a}), ${L}, FN)`, t: rt };
    if (op === "*" && lt.k === "str") return { code: `ep_str_repeat(${a}, (ep_int)(${b}), ${L}, FN)`, t: lt };
    if (op === "*" && rt.k === "str") return { code: `ep_str_repeat(${b}, (ep_int)(${a}), ${L}, FN)`, t: rt };
    void ctx;
    throw this.err(node, `unsupported operand types for ${op}: ${describe(lt)} and ${describe(rt)}`);
  }

  /** C of Python's three-way order of a and b (numbers, strs, tuples of them): -1, 0 or 1. */
  private cmpCode(a: string, at: Ty, b: string, bt: Ty): string {
    if (at.k === "str") return `ep_str_cmp(${a}, ${b})`;
    if (at.k === "tuple" && bt.k === "tuple") {
      const x = this.fresh("x"), y = this.fresh("y"), c = this.fresh("c");
      const n = Math.min(at.elts.length, bt.elts.length);
      const steps = Array.from({ length: n }, (_, i) => `if (!${c}) ${c} = ${this.cmpCode(`${x}.f${i}`, at.elts[i], `${y}.f${i}`, bt.elts[i])};`);
      return `({ ${this.cType(at)} ${x} = ${a}; ${this.cType(bt)} ${y} = ${b}; (void)${x}; (void)${y}; int ${c} = 0; ${steps.join(" ")} if (!${c}) ${c} = ${at.elts.length > bt.elts.length ? 1 : at.elts.length < bt.elts.length ? -1 : 0}; ${c}; })`;
    }
    return `(((double)(${a}) > (double)(${b})) - ((double)(${a}) < (double)(${b})))`;
  }

  /** ep_list_sort_by's comparator for a list of element type t (a generated function). */
  private sortCmp(t: Ty): string {
    const key = `cmp_${mangle(t)}`;
    if (!this.helperNames.has(key)) {
      this.helperNames.set(key, key);
      const ct = this.cType(t);
      this.helpers.push(`static int ${key}(const void *pa, const void *pb) { ${ct} a = *(const ${ct} *)pa, b = *(const ${ct} *)pb; return ${this.cmpCode("a", t, "b", t)}; }`);
    }
    return key;
  }

  /** Sorts list l of element type t in place (numbers and strs: the runtime's sort). */
  private sortCode(l: string, t: Ty): string {
    return t.k === "tuple" ? `ep_list_sort_by(${l}, ${this.sortCmp(t)});` : `ep_list_sort(${l}, ${sortKind(t)});`;
  }

  /** The value of optional `code`, raising TypeError(msg) when it is None. */
  private unwrap(code: string, t: Ty & { k: "opt" }, line: number, msg: string): string {
    const o = this.fresh("o");
    return `({ ${this.cType(t)} ${o} = ${code}; if (!${o}.has) ep_fail("TypeError", ${line}, FN, "%s", ${cString(msg)}); ${o}.v; })`;
  }

  private compare(ctx: Ctx, e: A.Compare): string {
    const operands = [e.left, ...e.comparators];
    const tys = operands.map((o) => this.tyOf(ctx, o));
    const one = (op: A.CompareOperator, a: string, at: Ty, b: string, bt: Ty, node: A.Expr): string => {
      if (at.k === "union" || bt.k === "union") {
        const [u, other, ot] = at.k === "union" ? [a, b, bt] : [b, a, at];
        const v = this.fresh("a"), w = this.fresh("w");
        const eq = op === "==" || op === "is";
        let test: string;
        if (ot.k === "none") test = `${v}.tag == EP_ANY_NONE`;
        else if (ot.k === "str") test = `(${v}.tag == EP_ANY_STR && ep_str_eq(${v}.s, ${w}))`;
        else if (ot.k === "union") test = `ep_any_same(${v}, ${w})`;
        else test = `ep_any_eq_num(${v}, (double)${w})`;
        return `({ ep_any ${v} = ${u}; ${this.cType(ot)} ${w} = ${other}; (void)${w}; ${eq ? "" : "!"}(${test}); })`;
      }
      if (at.k === "opt" || bt.k === "opt") {
        const eq = op === "is" || op === "==";
        if (at.k === "none" || bt.k === "none") return at.k === "opt" ? `((void)(${b}), (${a}).has ${eq ? "==" : "!="} 0)` : `((void)(${a}), (${b}).has ${eq ? "==" : "!="} 0)`;
        if (op === "is" || op === "is not") throw this.err(node, "'is' is only supported with None natively");
        const [o, ot, other, otherT, left] = at.k === "opt" ? [a, at, b, bt, true] : [b, bt as Ty & { k: "opt" }, a, at, false];
        const v = this.fresh("o"), w = this.fresh("w");
        const decl = `${this.cType(ot)} ${v} = ${o}; ${this.cType(otherT)} ${w} = ${other};`;
        const inner = (x: string) => (left ? one(op, x, ot.of, w, otherT, node) : one(op, w, otherT, x, ot.of, node));
        if (op === "==") return `({ ${decl} ${v}.has && ${inner(`${v}.v`)}; })`;
        if (op === "!=") return `({ ${decl} !${v}.has || ${inner(`${v}.v`)}; })`;
        const msg = `'${op}' not supported between instances of '${pyTypeName(at)}' and '${pyTypeName(bt)}'`;
        return `({ ${decl} ${inner(this.unwrap(v, ot, node.line, msg))}; })`;
      }
      if (bt.k === "tuple" && (op === "in" || op === "not in")) {
        const x = this.fresh("x"), tv = this.fresh("tv");
        const tests = bt.elts.map((et, i) => one("==", x, at, `${tv}.f${i}`, et, node));
        return `({ ${this.cType(at)} ${x} = ${a}; ${this.cType(bt)} ${tv} = ${b}; (void)${x}; (void)${tv}; ${op === "not in" ? "!" : ""}(${tests.join(" || ") || "0"}); })`;
      }
      if (at.k === "tuple" && bt.k === "tuple") return `(${this.cmpCode(a, at, b, bt)} ${op} 0)`;
      if (at.k === "list" && bt.k === "list" && (op === "is" || op === "is not")) return `((${a}) ${op === "is" ? "==" : "!="} (${b}))`;
      if (at.k === "list" && bt.k === "list" && op !== "==" && op !== "!=" && op !== "in" && op !== "not in") {
        return `(ep_list_cmp(${a}, ${b}, ${sortKind(at.elem ?? bt.elem ?? INT)}) ${op} 0)`;
      }
      if ((at.k === "none" && bt.k === "list") || (at.k === "list" && bt.k === "none")) {
        const l = at.k === "list" ? a : b;
        const eq = op === "is" || op === "==";
        return `((${l}) ${eq ? "==" : "!="} NULL)`;
      }
      if (op === "is" || op === "is not" || at.k === "none" || bt.k === "none") {
        const same = at.k === "none" && bt.k === "none";
        const eq = op === "is" || op === "==";
        return `((void)(${a}), (void)(${b}), ${same === eq ? 1 : 0})`;
      }
      if (op === "in" || op === "not in") {
        const neg = op === "not in" ? "!" : "";
        if (bt.k === "str") return `${neg}ep_str_contains(${b}, ${a})`;
        const et = (bt as Ty & { k: "list" }).elem ?? INT;
        const l = this.fresh("l"), i = this.fresh("i"), x = this.fresh("x"), f = this.fresh("f");
        const eq = et.k === "str" ? `ep_str_eq(EP_AT(ep_str, ${l}, ${i}), ${x})` : `(double)EP_AT(${this.cType(et)}, ${l}, ${i}) == (double)${x}`;
        return `${neg}({ ep_list *${l} = ${b}; ${this.cType(at)} ${x} = ${a}; int ${f} = 0; for (int32_t ${i} = 0; ${i} < ${l}->len; ${i}++) if (${eq}) { ${f} = 1; break; } ${f}; })`;
      }
      const cop = op;
      if (at.k === "list" && bt.k === "list") {
        // element-wise ==, as Python (numbers compare by value, strs by text)
        const ea = at.elem ?? INT, eb = bt.elem ?? INT;
        const x = this.fresh("x"), y = this.fresh("y"), i = this.fresh("i"), r = this.fresh("r");
        const elemEq = ea.k === "str" ? `ep_str_eq(EP_AT(ep_str, ${x}, ${i}), EP_AT(ep_str, ${y}, ${i}))`
          : `(double)EP_AT(${this.cType(ea)}, ${x}, ${i}) == (double)EP_AT(${this.cType(eb)}, ${y}, ${i})`;
        const eq = `({ ep_list *${x} = ${a}, *${y} = ${b}; int ${r} = !${x} || !${y} ? ${x} == ${y} : ${x}->len == ${y}->len; if (${x} && ${y}) for (int32_t ${i} = 0; ${r} && ${i} < ${x}->len; ${i}++) ${r} = ${elemEq}; ${r}; })`;
        return op === "==" ? eq : `(!${eq})`;
      }
      if (at.k === "str") {
        if (op === "==") return `ep_str_eq(${a}, ${b})`;
        if (op === "!=") return `(!ep_str_eq(${a}, ${b}))`;
        return `(ep_str_cmp(${a}, ${b}) ${cop} 0)`;
      }
      if (at.k === bt.k) return `(${a} ${cop} ${b})`;
      void node;
      return `((double)(${a}) ${cop} (double)(${b}))`;
    };
    if (e.ops.length === 1) {
      return one(e.ops[0], this.expr(ctx, e.left), tys[0], this.expr(ctx, e.comparators[0]), tys[1], e);
    }
    // a < b < c: each operand evaluated once, left to right, short-circuit.
    const vars = operands.map(() => this.fresh("c"));
    let code = "";
    const parts: string[] = [];
    for (let i = 0; i < e.ops.length; i++) {
      parts.push(one(e.ops[i], vars[i], tys[i], vars[i + 1], tys[i + 1], e));
    }
    // Declare lazily: operand i+1 is evaluated only if the previous tests passed.
    code = `({ ${this.cType(tys[0])} ${vars[0]} = ${this.expr(ctx, operands[0])}; int _r = 0; do {`;
    for (let i = 0; i < e.ops.length; i++) {
      code += ` ${this.cType(tys[i + 1])} ${vars[i + 1]} = ${this.expr(ctx, operands[i + 1])}; if (!(${parts[i]})) break;`;
    }
    code += ` _r = 1; } while (0); _r; })`;
    return code;
  }

  private subscript(ctx: Ctx, e: A.Subscript): string {
    const ct = this.tyOf(ctx, e.value);
    const L = e.line;
    if (e.index.kind === "Slice") return emitSlice(this.host(ctx), e);
    if (ct.k === "tuple") {
      const k = this.prog.analysis.constants.get(e.index)!;
      return `(${this.expr(ctx, e.value)}).f${k < 0 ? k + ct.elts.length : k}`;
    }
    if (ct.k === "str") return `ep_str_index(${this.expr(ctx, e.value)}, ${this.asInt(ctx, e.index)}, ${L}, FN)`;
    const et = this.cType((ct as Ty & { k: "list" }).elem!);
    const direct = ctx.unchecked.get(e);
    if (direct) return direct;
    if (e.value.kind === "Name") {
      const l = this.expr(ctx, e.value);
      return `EP_AT(${et}, ${l}, ep_index(${l}, ${this.asInt(ctx, e.index)}, 0, ${L}, FN))`;
    }
    const l = this.fresh("l");
    return `({ ep_list *${l} = ${this.expr(ctx, e.value)}; EP_AT(${et}, ${l}, ep_index(${l}, ${this.asInt(ctx, e.index)}, 0, ${L}, FN)); })`;
  }

  /** A fresh list (literal, comprehension, list(iterable)) with element type want.elem. */
  private listExpr(ctx: Ctx, e: A.Expr, want: Ty): string {
    if (want.k !== "list") throw this.err(e, "internal: not a list");
    const et = want.elem ?? INT;
    const ct = this.cType(et);
    const r = this.fresh("r");
    if (e.kind === "List") {
      const sets = e.elts.map((x, i) => `EP_AT(${ct}, ${r}, ${i}) = ${this.exprAs(ctx, x, et)};`);
      return `({ ep_list *${r} = ep_list_new(${e.elts.length}, sizeof(${ct})); ${sets.join(" ")} ${r}; })`;
    }
    if (e.kind === "Call") {
      // list(iterable)
      const lines = this.loopInto(ctx, [{ target: null, iter: e.args[0], ifs: [] }], (code, t) => [`*(${ct} *)ep_list_push(${r}) = ${this.coerceCode(code, t, et, e)};`]);
      return `({ ep_list *${r} = ep_list_new(0, sizeof(${ct})); ${lines.join(" ")} ${r}; })`;
    }
    if (e.kind === "ListComp" || e.kind === "GeneratorExp") {
      const lines = this.comprehension(ctx, e, (c) => [`*(${ct} *)ep_list_push(${r}) = ${this.exprAs(c, e.elt, et)};`]);
      return `({ ep_list *${r} = ep_list_new(0, sizeof(${ct})); ${lines.join(" ")} ${r}; })`;
    }
    throw this.err(e, "internal: not a list expression");
  }

  /** Loops of a comprehension, with the element statement(s) from `inner`. */
  private comprehension(ctx: Ctx, e: A.ListComp | A.GeneratorExp, inner: (c: Ctx) => string[]): string[] {
    const c: Ctx = { ...ctx, comp: [...ctx.comp], unchecked: new Map() };
    const build = (gi: number): string[] => {
      if (gi === e.generators.length) return inner(c);
      const g = e.generators[gi];
      const names = new Map<string, string>();
      const decls: string[] = [];
      const declare = (t: A.Expr, ty: Ty) => {
        if (t.kind === "Name") {
          const cn = this.fresh(`c_${t.id}_`);
          names.set(t.id, cn);
          decls.push(`${this.cType(ty)} ${cn};`);
        } else if ((t.kind === "Tuple" || t.kind === "List") && ty.k === "tuple") t.elts.forEach((x, i) => declare(x, ty.elts[i]));
        else if ((t.kind === "Tuple" || t.kind === "List") && ty.k === "list") t.elts.forEach((x) => declare(x, ty.elem!));
        else throw this.err(t, "this comprehension target is not supported natively");
      };
      const loop = this.iterate(c, g.iter, (code, ty) => {
        declare(g.target, ty);
        c.comp.push(names);
        const a = this.assignCode(c, g.target, code, ty, "", g.line);
        c.comp.pop();
        return [...decls, ...a];
      }, "");
      c.comp.push(names);
      const conds = g.ifs.map((x) => this.truth(c, x));
      const body = build(gi + 1);
      c.comp.pop();
      const guarded = conds.length ? [`if (${conds.join(" && ")}) {`, ...body, `}`] : body;
      return [...loop.open, ...guarded, ...loop.close];
    };
    return build(0);
  }

  /** Loops over plain iterables (list(), sum(), min()/max() of one iterable). */
  private loopInto(ctx: Ctx, gens: { target: null; iter: A.Expr; ifs: A.Expr[] }[], inner: (code: string, t: Ty) => string[]): string[] {
    const g = gens[0];
    const v = this.fresh("e");
    let elemT: Ty = INT;
    const loop = this.iterate(ctx, g.iter, (code, t) => {
      elemT = t;
      return [`${this.cType(t)} ${v} = ${code};`];
    }, "");
    return [...loop.open, ...inner(v, elemT), ...loop.close];
  }

  // ----------------------------------------------------------------- calls

  private call(ctx: Ctx, e: A.Call, stmt: boolean): string {
    const L = e.line;
    // One member of a call through a value of several functions (unionCall): taken
    // here, before the arguments are emitted (they may contain calls of their own).
    const member = this.member;
    this.member = null;
    if (!member) {
      const hof = higherOrderOf(e);
      if (hof) return this.higherOrder(ctx, hof, L);
      const members = ctx.spec.unionCalls.get(e);
      if (members) return this.unionCall(ctx, e, members, stmt);
    }
    if (e.func.kind === "Attribute") {
      const rt = ctx.spec.exprs.get(e.func.value);
      if (rt && rt.k === "list") return this.listMethod(ctx, e, e.func, rt);
      if (rt && rt.k === "str") return emitStrMethod(this.host(ctx), e, e.func);
      if (rt && rt.k === "tuple") {
        // count/index over the fields
        const tv = this.fresh("tv"), x = this.fresh("x"), xt = this.tyOf(ctx, e.args[0]);
        const hits = rt.elts.map((et, i) => `${this.cmpCode(x, xt, `${tv}.f${i}`, et)} == 0`);
        const body = e.func.attr === "count" ? `${hits.map((h) => `(${h})`).join(" + ") || "0"}`
          : `${hits.map((h, i) => `(${h}) ? ${i} : `).join("")}(ep_value_error("tuple.index(x): x not in tuple", ${e.line}, FN), 0)`;
        return `({ ${this.cType(rt)} ${tv} = ${this.expr(ctx, e.func.value)}; ${this.cType(xt)} ${x} = ${this.expr(ctx, e.args[0])}; (void)${tv}; (ep_int)(${body}); })`;
      }
    }
    const spec = member ? member.spec : ctx.spec.calls.get(e);
    if (spec) {
      const def = spec.def!;
      const slots = paramSlots(def);
      const spreadLength = (v: A.Name) => (this.tyOf(ctx, v) as Ty & { k: "tuple" }).elts.length;
      // An argument's C value: an expression, or a field of a tuple spread by f(*t).
      const source = (a: ArgSource, want: Ty): string => {
        if (!("tuple" in a)) return this.exprAs(ctx, a, want);
        const tt = this.tyOf(ctx, a.tuple) as Ty & { k: "tuple" };
        return this.coerceCode(`(${this.expr(ctx, a.tuple)}).f${a.index}`, tt.elts[a.index], want, a.tuple);
      };
      const bound = bindCall(def, e, (node, msg) => nativeError(this.mod, node, msg), spreadLength)!;
      const args = bound.map((b: BoundArg, i) => {
        const want = spec.vars.get(slots[i].name)!;
        if (b.kind === "expr") return source(b.expr, want);
        if (b.kind === "default") return this.coerceCode(this.defaultName(b.param), this.prog.defaults.get(b.param)!, want, e);
        const tt = want as Ty & { k: "tuple" };
        return `((${this.cType(want)}){${b.exprs.map((x, j) => source(x, tt.elts[j])).join(", ")}})`;
      });
      // A nested function is called with the environment its value points to.
      if (spec.outer) args.unshift(member?.env ?? this.expr(ctx, e.func));
      // `(lambda a, b=2: ...)(3)`: the callee expression still runs (it stores the defaults).
      const call = !spec.outer && e.func.kind === "Lambda"
        ? `((void)${this.expr(ctx, e.func)}, ${spec.cName}(${args.join(", ")}))`
        : `${spec.cName}(${args.join(", ")})`;
      if (spec.ret && spec.ret.k !== "none") return call;
      return stmt ? call : `(${call}, (ep_none)0)`;
    }
    const f: Ty = member?.builtin ? { k: "builtin", name: member.builtin } : this.tyOf(ctx, e.func);
    if (f.k !== "builtin") throw this.err(e, "internal: unresolved call");
    const name = f.name;
    const arg = (i: number) => this.expr(ctx, e.args[i]);
    const argT = (i: number) => this.tyOf(ctx, e.args[i]);
    const dbl = (i: number) => `(double)(${arg(i)})`;
    const t = this.tyOf(ctx, e);
    switch (name) {
      case "print": return this.print(ctx, e);
      case "len": {
        const at = argT(0);
        if (at.k === "list") return `(${arg(0)})->len`;
        if (at.k === "str") return `ep_str_len(${arg(0)})`;
        return `((void)(${arg(0)}), ${(at as Ty & { k: "tuple" }).elts.length})`;
      }
      case "abs": return t.k === "float" ? `((ep_float)fabs(${dbl(0)}))` : `ep_abs_i(${this.asInt(ctx, e.args[0])}, ${L}, FN)`;
      case "int": {
        if (!e.args.length) return "0";
        const at = argT(0);
        if (at.k === "str") return `ep_str_to_int(${arg(0)}, ${e.args.length > 1 ? this.asInt(ctx, e.args[1]) : "10"}, ${L}, FN)`;
        return at.k === "float" ? `ep_float_to_int(${dbl(0)}, ${L}, FN)` : this.asInt(ctx, e.args[0]);
      }
      case "float":
        if (e.args.length && argT(0).k === "str") return `((ep_float)ep_str_to_float(${arg(0)}, ${L}, FN))`;
        return e.args.length ? `((ep_float)(${arg(0)}))` : "((ep_float)0)";
      case "bool": return e.args.length ? `((ep_bool)(${this.truth(ctx, e.args[0])}))` : "0";
      case "str": return e.args.length ? this.strOf(ctx, e.args[0]) : `EP_STR_LIT("")`;
      case "round":
        if (e.args.length === 2) {
          return argT(0).k === "float" ? `((ep_float)ep_round_digits(${dbl(0)}, ${this.asInt(ctx, e.args[1])}, 0))`
            : `ep_round_int_digits(${this.asInt(ctx, e.args[0])}, ${this.asInt(ctx, e.args[1])}, ${L}, FN)`;
        }
        return argT(0).k === "float" ? `ep_float_to_int(ep_round_half_even(${dbl(0)}), ${L}, FN)` : this.asInt(ctx, e.args[0]);
      case "list": return this.listExpr(ctx, e, t);
      case "sorted": {
        const et = (t as Ty & { k: "list" }).elem!;
        const r = this.fresh("r");
        return `({ ep_list *${r} = ${this.listExpr(ctx, e, t)}; ${this.sortCode(r, et)} ${this.reverseIf(ctx, e, r)} ${r}; })`;
      }
      case "min": case "max": {
        const cmp = name === "max" ? ">" : "<";
        if (e.args.length === 1) {
          const acc = this.fresh("m"), first = this.fresh("first");
          const better = (code: string) => (t.k === "str" ? `ep_str_cmp(${code}, ${acc}) ${cmp} 0` : `${code} ${cmp} ${acc}`);
          const lines = this.loopInto(ctx, [{ target: null, iter: e.args[0], ifs: [] }], (code) => [
            `if (${first} || ${better(code)}) { ${acc} = ${code}; ${first} = 0; }`,
          ]);
          return `({ ${this.cType(t)} ${acc} = ${this.zero(t)}; int ${first} = 1; ${lines.join(" ")} if (${first}) ep_value_error("${name}() arg is an empty sequence", ${L}, FN); ${acc}; })`;
        }
        const vs = e.args.map(() => this.fresh("m"));
        const decls = e.args.map((a, i) => `${this.cType(t)} ${vs[i]} = ${this.exprAs(ctx, a, t)};`);
        let acc = vs[0];
        const steps = vs.slice(1).map((v) => `${acc} = ${t.k === "str" ? `ep_str_cmp(${v}, ${acc}) ${cmp} 0` : `${v} ${cmp} ${acc}`} ? ${v} : ${acc};`);
        acc = vs[0];
        return `({ ${decls.join(" ")} ${steps.join(" ")} ${acc}; })`;
      }
      case "any": case "all": {
        // short-circuit: the first true (any) / false (all) element ends the loops
        const r = this.fresh("r"), done = this.fresh("done");
        const src = e.args[0];
        const test = (code: string, et: Ty) => {
          const tr = this.truthOf(code, et);
          return name === "any" ? [`if (${tr}) { ${r} = 1; goto ${done}; }`] : [`if (!${tr}) { ${r} = 0; goto ${done}; }`];
        };
        const lines = src.kind === "ListComp" || src.kind === "GeneratorExp"
          ? this.comprehension(ctx, src, (c) => { const v = this.fresh("a"); const et = this.tyOf(c, src.elt); return [`{ ${this.cType(et)} ${v} = ${this.expr(c, src.elt)};`, ...test(v, et), `}`]; })
          : this.loopInto(ctx, [{ target: null, iter: src, ifs: [] }], (code, et) => test(code, et));
        return `({ ep_bool ${r} = ${name === "any" ? 0 : 1}; ${lines.join(" ")} ${done}:; ${r}; })`;
      }
      case "sum": {
        const acc = this.fresh("sum");
        const add = (code: string, et: Ty) => t.k === "float"
          ? [`${acc} = ${et.k === "float" ? `${acc} + ${code}` : `(ep_float)((double)${acc} + (double)(${code}))`};`]
          : [`${acc} = ep_add(${acc}, (ep_int)(${code}), ${L}, FN);`];
        const src = e.args[0];
        let lines: string[];
        if (src.kind === "ListComp" || src.kind === "GeneratorExp") {
          // sum([... for ...]) fused: no list is built.
          lines = this.comprehension(ctx, src, (c) => add(this.expr(c, src.elt), this.tyOf(c, src.elt)));
        } else lines = this.loopInto(ctx, [{ target: null, iter: src, ifs: [] }], (code, et) => add(code, et));
        return `({ ${this.cType(t)} ${acc} = 0; ${lines.join(" ")} ${acc}; })`;
      }
    }
    const v = emitValueBuiltin(this.host(ctx), e, name, t);
    if (v !== undefined) return v;
    const [modName, fn] = name.split(".");
    if (modName === "math") {
      const x = dbl(0);
      switch (fn) {
        case "sqrt": return `((ep_float)ep_math_sqrt(${x}, ${L}, FN))`;
        case "log":
          if (e.args.length === 2) return `((ep_float)(ep_math_log(${x}, ${L}, FN) / ep_math_log(${dbl(1)}, ${L}, FN)))`;
          return `((ep_float)ep_math_log(${x}, ${L}, FN))`;
        case "floor": case "ceil": case "trunc": return `ep_float_to_int(${fn}(${x}), ${L}, FN)`;
        case "fabs": return `((ep_float)fabs(${x}))`;
        case "degrees": return `((ep_float)(${x} * (180.0 / 3.141592653589793)))`;
        case "radians": return `((ep_float)(${x} * (3.141592653589793 / 180.0)))`;
        case "pow": return `((ep_float)ep_fpow(${x}, ${dbl(1)}, ${L}, FN))`;
        case "atan2": case "hypot": case "fmod": case "copysign":
          return `((ep_float)ep_math_checked(${fn}(${x}, ${dbl(1)}), ${x}, ${L}, FN))`;
        default: return `((ep_float)ep_math_checked(${fn}(${x}), ${x}, ${L}, FN))`;
      }
    }
    if (modName === "random") {
      switch (fn) {
        case "random": return "ep_random_random()";
        case "uniform": return `ep_random_uniform(${dbl(0)}, ${dbl(1)})`;
        case "randint": return `ep_random_randint(${this.asInt(ctx, e.args[0])}, ${this.asInt(ctx, e.args[1])}, ${L}, FN)`;
        case "randrange": return e.args.length === 3
          ? `ep_random_randrange_step(${this.asInt(ctx, e.args[0])}, ${this.asInt(ctx, e.args[1])}, ${this.asInt(ctx, e.args[2])}, ${L}, FN)`
          : e.args.length === 1
          ? `ep_random_randrange(0, ${this.asInt(ctx, e.args[0])}, ${L}, FN)`
          : `ep_random_randrange(${this.asInt(ctx, e.args[0])}, ${this.asInt(ctx, e.args[1])}, ${L}, FN)`;
        case "seed": {
          const lit = seedLiteral(e.args[0]);
          if (lit !== undefined) {
            // the interpreter's key of a str (SHA-512) or float (its hash), computed here
            // (a float literal is the run's precision, as the interpreter holds it)
            const key = typeof lit === "string" ? seedKeyFromString(lit) : seedKeyFromFloat(this.prog.float64 ? lit : Math.fround(lit));
            return `(ep_random_seed_words((const uint32_t[]){${key.map((w) => `${w >>> 0}u`).join(", ")}}, ${key.length}), (ep_none)0)`;
          }
          return `(ep_random_seed(${this.asInt(ctx, e.args[0])}), (ep_none)0)`;
        }
      }
    }
    return this.parallel(ctx, e, fn, t);
  }

  private listMethod(ctx: Ctx, e: A.Call, f: A.Attribute, lt: Ty & { k: "list" }): string {
    const L = e.line;
    const l = this.fresh("l");
    const et = lt.elem ?? INT;
    const ct = this.cType(et);
    const head = `ep_list *${l} = ${this.expr(ctx, f.value)};`;
    switch (f.attr) {
      case "append": return `({ ${head} ${ct} _x = ${this.exprAs(ctx, e.args[0], et)}; *(${ct} *)ep_list_push(${l}) = _x; (ep_none)0; })`;
      case "insert": return `({ ${head} ${ct} _x = ${this.exprAs(ctx, e.args[1], et)}; ep_list_insert(${l}, ${this.asInt(ctx, e.args[0])}, &_x); (ep_none)0; })`;
      case "extend": return `({ ${head} ep_list *_o = ${this.expr(ctx, e.args[0])}; int32_t _n = _o->len; for (int32_t _i = 0; _i < _n; _i++) *(${ct} *)ep_list_push(${l}) = EP_AT(${ct}, _o, _i); (ep_none)0; })`;
      case "pop": {
        const idx = e.args.length ? this.asInt(ctx, e.args[0]) : "-1";
        return `({ ${head} ${ct} _x; ep_list_remove_at(${l}, ep_pop_index(${l}, ${idx}, ${L}, FN), &_x); _x; })`;
      }
      case "reverse": return `({ ${head} ep_list_reverse(${l}); (ep_none)0; })`;
      case "sort": {
        if (e.keywords.some((k) => k.name === "key")) {
          // sorted(xs, key=f) copied over xs: same length and element type (infer.ts checks)
          const sorted = this.expr(ctx, sortAsSorted(e, f as A.Attribute & { value: A.Name }));
          return `({ ${head} ep_list *_s = ${sorted}; memcpy(${l}->data, _s->data, (size_t)${l}->len * sizeof(${ct})); (ep_none)0; })`;
        }
        return `({ ${head} ${this.sortCode(l, et)} ${this.reverseIf(ctx, e, l)} (ep_none)0; })`;
      }
      case "copy": return `ep_list_copy(${this.expr(ctx, f.value)})`;
      case "clear": return `({ ${head} ${l}->len = 0; (ep_none)0; })`;
      case "count": case "index": case "remove": {
        const x = this.fresh("x");
        const eq = et.k === "str" ? `ep_str_eq(EP_AT(ep_str, ${l}, _i), ${x})` : `(double)EP_AT(${ct}, ${l}, _i) == (double)${x}`;
        const xt = this.tyOf(ctx, e.args[0]);
        if (f.attr === "remove") return `({ ${head} ${this.cType(xt)} ${x} = ${this.expr(ctx, e.args[0])}; int32_t _c = -1; for (int32_t _i = 0; _i < ${l}->len; _i++) if (${eq}) { _c = _i; break; } ep_list_remove_index(${l}, _c, ${L}, FN); (ep_none)0; })`;
        if (f.attr === "count") return `({ ${head} ${this.cType(xt)} ${x} = ${this.expr(ctx, e.args[0])}; ep_int _c = 0; for (int32_t _i = 0; _i < ${l}->len; _i++) if (${eq}) _c++; _c; })`;
        return `({ ${head} ${this.cType(xt)} ${x} = ${this.expr(ctx, e.args[0])}; ep_int _c = -1; for (int32_t _i = 0; _i < ${l}->len; _i++) if (${eq}) { _c = _i; break; } if (_c < 0) ep_value_error("list.index(x): x not in list", ${L}, FN); _c; })`;
      }
    }
    throw this.err(f, `list.${f.attr}() is not supported natively yet`);
  }

  // ------------------------------------------------------------------ text

  /** Appends str(value) (or repr when `repr`) of C code `code` of type t to buffer b. */
  private appendText(b: string, code: string, t: Ty, repr: boolean): string {
    switch (t.k) {
      case "int": return `ep_buf_int(${b}, ${code});`;
      case "float": return `ep_buf_float(${b}, (double)(${code}), EP_F32);`;
      case "bool": return `ep_buf_bool(${b}, ${code});`;
      case "none": return `((void)(${code}), ep_buf_cstr(${b}, "None"));`;
      case "str": return repr ? `ep_buf_repr_str(${b}, ${code});` : `ep_buf_str(${b}, ${code});`;
      case "list": case "tuple": return `${this.reprFn(t)}(${b}, ${code});`;
      case "opt": return `${this.reprFn(t)}${repr ? "_r" : ""}(${b}, ${code});`;
      case "union": return `ep_buf_any(${b}, ${code}, ${repr ? 1 : 0});`;
      default: return `ep_buf_cstr(${b}, "<${describe(t)}>");`;
    }
  }

  /** The member call() emits next instead of resolving the call node (set only by unionCall). */
  private member: { spec?: Spec; env?: string; builtin?: string } | null = null;

  /**
   * A call through a value of several functions: the callee is evaluated once, then a
   * switch on its tag makes the member's direct call (arguments are evaluated in the
   * one case that runs, so once, as in Python).
   */
  private unionCall(ctx: Ctx, e: A.Call, members: (Spec | string)[], stmt: boolean): string {
    const t = this.tyOf(ctx, e);
    const fv = this.fresh("f"), r = this.fresh("r");
    const value = t.k !== "none";
    const cases = members.map((m, i) => {
      this.member = typeof m === "string" ? { builtin: m } : { spec: m, env: m.outer ? `((${envType(m.outer)} *)${fv}.env)` : undefined };
      const code = this.call(ctx, e, !value);
      return `case ${i}: ${value ? `${r} = ` : ""}${code}; break;`;
    });
    const decl = value ? `${this.cType(t)} ${r}; ` : "";
    const result = value ? ` ${r};` : stmt ? "" : " (ep_none)0;";
    return `({ ep_fnval ${fv} = ${this.expr(ctx, e.func)}; ${decl}switch (${fv}.tag) { ${cases.join(" ")} default: __builtin_unreachable(); }${result} })`;
  }

  /** map/filter/callable, sorted/min/max with key= (forms: inferFunctions.ts; C: emitFunctions.ts). */
  private higherOrder(ctx: Ctx, form: HigherOrder, line: number): string {
    if (form.kind === "list") return this.expr(ctx, form.expr);
    if (form.kind === "callable") {
      const t = this.tyOf(ctx, form.value);
      return `((void)(${this.expr(ctx, form.value)}), ${t.k === "func" || t.k === "builtin" || t.k === "funcs" ? 1 : 0})`;
    }
    const pt = (this.tyOf(ctx, form.pairs) as Ty & { k: "list" }).elem as Ty & { k: "tuple" };
    const [keyT, valueT] = pt.elts;
    const pairs = this.expr(ctx, form.pairs);
    const pairC = this.cType(pt);
    const compare = (x: string, y: string) => this.cmpCode(x, keyT, y, keyT);
    if (form.kind !== "sorted") return extremeByKey(form.kind, pairs, pairC, compare, line, (b) => this.fresh(b));
    const key = `keycmp_${mangle(pt)}${form.reverse ? "_r" : ""}`;
    if (!this.helperNames.has(key)) {
      if (!this.helperNames.has("ep_keyed_")) {
        this.helperNames.set("ep_keyed_", "ep_keyed_");
        this.helpers.push(KEYED_DECL);
      }
      this.helperNames.set(key, key);
      this.helpers.push(keyComparator(key, pairC, this.cType(keyT), compare, form.reverse));
    }
    return sortedByKey(pairs, pairC, this.cType(valueT), key, (b) => this.fresh(b));
  }

  /** A generated function printing a list or tuple type as Python's repr. */
  private reprFn(t: Ty): string {
    const key = mangle(t);
    let name = this.helperNames.get(key);
    if (name) return name;
    name = `repr_${key}`;
    this.helperNames.set(key, name);
    let body: string;
    if (t.k === "list") {
      const et = t.elem ?? INT;
      body = `if (!v) { ep_buf_cstr(b, "None"); return; } ep_buf_char(b, '['); for (int32_t i = 0; i < v->len; i++) { if (i) ep_buf_cstr(b, ", "); ${this.appendText("b", `EP_AT(${this.cType(et)}, v, i)`, et, true)} } ep_buf_char(b, ']');`;
    } else if (t.k === "tuple") {
      const parts = t.elts.map((et, i) => `${i ? `ep_buf_cstr(b, ", "); ` : ""}${this.appendText("b", `v.f${i}`, et, true)}`);
      body = `ep_buf_char(b, '('); ${parts.join(" ")}${t.elts.length === 1 ? ` ep_buf_char(b, ',');` : ""} ep_buf_char(b, ')');`;
    } else if (t.k === "opt") {
      // str() of an optional str is its text; inside a container it is the repr (appendText's caller chooses)
      name = `text_${key}`;
      this.helperNames.set(key, name);
      this.helpers.push(`static void ${name}_r(ep_buf *b, ${this.cType(t)} v) { if (!v.has) ep_buf_cstr(b, "None"); else { ${this.appendText("b", "v.v", t.of, true)} } }`);
      body = `if (!v.has) ep_buf_cstr(b, "None"); else { ${this.appendText("b", "v.v", t.of, false)} }`;
    } else throw new Error("internal: reprFn");
    this.helpers.push(`static void ${name}(ep_buf *b, ${this.cType(t)} v) { ${body} }`);
    return name;
  }

  /** str(e) as an ep_str expression. */
  private strOf(ctx: Ctx, e: A.Expr): string {
    const t = this.tyOf(ctx, e);
    if (t.k === "str") return this.expr(ctx, e);
    const b = this.fresh("b");
    return `({ EP_BUF_LOCAL(${b}, 64); ${this.appendText(`&${b}`, this.expr(ctx, e), t, false)} ep_buf_take(&${b}); })`;
  }

  private print(ctx: Ctx, e: A.Call): string {
    const sepKw = e.keywords.find((k) => k.name === "sep");
    const endKw = e.keywords.find((k) => k.name === "end");
    const sep = sepKw ? (sepKw.value as A.StrLit).value : " ";
    const end = endKw ? (endKw.value as A.StrLit).value : "\n";
    // Arguments are evaluated first (they may print themselves), then one line is written.
    const vals = e.args.map(() => this.fresh("p"));
    const decls = e.args.map((a, i) => `${this.cType(this.tyOf(ctx, a))} ${vals[i]} = ${this.expr(ctx, a)};`);
    const parts = e.args.map((a, i) => `${i && sep ? `ep_buf_bytes(&_pb, ${cString(sep)}, ${utf8Len(sep)}); ` : ""}${this.appendText("&_pb", vals[i], this.tyOf(ctx, a), false)}`);
    return `({ ${decls.join(" ")} EP_BUF_LOCAL(_pb, 256); ${parts.join(" ")} ${end ? `ep_buf_bytes(&_pb, ${cString(end)}, ${utf8Len(end)}); ` : ""}ep_buf_flush(&_pb); (ep_none)0; })`;
  }

  /** "fmt" % args with a literal format: parsed here, one runtime call per conversion. */
  private percent(ctx: Ctx, e: A.BinOp): string {
    if (e.left.kind !== "Str") throw this.err(e.left, "the format of % must be a string literal natively");
    const fmt = e.left.value;
    const rt = this.tyOf(ctx, e.right);
    const items: { code: string; t: Ty }[] = [];
    const decls: string[] = [];
    if (rt.k === "tuple") {
      const v = this.fresh("a");
      decls.push(`${this.cType(rt)} ${v} = ${this.expr(ctx, e.right)};`);
      rt.elts.forEach((t, i) => items.push({ code: `${v}.f${i}`, t }));
    } else {
      const v = this.fresh("a");
      decls.push(`${this.cType(rt)} ${v} = ${this.expr(ctx, e.right)};`);
      items.push({ code: v, t: rt });
    }
    const out: string[] = [];
    let argi = 0;
    let i = 0;
    const lit = (s: string) => { if (s) out.push(`ep_buf_bytes(&_fb, ${cString(s)}, ${utf8Len(s)});`); };
    while (i < fmt.length) {
      const pct = fmt.indexOf("%", i);
      if (pct < 0) { lit(fmt.slice(i)); break; }
      lit(fmt.slice(i, pct));
      const m = /^%([-+ 0#]*)(\d+)?(?:\.(\d*))?[hlL]*([sradiuxXoeEfFgGc%])/.exec(fmt.slice(pct));
      if (!m) throw this.err(e.left, `unsupported % conversion at index ${pct} natively`);
      i = pct + m[0].length;
      const code = m[4];
      if (code === "%") { lit("%"); continue; }
      const item = items[argi++];
      if (!item) throw this.err(e, "not enough arguments for format string");
      const conv = `&(ep_conv){${cString(m[1])}, ${m[2] ?? -1}, ${m[3] !== undefined ? Number(m[3] || 0) : -1}, '${code}'}`;
      if (code === "c") {
        // %c: a code point given as an int, or a one-character str
        if (item.t.k === "str") out.push(`ep_fmt_text(&_fb, ${conv}, ${item.code});`);
        else if (item.t.k === "int" || item.t.k === "bool") out.push(`ep_fmt_text(&_fb, ${conv}, ep_chr((ep_int)(${item.code}), ${e.line}, FN));`);
        else throw this.err(e.right, "%c requires int or char");
      } else if ("sra".includes(code)) {
        const tb = this.fresh("tb");
        out.push(`{ EP_BUF_LOCAL(${tb}, 64); ${this.appendText(`&${tb}`, item.code, item.t, code !== "s")} ep_fmt_text(&_fb, ${conv}, (ep_str){(int32_t)${tb}.len, ${tb}.p}); }`);
      } else if ("diuxXo".includes(code)) {
        if (item.t.k === "float") out.push(`ep_fmt_float(&_fb, ${conv}, (double)(${item.code}), ${e.line}, FN);`);
        else if (item.t.k === "int" || item.t.k === "bool") out.push(`ep_fmt_int(&_fb, ${conv}, (ep_int)(${item.code}));`);
        else throw this.err(e.right, `%${code} format: a number is required, not ${describe(item.t)}`);
      } else {
        if (!isNum(item.t)) throw this.err(e.right, `must be real number, not ${describe(item.t)}`);
        out.push(`ep_fmt_float(&_fb, ${conv}, (double)(${item.code}), ${e.line}, FN);`);
      }
    }
    if (argi < items.length) throw this.err(e, "not all arguments converted during string formatting");
    return `({ ${decls.join(" ")} EP_BUF_LOCAL(_fb, 128); ${out.join(" ")} ep_buf_take(&_fb); })`;
  }

  /** f"..." : literal pieces and fields; numeric specs use the `%` conversions (same rules). */
  private fstring(ctx: Ctx, e: A.FString): string {
    const out: string[] = [];
    for (const part of e.parts) {
      if (typeof part === "string") {
        if (part) out.push(`ep_buf_bytes(&_fs, ${cString(part)}, ${utf8Len(part)});`);
        continue;
      }
      const t = this.tyOf(ctx, part.value);
      const v = this.fresh("f");
      const nested = !!part.formatSpec?.parts.some((x) => typeof x !== "string");
      const spec = part.formatSpec && !nested ? (part.formatSpec.parts as string[]).join("") : "";
      const decl = `${this.cType(t)} ${v} = ${this.expr(ctx, part.value)};`;
      // ("05" is zero padding, not the plain width FSPEC_WIDTH handles; a bool with a spec is
      // its int; a numeric spec of a str is the runtime's ValueError)
      if (nested || (spec && (t.k === "bool" || (FSPEC_NUM.test(spec) && !isNum(t)) || (!FSPEC_NUM.test(spec) && !(FSPEC_WIDTH.test(spec) && !/^0\d/.test(spec)))))) {
        // any other spec: Python's format() rules in the runtime (values.c ep_format_value)
        out.push(`{ ${decl} ${formatInto(this.host(ctx), "&_fs", v, t, specCode(this.host(ctx), part.formatSpec), part.conversion, e.line)} }`);
        continue;
      }
      const num = FSPEC_NUM.exec(spec);
      if (spec && num) {
        const [, sign, zero, width, prec, code] = num;
        const conv = `&(ep_conv){${cString((sign ?? "") + (zero ?? ""))}, ${width ?? -1}, ${prec ?? -1}, '${code}'}`;
        out.push(`{ ${decl} ${"dxXo".includes(code) && t.k !== "float" ? `ep_fmt_int(&_fs, ${conv}, (ep_int)${v});` : `ep_fmt_float(&_fs, ${conv}, (double)${v}, ${e.line}, FN);`} }`);
        continue;
      }
      const tb = this.fresh("tb");
      const text = `${this.appendText(`&${tb}`, v, t, part.conversion === "r" || part.conversion === "a")}`;
      const w = FSPEC_WIDTH.exec(spec);
      if (w) {
        // str aligns left by default, numbers right
        const left = w[1] === "<" || (w[1] === undefined && t.k === "str");
        out.push(`{ ${decl} EP_BUF_LOCAL(${tb}, 64); ${text} ep_fmt_text(&_fs, &(ep_conv){"${left ? "-" : ""}", ${w[2]}, -1, 's'}, (ep_str){(int32_t)${tb}.len, ${tb}.p}); }`);
      } else out.push(`{ ${decl} EP_BUF_LOCAL(${tb}, 64); ${text} ep_buf_bytes(&_fs, ${tb}.p, ${tb}.len); }`);
    }
    return `({ EP_BUF_LOCAL(_fs, 128); ${out.join(" ")} ep_buf_take(&_fs); })`;
  }

  // -------------------------------------------------------------- parallel

  private payloadKind(t: Ty): { type: string; elem: string; ctype: string } {
    const f = this.prog.float64 ? "EP_FLOAT64" : "EP_FLOAT32";
    switch (t.k) {
      case "int": return { type: "EP_INT", elem: "EP_NONE", ctype: "ep_int" };
      case "float": return { type: f, elem: "EP_NONE", ctype: "ep_float" };
      case "bool": return { type: "EP_BOOL", elem: "EP_NONE", ctype: "ep_bool" };
      case "none": return { type: "EP_NONE", elem: "EP_NONE", ctype: "ep_none" };
      case "str": return { type: "EP_STR", elem: "EP_NONE", ctype: "ep_str" };
      case "list": return isNum(t.elem) || t.elem === null
        ? { type: "EP_LIST", elem: this.payloadKind(t.elem ?? INT).type, ctype: "ep_list *" }
        : { type: "EP_BYTES", elem: "EP_NONE", ctype: "ep_list *" };
      default: throw new Error("internal: payload");
    }
  }

  /** Statements filling ep_payload p from C value v of type t. */
  private pack(p: string, v: string, t: Ty): string {
    if (t.k === "union") return `ep_payload ${p}; ep_any_payload(&${v}, &${p});`;
    if (t.k === "opt") {
      // None travels as an EP_NONE payload, a value as its own type's
      const q = this.fresh("po");
      return `ep_payload ${p} = { EP_NONE, EP_NONE, 0, NULL }; if (${v}.has) { ${this.pack(q, `${v}.v`, t.of)} ${p} = ${q}; }`;
    }
    const k = this.payloadKind(t);
    // a list value may be None (NULL) where it is not sent (bcast/scatter off the root)
    if (t.k === "list" && !isNum(t.elem)) {
      // a list of strs or lists: one record per element (parallel.h's records layout)
      const et = t.elem!;
      const items = this.fresh("items");
      return `ep_payload ${p} = { EP_BYTES, EP_NONE, 0, NULL }; if (${v}) { ep_payload *${items} = ep_alloc(sizeof(ep_payload) * (size_t)(${v}->len + 1)); for (int32_t _i = 0; _i < ${v}->len; _i++) { ${this.cType(et)} _x = EP_AT(${this.cType(et)}, ${v}, _i); ${this.pack("_pi", "_x", et)} ${items}[_i] = _pi; } ep_pack_records(${items}, ${v}->len, &${p}); }`;
    }
    if (t.k === "list") return `ep_payload ${p} = { EP_LIST, ${k.elem}, ${v} ? ${v}->len : 0, ${v} ? ${v}->data : NULL };`;
    if (t.k === "str") return `ep_payload ${p} = { EP_STR, EP_NONE, ${v}.len, (void *)${v}.data };`;
    return `ep_payload ${p} = { ${k.type}, EP_NONE, 1, &${v} };`;
  }

  /** The C value of type t in received payload p (checked). */
  private unpack(p: string, t: Ty, line: number): string {
    if (t.k === "union") return `ep_any_from_payload(&${p}, ${line}, FN)`;
    if (t.k === "opt") {
      const u = this.fresh("u");
      return `${this.cType(t)} ${u} = {0}; if (${p}.type != EP_NONE) { ${u}.has = 1; ${u}.v = ({ ${this.unpack(p, t.of, line)}; }); } ${u}`;
    }
    const k = this.payloadKind(t);
    if (t.k === "list" && !isNum(t.elem)) {
      const et = t.elem!, r = this.fresh("r"), it = this.fresh("it");
      return `ep_expect_payload(&${p}, EP_BYTES, EP_NONE, ${line}, FN); int32_t _n = ep_records_count(&${p}); ep_list *${r} = ep_list_new(_n, sizeof(${this.cType(et)})); ` +
        `for (int32_t _c = 0; _c < _n; _c++) { ep_payload ${it}; ep_gathered_item(&${p}, _c, &${it}); EP_AT(${this.cType(et)}, ${r}, _c) = ({ ${this.unpack(it, et, line)}; }); } ${r}`;
    }
    const check = `ep_expect_payload(&${p}, ${k.type}, ${k.elem}, ${line}, FN);`;
    if (t.k === "list") return `${check} ep_list_from_payload(&${p}, sizeof(${this.cType(t.elem ?? INT)}))`;
    if (t.k === "str") return `${check} (ep_str){ ${p}.count, (const char *)${p}.data }`;
    if (t.k === "none") return `${check} (ep_none)0`;
    return `${check} *(${k.ctype} *)${p}.data`;
  }

  private parallel(ctx: Ctx, e: A.Call, fn: string, t: Ty): string {
    const L = e.line;
    const core = (i: number) => `(int)(${this.asInt(ctx, e.args[i])})`;
    switch (fn) {
      case "coreid": return "((ep_int)ep_coreid())";
      case "numcores": return "((ep_int)ep_numcores())";
      case "ishost": return "((ep_bool)0)";
      case "isdevice": return "((ep_bool)1)";
      case "sync": return `(ep_sync(${L}), (ep_none)0)`;
      case "probe": return `((ep_bool)ep_probe(${core(0)}, ${L}))`;
      case "test_sent": return `((ep_bool)ep_test_sent(${core(0)}, ${L}))`;
      case "wait_sent": return `(ep_wait_sent(${core(0)}, ${L}), (ep_bool)1)`;
      case "send": case "nonblocking_send": {
        const mt = this.prog.message!;
        const vt = this.tyOf(ctx, e.args[0]);
        const v = this.fresh("v"), p = this.fresh("p");
        const call = fn === "send" ? "ep_send" : "ep_isend";
        return `({ ${this.cType(mt)} ${v} = ${this.coerceCode(this.expr(ctx, e.args[0]), vt, mt, e)}; ${this.pack(p, v, mt)} ${call}(&${p}, ${core(1)}, ${L}); (ep_none)0; })`;
      }
      case "recv": {
        const p = this.fresh("p");
        return `({ ep_payload ${p}; ep_recv(&${p}, ${core(0)}, ${L}); ${this.unpack(p, t, L)}; })`;
      }
      case "sendrecv": {
        const mt = this.prog.message!;
        const vt = this.tyOf(ctx, e.args[0]);
        const v = this.fresh("v"), p = this.fresh("p"), q = this.fresh("q");
        return `({ ${this.cType(mt)} ${v} = ${this.coerceCode(this.expr(ctx, e.args[0]), vt, mt, e)}; ${this.pack(p, v, mt)} ep_payload ${q}; ep_sendrecv(&${p}, &${q}, ${core(1)}, ${L}); ${this.unpack(q, t, L)}; })`;
      }
      case "bcast": {
        const v = this.fresh("v"), p = this.fresh("p");
        const ro = rootOnlyValue(e.args[0]);
        // off the root a placeholder of the value's type stands for None (bcast ignores it)
        const valueFirst = ro !== null && ro.value === (e.args[0] as A.IfExp).body;
        const arg = ro && t.k !== "list"
          ? (valueFirst
            ? `(${this.truth(ctx, ro.test)} ? ${this.exprAs(ctx, ro.value, t)} : ${this.zero(t)})`
            : `(${this.truth(ctx, ro.test)} ? ${this.zero(t)} : ${this.exprAs(ctx, ro.value, t)})`)
          : this.exprAs(ctx, e.args[0], t);
        return `({ ${this.cType(t)} ${v} = ${arg}; ${this.pack(p, v, t)} ep_bcast(&${p}, ${core(1)}, ${L}); ${this.unpack(p, t, L)}; })`;
      }
      case "gather": case "allgather": {
        const et = (t as Ty & { k: "list" }).elem!;
        const v = this.fresh("v"), p = this.fresh("p"), q = this.fresh("q"), r = this.fresh("r"), it = this.fresh("it");
        const call = fn === "gather" ? `ep_gather(&${p}, &${q}, ${core(1)}, ${L});` : `ep_allgather(&${p}, &${q}, ${L});`;
        const vt = this.tyOf(ctx, e.args[0]);
        return `({ ${this.cType(et)} ${v} = ${this.coerceCode(this.expr(ctx, e.args[0]), vt, et, e)}; ${this.pack(p, v, et)} ep_payload ${q}; ${call} ep_list *${r} = NULL; ` +
          `if (${q}.type == EP_BYTES) { int _n = ep_numcores(); ${r} = ep_list_new(_n, sizeof(${this.cType(et)})); for (int _c = 0; _c < _n; _c++) { ep_payload ${it}; ep_gathered_item(&${q}, _c, &${it}); EP_AT(${this.cType(et)}, ${r}, _c) = ({ ${this.unpack(it, et, L)}; }); } } ${r}; })`;
      }
      case "scatter": {
        const lt = this.tyOf(ctx, e.args[0]) as Ty & { k: "list" };
        const et = lt.elem!;
        const v = this.fresh("v"), p = this.fresh("p"), q = this.fresh("q");
        // Numbers travel as one EP_LIST; strs and lists as records (ep_pack_records).
        const packed = isNum(et)
          ? `ep_payload ${p} = { EP_LIST, ${this.payloadKind(et).type}, ${v} ? ${v}->len : 0, ${v} ? ${v}->data : NULL };`
          : `ep_payload ${p} = { EP_NONE, EP_NONE, 0, NULL }; if (${v}) { ep_payload *_items = ep_alloc(sizeof(ep_payload) * (size_t)(${v}->len + 1)); for (int32_t _i = 0; _i < ${v}->len; _i++) { ${this.cType(et)} _x = EP_AT(${this.cType(et)}, ${v}, _i); ${this.pack("_pi", "_x", et)} _items[_i] = _pi; } ep_pack_records(_items, ${v}->len, &${p}); }`;
        return `({ ep_list *${v} = ${this.exprAs(ctx, e.args[0], lt)}; ${packed} ep_payload ${q}; ep_scatter(&${p}, &${q}, ${core(1)}, ${L}); ${this.unpack(q, et, L)}; })`;
      }
      case "reduce": case "allreduce": {
        const op = { sum: "EP_OP_SUM", min: "EP_OP_MIN", max: "EP_OP_MAX", prod: "EP_OP_PROD" }[(e.args[1] as A.StrLit).value]!;
        const v = this.fresh("v"), p = this.fresh("p");
        const vt = this.tyOf(ctx, e.args[0]);
        return `({ ${this.cType(t)} ${v} = ${this.coerceCode(this.expr(ctx, e.args[0]), vt, t, e)}; ${this.pack(p, v, t)} ep_reduce(&${p}, ${op}, ${L}); ${this.unpack(p, t, L)}; })`;
      }
    }
    throw this.err(e, `parallel.${fn}() is not supported natively yet`);
  }
}

// ---------------------------------------------------------------- helpers

function childrenOfExpr(e: A.Node): A.Node[] {
  switch (e.kind) {
    case "BinOp": return [e.left, e.right];
    case "UnaryOp": return [e.operand];
    case "BoolOp": return e.values;
    case "Compare": return [e.left, ...e.comparators];
    case "IfExp": return [e.test, e.body, e.orelse];
    case "NamedExpr": return [e.target, e.value];
    case "Call": return [e.func, ...e.args, ...e.keywords.map((k) => k.value)];
    case "Attribute": return [e.value];
    case "Subscript": return [e.value, e.index];
    case "Slice": return [e.lower, e.upper, e.step].filter((x): x is A.Expr => x !== null);
    case "List": case "Tuple": return e.elts;
    default: return [];
  }
}

/** The C ep_any of value `code` of type t (a scalar, None, an optional or a union). */
function anyOf(code: string, t: Ty, coerce: (c: string, t: Ty, want: Ty) => string, cType: (t: Ty) => string, fresh: () => string): string {
  switch (t.k) {
    case "union": return code;
    case "none": return `((void)(${code}), (ep_any){0})`;
    case "int": return `((ep_any){ .tag = EP_ANY_INT, .i = ${code} })`;
    case "float": return `((ep_any){ .tag = EP_ANY_FLOAT, .f = ${code} })`;
    case "bool": return `((ep_any){ .tag = EP_ANY_BOOL, .b = ${code} })`;
    case "str": return `((ep_any){ .tag = EP_ANY_STR, .s = ${code} })`;
    case "opt": {
      const o = fresh();
      return `({ ${cType(t)} ${o} = ${code}; ${o}.has ? ${anyOf(`${o}.v`, t.of, coerce, cType, fresh)} : (ep_any){0}; })`;
    }
    default: throw new Error(`internal: ${describe(t)} in a value of several types`);
  }
}

/** Python's name of a value's type in messages ('NoneType' for an optional: the case that raises). */
function pyTypeName(t: Ty): string {
  switch (t.k) {
    case "opt": case "none": return "NoneType";
    case "int": case "float": case "bool": case "str": case "list": case "tuple": return t.k;
    default: return describe(t);
  }
}

/** A C string literal of UTF-8 text (octal escapes for everything unusual). */
/**
 * The C type of a value that needs no generated declaration (numbers, bools, strs,
 * lists, None); null for the types whose C type the emitter declares (tuples, optionals,
 * function values...). The native service's marshalling uses it too (service.ts).
 */
export function plainCType(t: Ty): string | null {
  switch (t.k) {
    case "int": return "ep_int";
    case "float": return "ep_float";
    case "bool": return "ep_bool";
    case "str": return "ep_str";
    case "list": return "ep_list *";
    case "none": return "ep_none";
    default: return null;
  }
}

export function cString(s: string): string {
  let out = '"';
  for (const byte of Buffer.from(s, "utf8")) {
    if (byte === 0x22) out += '\\"';
    else if (byte === 0x5c) out += "\\\\";
    else if (byte === 0x0a) out += "\\n";
    else if (byte >= 0x20 && byte < 0x7f && byte !== 0x3f) out += String.fromCharCode(byte);
    else out += "\\" + byte.toString(8).padStart(3, "0");
  }
  return out + '"';
}

function utf8Len(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/** A float literal: exact double text; the (ep_float) cast rounds it like the interpreter's constants. */
function floatLit(v: number): string {
  if (Number.isNaN(v)) return "((ep_float)NAN)";
  if (!Number.isFinite(v)) return v > 0 ? "((ep_float)INFINITY)" : "((ep_float)-INFINITY)";
  let s = String(v);
  if (!/[.eE]/.test(s)) s += ".0";
  return `((ep_float)${s})`;
}

/** ep_list_sort's element kind (core.c). */
function sortKind(t: Ty): number {
  return t.k === "str" ? 2 : t.k === "float" ? 1 : t.k === "bool" ? 3 : 0;
}

/** An int32 constant in C (INT32_MIN cannot be written as a negated literal). */
function intLit(v: number): string {
  return v === -2147483648 ? "(-2147483647 - 1)" : String(v);
}

function mathConst(name: string): string {
  switch (name) {
    case "pi": return "((ep_float)3.141592653589793)";
    case "e": return "((ep_float)2.718281828459045)";
    case "tau": return "((ep_float)6.283185307179586)";
    case "inf": return "((ep_float)INFINITY)";
    default: return "((ep_float)NAN)";
  }
}

void FLOAT;
