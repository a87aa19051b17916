// Metaclasses: `class M(type)` and `class C(Base, metaclass=M, flag=1)`, as CPython's
// __build_class__ and type.__new__ do them.
//
// Representation: a metaclass is an ordinary class of the model whose MRO holds
// `typeClass` (classes.ts, `type` as a class); a class it made is a PyClass whose
// `meta` field names it (null for classes made by type itself, the common case, so
// ordinary classes keep their fast paths). Calling such a class goes through the
// metaclass's `__call__`; `C.attr` falls back to the metaclass (classes.ts
// genericGetAttr); `len(C)`, `iter(C)`, `x in C`, `C[k]`, `repr(C)` find the
// metaclass's special methods.
//
// A class statement with a metaclass (given, or inherited from a base):
//   1. the winning metaclass: the most derived of the given one and the bases'
//      metaclasses (CPython's "metaclass conflict" TypeError when none is);
//   2. the namespace: `M.__prepare__(name, bases, **kw)` (a dict by default), filled
//      with `__module__` and the names the body bound. The body has already run (its
//      names are fast locals), so a custom mapping sees the names once each, in
//      definition order, after the body rather than during it;
//   3. `M(name, bases, ns, **kw)`: M's `__new__` (which calls `type.__new__` through
//      super()) then its `__init__`. The `__class__` cell of the body (for super() in
//      its methods) goes along with the namespace object, as CPython's __classcell__.
//
// Memory: the namespace dict is charged as a dict; the class as any class (classes.ts).

import { PyError, typeError } from "./errors.js";
import { asStr } from "./args.js";
import {
  INSTANCE_BYTES, declaredSlots, delAttrObject, isAttributeError, makeClass, metaclassHooks, metaOf, nativeOf, objectClass, PyClass, PyDescriptor, PyInstance, typeClass, typeNameOf,
} from "./classes.js";
import { keyError } from "./methods/dict.js";
import { repr } from "./format.js";
import { PyDict } from "./dict.js";
import { typeType } from "./builtins.js";
import { emptyDict } from "./methods/dict.js";
import * as ops from "./ops.js";
import type { Core } from "./core.js";
import { BuiltinFunction, type Cell, type Kwargs, PyTuple, PyType, type Value } from "./values.js";

/** The `__class__` cell of a class body, by the namespace object handed to the metaclass. */
const classCells = new WeakMap<object, Cell>();

/** BUILD_CLASS_KW: the keyword dict the emitter built (string keys) as call keywords. */
export function classKeywords(d: Value): Kwargs {
  if (!(d instanceof PyDict)) throw new PyError("RuntimeError", "internal error: malformed class keywords");
  const kw = new Map<string, Value>();
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (typeof k === "string") kw.set(k, d.vals[i]);
  }
  return kw;
}

/** The most derived metaclass of `meta` and the bases' (CPython's _PyType_CalculateMetaclass). */
export function winningMetaclass(meta: PyClass, bases: readonly Value[]): PyClass {
  let winner = meta;
  for (const b of bases) {
    // A base that is no class (`type("X", (1,), {})`) has no metaclass to agree with.
    const bm = b instanceof PyClass ? metaOf(b) : b instanceof PyType ? typeClass : null;
    if (bm !== null && winner.isSubclassOf(bm)) continue;
    if (bm !== null && bm.isSubclassOf(winner)) {
      winner = bm;
      continue;
    }
    throw typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  return winner;
}

/** `metaclass=type` names the built-in type; the model's class for it is typeClass. */
function asMetaclass(v: Value): Value {
  return v instanceof PyType && v.name === "type" ? typeClass : v;
}

/**
 * CPython's update_bases (PEP 560): a base that is no class but has `__mro_entries__`
 * is replaced by the classes it returns; null when no base was replaced.
 */
function resolveBases(core: Core, bases: readonly Value[]): Value[] | null {
  let out: Value[] | null = null;
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i];
    let entries: Value[] = [b];
    if (!(b instanceof PyClass || b instanceof PyType)) {
      let hook: Value | undefined;
      try {
        hook = core.getAttr(b, "__mro_entries__");
      } catch (e) {
        if (!isAttributeError(e)) throw e;
      }
      if (hook !== undefined) {
        const r = core.call(hook, [core.newTuple(bases.slice())]);
        if (!(r instanceof PyTuple)) throw typeError("__mro_entries__ must return a tuple");
        entries = r.items;
        out ??= bases.slice(0, i);
      }
    }
    out?.push(...entries);
  }
  return out;
}

function build(core: Core, name: string, origBases: Value[], entries: Map<string, Value>, classCell: Cell | null, module: string, qualname: string, kwargs: Kwargs): Value {
  const resolved = resolveBases(core, origBases);
  const bases = resolved ?? origBases;
  const kw = new Map(kwargs ?? []);
  const given = kw.get("metaclass");
  kw.delete("metaclass");
  let meta = given === undefined ? typeClass : asMetaclass(given);
  // A metaclass that is not a class (a function) is simply called; a class competes with the bases'.
  if (meta instanceof PyClass) meta = winningMetaclass(meta, bases);
  const basesTuple = core.newTuple(bases.slice());
  const kwOrNull = kw.size ? kw : null;
  let ns: Value;
  const prepare = meta instanceof PyClass ? meta.lookup("__prepare__") : undefined;
  if (meta instanceof PyClass && prepare !== undefined && prepare !== defaultPrepare) {
    ns = core.call(core.getAttr(meta, "__prepare__"), [name, basesTuple], kwOrNull);
  } else ns = emptyDict(core);
  ops.setItem(core, ns, "__module__", module);
  // As CPython's class body: type.__new__ takes it out again (makeClass).
  ops.setItem(core, ns, "__qualname__", qualname);
  for (const [k, v] of entries) ops.setItem(core, ns, k, v);
  if (resolved !== null) ops.setItem(core, ns, "__orig_bases__", core.newTuple(origBases.slice()));
  if (classCell && typeof ns === "object" && ns !== null) classCells.set(ns, classCell);
  const cls = core.call(meta, [name, basesTuple, ns], kwOrNull);
  if (classCell && classCell.value === undefined && cls instanceof PyClass) classCell.value = cls;
  return cls;
}

/** The names of a namespace mapping (a dict or a dict subclass's value), as makeClass takes them. */
export function namespaceEntries(ns: Value, what: string): Map<string, Value> {
  const dict = nativeOf(ns);
  if (!(dict instanceof PyDict)) throw typeError(`${what} argument 3 must be dict, not ${typeNameOf(ns)}`);
  const entries = new Map<string, Value>();
  for (let i = 0; i < dict.keys.length; i++) {
    const k = dict.keys[i];
    if (typeof k === "symbol") continue;
    const name = asStr(k);
    if (name === undefined) throw typeError("type() namespace keys must be str");
    entries.set(name, dict.vals[i]);
  }
  return entries;
}

/** `type.__new__(mcs, name, bases, ns, **kw)`: a class whose metaclass is mcs (or a more derived one). */
const typeNew = new PyDescriptor("staticmethod", new BuiltinFunction("__new__", (c, args, kw) => {
  const core = c as Core;
  // `type.__new__(type, ...)` (a metaclass making a plain class) names the built-in type.
  const mcs = asMetaclass(args[0]);
  if (!(mcs instanceof PyClass) || !mcs.isSubclassOf(typeClass)) {
    throw typeError(`type.__new__(X): X is not a type object (${mcs === undefined ? "nothing" : typeNameOf(mcs)})`);
  }
  if (args.length !== 4) throw typeError("type.__new__() takes exactly 3 arguments (" + (args.length - 1) + " given)");
  const [, name, bases, ns] = args;
  if (typeof name !== "string") throw typeError(`type.__new__() argument 1 must be str, not ${typeNameOf(name)}`);
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeNameOf(bases)}`);
  const entries = namespaceEntries(ns, "type.__new__()");
  const module = entries.get("__module__");
  const meta = winningMetaclass(mcs, bases.items);
  const cell = typeof ns === "object" && ns !== null ? classCells.get(ns) ?? null : null;
  return makeClass(core, name, bases.items, entries, cell, typeof module === "string" ? module : core.frame?.globals.name ?? "__main__", kw, meta);
}));

/** `type.__prepare__(name, bases, **kw)`: an empty dict (a metaclass may return its own mapping). */
const defaultPrepare = new PyDescriptor("classmethod", new BuiltinFunction("__prepare__", (c, _args, _kw) => emptyDict(c)));

typeClass.dict.set("__new__", typeNew);
typeClass.dict.set("__prepare__", defaultPrepare);
// `type.__setattr__(cls, name, v)` stores without the metaclass's hook (object's does).
typeClass.dict.set("__setattr__", typeClass.lookup("__setattr__")!);
metaclassHooks.build = build;
metaclassHooks.newDict = (core) => emptyDict(core);
// Read when called, not at load: builtins.ts imports this module (through typeCall.ts).
metaclassHooks.typeType = () => typeType;
metaclassHooks.asDict = (v) => {
  const d = nativeOf(v);
  return d instanceof PyDict ? d : null;
};

// ------------------------------------------------------------- C.__dict__

/**
 * CPython's mappingproxy, a read-only view of a mapping (reads see later changes;
 * item assignment is refused): `C.__dict__` and `vars(C)` of the class namespace,
 * `d.keys().mapping` of a dict. Charged as an instance (16 B); a class namespace's
 * keys()/values()/items()/copy() make a dict of it as it is then, a dict's are its own.
 */
class MappingProxy extends PyInstance {
  constructor(readonly target: PyClass | PyDict) {
    super(mappingProxyClass);
  }
  override children(): readonly Value[] {
    return [...super.children(), this.target];
  }
}

function proxyTarget(v: Value, name: string): PyClass | PyDict {
  if (!(v instanceof MappingProxy)) throw typeError(`descriptor '${name}' for 'mappingproxy' objects doesn't apply to a '${typeNameOf(v)}' object`);
  return v.target;
}

/**
 * A class namespace as CPython's shows it: with the member descriptors of its
 * `__slots__` (made when asked for: classes.ts slotOwner) and `__doc__` (None) when the
 * class has no docstring, which CPython's type_new stores and this VM leaves out of
 * the namespace (`C.__doc__` answers None without it).
 */
function namespaceOf(core: Core, cls: PyClass): Map<string, Value> {
  const slots = ownSlots(cls);
  if (slots.length === 0 && cls.dict.has("__doc__")) return cls.dict;
  const shown = new Map(cls.dict);
  for (const n of slots) shown.set(n, metaclassHooks.slotMember(core, cls, n));
  if (!shown.has("__doc__")) shown.set("__doc__", null);
  return shown;
}

/** The names of the member descriptors a class's own `__slots__` makes. */
function ownSlots(cls: PyClass): string[] {
  const decl = declaredSlots(cls.name, cls.dict);
  if (decl === null) return [];
  return decl.filter((n): n is string => typeof n === "string" && n !== "__dict__" && n !== "__weakref__");
}

/** The mapping a proxy shows, as a dict: a dict itself, a class namespace copied as it is now. */
function asDict(core: Core, target: PyClass | PyDict): PyDict {
  if (target instanceof PyDict) return target;
  const d = emptyDict(core);
  for (const [k, v] of namespaceOf(core, target)) d.set(k, v);
  return d;
}

/** The value under key `k`, or undefined (a class namespace has str keys only). */
function proxyGet(core: Core, target: PyClass | PyDict, k: Value): Value | undefined {
  if (target instanceof PyDict) return target.get(k);
  if (typeof k !== "string") return undefined;
  return (k === "__doc__" || ownSlots(target).includes(k) ? namespaceOf(core, target) : target.dict).get(k);
}

const proxyMethod = (name: string, fn: (core: Core, target: PyClass | PyDict, args: Value[]) => Value) =>
  new BuiltinFunction(name, (c, args) => fn(c as Core, proxyTarget(args[0], name), args.slice(1)));

/** A method of the dict shown (`keys`, `values`, `items`, `copy`). */
const dictMethod = (name: string) => proxyMethod(name, (core, target) => core.call(core.getAttr(asDict(core, target), name), []));

const mappingProxyClass = new PyClass("mappingproxy", "builtins", [objectClass], new Map<string, Value>([
  ["__getitem__", proxyMethod("__getitem__", (core, target, [k]) => {
    const v = proxyGet(core, target, k);
    if (v === undefined) throw keyError(core, k);
    return v;
  })],
  ["__len__", proxyMethod("__len__", (core, target) => target instanceof PyDict ? target.size : namespaceOf(core, target).size)],
  ["__contains__", proxyMethod("__contains__", (core, target, [k]) => proxyGet(core, target, k) !== undefined)],
  ["__iter__", proxyMethod("__iter__", (core, target) => ops.getIter(target instanceof PyDict ? target : core.newList([...namespaceOf(core, target).keys()])))],
  ["__eq__", proxyMethod("__eq__", (core, target, [other]) => ops.eq(asDict(core, target), other instanceof MappingProxy ? asDict(core, other.target) : other))],
  ["get", proxyMethod("get", (core, target, [k, dflt]) => {
    const v = proxyGet(core, target, k);
    return v !== undefined ? v : dflt ?? null;
  })],
  ["keys", dictMethod("keys")],
  ["values", dictMethod("values")],
  ["items", dictMethod("items")],
  ["copy", dictMethod("copy")],
  ["__repr__", proxyMethod("__repr__", (core, target) => `mappingproxy(${repr(asDict(core, target), core.float32)})`)],
  // print() and str() show the mapping itself, as CPython's mappingproxy_str.
  ["__str__", proxyMethod("__str__", (core, target) => core.str(asDict(core, target)))],
]));

// ------------------------------------------------------------- slots' members

/**
 * `C.x` for a name in C's `__slots__`: CPython's member descriptor. Reading, setting and
 * deleting through it are the instance's attribute operations (the slot values live
 * with the instance's attributes); made when asked for, one per class and name.
 */
class MemberDescriptor extends PyInstance {
  constructor(readonly owner: PyClass, readonly slot: string) {
    super(memberDescriptorClass);
    // Its own attributes: in its class's namespace they would answer for the class
    // itself (`type(C.x).__name__` is 'member_descriptor').
    this.dict.set("__name__", slot);
    this.dict.set("__qualname__", `${owner.qualname}.${slot}`);
    this.dict.set("__objclass__", owner);
  }
  override children(): readonly Value[] {
    return [...super.children(), this.owner];
  }
}

const members = new WeakMap<PyClass, Map<string, MemberDescriptor>>();

function memberOf(v: Value, name: string): MemberDescriptor {
  if (!(v instanceof MemberDescriptor)) throw typeError(`descriptor '${name}' for 'member_descriptor' objects doesn't apply to a '${typeNameOf(v)}' object`);
  return v;
}

/** The instance a member descriptor is applied to, checked as CPython's descr_check. */
function memberTarget(m: MemberDescriptor, obj: Value): PyInstance {
  if (!(obj instanceof PyInstance && obj.cls.isSubclassOf(m.owner))) {
    throw typeError(`descriptor '${m.slot}' for '${m.owner.name}' objects doesn't apply to a '${typeNameOf(obj)}' object`);
  }
  return obj;
}

const memberMethod = (name: string, fn: (core: Core, m: MemberDescriptor, args: Value[]) => Value) =>
  new BuiltinFunction(name, (c, args) => fn(c as Core, memberOf(args[0], name), args.slice(1)));

const memberDescriptorClass = new PyClass("member_descriptor", "builtins", [objectClass], new Map<string, Value>([
  ["__get__", memberMethod("__get__", (core, m, [obj]) => obj === null || obj === undefined ? m : core.getAttr(memberTarget(m, obj), m.slot))],
  ["__set__", memberMethod("__set__", (core, m, [obj, v]) => (core.setAttr(memberTarget(m, obj), m.slot, v), null))],
  ["__delete__", memberMethod("__delete__", (_core, m, [obj]) => (delAttrObject(memberTarget(m, obj), m.slot), null))],
  ["__repr__", memberMethod("__repr__", (_core, m) => `<member '${m.slot}' of '${m.owner.name}' objects>`)],
]));

metaclassHooks.slotMember = (core, owner, name) => {
  let byName = members.get(owner);
  if (byName === undefined) members.set(owner, byName = new Map());
  let m = byName.get(name);
  if (m === undefined) {
    core.charge(INSTANCE_BYTES);
    byName.set(name, m = new MemberDescriptor(owner, name));
  }
  return m;
};

metaclassHooks.mappingProxy = (core, target) => {
  core.charge(INSTANCE_BYTES);
  return new MappingProxy(target);
};
