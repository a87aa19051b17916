// The compiler driver: source files -> Program. It parses the main file, compiles it,
// and follows its imports of user modules (files next to the importing file), so the
// resulting image is self-contained — a micro-core cannot open files.

import { parse } from "../lang/index.js";
import type * as A from "../lang/ast.js";
import type { Program, ModuleUnit } from "../bytecode/code.js";
import { contentHash } from "../bytecode/checksum.js";
import { analyze, assertValid, type Analysis } from "./analyze.js";
import { emitModule } from "./emitter.js";
import { importedModuleNames } from "./imports.js";
import { dirname, join } from "./paths.js";

export interface CompileOptions {
  dialect?: A.Dialect;
  /** Returns a file's text, or null if it does not exist. */
  readFile?: (path: string) => string | null;
  /** Modules provided by the runtime (math, parallel...): never looked up as files. */
  isBuiltinModule?: (name: string) => boolean;
  /** An offload kernel module's device-resident variables (see scopes.ts); main module only. */
  deviceGlobals?: ReadonlySet<string>;
}

/**
 * Compiles one module's source to its body code (no import following): parse,
 * analyse (the first diagnostic is thrown as an EPythonSyntaxError), emit.
 */
export function compileModule(
  source: string, file: string, name: string, dialect: A.Dialect, deviceGlobals?: ReadonlySet<string>,
): { unit: ModuleUnit; ast: A.Module; analysis: Analysis } {
  const analysis = assertValid(analyze(parse(source, file, { dialect }), deviceGlobals));
  return { unit: { name, code: emitModule(analysis), sourceHash: contentHash(source) }, ast: analysis.ast, analysis };
}

export function compileProgram(source: string, file: string, opts: CompileOptions = {}): Program {
  const dialect = opts.dialect ?? "python3";
  const units: ModuleUnit[] = [];
  const seen = new Set<string>(["__main__"]);
  const pending: { source: string; file: string; name: string }[] = [{ source, file, name: "__main__" }];
  while (pending.length) {
    const next = pending.shift()!;
    const main = next.name === "__main__";
    const { unit, ast } = compileModule(next.source, next.file, next.name, dialect, main ? opts.deviceGlobals : undefined);
    units.push(unit);
    for (const mod of importedModuleNames(ast.body)) {
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
