// The `atexit` module: functions registered to run when the core's program ends (its
// main module returns, an uncaught SystemExit: exit(), sys.exit(), or another uncaught
// exception), last registered first, as CPython's interpreter finalisation runs them.
// An error in one is CPython's "Exception ignored in atexit callback" on stderr and the
// next runs. After an uncaught exception they run before the host prints its traceback
// (CPython: after). Not run after a time limit, nor between the kernels of a
// service-mode device, whose program never ends.
//
// The callbacks are kept in the module itself (a hidden global holding a list of
// (func, args, kwargs) tuples), so the collector traces them as the module's values.

import { isCallable } from "../classes.js";
import type { Core } from "../core.js";
import { PyDict } from "../dict.js";
import { PyError, typeError } from "../errors.js";
import { repr } from "../format.js";
import { eq } from "../ops.js";
import { expectArgs } from "../args.js";
import { PyList, PyModule, PyTuple, type CoreApi, type Kwargs, type Value } from "../values.js";
import { def } from "./util.js";
import { TimeLimitReached } from "../watchdog.js";

/** The hidden global: a name no program can write (it starts with a space). */
const CALLBACKS = " callbacks";

function callbacksOf(mod: PyModule): PyList {
  return mod.get(CALLBACKS) as PyList;
}

export function createAtexit(core: CoreApi): PyModule {
  const mod = new PyModule("atexit");
  mod.set(CALLBACKS, core.newList([]));
  def(mod, "register", (c, args, kwargs) => {
    if (args.length === 0) throw typeError("register() takes at least 1 argument (0 given)");
    const fn = args[0];
    if (!isCallable(fn)) throw typeError("the first argument must be callable");
    let kw: Value = null;
    if (kwargs !== null && kwargs.size > 0) {
      const d = new PyDict(c);
      for (const [k, v] of kwargs) d.set(k, v);
      kw = d;
    }
    callbacksOf(mod).items.push(c.newTuple([fn, c.newTuple(args.slice(1)), kw]));
    c.charge(4);
    return fn;
  });
  def(mod, "unregister", (_c, args) => {
    expectArgs("unregister", args, 1);
    const list = callbacksOf(mod);
    // Every registration of the function goes (compared with ==, as CPython).
    const kept = list.items.filter((t) => !eq((t as PyTuple).items[0], args[0]));
    list.items.length = 0;
    list.items.push(...kept);
    return null;
  });
  def(mod, "_clear", (_c, args) => {
    expectArgs("_clear", args, 0);
    callbacksOf(mod).items.length = 0;
    return null;
  });
  def(mod, "_ncallbacks", (_c, args) => {
    expectArgs("_ncallbacks", args, 0);
    return callbacksOf(mod).items.length;
  });
  def(mod, "_run_exitfuncs", (c, args) => {
    expectArgs("_run_exitfuncs", args, 0);
    runCallbacks(c as unknown as Core, mod);
    return null;
  });
  return mod;
}

/** Runs and forgets the callbacks of `mod`, last registered first. */
function runCallbacks(core: Core, mod: PyModule): void {
  const list = callbacksOf(mod);
  while (list.items.length > 0) {
    const [fn, args, kw] = (list.items.pop() as PyTuple).items;
    let kwargs: Kwargs = null;
    if (kw instanceof PyDict) {
      kwargs = new Map();
      for (let i = 0; i < kw.keys.length; i++) {
        const k = kw.keys[i];
        if (typeof k === "string") kwargs.set(k, kw.vals[i]!);
      }
    }
    try {
      core.call(fn, [...(args as PyTuple).items], kwargs);
    } catch (e) {
      if (!(e instanceof PyError) || e.internal || e instanceof TimeLimitReached || core.isAnnotated(e)) throw e;
      core.writeError(`Exception ignored in atexit callback: ${repr(fn, core.float32)}\n${e.kind}: ${e.pyMessage}\n`);
    }
  }
}

/** At the end of the core's program: the callbacks of its atexit module, if it imported it. */
export function runExitFunctions(core: Core, modules: ReadonlyMap<string, PyModule>): void {
  const mod = modules.get("atexit");
  if (mod !== undefined && callbacksOf(mod).items.length > 0) runCallbacks(core, mod);
}
