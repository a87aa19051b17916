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

import { definesFunctions } from "../compiler/inferFunctions.js";
import type { Spec, Ty } from "../compiler/infer.js";

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
  let path = "up";
  for (let s = spec.outer; s; s = s.outer) {
    if (s.def !== null && s.locals.has(name)) return `${path}->${cName}`;
    path += "->up";
  }
  return null;
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
  const lines = [`  ${env} *env = ep_alloc(sizeof *env);`, `  *env = (${env}){0};`];
  if (spec.outer) lines.push(`  env->up = up;`);
  for (const p of params) if (spec.cells.has(p)) lines.push(`  env->${cName(p)} = ${cName(p)};`);
  return lines;
}
