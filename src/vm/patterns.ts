// The run-time tests of `match` patterns (PEP 634), one per opcode the lowering
// (compiler/patterns.ts) cannot express with ordinary instructions:
//   MATCH_SEQUENCE  is the subject a sequence of the right length?
//   MATCH_MAPPING   is it a mapping?
//   MATCH_KEYS      the values of given keys (and the remaining entries for `**rest`)
//   MATCH_CLASS     isinstance + the attributes named by __match_args__ and keywords
// Nothing here binds names or branches: each answers with a value the lowered
// code tests, so the interpreter's and the JIT's control flow stay the ordinary one.
//
// As CPython, str, bytes and bytearray are not sequences here; the sequences are
// list, tuple, range, memoryview, array.array, collections.deque and instances of
// classes deriving from one of them or from collections.abc.Sequence, or registered
// with it; the mappings are dict, types.MappingProxyType and classes deriving from
// dict or collections.abc.Mapping, or registered with it (CPython's type flags,
// modules/collectionsAbc.ts collectionKind). A dict or list answers without a call;
// the others through len() and, for a mapping, its `get` method, as CPython.

import type { Core } from "./core.js";
import { PyDict } from "./dict.js";
import { PyError, typeError, valueError } from "./errors.js";
import { PyClass, PyInstance, isInstanceOf } from "./classes.js";
import { BuiltinFunction, PyList, PyRange, PyTuple, PyType, type Value } from "./values.js";
import { sizedLength } from "./range.js";
import { builtins } from "./builtins.js";
import { emptyDict } from "./methods/dict.js";
import { typeName } from "./args.js";
import { eq } from "./ops.js";
import { textOf } from "./format.js";
import { collectionKind } from "./modules/collectionsAbc.js";

/** The value a subclass instance wraps (builtinSubclass.ts), else `v` itself. */
function nativeValue(v: Value): Value {
  return v instanceof PyInstance && v.native !== undefined ? v.native : v;
}

/** The kind of collection `match` sees in `v` (see the header). */
function kindOf(core: Core, v: Value): "sequence" | "mapping" | null {
  if (v instanceof PyList || v instanceof PyTuple || v instanceof PyRange) return "sequence";
  if (v instanceof PyDict) return "mapping";
  return v instanceof PyInstance ? collectionKind(core, v.cls) : null;
}

/** len(v), which a sequence or mapping pattern checks first. */
function lengthOf(core: Core, v: Value): number {
  const n = nativeValue(v);
  if (n instanceof PyList || n instanceof PyTuple) return n.items.length;
  if (n instanceof PyRange) return sizedLength(n); // len()'s OverflowError past sys.maxsize
  if (n instanceof PyDict) return n.size;
  const len = core.call(builtins.get("len")!, [v]);
  // A length past what a core's lists can hold matches no pattern written in a program.
  return typeof len === "number" ? len : Number.MAX_SAFE_INTEGER;
}

/**
 * MATCH_SEQUENCE n star: is `v` a sequence of exactly `n` items, or (with a starred
 * sub-pattern, star = 1) at least n - 1?
 */
export function matchSequence(core: Core, v: Value, n: number, star: number): boolean {
  if (kindOf(core, v) !== "sequence") return false;
  const len = lengthOf(core, v);
  return star ? len >= n - 1 : len === n;
}

/** MATCH_MAPPING: is `v` a mapping? */
export function matchMapping(core: Core, v: Value): boolean {
  return kindOf(core, v) === "mapping";
}

/** The dict behind a mapping subject whose `get` is dict's own (read without calls), else null. */
function plainDict(subject: Value): PyDict | null {
  if (subject instanceof PyDict) return subject;
  if (!(subject instanceof PyInstance) || !(subject.native instanceof PyDict)) return null;
  return subject.cls.mro.some((c) => c.module !== "builtins" && c.dict.has("get")) ? null : subject.native;
}

/**
 * MATCH_KEYS: the values of `keys` in the mapping `subject` as a tuple, or null when
 * one is missing; with `rest`, also a new dict of the other entries (null on a
 * miss). As CPython, a lookup never calls `__missing__`, and the same key twice
 * (two dotted names with equal values) is a ValueError.
 */
export function matchKeys(core: Core, subject: Value, keys: Value, rest: boolean): [PyTuple | null, PyDict | null] {
  const d = plainDict(subject);
  const wanted = (keys as PyTuple).items;
  if (wanted.length > 0 && lengthOf(core, subject) < wanted.length) return [null, null];
  const values: Value[] = [];
  // Keys are few (written in the pattern): pairwise equality, as a set would find them.
  const isWanted = (k: Value, upTo: number) => {
    for (let j = 0; j < upTo; j++) if (eq(wanted[j]!, k)) return true;
    return false;
  };
  // Any other mapping answers through its `get(key, missing)` (CPython's match_keys).
  const missing = d === null ? core.newTuple([]) : null;
  const getter = d === null ? core.getAttr(subject, "get") : null;
  for (let i = 0; i < wanted.length; i++) {
    const k = wanted[i]!;
    if (isWanted(k, i)) throw valueError(`mapping pattern checks duplicate key (${textOf(core, k, "repr")})`);
    const v = d !== null ? d.get(k) : core.call(getter!, [k, missing]);
    if (v === undefined || (missing !== null && v === missing)) return [null, null];
    values.push(v);
  }
  let others: PyDict | null = null;
  if (rest) {
    others = emptyDict(core);
    if (d !== null) {
      for (let i = 0; i < d.keys.length; i++) {
        const k = d.keys[i]!;
        if (typeof k === "symbol" || isWanted(k, wanted.length)) continue;
        others.set(k, d.vals[i]!);
      }
    } else {
      // CPython copies the mapping with dict.update, then deletes the pattern's keys.
      core.call(core.getAttr(others, "update"), [subject]);
      for (const k of wanted) others.delete(k);
    }
  }
  return [core.newTuple(values), others];
}

/** Built-in types whose single positional sub-pattern matches the subject itself (CPython's _Py_TPFLAGS_MATCH_SELF). */
const MATCH_SELF = new Set(["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"]);

/**
 * MATCH_CLASS npos: when `subject` is an instance of `cls`, the tuple of the values
 * its `npos` positional sub-patterns (through `cls.__match_args__`) and its keyword
 * sub-patterns (`kwnames`) match against; null when it is not an instance or lacks
 * one of the attributes. CPython's TypeErrors for a bad class or `__match_args__`.
 */
export function matchClass(core: Core, subject: Value, cls: Value, npos: number, kwnames: readonly string[]): PyTuple | null {
  if (!(cls instanceof PyClass) && !(cls instanceof PyType)) throw typeError("called match pattern must be a type");
  const isinstance = builtins.get("isinstance") as BuiltinFunction;
  if (!(cls instanceof PyClass ? isInstanceOf(subject, cls) : isinstance.fn(core, [subject, cls], null) === true)) return null;
  const names: string[] = [];
  const values: Value[] = [];
  if (npos > 0) {
    const matchArgs = lookupMatchArgs(core, cls);
    const self = matchArgs === undefined && matchesSelf(cls);
    const allowed = matchArgs === undefined ? (self ? 1 : 0) : matchArgs.length;
    if (npos > allowed) {
      throw typeError(`${className(cls)}() accepts ${allowed} positional sub-pattern${allowed === 1 ? "" : "s"} (${npos} given)`);
    }
    if (self) values.push(subject);
    else {
      for (let i = 0; i < npos; i++) {
        const name = matchArgs![i]!;
        if (typeof name !== "string") throw typeError(`__match_args__ elements must be strings (got ${typeName(name)})`);
        names.push(name);
      }
    }
  }
  for (const name of kwnames) {
    if (names.includes(name)) throw typeError(`${className(cls)}() got multiple sub-patterns for attribute '${name}'`);
    names.push(name);
  }
  for (const name of names) {
    const v = attributeOrMiss(core, subject, name);
    if (v === undefined) return null;
    values.push(v);
  }
  return core.newTuple(values);
}

function className(cls: PyClass | PyType): string {
  return cls.name;
}

/** The class's `__match_args__` items, or undefined when it has none (TypeError unless a tuple). */
function lookupMatchArgs(core: Core, cls: PyClass | PyType): readonly Value[] | undefined {
  if (cls instanceof PyType) return undefined;
  const m = attributeOrMiss(core, cls, "__match_args__");
  if (m === undefined) return undefined;
  if (!(m instanceof PyTuple)) throw typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeName(m)})`);
  return m.items;
}

function matchesSelf(cls: PyClass | PyType): boolean {
  const t = cls instanceof PyType ? cls : cls.nativeType;
  return t !== null && MATCH_SELF.has(t.name);
}

/** getattr(obj, name), or undefined on an AttributeError (any other error propagates). */
function attributeOrMiss(core: Core, obj: Value, name: string): Value | undefined {
  try {
    return core.getAttr(obj, name);
  } catch (e) {
    // AttributeError or a subclass of it (a user class's error names that class).
    if (e instanceof PyError && (e.kind === "AttributeError" ||
      (e.value instanceof PyInstance && e.value.cls.mro.some((c) => c.name === "AttributeError" && c.module === "builtins")))) return undefined;
    throw e;
  }
}
