// C for functions as values (see src/compiler/inferFunctions.ts for the model).
//
// A specialisation whose body creates functions gets an environment struct
// `env_<cName>`, heap-allocated at entry: its cells (the locals nested functions use)
// live there instead of in C locals, and `up` points to the environment of the
// specialisation that created it (when it is itself nested). A closure's C value is a
// pointer to its creator's environment, passed to its specialisations as `up`; a use
// of an enclosing function's variable is `up->v_x` (`up->up->v_x` two levels out).
// Environments are never freed (closures may outlive their call; the runtime has no
// collector), so a function that creates closures allocates one small block per call.

import { definesFunctions, memberTag } from "../compiler/inferFunctions.js";
import { enclosingSpec, type Spec, type Ty } from "../compiler/infer.js";

/** True if the specialisation keeps an environment (its body creates functions). */
export function hasEnv(spec: Spec): boolean {
  return spec.def !== null && definesFunctions(spec.def);
}

export function envType(spec: Spec): string {
  return `env_${spec.cName}`;
}

/** C type of a function value: its creator's environment, or nothing at module level. */
export function funcCType(t: Ty & { k: "func" }): string {
  return t.outer ? `${envType(t.outer)} *` : "ep_none";
}

/**
 * The C access of `name` in `spec` when it is a cell (its own, `env->v_x`, or an
 * enclosing function's, `up->v_x`); null for plain locals and globals.
 */
export function cellAccess(spec: Spec, name: string, cName: string): string | null {
  if (spec.def === null) return null;
  if (spec.locals.has(name)) return spec.cells.has(name) && hasEnv(spec) ? `env->${cName}` : null;
  const owner = enclosingSpec(spec, name);
  if (!owner) return null;
  let path = "up";
  for (let s = spec.outer; s && s !== owner; s = s.outer) path += "->up";
  return `${path}->${cName}`;
}

/** The struct of a specialisation's environment (`cType`, `cName` give field types and names). */
export function envStruct(spec: Spec, cType: (t: Ty) => string, cName: (name: string) => string): string {
  const fields: string[] = [];
  if (spec.outer) fields.push(`${envType(spec.outer)} *up;`);
  for (const name of spec.cells) {
    const t = spec.vars.get(name);
    if (t) fields.push(`${cType(t)} ${cName(name)};`);
  }
  // C99 has no empty structs; an environment with nothing to keep still has a distinct address.
  if (!fields.length) fields.push("char unused_;");
  return `struct ${envType(spec)} { ${fields.join(" ")} };`;
}

/** Entry of a specialisation with an environment: allocate it, link it, move captured parameters in. */
export function envPrologue(spec: Spec, params: string[], cName: (name: string) => string): string[] {
  const env = envType(spec);
  // Nothing to keep and no enclosing environment: no closure ever dereferences it
  // (a use of a cell goes through the environment that holds it), so no allocation.
  if (!spec.cells.size && !spec.outer) return [`  ${env} *env = NULL;`];
  const lines = [`  ${env} *env = ep_alloc(sizeof *env);`, `  *env = (${env}){0};`];
  if (spec.outer) lines.push(`  env->up = up;`);
  for (const p of params) if (spec.cells.has(p)) lines.push(`  env->${cName(p)} = ${cName(p)};`);
  return lines;
}

// ------------------------------------------------- sorted / min / max with key=

/** The C of a -1/0/1 comparison of two keys (emitC's cmpCode: numbers, strs, tuples of them). */
export type KeyCompare = (x: string, y: string) => string;

/**
 * A qsort comparator of indices into a list of (key, value) pairs: by key, then by
 * index, so the sort is stable as Python's; `reverse` inverts only the key order
 * (Python's reverse=True keeps equal elements in their original order).
 * The pairs are reached through a per-core pointer (`ep_keyed_`) since qsort has no
 * context argument; it is set just before qsort, which calls no user code.
 */
export function keyComparator(name: string, pairT: string, keyC: string, compare: KeyCompare, reverse: boolean): string {
  const cmp = compare("x", "y");
  return [
    `static int ${name}(const void *a, const void *b) {`,
    `  int32_t i = *(const int32_t *)a, j = *(const int32_t *)b;`,
    `  ${keyC} x = EP_AT(${pairT}, ep_keyed_, i).f0, y = EP_AT(${pairT}, ep_keyed_, j).f0;`,
    `  int c = ${reverse ? `-${cmp}` : cmp};`,
    `  return c ? c : (i > j) - (i < j);`,
    `}`,
  ].join("\n");
}

/** The global the comparators read (emitted once, before them). */
export const KEYED_DECL = "static EP_TLS ep_list *ep_keyed_;";

/** `sorted(xs, key=f)` given the C of the pairs list. */
export function sortedByKey(pairs: string, pairT: string, valueC: string, comparator: string, fresh: (b: string) => string): string {
  const p = fresh("p"), ix = fresh("ix"), r = fresh("r"), i = fresh("i");
  return `({ ep_list *${p} = ${pairs}; int32_t *${ix} = ep_alloc(sizeof(int32_t) * (size_t)(${p}->len + 1));`
    + ` for (int32_t ${i} = 0; ${i} < ${p}->len; ${i}++) ${ix}[${i}] = ${i};`
    + ` ep_keyed_ = ${p}; qsort(${ix}, (size_t)${p}->len, sizeof(int32_t), ${comparator});`
    + ` ep_list *${r} = ep_list_new(${p}->len, sizeof(${valueC}));`
    + ` for (int32_t ${i} = 0; ${i} < ${p}->len; ${i}++) EP_AT(${valueC}, ${r}, ${i}) = EP_AT(${pairT}, ${p}, ${ix}[${i}]).f1;`
    + ` ep_free(${ix}); ${r}; })`;
}

/** `min/max(xs, key=f)`: the first element whose key is least (min) or greatest (max). */
export function extremeByKey(kind: "min" | "max", pairs: string, pairT: string, compare: KeyCompare, line: number, fresh: (b: string) => string): string {
  const p = fresh("p"), b = fresh("b"), i = fresh("i");
  const c = compare(`EP_AT(${pairT}, ${p}, ${i}).f0`, `EP_AT(${pairT}, ${p}, ${b}).f0`);
  return `({ ep_list *${p} = ${pairs}; if (${p}->len == 0) ep_value_error("${kind}() arg is an empty sequence", ${line}, FN);`
    + ` int32_t ${b} = 0; for (int32_t ${i} = 1; ${i} < ${p}->len; ${i}++) if (${c} ${kind === "min" ? "<" : ">"} 0) ${b} = ${i};`
    + ` EP_AT(${pairT}, ${p}, ${b}).f1; })`;
}

// ------------------------------------------------------- values of several functions

/** A value that is one of several functions: the member's tag and its environment (if any). */
export const UNION_TYPEDEF = "typedef struct { int32_t tag; void *env; } ep_fnval;";

/** The C value `code` of function type t as a value of union type u; null if t does not fit. */
export function unionValue(code: string, t: Ty, u: Ty & { k: "funcs" }, fresh: (b: string) => string): string | null {
  if (t.k === "func" || t.k === "builtin") {
    const tag = memberTag(u, t);
    if (tag < 0) return null;
    return t.k === "func" && t.outer ? `((ep_fnval){${tag}, (void *)(${code})})` : `((void)(${code}), (ep_fnval){${tag}, NULL})`;
  }
  if (t.k === "funcs") {
    // A smaller union into a larger one: its tags are renumbered.
    const tags = t.members.map((m) => memberTag(u, m));
    if (tags.some((x) => x < 0)) return null;
    const v = fresh("u");
    return `({ ep_fnval ${v} = ${code}; ${v}.tag = ((const int32_t[]){${tags.join(", ")}})[${v}.tag]; ${v}; })`;
  }
  return null;
}
