// `type(name, bases, dict)`: the three-argument form of type, which makes a class as
// a class statement would (classes.ts makeClass: the same checks and hooks). Apart
// from classes.ts because it reads a dict (dict.ts), which the class model's module
// cannot import without a cycle at load time.

import { typeError } from "./errors.js";
import { makeClass, typeClass, typeNameOf } from "./classes.js";
import { namespaceEntries, winningMetaclass } from "./metaclasses.js";
import type { Core } from "./core.js";
import { PyTuple, type Kwargs, type Value } from "./values.js";

/**
 * `type(name, bases, dict)`: a class made as a class statement would make it; when a
 * base has a metaclass, that metaclass makes it (CPython's type_new defers to the winner).
 */
export function classFromType(core: Core, name: Value, bases: Value, ns: Value, kwargs: Kwargs = null): Value {
  if (typeof name !== "string") throw typeError(`type.__new__() argument 1 must be str, not ${typeNameOf(name)}`);
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeNameOf(bases)}`);
  const winner = winningMetaclass(typeClass, bases.items);
  if (winner !== typeClass) return core.call(winner, [name, bases, ns], kwargs);
  const entries = namespaceEntries(ns, "type.__new__()");
  let module = entries.get("__module__");
  // CPython's type_new adds a missing `__module__` after the namespace's entries.
  if (module === undefined) entries.set("__module__", module = core.frame?.globals.name ?? "__main__");
  return makeClass(core, name, bases.items, entries, null, typeof module === "string" ? module : core.frame?.globals.name ?? "__main__", kwargs);
}
