// Classic-dialect rewriting of the tree before scope analysis, so the rest of the
// compiler sees ordinary Python names:
//  - variable names are case-insensitive (folded to lower case) while function
//    names stay case-sensitive, as in the original;
//  - module-level imports and functions are hoisted (callable before their `def`);
//  - we record the first line at which each module-level name is assigned, for the
//    rule "a function reads and writes the globals assigned before it".

import type * as A from "../lang/ast.js";

export interface ClassicInfo {
  globalsBefore: Map<string, number>;
}

export function rewriteClassic(mod: A.Module): ClassicInfo {
  const functionNames = new Set<string>();
  dropModulePrefixes(mod.body, importedModules(mod.body));
  collectFunctionNames(mod.body, functionNames);
  collectCalledNames(mod.body, functionNames);
  const canon = (id: string) => (functionNames.has(id) ? id : id.toLowerCase());
  renameAll(mod, canon);

  // Hoist module-level imports and defs, keeping their relative order: the original
  // pasted imported modules in and hoisted every function, so a program may call a
  // module's function on a line above its `import`.
  const isImport = (s: A.Stmt) => s.kind === "Import" || s.kind === "ImportFrom";
  const imports = mod.body.filter(isImport);
  const defs = mod.body.filter((s) => s.kind === "FunctionDef");
  const rest = mod.body.filter((s) => s.kind !== "FunctionDef" && !isImport(s));
  mod.body = [...imports, ...defs, ...rest];

  const globalsBefore = new Map<string, number>();
  const note = (t: A.Expr, line: number) => {
    if (t.kind === "Name") {
      if (!globalsBefore.has(t.id)) globalsBefore.set(t.id, line);
    } else if (t.kind === "Tuple" || t.kind === "List") t.elts.forEach((x) => note(x, line));
  };
  const walk = (body: A.Stmt[]) => {
    for (const s of body) {
      switch (s.kind) {
        case "Assign": s.targets.forEach((t) => note(t, s.line)); break;
        case "AugAssign": note(s.target, s.line); break;
        case "For": note(s.target, s.line); walk(s.body); walk(s.orelse); break;
        case "If": case "While": walk(s.body); walk(s.orelse); break;
      }
    }
  };
  walk(rest);
  return { globalsBefore };
}

function collectFunctionNames(body: A.Stmt[], out: Set<string>): void {
  for (const s of body) {
    if (s.kind === "FunctionDef") {
      out.add(s.name);
      collectFunctionNames(s.body, out);
    } else if (s.kind === "If" || s.kind === "While" || s.kind === "For") {
      collectFunctionNames(s.body, out);
      collectFunctionNames(s.orelse, out);
    }
  }
}

/**
 * Names called as functions or imported from modules keep their case too: module
 * functions such as util's `oddSort` are defined outside this file.
 */
function collectCalledNames(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const n of node) collectCalledNames(n, out);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const n = node as Record<string, unknown> & { kind?: string };
  if (n.kind === "Call") {
    const f = n.func as A.Expr;
    if (f.kind === "Name" && /[A-Z]/.test(f.id)) out.add(f.id);
  } else if (n.kind === "ImportFrom" && Array.isArray(n.names)) {
    for (const a of n.names as A.Alias[]) out.add(a.asname ?? a.name);
  }
  for (const key in n) {
    if (key === "source") continue;
    const v = n[key];
    if (typeof v === "object" && v !== null) collectCalledNames(v, out);
  }
}

/** Names of the modules a classic program imports (any form). */
function importedModules(body: A.Stmt[]): Set<string> {
  const out = new Set<string>();
  const walk = (stmts: A.Stmt[]) => {
    for (const s of stmts) {
      if (s.kind === "Import") for (const a of s.names) out.add((a.asname ?? a.name).toLowerCase());
      else if (s.kind === "ImportFrom") out.add(s.module.toLowerCase());
      else if (s.kind === "FunctionDef") walk(s.body);
      else if (s.kind === "If" || s.kind === "While" || s.kind === "For") {
        walk(s.body);
        walk(s.orelse);
      }
    }
  };
  walk(body);
  return out;
}

/**
 * The original discards the part before the last dot of a called name
 * (`math.sqrt(16)` calls `sqrt`, which the import brought in): `m.f(...)` on an
 * imported module `m` becomes `f(...)`.
 */
function dropModulePrefixes(node: unknown, modules: Set<string>): void {
  if (Array.isArray(node)) {
    for (const n of node) dropModulePrefixes(n, modules);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const n = node as Record<string, unknown> & { kind?: string };
  if (n.kind === "Call") {
    const f = n.func as A.Expr;
    if (f.kind === "Attribute" && f.value.kind === "Name" && modules.has(f.value.id.toLowerCase())) {
      n.func = { ...f, kind: "Name", id: f.attr } as A.Name;
    }
  }
  for (const key in n) {
    if (key === "source") continue;
    const v = n[key];
    if (typeof v === "object" && v !== null) dropModulePrefixes(v, modules);
  }
}

/** Renames every variable occurrence in place (names, params, global lists, keywords). */
/** True when `canon` keeps the name's case (a function name). */
function functionNames(canon: (id: string) => string, name: string): boolean {
  return canon(name) === name && name !== name.toLowerCase();
}

function renameAll(node: unknown, canon: (id: string) => string): void {
  if (Array.isArray(node)) {
    for (const n of node) renameAll(n, canon);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const n = node as Record<string, unknown> & { kind?: string };
  switch (n.kind) {
    case "Name": n.id = canon(n.id as string); return;
    case "Param": n.name = canon(n.name as string); break;
    case "Keyword": if (n.name) n.name = canon(n.name as string); break;
    case "Global": case "Nonlocal": n.names = (n.names as string[]).map(canon); return;
    case "Alias":
      // Module names fold (`import Math`); imported names keep their case (see collectCalledNames).
      if (n.asname) n.asname = canon(n.asname as string);
      else if (!functionNames(canon, n.name as string)) n.name = (n.name as string).toLowerCase();
      return;
    case "ImportFrom": n.module = (n.module as string).toLowerCase(); break;
  }
  if (n.kind === "Arguments" || "vararg" in n) {
    if (typeof n.vararg === "string") n.vararg = canon(n.vararg);
    if (typeof n.kwarg === "string") n.kwarg = canon(n.kwarg);
  }
  for (const key in n) {
    if (key === "source") continue;
    const v = n[key];
    if (typeof v === "object" && v !== null) renameAll(v, canon);
  }
}
