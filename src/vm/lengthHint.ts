// CPython's length-hint protocol (PEP 424, PyObject_LengthHint): `len(x)` when x has a
// length, else what x's type's `__length_hint__` answers, else a default. Built-in
// iterators answer through `PyIterator.lengthHint` (values.ts); `it.__length_hint__()`
// by name is builtinDunders.ts's entry over the same method; `operator.length_hint`
// is this function with CPython's argument rules.

import { typeName } from "./args.js";
import { intOf } from "./bigint.js";
import { builtins } from "./builtins.js";
import { NotImplemented, PyInstance, callSpecial } from "./classes.js";
import type { Core } from "./core.js";
import { PyError, typeError, valueError } from "./errors.js";
import { fitsIndexSized, ssizeOverflow } from "./indexSized.js";
import { PyBigInt, PyIterator, type Value } from "./values.js";

/** A Py_ssize_t out of an int, a subclass's included (CPython's PyLong_AsSsize_t error past 64 bits). */
function ssize(v: number | boolean | PyBigInt | PyInstance): number | bigint {
  if (v instanceof PyInstance) return ssize(v.native as number | boolean | PyBigInt);
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  if (!fitsIndexSized(v)) throw ssizeOverflow();
  return v.v;
}

const isIntValue = (v: Value): v is number | boolean | PyBigInt | PyInstance =>
  (typeof v === "number" && (v | 0) === v) || typeof v === "boolean" || v instanceof PyBigInt ||
  (v instanceof PyInstance && v.native !== undefined && isIntValue(v.native));

/** The hint of `obj`, or `dflt` when it gives none; CPython's errors for a bad `__length_hint__`. */
export function lengthHint(core: Core, obj: Value, dflt: Value): Value {
  try {
    return core.call(builtins.get("len")!, [obj]);
  } catch (e) {
    // No length (or a __len__ raising TypeError): CPython goes on to the hint.
    if (!(e instanceof PyError && e.kind === "TypeError")) throw e;
  }
  let r: Value | undefined;
  if (obj instanceof PyInstance) r = callSpecial(obj, "__length_hint__", []);
  else if (obj instanceof PyIterator && obj.lengthHint !== undefined) r = iteratorHint(core, obj);
  if (r === undefined || r === NotImplemented) return dflt;
  if (!isIntValue(r)) throw typeError(`__length_hint__ must be an integer, not ${typeName(r)}`);
  const n = ssize(r);
  if (n < 0) throw valueError("__length_hint__() should return >= 0");
  return typeof n === "bigint" ? intOf(core, n) : n;
}

/** A built-in iterator's `__length_hint__()`: its items left, as an int. */
export function iteratorHint(core: Core, it: PyIterator): Value {
  const n = it.lengthHint!();
  return typeof n === "bigint" ? intOf(core, n) : n;
}

/** operator.length_hint(obj, default=0, /): the default must be an int (CPython's TypeError). */
export function operatorLengthHint(core: Core, args: Value[]): Value {
  const given = args.length > 1 ? args[1] : 0;
  if (!isIntValue(given)) throw typeError(`'${typeName(given)}' object cannot be interpreted as an integer`);
  const d = ssize(given);
  return lengthHint(core, args[0], typeof d === "bigint" ? intOf(core, d) : d);
}
