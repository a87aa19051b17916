// The native half of `collections.abc` and `numbers` (collectionsAbcSource.ts,
// numbersSource.ts): how isinstance and issubclass answer for their ABCs, as
// CPython's ABCMeta does for them.
//
// `issubclass(C, A)` for an ABC A of the module holds when
//   1. C derives from A (ordinary inheritance; the user's class gets the mixins), or
//   2. C is a built-in type, or derives from one (`class L(list)`), that CPython
//      registers with an ABC below A (list: MutableSequence, so Sequence, Sized...;
//      int: Integral, so Rational, Real...), or a class of a library module that
//      CPython derives from one (fractions.Fraction: Rational), or
//   3. A is one of the "one-method" ABCs whose `__subclasshook__` looks for methods
//      (Iterable: `__iter__`; Sized: `__len__`...) and C's classes define them (a
//      None entry blocks, as CPython's `_check_methods`), or
//   4. C was registered, `A.register(C)`, with A or an ABC below it.
// `isinstance(x, A)` is `issubclass(type(x), A)`. The ABC classes are the module's
// own (one set per core, ordinary classes, charged and traced as such); this file
// keeps, per core, which class is which ABC and the registrations (weak maps and a
// small list: a registration costs the core nothing beyond the classes it names).
//
// When the object model gets ABCMeta with `__instancecheck__`/`__subclasscheck__`
// (classes.ts), this check becomes the ABCs' `__subclasshook__`; until then
// builtins.ts routes isinstance/issubclass through `abcAware`.

import { expectArgs, expectKwargs, typeName } from "../args.js";
import { PyClass, PyInstance, objectClass } from "../classes.js";
import { typeError } from "../errors.js";
import { PyGenerator } from "../generators.js";
import { BuiltinFunction, PyIterator, PyModule, PyTuple, PyType, type CoreApi, type NativeFn, type Value } from "../values.js";
import { def } from "./util.js";
import { truthy } from "../ops.js";
import { expandClassInfo } from "../typeAliases.js";
import { isIteratorTypeName } from "../heapTypes.js";

/** The ABCs CPython registers each built-in type with (the most specific ones). */
const BUILTIN_ABCS: Record<string, readonly string[]> = {
  list: ["MutableSequence"],
  bytearray: ["MutableSequence", "ByteString"],
  tuple: ["Sequence", "Hashable"],
  str: ["Sequence", "Hashable"],
  range: ["Sequence", "Hashable"],
  bytes: ["ByteString", "Hashable"],
  memoryview: ["Sequence", "Hashable"],
  array: ["MutableSequence"],
  dict: ["MutableMapping", "Reversible"],
  set: ["MutableSet"],
  frozenset: ["Set", "Hashable"],
  dict_keys: ["KeysView", "Reversible"],
  dict_items: ["ItemsView", "Reversible"],
  dict_values: ["ValuesView", "Reversible", "Hashable"],
  generator: ["Generator", "Hashable"],
  iterator: ["Iterator", "Hashable"],
  function: ["Callable", "Hashable"],
  builtin_function_or_method: ["Callable", "Hashable"],
  method: ["Callable", "Hashable"],
  type: ["Callable", "Hashable"],
  int: ["Hashable", "Integral"], bool: ["Hashable", "Integral"], float: ["Hashable", "Real"], complex: ["Hashable", "Complex"],
  NoneType: ["Hashable"], module: ["Hashable"], object: ["Hashable"],
};

/** Classes of the library modules written in ePython that CPython derives from an ABC (by module.name). */
const LIBRARY_ABCS: Record<string, readonly string[]> = {
  "fractions.Fraction": ["Rational", "Hashable"],
  "decimal.Decimal": ["Number", "Hashable"],
  "collections.deque": ["MutableSequence"],
};

/** The methods a one-method ABC's `__subclasshook__` looks for. */
const HOOK_METHODS: Record<string, readonly string[]> = {
  Hashable: ["__hash__"],
  Iterable: ["__iter__"],
  Iterator: ["__iter__", "__next__"],
  Reversible: ["__reversed__", "__iter__"],
  Generator: ["__iter__", "__next__", "send", "throw", "close"],
  Sized: ["__len__"],
  Container: ["__contains__"],
  Callable: ["__call__"],
  Collection: ["__len__", "__iter__", "__contains__"],
  Awaitable: ["__await__"],
  AsyncIterable: ["__aiter__"],
  AsyncIterator: ["__aiter__", "__anext__"],
};

interface AbcState {
  /** ABC class -> its name in the module; name -> class. */
  names: WeakMap<PyClass, string>;
  byName: Map<string, PyClass>;
  /** `abc.register(sub)` calls, in order. */
  registered: { abc: PyClass; sub: PyClass | PyType }[];
}

const states = new WeakMap<CoreApi, AbcState>();
/** Every core's ABC classes, so the builtins (which see no core in this check) can recognise one. */
const abcOwner = new WeakMap<PyClass, AbcState>();

/** A class's methods as `_check_methods` sees them: true found, false blocked by None, undefined absent. */
function definesAll(cls: PyClass, methods: readonly string[]): boolean {
  return methods.every((m) => {
    for (const c of cls.mro) {
      if (c === objectClass) return m === "__hash__";
      if (c.nativeType !== null && c.module === "builtins") return nativeHas(c.nativeType.name, m);
      const v = c.dict.get(m);
      if (v !== undefined) return v !== null;
      // A class that defines __eq__ without __hash__ gets __hash__ = None (CPython).
      if (m === "__hash__" && c.dict.has("__eq__")) return false;
    }
    return false;
  });
}

/** The ABCs built-in type `name` is registered with: an iterator's type (list_iterator, map...) as `iterator`'s. */
function builtinAbcs(name: string): readonly string[] | undefined {
  return BUILTIN_ABCS[name] ?? (isIteratorTypeName(name) ? BUILTIN_ABCS.iterator : undefined);
}

/** Whether a built-in type has method `m`, by the ABCs it is registered with. */
function nativeHas(typeName: string, m: string): boolean {
  const abcs = builtinAbcs(typeName) ?? [];
  if (m === "__hash__") return abcs.includes("Hashable");
  return abcs.some((a) => (IMPLIES[a] ?? []).some((b) => HOOK_METHODS[b]?.includes(m)));
}

/** Each ABC and the ABCs it derives from (CPython's hierarchy), for built-in types. */
const IMPLIES: Record<string, readonly string[]> = {
  Hashable: ["Hashable"],
  Iterable: ["Iterable"],
  Iterator: ["Iterator", "Iterable"],
  Generator: ["Generator", "Iterator", "Iterable"],
  Callable: ["Callable"],
  Sized: ["Sized"],
  Container: ["Container"],
  Reversible: ["Reversible", "Iterable"],
  Collection: ["Collection", "Sized", "Iterable", "Container"],
  Sequence: ["Sequence", "Reversible", "Collection", "Sized", "Iterable", "Container"],
  MutableSequence: ["MutableSequence", "Sequence", "Reversible", "Collection", "Sized", "Iterable", "Container"],
  ByteString: ["ByteString", "Sequence", "Reversible", "Collection", "Sized", "Iterable", "Container"],
  Set: ["Set", "Collection", "Sized", "Iterable", "Container"],
  MutableSet: ["MutableSet", "Set", "Collection", "Sized", "Iterable", "Container"],
  Mapping: ["Mapping", "Collection", "Sized", "Iterable", "Container"],
  MutableMapping: ["MutableMapping", "Mapping", "Collection", "Sized", "Iterable", "Container"],
  MappingView: ["MappingView", "Sized"],
  KeysView: ["KeysView", "MappingView", "Set", "Collection", "Sized", "Iterable", "Container"],
  ItemsView: ["ItemsView", "MappingView", "Set", "Collection", "Sized", "Iterable", "Container"],
  ValuesView: ["ValuesView", "MappingView", "Collection", "Sized", "Iterable", "Container"],
};

/** Whether built-in type `name` is (registered with) ABC `abc` or one below it. */
function builtinIs(state: AbcState, name: string, abc: PyClass): boolean {
  const own = builtinAbcs(name);
  if (own === undefined) return false;
  return own.some((n) => {
    const c = state.byName.get(n);
    return c !== undefined && c.isSubclassOf(abc);
  });
}

/** issubclass(sub, abc) for an ABC of the module (see the header). */
function subclassOf(state: AbcState, sub: PyClass | PyType, abc: PyClass): boolean {
  if (sub instanceof PyClass) {
    if (sub.isSubclassOf(abc)) return true;
    for (const c of sub.mro) {
      // A built-in type's class (complex) or a subclass of a built-in type (`class L(list)`).
      if (c.module === "builtins" && c !== objectClass && builtinIs(state, c.nativeType?.name ?? c.name, abc)) return true;
      const lib = LIBRARY_ABCS[`${c.module}.${c.name}`];
      if (lib !== undefined && lib.some((n) => state.byName.get(n)?.isSubclassOf(abc))) return true;
    }
  } else if (builtinIs(state, sub.name, abc)) {
    return true;
  }
  const name = state.names.get(abc);
  const hook = name === undefined ? undefined : HOOK_METHODS[name];
  if (hook !== undefined && sub instanceof PyClass && definesAll(sub, hook)) return true;
  if (hook !== undefined && sub instanceof PyType && hook.every((m) => nativeHas(sub.name, m))) return true;
  for (const r of state.registered) {
    if (!r.abc.isSubclassOf(abc)) continue;
    if (r.sub instanceof PyType ? sub instanceof PyType && sub.name === r.sub.name : sub instanceof PyClass && sub.isSubclassOf(r.sub)) return true;
  }
  return false;
}

/** The type issubclass sees for value `v` (builtins' typeOf, without importing builtins). */
function typeKey(v: Value): PyClass | PyType {
  if (v instanceof PyInstance) return v.cls;
  const name = v instanceof PyGenerator ? "generator" : v instanceof PyIterator ? "iterator" : v instanceof PyClass ? "type" : typeName(v);
  return new PyType(name, null);
}

/**
 * `isinstance(v, collections.abc.Sequence)` for the natives that need it (random.sample):
 * by the rules above once the module is loaded; before, no class can derive from or
 * be registered with it, so only the built-in sequences (and their subclasses) are.
 */
export function isSequence(core: CoreApi, v: Value): boolean {
  const state = states.get(core);
  const sub = typeKey(v);
  const seq = state?.byName.get("Sequence");
  if (state !== undefined && seq !== undefined) return subclassOf(state, sub, seq);
  const name = sub instanceof PyType ? sub.name : sub.nativeType?.name;
  return name !== undefined && (builtinAbcs(name) ?? []).some((a) => IMPLIES[a]?.includes("Sequence"));
}

/**
 * isinstance/issubclass made aware of the collection ABCs: `plain` answers first
 * (ordinary classes, built-in types); for an ABC of `collections.abc` the rules above.
 */
export function abcAware(kind: "isinstance" | "issubclass", plain: Value | undefined): BuiltinFunction {
  if (!(plain instanceof BuiltinFunction)) throw new Error(`builtins: ${kind} missing`);
  const hookName = kind === "isinstance" ? "__instancecheck__" : "__subclasscheck__";
  const hookOf = (t: Value) => (t instanceof PyInstance ? t.cls.lookup(hookName) : undefined);
  const f: NativeFn = (core, args, kwargs) => {
    expectKwargs(kind, kwargs); // declaring kwargs here lets them past the call's own refusal
    // A built-in type or a class no ABC owns (the common `isinstance(x, Node)`): no
    // union to expand, no hook, no registration: the plain check's answer.
    const t = args.length === 2 ? args[1] : undefined;
    if (t instanceof PyType || (t instanceof PyClass && !abcOwner.has(t))) return plain.fn(core, args, kwargs);
    // `isinstance(x, int | None)`: the union's members, as a tuple of classes.
    if (args.length === 2) args = [args[0], expandClassInfo(kind, args[1], core)];
    // An object (not a class) with __instancecheck__/__subclasscheck__ as the second
    // argument answers itself, as in CPython (typing's aliases: isinstance(x, List)).
    if (args.length === 2) {
      const targets = args[1] instanceof PyTuple ? args[1].items : [args[1]];
      if (targets.some((t) => hookOf(t) !== undefined)) {
        for (const t of targets) {
          const hook = hookOf(t);
          if (hook !== undefined ? truthy(core.call(hook, [t, args[0]])) : f(core, [args[0], t], kwargs) === true) return true;
        }
        return false;
      }
    }
    const r = plain.fn(core, args, kwargs);
    if (r === true || args.length !== 2) return r;
    const targets = args[1] instanceof PyTuple ? args[1].items : [args[1]];
    for (const t of targets) {
      const state = t instanceof PyClass ? abcOwner.get(t) : undefined;
      if (state === undefined) continue;
      const sub = kind === "isinstance" ? typeKey(args[0]) : args[0];
      if (!(sub instanceof PyClass || sub instanceof PyType)) continue;
      if (subclassOf(state, sub, t as PyClass)) return true;
    }
    return r;
  };
  return new BuiltinFunction(kind, f);
}

/**
 * The collection kind `match` sees in a class (CPython's Py_TPFLAGS_SEQUENCE /
 * Py_TPFLAGS_MAPPING, which sequence and mapping patterns test): set on the built-in
 * sequences and mappings and on the ABCs Sequence and Mapping (their
 * `__abc_tpflags__`), inherited from a class's first base (CPython's tp_base: the one
 * deriving from a built-in type if any), and replaced by `register()` with an ABC
 * that has one (the last registration counts). str, bytes and bytearray have none.
 */
const COLLECTION_KINDS: Record<string, "sequence" | "mapping"> = {
  "builtins.list": "sequence", "builtins.tuple": "sequence", "builtins.range": "sequence", "builtins.memoryview": "sequence",
  "array.array": "sequence", "collections.deque": "sequence",
  "builtins.dict": "mapping", "types.mappingproxy": "mapping",
};

export function collectionKind(core: CoreApi, cls: PyClass): "sequence" | "mapping" | null {
  const state = states.get(core);
  const kindOf = (c: PyClass): "sequence" | "mapping" | null => {
    const own = COLLECTION_KINDS[`${c.module}.${c.name}`];
    if (own !== undefined) return own;
    const abc = state?.names.get(c);
    if (abc === "Sequence") return "sequence";
    if (abc === "Mapping") return "mapping";
    // The last registration with an ABC that has a kind set it, over the inherited one.
    const registered = state?.registered ?? [];
    for (let i = registered.length - 1; i >= 0; i--) {
      if (registered[i].sub !== c) continue;
      const k = kindOf(registered[i].abc);
      if (k !== null) return k;
    }
    const base = c.bases.find((b) => b.nativeType !== null) ?? c.bases[0];
    return base === undefined ? null : kindOf(base);
  };
  return kindOf(cls);
}

/** `_collections_abc`: the module's native helpers. */
export function createCollectionsAbcHelpers(core: CoreApi): PyModule {
  const mod = new PyModule("_collections_abc");
  const state = (): AbcState => {
    let s = states.get(core);
    if (s === undefined) {
      s = { names: new WeakMap(), byName: new Map(), registered: [] };
      states.set(core, s);
    }
    return s;
  };
  // _mark(cls, name): cls is the module's ABC `name`.
  def(mod, "_mark", (_c, args) => {
    expectArgs("_mark", args, 2);
    const [cls, name] = args;
    if (!(cls instanceof PyClass) || typeof name !== "string") throw typeError("_mark(cls, name)");
    const s = state();
    s.names.set(cls, name);
    s.byName.set(name, cls);
    abcOwner.set(cls, s);
    return null;
  });
  // _register(abc, subclass): ABCMeta.register for the ABCs of the module and their subclasses.
  def(mod, "_register", (_c, args) => {
    expectArgs("register", args, 2);
    const [abc, sub] = args;
    if (!(abc instanceof PyClass)) throw typeError("register() needs an ABC");
    if (!(sub instanceof PyClass || sub instanceof PyType)) throw typeError("Can only register classes");
    const s = state();
    abcOwner.set(abc, s);
    s.registered.push({ abc, sub });
    return sub;
  });
  return mod;
}
