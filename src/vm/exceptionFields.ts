// The fields CPython 3.10+ gives AttributeError (`name`, `obj`), NameError (`name`)
// and ImportError (`name`, `path`, `msg`).
//
// An exception the program makes takes them as keywords: `AttributeError("x",
// name="n", obj=o)`, `ImportError("m", name="a", path="/p")`; they are stored in the
// instance's own dict (ATTRIBUTE_BYTES each, charged then), as OSError's fields are
// (osError.ts), so assignment works too. Fields not given read None.
//
// An exception the VM raised (its instance made from the error, `inst.text` set)
// answers from the error itself, read when somebody asks (a raise that is caught
// and never inspected costs nothing): the lookup that failed named the attribute in
// its message and the object in `PyError.attributeOf` (classes.ts), a module's
// attribute error names its module; a NameError (not UnboundLocalError) names the
// variable; ModuleNotFoundError the module, a failed `from m import x` the module m.
// A failed deletion (`del o.x`) has neither, as in CPython.

import type { Core } from "./core.js";
import { PyError, typeError } from "./errors.js";
import { ATTRIBUTE_BYTES, type PyClass, type PyInstance } from "./classes.js";
import type { Value } from "./values.js";

/** The built-in classes with fields, and the keywords their constructors take. */
const KEYWORDS: Record<string, readonly string[]> = {
  AttributeError: ["name", "obj"],
  NameError: ["name"],
  ImportError: ["name", "path"],
};
/** The fields each has (ImportError's msg is no keyword: it is args[0]). */
const FIELDS: Record<string, readonly string[]> = {
  AttributeError: ["name", "obj"],
  NameError: ["name"],
  ImportError: ["name", "path", "msg"],
};

/** The built-in class of KEYWORDS that `cls` is or derives from, or null. */
function fieldClass(cls: PyClass): string | null {
  for (const c of cls.mro) if (c.exception && c.module === "builtins" && KEYWORDS[c.name] !== undefined) return c.name;
  return null;
}

/**
 * `E(..., **kwargs)` of an exception class with BaseException's own constructor:
 * stores the keywords AttributeError, NameError and ImportError take, else CPython's
 * TypeError (classes.ts constructInstance calls this only when there are keywords).
 */
export function exceptionKeywords(core: Core, cls: PyClass, inst: PyInstance, kwargs: Map<string, Value>): void {
  const base = fieldClass(cls);
  if (base === null) throw typeError(`${cls.name}() takes no keyword arguments`);
  const allowed = KEYWORDS[base]!;
  for (const k of kwargs.keys()) {
    if (!allowed.includes(k)) throw typeError(`'${k}' is an invalid keyword argument for ${base}()`);
  }
  for (const [k, v] of kwargs) {
    if (!inst.dict.has(k)) core.charge(ATTRIBUTE_BYTES);
    inst.dict.set(k, v);
  }
}

const ATTRIBUTE_ERROR = /^(?:'.+' object|type object '.+'|module '(.+)') has no attribute '(.+)'$/;
const NAME_ERROR = /^(?:name '(.+)' is not defined|cannot access free variable '(.+)' where it is not associated with a value in enclosing scope)$/;
// The name ends at its quote: a reason may follow ("; 'math' is not a package", " (a core has no files...)").
const MODULE_NOT_FOUND = /^No module named '([^']+)'/;
const IMPORT_FROM = /^cannot import name '.+' from '(.+?)'(?: \((.+)\))?$/;

/**
 * Field `name` of exception `inst` when its class has it and its own dict does not
 * (the caller looked there first), else undefined (not a field of this class).
 */
export function exceptionField(core: Core, inst: PyInstance, name: string): Value | undefined {
  const base = fieldClass(inst.cls);
  if (base === null || !FIELDS[base]!.includes(name)) return undefined;
  const err = inst.text !== null ? inst.error : null;
  if (base === "ImportError" && name === "msg") {
    if (err !== null) return inst.text;
    const args = inst.args?.items ?? [];
    return args.length === 1 ? args[0]! : null;
  }
  if (err === null) return null;
  return vmField(core, err, base, name) ?? null;
}

/** What the VM's own error says of field `name` (undefined: nothing). */
function vmField(core: Core, err: PyError, base: string, name: string): Value | undefined {
  const message = err.pyMessage;
  if (base === "AttributeError") {
    if (err.noAttributeContext) return undefined;
    const m = ATTRIBUTE_ERROR.exec(message);
    if (m === null) return undefined;
    if (name === "name") return m[2];
    if (err.attributeOf !== undefined) return err.attributeOf as Value;
    return m[1] !== undefined ? core.findModule(m[1]) ?? undefined : undefined;
  }
  if (base === "NameError") {
    // CPython names the variable of a NameError proper, not of an UnboundLocalError.
    if (err.kind !== "NameError") return undefined;
    const m = NAME_ERROR.exec(message);
    return m === null ? undefined : m[1] ?? m[2];
  }
  const missing = MODULE_NOT_FOUND.exec(message);
  if (missing !== null) return name === "name" ? missing[1] : undefined;
  const from = IMPORT_FROM.exec(message);
  if (from === null) return undefined;
  if (name === "name") return from[1];
  return from[2] === undefined || from[2] === "unknown location" ? undefined : from[2];
}
