// `_warnings`: the native helper of the library module `warnings` (warningsSource.ts):
// where the warning is attributed — the file, line and module of the frame
// `stacklevel` levels above `warnings.warn` (CPython's rule: 1 is warn's caller).

import { expectArgs } from "../args.js";
import type { Core } from "../core.js";
import { typeError } from "../errors.js";
import { PyModule, type CoreApi } from "../values.js";
import { def } from "./util.js";

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
