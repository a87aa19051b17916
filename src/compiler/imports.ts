// Import statements of a module body, wherever they stand (nested blocks and function
// bodies too): the driver follows them to user modules, the classic rewriter treats
// the imported names specially.

import type * as A from "../lang/ast.js";
import { isExpr, walkBody } from "../lang/walk.js";
import { prefixesOf } from "./packages.js";

/** Calls `cb` for every `import` / `from ... import` statement, in source order. */
export function forEachImport(body: A.Stmt[], cb: (stmt: A.Import | A.ImportFrom) => void): void {
  walkBody(body, (n) => {
    if (n.kind === "Import" || n.kind === "ImportFrom") {
      cb(n);
      return false;
    }
    // Statements only: no expression contains an import.
    return !isExpr(n) && n.kind !== "Param";
  });
}

/**
 * Names of the modules imported anywhere in a body, in source order (repeats kept),
 * then those named by `__import__("literal")` / `import_module("literal")` calls (so
 * that they are in the image).
 */
export function importedModuleNames(body: A.Stmt[]): string[] {
  const out: string[] = [];
  // `import a.b` runs `a`, then `a.b` (packages.ts); `from a import m` may run `a.m`.
  forEachImport(body, (s) => {
    if (s.kind === "Import") for (const a of s.names) out.push(...prefixesOf(a.name));
    else out.push(...prefixesOf(s.module), ...(s.submodules ?? []));
  });
  walkBody(body, (n) => {
    if (isImportCall(n) && n.args[0]?.kind === "Str") out.push(...prefixesOf(n.args[0].value));
  });
  return out;
}

/** A call of `__import__`, or of `import_module` (importlib's, by name: `importlib.import_module`, or imported). */
function isImportCall(n: A.Node): n is A.Call {
  if (n.kind !== "Call") return false;
  const f = n.func;
  return (f.kind === "Name" && (f.id === "__import__" || f.id === "import_module")) || (f.kind === "Attribute" && f.attr === "import_module");
}

const MODULE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/**
 * The modules a body may import by a name computed at run time (`__import__(name)`,
 * `importlib.import_module(name)` of anything but a string literal): every string of
 * the body that could name a module, as the compiler cannot know what the expression
 * holds. A name that is no module costs nothing; one that is brings its code into the
 * image, whether the program imports it or not. Empty without such a call.
 */
export function dynamicImportNames(body: A.Stmt[]): string[] {
  let dynamic = false;
  const strings: string[] = [];
  walkBody(body, (n) => {
    if (isImportCall(n) && n.args.length > 0 && n.args[0].kind !== "Str") dynamic = true;
    else if (n.kind === "Str" && MODULE_NAME.test(n.value)) strings.push(n.value);
  });
  return dynamic ? strings.flatMap(prefixesOf) : [];
}

/**
 * The library modules that attributes made on first use (`late`: "module.attr" ->
 * library module, vm/modules/library.ts lateModuleAttributes) need in the image: those
 * whose module this body imports (`import sys`, `from sys import ...`) and whose
 * attribute it names (`sys.stdin`, `x.stdin`, `from sys import stdin`, a string
 * "stdin" as in getattr). Found by name, as the compiler cannot know what an
 * expression holds: naming the attribute of another object only costs the image a
 * module it never runs. Builtins' such attributes ("builtins.open") need no import:
 * a bare name (`open(0)`) names them.
 */
export function lateAttributeModules(body: A.Stmt[], late: ReadonlyMap<string, string>): string[] {
  if (late.size === 0) return [];
  const imported = new Set<string>();
  const named = new Set<string>();
  forEachImport(body, (s) => {
    if (s.kind === "Import") for (const a of s.names) imported.add(a.name);
    else {
      imported.add(s.module);
      if (s.names !== "*") for (const a of s.names) named.add(`${s.module}.${a.name}`);
    }
  });
  imported.add("builtins");
  const attrs = new Set<string>();
  const names = new Set<string>();
  walkBody(body, (n) => {
    if (n.kind === "Name") names.add(n.id);
    else if (n.kind === "Attribute") attrs.add(n.attr);
    else if (n.kind === "Str") attrs.add(n.value); // getattr(sys, "stdin"), hasattr
  });
  const out: string[] = [];
  for (const [key, mod] of late) {
    const dot = key.lastIndexOf(".");
    const owner = key.slice(0, dot), attr = key.slice(dot + 1);
    if (named.has(key) || (imported.has(owner) && attrs.has(attr)) || (owner === "builtins" && names.has(attr))) out.push(mod);
  }
  return out;
}
