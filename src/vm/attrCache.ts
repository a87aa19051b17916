// Inline caches for attribute reads, attribute writes and method calls on instances
// of user classes (the baseline compiler's LOAD_ATTR, STORE_ATTR and CALL_METHOD,
// jit/baseline.ts: one cache per instruction).
//
// A cache remembers, for each of a few classes and one version of all class
// namespaces (classVersion.ts), what the generic paths of classes.ts (genericGetAttr,
// setAttrObject, enterMethodCall) would decide from the class alone: which
// attribute the MRO gives for the name, and whether the instance's own dict answers
// first. Of instances it remembers only attribute layouts (shapes, vm/shapes.ts):
// which slot of an instance's value array holds the name, for a few shapes. A class new to the site gets an entry (up to MAX_CLASSES); a
// changed epoch empties the cache. A class whose answer depends on more than that
// (`__getattribute__`, `__setattr__`, properties and other descriptors, `__slots__`
// refusing the name, exceptions' special attributes) gets a Generic entry and goes
// through the generic path every time, so the caches change no behaviour: errors,
// messages and memory charges are those of classes.ts.

import { classEpoch } from "./classVersion.js";
import type { Core } from "./core.js";
import type { Frame } from "./frame.js";
import {
  ATTRIBUTE_BYTES, enterMethod, enterMethodCall, objectClass, placesArguments, PyBoundMethod, PyClass, PyDescriptor, PyInstance, WRAPPER_BYTES,
} from "./classes.js";
import { DICTIONARY, type Shape, ShapedAttributes } from "./shapes.js";
import { BuiltinFunction, PyFunction, PyHeapObject, type Value } from "./values.js";

/** What a filled entry found on its class for the site's name. */
const enum Found {
  /** Nothing: the instance's dict, else the generic path (`__getattr__`, errors...). */
  Nothing,
  /** A plain value (or a staticmethod's function): the instance's dict, else it. */
  Value,
  /** A function: the instance's dict, else a bound method of it (CALL_METHOD: a frame for it). */
  Method,
  /** Stores: the instance's dict takes the write. */
  Store,
  /** The class is not cacheable for this access: the generic path, every time. */
  Generic,
}

/**
 * Classes a site keeps entries for (richards' and deltablue's sites see up to four
 * subclasses). A site that sees more is megamorphic: its last entry is refilled
 * from the class's own lookup cache (PyClass.lookup) whenever the class differs,
 * which is what a one-class cache did on every miss.
 */
const MAX_CLASSES = 4;

/**
 * One instruction's cache: up to MAX_CLASSES + 1 entries (entry i: `classes[i]`,
 * `found[i]`, `values[i]`), all filled at `epoch`; a changed epoch empties it.
 * Invariant: an entry answers exactly what the generic path would for its class at
 * that epoch, given the instance's own dict (read on every access).
 */
export class AttrCache {
  epoch = -1;
  classes: PyClass[] = [];
  found: Found[] = [];
  values: Value[] = [];
  /**
   * Shape entries (vm/shapes.ts), for compiled LOAD_ATTR and STORE_ATTR to test
   * inline (jit/baseline.ts): an instance whose attributes have shape `sN` reads the
   * site's name from slot `iN` of its value array; a store moves it to shape `tN`
   * (`sN` itself when the name was there, else the shape one name on, and then
   * charges ATTRIBUTE_BYTES) and writes slot `iN`. Only shapes of classes whose
   * entry is not Generic (their instances' own dict answers first, or takes the
   * write) are held, all at `epoch`; a shape implies its class (PyClass.rootShape).
   * Null: an empty entry (no instance's shape is null).
   */
  s0: Shape | null = null;
  s1: Shape | null = null;
  s2: Shape | null = null;
  s3: Shape | null = null;
  i0 = -1;
  i1 = -1;
  i2 = -1;
  i3 = -1;
  t0: Shape | null = null;
  t1: Shape | null = null;
  t2: Shape | null = null;
  t3: Shape | null = null;
  /**
   * CALL_METHOD sites use the shape entries for methods instead (jit/baseline.ts
   * tests them inline): an instance whose attributes have shape `sN` (a shape implies
   * its class, and it lacks the site's name, so nothing shadows the method) calls
   * Python function `mN`, found on the class at `epoch`, whose parameters take the
   * site's arguments in place (the receiver as `self`): the call is
   * core.pushMethodFrame, nothing to look up or bind.
   */
  m0: PyFunction | null = null;
  m1: PyFunction | null = null;
  m2: PyFunction | null = null;
  m3: PyFunction | null = null;
  /**
   * LOAD_ATTR from a class object itself (`Direction.FORWARD`, `Strength.REQUIRED`):
   * the last class read at this site, at `ownerEpoch`, and what the read gives
   * (UNCACHED: the generic path).
   */
  owner: PyClass | null = null;
  ownerEpoch = -1;
  ownerValue: Value = null;
}

/** AttrCache.ownerValue of a class whose attribute is not a plain value. */
const UNCACHED = Object.freeze({ uncached: true }) as unknown as Value;

export const newAttrCache = () => new AttrCache();

type Fill = (c: AttrCache, i: number, cls: PyClass, name: string) => void;

/** The index of `cls`'s entry in `c` (filled by `fill` if the site had none). */
function entryOf(c: AttrCache, cls: PyClass, name: string, fill: Fill): number {
  const classes = c.classes;
  if (c.epoch !== classEpoch.value) {
    c.epoch = classEpoch.value;
    classes.length = c.found.length = c.values.length = 0;
    c.s0 = c.s1 = c.s2 = c.s3 = c.t0 = c.t1 = c.t2 = c.t3 = null;
    c.m0 = c.m1 = c.m2 = c.m3 = null;
    c.i0 = c.i1 = c.i2 = c.i3 = -1;
  }
  let i = 0;
  for (; i < classes.length; i++) if (classes[i] === cls) return i;
  if (i > MAX_CLASSES) i = MAX_CLASSES; // megamorphic: the last entry is refilled
  classes[i] = cls;
  c.values[i] = null;
  fill(c, i, cls, name);
  return i;
}

/**
 * Adds the shape entry (from, slot, to) to `c` (its class's entry is not Generic at
 * `c.epoch`): the first empty one, else the last is replaced (a megamorphic site).
 */
function rememberShape(c: AttrCache, from: Shape, slot: number, to: Shape): void {
  if (from === DICTIONARY || to === DICTIONARY) return;
  if (c.s0 === from || c.s1 === from || c.s2 === from || c.s3 === from) return;
  if (c.s0 === null) { c.s0 = from; c.i0 = slot; c.t0 = to; }
  else if (c.s1 === null) { c.s1 = from; c.i1 = slot; c.t1 = to; }
  else if (c.s2 === null) { c.s2 = from; c.i2 = slot; c.t2 = to; }
  else { c.s3 = from; c.i3 = slot; c.t3 = to; }
}

/** Entry `i` for reads of `name` on instances of `cls`. */
function fillLoad(c: AttrCache, i: number, cls: PyClass, name: string): void {
  c.found[i] = Found.Generic;
  if (cls.getattributeHook) return;
  const v = cls.lookup(name);
  if (v === undefined) c.found[i] = Found.Nothing;
  else if (v instanceof PyFunction || v instanceof BuiltinFunction) c.found[i] = Found.Method;
  else if (v instanceof PyDescriptor && v.kind === "staticmethod") {
    c.found[i] = Found.Value;
    c.values[i] = v.fn;
    return;
  } else if (!(v instanceof PyHeapObject) || v instanceof PyClass) c.found[i] = Found.Value;
  else return; // descriptors, properties, instances (maybe with __get__)...
  c.values[i] = v ?? null;
}

/** LOAD_ATTR: `obj.name`, as core.getAttr gives it. */
export function loadAttr(core: Core, obj: Value, name: string, c: AttrCache): Value {
  if (obj instanceof PyInstance) {
    const i = entryOf(c, obj.cls, name, fillLoad);
    const found = c.found[i];
    if (found !== Found.Generic) {
      const d = obj.dict;
      const own = d.get(name);
      if (own !== undefined) {
        if (d instanceof ShapedAttributes) rememberShape(c, d.shape, d.shape.index.get(name)!, d.shape);
        return own;
      }
      if (found === Found.Value) return c.values[i];
      if (found === Found.Method) {
        core.charge(WRAPPER_BYTES);
        return new PyBoundMethod(obj, c.values[i]);
      }
    }
  }
  if (obj instanceof PyClass) return loadClassAttr(core, obj, name, c);
  return core.getAttr(obj, name);
}

/**
 * `C.name` for a class object C, as genericGetAttr gives it: with no metaclass, the
 * attribute its MRO gives, bound as `bind(v, null, C)` binds it. Cached when that is
 * the attribute itself (or a staticmethod's function): values, functions, classes,
 * instances whose class has no `__get__`, properties (read from the class).
 */
function loadClassAttr(core: Core, cls: PyClass, name: string, c: AttrCache): Value {
  if (c.owner !== cls || c.ownerEpoch !== classEpoch.value) {
    c.owner = cls;
    c.ownerEpoch = classEpoch.value;
    c.ownerValue = UNCACHED;
    const v = cls.meta === null ? cls.lookup(name) : undefined;
    if (v === undefined) { /* the metaclass, `__name__`, errors...: the generic path */ }
    else if (v instanceof PyDescriptor) {
      if (v.kind === "staticmethod") c.ownerValue = v.fn;
      else if (v.kind !== "classmethod") c.ownerValue = v;
    } else if (!(v instanceof PyInstance) || v.cls.lookup("__get__") === undefined) c.ownerValue = v;
  }
  const v = c.ownerValue;
  return v !== UNCACHED ? v : core.getAttr(cls, name);
}

/** Entry `i` for writes of `name` on instances of `cls`. */
function fillStore(c: AttrCache, i: number, cls: PyClass, name: string): void {
  c.found[i] = storesInDict(cls, name) ? Found.Store : Found.Generic;
}

/** Whether `obj.name = v` on an instance of `cls` is a plain write to its dict. */
function storesInDict(cls: PyClass, name: string): boolean {
  // Exceptions store args, __cause__... apart; __slots__ may refuse the name;
  // `__class__` and `__dict__` replace the class or the attributes (storeAttribute).
  if (cls.exception || (cls.slots !== null && !cls.slots.has(name)) || name === "__class__" || name === "__dict__") return false;
  const hook = cls.lookup("__setattr__");
  if (hook !== undefined && hook !== objectClass.dict.get("__setattr__")) return false;
  const v = cls.lookup(name);
  // A property or another descriptor may take the write.
  return !(v instanceof PyDescriptor || v instanceof PyInstance);
}

/** STORE_ATTR: `obj.name = v`, as core.setAttr does it. */
export function storeAttr(core: Core, obj: Value, name: string, v: Value, c: AttrCache): void {
  if (obj instanceof PyInstance && c.found[entryOf(c, obj.cls, name, fillStore)] === Found.Store) {
    const dict = obj.dict;
    if (!dict.has(name)) core.charge(ATTRIBUTE_BYTES);
    const from = dict instanceof ShapedAttributes ? dict.shape : DICTIONARY;
    dict.set(name, v);
    if (dict instanceof ShapedAttributes) rememberShape(c, from, dict.shape.index.get(name)!, dict.shape);
    return;
  }
  core.setAttr(obj, name, v);
}

/** Entry `i` for method calls of `name` on instances of `cls`. */
function fillMethod(c: AttrCache, i: number, cls: PyClass, name: string): void {
  const m = cls.getattributeHook ? undefined : cls.lookup(name);
  c.found[i] = m instanceof PyFunction ? Found.Method : Found.Generic;
  c.values[i] = m instanceof PyFunction ? m : null;
}

/**
 * CALL_METHOD on an instance: enterMethodCall with the class's method from the cache
 * (a frame for it, the instance inserted as `self`), or null as enterMethodCall
 * gives it (the caller then reads the attribute and calls it).
 */
export function enterMethodCached(core: Core, obj: PyInstance, name: string, objIndex: number, argc: number, callKind: number, c: AttrCache): Frame | null {
  const i = entryOf(c, obj.cls, name, fillMethod);
  if (c.found[i] !== Found.Method) return enterMethodCall(core, obj, name, objIndex, argc, callKind);
  const dict = obj.dict;
  if (dict.has(name)) return null;
  const m = c.values[i] as PyFunction;
  if (dict instanceof ShapedAttributes && placesArguments(m, argc + 1, null)) rememberMethod(c, dict.shape, m);
  return enterMethod(core, m, obj, objIndex, argc, null, callKind);
}

/**
 * Adds the method entry (shape, m) to CALL_METHOD cache `c` (m is the method its
 * class's entry found at `c.epoch`, shape lacks the name, m takes the site's
 * arguments in place) if one is empty. A megamorphic site keeps its first four
 * shapes (replacing one on every miss made a site cycling through six classes slower
 * than no entries at all).
 */
function rememberMethod(c: AttrCache, shape: Shape, m: PyFunction): void {
  if (shape === DICTIONARY || c.s0 === shape || c.s1 === shape || c.s2 === shape || c.s3 === shape) return;
  if (c.s0 === null) { c.s0 = shape; c.m0 = m; }
  else if (c.s1 === null) { c.s1 = shape; c.m1 = m; }
  else if (c.s2 === null) { c.s2 = shape; c.m2 = m; }
  else if (c.s3 === null) { c.s3 = shape; c.m3 = m; }
}
