// The version of all class namespaces, for the attribute caches (vm/attrCache.ts).
//
// Invariant (structural): every class's `dict` is a ClassDict (PyClass's constructor
// makes it one, keeping the Map's identity), and ClassDict's set/delete/clear bump
// `classEpoch.value`. So no write to any class namespace — by setattr on a class, a
// class body, a `__dict__` view, a module written in TypeScript — can leave a cache
// filled before it valid: a cache records the epoch it was filled at and is used only
// while the epoch is unchanged. Class MROs are fixed at creation, so a write to a
// base is covered by the same counter. One counter for all classes: writes to a class
// after its creation are rare in programs (and only cost a refill).
//
// This file imports nothing from the object model, so that classes.ts can use it
// while it is being evaluated (objectClass is made at load time).

import type { Value } from "./values.js";

/** Bumped on every write to any class namespace. */
export const classEpoch = { value: 0 };

export class ClassDict extends Map<string, Value> {
  override set(key: string, value: Value): this {
    classEpoch.value++;
    return super.set(key, value);
  }
  override delete(key: string): boolean {
    classEpoch.value++;
    return super.delete(key);
  }
  override clear(): void {
    classEpoch.value++;
    super.clear();
  }
}

/**
 * Makes a class's namespace a ClassDict in place (the same Map object, so whoever
 * built it and keeps it sees the same entries). A new class changes no other class's
 * lookups (MROs are fixed), so the epoch is not bumped.
 */
export function versionClassDict(dict: Map<string, Value>): void {
  if (!(dict instanceof ClassDict)) Object.setPrototypeOf(dict, ClassDict.prototype);
}

/** What a class's lookup cache holds for a name no class along its MRO has. */
const ABSENT = Object.freeze({ absent: true }) as unknown as Value;
/** A class's lookup cache is emptied beyond this many names (getattr with computed names). */
const MAX_CACHED_NAMES = 512;

/** The fields PyClass keeps for cachedLookup (classes.ts). */
export interface LookupCacheOwner {
  /** Name -> the attribute found first along the MRO (ABSENT: none), valid at `lookupsEpoch`. */
  lookups: Map<string, Value> | null;
  lookupsEpoch: number;
  /** The walk along the MRO the cache stands for. */
  lookupUncached(name: string): Value | undefined;
}

/**
 * PyClass.lookup: the attribute found first along the class's MRO, or undefined,
 * remembered per class while no class namespace changes (the whole cache is dropped
 * when the epoch moved).
 */
export function cachedLookup(cls: LookupCacheOwner, name: string): Value | undefined {
  let m = cls.lookups;
  if (m === null || cls.lookupsEpoch !== classEpoch.value || m.size >= MAX_CACHED_NAMES) {
    m = cls.lookups = new Map();
    cls.lookupsEpoch = classEpoch.value;
  }
  let v = m.get(name);
  if (v === undefined) {
    // (None is null: only undefined means "not found".)
    const found = cls.lookupUncached(name);
    v = found === undefined ? ABSENT : found;
    m.set(name, v);
  }
  return v === ABSENT ? undefined : v;
}
