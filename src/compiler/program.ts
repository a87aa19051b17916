// The compiler driver: source files -> Program. It parses the main file, compiles it,
// and follows its imports of user modules (files next to the importing file), so the
// resulting image is self-contained — a micro-core cannot open files.

import { dirname, join } from "node:path";
import { parse } from "../lang/index.js";
import type * as A from "../lang/ast.js";
import type { Program, ModuleUnit } from "../bytecode/code.js";
import { contentHash } from "../bytecode/checksum.js";
import { analyze } from "./scopes.js";
import { emitModule } from "./emitter.js";
import { rewriteClassic } from "./classic.js";

export interface CompileOptions {
  dialect?: A.Dialect;
  /** Returns a file's text, or null if it does not exist. */
  readFile?: (path: string) => string | null;
  /** Modules provided by the runtime (math, parallel...): never looked up as files. */
  isBuiltinModule?: (name: string) => boolean;
}

/** Compiles one module's source to its body code (no import following). */
export function compileModule(source: string, file: string, name: string, dialect: A.Dialect): { unit: ModuleUnit; ast: A.Module } {
  const ast = parse(source, file, { dialect });
  const classicGlobalsBefore = dialect === "classic" ? rewriteClassic(ast).globalsBefore : undefined;
  const scopes = analyze(ast, { dialect, file, source, classicGlobalsBefore });
  return { unit: { name, code: emitModule(ast, scopes), sourceHash: contentHash(source) }, ast };
}

export function compileProgram(source: string, file: string, opts: CompileOptions = {}): Program {
  const dialect = opts.dialect ?? "python3";
  const units: ModuleUnit[] = [];
  const seen = new Set<string>(["__main__"]);
  const pending: { source: string; file: string; name: string }[] = [{ source, file, name: "__main__" }];
  while (pending.length) {
    const next = pending.shift()!;
    const { unit, ast } = compileModule(next.source, next.file, next.name, dialect);
    units.push(unit);
    for (const mod of importedModules(ast.body)) {
      if (seen.has(mod) || opts.isBuiltinModule?.(mod)) continue;
      seen.add(mod);
      const path = join(dirname(next.file), `${mod}.py`);
      const text = opts.readFile?.(path) ?? null;
      // A missing module is not a compile error: the import raises
      // ModuleNotFoundError at run time, where Python would.
      if (text !== null) pending.push({ source: text, file: path, name: mod });
    }
  }
  return { dialect, modules: units };
}

/** Names of the modules imported anywhere in a body (including inside functions). */
function importedModules(body: A.Stmt[]): string[] {
  const out: string[] = [];
  const walk = (stmts: A.Stmt[]) => {
    for (const s of stmts) {
      if (s.kind === "Import") for (const a of s.names) out.push(a.name);
      else if (s.kind === "ImportFrom") out.push(s.module);
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
