// Hidden classes ("shapes") for instance attributes. Instances of one class that get
// the same attributes in the same order share a Shape: a name -> slot table, and the
// attribute values sit in a plain array in slot order (ShapedAttributes.vals). An
// attribute added to an instance moves it along a transition to the shape with one
// more name (made once, then shared). The attribute caches (attrCache.ts) remember
// (shape -> slot), so compiled LOAD_ATTR/STORE_ATTR read and write the array behind
// one identity test instead of hashing the name in a Map.
//
// Each class has its own root (PyClass.rootShape), so a shape implies its instances'
// class (an instance's class never changes: PyInstance.cls is readonly): a cache
// entry keyed by shape needs no class test.
//
// Dictionary mode: a deletion, or an instance outgrowing MAX_SLOTS, or the shape tree
// reaching MAX_SHAPES, moves that instance's attributes into a plain Map (its shape is
// then DICTIONARY, which no cache holds). Everything outside the caches uses the Map
// interface, with a Map's semantics: iteration in insertion order.
//
// Memory: shapes are VM metadata like the classes' lookup caches, not charged to a
// core; MAX_SHAPES bounds them. An instance is charged exactly as before
// (classes.ts PyInstance.bytes: INSTANCE_BYTES + ATTRIBUTE_BYTES per attribute).

import type { Value } from "./values.js";

/** Attributes one instance keeps in shape mode (more: dictionary mode). */
const MAX_SLOTS = 64;
/** Shapes made in this VM (each worker has its own) before new transitions are refused: with MAX_SLOTS, it bounds the uncharged metadata to a few MB in the worst case. */
const MAX_SHAPES = 4096;
let shapeCount = 0;
/** New instances' value arrays are pre-sized up to this many slots (further ones grow it). */
const PRESIZE_LIMIT = 16;

export class Shape {
  /** The shapes one name further (made on first use). */
  private next: Map<string, Shape> | null = null;
  /**
   * The largest number of attributes an instance from this root reached: new
   * instances' value arrays are made that long, so adding attributes in `__init__`
   * does not regrow them (on the root only).
   */
  capacity = 0;
  /**
   * `names`: the attribute names in slot order; `index`: name -> slot; `root`: the
   * class's empty shape.
   */
  private constructor(readonly names: readonly string[], readonly index: ReadonlyMap<string, number>, root: Shape | null) {
    this.root = root ?? this;
  }
  readonly root: Shape;

  static newRoot(): Shape {
    return new Shape([], new Map(), null);
  }

  /** The shape with `name` added after this one's names, or null (dictionary mode). */
  with(name: string): Shape | null {
    let s = this.next?.get(name);
    if (s !== undefined) return s;
    if (this.names.length >= MAX_SLOTS || shapeCount >= MAX_SHAPES) return null;
    shapeCount++;
    const index = new Map(this.index);
    index.set(name, this.names.length);
    s = new Shape([...this.names, name], index, this.root);
    (this.next ??= new Map()).set(name, s);
    if (s.names.length > this.root.capacity) this.root.capacity = s.names.length;
    return s;
  }
}

/** The shape of attributes in dictionary mode: it has no names, and no cache holds it. */
export const DICTIONARY = Shape.newRoot();

/**
 * An instance's attributes (classes.ts PyInstance.dict) with a Map's interface.
 * Invariant: in shape mode (`map === null`), `vals[i]` for i < shape.names.length is
 * the value of `shape.names[i]` (never undefined); in dictionary mode, `shape` is
 * DICTIONARY and `map` holds the attributes.
 */
export class ShapedAttributes implements Map<string, Value> {
  shape: Shape;
  vals: Value[];
  map: Map<string, Value> | null = null;
  constructor(root: Shape) {
    this.shape = root;
    // Pre-sized by what earlier instances of the class reached (holes until set).
    this.vals = root.capacity === 0 ? [] : new Array<Value>(Math.min(root.capacity, PRESIZE_LIMIT));
  }

  get(name: string): Value | undefined {
    if (this.map !== null) return this.map.get(name);
    const i = this.shape.index.get(name);
    return i === undefined ? undefined : this.vals[i];
  }
  has(name: string): boolean {
    return this.map !== null ? this.map.has(name) : this.shape.index.has(name);
  }
  set(name: string, v: Value): this {
    if (this.map !== null) {
      this.map.set(name, v);
      return this;
    }
    const i = this.shape.index.get(name);
    if (i !== undefined) {
      this.vals[i] = v;
      return this;
    }
    const next = this.shape.with(name);
    if (next === null) {
      this.toDictionary().set(name, v);
      return this;
    }
    this.vals[this.shape.names.length] = v;
    this.shape = next;
    return this;
  }
  delete(name: string): boolean {
    if (!this.has(name)) return false;
    return this.toDictionary().delete(name);
  }
  clear(): void {
    if (this.map !== null) this.map.clear();
    else {
      this.shape = this.shape.root;
      this.vals = [];
    }
  }
  get size(): number {
    return this.map !== null ? this.map.size : this.shape.names.length;
  }

  /** Moves the attributes into a Map (insertion order kept); the instance leaves every cache. */
  private toDictionary(): Map<string, Value> {
    if (this.map !== null) return this.map;
    const m = new Map<string, Value>();
    const names = this.shape.names;
    for (let i = 0; i < names.length; i++) m.set(names[i], this.vals[i]);
    this.map = m;
    this.shape = DICTIONARY;
    this.vals = [];
    return m;
  }

  *entries(): MapIterator<[string, Value]> {
    if (this.map !== null) {
      yield* this.map.entries();
      return;
    }
    // Like a Map iterator, this sees attributes added during the loop (the shape only
    // grows in shape mode); if the instance switches to dictionary mode meanwhile,
    // the map's entries after the ones already given follow.
    for (let i = 0; ; i++) {
      const map = this.map as Map<string, Value> | null;
      if (map !== null) {
        yield* [...map.entries()].slice(i);
        return;
      }
      if (i >= this.shape.names.length) return;
      yield [this.shape.names[i], this.vals[i]];
    }
  }
  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }
  *values(): MapIterator<Value> {
    for (const [, v] of this.entries()) yield v;
  }
  [Symbol.iterator](): MapIterator<[string, Value]> {
    return this.entries();
  }
  forEach(fn: (v: Value, k: string, m: Map<string, Value>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
  get [Symbol.toStringTag](): string {
    return "Map";
  }
}
