// Slice objects (Python 3 dialect): `slice(start, stop, step)` is a built-in class of
// the object model, like `complex`. The interpreter slices lists, strs, tuples,
// ranges and bytes without making one (SLICE instructions carry the three bounds);
// a slice object is made only when a class's `__getitem__`/`__setitem__`/
// `__delitem__` receives `obj[a:b]`, or when a program builds one itself
// (`xs[slice(1, 3)]`, `s.indices(n)`).
//
// Size: an instance with three attributes (INSTANCE_BYTES + 3 * ATTRIBUTE_BYTES).

import { PyError, typeError, valueError } from "./errors.js";
import { typeName } from "./args.js";
import { repr } from "./format.js";
import { eq, sliceIndices } from "./ops.js";
import { ATTRIBUTE_BYTES, INSTANCE_BYTES, NotImplemented, PyClass, PyInstance, objectClass } from "./classes.js";
import { BuiltinFunction, type CoreApi, type Value } from "./values.js";

const method = (name: string, fn: (core: CoreApi, args: Value[]) => Value) =>
  new BuiltinFunction(name, fn as unknown as BuiltinFunction["fn"]);

/** True for a slice object. */
export function isSlice(v: Value): v is PyInstance {
  return v instanceof PyInstance && v.cls === sliceClass;
}

/** start, stop, step of a slice object. */
export function sliceBounds(s: PyInstance): [Value, Value, Value] {
  return [s.dict.get("start") ?? null, s.dict.get("stop") ?? null, s.dict.get("step") ?? null];
}

/** A new slice object, charged to the core. */
export function makeSlice(core: CoreApi, start: Value, stop: Value, step: Value): PyInstance {
  core.charge(INSTANCE_BYTES + 3 * ATTRIBUTE_BYTES);
  const s = new PyInstance(sliceClass);
  setBounds(s, start, stop, step);
  return s;
}

function setBounds(s: PyInstance, start: Value, stop: Value, step: Value): void {
  s.dict.set("start", start);
  s.dict.set("stop", stop);
  s.dict.set("step", step);
}

export const sliceClass: PyClass = new PyClass("slice", "builtins", [objectClass], new Map<string, Value>([
  ["__init__", method("__init__", (core, args) => {
    const self = args[0] as PyInstance;
    const n = args.length - 1;
    if (n < 1 || n > 3) throw typeError(n < 1 ? "slice expected at least 1 argument, got 0" : `slice expected at most 3 arguments, got ${n}`);
    if (n === 1) setBounds(self, null, args[1], null);
    else setBounds(self, args[1], args[2], n === 3 ? args[3] : null);
    core.charge(3 * ATTRIBUTE_BYTES);
    return null;
  })],
  ["__repr__", method("__repr__", (core, args) => {
    const [a, b, c] = sliceBounds(args[0] as PyInstance);
    const text = (v: Value) => repr(v, core.float32);
    return `slice(${text(a)}, ${text(b)}, ${text(c)})`;
  })],
  ["__eq__", method("__eq__", (_core, args) => {
    if (!isSlice(args[1])) return NotImplemented;
    const a = sliceBounds(args[0] as PyInstance), b = sliceBounds(args[1]);
    return eq(a[0], b[0]) && eq(a[1], b[1]) && eq(a[2], b[2]);
  })],
  // Unhashable, as in CPython 3.11, and read-only.
  ["__hash__", null],
  ["__setattr__", method("__setattr__", () => {
    throw new PyError("AttributeError", "readonly attribute");
  })],
  ["indices", method("indices", (core, args) => {
    const length = args[1];
    if (typeof length !== "number" || (length | 0) !== length) throw typeError(`'${typeName(length)}' object cannot be interpreted as an integer`);
    if (length < 0) throw valueError("length should not be negative");
    const [a, b, c] = sliceBounds(args[0] as PyInstance);
    const [lo, hi, st] = sliceIndices(a, b, c, length);
    return core.newTuple([lo, hi, st]);
  })],
]));
