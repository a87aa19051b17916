// The object model of the Python 3 dialect: classes, instances, bound methods,
// static and class methods, properties, super(), and the special methods the
// operations (ops.ts), formatting (format.ts) and builtins fall back to when an
// operand is an instance of a user class.
//
// Representation:
//   class     -> PyClass: name, bases, C3 method resolution order (`mro`, the class
//                first) and its attribute dict (a Map, in definition order).
//   instance  -> PyInstance: its class and its attribute dict. Exception instances
//                (a class deriving from BaseException, vm/exceptions.ts) also carry
//                `args` (a tuple) and, once raised, the PyError that carries them.
//   obj.m     -> PyBoundMethod (self + function); the interpreter's CALL_METHOD calls
//                a method of an instance without making one.
//
// Memory (charged to the core when the object is made; the collector counts the
// current size, see `bytes()`):
//   class 32 B + 8 B per attribute   instance 16 B + 8 B per attribute
//   bound method, staticmethod, classmethod, property, super: 16 B each
// An attribute added to an instance or a class charges 8 B more.
//
// Special methods (`__add__`, `__eq__`, `__len__`, `__str__`...) run as nested calls
// of the core (core.call): like callbacks of builtins, they cannot block in a
// message-passing call. The operations that need them and have no core parameter
// (`ops.eq`, `ops.truthy`...) reach the running core through `activeCore`: cores run
// one at a time on a thread, and `execute` sets it on entry.

import { builtinTypeDocs } from "./builtinDocs.js";
import { CodeFlags } from "../bytecode/code.js";
import { PyError, textNesting, type TraceEntry, typeError } from "./errors.js";
import { type Frame, FrameKind } from "./frame.js";
import type { PyDict } from "./dict.js";
import { PyNativeObject } from "./nativeObject.js";
import { asStr, expectArgs, expectPositional, typeName } from "./args.js";
import type { Core } from "./core.js";
import { nativeHooks } from "./nativeHooks.js";
import { exceptionField, exceptionKeywords } from "./exceptionFields.js";
import { LiveAttributes } from "./instanceDict.js";
import { mangle } from "../lang/privateNames.js";
import { isIdentifier } from "./codepoints.js";
import { Shape, ShapedAttributes } from "./shapes.js";
import { cachedLookup, classEpoch, versionClassDict } from "./classVersion.js";
import {
  BuiltinFunction, Cell, type CoreApi, PyBigInt, type Kwargs, PyFunction, PyHeapObject, PyIterator, PyList, PyModule, PyTuple, PyType, type Value,
} from "./values.js";

export const CLASS_BYTES = 32;
export const INSTANCE_BYTES = 16;
export const ATTRIBUTE_BYTES = 8;
export const WRAPPER_BYTES = 16;

let current: Core | null = null;

/**
 * The built-in `__new__`s that only make the instance (object's, BaseException's, the
 * built-in types'): calling the class then makes it directly. Any other `__new__`,
 * Python or built-in (namedtuple's), is called (see customNew).
 */
const plainNews = new WeakSet<PyHeapObject>();

/** Called by `execute` on entry: the core whose special methods run now. */
export function setActiveCore(core: Core): void {
  current = core;
}

function core(): Core {
  if (!current) throw new PyError("RuntimeError", "internal error: no running core for a special method");
  return current;
}

/** The running core, for operations without a core parameter that allocate (a wide range's iterator). */
export const activeCore: () => Core = core;

export class PyClass extends PyHeapObject {
  readonly mro: PyClass[];
  /** True for BaseException and every class deriving from it. */
  readonly exception: boolean;
  /** `__qualname__` (`Outer.Inner`, `f.<locals>.C`; the name for built-in classes and module-level ones). */
  qualname: string;
  /**
   * The name CPython's messages give the type when it differs from `name`: a library
   * class that is a C type in CPython (`decimal.Decimal`, its tp_name); not inherited.
   */
  tpName: string | null = null;
  /** The empty shape of its instances' attributes (vm/shapes.ts): every shape from it implies this class. */
  readonly rootShape: Shape = Shape.newRoot();
  constructor(
    readonly name: string,
    /** The defining module's name (`builtins` for the built-in classes); `C.__module__ = "m"` changes it. */
    public module: string,
    readonly bases: PyClass[],
    readonly dict: Map<string, Value>,
    exceptionRoot = false,
    /** The built-in classes standing for list, int, dict... (vm/builtinSubclass.ts): their type. */
    ownNative: PyType | null = null,
  ) {
    super();
    this.qualname = name;
    versionClassDict(dict); // every write to a class namespace bumps the attribute caches' epoch (classVersion.ts)
    this.mro = [this, ...c3Merge(bases.map((b) => b.mro).concat([bases.slice()]), name)];
    this.exception = exceptionRoot || bases.some((b) => b.exception);
    this.nativeType = ownNative ?? bases.find((b) => b.nativeType !== null)?.nativeType ?? null;
    this.slots = slotsOf(this);
    this.properties = this.mro.some((c) => [...c.dict.values()].some(isDataDescriptor));
    this.getattributeHook = this.mro.some((c) => c.dict.has("__getattribute__") && c.module !== "builtins");
    this.attributeHooks = this.mro.some((c) => !(c.module === "builtins" && c.name === "object") && (c.dict.has("__setattr__") || c.dict.has("__delattr__")));
    for (const b of bases) (b.subclassRefs ??= []).push(new WeakRef(this));
  }
  /**
   * The classes made with this one among their direct bases, oldest first, held weakly
   * as CPython holds them (a class made in a loop and dropped is not kept alive by its
   * base): `__subclasses__()`. Host-side bookkeeping, not charged to the core.
   */
  private subclassRefs: WeakRef<PyClass>[] | null = null;
  /** `C.__subclasses__()`: the live direct subclasses, in the order they were made. */
  subclasses(): PyClass[] {
    const refs = this.subclassRefs;
    if (refs === null) return [];
    const live: PyClass[] = [];
    this.subclassRefs = refs.filter((r) => {
      const c = r.deref();
      if (c !== undefined) live.push(c);
      return c !== undefined;
    });
    return live;
  }
  /**
   * Some class along the MRO (other than object) defines `__setattr__` or
   * `__delattr__` (found at creation; one added later sets `attributeHookAddedLate`).
   * Without one, setting an attribute skips the hook lookup.
   */
  readonly attributeHooks: boolean;
  /**
   * The built-in type this class derives from (`class L(list)`: list), else null.
   * Invariant: every instance of such a class holds a value of that type in
   * `PyInstance.native` (vm/builtinSubclass.ts), made when the instance is.
   */
  readonly nativeType: PyType | null;
  /**
   * The attribute names instances may hold when this class and every base declare
   * `__slots__` (CPython: no `__dict__` then), else null (any name). Setting another
   * name is CPython's AttributeError. Fixed at creation.
   */
  readonly slots: ReadonlySet<string> | null;
  /**
   * Some class along the MRO holds a data descriptor: a property, or an object whose
   * class defines `__set__` or `__delete__` (found at creation). Without one, an
   * instance attribute is looked up in the instance first (the common case, one Map
   * lookup); a data descriptor added to a class later turns this shortcut off everywhere.
   */
  readonly properties: boolean;
  /**
   * Some class along the MRO defines `__getattribute__`: every attribute read of an
   * instance goes through it (CALL_METHOD's shortcut too). Fixed at creation.
   */
  readonly getattributeHook: boolean;
  /**
   * The metaclass when it is not `type` (a subclass of type made this class: `class
   * C(metaclass=M)`, vm/metaclasses.ts); null for ordinary classes, so the fast paths
   * of attribute lookup and instance creation test one field. Set once, by makeClass.
   */
  meta: PyClass | null = null;
  /** initOfCall's answer for this class, valid while the class epoch is `initEpoch` (classVersion.ts). */
  plainInit: PyFunction | null = null;
  initEpoch = -1;
  /** exceptionFlags's answer for this (exception) class, valid while the class epoch is `excEpoch`. */
  excFlags = 0;
  excEpoch = -1;
  /** The attribute found first along the MRO, or undefined (cached: classVersion.ts). */
  lookup(name: string): Value | undefined {
    return cachedLookup(this, name);
  }
  /** cachedLookup's cache (classVersion.ts). */
  lookups: Map<string, Value> | null = null;
  lookupsEpoch = -1;
  lookupUncached(name: string): Value | undefined {
    for (const c of this.mro) {
      const v = c.dict.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  isSubclassOf(c: PyClass): boolean {
    return this.mro.includes(c);
  }
  /**
   * `geometry.E` for a class of a user module; `E`, `ValueError` for the main module's
   * and built-in ones; by qualified name (`Outer.E`, `main.<locals>.E`), as CPython's
   * traceback names them.
   */
  get qualifiedName(): string {
    return this.module === "builtins" || this.module === "__main__" ? this.qualname : `${this.module}.${this.qualname}`;
  }
  children(): readonly Value[] {
    const out: Value[] = [...this.dict.values(), ...this.bases];
    if (this.meta !== null) out.push(this.meta);
    return out;
  }
  bytes(): number {
    return CLASS_BYTES + ATTRIBUTE_BYTES * this.dict.size;
  }
}

/** PyClass.slots: the union of the classes' `__slots__`, or null when one lacks them (or lists `__dict__`). */
function slotsOf(cls: PyClass): ReadonlySet<string> | null {
  const names = new Set<string>();
  for (const c of cls.mro) {
    // object and the built-in types' stand-ins have no instance dict of their own.
    if (c.module === "builtins" && (c.name === "object" || c.nativeType !== null)) continue;
    const items = declaredSlots(c.name, c.dict);
    if (items === null) return null;
    for (const n of items) {
      if (typeof n !== "string" || n === "__dict__") return null;
      names.add(n);
    }
  }
  return names;
}

/**
 * The names the namespace of class `className` lists in its own `__slots__` (a str is
 * one name), or null without one. Private names are mangled, as CPython's type_new
 * does: `__slots__ = ('__x',)` declares `_C__x`, the name `self.__x` compiles to.
 */
export function declaredSlots(className: string, ns: ReadonlyMap<string, Value>): readonly Value[] | null {
  const decl = ns.get("__slots__");
  const items = typeof decl === "string" ? [decl] : decl instanceof PyTuple || decl instanceof PyList ? decl.items : null;
  return items === null ? null : items.map((n) => (typeof n === "string" ? mangle(className, n) : n));
}

/**
 * The class along cls's MRO whose own `__slots__` lists `name` (its member descriptor's
 * owner: `C.x` is `<member 'x' of 'C' objects>`), or null.
 */
function slotOwner(cls: PyClass, name: string): PyClass | null {
  for (const c of cls.mro) if (declaredSlots(c.name, c.dict)?.includes(name)) return c;
  return null;
}

/** C3 linearisation of the bases' MROs (CPython's rule and error). */
function c3Merge(seqs: PyClass[][], name: string): PyClass[] {
  const out: PyClass[] = [];
  const lists = seqs.map((s) => s.slice()).filter((s) => s.length);
  while (lists.length) {
    let head: PyClass | null = null;
    for (const l of lists) {
      const cand = l[0];
      if (!lists.some((o) => o.indexOf(cand) > 0)) {
        head = cand;
        break;
      }
    }
    if (!head) {
      const names = [...new Set(lists.map((l) => l[0].name))].join(", ");
      // CPython's message has this line break.
      throw typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
    }
    out.push(head);
    for (const l of lists) if (l[0] === head) l.shift();
    for (let i = lists.length - 1; i >= 0; i--) if (!lists[i].length) lists.splice(i, 1);
  }
  void name;
  return out;
}

/** A class's attributes as a type, its own rather than its built-in base type's (`L.__mro__` is L's). */
const CLASS_OWN_ATTRIBUTES = new Set(["__mro__", "mro", "__dict__", "__bases__", "__base__"]);

const isProperty = (v: Value) => v instanceof PyDescriptor && v.kind === "property";
/** A property, or an instance of a class with `__set__` or `__delete__` (CPython's data descriptor). */
const isDataDescriptor = (v: Value) => isProperty(v) ||
  (v instanceof PyInstance && (v.cls.lookup("__set__") !== undefined || v.cls.lookup("__delete__") !== undefined));
/** A property was set on an existing class (see PyClass.properties). */
let propertyAddedLate = false;
/** `__setattr__`/`__delattr__` was set on an existing class (see PyClass.attributeHooks). */
let attributeHookAddedLate = false;

let nextId = 1;

/** PyInstance's exception-only fields (see PyInstance.exc). */
class ExceptionState {
  args: PyTuple | null = null;
  error: PyError | null = null;
  text: string | null = null;
  cause: Value = null;
  context: Value = null;
  suppressContext = false;
  /** `__traceback__` as the program set it since the exception was last raised (undefined: the recorded one). */
  tracebackSet: Value | undefined = undefined;
}

/**
 * Traceback objects (vm/tracebackObjects.ts fills this table when it loads: importing
 * it here would close a cycle through the code objects).
 */
export const tracebackHooks = {
  /** `e.__traceback__`. */
  get: (_core: Core, _e: PyInstance): Value => null,
  /** `e.__traceback__ = v`. */
  set: (_core: Core, _e: PyInstance, _v: Value): void => {},
  /** `e.with_traceback`, bound to e. */
  withTraceback: (_e: PyInstance): Value => null,
  /** Adds what e's traceback keeps alive to `out` (the collector's children). */
  children: (_e: PyInstance, _out: Value[]): void => {},
  /** The entries a raise of `e` starts from when the program set its traceback (and forgets it), else undefined. */
  toRaise: (_e: PyInstance): TraceEntry[] | undefined => undefined,
};

export class PyInstance extends PyHeapObject {
  /**
   * Its attributes: ShapedAttributes (a Map's interface over a shape and a value
   * array, vm/shapes.ts), or a LiveAttributes over a dict once `__dict__` was asked
   * for (vm/instanceDict.ts).
   */
  dict: Map<string, Value>;
  /**
   * The exception-only state (args, error, text, cause, context, suppressContext),
   * made on first write: most instances are no exceptions, and six fields fewer make
   * every instance smaller (less to allocate and for V8's collector to scan). The
   * accessors below read defaults while it is null.
   */
  private exc: ExceptionState | null = null;
  /** Exceptions: the constructor's arguments (`e.args`). */
  get args(): PyTuple | null { return this.exc === null ? null : this.exc.args; }
  set args(v: PyTuple | null) { this.excState().args = v; }
  /** Exceptions: the error carrying this instance once it has been raised. */
  get error(): PyError | null { return this.exc === null ? null : this.exc.error; }
  set error(v: PyError | null) { this.excState().error = v; }
  /** Exceptions made from a VM error: str(e) is the VM's message as it prints it. */
  get text(): string | null { return this.exc === null ? null : this.exc.text; }
  set text(v: string | null) { this.excState().text = v; }
  /** `raise ... from cause`: `__cause__`. */
  get cause(): Value { return this.exc === null ? null : this.exc.cause; }
  set cause(v: Value) { this.excState().cause = v; }
  /** The exception being handled when this one was raised: `__context__`. */
  get context(): Value { return this.exc === null ? null : this.exc.context; }
  set context(v: Value) { this.excState().context = v; }
  /** `__suppress_context__`: set by `raise ... from` (the context is then not printed). */
  get suppressContext(): boolean { return this.exc !== null && this.exc.suppressContext; }
  set suppressContext(v: boolean) { this.excState().suppressContext = v; }
  /** `__traceback__` as the program set it (see ExceptionState). */
  get tracebackSet(): Value | undefined { return this.exc === null ? undefined : this.exc.tracebackSet; }
  set tracebackSet(v: Value | undefined) { this.excState().tracebackSet = v; }
  private excState(): ExceptionState {
    return (this.exc ??= new ExceptionState());
  }
  /** A stable number for the default repr (`<__main__.C object at 0x...>`). */
  readonly id = nextId++;
  /**
   * Instances of a class deriving from a built-in type (`cls.nativeType`): the value
   * of that type the instance is (a PyList for `class L(list)`, a string for
   * `class S(str)`); undefined for every other instance. Charged when it is made.
   */
  native: Value | undefined = undefined;
  /** Its class: changed only by `obj.__class__ = C` (assignClass), which moves its attributes to C's shapes. */
  cls: PyClass;
  constructor(cls: PyClass) {
    super();
    this.cls = cls;
    this.dict = new ShapedAttributes(cls.rootShape);
  }
  children(): readonly Value[] {
    const d = this.dict;
    let out: Value[];
    if (d instanceof LiveAttributes) out = [this.cls, d.backing, ...d.slotValues.values()];
    else if (d instanceof ShapedAttributes && d.map === null) {
      // The collector visits every instance: the value array directly, not the Map iterator.
      const n = d.shape.names.length;
      out = new Array<Value>(n + 1);
      out[0] = this.cls;
      for (let i = 0; i < n; i++) out[i + 1] = d.vals[i];
    } else out = [this.cls, ...d.values()];
    if (this.native !== undefined) out.push(this.native);
    if (this.args) out.push(this.args);
    if (this.cause !== null) out.push(this.cause);
    if (this.context !== null) out.push(this.context);
    if (this.exc !== null) tracebackHooks.children(this, out);
    return out;
  }
  bytes(): number {
    // Attributes held by a dict are charged as that dict (a child).
    return this.dict instanceof LiveAttributes ? INSTANCE_BYTES : INSTANCE_BYTES + ATTRIBUTE_BYTES * this.dict.size;
  }
}

export class PyBoundMethod extends PyHeapObject {
  constructor(readonly self: Value, readonly fn: Value) {
    super();
  }
  children(): readonly Value[] {
    return [this.self, this.fn];
  }
  bytes(): number {
    return WRAPPER_BYTES;
  }
}

/** staticmethod(f), classmethod(f), property(fget, fset, fdel): descriptors kept in a class dict. */
export class PyDescriptor extends PyHeapObject {
  constructor(
    readonly kind: "staticmethod" | "classmethod" | "property", readonly fn: Value, public setter: Value = null, readonly deleter: Value = null,
    /** A property's `doc` argument (its `__doc__`; None: the getter's). */
    readonly doc: Value = null,
  ) {
    super();
  }
  /**
   * A read-only field of a namedtuple (CPython's _tuplegetter, not a property): its
   * assignment error is "can't set attribute", not a property's "has no setter".
   */
  tupleField = false;
  children(): readonly Value[] {
    return [this.fn, this.setter, this.deleter, this.doc];
  }
  bytes(): number {
    return WRAPPER_BYTES;
  }
}

/** super(cls, obj): attribute lookup along obj's MRO, after cls. */
export class PySuper extends PyHeapObject {
  constructor(readonly cls: PyClass, readonly obj: Value, readonly objClass: PyClass) {
    super();
  }
  children(): readonly Value[] {
    return [this.cls, this.obj];
  }
  bytes(): number {
    return WRAPPER_BYTES;
  }
}

/** The names a class body bound (CLASS_NAMESPACE), and its `__class__` cell for super(). */
export class ClassNamespace extends PyHeapObject {
  /** `qualname`: the class body's code's (`Outer.Inner`, `f.<locals>.C`): the class's `__qualname__`. */
  constructor(readonly entries: Map<string, Value>, readonly classCell: Cell | null, readonly qualname: string) {
    super();
  }
  children(): readonly Value[] {
    return [...this.entries.values()];
  }
  bytes(): number {
    return ATTRIBUTE_BYTES * this.entries.size;
  }
}

/** A built-in singleton object with no state: its repr is its name. */
export class SingletonObject extends PyHeapObject {
  constructor(readonly name: string, readonly typeName: string) {
    super();
  }
  children(): readonly Value[] {
    return [];
  }
  bytes(): number {
    return 0;
  }
}
/** The NotImplemented singleton a binary special method returns to decline. */
export const NotImplemented = new SingletonObject("NotImplemented", "NotImplementedType");
/** `...`: the parser reads it as the built-in name `Ellipsis`. */
export const Ellipsis = new SingletonObject("Ellipsis", "ellipsis");

// ------------------------------------------------------------------ classes

const builtinFn = (name: string, fn: (core: Core, args: Value[], kw: Kwargs) => Value) =>
  new BuiltinFunction(name, fn as unknown as BuiltinFunction["fn"]);

/** The root class. `object()` makes a plain instance; `object.__init__` takes no arguments. */
/**
 * object.__new__(cls): a new, uninitialised instance (a static method, as in CPython,
 * so `object.__new__(cls)` and `super().__new__(cls)` both pass the class). Extra
 * arguments are refused by CPython's rule (object_new).
 */
const objectNew: PyDescriptor = builtinNew("object", (cls, args) => {
  // ... and of a class whose nearest built-in base is not object (an exception, a
  // subclass of list): that base's __new__ makes its instances.
  // (CPython's static base: the class, or past classes whose __new__ is Python code, their base.)
  let s = cls;
  for (;;) {
    const n = s.lookup("__new__");
    if (s.module === "builtins" || !(n instanceof PyDescriptor && n.fn instanceof PyFunction) || s.bases.length === 0) break;
    s = s.bases.find((b) => b.nativeType !== null) ?? s.bases[0];
  }
  const base = s.mro.find((c) => c.module === "builtins");
  if (base !== undefined && base !== objectClass) throw typeError(`object.__new__(${cls.name}) is not safe, use ${s.name}.__new__()`);
  if (args.length > 1) {
    if (cls.lookup("__new__") !== objectNew) throw typeError("object.__new__() takes exactly one argument (the type to instantiate)");
    if (cls.lookup("__init__") === objectClass.dict.get("__init__")) throw typeError(`${cls.name}() takes no arguments`);
  }
});

export const objectClass = new PyClass("object", "builtins", [], new Map<string, Value>([
  ["__init__", builtinFn("__init__", (_c, args, kw) => {
    // CPython's object_init: extra arguments (keywords too) are refused only when
    // nothing else could have taken them — an overridden __new__ takes them
    // (`class D: def __new__(cls, v)`, a tuple subclass, a namedtuple).
    const self = args[0];
    if ((args.length > 1 || (kw !== null && kw.size > 0)) && self instanceof PyInstance) {
      if (self.cls.lookup("__init__") !== objectClass.dict.get("__init__")) {
        throw typeError("object.__init__() takes exactly one argument (the instance to initialize)");
      }
      if (self.cls.lookup("__new__") === objectNew) throw typeError(`${self.cls.name}() takes no arguments`);
    }
    return null;
  })],
  ["__setattr__", builtinFn("__setattr__", (c, args) => {
    if (args.length !== 3 || typeof args[1] !== "string") throw typeError("__setattr__ expected an object, an attribute name and a value");
    storeAttribute(c, args[0] as PyHeapObject, args[1], args[2]);
    return null;
  })],
  ["__delattr__", builtinFn("__delattr__", (_c, args) => {
    if (args.length !== 2 || typeof args[1] !== "string") throw typeError("__delattr__ expected an object and an attribute name");
    deleteAttribute(args[0], args[1]);
    return null;
  })],
  ["__new__", objectNew],
  // The end of every __init_subclass__ chain: it takes no class keywords (CPython's rule).
  ["__init_subclass__", new PyDescriptor("classmethod", builtinFn("__init_subclass__", (_c, args, kw) => {
    if (kw && kw.size) throw typeError(`${args[0] instanceof PyClass ? args[0].name : "object"}.__init_subclass__() takes no keyword arguments`);
    return null;
  }))],
  // The default answer of abc.ABCMeta's subclass hook: no opinion (ABCMeta then looks
  // at the MRO and the registry). A class overrides it as a classmethod.
  ["__subclasshook__", new PyDescriptor("classmethod", builtinFn("__subclasshook__", (_c, args) => {
    if (args.length !== 2) throw typeError(`object.__subclasshook__() takes exactly one argument (${args.length - 1} given)`);
    return NotImplemented;
  }))],
  ["__getattribute__", builtinFn("__getattribute__", (c, args) => {
    if (args.length !== 2 || typeof args[1] !== "string") throw typeError("__getattribute__ expected an object and an attribute name");
    // The generic lookup without the hooks: what a __getattribute__ override delegates to.
    const obj = args[0];
    return obj instanceof PyHeapObject ? genericGetAttr(c, obj, args[1], false) : c.getAttr(obj, args[1]);
  })],
]));
const objectSetattr = objectClass.dict.get("__setattr__");
const objectDelattr = objectClass.dict.get("__delattr__");
// `object.__init__` is object's slot wrapper: its __qualname__ and repr say so (format.ts).
for (const [k, v] of objectClass.dict) if (v instanceof BuiltinFunction) v.qualname = `object.${k}`;

/**
 * `type` as a class of the model: the base of metaclasses (`class M(type)`) and the
 * metaclass of every class whose `meta` is null. Its `__call__` is CPython's
 * type_call (make the instance: `__new__`, then `__init__`); `__new__` and
 * `__prepare__` are added by vm/metaclasses.ts (they build dicts, which this module
 * cannot import).
 */
export const typeClass = new PyClass("type", "builtins", [objectClass], new Map<string, Value>([
  // type.__init__ ignores the class keywords (type.__new__ gave them to __init_subclass__).
  ["__init__", builtinFn("__init__", (_c, _args, _kw) => null)],
  ["__call__", builtinFn("__call__", (c, args, kw) => {
    const cls = args[0];
    if (!(cls instanceof PyClass)) throw typeError(`descriptor '__call__' requires a 'type' object but received a '${cls === undefined ? "NoneType" : typeNameOf(cls)}'`);
    return constructInstance(c, cls, args.slice(1), kw);
  })],
  // type's own checks, for a metaclass's `super().__instancecheck__(inst)` (typing's
  // _ProtocolMeta, any ABC-like metaclass). instanceCheck/subclassCheck skip these two,
  // so a class whose metaclass does not override them pays no call.
  ["__instancecheck__", builtinFn("__instancecheck__", (c, args) => {
    const [cls, v] = typeCheckArgs("__instancecheck__", args);
    return cls instanceof PyClass ? isInstanceOf(v, cls) : truthOf(c.call(c.builtins.get("isinstance")!, [v, cls]));
  })],
  ["__subclasscheck__", builtinFn("__subclasscheck__", (c, args) => {
    const [cls, sub] = typeCheckArgs("__subclasscheck__", args);
    if (!(sub instanceof PyClass || sub instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
    return cls instanceof PyClass ? sub instanceof PyClass && sub.isSubclassOf(cls) : truthOf(c.call(c.builtins.get("issubclass")!, [sub, cls]));
  })],
]));
const typeCall = typeClass.dict.get("__call__");
const typeInstanceCheck = typeClass.dict.get("__instancecheck__");
const typeSubclassCheck = typeClass.dict.get("__subclasscheck__");

/** The receiver and the one argument of type.__instancecheck__ / __subclasscheck__ (CPython's arity message). */
function typeCheckArgs(name: string, args: Value[]): [PyClass | PyType, Value] {
  const cls = args[0];
  if (!(cls instanceof PyClass || cls instanceof PyType)) {
    throw typeError(`descriptor '${name}' requires a 'type' object but received a '${cls === undefined ? "NoneType" : typeNameOf(cls)}'`);
  }
  if (args.length !== 2) throw typeError(`type.${name}() takes exactly one argument (${args.length - 1} given)`);
  return [cls, args[1]];
}

/** The metaclass of class `c` (typeClass for an ordinary class). */
export function metaOf(c: PyClass): PyClass {
  return c.meta ?? typeClass;
}

/**
 * The class's own `__new__` (a Python one somewhere in its MRO), or null when it is a
 * built-in one (object's, BaseException's), which the plain instance creation does.
 */
function customNew(cls: PyClass): Value | null {
  const n = cls.lookup("__new__");
  return n instanceof PyDescriptor && plainNews.has(n) ? null : n ?? null;
}

export function markPlainNew(n: PyDescriptor): PyDescriptor {
  plainNews.add(n);
  return n;
}

/** A built-in `__new__` that makes a plain instance of the class passed (`args[0]`), checked by `check`. */
export function builtinNew(name: string, check: (cls: PyClass, args: Value[]) => void): PyDescriptor {
  return markPlainNew(new PyDescriptor("staticmethod", builtinFn("__new__", (core, args) => {
    const cls = args[0];
    if (cls === undefined) throw typeError(`${name}.__new__(): not enough arguments`);
    // CPython's tp_new_wrapper: object.__new__ of a built-in type is refused.
    if (cls instanceof PyType && name === "object" && cls.construct !== null) throw typeError(`object.__new__(${cls.name}) is not safe, use ${cls.name}.__new__()`);
    if (!(cls instanceof PyClass)) throw typeError(`${name}.__new__(X): X is not a type object (${typeNameOf(cls)})`);
    check(cls, args);
    return newInstance(core, cls, args.slice(1));
  })));
}

/** CLASS_NAMESPACE: the class body's bound locals (internal names, starting with '.', are not attributes). */
export function classNamespace(core: Core, f: Frame): ClassNamespace {
  const code = f.code;
  const entries = new Map<string, Value>();
  for (let i = 0; i < code.varnames.length; i++) {
    const name = code.varnames[i];
    const v = core.stack[f.base + i];
    if (v !== undefined && !name.startsWith(".")) entries.set(name, v);
  }
  const cell = code.cellvars.indexOf("__class__");
  return new ClassNamespace(entries, cell >= 0 ? f.cells![cell] : null, code.qualname);
}

/**
 * BUILD_CLASS, BUILD_CLASS_KW: a class from its name, bases, namespace and class
 * keywords. Without a metaclass (none given, none inherited) the class is made here
 * directly; otherwise vm/metaclasses.ts runs CPython's protocol (`__mro_entries__` of
 * the bases, `__prepare__`, then a call of the metaclass), which may return any value.
 */
export function buildClass(core: Core, name: Value, bases: Value[], ns: Value, module: string, kwargs: Kwargs = null): Value {
  if (typeof name !== "string" || !(ns instanceof ClassNamespace)) throw new PyError("RuntimeError", "internal error: malformed class definition");
  // A base that is no class (one with `__mro_entries__`) takes the full protocol too.
  if ((kwargs === null || !kwargs.has("metaclass")) && bases.every((b) => b instanceof PyClass ? b.meta === null : b instanceof PyType)) {
    return makeClass(core, name, bases, ns.entries, ns.classCell, module, kwargs, null, ns.qualname);
  }
  return metaclassHooks.build(core, name, bases, ns.entries, ns.classCell, module, ns.qualname, kwargs);
}

/**
 * Filled by vm/objectSlots.ts (it imports this module): `object`'s slot method `name`
 * (`__repr__`, `__eq__`...), offered where an attribute lookup would fail.
 */
export const objectSlotHook = { find: (_name: string): Value | undefined => undefined };

/** Filled by vm/metaclasses.ts (it imports this module): the class statement with a metaclass. */
export const metaclassHooks = {} as {
  build(core: Core, name: string, bases: Value[], entries: Map<string, Value>, classCell: Cell | null, module: string, qualname: string, kwargs: Kwargs): Value;
  /** A new empty dict, charged. */
  newDict(core: Core): PyDict;
  /** `v` as a dict (a dict subclass instance: its value), else null. */
  asDict(v: Value): PyDict | null;
  /** The built-in `type` (`C.__class__` of an ordinary class). */
  typeType(): Value;
  /** The member descriptor of slot `name` that class `owner`'s `__slots__` declares (`C.x`). */
  slotMember(core: Core, owner: PyClass, name: string): Value;
  /** CPython's mappingproxy: `C.__dict__` (the class namespace), a dict view's `mapping` (the dict). */
  mappingProxy(core: Core, target: PyClass | PyDict): Value;
};

/**
 * `obj.__dict__` (and `vars(obj)`): the dict holding the instance's attributes, made
 * from them the first time (vm/instanceDict.ts); the same dict every time after.
 */
export function instanceDict(core: Core, obj: PyInstance): PyDict {
  if (obj.dict instanceof LiveAttributes) return obj.dict.backing;
  const d = metaclassHooks.newDict(core);
  moveAttributes(obj, d, true);
  return d;
}

/**
 * Dict `d` holds the instance's attributes from now on, its slots' values beside it;
 * `keepOthers`: the other attributes move into it (else they are dropped: `obj.__dict__ = d`).
 */
function moveAttributes(obj: PyInstance, d: PyDict, keepOthers: boolean): void {
  const live = new LiveAttributes(d, inheritedSlots(obj.cls));
  for (const [k, v] of obj.dict) if (keepOthers || live.slotNames?.has(k)) live.set(k, v);
  obj.dict = live;
}

/** The names the `__slots__` along cls's MRO declare (a class with them may also have a `__dict__`), or null. */
function inheritedSlots(cls: PyClass): ReadonlySet<string> | null {
  let names: Set<string> | null = null;
  for (const c of cls.mro) {
    for (const n of declaredSlots(c.name, c.dict) ?? []) {
      if (typeof n === "string" && n !== "__dict__" && n !== "__weakref__") (names ??= new Set()).add(n);
    }
  }
  return names;
}

/**
 * A class from its name, bases and namespace (a class statement, or `type(name,
 * bases, dict)`), then CPython's class-creation hooks: `__set_name__` of the
 * attributes, `__init_subclass__` of the nearest base defining it (given `kwargs`).
 * Its `__qualname__` is `qualname`, else the namespace's `__qualname__` (taken out
 * of it, as CPython's type_new does), else its name.
 */
export function makeClass(
  core: Core, name: string, bases: Value[], entries: Map<string, Value>, classCell: Cell | null, module: string, kwargs: Kwargs,
  meta: PyClass | null = null, qualname?: string,
): PyClass {
  const classes: PyClass[] = [];
  for (const b of bases) {
    if (b instanceof PyClass) {
      if (classes.includes(b)) throw typeError(`duplicate base class ${b.name}`);
      classes.push(b);
    } else if (b instanceof PyType) {
      const base = nativeHooks.nativeBaseClass(b, true)!;
      if (classes.includes(base)) throw typeError(`duplicate base class ${b.name}`);
      classes.push(base);
    } else throw typeError(`bases must be types`);
  }
  if (!classes.length) classes.push(objectClass);
  // CPython: two different built-in layouts cannot be combined (list and dict...).
  const natives = new Set(classes.map((c) => c.nativeType).filter((t) => t !== null));
  if (natives.size > 1) throw typeError("multiple bases have instance lay-out conflict");
  // The namespace starts with `__module__`, as a class body's does in CPython.
  const dict = new Map(entries.has("__module__") ? entries : [["__module__", module], ...entries]);
  // CPython's type_new: slots are identifiers, none also a class attribute of the same
  // class, and the variable-size built-ins (int, tuple, bytes) take none.
  const slots = declaredSlots(name, dict) ?? [];
  for (const n of slots) {
    if (typeof n !== "string") throw typeError(`__slots__ items must be strings, not '${typeNameOf(n)}'`);
    if (!isIdentifier(n)) throw typeError("__slots__ must be identifiers");
  }
  const variableSize = [...natives].find((t) => t.name === "int" || t.name === "tuple" || t.name === "bytes");
  if (variableSize !== undefined && slots.some((n) => n !== "__dict__" && n !== "__weakref__")) {
    throw typeError(`nonempty __slots__ not supported for subtype of '${variableSize.name}'`);
  }
  for (const n of slots) {
    if (typeof n === "string" && dict.has(n)) throw new PyError("ValueError", `'${n}' in __slots__ conflicts with class variable`);
  }
  const q = dict.get("__qualname__");
  if (q !== undefined) {
    if (typeof q !== "string") throw typeError(`type __qualname__ must be a str, not ${typeNameOf(q)}`);
    qualname ??= q;
    dict.delete("__qualname__");
  }
  core.charge(CLASS_BYTES + ATTRIBUTE_BYTES * (dict.size - (entries.has("__module__") ? 0 : 1)));
  // A `__module__` the class body set names the class's module (its repr, an uncaught
  // error's report), as in CPython, where the body's namespace starts with the global one.
  const ownModule = dict.get("__module__");
  if (typeof ownModule === "string") module = ownModule;
  // __new__ is a static method without the decorator, as in CPython.
  const dunderNew = dict.get("__new__");
  if (dunderNew instanceof PyFunction) dict.set("__new__", new PyDescriptor("staticmethod", dunderNew));
  // ... and __init_subclass__, __class_getitem__ are class methods without it.
  for (const implicit of ["__init_subclass__", "__class_getitem__"]) {
    const f = dict.get(implicit);
    if (f instanceof PyFunction) dict.set(implicit, new PyDescriptor("classmethod", f));
  }
  // As CPython: defining __eq__ without __hash__ makes the class unhashable, by a
  // `__hash__ = None` in its namespace (`C.__hash__ is None`; it also hides a base's
  // __hash__, such as a built-in type's). Charged as the namespace's other entries.
  if (dict.has("__eq__") && !dict.has("__hash__")) {
    core.charge(ATTRIBUTE_BYTES);
    dict.set("__hash__", null);
  }
  // A docstring is not inherited (CPython gives every class its own __doc__).
  if (!dict.has("__doc__") && classes.some((c) => c.lookup("__doc__") !== undefined)) {
    core.charge(ATTRIBUTE_BYTES);
    dict.set("__doc__", null);
  }
  const cls = new PyClass(name, module, classes, dict);
  cls.qualname = qualname ?? name;
  if (meta !== typeClass) cls.meta = meta;
  if (classCell) classCell.value = cls;
  for (const [k, v] of dict) {
    const setName = v instanceof PyInstance ? v.cls.lookup("__set_name__") : undefined;
    if (setName === undefined) continue;
    try {
      core.call(setName, [v, cls, k]);
    } catch (e) {
      // CPython 3.11 wraps it (3.12 lets it through with a note).
      if (!(e instanceof PyError) || core.isAnnotated(e)) throw e;
      const r = new PyError("RuntimeError", `Error calling __set_name__ on '${typeName(v)}' instance '${k}' in '${name}'`);
      r.causedBy = e;
      throw r;
    }
  }
  for (let i = 1; i < cls.mro.length; i++) {
    const hook = cls.mro[i].dict.get("__init_subclass__");
    if (hook !== undefined) {
      // object's (the usual case) does nothing without keywords: no call.
      if (hook !== objectClass.dict.get("__init_subclass__") || (kwargs && kwargs.size)) core.call(bind(core, hook, null, cls), [], kwargs);
      break;
    }
  }
  return cls;
}

/** `C[x]` on a class: its `__class_getitem__` (undefined when it has none). */
export function classGetItem(cls: Value, index: Value): Value | undefined {
  const m = cls instanceof PyClass ? cls.lookup("__class_getitem__") : undefined;
  if (m === undefined) return undefined;
  const c = core();
  return c.call(bind(c, m, null, cls as PyClass), [index]);
}

/** Set by the abc module once imported: raises TypeError for a class with abstract methods. */
let abstractCheck: ((cls: PyClass) => void) | null = null;
export function setAbstractCheck(check: (cls: PyClass) => void): void {
  abstractCheck = check;
}

/** A new instance, charged (exceptions also get their `args`, subclasses of built-in types their value). */
export function newInstance(core: Core, cls: PyClass, args: Value[], kwargs: Kwargs = null): PyInstance {
  if (abstractCheck !== null) abstractCheck(cls);
  const native = cls.nativeType !== null ? nativeHooks.makeNative(core, cls.nativeType, args, kwargs) : undefined;
  core.charge(INSTANCE_BYTES);
  const inst = new PyInstance(cls);
  if (cls.exception) inst.args = core.newTuple(args.slice());
  inst.native = native;
  // Its __del__ runs once it is unreachable (core.ts checkFinalizers, memory.ts).
  if (cls.lookup("__del__") !== undefined) core.mem.addFinalizable(inst);
  return inst;
}

/** The Python function that initialises instances of `cls`, if it is one (else null). */
function pythonInit(cls: PyClass): PyFunction | null {
  const init = cls.lookup("__init__");
  return init instanceof PyFunction ? init : null;
}

// ------------------------------------------------------------------ calls

/**
 * Moves the `argc` values above stack[fnIndex] up one slot and puts `fn`, `self` in
 * their place: [obj a1..an] -> [fn self a1..an]. Returns the new sp.
 */
export function insertSelf(core: Core, fnIndex: number, argc: number, fn: Value, self: Value): number {
  const stack = core.stack;
  const sp = fnIndex + 1 + argc;
  core.ensureStack(sp + 2);
  for (let i = sp; i > fnIndex + 1; i--) stack[i] = stack[i - 1];
  stack[fnIndex] = fn;
  stack[fnIndex + 1] = self;
  core.sp = sp + 1;
  return sp + 1;
}

/**
 * The interpreter's call of a non-function callable at stack[fnIndex] with `argc`
 * values above it (the last `kwnames.length` are keyword values): bound methods,
 * classes whose `__init__` is Python code and instances with a Python `__call__` get
 * a frame (returned), so they run in the interpreter loop like any call and may
 * block. Null: call it natively (core.callNative).
 */
export function enterObjectCall(core: Core, fn: Value, fnIndex: number, argc: number, kwnames: readonly string[] | null, kinds: { Call: number; Init: number }): Frame | null {
  const nkw = kwnames ? kwnames.length : 0;
  if (fn instanceof PyBoundMethod) {
    if (fn.fn === callSelf) {
      // `f.__call__(...)`: the call of f itself, in f's slot.
      const target = fn.self;
      core.stack[fnIndex] = target;
      if (target instanceof PyFunction) return core.pushCall(target, fnIndex, argc - nkw, kwnames, kinds.Call);
      return target instanceof PyHeapObject ? enterObjectCall(core, target, fnIndex, argc, kwnames, kinds) : null;
    }
    if (!(fn.fn instanceof PyFunction)) return null;
    insertSelf(core, fnIndex, argc, fn.fn, fn.self);
    return enter(core, fn.fn, fnIndex, argc - nkw + 1, kwnames, kinds.Call);
  }
  if (fn instanceof PyClass) {
    const init = initOfCall(fn);
    return init === null ? null : enterInit(core, fn, init, fnIndex, argc, kwnames, kinds.Init);
  }
  if (fn instanceof PyInstance) {
    const call = fn.cls.lookup("__call__");
    if (!(call instanceof PyFunction)) return null;
    // The instance in the callable's slot is the receiver (`__call__` stays reachable from its class).
    return enterMethod(core, call, fn, fnIndex, argc, kwnames, kinds.Call);
  }
  return null;
}

/**
 * The Python `__init__` a call of `cls` runs in a frame (enterInit), or null when the
 * class is called natively. Decided from class namespaces alone (attrCache.ts caches it).
 */
export function initOfCall(cls: PyClass): PyFunction | null {
  // Remembered per class while no class namespace changes (the class epoch).
  if (cls.initEpoch !== classEpoch.value) {
    const init = pythonInit(cls);
    // A class with its own __new__ is called natively (callObject), __new__ then __init__;
    // so is a subclass of a built-in type (its value is made from all the arguments).
    // So is a class with a metaclass (its `__call__` may be the metaclass's).
    cls.plainInit = !init || cls.meta !== null || customNew(cls) || cls.nativeType !== null ? null : init;
    cls.initEpoch = classEpoch.value;
  }
  return cls.plainInit;
}

/** The arguments newInstance is given when only an exception keeps them (`e.args`). */
const NO_ARGS: Value[] = [];

/** A call of `cls` whose `init` is initOfCall(cls): a new instance, and a frame of `kind` for `init`. */
export function enterInit(core: Core, cls: PyClass, init: PyFunction, fnIndex: number, argc: number, kwnames: readonly string[] | null, kind: number): Frame {
  const npos = argc - (kwnames ? kwnames.length : 0);
  // Only an exception keeps its arguments (`args`): no copy for the others.
  const inst = newInstance(core, cls, cls.exception ? core.stack.slice(fnIndex + 1, fnIndex + 1 + npos) : NO_ARGS);
  // The new instance is the receiver, in the class's slot (init stays reachable from the class).
  const f = enterMethod(core, init, inst, fnIndex, argc, kwnames, kind);
  f.initSelf = inst;
  return f;
}

/**
 * CALL_METHOD on an instance: when `name` is a Python function found on its class
 * (not shadowed by an instance attribute), a frame for it, without a bound method.
 */
export function enterMethodCall(core: Core, obj: PyInstance, name: string, objIndex: number, argc: number, callKind: number): Frame | null {
  if (obj.dict.has(name) || obj.cls.getattributeHook) return null;
  const m = obj.cls.lookup(name);
  if (!(m instanceof PyFunction)) return null;
  return enterMethod(core, m, obj, objIndex, argc, null, callKind);
}

/**
 * `obj[idx]` (BINARY_SUBSCR, SUBSCR_FAST2) on an instance whose class has `__getitem__`
 * as a Python function: obj and idx laid out at objIndex as a method call's receiver
 * and argument, the calling frame's pc set to `next` (where it goes on), and a frame
 * for the method entered, as CALL_METHOD enters one (its result lands in objIndex's
 * slot, the subscript's). Else null, nothing changed, and ops.getItem runs the
 * protocol (a nested call for any other kind of `__getitem__`). Special methods are
 * looked up on the class only, never the instance, as CPython does.
 */
export function enterItemMethod(core: Core, obj: PyInstance, idx: Value, objIndex: number, next: number): Frame | null {
  const m = obj.cls.lookup("__getitem__");
  if (!(m instanceof PyFunction)) return null;
  core.ensureStack(objIndex + 2);
  const stack = core.stack;
  stack[objIndex] = obj;
  stack[objIndex + 1] = idx;
  core.sp = objIndex + 2;
  core.frame!.pc = next;
  return enterMethod(core, m, obj, objIndex, 1, null, FrameKind.Call);
}

/**
 * CALL_METHOD on a super object (`super().m(...)`, `super().__init__(...)`): when the
 * attribute getAttrObject would bind is a Python function (a method, the instance its
 * receiver) or a classmethod's (in a classmethod: the class its receiver), a frame for
 * it with the receiver in the super object's slot, without a bound method; else null
 * (read the attribute and call it). The function is reachable from the receiver's class.
 */
export function enterSuperMethod(core: Core, sup: PySuper, name: string, objIndex: number, argc: number, callKind: number): Frame | null {
  const mro = sup.objClass.mro;
  const self = sup.obj;
  for (let i = mro.indexOf(sup.cls) + 1; i < mro.length; i++) {
    const v = mro[i].dict.get(name);
    if (v === undefined) continue;
    if (v instanceof PyFunction && self instanceof PyInstance) return enterMethod(core, v, self, objIndex, argc, null, callKind);
    if (v instanceof PyDescriptor && v.kind === "classmethod" && v.fn instanceof PyFunction && self === sup.objClass) {
      return enterMethod(core, v.fn, self, objIndex, argc, null, callKind);
    }
    return null;
  }
  return null;
}

/**
 * Enters method `m` (a method, `__init__` or `__call__`, reachable from the class of
 * `self` while it runs) for the receiver `self`, whose slot is stack[selfIndex], with
 * `argc` values above that slot (the last `kwnames.length` are keyword values): in
 * place when they are its parameters exactly (core.pushMethodFrame: the slot becomes
 * local 0), else with self inserted and the arguments bound.
 */
export function enterMethod(
  core: Core, m: PyFunction, self: Value, selfIndex: number, argc: number, kwnames: readonly string[] | null, kind: number,
): Frame {
  const npos = argc - (kwnames ? kwnames.length : 0) + 1;
  if (placesArguments(m, npos, kwnames)) {
    core.stack[selfIndex] = self;
    return core.pushMethodFrame(m, selfIndex, kind);
  }
  insertSelf(core, selfIndex, argc, m, self);
  return enter(core, m, selfIndex, npos, kwnames, kind);
}

/** Whether `npos` positional arguments (and `kwnames`) are exactly fn's locals in order: nothing to bind. */
export function placesArguments(fn: PyFunction, npos: number, kwnames: readonly string[] | null): boolean {
  const c = fn.code;
  return (kwnames === null || kwnames.length === 0) && npos === c.argcount && c.kwonlycount === 0 && (c.flags & (CodeFlags.VARARGS | CodeFlags.VARKW)) === 0;
}

/** Enters `fn` with its arguments in place: the fast path when they match its parameters exactly. */
export function enter(core: Core, fn: PyFunction, fnIndex: number, npos: number, kwnames: readonly string[] | null, kind: number): Frame {
  return placesArguments(fn, npos, kwnames)
    ? core.pushFrame(fn, fnIndex, kind)
    : core.pushCall(fn, fnIndex, npos, kwnames, kind);
}

/** Calls a class, bound method, descriptor or instance from TypeScript (core.callNative). */
export function callObject(core: Core, fn: PyHeapObject, args: Value[], kwargs: Kwargs): Value {
  if (fn instanceof PyBoundMethod) return core.call(fn.fn, [fn.self, ...args], kwargs);
  if (fn instanceof PyClass) {
    if (fn.meta !== null) {
      // The metaclass's `__call__` (a singleton's, an enum's `Color(1)`) decides.
      const call = fn.meta.lookup("__call__");
      if (call !== typeCall) return core.call(call!, [fn, ...args], kwargs);
    }
    return constructInstance(core, fn, args, kwargs);
  }
  if (fn instanceof PyInstance) {
    const call = fn.cls.lookup("__call__");
    if (call !== undefined) return core.call(call, [fn, ...args], kwargs);
  }
  if (fn instanceof PyNativeObject && fn.call) return fn.call(core, args, kwargs);
  // A staticmethod object is callable itself (Python 3.10+).
  if (fn instanceof PyDescriptor && fn.kind === "staticmethod") return core.call(fn.fn, args, kwargs);
  throw typeError(`'${typeNameOf(fn)}' object is not callable`);
}

/**
 * BaseException.__init__ (set by exceptions.ts): it only sets `args` to its arguments,
 * which newInstance has done for an exception already.
 */
let exceptionInit: Value | undefined;
export function setExceptionInit(init: Value): void {
  exceptionInit = init;
}

/** exceptionFlags: a call of the class runs BaseException's own `__new__` and `__init__` (nothing of Python). */
export const EXC_PLAIN_CALL = 1;
/** exceptionFlags: no class of its MRO has an attribute `args` (its instances' `args` are their own). */
export const EXC_OWN_ARGS = 4;

/** What raising and catching exception class `cls` involves (EXC_* bits), decided from class namespaces alone. */
export function exceptionFlags(cls: PyClass): number {
  if (cls.excEpoch !== classEpoch.value) {
    let flags = 0;
    if (customNew(cls) === null && cls.lookup("__init__") === exceptionInit && cls.nativeType === null) flags |= EXC_PLAIN_CALL;
    if (cls.lookup("args") === undefined) flags |= EXC_OWN_ARGS;
    cls.excFlags = flags;
    cls.excEpoch = classEpoch.value;
  }
  return cls.excFlags;
}

/**
 * `e.args` of an exception instance as genericGetAttr reads it (CPython's getset
 * descriptor of BaseException), when nothing can come first: no `args` in its own
 * dict or its class's MRO, no __getattribute__ of the program's. Else undefined (the
 * generic path decides). For compiled reads of `.args` (jit/baseline.ts), which the
 * attribute caches would send through the generic path every time.
 */
export function exceptionArgs(o: PyInstance): Value | undefined {
  const cls = o.cls;
  if (!cls.exception || cls.getattributeHook || (exceptionFlags(cls) & EXC_OWN_ARGS) === 0) return undefined;
  const d = o.dict;
  if (d.size !== 0 && d.has("args")) return undefined;
  return o.args ?? undefined;
}

/** CPython's type_call: `__new__`, then `__init__` when `__new__` returned an instance of the class. */
function constructInstance(core: Core, fn: PyClass, args: Value[], kwargs: Kwargs): Value {
  // `E(x)` of an exception class with BaseException's __new__ and __init__ (raised in
  // a loop, as often as not): newInstance's instance, its `args` set, is the whole
  // result (__init__ would set the same `args` again). __init__ refuses keywords,
  // naming the class as CPython's does.
  if (fn.exception && (exceptionFlags(fn) & EXC_PLAIN_CALL) !== 0) {
    const inst = newInstance(core, fn, args);
    // Only AttributeError, NameError and ImportError take keywords (their fields).
    if (kwargs !== null && kwargs.size !== 0) exceptionKeywords(core, fn, inst, kwargs);
    return inst;
  }
  const make = customNew(fn);
  const inst = make ? core.call(bind(core, make, null, fn), [fn, ...args], kwargs) : newInstance(core, fn, args, kwargs);
  if (make && !isInstanceOf(inst, fn)) return inst;
  const init = fn.lookup("__init__")!;
  const r = core.call(init, [inst, ...args], kwargs);
  if (r !== null) throw typeError(`__init__() should return None, not '${typeNameOf(r)}'`);
  return inst;
}

/** An AttributeError, or an instance of a subclass of it (a user class's error names that class); never a VM bug. */
export function isAttributeError(e: unknown): boolean {
  return e instanceof PyError && !e.internal && (e.kind === "AttributeError" ||
    (e.value instanceof PyInstance && e.value.cls.mro.some((c) => c.name === "AttributeError" && c.module === "builtins")));
}

/** hasattr(obj, name): getattr finds it (an AttributeError says no; any other error passes). */
export function hasAttr(core: CoreApi, obj: Value, name: string): boolean {
  try {
    core.getAttr(obj, name);
    return true;
  } catch (e) {
    if (isAttributeError(e)) return false;
    throw e;
  }
}

/** callable(v): a function, a built-in function or type, or a callable object (isCallableObject). */
export function isCallable(v: Value): boolean {
  return v instanceof PyFunction || v instanceof BuiltinFunction || v instanceof PyType || isCallableObject(v);
}

export function isCallableObject(v: Value): boolean {
  return v instanceof PyClass || v instanceof PyBoundMethod || (v instanceof PyInstance && v.cls.lookup("__call__") !== undefined) ||
    (v instanceof PyDescriptor && v.kind === "staticmethod") ||
    (v instanceof PyNativeObject && v.call !== undefined);
}

// ------------------------------------------------------------------ attributes

/** What `cls.name` / `inst.name` gives for a class attribute `v` (descriptors applied). */
function bind(core: Core, v: Value, inst: PyInstance | null, cls: PyClass, name = "?"): Value {
  if (v instanceof PyInstance) {
    // A descriptor: `__get__(self, instance or None, owner)`.
    const get = v.cls.lookup("__get__");
    return get === undefined ? v : core.call(get, [v, inst, cls]);
  }
  if (v instanceof PyDescriptor) {
    if (v.kind === "staticmethod") return v.fn;
    if (v.kind === "classmethod") return v.fn instanceof PyFunction ? bound(core, cls, v.fn) : classmethodGet(core, v.fn, cls);
    return inst ? propertyGet(core, v, inst, name) : v;
  }
  if (inst && (v instanceof PyFunction || (v instanceof BuiltinFunction && !plainFunctions.has(v)))) return bound(core, inst, v);
  return v;
}

/**
 * `v.__get__(obj, cls)` as attribute lookup applies it to a class attribute `v`: a
 * function binds to an instance, a classmethod to the class, a descriptor instance's
 * __get__ runs. functools' partialmethod and singledispatchmethod bind what they wrap
 * with it, as ePython's classmethods and staticmethods have no `__get__` attribute.
 */
export function descriptorGet(core: Core, v: Value, obj: Value, cls: PyClass): Value {
  return bind(core, v, obj instanceof PyInstance ? obj : null, cls);
}

/**
 * Built-in functions that are not method descriptors (`len`, `abs`, `math.sqrt`): as
 * in CPython, one stored as a class attribute is a plain value (`class C: f = abs`,
 * `C().f(-1)` is 1). The built-in types' methods (`list.append`, `int.__add__`,
 * object's) are not in the set and bind as methods. Filled by builtins.ts and the
 * modules' `def`.
 */
const plainFunctions = new WeakSet<BuiltinFunction>();
export function markPlainFunction(f: Value): void {
  if (f instanceof BuiltinFunction) plainFunctions.add(f);
}

/**
 * What `C.name` gives for attribute `v` of C's metaclass: C is then the instance
 * (functions bind to it, a property reads it, a class method binds to the metaclass).
 */
function bindToClass(core: Core, v: Value, cls: PyClass, name: string): Value {
  if (v instanceof BuiltinFunction && plainFunctions.has(v)) return v;
  if (v instanceof PyInstance) {
    const get = v.cls.lookup("__get__");
    return get === undefined ? v : core.call(get, [v, cls, metaOf(cls)]);
  }
  if (v instanceof PyDescriptor) {
    if (v.kind === "staticmethod") return v.fn;
    if (v.kind === "classmethod") return classmethodGet(core, v.fn, metaOf(cls));
    if (v.fn === null) throw new PyError("AttributeError", `property '${name}' of '${metaOf(cls).name}' object has no getter`);
    return core.call(v.fn, [cls]);
  }
  if (v instanceof PyFunction || v instanceof BuiltinFunction) return bound(core, cls, v);
  return v;
}

/**
 * A classmethod wrapping `f`, read through class `owner`: as CPython 3.9–3.12, a
 * wrapped descriptor (`@classmethod` over `@property`) is applied to the class, any
 * other callable binds to it.
 */
function classmethodGet(core: Core, f: Value, owner: PyClass): Value {
  if (f instanceof PyDescriptor && f.kind === "property") {
    if (f.fn === null) throw new PyError("AttributeError", `property of '${owner.name}' object has no getter`);
    return core.call(f.fn, [owner]);
  }
  if (f instanceof PyInstance) {
    const get = f.cls.lookup("__get__");
    if (get !== undefined) return core.call(get, [f, owner, owner]);
  }
  return bound(core, owner, f);
}

/** Reads property `d` (named `name`) of `inst`: its getter, CPython's AttributeError without one. */
function propertyGet(core: Core, d: PyDescriptor, inst: PyInstance, name: string): Value {
  if (d.fn === null) throw new PyError("AttributeError", `property '${name}' of '${inst.cls.name}' object has no getter`);
  return core.call(d.fn, [inst]);
}

function bound(core: Core, self: Value, fn: Value): PyBoundMethod {
  core.charge(WRAPPER_BYTES);
  return new PyBoundMethod(self, fn);
}

/**
 * `__call__` of any callable (CPython's method-wrapper `f.__call__`): the callable
 * itself, called with the arguments. Bound to the callable, so a call of the wrapper
 * from Python code enters the callable directly (enterObjectCall), as calling it does.
 */
export const callSelf = new BuiltinFunction("__call__", (c, args, kwargs) => (c as Core).call(args[0], args.slice(1), kwargs));

/** `obj.__call__` for a callable without a `__call__` of its class's own (functions, builtins, classes, bound methods). */
export function callWrapper(core: Core, obj: Value): PyBoundMethod {
  return bound(core, obj, callSelf);
}

/**
 * SystemExit's `code` (CPython's): None without arguments, the argument with one,
 * the args tuple with several.
 */
export function exitCode(e: PyInstance): Value {
  const args = e.args?.items ?? [];
  return args.length === 0 ? null : args.length === 1 ? args[0] : e.args!;
}

export function getAttrObject(core: Core, obj: PyHeapObject, name: string): Value {
  if (obj instanceof PyInstance && obj.cls.getattributeHook) {
    const hook = obj.cls.lookup("__getattribute__")!;
    try {
      return core.call(hook, [obj, name]);
    } catch (e) {
      return getattrFallback(core, obj, name, e);
    }
  }
  return genericGetAttr(core, obj, name, true);
}

/**
 * Class attribute `cv` of `obj` that may run Python code to give the attribute (a
 * property, an instance with `__get__`), with `__getattr__` answering an
 * AttributeError it raises (`withGetattr`).
 */
function describedGet(core: Core, cv: PyDescriptor | PyInstance, obj: PyInstance, name: string, withGetattr: boolean): Value {
  if (!withGetattr) return describedRead(core, cv, obj, name);
  try {
    return describedRead(core, cv, obj, name);
  } catch (e) {
    return getattrFallback(core, obj, name, e);
  }
}

function describedRead(core: Core, cv: PyDescriptor | PyInstance, obj: PyInstance, name: string): Value {
  return cv instanceof PyDescriptor && cv.kind === "property" ? propertyGet(core, cv, obj, name) : bind(core, cv, obj, obj.cls, name);
}

/**
 * CPython's slot_tp_getattr_hook: `__getattr__` answers when looking the attribute up
 * raised AttributeError, wherever it came from (a `__getattribute__`, a property's
 * getter or a descriptor's `__get__`); any other error, or a class without
 * `__getattr__`, lets `e` pass.
 */
function getattrFallback(core: Core, obj: PyInstance, name: string, e: unknown): Value {
  const hook = isAttributeError(e) ? obj.cls.lookup("__getattr__") : undefined;
  if (hook === undefined) throw e;
  return core.call(hook, [obj, name]);
}

/**
 * `object.__getattribute__`: data descriptors, the instance's dict, the class, and
 * (`withGetattr`) `__getattr__` for a missing one.
 */
function genericGetAttr(core: Core, obj: PyHeapObject, name: string, withGetattr: boolean): Value {
  if (obj instanceof PyInstance) {
    const cls = obj.cls;
    const ownFirst = !cls.properties && !propertyAddedLate;
    if (ownFirst) {
      const own = obj.dict.get(name);
      if (own !== undefined) return own;
    }
    const cv = cls.lookup(name);
    if ((cv instanceof PyDescriptor && cv.kind === "property") || (cv instanceof PyInstance && isDataDescriptor(cv))) {
      return describedGet(core, cv, obj, name, withGetattr);
    }
    if (!ownFirst) {
      const own = obj.dict.get(name);
      if (own !== undefined) return own;
    }
    if (cv instanceof PyInstance) return describedGet(core, cv, obj, name, withGetattr);
    if (cv !== undefined) return bind(core, cv, obj, cls, name);
    if (name === "__class__") return cls;
    if (name === "__dict__" && cls.slots === null) return instanceDict(core, obj);
    if (name === "__doc__") return cls.module === "builtins" ? builtinTypeDocs.get(cls.name) ?? null : null;
    if (obj.native !== undefined) {
      // The methods of the built-in type (`append`, `upper`, `keys`), bound to the value.
      const m = nativeHooks.nativeAttr(core, obj.native, name);
      if (m !== undefined) return m;
    }
    if (obj.args) {
      if (name === "args") return obj.args;
      if (name === "__cause__") return obj.cause;
      if (name === "__context__") return obj.context;
      if (name === "__suppress_context__") return obj.suppressContext;
      // Traceback objects, built when first read (vm/tracebackObjects.ts).
      if (name === "__traceback__") return tracebackHooks.get(core, obj);
      if (name === "with_traceback") return tracebackHooks.withTraceback(obj);
      // StopIteration.value: a generator's return value (its first argument).
      if (name === "value" && cls.mro.some((c) => c.name === "StopIteration" && c.exception)) return obj.args.items[0] ?? null;
      if (name === "code" && cls.mro.some((c) => c.name === "SystemExit" && c.exception)) return exitCode(obj);
      // AttributeError's name and obj, NameError's name, ImportError's name, path and msg.
      const field = exceptionField(core, obj, name);
      if (field !== undefined) return field;
    }
    const slot = objectSlotHook.find(name);
    if (slot !== undefined) return bound(core, obj, slot);
    const hook = withGetattr ? cls.lookup("__getattr__") : undefined;
    if (hook !== undefined) return core.call(hook, [obj, name]);
    throw attributeError(obj, `'${cls.tpName ?? cls.name}' object has no attribute '${name}'`);
  }
  if (obj instanceof PyClass) {
    // CPython's type_getattro: a data descriptor of the metaclass (a property) first,
    // then the class's MRO, then the metaclass's other attributes, bound to the class.
    const mv = obj.meta !== null ? obj.meta.lookup(name) : undefined;
    if (mv !== undefined && isDataDescriptor(mv)) return bindToClass(core, mv, obj, name);
    const v = obj.lookup(name);
    if (v !== undefined) return bind(core, v, null, obj);
    // A slot's member descriptor, made when asked for (instances keep slot values with
    // their other attributes, so no descriptor slows their access down).
    const owner = slotOwner(obj, name);
    if (owner !== null) return metaclassHooks.slotMember(core, owner, name);
    if (mv !== undefined) return bindToClass(core, mv, obj, name);
    // type.__call__, bound to the class (a class with a metaclass found it above).
    if (name === "__call__") return callWrapper(core, obj);
    if (name === "__name__") return obj.name;
    if (name === "__qualname__") return obj.qualname;
    // The built-in classes (exceptions, object) keep theirs outside the namespace: 'builtins'.
    if (name === "__module__") return obj.module;
    // A class without a docstring; a built-in one (exceptions, object) has CPython's.
    if (name === "__doc__") return obj.module === "builtins" ? builtinTypeDocs.get(obj.name) ?? null : null;
    if (obj.nativeType !== null && !CLASS_OWN_ATTRIBUTES.has(name)) {
      // `L.append`: the built-in type's unbound method (the class's own __mro__, __dict__... below).
      const m = nativeHooks.nativeAttr(core, obj.nativeType, name);
      if (m !== undefined) return m;
    }
    if (name === "__mro__") return core.newTuple(obj.mro.slice());
    // `C.mro()`: type.mro, the same order as a new list (a metaclass's own `mro` was found above).
    if (name === "mro") {
      return new BuiltinFunction("mro", (c, args) => {
        if (args.length !== 0) throw typeError(`${obj.name}.mro() takes no arguments (${args.length} given)`);
        return c.newList(obj.mro.slice());
      }, obj);
    }
    if (name === "__dict__") return metaclassHooks.mappingProxy(core, obj);
    if (name === "__class__") return obj.meta ?? metaclassHooks.typeType();
    if (name === "__bases__") return core.newTuple(obj.bases.slice());
    // CPython's best base: the first base deriving from a built-in type (whose instance
    // layout wins: `class C(B, dict)` gives dict), else the first base.
    if (name === "__base__") return obj.bases.find((b) => b.nativeType !== null) ?? obj.bases[0] ?? (obj === objectClass ? null : objectClass);
    if (name === "__subclasses__") {
      return new BuiltinFunction("__subclasses__", (c, args) => {
        if (args.length !== 0) throw typeError(`${obj.name}.__subclasses__() takes no arguments (${args.length} given)`);
        return c.newList(obj.subclasses());
      }, obj);
    }
    const slot = objectSlotHook.find(name);
    if (slot !== undefined) return slot;
    throw attributeError(obj, `type object '${obj.name}' has no attribute '${name}'`);
  }
  if (obj instanceof PySuper) {
    const mro = obj.objClass.mro;
    for (let i = mro.indexOf(obj.cls) + 1; i < mro.length; i++) {
      const v = mro[i].dict.get(name);
      if (v === undefined) continue;
      if (obj.obj instanceof PyInstance) return bind(core, v, obj.obj, obj.objClass);
      // super() in a metaclass method whose self is a class made by it (`__init__(cls, ...)`).
      if (obj.obj instanceof PyClass && obj.obj !== obj.objClass) return bindToClass(core, v, obj.obj, name);
      // super() in a classmethod: obj is the class.
      return v instanceof PyDescriptor && v.kind === "classmethod" ? bound(core, obj.obj, v.fn) : bind(core, v, null, obj.objClass);
    }
    // `super().append(x)`: the built-in type's method, on the instance's value.
    if (obj.obj instanceof PyInstance && obj.obj.native !== undefined) {
      const m = nativeHooks.nativeAttr(core, obj.obj.native, name);
      if (m !== undefined) return m;
    }
    const slot = objectSlotHook.find(name);
    if (slot !== undefined) return bound(core, obj.obj, slot);
    throw new PyError("AttributeError", `'super' object has no attribute '${name}'`);
  }
  if (obj instanceof PyBoundMethod) {
    if (name === "__self__") return obj.self;
    if (name === "__func__") return obj.fn;
    if (name === "__call__") return callWrapper(core, obj);
    // Anything else is the function's, as CPython's method_getattro: `__qualname__`,
    // `__doc__`, `__wrapped__`, attributes a decorator set (`m.__unittest_skip__`);
    // a missing one is the function's AttributeError, as there.
    if (name === "__class__") return core.call(metaclassHooks.typeType(), [obj]);
    return core.getAttr(obj.fn, name);
  }
  // What a staticmethod or classmethod wraps (CPython 3.10+ also `__wrapped__`).
  if (obj instanceof PyDescriptor && obj.kind !== "property" && (name === "__func__" || name === "__wrapped__")) return obj.fn;
  // The descriptor protocol called by name (`sm.__get__(None, C)`, `prop.__get__(obj)`),
  // as attribute lookup applies it.
  if (obj instanceof PyDescriptor && name === "__get__") {
    return new BuiltinFunction("__get__", (c, args) => {
      if (args.length < 1 || args.length > 2) throw typeError(`expected 1 or 2 arguments, got ${args.length}`);
      const inst = args[0];
      const owner = args.length > 1 ? args[1] : null;
      if (inst === null && owner === null) throw typeError("__get__(None, None) is invalid");
      if (obj.kind === "staticmethod") return obj.fn;
      if (obj.kind === "property") {
        if (inst === null) return obj;
        if (obj.fn === null) throw propertyError(obj, inst, "getter");
        return c.call(obj.fn, [inst]);
      }
      const cls = owner !== null ? owner : inst instanceof PyInstance ? inst.cls : core.call(metaclassHooks.typeType(), [inst]);
      c.charge(WRAPPER_BYTES);
      return new PyBoundMethod(cls, obj.fn);
    });
  }
  if (obj instanceof PyDescriptor && name === "__isabstractmethod__") return descriptorIsAbstract(core, obj);
  // A property's `__set__`/`__delete__` called by name (`Base.x.__set__(self, v)`).
  if (obj instanceof PyDescriptor && obj.kind === "property" && (name === "__set__" || name === "__delete__")) {
    const setting = name === "__set__";
    return new BuiltinFunction(name, (c, args) => {
      if (args.length !== (setting ? 2 : 1)) throw typeError(`expected ${setting ? 2 : 1} argument${setting ? "s" : ""}, got ${args.length}`);
      const f = setting ? obj.setter : obj.deleter;
      if (f === null) throw propertyError(obj, args[0], setting ? "setter" : "deleter");
      c.call(f, args);
      return null;
    });
  }
  if (obj instanceof PyDescriptor && obj.kind === "property") {
    // `@x.setter`, `.getter`, `.deleter`: a copy of the property with that function replaced (as CPython).
    if (name === "getter" || name === "setter" || name === "deleter") return new BuiltinFunction(name, (c, args) => {
      if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
      c.charge(WRAPPER_BYTES);
      const f = args[0];
      return new PyDescriptor("property", name === "getter" ? f : obj.fn, name === "setter" ? f : obj.setter, name === "deleter" ? f : obj.deleter, obj.doc);
    });
    if (name === "fget") return obj.fn;
    // CPython's: the `doc` given, else the getter's docstring.
    if (name === "__doc__") return obj.doc !== null ? obj.doc : obj.fn === null ? null : core.getAttr(obj.fn, "__doc__");
    if (name === "fset") return obj.setter;
    if (name === "fdel") return obj.deleter;
  }
  if (obj instanceof PyNativeObject) {
    const v = obj.attr?.(core, name);
    if (v !== undefined) return v;
  }
  // A property, staticmethod, classmethod, NotImplemented, Ellipsis...: its type, as type(obj).
  if (name === "__class__") return core.call(metaclassHooks.typeType(), [obj]);
  if (name === "__call__" && isCallableObject(obj)) return callWrapper(core, obj);
  throw attributeError(obj, `'${typeNameOf(obj)}' object has no attribute '${name}'`);
}

/**
 * CPython 3.11's property error: `property 'x' of 'C' object has no setter`, the name
 * being the getter's; without a named getter, `property of 'int' object has no getter`.
 */
export function propertyError(d: PyDescriptor, obj: Value, missing: "getter" | "setter" | "deleter"): PyError {
  const name = d.fn instanceof PyFunction ? `'${d.fn.name}' ` : "";
  return new PyError("AttributeError", `property ${name}of '${typeNameOf(obj)}' object has no ${missing}`);
}

/**
 * `__isabstractmethod__` of a property, staticmethod or classmethod: true when a
 * function it holds says so (abc.abstractmethod marks functions), as CPython's.
 */
function descriptorIsAbstract(core: Core, d: PyDescriptor): boolean {
  return [d.fn, d.setter, d.deleter].some((f) => {
    if (f === null || typeof f !== "object") return false;
    try {
      return truthOf(core.getAttr(f, "__isabstractmethod__"));
    } catch (e) {
      if (isAttributeError(e)) return false;
      throw e;
    }
  });
}

/** The lookup's AttributeError, knowing its object (as CPython's `obj`: the report's "Did you mean"). */
function attributeError(obj: Value, message: string): PyError {
  const e = new PyError("AttributeError", message);
  e.attributeOf = obj;
  return e;
}

export function setAttrObject(core: Core, obj: PyHeapObject, name: string, v: Value): void {
  if (obj instanceof PyInstance && (obj.cls.attributeHooks || attributeHookAddedLate)) {
    const hook = obj.cls.lookup("__setattr__");
    if (hook !== undefined && hook !== objectSetattr) {
      core.call(hook, [obj, name, v]);
      return;
    }
  }
  if (obj instanceof PyClass && obj.meta !== null) {
    // The metaclass's `__setattr__` (enum's refuses to reassign a member), or its property.
    const hook = obj.meta.lookup("__setattr__");
    if (hook !== undefined && hook !== objectSetattr) {
      core.call(hook, [obj, name, v]);
      return;
    }
    const mv = obj.meta.lookup(name);
    if (mv instanceof PyDescriptor && mv.kind === "property") {
      if (mv.setter === null) throw new PyError("AttributeError", `property '${name}' of '${obj.meta.name}' object has no setter`);
      core.call(mv.setter, [obj, v]);
      return;
    }
  }
  storeAttribute(core, obj, name, v);
}

/** `object.__setattr__`: properties and the object's dict, no `__setattr__` hook. */
function storeAttribute(core: Core, obj: PyHeapObject, name: string, v: Value): void {
  let dict: Map<string, Value>;
  if (obj instanceof PyInstance) {
    const cv = obj.cls.properties || propertyAddedLate ? obj.cls.lookup(name) : undefined;
    if (cv instanceof PyDescriptor && cv.kind === "property") {
      if (cv.setter === null) throw new PyError("AttributeError", cv.tupleField ? "can't set attribute" : `property '${name}' of '${obj.cls.name}' object has no setter`);
      core.call(cv.setter, [obj, v]);
      return;
    }
    if (cv instanceof PyInstance && isDataDescriptor(cv)) {
      const set = cv.cls.lookup("__set__");
      if (set === undefined) throw new PyError("AttributeError", "__set__");
      core.call(set, [cv, obj, v]);
      return;
    }
    if (name === "args" && obj.args) {
      obj.args = core.newTuple([...itemsOf(v)]);
      return;
    }
    if (name === "__cause__" && obj.args) {
      obj.cause = v;
      obj.suppressContext = true; // as CPython: a cause hides the context
      return;
    }
    if (name === "__context__" && obj.args) {
      obj.context = v;
      return;
    }
    if (name === "__suppress_context__" && obj.args) {
      obj.suppressContext = v === true;
      return;
    }
    if (name === "__traceback__" && obj.args) {
      tracebackHooks.set(core, obj, v);
      return;
    }
    if (name === "__class__") {
      assignClass(obj, v);
      return;
    }
    if (obj.cls.slots !== null && !obj.cls.slots.has(name)) throw new PyError("AttributeError", `'${obj.cls.name}' object has no attribute '${name}'`);
    if (name === "__dict__") {
      // `obj.__dict__ = d`: d holds the attributes from now on (CPython's rule: a dict).
      const d = metaclassHooks.asDict(v);
      if (d === null) throw typeError(`__dict__ must be set to a dictionary, not a '${typeNameOf(v)}'`);
      moveAttributes(obj, d, false);
      return;
    }
    // A dict holding the attributes charges its own slots.
    if (obj.dict instanceof LiveAttributes) {
      obj.dict.set(name, v);
      return;
    }
    dict = obj.dict;
  } else if (obj instanceof PyClass) {
    if (obj.module === "builtins") throw immutableType(obj.name, name);
    // A class's MRO is fixed when it is made (caches, shapes and super() rely on it).
    if (name === "__bases__" || name === "__mro__") throw typeError(`ePython does not support assigning ${name} of a class (class '${obj.name}')`);
    if (isDataDescriptor(v)) propertyAddedLate = true;
    if (name === "__setattr__" || name === "__delattr__") attributeHookAddedLate = true;
    // The class's repr and an uncaught error's report name the new module, as CPython's
    // (tomllib's `TOMLDecodeError.__module__ = __name__`).
    if (name === "__module__" && typeof v === "string") obj.module = v;
    dict = obj.dict;
  } else throw new PyError("AttributeError", `'${typeNameOf(obj)}' object attribute '${name}' is read-only`);
  if (!dict.has(name)) core.charge(ATTRIBUTE_BYTES);
  dict.set(name, v);
}

/**
 * `obj.__class__ = cls`, as CPython allows it: between classes whose instances have
 * the same layout (user classes with the same built-in base, both exceptions or
 * neither, the same `__slots__`). Shapes belong to one class (a shape implies its
 * class, which the attribute caches rely on), so the attributes move to a shape of the
 * new class; a dict given by `__dict__` stays as it is. Nothing is charged: the
 * instance keeps as many attributes.
 */
function assignClass(obj: PyInstance, v: Value): void {
  const old = obj.cls;
  // Built-in types (`int`) are type objects too, but not PyClass values.
  if (!(v instanceof PyClass) && typeNameOf(v) !== "type") throw typeError(`__class__ must be set to a class, not '${typeNameOf(v)}' object`);
  if (!(v instanceof PyClass) || v.module === "builtins") throw typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
  const sameSlots = (a: ReadonlySet<string> | null, b: ReadonlySet<string> | null) =>
    a === b || (a !== null && b !== null && a.size === b.size && [...a].every((n) => b.has(n)));
  if (v.nativeType !== old.nativeType || v.exception !== old.exception || !sameSlots(v.slots, old.slots)) {
    throw typeError(`__class__ assignment: '${v.name}' object layout differs from '${old.name}'`);
  }
  if (v === old) return;
  const attrs = obj.dict;
  if (attrs instanceof ShapedAttributes) {
    const moved = new ShapedAttributes(v.rootShape);
    for (const [k, x] of attrs) moved.set(k, x);
    obj.dict = moved;
  }
  obj.cls = v;
}

export function delAttrObject(obj: Value, name: string): void {
  const hooked = obj instanceof PyInstance ? obj.cls.attributeHooks || attributeHookAddedLate : obj instanceof PyClass && obj.meta !== null;
  if (hooked) {
    const hook = obj instanceof PyInstance ? obj.cls.lookup("__delattr__") : metaOf(obj as PyClass).lookup("__delattr__");
    if (hook !== undefined && hook !== objectDelattr) {
      core().call(hook, [obj, name]);
      return;
    }
  }
  deleteAttribute(obj, name);
}

/**
 * `del f.name` of a function: set by functionAttributes.ts when it loads (core.ts
 * imports it), as a static import would close a cycle through this module.
 */
export const functionDeletion: { hook: ((fn: PyFunction, name: string) => void) | null } = { hook: null };

/** `object.__delattr__`: no `__delattr__` hook. */
function deleteAttribute(obj: Value, name: string): void {
  if (obj instanceof PyModule) {
    if (obj.readOnly !== null) throw new PyError("NotImplementedError", obj.readOnly);
    const i = obj.index.get(name);
    if (i !== undefined && obj.slots[i] !== undefined) {
      obj.slots[i] = undefined;
      return;
    }
    throw deletionError(`module '${obj.name}' has no attribute '${name}'`);
  }
  if (obj instanceof PyInstance && (obj.cls.properties || propertyAddedLate)) {
    const cv = obj.cls.lookup(name);
    if (cv instanceof PyDescriptor && cv.kind === "property") {
      if (cv.deleter === null) throw new PyError("AttributeError", cv.tupleField ? "can't delete attribute" : `property '${name}' of '${obj.cls.name}' object has no deleter`);
      core().call(cv.deleter, [obj]);
      return;
    }
    if (cv instanceof PyInstance && isDataDescriptor(cv)) {
      const del = cv.cls.lookup("__delete__");
      if (del === undefined) throw new PyError("AttributeError", "__delete__");
      core().call(del, [cv, obj]);
      return;
    }
  }
  if (obj instanceof PyFunction && functionDeletion.hook !== null) return functionDeletion.hook(obj, name);
  // A built-in type refuses the deletion as it refuses a write (CPython's type_setattro).
  if (obj instanceof PyType || (obj instanceof PyClass && obj.module === "builtins")) throw immutableType(obj.name, name);
  if ((obj instanceof PyInstance || obj instanceof PyClass) && obj.dict.delete(name)) return;
  // An empty slot: CPython's member descriptor says only the name.
  if (obj instanceof PyInstance && slotOwner(obj.cls, name) !== null) throw deletionError(name);
  throw deletionError(obj instanceof PyInstance ? `'${obj.cls.name}' object has no attribute '${name}'` : `'${typeNameOf(obj)}' object has no attribute '${name}'`);
}

/** Writing or deleting attribute `name` of built-in type `type`. */
export function immutableType(type: string, name: string): PyError {
  return typeError(`cannot set '${name}' attribute of immutable type '${type}'`);
}

/** The AttributeError of a deletion: no lookup, so no `name` or `obj` (exceptionFields.ts). */
function deletionError(message: string): PyError {
  const e = new PyError("AttributeError", message);
  e.noAttributeContext = true;
  return e;
}

function itemsOf(v: Value): Value[] {
  if (v instanceof PyTuple) return v.items;
  const items = (v as { items?: Value[] }).items;
  if (Array.isArray(items)) return items;
  throw typeError("args must be a sequence");
}

// ------------------------------------------------------------ special methods

/** A built-in operator's TypeError for operand types it does not take (the caller then tries something else). */
export function isUnsupportedOperands(e: unknown): boolean {
  return e instanceof PyError && e.kind === "TypeError" && /^unsupported operand|^can only concatenate|^can.t multiply/.test(e.pyMessage);
}

/** An instance of a subclass of a built-in type (it holds a value of that type). */
export function hasNative(v: Value): v is PyInstance {
  return v instanceof PyInstance && v.native !== undefined;
}

/** The attribute name argument of getattr/setattr/...: a str, or a str subclass's instance. */
function attrName(v: Value): string {
  const name = asStr(v);
  if (name === undefined) throw typeError(`attribute name must be string, not '${typeNameOf(v)}'`);
  return name;
}

/** The value an operand stands for: the built-in value of a subclass instance, else itself. */
export function nativeOf(v: Value): Value {
  return v instanceof PyInstance && v.native !== undefined ? v.native : v;
}

/** The special method `name` of an instance's class (a class's metaclass), or undefined. */
function special(v: Value, name: string): Value | undefined {
  const m = v instanceof PyInstance ? v.cls.lookup(name) : v instanceof PyClass && v.meta !== null ? v.meta.lookup(name) : undefined;
  // The callers pass the object first: a static method drops it, a class method takes the class.
  if (m instanceof PyDescriptor && m.kind !== "property") {
    const owner = v instanceof PyInstance ? v.cls : metaOf(v as PyClass);
    return new BuiltinFunction(name, (c, args, kw) => (c as unknown as Core).call(m.fn, m.kind === "staticmethod" ? args.slice(1) : [owner, ...args.slice(1)], kw));
  }
  return m;
}

/** A class made by a metaclass other than type: its special methods are the metaclass's. */
export function hasMetaclass(v: Value): v is PyClass {
  return v instanceof PyClass && v.meta !== null;
}

/**
 * The binary operators with special methods: name -> [method, reflected method].
 * builtinSubclass.ts gives each its operation on built-in values, typed by
 * BinaryOperator, so an operator added here without one there does not compile.
 */
export const BINARY = {
  add: ["__add__", "__radd__"], sub: ["__sub__", "__rsub__"], mul: ["__mul__", "__rmul__"],
  truediv: ["__truediv__", "__rtruediv__"], floordiv: ["__floordiv__", "__rfloordiv__"],
  mod: ["__mod__", "__rmod__"], pow: ["__pow__", "__rpow__"], lshift: ["__lshift__", "__rlshift__"],
  rshift: ["__rshift__", "__rrshift__"], and: ["__and__", "__rand__"], or: ["__or__", "__ror__"],
  xor: ["__xor__", "__rxor__"], divmod: ["__divmod__", "__rdivmod__"], matmul: ["__matmul__", "__rmatmul__"],
} as const satisfies Record<string, readonly [string, string]>;

export type BinaryOperator = keyof typeof BINARY;

/**
 * `a op b` through `__op__` of a, then `__rop__` of b (`inplace`: `__iop__` first).
 * Undefined when neither is an instance defining them or both return NotImplemented:
 * the caller then raises its usual TypeError.
 */
export function binarySpecial(op: string, a: Value, b: Value, inplace = false): Value | undefined {
  const names = BINARY[op as BinaryOperator];
  if (!names || !(a instanceof PyInstance || b instanceof PyInstance)) return undefined;
  // CPython's int slots take any int, its float slots any int or float (a subclass's
  // too), and answer before b's reflected method unless b's type derives from a's:
  // `1.5 + MyInt(2)` and `True + MyInt(1)` add the values even when MyInt defines __radd__.
  const bValue = b instanceof PyInstance ? b.native : undefined;
  if (bValue !== undefined && !(a instanceof PyHeapObject) && numberSlotTakes(a, bValue) && !strictSubtype(b, a)) {
    const r = tryNativeBinary(op, a, bValue);
    if (r !== undefined) return r;
  }
  const r = binaryMethods(op, names, a, b, inplace);
  // Built-in operators accept subclasses of their types (`[1] + L`, `"a" + S`): the
  // operation on the values when no special method applied.
  if (r === undefined && (hasNative(a) || hasNative(b))) return tryNativeBinary(op, nativeOf(a), nativeOf(b));
  return r;
}

/** Whether the number operators of built-in `a` (int, bool, float) take built-in `b`. */
function numberSlotTakes(a: Value, b: Value): boolean {
  const ta = typeName(a), tb = typeName(b);
  const isInt = (t: string): boolean => t === "int" || t === "bool";
  return ta === "float" ? isInt(tb) || tb === "float" : isInt(ta) && isInt(tb);
}

/** The built-in operation on built-in values; undefined when it does not take their types. */
function tryNativeBinary(op: string, a: Value, b: Value): Value | undefined {
  try {
    return nativeHooks.nativeBinary(core(), op, a, b);
  } catch (e) {
    // The caller's TypeError names the classes of the operands, as CPython's.
    if (isUnsupportedOperands(e)) return undefined;
    throw e;
  }
}

/** The type's own attribute `name` (not bound: the class dict's), for a value or instance. */
function typeAttribute(v: Value, name: string): Value | undefined {
  if (v instanceof PyInstance) return v.cls.lookup(name);
  if (v instanceof PyClass) return v.meta !== null ? v.meta.lookup(name) : undefined;
  return nativeHooks.nativeMethod(v, name);
}

/** Whether a and b have the same type (a class's type is its metaclass). */
function sameType(a: Value, b: Value): boolean {
  if (a instanceof PyInstance) return b instanceof PyInstance && a.cls === b.cls;
  if (a instanceof PyClass) return b instanceof PyClass && metaOf(a) === metaOf(b);
  return false;
}

/**
 * Whether b's reflected method `name` answers before a's method: b's type is a strict
 * subtype of a's and overrides it (CPython's binary_op1 and SLOT1BINFULL).
 */
function reflectedAnswersFirst(name: string, a: Value, b: Value): boolean {
  return strictSubtype(b, a) && typeAttribute(b, name) !== typeAttribute(a, name);
}

/** `a op b` where b's class overrides `__rop__` of a's type, from which it derives: b's method answers first. */
export function reflectedOverrides(op: BinaryOperator, a: Value, b: Value): boolean {
  return b instanceof PyInstance && reflectedAnswersFirst(BINARY[op][1], a, b);
}

/**
 * CPython's binary_op1: a's method, then b's reflected one (never for operands of the
 * same type); when b's type is a strict subtype of a's and overrides the reflected
 * method, b's answers first (`A() + B()` with `class B(A)` defining __radd__).
 */
function binaryMethods(op: string, names: readonly [string, string], a: Value, b: Value, inplace: boolean): Value | undefined {
  const c = core();
  if (inplace) {
    const m = special(a, "__i" + names[0].slice(2));
    if (m !== undefined) {
      const r = c.call(m, [a, b]);
      if (r !== NotImplemented) return r;
    }
  }
  const rm = sameType(a, b) ? undefined : special(b, names[1]);
  const reflectedFirst = rm !== undefined && reflectedAnswersFirst(names[1], a, b);
  if (reflectedFirst) {
    const r = c.call(rm, [b, a]);
    if (r !== NotImplemented) return r;
  }
  const m = special(a, names[0]);
  if (m !== undefined) {
    const r = c.call(m, [a, b]);
    if (r !== NotImplemented) return r;
  }
  if (rm !== undefined && !reflectedFirst) {
    const r = c.call(rm, [b, a]);
    if (r !== NotImplemented) return r;
  }
  return undefined;
}

/** `-a`, `+a`, `~a`, `abs(a)` through `__neg__`, `__pos__`, `__invert__`, `__abs__`. */
export function unarySpecial(name: "__neg__" | "__pos__" | "__invert__" | "__abs__", a: Value): Value | undefined {
  const m = special(a, name);
  return m === undefined ? undefined : core().call(m, [a]);
}

/**
 * The built-in type's special method for a plain value `v` compared with an instance
 * of a subclass of a built-in type (`[1] == L([1])` when L's `__eq__` declines: list's
 * own `__eq__` answers, as in CPython); undefined otherwise.
 */
function builtInMethod(v: Value, name: string, other: Value): Value | undefined {
  if (!(other instanceof PyInstance) || other.native === undefined || v instanceof PyHeapObject) return undefined;
  return nativeHooks.nativeMethod(v, name);
}

/**
 * Whether b's type is a strict subtype of a's: a subclass of a's class, or (for a
 * built-in value a) a class deriving from a's built-in type (`class CIStr(str)`).
 */
function strictSubtype(b: Value, a: Value): boolean {
  if (!(b instanceof PyInstance)) return false;
  if (a instanceof PyInstance) return b.cls !== a.cls && b.cls.isSubclassOf(a.cls);
  return b.native !== undefined && !(a instanceof PyHeapObject) && typeName(b.native) === typeName(a);
}

const REFLECTED: Record<string, string> = {
  __eq__: "__eq__", __ne__: "__ne__", __lt__: "__gt__", __gt__: "__lt__", __le__: "__ge__", __ge__: "__le__",
};

/** A rich comparison through `__lt__`... (and the reflected method of b); undefined if none applies. */
export function compareSpecial(name: string, a: Value, b: Value): Value | undefined {
  if (!(a instanceof PyInstance || b instanceof PyInstance)) return undefined;
  const c = core();
  const rm = special(b, REFLECTED[name]) ?? builtInMethod(b, REFLECTED[name], a);
  // CPython's do_richcompare: when b's type is a strict subtype of a's, b's reflected
  // method answers first (`"x" == CIStr("X")` asks CIStr's __eq__).
  const reflectedFirst = rm !== undefined && strictSubtype(b, a);
  if (reflectedFirst) {
    const r = c.call(rm, [b, a]);
    if (r !== NotImplemented) return r;
  }
  const m = special(a, name) ?? builtInMethod(a, name, b);
  if (m !== undefined) {
    const r = c.call(m, [a, b]);
    if (r !== NotImplemented) return r;
  }
  if (rm !== undefined && !reflectedFirst) {
    const r = c.call(rm, [b, a]);
    if (r !== NotImplemented) return r;
  }
  if (name === "__ne__" && m === undefined) {
    // Python's default __ne__ (object's: a has no __ne__ of its own, nor a built-in
    // base's) inverts __eq__.
    const eq = compareSpecial("__eq__", a, b);
    if (eq !== undefined) return !truthOf(eq);
  }
  return undefined;
}

let truthOf: (v: Value) => boolean = (v) => v !== false && v !== null && v !== 0;
/** ops.ts gives its truth test (ops imports this module, not the other way round). */
export function setTruth(fn: (v: Value) => boolean): void {
  truthOf = fn;
}

/** bool(inst): `__bool__`, else `__len__`, else True. */
export function instanceTruth(v: PyInstance): boolean {
  const b = special(v, "__bool__");
  if (b !== undefined) {
    const r = core().call(b, [v]);
    if (typeof r !== "boolean") throw typeError(`__bool__ should return bool, returned ${typeNameOf(r)}`);
    return r;
  }
  const n = special(v, "__len__");
  if (n !== undefined) return lenOf(v) !== 0;
  return true;
}

/** len(inst) through `__len__`; undefined when there is none. */
/**
 * The value of an instance of a built-in type's subclass (`class OC(list)`) when the
 * special method `name` its class finds is the built-in type's own (not overridden:
 * BuiltinFunction.nativeSlot), so the operation may apply to the value directly;
 * undefined otherwise.
 */
export function nativeSlotValue(v: PyInstance, name: string): Value | undefined {
  if (v.native === undefined) return undefined;
  const m = v.cls.lookup(name);
  return m instanceof BuiltinFunction && m.nativeSlot === true ? v.native : undefined;
}

export function lenSpecial(v: Value): number | undefined {
  return special(v, "__len__") === undefined ? undefined : lenOf(v as PyInstance | PyClass);
}

function lenOf(v: PyInstance | PyClass): number {
  const r = core().call(special(v, "__len__")!, [v]);
  if (typeof r === "boolean") return r ? 1 : 0;
  if (r instanceof PyBigInt) {
    // An int beyond the device word: CPython's errors for a negative length, and for
    // one past Py_ssize_t; a length between 2**31 and 2**63 is refused the same way
    // (a core's lengths are word-sized).
    if (r.v < 0n) throw new PyError("ValueError", "__len__() should return >= 0");
    throw new PyError("OverflowError", "cannot fit 'int' into an index-sized integer");
  }
  if (typeof r !== "number" || (r | 0) !== r) throw typeError(`'${typeNameOf(r)}' object cannot be interpreted as an integer`);
  if (r < 0) throw new PyError("ValueError", "__len__() should return >= 0");
  return r;
}

/** Calls special method `name` of `v` with `args` if the class has it; undefined otherwise. */
export function callSpecial(v: Value, name: string, args: Value[]): Value | undefined {
  const m = special(v, name);
  return m === undefined ? undefined : core().call(m, [v, ...args]);
}

/** `iter(inst)`: `__iter__` (its result must have `__next__`), or `__getitem__` from 0 up. */
export function iterSpecial(v: Value): PyIterator | undefined {
  if (!(v instanceof PyInstance || hasMetaclass(v))) return undefined;
  const it = callSpecial(v, "__iter__", []);
  if (it !== undefined) {
    if (it instanceof PyIterator) return it;
    if (special(it, "__next__") === undefined) throw typeError(`iter() returned non-iterator of type '${typeNameOf(it)}'`);
    return new InstanceIterator(it, null);
  }
  if (special(v, "__getitem__") !== undefined) return new InstanceIterator(v, 0);
  return undefined;
}

/** Iterates an object with `__next__` (or, `index` not null, with `__getitem__`). */
export class InstanceIterator extends PyIterator {
  constructor(readonly obj: Value, private index: number | null) {
    super();
  }
  next(): Value | undefined {
    try {
      if (this.index === null) return callSpecial(this.obj, "__next__", []);
      return callSpecial(this.obj, "__getitem__", [this.index++]);
    } catch (e) {
      if (isStopIteration(e) || (this.index !== null && e instanceof PyError && e.kind === "IndexError")) return undefined;
      throw e;
    }
  }
  children(): readonly Value[] {
    return [this.obj];
  }
}

/** Whether `e` is a StopIteration, a user subclass of it included. */
export function isStopIteration(e: unknown): boolean {
  return isBuiltinException(e, "StopIteration");
}

/** Whether `e` is the built-in exception `kind` (StopIteration, StopAsyncIteration), a user subclass of it included. */
export function isBuiltinException(e: unknown, kind: string): boolean {
  if (!(e instanceof PyError)) return false;
  const v = e.value;
  if (v instanceof PyInstance) return v.cls.mro.some((c) => c.exception && c.name === kind && c.module === "builtins");
  return e.kind === kind;
}

/** `next(inst)` on an object with `__next__`. */
export function nextSpecial(v: Value): Value | undefined {
  return special(v, "__next__") === undefined ? undefined : callSpecial(v, "__next__", []);
}

/** hash(inst): `__hash__`; None (set when a class defines __eq__ only) makes it unhashable. */
export function hashSpecial(v: PyInstance): number | PyBigInt | boolean {
  const h = v.cls.lookup("__hash__");
  if (h === null || (h === undefined && v.cls.lookup("__eq__") !== undefined)) throw typeError(`unhashable type: '${v.cls.tpName ?? v.cls.name}'`);
  if (h === undefined) return v.id;
  const r = core().call(h, [v]);
  // Any int (a big one is reduced by the caller as CPython reduces it), bools included.
  if ((typeof r === "number" && Number.isInteger(r)) || r instanceof PyBigInt || typeof r === "boolean") return r;
  throw typeError("__hash__ method should return an integer");
}

// --------------------------------------------------------------------- text

/**
 * Set by the repr() and str() builtins around their work, to the end of the
 * RecursionError message CPython gives when the next objectText's method cannot be
 * entered (repr(): the builtin call's " while calling a Python object"; str(): none).
 */
let textBuiltinCall: string | null = null;

/** repr(x)/str(x) called as builtins: `text` runs with textBuiltinCall set (see objectText). */
export function underTextBuiltin<T>(recursionSuffix: string, text: () => T): T {
  textBuiltinCall = recursionSuffix;
  try {
    return text();
  } finally {
    textBuiltinCall = null;
  }
}

/** str()/repr() of an object of the class model (exceptions: see exceptions.ts). */
export function objectText(v: PyHeapObject, how: "str" | "repr", exceptionText: (e: PyInstance, how: "str" | "repr") => string): string {
  if (v instanceof PyInstance) {
    const m = how === "str" ? v.cls.lookup("__str__") ?? v.cls.lookup("__repr__") : v.cls.lookup("__repr__");
    // Exceptions' built-in __str__/__repr__ are exceptionText itself (called directly
    // below); other built-in classes (complex) print through theirs.
    if (m !== undefined && !(m instanceof BuiltinFunction && v.cls.exception)) {
      const c = core();
      // A __repr__ that recurses forever: CPython's RecursionError says where (its
      // PyObject_Repr/PyObject_Str check; under a call of repr() or str() themselves, the call's).
      const viaBuiltin = textBuiltinCall;
      textBuiltinCall = null;
      let r: Value;
      const level = textNesting.depth++;
      try {
        r = c.call(m, [v]);
      } catch (e) {
        if (e instanceof PyError) e.noteRecursionContext(viaBuiltin ?? ` while getting the ${how} of an object`, level + 1);
        throw e;
      } finally {
        textNesting.depth = level;
      }
      if (typeof r !== "string") throw typeError(`__${how}__ returned non-string (type ${typeNameOf(r)})`);
      return r;
    }
    if (v.cls.exception) return exceptionText(v, how);
    return `<${fullName(v.cls)} object at ${address(v.id)}>`;
  }
  if (v instanceof PyClass) {
    const m = v.meta !== null ? (how === "str" ? v.meta.lookup("__str__") ?? v.meta.lookup("__repr__") : v.meta.lookup("__repr__")) : undefined;
    if (m !== undefined) {
      const r = core().call(m, [v]);
      if (typeof r !== "string") throw typeError(`__${how}__ returned non-string (type ${typeNameOf(r)})`);
      return r;
    }
    return `<class '${fullName(v)}'>`;
  }
  if (v instanceof PyBoundMethod) {
    const owner = v.self instanceof PyClass ? v.self.name : v.self instanceof PyInstance ? v.self.cls.name : "";
    // CPython names a Python function by its qualname (`Base.m` when inherited).
    const fname = v.fn instanceof PyFunction ? v.fn.qualname : `${owner}.${v.fn instanceof BuiltinFunction ? v.fn.name : "?"}`;
    return `<bound method ${fname} of ${owner ? objectText(v.self as PyHeapObject, "repr", exceptionText) : "?"}>`;
  }
  if (v instanceof PyDescriptor) return `<${v.kind} object>`;
  if (v instanceof PySuper) return `<super: <class '${v.cls.name}'>, <${v.objClass.name} object>>`;
  if (v instanceof SingletonObject) return v.name;
  if (v instanceof PyNativeObject) return v.text(core(), how);
  return "<object>";
}

/** `__main__.C` (repr of classes and instances); built-in classes go by their name. */
/** `module.qualname` as CPython's type and object reprs name a class (`__main__.Outer.Inner`). */
export function fullName(c: PyClass): string {
  return c.module === "builtins" ? c.qualname : `${c.module}.${c.qualname}`;
}

export function address(id: number): string {
  return "0x" + (0x10000 + id * 16).toString(16).padStart(12, "0");
}

/** The type name of any value as error messages give it (instances: their class). */
export function typeNameOf(v: Value): string {
  if (v instanceof PyInstance) return v.cls.tpName ?? v.cls.name;
  if (v instanceof PyClass) return "type";
  if (v instanceof PyBoundMethod) return "method";
  if (v instanceof PyDescriptor) return v.kind;
  if (v instanceof PySuper) return "super";
  if (v instanceof SingletonObject) return v.typeName;
  if (v instanceof PyNativeObject) return v.typeName;
  // A heap object of no kind above has no Python type name: its host class's (not
  // args.ts typeName, which calls this for every heap object: no endless recursion).
  if (v instanceof PyHeapObject) return v.constructor.name;
  // Values outside the object model: args.ts typeName (which calls this for the model's).
  return typeName(v);
}

// ------------------------------------------------------------------ builtins

/** isinstance(v, cls) for a class of the model. */
export function isInstanceOf(v: Value, cls: PyClass): boolean {
  if (cls === objectClass) return true;
  if (v instanceof PyInstance) return v.cls.isSubclassOf(cls);
  return v instanceof PyClass && metaOf(v).isSubclassOf(cls);
}

/** isinstance(v, cls): the metaclass's `__instancecheck__` when it has one (abc.ABCMeta). */
export function instanceCheck(core: Core, v: Value, cls: PyClass): boolean {
  // CPython's PyObject_IsInstance answers an exact type match before any hook.
  if (cls.meta !== null && !(v instanceof PyInstance && v.cls === cls)) {
    const hook = cls.meta.lookup("__instancecheck__");
    if (hook !== undefined && hook !== typeInstanceCheck) return truthOf(core.call(hook, [cls, v]));
  }
  return isInstanceOf(v, cls);
}

/** The metaclass's own `__subclasscheck__` (abc.ABCMeta, a Python metaclass), or undefined for type's. */
function subclassHook(cls: Value): Value | undefined {
  const hook = cls instanceof PyClass && cls.meta !== null ? cls.meta.lookup("__subclasscheck__") : undefined;
  return hook === typeSubclassCheck ? undefined : hook;
}

/** issubclass(sub, cls) with the metaclass's `__subclasscheck__` (abc.ABCMeta). */
function subclassCheck(core: Core, sub: PyClass, cls: PyClass): boolean {
  const hook = subclassHook(cls);
  return hook !== undefined ? truthOf(core.call(hook, [cls, sub])) : sub.isSubclassOf(cls);
}

function classArg(v: Value, what: string): PyClass {
  if (!(v instanceof PyClass)) throw typeError(`${what} must be a class`);
  return v;
}

/** Builtins of the object model; builtins.ts adds them to the builtins table. */
export function classBuiltins(): [string, Value][] {
  const wrap = (kind: "staticmethod" | "classmethod") =>
    builtinFn(kind, (c, args) => {
      if (args.length !== 1) throw typeError(`${kind} expected 1 argument, got ${args.length}`);
      c.charge(WRAPPER_BYTES);
      return new PyDescriptor(kind, args[0]);
    });
  return [
    ["object", objectClass],
    ["NotImplemented", NotImplemented],
    ["Ellipsis", Ellipsis],
    ["staticmethod", wrap("staticmethod")],
    ["classmethod", wrap("classmethod")],
    ["property", builtinFn("property", (c, args, kw) => {
      expectArgs("property", args, 0, 4);
      c.charge(WRAPPER_BYTES);
      return new PyDescriptor("property", args[0] ?? kw?.get("fget") ?? null, args[1] ?? kw?.get("fset") ?? null, args[2] ?? kw?.get("fdel") ?? null,
        args[3] ?? kw?.get("doc") ?? null);
    })],
    ["super", builtinFn("super", (c, args) => {
      // The compiler turns `super()` in a method into super(__class__, first argument).
      expectPositional("super()", args, 0, 2);
      if (args.length !== 2) throw new PyError("RuntimeError", "super(): no arguments");
      const cls = classArg(args[0], "super() argument 1");
      const obj = args[1];
      // A class is the type itself (super() in a class method or a metaclass's __new__),
      // or an instance of its metaclass (super() in a metaclass's __init__, __call__).
      const objClass = obj instanceof PyClass ? (obj.isSubclassOf(cls) ? obj : metaOf(obj)) : obj instanceof PyInstance ? obj.cls : null;
      if (!objClass || !objClass.isSubclassOf(cls)) throw typeError("super(type, obj): obj must be an instance or subtype of type");
      c.charge(WRAPPER_BYTES);
      return new PySuper(cls, obj, objClass);
    })],
    ["issubclass", builtinFn("issubclass", (_c, args) => {
      const hooked = subclassHook(args[1]);
      if (hooked !== undefined) return truthOf(_c.call(hooked, [args[1], args[0]]));
      if (args.length !== 2) throw typeError(`issubclass expected 2 arguments, got ${args.length}`);
      const sups = (args[1] instanceof PyTuple ? args[1].items : [args[1]]).map((s) => (s instanceof PyType && s !== args[0] && args[0] instanceof PyClass ? nativeHooks.nativeBaseClass(s, false) ?? s : s));
      for (const s of sups) if (!(s instanceof PyType)) classArg(s, "issubclass() arg 2");
      if (args[0] instanceof PyType) {
        // A built-in type derives from object only (bool from int too).
        const t = args[0];
        return sups.some((s) => s === objectClass || s === t || (t.name === "bool" && s instanceof PyType && s.name === "int"));
      }
      const sub = classArg(args[0], "issubclass() arg 1");
      // A built-in type (int, list...) is never a base of a class of the model.
      return sups.some((s) => !(s instanceof PyType) && subclassCheck(_c, sub, s as PyClass));
    })],
    ["getattr", builtinFn("getattr", (c, args) => {
      expectPositional("getattr", args, 2, 3);
      const name = attrName(args[1]);
      try {
        return c.getAttr(args[0], name);
      } catch (e) {
        if (args.length === 3 && e instanceof PyError && e.kind === "AttributeError") return args[2];
        throw e;
      }
    })],
    ["hasattr", builtinFn("hasattr", (c, args) => {
      if (args.length !== 2) throw typeError(`hasattr expected 2 arguments, got ${args.length}`);
      return hasAttr(c, args[0], attrName(args[1]));
    })],
    ["setattr", builtinFn("setattr", (c, args) => {
      if (args.length !== 3) throw typeError(`setattr expected 3 arguments, got ${args.length}`);
      c.setAttr(args[0], attrName(args[1]), args[2]);
      return null;
    })],
    ["delattr", builtinFn("delattr", (_c, args) => {
      expectPositional("delattr", args, 2);
      delAttrObject(args[0], attrName(args[1]));
      return null;
    })],
  ];
}
