// The operations of vm/builtinSubclass.ts that the class model (classes.ts) calls.
// They are reached through this table, filled when builtinSubclass.ts loads, because
// a static import would close a cycle (classes -> builtinSubclass -> builtins ->
// classes) that evaluates the built-in types before the class model exists. This
// module imports nothing, so it is always initialised first.
import type { Core } from "./core.js";
import type { PyClass } from "./classes.js";
import type { Kwargs, PyType, Value } from "./values.js";

export interface NativeHooks {
  makeNative(core: Core, t: PyType, args: Value[], kwargs: Kwargs): Value;
  nativeAttr(core: Core, v: Value, name: string): Value | undefined;
  nativeBaseClass(t: PyType, strict: boolean): PyClass | null;
  nativeBinary(core: Core, op: string, a: Value, b: Value): Value;
  /** The special method `name` of plain built-in value v's type, or undefined. */
  nativeMethod(v: Value, name: string): Value | undefined;
}

/** Filled by builtinSubclass.ts (imported by core.ts, so before any program runs). */
export const nativeHooks = {} as NativeHooks;
