// `_warnings`: the native helper of the library module `warnings` (warningsSource.ts):
// where the warning is attributed — the file, line and module of the frame
// `stacklevel` levels above `warnings.warn` (CPython's rule: 1 is warn's caller).

import { expectArgs } from "../args.js";
import { builtins } from "../builtins.js";
import type { Core } from "../core.js";
import { PyError, typeError } from "../errors.js";
import { PyModule, type CoreApi } from "../values.js";
import { lineOf } from "../../lang/diagnostics.js";
import { def } from "./util.js";

/**
 * A warning a native function raises for its Python caller (CPython's library code
 * calls warnings.warn with the stacklevel of its caller): through the `warnings`
 * module when the program imported it, so that its filters and showwarning apply;
 * else, as the module is not in every program's image, CPython's default display
 * (DeprecationWarning only in __main__, once per location and text) written here.
 */
export function warnFromNative(c: CoreApi, category: string, message: string): void {
  let warnings: PyModule | null = null;
  try {
    warnings = c.importModule("warnings");
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
  }
  if (warnings !== null) {
    c.call(warnings.get("warn")!, [c.newStr(message), builtins.get(category)!, 1]);
    return;
  }
  const f = (c as Core).frame;
  if (!f) return; // no Python caller to attribute it to
  if (category === "DeprecationWarning" && f.globals.name !== "__main__") return;
  const file = f.code.file;
  const line = f.lineAt(f.pc - 1);
  const shown = c.moduleState("_warnings.shown", () => new Set<string>());
  const key = `${file}\0${line}\0${category}\0${message}`;
  if (shown.has(key)) return;
  shown.add(key);
  const text = c.sources?.get(file);
  const quoted = text === undefined ? "" : lineOf(text, line).trim();
  c.writeError(`${file}:${line}: ${category}: ${message}\n${quoted ? `  ${quoted}\n` : ""}`);
}

export function createWarningsHelpers(core: CoreApi): PyModule {
  void core;
  const mod = new PyModule("_warnings");
  // _caller(levels): (filename, lineno, module) of the frame `levels` above the
  // caller of _caller (warn itself is level 0); beyond the outermost frame CPython's
  // ("sys", 1, "sys").
  def(mod, "_caller", (c, args) => {
    expectArgs("_caller", args, 1);
    const levels = args[0];
    if (typeof levels !== "number") throw typeError("stacklevel must be an int");
    let f = (c as Core).frame;
    for (let i = 0; i < levels && f !== null; i++) f = f.parent;
    if (f === null) return c.newTuple(["sys", 1, "sys"]);
    return c.newTuple([c.newStr(f.code.file), f.lineAt(f.pc - 1), f.globals.name]);
  });
  return mod;
}
