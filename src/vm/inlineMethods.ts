// CALL_METHOD of a built-in method stored in a library class (collections.deque's
// append, popleft... in modules/dequeNative.ts), without the generic path's bound
// method and argument copies.
//
// The generic path reads the attribute (a bound method, charged WRAPPER_BYTES and
// dropped at once), then calls it through callObject, which copies the arguments
// again with the receiver in front. For a method registered here the interpreter and
// compiled code call its function directly with [receiver, ...arguments]: the same
// function on the same arguments, so the result, errors and charges are its own.
// What the generic path adds and these calls skip is only the bound method's charge,
// garbage the collector would drop.
//
// Only registered methods qualify: they never block (no SUSPEND result) and take no
// keyword arguments at a CALL_METHOD site, which has none.

import { PyInstance } from "./classes.js";
import type { Core } from "./core.js";
import { BuiltinFunction, type Value } from "./values.js";

const inlineMethods = new WeakSet<BuiltinFunction>();

/** Lets CALL_METHOD call `fn` directly when it is found on an instance's class (see the file comment). */
export function markInlineMethod(fn: BuiltinFunction): void {
  inlineMethods.add(fn);
}

/**
 * CALL_METHOD `obj.name(argc arguments)` (stack[sp-argc .. sp-1]; core.sp must be sp)
 * when `name` is a registered method of obj's class, not shadowed by an instance
 * attribute nor behind a `__getattribute__`: its result; undefined otherwise (the
 * caller then reads the attribute and calls it as CALL does).
 */
export function inlineMethodCall(core: Core, obj: PyInstance, name: string, sp: number, argc: number): Value | undefined {
  if (obj.cls.getattributeHook) return undefined;
  const m = obj.cls.lookup(name);
  if (!(m instanceof BuiltinFunction) || !inlineMethods.has(m) || obj.dict.has(name)) return undefined;
  const args: Value[] = [obj];
  for (let i = sp - argc; i < sp; i++) args.push(core.stack[i]);
  return m.fn(core, args, null) as Value;
}
