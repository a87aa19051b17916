// The original ePython's `memory` module: explicit `free` and `gc`.
//
// Memory is managed by the core's own collector (the lead's `collectGarbage`), so
// `free(x)` only checks that x is heap data, as the original did ("Attempting to free
// non allocated heap memory" for a scalar), and leaves reclamation to the collector;
// the value stays usable (the original's use-after-free is undefined behaviour).
//
// `used()` and `limit()` report the core's heap bytes when the core provides
// `memoryUsed()` / `memoryLimit()`.

import { expectArgs, expectKwargs } from "../args.js";
import { valueError } from "../errors.js";
import { PyList, PyModule, PyTuple, type CoreApi } from "../values.js";
import { def, notAvailable } from "./util.js";

/** Optional memory operations of a core (not part of CoreApi's contract yet). */
interface MemoryIntrospection {
  collectGarbage?(): void;
  memoryUsed?(): number;
  memoryLimit?(): number;
}

export function createMemory(core: CoreApi): PyModule {
  void core;
  const mod = new PyModule("memory");

  def(mod, "free", (_c, args, kwargs) => {
    expectKwargs("free", kwargs);
    expectArgs("free", args, 1);
    const v = args[0];
    // Lists, tuples and strings live on the heap; everything else is a scalar slot.
    if (!(v instanceof PyList || v instanceof PyTuple || typeof v === "string")) {
      throw valueError("Attempting to free non allocated heap memory");
    }
    return null;
  });

  def(mod, "gc", (c, args, kwargs) => {
    expectKwargs("gc", kwargs);
    expectArgs("gc", args, 0);
    (c as CoreApi & MemoryIntrospection).collectGarbage?.();
    return null;
  });

  def(mod, "used", (c, args, kwargs) => {
    expectKwargs("used", kwargs);
    expectArgs("used", args, 0);
    const m = c as CoreApi & MemoryIntrospection;
    if (!m.memoryUsed) throw notAvailable("memory.used()");
    return m.memoryUsed();
  });

  def(mod, "limit", (c, args, kwargs) => {
    expectKwargs("limit", kwargs);
    expectArgs("limit", args, 0);
    const m = c as CoreApi & MemoryIntrospection;
    if (!m.memoryLimit) throw notAvailable("memory.limit()");
    return m.memoryLimit();
  });

  return mod;
}
