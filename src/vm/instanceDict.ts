// The live `obj.__dict__`: an instance's attributes are a Map (classes.ts PyInstance.dict)
// until a program asks for `obj.__dict__` (or `vars(obj)`); from then on they are held
// by a real dict, which that expression returns, so writes through it
// (`obj.__dict__['x'] = 1`, `obj.__dict__.update(kw)`) are attributes, and attributes
// set later show in it. LiveAttributes is the Map face of that dict: every Map
// operation the class model and the interpreter use on an instance's attributes
// reads or writes the dict. Instances never asked for their `__dict__` keep the plain
// Map (the fast path).
//
// Memory: the dict is charged as a dict (its slots, as it grows); an instance whose
// attributes live in one costs INSTANCE_BYTES itself (classes.ts PyInstance.bytes),
// and the collector reaches the dict through the instance's children.

import type { PyDict } from "./dict.js";
import type { Value } from "./values.js";

export class LiveAttributes extends Map<string, Value> {
  /**
   * The values of the slots that the classes' `__slots__` declare (a subclass without
   * `__slots__` has a `__dict__`, but CPython keeps those names in their slots, not in
   * it); `slotNames` null: none.
   */
  readonly slotValues = new Map<string, Value>();
  constructor(readonly backing: PyDict, readonly slotNames: ReadonlySet<string> | null = null) {
    super();
  }
  override get(name: string): Value | undefined {
    return this.slotNames?.has(name) ? this.slotValues.get(name) : this.backing.get(name);
  }
  override has(name: string): boolean {
    return this.slotNames?.has(name) ? this.slotValues.has(name) : this.backing.has(name);
  }
  override set(name: string, v: Value): this {
    if (this.slotNames?.has(name)) this.slotValues.set(name, v);
    else this.backing.set(name, v);
    return this;
  }
  override delete(name: string): boolean {
    return this.slotNames?.has(name) ? this.slotValues.delete(name) : this.backing.delete(name) !== undefined;
  }
  override clear(): void {
    this.backing.clear();
    this.slotValues.clear();
  }
  override get size(): number {
    return this.backing.size + this.slotValues.size;
  }
  /** The attribute entries: the slots', then the dict's string keys (a program may store others in it; they are no attributes). */
  override *entries(): MapIterator<[string, Value]> {
    yield* this.slotValues.entries();
    const d = this.backing;
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i];
      if (typeof k === "string" && !this.slotNames?.has(k)) yield [k, d.vals[i]];
    }
  }
  override *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }
  override *values(): MapIterator<Value> {
    for (const [, v] of this.entries()) yield v;
  }
  override [Symbol.iterator](): MapIterator<[string, Value]> {
    return this.entries();
  }
  override forEach(fn: (v: Value, k: string, m: Map<string, Value>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}
