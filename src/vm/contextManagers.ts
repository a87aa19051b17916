// `with` statements (opcode WITH_SETUP; the rest is ordinary bytecode, see the
// emitter's withStatement): the manager's __exit__ is fetched once, before __enter__
// runs, and called with (type, value, traceback) when the body raises, or with three
// Nones when it ends in any other way (falling off its end, return, break, continue).
// A true result from __exit__ suppresses the exception, as in CPython.

import { typeError } from "./errors.js";
import { typeName } from "./args.js";
import { PyInstance } from "./classes.js";
import type { Core } from "./core.js";
import type { Value } from "./values.js";

/**
 * WITH_SETUP: the bound `__exit__` of `mgr`, after checking that its class (as CPython,
 * not the instance) defines both special methods; CPython 3.11's TypeError otherwise.
 */
export function contextExit(core: Core, mgr: Value): Value {
  const cls = mgr instanceof PyInstance ? mgr.cls : null;
  if (cls?.lookup("__enter__") === undefined) {
    throw typeError(`'${typeName(mgr)}' object does not support the context manager protocol`);
  }
  if (cls.lookup("__exit__") === undefined) {
    throw typeError(`'${typeName(mgr)}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  return core.getAttr(mgr, "__exit__");
}
