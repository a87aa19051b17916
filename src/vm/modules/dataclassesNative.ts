// `_dataclasses`: the native helper of the library module `dataclasses`
// (dataclassesSource.ts). A core has no `exec`, so CPython's way of making a
// dataclass's `__init__` (source text with the field names as parameters) is not
// available; the library's generic `__init__(self, *args, **kwargs)` binds the
// arguments by hand in Python, which made constructing an instance ~20x CPython.
// Instead, for the common classes (see _make_init), the library holds one template
// per field count, `def _init_2(self, _f0, _f1): self._f0 = _f0; self._f1 = _f1`, and
// _specialise gives a function of a copy of its code with the field names in place of
// `_f0`, `_f1`...: then the class's `__init__` is the very function CPython generates
// (the parameters bound by the ordinary call path, with its error messages under the
// qualname `C.__init__`), and runs as any compiled method.

import { expectArgs } from "../args.js";
import { isCodeObject, type CodeObject } from "../../bytecode/code.js";
import { PyError, typeError } from "../errors.js";
import { SIZE } from "../memory.js";
import { PyFunction, PyList, PyModule, PyTuple, type CoreApi } from "../values.js";
import { def } from "./util.js";

export function createDataclassesHelpers(core: CoreApi): PyModule {
  void core;
  const mod = new PyModule("_dataclasses");
  // _specialise(holder, template, names, defaults, qualname): a new function (named
  // as the last part of qualname) whose code is that of the function `template` nested
  // in `holder` (dataclassesSource.ts: `_templates`), with `_f<i>` renamed `names[i]`
  // (in its parameters and its attribute names alike), `defaults` its positional
  // defaults, the holder's globals; charged as a `def`.
  def(mod, "_specialise", (c, args) => {
    expectArgs("_specialise", args, 5);
    const [holder, template, names, defaults, qualname] = args;
    if (!(holder instanceof PyFunction) || typeof template !== "string" || !(names instanceof PyList) || !(defaults instanceof PyTuple) || typeof qualname !== "string") {
      throw typeError("_specialise(holder, template, names, defaults, qualname)");
    }
    const tmpl = holder.code.consts.find((k): k is CodeObject => isCodeObject(k) && k.name === template);
    if (tmpl === undefined) throw new PyError("ValueError", `no template ${template}`);
    const rename = new Map<string, string>();
    names.items.forEach((n, i) => rename.set(`_f${i}`, n as string));
    const to = (s: string) => rename.get(s) ?? s;
    const name = qualname.slice(qualname.lastIndexOf(".") + 1);
    const code: CodeObject = { ...tmpl, name, qualname, varnames: tmpl.varnames.map(to), names: tmpl.names.map(to) };
    const d = defaults.items.slice();
    c.charge(SIZE.functionHeader + SIZE.slot * d.length);
    return new PyFunction(code, holder.globals, d.length ? d : null, null, null);
  });
  return mod;
}
