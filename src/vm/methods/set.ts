// set and frozenset: construction, the algebra (methods and the operators
// | & - ^ <= < >= > and their in-place forms) and the other methods, each following
// the steps of CPython 3.11's setobject.c that decide the result's table layout
// (which set is walked, which is copied), so results iterate in CPython's order.
//
// Every set under construction is registered with the collector (whileBuilding):
// its table is charged as it grows but is reachable from no root until returned.

import { expectKwargs, expectMethodArgs, expectPositional, typeName } from "../args.js";
import { PyError, typeError } from "../errors.js";
import { HASH_HIGH, hashOf } from "../hash.js";
import { whileBuilding } from "../memory.js";
import * as ops from "../ops.js";
import { PyDict, PyDictView } from "../dict.js";
import { PyFrozenSet, PySet, setBytes } from "../set.js";
import { type CoreApi, type GeneratorConsumer, type Kwargs, type Value } from "../values.js";
import { repr } from "../format.js";
import { tick } from "../watchdog.js";

/** A new empty set (or frozenset) on `core`, charged. */
export function emptySet(core: CoreApi, frozen = false): PySet {
  const s = frozen ? new PyFrozenSet(core) : new PySet(core);
  core.charge(setBytes(s));
  return s;
}

/** Runs `fill` on a new set of the chosen type, counted live while it grows. */
export function buildSet(core: CoreApi, frozen: boolean, fill: (s: PySet) => void): PySet {
  const s = emptySet(core, frozen);
  whileBuilding(core.id, s, () => fill(s));
  return s;
}

/**
 * set(g) or frozenset(g) of one generator, consumed in place (vm/generators.ts
 * consumeInPlace), so its body may block the core: `set(recv(w) for w in ...)`.
 */
export function setConsumer(core: CoreApi, args: Value[], kwargs: Kwargs, frozen: boolean): GeneratorConsumer | null {
  if (kwargs !== null || args.length !== 1) return null;
  const s = emptySet(core, frozen);
  // The items go in as s.update(g) adds them; the result is the new set.
  return { ...updateConsumer(s), result: () => s };
}

/** `s.update(g)` of one generator, run in place as set(g) is (setConsumer): each item is added as it comes. */
export function updateConsumer(s: PySet): GeneratorConsumer {
  return {
    take: (x) => {
      tick();
      s.add(x);
      return true;
    },
    result: () => null,
    held: () => [s],
  };
}

/** set_update_internal: adds every element of an iterable. */
export function updateSet(s: PySet, other: Value): void {
  if (other instanceof PySet) return s.merge(other);
  if (other instanceof PyDict) {
    s.presize(other.size);
    for (const k of other.keyList()) s.add(k);
    return;
  }
  forEach(other, (x) => s.add(x));
}

/**
 * Calls `f` on every item of an iterable. Through forEachItem: a generator (`set(x
 * for x in xs)`) then runs its body once, handing each value over in place, instead
 * of one nested resume per item.
 */
function forEach(iterable: Value, f: (x: Value) => void): void {
  ops.getIter(iterable).forEachItem((x) => {
    tick();
    f(x);
    return true;
  });
}

/** An iterable as a set to read from: a set or frozenset itself, else a new set of its items. */
function asSet(core: CoreApi, v: Value): PySet {
  return v instanceof PySet ? v : buildSet(core, false, (s) => updateSet(s, v));
}

function copy(core: CoreApi, s: PySet): PySet {
  return whileBuilding(core.id, s, () => buildSet(core, s instanceof PyFrozenSet, (r) => r.merge(s)));
}

function union(core: CoreApi, so: PySet, other: Value): PySet {
  const r = copy(core, so);
  whileBuilding(core.id, r, () => updateSet(r, other));
  return r;
}

function intersection(core: CoreApi, so: PySet, other: Value): PySet {
  return buildSet(core, so instanceof PyFrozenSet, (r) => {
    if (other instanceof PySet) {
      // CPython walks the smaller set and keeps its keys.
      let big: PySet = so, small: PySet = other;
      if (small.size > big.size) [big, small] = [small, big];
      small.eachSlot((k, h, high) => {
        if (big.findHashed(k, h, high) >= 0) r.addHashed(k, h, high);
      });
      return;
    }
    forEach(other, (k) => {
      const h = hashOf(k), high = HASH_HIGH[0];
      if (so.findHashed(k, h, high) >= 0) r.addHashed(k, h, high);
    });
  });
}

function difference(core: CoreApi, so: PySet, other: Value): PySet {
  const otherSize = other instanceof PySet || other instanceof PyDict ? other.size : -1;
  if (otherSize < 0 || so.size >> 2 > otherSize) {
    // Copy, then remove what `other` holds (set_copy_and_difference).
    const r = copy(core, so);
    whileBuilding(core.id, r, () => differenceUpdate(r, other));
    return r;
  }
  const inOther = other instanceof PySet ? (k: Value, h: number, high: number) => other.findHashed(k, h, high) >= 0 : (k: Value) => (other as PyDict).has(k);
  return buildSet(core, so instanceof PyFrozenSet, (r) => {
    so.eachSlot((k, h, high) => {
      if (!inOther(k, h, high)) r.addHashed(k, h, high);
    });
  });
}

function differenceUpdate(so: PySet, other: Value): void {
  if (other === so) return so.clear();
  if (other instanceof PySet) {
    const { keys, hashes, highs } = other.entries();
    for (let i = 0; i < keys.length; i++) so.discardHashed(keys[i], hashes[i], highs[i]);
    return;
  }
  forEach(other, (k) => so.discard(k));
}

function symmetricDifferenceUpdate(core: CoreApi, so: PySet, other: Value): void {
  if (other === so) return so.clear();
  const src = other instanceof PySet ? other : other instanceof PyDict ? null : asSet(core, other);
  let keys: Value[], hashes: number[], highs: number[];
  if (src) ({ keys, hashes, highs } = src.entries());
  else {
    keys = (other as PyDict).keyList();
    hashes = [];
    highs = [];
    for (const k of keys) {
      hashes.push(hashOf(k));
      highs.push(HASH_HIGH[0]);
    }
  }
  for (let i = 0; i < keys.length; i++) if (!so.discardHashed(keys[i], hashes[i], highs[i])) so.addHashed(keys[i], hashes[i], highs[i]);
}

function symmetricDifference(core: CoreApi, so: PySet, other: Value): PySet {
  // A copy of `other` (with so's type), updated with so: CPython's order of work.
  const r = buildSet(core, so instanceof PyFrozenSet, (s) => updateSet(s, other));
  whileBuilding(core.id, r, () => symmetricDifferenceUpdate(core, r, so));
  return r;
}

function isSubset(core: CoreApi, so: PySet, other: Value): boolean {
  return subsetOf(so, asSet(core, other));
}

function isDisjoint(so: PySet, other: Value): boolean {
  if (other instanceof PySet) {
    const [small, big] = so.size <= other.size ? [so, other] : [other, so];
    return !small.eachSlot((k, h, high) => big.findHashed(k, h, high) >= 0);
  }
  let disjoint = true;
  forEach(other, (k) => {
    if (disjoint && so.has(k)) disjoint = false;
  });
  return disjoint;
}

/** Replaces the contents of `so` with those of a fresh set `r` (set_swap_bodies: r's layout is kept). */
function replaceContents(so: PySet, r: PySet): void {
  so.takeBody(r);
}

// ------------------------------------------------------------------ operators

const OP_SYMBOL = { or: "|", and: "&", sub: "-", xor: "^" } as const;
export type SetOperator = keyof typeof OP_SYMBOL;

/**
 * `a | b`, `a & b`, `a - b`, `a ^ b` when either operand is a set (or a dict's keys
 * or items view, which CPython treats as a set here); undefined when neither is, so
 * the caller applies its own rules. Both must be sets, as in CPython.
 */
export function setOperator(core: CoreApi, op: SetOperator, a: Value, b: Value): Value | undefined {
  const aView = a instanceof PyDictView && a.kind !== "values";
  const bView = b instanceof PyDictView && b.kind !== "values";
  if (!(a instanceof PySet || b instanceof PySet || aView || bView)) return undefined;
  const left = aView ? viewSet(core, a as PyDictView) : a;
  const right = bView ? viewSet(core, b as PyDictView) : b;
  if (!(left instanceof PySet && right instanceof PySet)) {
    // A view accepts any iterable on the other side (dict_keys.__or__).
    if (left instanceof PySet && bView === false && aView) return setOperator(core, op, left, asSet(core, right));
    if (right instanceof PySet && aView === false && bView) return setOperator(core, op, asSet(core, left), right);
    throw typeError(`unsupported operand type(s) for ${OP_SYMBOL[op]}: '${typeName(a)}' and '${typeName(b)}'`);
  }
  switch (op) {
    case "or": return union(core, left, right);
    case "and": return intersection(core, left, right);
    case "sub": return difference(core, left, right);
    case "xor": return symmetricDifference(core, left, right);
  }
}

/** `a |= b` etc. on a (mutable) set: in place, identity kept; undefined when `a` is not a set. */
export function setInplace(core: CoreApi, op: SetOperator, a: Value, b: Value): Value | undefined {
  if (!(a instanceof PySet) || a instanceof PyFrozenSet) return undefined;
  if (!(b instanceof PySet)) {
    throw typeError(`unsupported operand type(s) for ${OP_SYMBOL[op]}=: '${typeName(a)}' and '${typeName(b)}'`);
  }
  switch (op) {
    case "or": updateSet(a, b); break;
    case "and": replaceContents(a, intersection(core, a, b)); break;
    case "sub": differenceUpdate(a, b); break;
    case "xor": symmetricDifferenceUpdate(core, a, b); break;
  }
  return a;
}

function viewSet(core: CoreApi, v: PyDictView): PySet {
  return buildSet(core, false, (s) => forEach(v, (x) => s.add(x)));
}

/**
 * A set, or a dict's keys or items view as the set of its elements (CPython compares
 * those views as sets); undefined for anything else.
 */
function asComparableSet(v: Value): PySet | undefined {
  if (v instanceof PySet) return v;
  if (v instanceof PyDictView && v.kind !== "values") return viewSet(v.dict.owner, v);
  return undefined;
}

/**
 * Set comparisons: `<=` subset, `<` proper subset, and the reverses; undefined unless
 * both are sets (or keys/items views: `d.keys() < e.keys()`).
 */
export function setCompare(op: "lt" | "le" | "gt" | "ge", a: Value, b: Value): boolean | undefined {
  if (!(a instanceof PySet && b instanceof PySet)) {
    if (!(a instanceof PyDictView || b instanceof PyDictView)) return undefined;
    const x = asComparableSet(a), y = asComparableSet(b);
    return x === undefined || y === undefined ? undefined : setCompare(op, x, y);
  }
  switch (op) {
    case "le": return subsetOf(a, b);
    case "lt": return a.size < b.size && subsetOf(a, b);
    case "ge": return subsetOf(b, a);
    case "gt": return b.size < a.size && subsetOf(b, a);
  }
}

function subsetOf(a: PySet, b: PySet): boolean {
  if (a.size > b.size) return false;
  return !a.eachSlot((k, h, high) => b.findHashed(k, h, high) < 0);
}

/** Set equality: the same elements (a set equals a frozenset with them). */
export function setEq(a: PySet, b: PySet): boolean {
  if (a.size !== b.size) return false;
  return !a.eachSlot((k, h, high) => b.findHashed(k, h, high) < 0);
}

/**
 * The key to look up for `x in s`, `s.remove(x)`, `s.discard(x)`: a (mutable) set
 * is looked up as the frozenset with its elements, as CPython does.
 */
export function lookupKey(s: PySet, key: Value): Value {
  return key instanceof PySet && !(key instanceof PyFrozenSet) ? buildSet(s.owner, true, (f) => f.merge(key)) : key;
}

// -------------------------------------------------------------------- methods

export type SetMethod = (core: CoreApi, self: PySet, args: Value[], kwargs: Kwargs) => Value;

/** Methods taking any number of iterables (`s.union(a, b)`), folded left to right. */
function multi(name: string, step: (core: CoreApi, acc: PySet, other: Value) => PySet, none: (core: CoreApi, s: PySet) => PySet): SetMethod {
  return (core, self, args, kw) => {
    expectKwargs(`${setOwner(self)}.${name}`, kw);
    let acc = none(core, self);
    for (const a of args) acc = whileBuilding(core.id, acc, () => step(core, acc, a));
    return acc;
  };
}

/** The type a method's message names. */
const setOwner = (self: PySet) => (self instanceof PyFrozenSet ? "frozenset" : "set");

/**
 * A method taking no keywords and, when `arity` is a number, exactly that many
 * arguments (CPython's messages, naming set or frozenset); `null`: any number.
 */
function mutator(name: string, arity: number | null, f: (core: CoreApi, self: PySet, args: Value[]) => Value): SetMethod {
  return (core, self, args, kw) => {
    expectKwargs(`${setOwner(self)}.${name}`, kw);
    if (arity !== null) expectMethodArgs(setOwner(self), name, args, arity);
    return f(core, self, args);
  };
}

/** Methods of both set and frozenset. */
const readMethods: [string, SetMethod][] = [
  ["union", multi("union", union, copy)],
  ["intersection", multi("intersection", intersection, copy)],
  ["difference", multi("difference", difference, copy)],
  ["symmetric_difference", mutator("symmetric_difference", 1, (core, self, args) => {
    return symmetricDifference(core, self, args[0]);
  })],
  ["issubset", mutator("issubset", 1, (core, self, args) => {
    return isSubset(core, self, args[0]);
  })],
  ["issuperset", mutator("issuperset", 1, (core, self, args) => {
    const other = args[0];
    if (other instanceof PySet) return isSubset(core, other, self);
    let all = true;
    forEach(other, (k) => {
      if (all && !self.has(k)) all = false;
    });
    return all;
  })],
  ["isdisjoint", mutator("isdisjoint", 1, (_core, self, args) => {
    return isDisjoint(self, args[0]);
  })],
  ["copy", mutator("copy", 0, (core, self) => {
    // A frozenset's copy is itself (it cannot change).
    return self instanceof PyFrozenSet ? self : copy(core, self);
  })],
];

const writeMethods: [string, SetMethod][] = [
  ["add", mutator("add", 1, (_core, self, args) => {
    self.add(args[0]);
    return null;
  })],
  ["remove", mutator("remove", 1, (core, self, args) => {
    if (!self.discard(lookupKey(self, args[0]))) {
      const err = new PyError("KeyError", repr(args[0], core.float32));
      err.args = [args[0]]; // e.args[0] is the element, as in CPython
      throw err;
    }
    return null;
  })],
  ["discard", mutator("discard", 1, (_core, self, args) => {
    self.discard(lookupKey(self, args[0]));
    return null;
  })],
  ["pop", mutator("pop", 0, (_core, self) => {
    return self.pop();
  })],
  ["clear", mutator("clear", 0, (_core, self) => {
    self.clear();
    return null;
  })],
  ["update", mutator("update", null, (_core, self, args) => {
    for (const a of args) updateSet(self, a);
    return null;
  })],
  ["intersection_update", mutator("intersection_update", null, (core, self, args) => {
    let acc: PySet = self;
    for (const a of args) acc = whileBuilding(core.id, acc, () => intersection(core, acc, a));
    if (acc !== self) replaceContents(self, acc);
    return null;
  })],
  ["difference_update", mutator("difference_update", null, (_core, self, args) => {
    for (const a of args) differenceUpdate(self, a);
    return null;
  })],
  ["symmetric_difference_update", mutator("symmetric_difference_update", 1, (core, self, args) => {
    symmetricDifferenceUpdate(core, self, args[0]);
    return null;
  })],
];

export const frozensetMethods = new Map<string, SetMethod>(readMethods);
export const setMethods = new Map<string, SetMethod>([...readMethods, ...writeMethods]);

/** The methods of a set or frozenset value. */
export function methodsOf(s: PySet): Map<string, SetMethod> {
  return s instanceof PyFrozenSet ? frozensetMethods : setMethods;
}

/** set(iterable) / frozenset(iterable). */
export function constructSet(core: CoreApi, args: Value[], kwargs: Kwargs, frozen: boolean): PySet {
  const name = frozen ? "frozenset" : "set";
  if (kwargs && kwargs.size) throw typeError(`${name}() takes no keyword arguments`);
  expectPositional(name, args, 0, 1);
  // frozenset(f) is f itself, as in CPython.
  if (frozen && args[0] instanceof PyFrozenSet) return args[0];
  return buildSet(core, frozen, (s) => {
    if (args.length) updateSet(s, args[0]);
  });
}
