// Packages (Python 3 dialect): which file a dotted module name is, and the rewriting
// of one module's imports before analysis, so that the emitter and the VM only ever
// see absolute module names.
//
// The model, as CPython's for a program run as `python main.py`:
// - Module `a.b.c` is `<root>/a/b/c.py` or the package `<root>/a/b/c/__init__.py`,
//   where root is the main file's directory (CPython's sys.path[0]).
// - A module's package is its own name for a package (`__init__.py`), else its name
//   without the last part; the main module and top-level modules have none.
// - `from .m import x` / `from .. import y` are resolved here against that package
//   (a relative import the package cannot satisfy is CPython's ImportError text, as
//   a compile error: the image has no other modules to try).
// - `from pkg import name` where `pkg/name.py` (or a subpackage) exists records `name`
//   in ImportFrom.submodules: the emitter imports `pkg.name` first, which binds the
//   submodule as an attribute of `pkg` (vm/core.ts), as CPython's import system does.
//
// Invariant: after `resolvePackageImports`, every ImportFrom has level 0 and every
// module name in an Import/ImportFrom is absolute.

import type * as A from "../lang/ast.js";
import { EPythonSyntaxError } from "../lang/diagnostics.js";
import { forEachImport } from "./imports.js";
import { join } from "./paths.js";

/** A user module found on disk: its text and file, and whether it is a package. */
export interface FoundModule {
  source: string;
  file: string;
  isPackage: boolean;
}

/** Reads `readFile` for a module's candidate files; null when neither exists. */
export function findModuleFile(root: string, name: string, readFile: (path: string) => string | null): FoundModule | null {
  const parts = name.split(".");
  const file = join(root, ...parts) + ".py";
  // A module of a package never falls back to a library module of the same base name.
  if (parts.length > 1 && readFile(join(root, ...parts.slice(0, -1), "__init__.py")) === null) return null;
  const text = readFile(file);
  if (text !== null) return { source: text, file, isPackage: false };
  const init = join(root, ...parts, "__init__.py");
  const pkg = readFile(init);
  return pkg === null ? null : { source: pkg, file: init, isPackage: true };
}

/** The package relative imports of module `name` start from (null: none, as `__main__`). */
export function packageOf(name: string, isPackage: boolean): string | null {
  if (name === "__main__") return null;
  if (isPackage) return name;
  const dot = name.lastIndexOf(".");
  return dot < 0 ? null : name.slice(0, dot);
}

/**
 * Rewrites the imports of `mod` (module `name`'s tree) to absolute names and marks
 * the submodules `from pkg import ...` names. `isModule` tells whether a dotted name
 * is a user module of the program (a file exists for it).
 */
export function resolvePackageImports(
  mod: A.Module, pkg: string | null, isModule: (name: string) => boolean,
): void {
  forEachImport(mod.body, (s) => {
    if (s.kind !== "ImportFrom") return;
    if (s.level > 0) {
      s.module = absoluteName(s, pkg, mod);
      s.level = 0;
    }
    if (s.names === "*") return;
    const subs = s.names.map((a) => `${s.module}.${a.name}`).filter(isModule);
    if (subs.length) s.submodules = subs;
  });
}

function absoluteName(s: A.ImportFrom, pkg: string | null, mod: A.Module): string {
  const fail = (msg: string) => new EPythonSyntaxError(msg, mod.file, s, mod.source, "ImportError");
  if (pkg === null) throw fail("attempted relative import with no known parent package");
  const parts = pkg.split(".");
  if (s.level - 1 >= parts.length) throw fail("attempted relative import beyond top-level package");
  const base = parts.slice(0, parts.length - (s.level - 1)).join(".");
  return s.module ? `${base}.${s.module}` : base;
}

/** `a.b.c` -> `a`, `a.b`, `a.b.c`: the modules an import of it runs, in order. */
export function prefixesOf(name: string): string[] {
  const parts = name.split(".");
  return parts.map((_, i) => parts.slice(0, i + 1).join("."));
}
