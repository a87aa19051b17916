// Classic-dialect rewriting of the tree before scope analysis, so the rest of the
// compiler sees ordinary Python names:
//  - variable names are case-insensitive (folded to lower case) while function
//    names stay case-sensitive, as in the original;
//  - module-level imports and functions are hoisted (callable before their `def`);
//  - we record the first line at which each module-level name is assigned, for the
//    rule "a function reads and writes the globals assigned before it".

import type * as A from "../lang/ast.js";
import { isExpr, walk, walkBody } from "../lang/walk.js";
import { forEachImport } from "./imports.js";

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
  // Module-level statements only: function bodies and expressions are skipped.
  walkBody(rest, (n) => {
    switch (n.kind) {
      case "Assign": n.targets.forEach((t) => note(t, n.line)); return false;
      case "AugAssign": note(n.target, n.line); return false;
      case "For": note(n.target, n.line); return true;
      default: return n.kind === "If" || n.kind === "While";
    }
  });
  return { globalsBefore };
}

/** Names of every `def`, at any depth (not inside expressions: lambdas have none). */
function collectFunctionNames(body: A.Stmt[], out: Set<string>): void {
  walkBody(body, (n) => {
    if (n.kind === "FunctionDef") out.add(n.name);
    return !isExpr(n) && n.kind !== "Param";
  });
}

/**
 * Names called as functions or imported from modules keep their case too: module
 * functions such as util's `oddSort` are defined outside this file.
 */
function collectCalledNames(body: A.Stmt[], out: Set<string>): void {
  walkBody(body, (n) => {
    if (n.kind === "Call") {
      if (n.func.kind === "Name" && /[A-Z]/.test(n.func.id)) out.add(n.func.id);
    } else if (n.kind === "ImportFrom" && n.names !== "*") {
      for (const a of n.names) out.add(a.asname ?? a.name);
    }
  });
}

/** Names of the modules a classic program imports (any form). */
function importedModules(body: A.Stmt[]): Set<string> {
  const out = new Set<string>();
  forEachImport(body, (s) => {
    if (s.kind === "Import") for (const a of s.names) out.add((a.asname ?? a.name).toLowerCase());
    else out.add(s.module.toLowerCase());
  });
  return out;
}

/**
 * The original discards the part before the last dot of a called name
 * (`math.sqrt(16)` calls `sqrt`, which the import brought in): `m.f(...)` on an
 * imported module `m` becomes `f(...)`.
 */
function dropModulePrefixes(body: A.Stmt[], modules: Set<string>): void {
  // Pre-order: the call is rewritten before the walk reads its (new) children.
  walkBody(body, (n) => {
    if (n.kind !== "Call") return;
    const f = n.func;
    if (f.kind === "Attribute" && f.value.kind === "Name" && modules.has(f.value.id.toLowerCase())) {
      const { line, col, endLine, endCol } = f;
      n.func = { kind: "Name", id: f.attr, line, col, endLine, endCol };
    }
  });
}

/** True when `canon` keeps the name's case (a function name). */
function functionNames(canon: (id: string) => string, name: string): boolean {
  return canon(name) === name && name !== name.toLowerCase();
}

/** Renames every variable occurrence in place (names, params, global lists, keywords). */
function renameAll(mod: A.Module, canon: (id: string) => string): void {
  const renameArgs = (args: A.Arguments) => {
    if (args.vararg) args.vararg = canon(args.vararg);
    if (args.kwarg) args.kwarg = canon(args.kwarg);
  };
  walk(mod, (n) => {
    switch (n.kind) {
      case "Name": n.id = canon(n.id); break;
      case "Param": n.name = canon(n.name); break;
      case "Keyword": if (n.name) n.name = canon(n.name); break;
      case "Global": case "Nonlocal": n.names = n.names.map(canon); break;
      case "Alias":
        // Module names fold (`import Math`); imported names keep their case (see collectCalledNames).
        if (n.asname) n.asname = canon(n.asname);
        else if (!functionNames(canon, n.name)) n.name = n.name.toLowerCase();
        break;
      case "ImportFrom": n.module = n.module.toLowerCase(); break;
      case "FunctionDef": case "Lambda": renameArgs(n.args); break;
    }
  });
}
