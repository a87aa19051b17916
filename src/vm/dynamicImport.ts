// Imports by a name known only at run time: the builtin `__import__` and the
// `importlib` module's `import_module`, with CPython's results and errors.
//
// A core cannot read files, so a module imported this way must be in the program's
// image: a standard module always is; a library module or one of the program's own
// modules is when the program names it in an import or in a string (the compiler's
// compiler/imports.ts dynamicImportNames), as `__import__(name)` of a name from a
// list of strings does. core.ts findModule says so when one is missing.

import { asStr, toInt, typeName } from "./args.js";
import { reprStr } from "./format.js";
import type { Core } from "./core.js";
import { PyError, typeError, valueError } from "./errors.js";
import * as ops from "./ops.js";
import { PyDict } from "./dict.js";
import { PyModule, type CoreApi, type Kwargs, type Value } from "./values.js";
import { def } from "./modules/util.js";

/**
 * Imports `name` (dotted: each package on the way first, as `import a.b.c` does) and
 * returns its last module. Each submodule is bound on its package, as CPython's import
 * system binds it; a name under a module that is no package is CPython's error.
 */
export function importDotted(core: Core, name: string): PyModule {
  const parts = name.split(".");
  let parent: PyModule | null = null;
  for (let i = 0; i < parts.length; i++) {
    const prefix = parts.slice(0, i + 1).join(".");
    if (parent !== null && !core.isPackage(parent.name)) {
      throw new PyError("ModuleNotFoundError", `No module named '${prefix}'; '${parent.name}' is not a package`);
    }
    const m = core.importByName(prefix);
    if (parent !== null && parent.get(parts[i]) === undefined) parent.set(parts[i], m);
    parent = m;
  }
  return parent!;
}

/** CPython's importlib._bootstrap._resolve_name: `name` relative to `package`, `level` dots up. */
function resolveName(name: string, pkg: string, level: number): string {
  const bits = pkg.split(".");
  if (bits.length < level) throw new PyError("ImportError", "attempted relative import beyond top-level package");
  const base = bits.slice(0, bits.length - (level - 1)).join(".");
  return name ? `${base}.${name}` : base;
}

/** CPython's _gcd_import: the sanity checks, then the import of the (resolved) name. */
function gcdImport(core: Core, name: string, pkg: Value, level: number): PyModule {
  if (level > 0) {
    if (typeof pkg !== "string") throw typeError("__package__ not set to a string");
    if (pkg === "") throw new PyError("ImportError", "attempted relative import with no known parent package");
    name = resolveName(name, pkg, level);
  } else if (name === "") {
    throw valueError("Empty module name");
  }
  return importDotted(core, name);
}

/** Positional and keyword arguments of a builtin by parameter name (null: not given). */
function bindParams(fname: string, params: readonly string[], args: Value[], kwargs: Kwargs): (Value | undefined)[] {
  if (args.length > params.length) {
    throw typeError(`${fname}() takes at most ${params.length} arguments (${args.length} given)`);
  }
  const out: (Value | undefined)[] = [...args];
  for (const [k, v] of kwargs ?? []) {
    const i = params.indexOf(k);
    if (i < 0) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
    if (i < args.length) throw typeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
    out[i] = v;
  }
  return out;
}

/**
 * `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the top package
 * of a dotted name, or with a fromlist the named module itself (its submodules in the
 * fromlist imported when they exist), as CPython's.
 */
export function importBuiltin(c: CoreApi, args: Value[], kwargs: Kwargs): Value {
  const core = c as unknown as Core;
  const [given, globals, , fromlist, levelArg] = bindParams("__import__", ["name", "globals", "locals", "fromlist", "level"], args, kwargs);
  if (given === undefined) throw typeError("__import__() missing required argument 'name' (pos 1)");
  // A str subclass's instance is its text (CPython's PyUnicode_Check).
  const name = asStr(given);
  if (name === undefined) throw typeError("module name must be a string");
  const level = levelArg === undefined ? 0 : toInt(levelArg, "");
  if (level < 0) throw valueError("level must be >= 0");
  let pkg: Value = null;
  if (level > 0) {
    const g = globals instanceof PyDict ? globals : null;
    pkg = g?.get("__package__") ?? null;
    if (pkg === null) {
      const mod = g?.get("__name__");
      if (typeof mod !== "string") throw new PyError("KeyError", "'__name__' not in globals");
      pkg = core.isPackage(mod) ? mod : mod.slice(0, Math.max(mod.lastIndexOf("."), 0));
    }
  }
  const m = gcdImport(core, name, pkg, level);
  const from = fromlist === undefined || fromlist === null ? [] : ops.iterableItems(fromlist, core);
  if (from.length === 0) {
    // The top package of what was imported (relative: of the resolved name).
    if (level === 0) return core.importByName(name.split(".")[0]);
    const cut = name.split(".").length - 1;
    const parts = m.name.split(".");
    return core.importByName(parts.slice(0, parts.length - cut).join("."));
  }
  if (core.isPackage(m.name)) {
    for (const item of from) {
      if (typeof item !== "string" || item === "*" || m.get(item) !== undefined) continue;
      try {
        importDotted(core, `${m.name}.${item}`);
      } catch (e) {
        // CPython ignores a fromlist name that is no submodule (it may be an attribute).
        if (!(e instanceof PyError && e.kind === "ModuleNotFoundError" && !core.isAnnotated(e))) throw e;
      }
    }
  }
  return m;
}

/** importlib: `import_module(name, package=None)` and `invalidate_caches()` (nothing to do). */
export function createImportlib(c: CoreApi): PyModule {
  void c;
  const mod = new PyModule("importlib");
  def(mod, "import_module", (c2, args, kwargs) => {
    const core = c2 as unknown as Core;
    const [name, pkg] = bindParams("import_module", ["name", "package"], args, kwargs);
    if (name === undefined) throw typeError("import_module() missing 1 required positional argument: 'name'");
    // CPython's import_module calls name.startswith('.') first.
    if (typeof name !== "string") throw new PyError("AttributeError", `'${typeName(name)}' object has no attribute 'startswith'`);
    let level = 0;
    if (name.startsWith(".")) {
      if (pkg === undefined || pkg === null || pkg === "") {
        throw typeError(`the 'package' argument is required to perform a relative import for ${reprStr(name)}`);
      }
      while (name[level] === ".") level++;
    }
    return gcdImport(core, name.slice(level), pkg ?? null, level);
  });
  def(mod, "invalidate_caches", () => null);
  return mod;
}
