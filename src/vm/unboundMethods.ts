// Methods of the built-in types taken from the type itself: `str.lower`, `list.append`,
// `dict.get`, as in `sorted(words, key=str.lower)` or `map(str.strip, lines)`. The
// result is a function whose first argument is the instance; it looks the method up
// on that instance (the same tables as `"a".lower`), so there is one definition of
// every method. An instance of another type gets CPython's TypeError.

import { PyError, typeError } from "./errors.js";
import { typeName } from "./args.js";
import { PyInstance } from "./classes.js";
import type { Core } from "./core.js";
import { BuiltinFunction, PyType, type CoreApi, type Value } from "./values.js";
import { typeMethodOf } from "./methods/typeLevel.js";
// Loaded for its effect: it adds str.translate and bytes.translate to the method tables
// (not from typeLevel.ts, which methods/bytes.ts imports before those tables exist).
import "./methods/translate.js";

/** Empty instances of the built-in types, made once per type and core precision to probe for methods. */
const samples = new WeakMap<PyType, Value>();

function sampleOf(core: CoreApi, type: PyType): Value | undefined {
  let v = samples.get(type);
  if (v === undefined && type.construct !== null) {
    let made: ReturnType<NonNullable<PyType["construct"]>>;
    try {
      made = type.construct(core as never, [], null);
    } catch {
      return undefined;
    }
    if (typeof made === "symbol") return undefined;
    v = made;
    samples.set(type, v);
  }
  return v;
}

/**
 * `type.name` as an unbound method, or undefined when the type's instances have no
 * such method (the caller raises its AttributeError).
 */
export function unboundMethod(core: CoreApi, type: PyType, name: string, getAttr: (obj: Value, name: string) => Value): Value | undefined {
  // A static or class method (str.maketrans, int.from_bytes): called as it is, no instance first.
  const typeLevel = typeMethodOf(type, name);
  if (typeLevel !== undefined) return typeLevel;
  const sample = sampleOf(core, type);
  if (sample === undefined) return undefined;
  try {
    getAttr(sample, name);
  } catch (e) {
    if (e instanceof PyError && e.kind === "AttributeError") return undefined;
    throw e;
  }
  const f = new BuiltinFunction(name, (c, args, kw) => {
    if (args.length === 0) throw typeError(`unbound method ${type.name}.${name}() needs an argument`);
    const given = args[0];
    // An instance of a subclass of the type: its value (`list.append(L(), 1)`).
    const self = given instanceof PyInstance && given.native !== undefined && typeName(given.native) === type.name ? given.native : given;
    if (typeName(self) !== type.name && !(type.name === "int" && typeof self === "boolean")) {
      throw typeError(`descriptor '${name}' for '${type.name}' objects doesn't apply to a '${typeName(self)}' object`);
    }
    return (c as unknown as Core).call(getAttr(self, name), args.slice(1), kw);
  });
  f.qualname = `${type.name}.${name}`;
  return f;
}
