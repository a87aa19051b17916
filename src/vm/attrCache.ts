// Inline caches for attribute reads, attribute writes and method calls on instances
// of user classes (the baseline compiler's LOAD_ATTR, STORE_ATTR and CALL_METHOD,
// jit/baseline.ts: one cache per instruction).
//
// A cache remembers, for one class and one version of all class namespaces
// (classVersion.ts), what the generic paths of classes.ts (genericGetAttr,
// setAttrObject, enterMethodCall) would decide from the class alone: which
// attribute the MRO gives for the name, and whether the instance's own dict answers
// first. It never remembers anything about an instance: the instance's dict is read
// on every access. When the class or the epoch differs, the cache is refilled; a
// class whose answer depends on more than that (`__getattribute__`, `__setattr__`,
// properties and other descriptors, `__slots__` refusing the name, exceptions'
// special attributes) is left uncached and goes through the generic path every time,
// so the caches change no behaviour: errors, messages and memory charges are those of
// classes.ts.

import { classEpoch } from "./classVersion.js";
import type { Core } from "./core.js";
import type { Frame } from "./frame.js";
import {
  ATTRIBUTE_BYTES, enter as enterFunctionFrame, enterMethodCall, insertSelf, objectClass, PyBoundMethod, PyClass, PyDescriptor, PyInstance, WRAPPER_BYTES,
} from "./classes.js";
import { BuiltinFunction, PyFunction, PyHeapObject, type Value } from "./values.js";

/** What a filled cache found on the class for its name. */
const enum Found {
  /** Nothing: the instance's dict, else the generic path (`__getattr__`, errors...). */
  Nothing,
  /** A plain value (or a staticmethod's function): the instance's dict, else it. */
  Value,
  /** A function: the instance's dict, else a bound method of it. */
  Method,
}

/** One instruction's cache; `cls` null: empty, or the last class seen is not cacheable. */
export class AttrCache {
  cls: PyClass | null = null;
  epoch = -1;
  found: Found = Found.Nothing;
  value: Value = null;
}

export const newAttrCache = () => new AttrCache();

/** Fills `c` for reads of `name` on instances of `cls` (cls stays null when not cacheable). */
function fillLoad(c: AttrCache, cls: PyClass, name: string): void {
  c.cls = null;
  c.epoch = classEpoch.value;
  if (cls.getattributeHook) return;
  const v = cls.lookup(name);
  if (v === undefined) c.found = Found.Nothing;
  else if (v instanceof PyFunction || v instanceof BuiltinFunction) c.found = Found.Method;
  else if (v instanceof PyDescriptor && v.kind === "staticmethod") {
    c.found = Found.Value;
    c.value = v.fn;
    c.cls = cls;
    return;
  } else if (!(v instanceof PyHeapObject) || v instanceof PyClass) c.found = Found.Value;
  else return; // descriptors, properties, instances (maybe with __get__)...
  c.value = v ?? null;
  c.cls = cls;
}

/** LOAD_ATTR: `obj.name`, as core.getAttr gives it. */
export function loadAttr(core: Core, obj: Value, name: string, c: AttrCache): Value {
  if (obj instanceof PyInstance) {
    const cls = obj.cls;
    if (c.cls !== cls || c.epoch !== classEpoch.value) fillLoad(c, cls, name);
    if (c.cls === cls) {
      const own = obj.dict.get(name);
      if (own !== undefined) return own;
      if (c.found === Found.Value) return c.value;
      if (c.found === Found.Method) {
        core.charge(WRAPPER_BYTES);
        return new PyBoundMethod(obj, c.value);
      }
    }
  }
  return core.getAttr(obj, name);
}

/** Fills `c` for writes of `name` on instances of `cls`. */
function fillStore(c: AttrCache, cls: PyClass, name: string): void {
  c.cls = null;
  c.epoch = classEpoch.value;
  // Exceptions store args, __cause__... apart; __slots__ may refuse the name.
  if (cls.exception || (cls.slots !== null && !cls.slots.has(name))) return;
  const hook = cls.lookup("__setattr__");
  if (hook !== undefined && hook !== objectClass.dict.get("__setattr__")) return;
  const v = cls.lookup(name);
  // A property or another descriptor may take the write.
  if (v instanceof PyDescriptor || v instanceof PyInstance) return;
  c.cls = cls;
}

/** STORE_ATTR: `obj.name = v`, as core.setAttr does it. */
export function storeAttr(core: Core, obj: Value, name: string, v: Value, c: AttrCache): void {
  if (obj instanceof PyInstance) {
    const cls = obj.cls;
    if (c.cls !== cls || c.epoch !== classEpoch.value) fillStore(c, cls, name);
    if (c.cls === cls) {
      const dict = obj.dict;
      if (!dict.has(name)) core.charge(ATTRIBUTE_BYTES);
      dict.set(name, v);
      return;
    }
  }
  core.setAttr(obj, name, v);
}

/** Fills `c` for method calls of `name` on instances of `cls`. */
function fillMethod(c: AttrCache, cls: PyClass, name: string): void {
  c.cls = null;
  c.epoch = classEpoch.value;
  if (cls.getattributeHook) return;
  const m = cls.lookup(name);
  if (!(m instanceof PyFunction)) return;
  c.found = Found.Method;
  c.value = m;
  c.cls = cls;
}

/**
 * CALL_METHOD on an instance: enterMethodCall with the class's method from the cache
 * (a frame for it, the instance inserted as `self`), or null as enterMethodCall
 * gives it (the caller then reads the attribute and calls it).
 */
export function enterMethodCached(core: Core, obj: PyInstance, name: string, objIndex: number, argc: number, callKind: number, c: AttrCache): Frame | null {
  const cls = obj.cls;
  if (c.cls !== cls || c.epoch !== classEpoch.value) fillMethod(c, cls, name);
  if (c.cls !== cls) return enterMethodCall(core, obj, name, objIndex, argc, callKind);
  if (obj.dict.has(name)) return null;
  const m = c.value as PyFunction;
  insertSelf(core, objIndex, argc, m, obj);
  return enterFunctionFrame(core, m, objIndex, argc + 1, null, callKind);
}
