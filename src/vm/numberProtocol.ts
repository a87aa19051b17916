// The number protocol of user classes: how an instance converts to a built-in number
// where CPython calls a special method instead of refusing it.
//
//   __index__   an exact int: indexing, slicing bounds, range(), hex/bin/oct, counts,
//               operator.index, and int()/float()/complex() as a last resort;
//   __int__     int(x), before __index__ (CPython 3.11 also tries __trunc__);
//   __float__   float(x) and every "real number" argument (math.sqrt(x), "%f" % x),
//               before __index__;
//   __complex__ complex(x), before __float__ and __index__.
//
// Every converter here returns undefined for a value that is not an instance with the
// method, so the callers keep their own fast paths for built-in numbers and their own
// TypeError texts; a method that returns the wrong type raises CPython's TypeError.
// The methods run as nested calls (like every special method other than __init__ and
// __call__), so they cannot block in message passing.

import { typeError } from "./errors.js";
import { PyInstance, callSpecial, typeNameOf } from "./classes.js";
import { bigToFloat } from "./bigint.js";
import { PyBigInt, PyFloat, type Value } from "./values.js";

function isExactInt(v: Value): v is number | PyBigInt {
  // A JS number is an int only when it is an int32 (values.ts: the device word).
  return (typeof v === "number" && (v | 0) === v) || v instanceof PyBigInt;
}

/** `__index__` of an instance: an int (number or PyBigInt), or undefined. */
export function indexSpecial(v: Value): number | PyBigInt | undefined {
  if (!(v instanceof PyInstance)) return undefined;
  const r = callSpecial(v, "__index__", []);
  if (r === undefined) return undefined;
  if (typeof r === "boolean") return r ? 1 : 0;
  if (!isExactInt(r)) throw typeError(`__index__ returned non-int (type ${typeNameOf(r)})`);
  return r;
}

/** int(inst): `__int__`, else `__index__`, else `__trunc__`; undefined when it has none. */
export function intSpecial(v: Value): number | PyBigInt | undefined {
  if (!(v instanceof PyInstance)) return undefined;
  for (const name of ["__int__", "__index__", "__trunc__"]) {
    const r = callSpecial(v, name, []);
    if (r === undefined) continue;
    if (typeof r === "boolean") return r ? 1 : 0;
    if (!isExactInt(r)) throw typeError(`${name} returned non-int (type ${typeNameOf(r)})`);
    return r;
  }
  return undefined;
}

/** A real number from an instance: `__float__`, else `__index__`; undefined when it has neither. */
export function floatSpecial(v: Value): number | undefined {
  if (!(v instanceof PyInstance)) return undefined;
  const r = callSpecial(v, "__float__", []);
  if (r !== undefined) {
    if (r instanceof PyFloat) return r.v;
    if (typeof r === "number" && (r | 0) !== r) return r;
    throw typeError(`${typeNameOf(v)}.__float__ returned non-float (type ${typeNameOf(r)})`);
  }
  const i = indexSpecial(v);
  return i === undefined ? undefined : typeof i === "number" ? i : bigToFloat(i.v);
}

/**
 * complex(inst): the result of `__complex__` (a complex, checked by the caller that
 * knows the class), else the real part from `__float__`/`__index__`.
 */
export function complexSpecial(v: Value): { complex: Value } | { real: number } | undefined {
  if (!(v instanceof PyInstance)) return undefined;
  const z = callSpecial(v, "__complex__", []);
  if (z !== undefined) return { complex: z };
  const x = floatSpecial(v);
  return x === undefined ? undefined : { real: x };
}
