// `_dataclasses`: the native helper of the library module `dataclasses`
// (dataclassesSource.ts). A core has no `exec`, so CPython's way of making a
// dataclass's `__init__` (source text with the field names as parameters) is not
// available; the library's generic `__init__(self, *args, **kwargs)` binds the
// arguments by hand in Python, which made constructing an instance ~20x CPython.
// Instead, for the common classes (see _make_init), the library holds one template
// per field count, `def _init_2(self, _f0, _f1): self._f0 = _f0; self._f1 = _f1`, and
// _specialise gives a copy of its function whose code has the field names in place of
// `_f0`, `_f1`...: then the class's `__init__` is the very function CPython generates
// (the parameters bound by the ordinary call path, with its error messages under the
// qualname `C.__init__`), and runs as any compiled method.

import { expectArgs } from "../args.js";
import type { CodeObject } from "../../bytecode/code.js";
import { typeError } from "../errors.js";
import { SIZE } from "../memory.js";
import { PyFunction, PyList, PyModule, PyTuple, type CoreApi } from "../values.js";
import { def } from "./util.js";

export function createDataclassesHelpers(core: CoreApi): PyModule {
  void core;
  const mod = new PyModule("_dataclasses");
  // _specialise(template, names, defaults, qualname): a new function (named as the
  // last part of qualname) whose code is the template's with `_f<i>` renamed `names[i]`
  // (in its parameters and its attribute names alike), `defaults` its positional
  // defaults; charged as a `def`. (Also __eq__ and __hash__, from their templates.)
  def(mod, "_specialise", (c, args) => {
    expectArgs("_specialise", args, 4);
    const [tmpl, names, defaults, qualname] = args;
    if (!(tmpl instanceof PyFunction) || !(names instanceof PyList) || !(defaults instanceof PyTuple) || typeof qualname !== "string") {
      throw typeError("_specialise(template, names, defaults, qualname)");
    }
    const rename = new Map<string, string>();
    names.items.forEach((n, i) => rename.set(`_f${i}`, n as string));
    const to = (s: string) => rename.get(s) ?? s;
    const name = qualname.slice(qualname.lastIndexOf(".") + 1);
    const code: CodeObject = { ...tmpl.code, name, qualname, varnames: tmpl.code.varnames.map(to), names: tmpl.code.names.map(to) };
    const d = defaults.items.slice();
    c.charge(SIZE.functionHeader + SIZE.slot * d.length);
    return new PyFunction(code, tmpl.globals, d.length ? d : null, null, null);
  });
  return mod;
}
