// The value model of one core.
//
// Representation (chosen for interpreter speed; see docs/architecture.md):
//   int      -> JS number when it fits an int32 (the device word), else a PyBigInt
//               (Python 3 dialect: arbitrary precision, vm/bigint.ts). One canonical
//               form per value: a PyBigInt never holds an int32 value. The classic
//               dialect (and --int-overflow error) raises OverflowError instead.
//   float    -> a JS number that is not an int32 integer (0.5, 1e10, NaN), or a
//               PyFloat box for integral values and -0.0 (so 1.0 and 1 stay
//               distinct; see isInt). Values are already rounded to float32 unless
//               the core runs with --float64.
//   bool     -> JS boolean          None -> null          str -> JS string
//   list     -> PyList              tuple -> PyTuple       range -> PyRange
//   function -> PyFunction (bytecode) or BuiltinFunction (TypeScript)
//   module   -> PyModule             type -> PyType         cell -> Cell (closures)
//   iterator -> PyIterator subclasses
//   dict     -> PyDict (vm/dict.ts)  set, frozenset -> PySet, PyFrozenSet (vm/set.ts)
//   bytes, bytearray -> PyBytes, PyByteArray (vm/bytes.ts: a Uint8Array, 1 B per element)
//
// Memory model (what each value costs in the core's byte budget, see memory.ts):
//   scalar slot 4 B; str 8 B + 1 B/char; list 8 B + 4 B/element; tuple 8 B + 4 B/elt;
//   function 16 B (+4 B per default / closure cell); cell 8 B; range 16 B (a wide
//   range's big-int bounds are ints of their own).

import type { CodeRuntime } from "./loader.js";
import type { CodeObject } from "../bytecode/code.js";
import type { CorePort } from "./port.js";
import type { PyDict, PyDictView } from "./dict.js";
import type { PySet } from "./set.js";
import type { PyBytesLike } from "./bytes.js";
import { cpLength, unitsAt, unitsBefore } from "./codepoints.js";

/**
 * A float whose value is an int32-valued integer or -0 (2.0, 0.0, -0.0...). Every
 * other float is an unboxed JS number: see `isInt` for the invariant that tells
 * them from ints. Boxing only integral floats keeps float arithmetic allocation-free
 * in the common case.
 */
export class PyFloat {
  constructor(public readonly v: number) {}
}

/**
 * The number invariant: a JS number `v` is a Python int iff `(v | 0) === v`;
 * otherwise (fractional, NaN, infinite, or outside int32) it is a Python float.
 * Integral floats and -0.0 are therefore always boxed in a PyFloat. (-0 as a bare
 * number only arises from int arithmetic and means the int 0.)
 */
export function isInt(v: unknown): v is number {
  return typeof v === "number" && (v | 0) === v;
}

/** True for a Python float, boxed or not. */
export function isFloat(v: unknown): v is number | PyFloat {
  return (typeof v === "number" && (v | 0) !== v) || v instanceof PyFloat;
}

/**
 * A Python float with value x (x already rounded to the core's precision). A NaN made
 * here (`float('nan')`, `math.nan`) is boxed too, so that it has an identity: two
 * `float('nan')` are different objects, as in CPython. (A NaN computed by arithmetic
 * stays unboxed: such NaNs count as one object, see ops.same.)
 */
export function makeFloat(x: number): number | PyFloat {
  return (x | 0) === x || x !== x ? new PyFloat(x) : x;
}

/** The JS number of a float value (boxed or not). */
export function floatValue(v: number | PyFloat): number {
  return typeof v === "number" ? v : v.v;
}

/**
 * An int outside the int32 range (Python 3 dialect). Invariant: `v` never fits an
 * int32 — such values are always plain JS numbers — so each int has one form and
 * ==, hash and dict keys agree. Immutable, so constants are shared between cores.
 * vm/bigint.ts holds the arithmetic and the size charged to the core.
 */
export class PyBigInt {
  /** Bit length of |v|, filled in by bigint.ts (bigBits) the first time it is needed; -1 until then. */
  bits: number;
  /**
   * The value as a double when it is exact there (|v| <= 2**53 - 1), else NaN. Such
   * "medium" ints (sums and counters past 2**31, ids, timestamps) take double
   * arithmetic in bigint.ts, with no BigInt made unless somebody reads `v`.
   */
  readonly n: number;
  /** The BigInt; null until first read for an int built from its double (PyBigInt.ofSafe). */
  private big: bigint | null;
  /** `v` given: the int v. Else (ofSafe only) the safe integer `n` of bit length `bits`. */
  constructor(v: bigint | null, n = NaN, bits = -1) {
    this.bits = bits;
    this.big = v;
    if (v === null) this.n = n;
    else {
      const x = Number(v);
      // Number() rounds monotonically: a |v| beyond 2**53 - 1 never lands on a safe integer.
      this.n = Number.isSafeInteger(x) ? x : NaN;
    }
  }
  /** The int of safe integer `n` (beyond int32, |n| <= 2**53 - 1) whose magnitude has `bits` bits. */
  static ofSafe(n: number, bits: number): PyBigInt {
    return new PyBigInt(null, n, bits);
  }
  get v(): bigint {
    return this.big ??= BigInt(this.n);
  }
}

export class PyList {
  /** Classic dialect: list literals grow when indexed past their end. */
  extensible = false;
  /**
   * Lives in the device's shared memory (shared_mem_array): charged to the core's
   * slice of shared memory through its port, not counted by its local collector.
   */
  shared = false;
  constructor(public items: Value[]) {}
}

export class PyTuple {
  constructor(public readonly items: Value[]) {}
  /** The empty tuple: one object, as CPython's (`() is ()`, `tuple()`, `t[5:]`); its items are frozen. */
  static readonly EMPTY: PyTuple = new PyTuple(Object.freeze([]) as unknown as Value[]);
}

/** A bound of a range: an int in its canonical form (a number when it fits int32). */
export type RangeInt = number | PyBigInt;

/**
 * `range(start, stop, step)`, with bounds of any size, as CPython's.
 *
 * Two shapes of one class. A *narrow* range (start, stop and step all int32, the
 * common case) has every item an int32 and its length (< 2**32) an exact double:
 * the number code paths serve it (RangeIterator, which the interpreter's and the
 * baseline compiler's FOR_ITER step inline; len, indexing and `in` on doubles). A
 * *wide* range has a big-int bound; range.ts computes on BigInts for it, and its
 * iterator is never a RangeIterator, so FOR_ITER's inline test fails cleanly and
 * the generic iterator protocol runs. Both shapes are made only by range.ts
 * (`makeRange`) and by range().
 *
 * Memory: 16 B; a wide range's big-int bounds are ints of their own (charged when
 * made, traced by the collector through the range).
 */
export class PyRange {
  /** start, stop and step are all int32 numbers (see the class comment). */
  readonly narrow: boolean;
  /**
   * The bounds and length as BigInts, made on the first BigInt computation
   * (`bigsOf`): a wide range asked `x in r` in a loop converts them once. Host
   * data, not charged (a cache of values the range holds).
   */
  bigs: RangeBigs | null = null;
  constructor(
    public readonly start: RangeInt,
    public readonly stop: RangeInt,
    public readonly step: RangeInt,
  ) {
    this.narrow = typeof start === "number" && typeof stop === "number" && typeof step === "number";
  }
  /**
   * Number of items as a double: exact for every narrow range and every length up to
   * 2**53; a longer (wide) range rounds it, which keeps every comparison with a
   * length a core could build exact. `bigsOf(r).length` is exact for all.
   */
  get length(): number {
    if (!this.narrow) return Number(bigsOf(this).length);
    const start = this.start as number, stop = this.stop as number, step = this.step as number;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
}

/** A range's bounds and length as BigInts. */
export interface RangeBigs {
  readonly start: bigint;
  readonly stop: bigint;
  readonly step: bigint;
  readonly length: bigint;
}

/** An int bound of a range as a BigInt. */
export function rangeBig(v: RangeInt): bigint {
  return typeof v === "number" ? BigInt(v) : v.v;
}

/** A range's BigInt bounds and its length (CPython's get_len_of_range), computed once per range. */
export function bigsOf(r: PyRange): RangeBigs {
  if (r.bigs !== null) return r.bigs;
  const start = rangeBig(r.start), stop = rangeBig(r.stop), step = rangeBig(r.step);
  let length = 0n;
  if (step > 0n ? start < stop : start > stop) length = (step > 0n ? stop - start - 1n : start - stop - 1n) / (step > 0n ? step : -step) + 1n;
  return (r.bigs = { start, stop, step, length });
}

/** A closure variable shared between a function and the functions nested in it. */
export class Cell {
  constructor(public value: Value | undefined) {}
}

export class PyFunction {
  constructor(
    public readonly code: CodeObject,
    public readonly globals: PyModule,
    /** Values for the last `defaults.length` positional parameters (`__defaults__` may replace them). */
    public defaults: Value[] | null,
    /** Keyword-only defaults, by parameter name (`__kwdefaults__` may replace them). */
    public kwdefaults: Map<string, Value> | null,
    public readonly closure: Cell[] | null,
  ) {}
  /**
   * Attributes a program set on the function (`f.calls = 0`, `wraps` copying
   * `__name__`): null until the first one; 8 B each (memory.ts), traced.
   */
  attrs: Map<string, Value> | null = null;
  /**
   * The code's run-time tables (loader.ts runtimeOf) at precision `rtFloat32`, kept
   * here on the first call: a loop calling two functions in turn would otherwise
   * look them up in a WeakMap on every call. Not a Python-visible value.
   */
  rt: CodeRuntime | null = null;
  rtFloat32 = false;
  get name(): string {
    return this.code.name;
  }
  get qualname(): string {
    return this.code.qualname;
  }
}

/** Keyword arguments passed to a builtin (null when there are none). */
export type Kwargs = Map<string, Value> | null;

/**
 * A function implemented in TypeScript. It receives the calling core, the positional
 * arguments and keyword arguments. It returns a Value, or SUSPEND to block the core
 * (message passing): the device later resumes the core with the call's result.
 */
export type NativeFn = (core: CoreApi, args: Value[], kwargs: Kwargs) => Value | typeof SUSPEND;

/**
 * What a builtin that consumes a whole generator (sum, max, any, sorted, list...)
 * keeps while the generator's frame runs in place, in the interpreter's own loop
 * (FrameKind.Consumer, vm/generators.ts consumeInPlace): a recursion through such a
 * builtin (`1 + sum(size(k) for k in kids)`) then nests no host call per level.
 */
export interface GeneratorConsumer {
  /** One yielded value; false stops the generator (suspended, as after next()). */
  take(v: Value): boolean;
  /** The builtin's result once the generator has stopped or ended. */
  result(): Value;
  /** The values it holds so far (the collector marks them with the generator). */
  held(): readonly Value[];
}

/**
 * A builtin's consumer for a call with these arguments, once it has checked them as
 * the builtin does (raising its errors); null when the builtin is to be called as
 * usual. args[0] is a generator that can run in place, or an iterator derived from
 * one (enumerate, zip, map, filter: vm/tupleIterators.ts), whose items it takes.
 */
export type ConsumeFn = (core: CoreApi, args: Value[], kwargs: Kwargs) => GeneratorConsumer | null;

export class BuiltinFunction {
  /**
   * For one-argument float functions (math.sqrt...): the plain JS function, so that
   * compiled arithmetic (vm/exprJit.ts) can call it directly. It returns NaN or an
   * infinity where the builtin raises a domain or range error.
   */
  numeric?: (x: number) => number;
  /**
   * For builtins called with one argument in hot code (`len(xs)`): the same result as
   * `fn(core, [x], null)` without the argument array. Never suspends the core.
   */
  unary?: (core: CoreApi, x: Value) => Value;
  /**
   * A built-in type's special method as its subclasses inherit it (builtinSubclass.ts):
   * exactly the type's own operation on the instance's value, so callers may apply
   * that operation to the value directly (classes.ts nativeSlotValue).
   */
  nativeSlot?: true;
  /** For a builtin consuming a whole iterable: its consumer of a generator (see ConsumeFn). */
  consume?: ConsumeFn;
  /** The module of a module function (`math.sqrt`): its `__self__` and `__module__`. */
  module?: PyModule;
  /** A built-in type's method taken from the type (`list.append`): `list.append`. */
  qualname?: string;
  constructor(
    public readonly name: string,
    public readonly fn: NativeFn,
    /** Receiver for methods looked up on a value (`xs.append`), else undefined. */
    public readonly self?: Value,
  ) {}
}

/** Returned by a NativeFn to block the core until the device resumes it. */
export const SUSPEND: unique symbol = Symbol("SUSPEND");

/**
 * A module: a named table of slots. Bytecode modules address their globals by slot
 * index (resolved at compile time); names added at run time (`from m import *`,
 * builtin modules) get new slots through `slotOf`.
 */
export class PyModule {
  readonly slots: (Value | undefined)[] = [];
  readonly names: string[] = [];
  readonly index = new Map<string, number>();
  /**
   * Set for a module a program may read but not change (`builtins`: the compiler
   * resolves built-in names when it compiles, so a write could not take effect): why.
   * core.ts setAttr and classes.ts deleteAttribute refuse writes with it.
   */
  readOnly: string | null = null;
  /**
   * The dict globals() and functions' __globals__ give for this module (made at the
   * first, brought up to date at each: vm/introspection.ts globalsOf), so that
   * `f.__globals__ is globals()`. The collector counts it with the module.
   */
  namespace: Value | null = null;
  constructor(public readonly name: string) {}

  slotOf(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.slots.push(undefined);
      this.index.set(name, i);
    }
    return i;
  }
  get(name: string): Value | undefined {
    const i = this.index.get(name);
    return i === undefined ? undefined : this.slots[i];
  }
  set(name: string, v: Value): void {
    this.slots[this.slotOf(name)] = v;
  }
}

/** Builtin types, so that `type(x)` and `isinstance(x, int)` work. */
export class PyType {
  /** For a type made from a whole iterable (list, tuple): its consumer of a generator (see ConsumeFn). */
  consume?: ConsumeFn;
  constructor(
    public readonly name: string,
    /** Calling the type: `int("3")`, `list(xs)`... */
    public readonly construct: NativeFn | null,
    /** The module of a library's type (`itertools` for `<class 'itertools.count'>`); null for a builtin. */
    public readonly module: string | null = null,
  ) {}
}

/**
 * An iterator. Memory invariant, enforced by the type system: every iterator names
 * the values it keeps alive (its sequence, the iterators and function it wraps), so
 * the collector marks them — a temporary list being iterated (`for x in [0]*n:`)
 * counts as live for as long as its iterator does. A new iterator kind cannot forget
 * to say what it holds: `children` is abstract.
 */
export abstract class PyIterator {
  /**
   * Driven only by `await` (coroutines, async generators): `for`, iter() and next()
   * refuse it. `declare`: no own field on every iterator (set by those subclasses only).
   */
  declare readonly awaitOnly?: boolean;
  /** Next item, or undefined when exhausted. */
  abstract next(): Value | undefined;
  /** The values this iterator references (marked by the collector with the iterator). */
  abstract children(): readonly Value[];
  /** Bytes it occupies in its core's memory, when not the fixed iterator size (a generator's frame). */
  liveBytes?(): number;
  /**
   * Of an iterator that may run a generator's body (a generator, enumerate/zip/map/filter
   * over one: tupleIterators.ts): the generator that must run, in place, before next()
   * can give the item; null when none must.
   */
  awaited?(): PyIterator | null;
  /**
   * Items left, what CPython's `__length_hint__` of this iterator's type answers (0 once
   * exhausted); absent when the type has no `__length_hint__` (map, generators...).
   * lengthHint.ts reads it for `operator.length_hint` and `it.__length_hint__()`.
   */
  lengthHint?(): number | bigint;
  /**
   * The repr of an iterator whose type has its own (`count(5)`, `repeat('a', 3)`), made
   * with `repr` for the values in it; absent for the `<list_iterator object at ...>` kind.
   */
  reprText?(repr: (v: Value) => string): string;
  /** The module of a library's iterator type (itertools'), set on its prototype: part of its type's name. */
  declare readonly pyModule?: string;
  /**
   * Calls `fn` on each remaining item until it returns false (the builtins that
   * consume a whole iterable: sum, min, max, any, all, list...). A generator overrides
   * it to run its body once, handing each yielded value to `fn` in place.
   */
  forEachItem(fn: (v: Value) => boolean): void {
    for (let v = this.next(); v !== undefined; v = this.next()) if (!fn(v)) return;
  }
}

/** Iterates a list or tuple by index (it sees items appended while it runs, like CPython). */
export class ListIterator extends PyIterator {
  i = 0;
  /** The sequence's items (the interpreter's FOR_ITER reads them directly). */
  readonly items: Value[];
  constructor(public readonly seq: PyList | PyTuple) {
    super();
    this.items = seq.items;
  }
  next(): Value | undefined {
    return this.i < this.items.length ? this.items[this.i++] : undefined;
  }
  /** The loop of the base class without its call of next() per item. */
  override forEachItem(fn: (v: Value) => boolean): void {
    const items = this.items;
    while (this.i < items.length) if (!fn(items[this.i++])) return;
  }
  override lengthHint(): number {
    return Math.max(0, this.items.length - this.i);
  }
  children(): readonly Value[] {
    return [this.seq];
  }
}

export class RangeIterator extends PyIterator {
  constructor(public cur: number, public readonly stop: number, public readonly step: number) { super(); }
  next(): Value | undefined {
    const c = this.cur;
    if (this.step > 0 ? c >= this.stop : c <= this.stop) return undefined;
    this.cur = c + this.step;
    return c;
  }
  override lengthHint(): number {
    const left = Math.ceil((this.stop - this.cur) / this.step);
    return left > 0 ? left : 0;
  }
  children(): readonly Value[] {
    return [];
  }
}

export class StrIterator extends PyIterator {
  i = 0;
  constructor(public readonly s: string) { super(); }
  next(): Value | undefined {
    // One code point per step: a surrogate pair is one astral character.
    const s = this.s;
    const i = this.i;
    if (i >= s.length) return undefined;
    const u = s.charCodeAt(i);
    if (u < 0xd800 || u > 0xdbff) {
      // Not a high surrogate: one unit (V8 shares one string per Latin-1 character).
      this.i = i + 1;
      return s[i];
    }
    this.i = i + unitsAt(s, i);
    return s.slice(i, this.i);
  }
  override lengthHint(): number {
    return cpLength(this.s.slice(this.i));
  }
  children(): readonly Value[] {
    return [this.s];
  }
}

/** reversed() of a list, tuple or string: walks it backwards without copying it. */
export class ReverseIterator extends PyIterator {
  private i: number;
  constructor(readonly seq: PyList | PyTuple | string) {
    super();
    this.i = typeof seq === "string" ? seq.length : seq.items.length;
  }
  next(): Value | undefined {
    const s = this.seq;
    const n = typeof s === "string" ? s.length : s.items.length;
    const i = this.i - 1;
    // Like CPython: a list that shrank below the position ends the iteration.
    if (i < 0 || i >= n) {
      this.i = 0;
      return undefined;
    }
    if (typeof s !== "string") {
      this.i = i;
      return s.items[i];
    }
    // Strings are sequences of code points: a surrogate pair is one character.
    this.i = this.i - unitsBefore(s, this.i);
    return s.slice(this.i, i + 1);
  }
  override lengthHint(): number {
    const s = this.seq;
    const n = typeof s === "string" ? s.length : s.items.length;
    // The next item is at i - 1; a sequence that shrank below it has none left (next()'s rule).
    if (this.i <= 0 || this.i > n) return 0;
    return typeof s === "string" ? cpLength(s.slice(0, this.i)) : this.i;
  }
  children(): readonly Value[] {
    return [this.seq];
  }
}

/**
 * An array passed to a kernel by reference (issue 7): its elements live at their home
 * (host memory, the device's shared memory) or in a private on-core copy, and are
 * reached element by element. vm/hostArray.ts implements it; it is declared here so
 * that the operations (ops.ts), builtins and the collector can handle it without
 * importing the implementation (which imports them).
 *
 * Invariants: indexes given to `get`/`set` are already normalised (0 <= i < length);
 * `liveBytes()` is what the reference holds in its core's memory right now (the
 * reference itself, its cache lines or its private copy), so the collector keeps
 * counting those bytes for as long as the reference is reachable.
 */
export abstract class PyHostArray {
  abstract readonly length: number;
  /** Element i as a Python value (int or float). */
  abstract get(i: number): Value;
  /** Stores a Python value into element i (TypeError for a value the element type refuses). */
  abstract set(i: number, v: Value): void;
  /** The text of str()/repr(): `<hostarray float32[50000000] in host memory>`. */
  abstract describe(): string;
  /** Bytes this reference occupies in its core's memory (counted by the collector). */
  abstract liveBytes(): number;
}

/** Iterates an array passed by reference, element by element (through its cache), forwards or backwards (reversed()). */
export class HostArrayIterator extends PyIterator {
  private i: number;
  constructor(public readonly array: PyHostArray, private readonly backwards = false) {
    super();
    this.i = backwards ? array.length - 1 : 0;
  }
  next(): Value | undefined {
    if (this.backwards) return this.i >= 0 ? this.array.get(this.i--) : undefined;
    return this.i < this.array.length ? this.array.get(this.i++) : undefined;
  }
  children(): readonly Value[] {
    return [this.array];
  }
}

/**
 * The objects of the class model (vm/classes.ts: classes, instances, bound methods,
 * super, property...). Declared here, like PyHostArray, so that the collector and the
 * operations can handle them without importing the implementation. Memory invariant,
 * as for iterators: each names the values it keeps alive and its own size in the
 * core's budget, so a new kind cannot forget to say what it holds.
 */
export abstract class PyHeapObject {
  /** The values this object references (marked by the collector with it). */
  abstract children(): readonly Value[];
  /** Bytes it occupies in its core's memory (its current size: attributes included). */
  abstract bytes(): number;
}

export type Value =
  | number | PyFloat | PyBigInt | boolean | null | string | PyList | PyTuple | PyRange | PyFunction
  | BuiltinFunction | PyModule | PyType | PyIterator | Cell | PyHostArray | PyHeapObject
  | PyDict | PyDictView | PySet | PyBytesLike;

/** The operations a builtin or standard module may use on the core that calls it. */
export interface CoreApi {
  /** This core's id (device cores first, then host cores). */
  readonly id: number;
  /**
   * Instructions executed so far, when the core counts them (the bytecode Core does,
   * and keeps the count current whenever the interpreter calls out of its fast
   * paths). Host arrays use it as the core's simulated compute time (vm/transfer.ts).
   */
  readonly instructions?: number;
  /** Total number of cores in the run. */
  readonly numCores: number;
  /**
   * Whether the core runs a nested run now (a generator or coroutine driven by
   * `next`/`send`, a special method, a key function: FrameKind.Boundary below the
   * current frame): a blocking call cannot suspend the core there.
   */
  inNestedRun?(): boolean;
  /** True for host virtual cores. */
  readonly isHost: boolean;
  /** The program's source texts by file name, as the host verified them (absent or empty: none; Core.sources). */
  readonly sources?: ReadonlyMap<string, string>;
  /** The core's type: its profile's name ("epiphany3", "microblaze"), "host" for host cores. */
  readonly coreType: string;
  /** 'python3' or 'classic': some builtins and modules behave per dialect. */
  readonly dialect: "python3" | "classic";
  /**
   * What an int result beyond the 32-bit word does in the Python 3 dialect: "promote"
   * (the default, absent) makes an arbitrary-precision int; "error" raises
   * OverflowError as the device word does (--int-overflow error). The classic
   * dialect always raises.
   */
  readonly intOverflow?: "promote" | "error";
  /** True when floats are IEEE single precision (the default); false with --float64. */
  readonly float32: boolean;
  /** Makes a float value with this core's precision (see makeFloat). */
  float(x: number): number | PyFloat;
  /** Allocates (and charges to this core's memory) a new list / tuple / string. */
  newList(items: Value[]): PyList;
  newTuple(items: Value[]): PyTuple;
  newStr(s: string): string;
  /** Charges `bytes` more to this core's heap (e.g. a list grew). */
  charge(bytes: number): void;
  /** Writes program output for this core (print): `port.write`. */
  write(text: string): void;
  /** Calls a Python function value from TypeScript and returns its result. */
  call(fn: Value, args: Value[]): Value;
  /** `getattr(obj, name)`: the full attribute lookup (descriptors, __getattr__, built-in methods). */
  getAttr(obj: Value, name: string): Value;
  /** Imports a standard or user module by name. */
  importModule(name: string): PyModule;
  /** Per-core state owned by a module (random's generator...), created on first use. */
  moduleState<T>(key: string, create: () => T): T;
  /** The deepest a frame may be (Python 3 dialect: sys.setrecursionlimit; classic: Infinity). */
  recursionLimit: number;
  /** Frames on the core's chain now, the main module's counted as 1 (0 before it starts). */
  callDepth(): number;
  /** Seed for this core's random generator (fixed under --deterministic/--seed). */
  readonly randomSeed: number;
  /** The core's one way to the device: messages, collectives, shared memory, input. */
  readonly port: CorePort;
  /** Requests that this core stop (exit()/quit()/sys.exit()) with this exit status. */
  exit(status: number): void;
  /** Writes program output to standard error (sys.stderr, exit messages). */
  writeError(text: string): void;
  /** The program's arguments, sys.argv: the program path, then its arguments. */
  readonly argv: readonly string[];
}
