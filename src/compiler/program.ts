// The compiler driver: source files -> Program. It parses the main file, compiles it,
// and follows its imports of user modules (files next to the importing file), so the
// resulting image is self-contained — a micro-core cannot open files.

import { parse } from "../lang/index.js";
import type * as A from "../lang/ast.js";
import type { Program, ModuleUnit } from "../bytecode/code.js";
import { contentHash } from "../bytecode/checksum.js";
import { analyze, assertValid, type Analysis } from "./analyze.js";
import { emitModule } from "./emitter.js";
import { dynamicImportNames, importedModuleNames, lateAttributeModules } from "./imports.js";
import { dirname } from "./paths.js";
import { type FoundModule, findModuleFile, packageOf, resolvePackageImports } from "./packages.js";
import { type SyntaxWarning, syntaxWarnings } from "./warnings.js";
import { type ModuleCache, moduleCacheKey } from "./moduleCache.js";

export interface CompileOptions {
  dialect?: A.Dialect;
  /** Returns a file's text, or null if it does not exist. */
  readFile?: (path: string) => string | null;
  /** Modules provided by the runtime (math, parallel...): never looked up as files. */
  isBuiltinModule?: (name: string) => boolean;
  /**
   * Whether a module file's text came from the runtime's library (a bundled module such
   * as `json`, vm/modules/library.ts) rather than from a file: its code then names
   * `<frozen NAME>` as its file, as CPython's frozen modules do, so a traceback through
   * it never points at a file next to the program that does not exist.
   */
  isLibraryFile?: (path: string) => boolean;
  /** An offload kernel module's device-resident variables (see scopes.ts); main module only. */
  deviceGlobals?: ReadonlySet<string>;
  /**
   * Attributes of built-in modules made on first use from a library module ("sys.stdin"
   * -> "_stdin"; vm/modules/library.ts lateModuleAttributes): a module that imports the
   * built-in module and names the attribute brings that library module into the image.
   */
  lateAttributes?: ReadonlyMap<string, string>;
  /**
   * Receives the main file's SyntaxWarnings (warnings.ts), each time, as CPython
   * prints them compiling the script. (CPython compiles an imported module once and
   * caches it, so its warnings rarely show; they are not reported.)
   */
  syntaxWarning?: (file: string, warning: SyntaxWarning) => void;
  /**
   * Library modules compiled before (moduleCache.ts): one is taken from here, not
   * compiled, when its entry matches; a library module compiled is put there.
   */
  moduleCache?: ModuleCache;
}

/**
 * Compiles one module's source to its body code (no import following): parse,
 * analyse (the first diagnostic is thrown as an EPythonSyntaxError), emit.
 * `prepare` may rewrite the tree first (package imports, packages.ts).
 */
export function compileModule(
  source: string, file: string, name: string, dialect: A.Dialect, deviceGlobals?: ReadonlySet<string>,
  prepare?: (ast: A.Module) => void,
): { unit: ModuleUnit; ast: A.Module; analysis: Analysis } {
  const ast = parse(source, file, { dialect });
  prepare?.(ast);
  const analysis = assertValid(analyze(ast, deviceGlobals));
  return { unit: { name, code: emitModule(analysis), sourceHash: contentHash(source) }, ast: analysis.ast, analysis };
}

export function compileProgram(source: string, file: string, opts: CompileOptions = {}): Program {
  const dialect = opts.dialect ?? "python3";
  const units: ModuleUnit[] = [];
  // Modules are files under the main file's directory (packages.ts).
  const root = dirname(file);
  const read = opts.readFile ?? (() => null);
  const found = new Map<string, FoundModule | null>();
  const lookup = (name: string): FoundModule | null => {
    if (!found.has(name)) found.set(name, opts.isBuiltinModule?.(name) ? null : findModuleFile(root, name, read));
    return found.get(name)!;
  };
  const seen = new Set<string>(["__main__"]);
  // `guessed`: named only by a string of a module importing by computed names
  // (dynamicImportNames): a file that does not compile is then left out, not an error.
  type Pending = { source: string; file: string; name: string; isPackage: boolean; guessed: boolean; library: boolean };
  const pending: Pending[] = [{ source, file, name: "__main__", isPackage: false, guessed: false, library: false }];
  const follow = (mod: string, guessed: boolean) => {
    if (seen.has(mod) || opts.isBuiltinModule?.(mod)) return;
    seen.add(mod);
    const m = lookup(mod);
    // A missing module is not a compile error: the import raises
    // ModuleNotFoundError at run time, where Python would.
    if (m !== null) {
      const library = opts.isLibraryFile?.(m.file) ?? false;
      pending.push({ source: m.source, file: library ? `<frozen ${mod}>` : m.file, name: mod, isPackage: m.isPackage, guessed, library });
    }
  };
  const cache = opts.moduleCache;
  while (pending.length) {
    const next = pending.shift()!;
    const main = next.name === "__main__";
    const key = next.library && cache ? moduleCacheKey(dialect, next.name, next.file, next.isPackage, contentHash(next.source)) : null;
    const hit = key === null ? undefined : cache!.get(key);
    if (hit !== undefined && hit.lookups.every(([n, found]) => (lookup(n) !== null) === found)) {
      units.push(hit.unit);
      for (const mod of hit.imports) follow(mod, false);
      for (const mod of hit.dynamic) follow(mod, true);
      continue;
    }
    // Which other modules exist, as compiling this one asked (recorded for the cache).
    const lookups: [string, boolean][] = [];
    // The classic dialect has no packages: its imports stay as written.
    const prepare = dialect === "classic" ? undefined
      : (ast: A.Module) => resolvePackageImports(ast, packageOf(next.name, next.isPackage), (n) => {
        const found = lookup(n) !== null;
        lookups.push([n, found]);
        return found;
      });
    let compiled: ReturnType<typeof compileModule>;
    try {
      compiled = compileModule(next.source, next.file, next.name, dialect, main ? opts.deviceGlobals : undefined, prepare);
    } catch (e) {
      if (next.guessed) {
        seen.delete(next.name); // a real import of it later reports the error
        continue;
      }
      throw e;
    }
    const { unit, ast } = compiled;
    units.push(unit);
    if (main && opts.syntaxWarning && dialect === "python3") {
      for (const w of syntaxWarnings(ast)) opts.syntaxWarning(next.file, w);
    }
    const late = opts.lateAttributes && dialect === "python3" ? lateAttributeModules(ast.body, opts.lateAttributes) : [];
    const imports = [...importedModuleNames(ast.body), ...late];
    const dynamic = dialect === "python3" ? dynamicImportNames(ast.body) : [];
    for (const mod of imports) follow(mod, false);
    for (const mod of dynamic) follow(mod, true);
    if (key !== null) cache!.put?.(key, { unit, imports, dynamic, lookups });
  }
  return { dialect, modules: units };
}
