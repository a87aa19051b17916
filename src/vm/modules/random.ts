// The `random` module: CPython's algorithms on CPython's generator (MT19937), so that
// `seed(n)` followed by the same calls yields the same numbers as CPython (for
// float results: the same doubles, then rounded to the core's float precision).
//
// Each core has its own generator, created on first use and seeded as
// `seed(core.randomSeed)` would seed it (deterministic under --seed/--deterministic).
//
// `SystemRandom()` draws from a second generator of the core (systemRandomState), as
// the `secrets` module does.
//
// Classic dialect (the original's `modules/random.py`): `randint(a, b)` draws from
// [a, b-1] (the original's exclusive bound) and `randrange(a)` from [0, a-1];
// `random()` gives a float in [0, 1). The other functions are available as well.

import * as libm from "../libm.js";
import { expectArgs, expectKwargs } from "../args.js";
import { PyError, overflowError, typeError, valueError, zeroDivision } from "../errors.js";
import { BuiltinFunction, PyBigInt, PyList, PyModule, type PyRange, type CoreApi, type Kwargs, type Value, bigsOf, floatValue, isFloat, isInt } from "../values.js";
import {
  MT19937, seedKeyFromBigInt, seedKeyFromBytes, seedKeyFromFloat, seedKeyFromInt, seedKeyFromString,
} from "./mt19937.js";
import { PyBytesLike } from "../bytes.js";
import { intArg, intOf, intOfSafe, promotes } from "../bigint.js";
import { warnFromNative } from "./warningsNative.js";
import { PyNativeObject } from "../nativeObject.js";
import type { Core } from "../core.js";
import { PyClass, PyInstance, getAttrObject, objectClass } from "../classes.js";
import { defineDistributions } from "./randomDistributions.js";
import { allocList, bindMethod, def, int, isIntLike, iterate, real, seqAt, seqLength } from "./util.js";
import { reserveItems } from "../growth.js";
import { add, eq, getItem, setItem } from "../ops.js";
import { builtins } from "../builtins.js";
import { isSequence } from "./collectionsAbc.js";

/** Per-core state of the module (stored with core.moduleState("random", ...)). */
export class RandomState {
  readonly mt: MT19937;
  /**
   * What every method but random(), getrandbits() and the seeding/state ones draws from:
   * the generator, or a subclass's own random()/getrandbits() (OverriddenDraws).
   */
  draws: Draws;
  /** Second normal deviate of the last gauss() pair (CPython's gauss_next). */
  gaussNext: number | null = null;
  constructor(seed: number) {
    this.mt = new MT19937(seedKeyFromInt(seed));
    this.draws = this.mt;
  }
}

/** The draws the methods are built on (MT19937's, CPython's C methods and _randbelow). */
export type Draws = Pick<MT19937, "random" | "getrandbits" | "getrandbitsBig" | "randbelow" | "randbelowBig" | "nextUint32">;

/**
 * The draws of an instance whose class overrides random() or getrandbits(): as CPython's
 * Random.__init_subclass__ arranges, the other methods then call the override (choice,
 * shuffle, randint... through _randbelow, which uses getrandbits() if that is the nearest
 * override along the MRO, else random()).
 */
class OverriddenDraws implements Draws {
  constructor(private readonly core: Core, private readonly self: PyInstance, private readonly viaBits: boolean) {}
  random(): number {
    return real(this.core.call(getAttrObject(this.core, this.self, "random"), []));
  }
  getrandbitsBig(k: number): bigint {
    return intArg(this.core.call(getAttrObject(this.core, this.self, "getrandbits"), [k]));
  }
  getrandbits(k: number): number {
    return Number(this.getrandbitsBig(k));
  }
  nextUint32(): number {
    return this.getrandbits(32);
  }
  randbelow(n: number): number {
    return Number(this.randbelowBig(BigInt(n)));
  }
  randbelowBig(n: bigint): bigint {
    if (this.viaBits) {
      const k = n.toString(2).length;
      let r = this.getrandbitsBig(k);
      while (r >= n) r = this.getrandbitsBig(k);
      return r;
    }
    // _randbelow_without_getrandbits, maxsize = 2**53.
    const maxsize = 2 ** 53;
    if (n >= BigInt(maxsize)) return BigInt(Math.floor(this.random() * Number(n)));
    const rem = maxsize % Number(n);
    const limit = (maxsize - rem) / maxsize;
    let r = this.random();
    while (r >= limit) r = this.random();
    return BigInt(Math.floor(r * maxsize)) % n;
  }
}

/** This core's generator state. */
export function randomState(core: CoreApi): RandomState {
  return core.moduleState("random", () => new RandomState(core.randomSeed));
}

/** Largest float32 below 1: float32 rounding must not turn random() into 1.0. */
const BELOW_ONE_F32 = 1 - 2 ** -24;

/** random() as a core float, still in [0, 1) after rounding to float32. */
function coreRandom(core: CoreApi, x: number): Value {
  const f = core.float(x);
  return floatValue(f) >= 1 ? core.float(BELOW_ONE_F32) : f;
}

/**
 * CPython's randrange (3.11 messages). `stop`/`step` undefined when not given.
 * Values are JS numbers: width may reach 2^32, but every result lies in the int32
 * range spanned by the (int32) arguments.
 */
function randrange(mt: Draws, start: Value, stop: Value | undefined, step: Value | undefined): number {
  const istart = int(start);
  if (stop === undefined || stop === null) {
    if (step !== undefined && !(step === 1)) throw typeError("Missing a non-None stop argument");
    if (istart > 0) return mt.randbelow(istart);
    throw valueError("empty range for randrange()");
  }
  const istop = int(stop);
  const width = istop - istart;
  const istep = step === undefined ? 1 : int(step);
  if (istep === 1) {
    if (width > 0) return istart + mt.randbelow(width);
    throw valueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  let n: number;
  if (istep > 0) n = Math.floor((width + istep - 1) / istep);
  else if (istep < 0) n = Math.floor((width + istep + 1) / istep);
  else throw valueError("zero step for randrange()");
  if (n <= 0) throw valueError("empty range for randrange()");
  return istart + istep * mt.randbelow(n);
}

/** randrange over big ints (any argument beyond the int32 word). */
function randrangeBig(core: CoreApi, mt: Draws, start: bigint, stop: bigint, step: bigint): Value {
  const width = stop - start;
  if (step === 1n) {
    if (width > 0n) return intOf(core, start + mt.randbelowBig(width));
    throw valueError(`empty range for randrange() (${start}, ${stop}, ${width})`);
  }
  if (step === 0n) throw valueError("zero step for randrange()");
  // n = (width + step -/+ 1) // step, Python's floor division.
  const num = step > 0n ? width + step - 1n : width + step + 1n;
  let n = num / step;
  if (num % step !== 0n && (num < 0n) !== (step < 0n)) n -= 1n;
  if (n <= 0n) throw valueError("empty range for randrange()");
  return intOf(core, start + step * mt.randbelowBig(n));
}

/** The refusal of keywords by a C method (random() and getrandbits() are CPython's). */
function noKeywords(qualname: string, kwargs: Kwargs): void {
  if (kwargs && kwargs.size) throw typeError(`${qualname}() takes no keyword arguments`);
}

/** randrange's draw over int32 or big int arguments. */
function randrangeAny(c: CoreApi, mt: Draws, start: Value, stop: Value | undefined, step: Value | undefined): Value {
  if (start instanceof PyBigInt || stop instanceof PyBigInt || step instanceof PyBigInt) {
    if (stop === undefined || stop === null) return randrangeBig(c, mt, 0n, intArg(start), 1n);
    return randrangeBig(c, mt, intArg(start), intArg(stop), step === undefined ? 1n : intArg(step));
  }
  return randrange(mt, start, stop, step);
}

/**
 * An argument of randrange as CPython 3.11 takes it: an int (or __index__) as it is;
 * anything else becomes int(v) when that equals v, with a DeprecationWarning, else
 * ValueError ("non-integer arg 1 for randrange()") after one. `warn` is false for
 * randint's: CPython attributes those to random.py, where the default filters hide them.
 */
function rangeArg(c: CoreApi, v: Value, what: string, warn: boolean): Value {
  let n: Value | null; // null: a float with a fraction
  if (isFloat(v)) {
    const x = floatValue(v);
    if (Number.isNaN(x)) throw valueError("cannot convert float NaN to integer");
    if (!Number.isFinite(x)) throw overflowError("cannot convert float infinity to integer");
    n = Math.trunc(x) === x ? intOf(c, BigInt(x)) : null;
  } else {
    if (isIntLike(v) || v instanceof PyBigInt) return v;
    try {
      return intOf(c, intArg(v));
    } catch (e) {
      if (!(e instanceof PyError && e.kind === "TypeError")) throw e;
    }
    n = c.call(builtins.get("int")!, [v]); // int()'s own errors (None, "x")
  }
  if (n === null || !eq(n, v)) {
    if (warn) warnFromNative(c, "DeprecationWarning", "randrange() will raise TypeError in the future");
    throw valueError(`non-integer ${what} for randrange()`);
  }
  if (warn) {
    warnFromNative(c, "DeprecationWarning", "non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version");
  }
  return n;
}

/** bisect_right(a, x, lo, hi). */
function bisectRight(a: readonly number[], x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** An item drawn from a sequence: strings yield new (charged) one-char strings. */
function item(core: CoreApi, seq: Value, i: number | bigint): Value {
  const v = seqAt(core, seq, i);
  return typeof seq === "string" ? core.newStr(v as string) : v;
}

/**
 * CPython's _randbelow(len(seq)) for a sequence of seqLength n: only a range can be
 * longer than 2**53 (n is then rounded), and its exact length is drawn below.
 */
function indexBelow(mt: Draws, seq: Value, n: number): number | bigint {
  return Number.isSafeInteger(n) ? mt.randbelow(n) : mt.randbelowBig(bigsOf(seq as PyRange).length);
}

/**
 * The indices CPython's sample(population, k) draws from a population of n items, in
 * order: it picks its strategy by comparing the costs of a pool list and a set.
 * `below()` draws one index below n (a range longer than 2**53 draws a big int).
 */
function sampleIndices(mt: Draws, n: number, k: number, below: () => number | bigint): (number | bigint)[] {
  let setsize = 21;
  if (k > 5) setsize += 4 ** Math.ceil(libm.log(k * 3) / libm.log(4));
  const result: (number | bigint)[] = [];
  if (n <= setsize) {
    // Invariant: the not-yet-selected indices are pool[0 : n-i].
    const pool: number[] = [];
    for (let i = 0; i < n; i++) pool.push(i);
    for (let i = 0; i < k; i++) {
      const j = mt.randbelow(n - i);
      result.push(pool[j]);
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number | bigint>();
    for (let i = 0; i < k; i++) {
      let j = below();
      while (selected.has(j)) j = below();
      selected.add(j);
      result.push(j);
    }
  }
  return result;
}

export function createRandom(core: CoreApi): PyModule {
  const mod = new PyModule("random");
  defineGenerator(mod, (c) => randomState(c), core.dialect === "classic");
  const classic = core.dialect === "classic";
  const randomCls = generatorClass("Random", [objectClass], classic, (c, gen, a) => {
    (gen.methods.get("seed") as BuiltinFunction).fn(c, a === undefined ? [] : [a], null);
  });
  // The argument is ignored, as CPython's SystemRandom ignores seeding.
  const systemCls = generatorClass("SystemRandom", [randomCls], classic, () => undefined);
  mod.set("Random", randomCls);
  mod.set("SystemRandom", systemCls);
  return mod;
}

/** The classes generatorClass made (Random, SystemRandom): where a subclass's overrides end. */
const builtinGenerators = new WeakSet<PyClass>();

/** The hidden slot of a Random instance holding its generator (as array's " data"). */
const GENERATOR = " generator";

/**
 * The class random.Random (or SystemRandom, its subclass): isinstance and subclasses
 * work as CPython's. An instance keeps a RandomGenerator in a hidden slot, made by
 * __init__ (`seed` seeds it), or on first use by an instance of a subclass whose
 * __init__ did not call Random's; each method is the generator's function of that name.
 */
function generatorClass(name: "Random" | "SystemRandom", bases: PyClass[], classic: boolean,
  seed: (c: CoreApi, gen: RandomGenerator, x: Value | undefined) => void): PyClass {
  const dict = new Map<string, Value>([["__module__", "random"]]);
  const cls = new PyClass(name, "random", bases, dict);
  builtinGenerators.add(cls);
  const make = (c: CoreApi, self: PyInstance): RandomGenerator => {
    const state = name === "SystemRandom" ? systemRandomState(c) : new RandomState(0);
    // A subclass overriding random() or getrandbits() (found before a built-in generator
    // class along the MRO) gets the other methods drawing through its override.
    if (name === "Random" && self.cls !== cls) {
      for (const k of self.cls.mro) {
        if (builtinGenerators.has(k)) break;
        const bits = k.dict.has("getrandbits");
        if (bits || k.dict.has("random")) {
          state.draws = new OverriddenDraws(c as Core, self, bits);
          break;
        }
      }
    }
    const gen = new RandomGenerator(state, classic, name);
    c.charge(gen.bytes());
    self.dict.set(GENERATOR, gen);
    return gen;
  };
  dict.set("__init__", new BuiltinFunction("__init__", (c, args, kwargs) => {
    const [a] = bindMethod("Random.__init__", args.slice(1), kwargs, ["x"], 0);
    const self = args[0];
    if (!(self instanceof PyInstance)) throw typeError("descriptor '__init__' requires a 'random.Random' object");
    seed(c, make(c, self), a);
    return null;
  }));
  const template = new RandomGenerator(new RandomState(0), classic, name);
  for (const method of template.methods.names) {
    dict.set(method, new BuiltinFunction(method, (c, args, kwargs) => {
      const self = args[0];
      if (!(self instanceof PyInstance)) throw typeError(`descriptor '${method}' requires a 'random.Random' object`);
      const held = self.dict.get(GENERATOR);
      let gen: RandomGenerator;
      if (held instanceof RandomGenerator) gen = held;
      else {
        gen = make(c, self);
        (gen.methods.get("seed") as BuiltinFunction).fn(c, [], null);
      }
      return (gen.methods.get(method) as BuiltinFunction).fn(c, args.slice(1), kwargs);
    }));
  }
  return cls;
}

/**
 * The source of random.SystemRandom and the `secrets` module. CPython's is the OS's
 * entropy (os.urandom); a core has no OS, so it is a second Mersenne Twister per core,
 * seeded from the core's seed (the host clock, or --seed/--deterministic: then
 * reproducible). Apart from the `random` module's generator, so drawing a token does
 * not change `random`'s sequence, as in CPython. NOT cryptographically secure: the
 * Mersenne Twister's outputs predict its next ones, and the seed is the clock.
 */
export function systemRandomState(core: CoreApi): RandomState {
  return core.moduleState("random.system", () => new RandomState((core.randomSeed ^ SYSTEM_SEED_SALT) >>> 0));
}

/** Mixed into the core's seed so SystemRandom's stream is not random's own. */
const SYSTEM_SEED_SALT = 0x5ec2e75;

/**
 * The generator of a `random.Random(x)` instance (generatorClass): its own state,
 * with the module's functions as methods (16 B + the 2.5 KB Mersenne Twister state).
 */
export class RandomGenerator extends PyNativeObject {
  /** The methods, bound to this generator's state (a module is just a name table). */
  readonly methods = new PyModule("Random");
  constructor(readonly state: RandomState, classic: boolean, override readonly typeName: "Random" | "SystemRandom" = "Random") {
    super();
    defineGenerator(this.methods, () => state, classic);
    if (typeName === "SystemRandom") {
      // CPython's SystemRandom: seed() does nothing, and there is no state to save.
      def(this.methods, "seed", () => null);
      const noState = () => {
        throw new PyError("NotImplementedError", "System entropy source does not have state.");
      };
      def(this.methods, "getstate", noState);
      def(this.methods, "setstate", noState);
    }
  }
  override attr(_core: Core, name: string): Value | undefined {
    return this.methods.get(name);
  }
  text(): string {
    return `<random.${this.typeName} object>`;
  }
  children(): readonly Value[] {
    return [];
  }
  bytes(): number {
    // A SystemRandom shares the core's one system generator.
    return this.typeName === "SystemRandom" ? 16 : 16 + 4 * 625;
  }
}

/** The generator's functions, defined on `mod`, drawing from the state `st` gives. */
function defineGenerator(mod: PyModule, st: (c: CoreApi) => RandomState, classic: boolean): void {

  def(mod, "seed", (c, args, kwargs) => {
    const [a] = bindMethod("Random.seed", args, kwargs, ["a", "version"], 0);
    const s = st(c);
    let key: number[];
    if (a === undefined || a === null) {
      // CPython seeds from OS entropy; we draw the new key from this core's own
      // stream so that runs under --seed stay reproducible.
      key = [0, 0, 0, 0].map(() => s.mt.nextUint32());
    } else if (isInt(a) || typeof a === "boolean") {
      key = seedKeyFromInt(Number(a));
    } else if (a instanceof PyBigInt) {
      key = seedKeyFromBigInt(a.v);
    } else if (a instanceof PyBytesLike) {
      key = seedKeyFromBytes(a.data);
    } else if (isFloat(a)) {
      key = seedKeyFromFloat(floatValue(a));
    } else if (typeof a === "string") {
      key = seedKeyFromString(a);
    } else {
      throw typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
    s.mt.initByArray(key);
    s.gaussNext = null;
    return null;
  });

  def(mod, "random", (c, args, kwargs) => {
    noKeywords("Random.random", kwargs);
    expectArgs("Random.random", args, 0);
    return coreRandom(c, st(c).mt.random());
  });

  def(mod, "getrandbits", (c, args, kwargs) => {
    noKeywords("Random.getrandbits", kwargs);
    expectArgs("Random.getrandbits", args, 1);
    const k = int(args[0]);
    if (k < 0) throw valueError("number of bits must be non-negative");
    if (k <= 31) return st(c).mt.getrandbits(k);
    // Wider results are big ints; where ints stay device words they cannot be made.
    if (!promotes(c)) throw overflowError("getrandbits() result does not fit in a 32-bit int (k must be <= 31)");
    return intOf(c, st(c).mt.getrandbitsBig(k));
  });

  if (classic) {
    // The original: rand() % (b-a) + a, i.e. [a, b-1]. An empty range is an error
    // (the original divided by zero for a == b).
    def(mod, "randint", (c, args, kwargs) => {
      expectKwargs("randint", kwargs);
      expectArgs("randint", args, 2);
      const a = int(args[0]);
      const b = int(args[1]);
      if (b <= a) throw valueError("empty range for randint");
      return a + st(c).draws.randbelow(b - a);
    });
  } else {
    // CPython's randrange(a, b + 1), a float b checked after the addition.
    def(mod, "randint", (c, args, kwargs) => {
      const [a, b] = bindMethod("Random.randint", args, kwargs, ["a", "b"], 2);
      const start = rangeArg(c, a!, "arg 1", false);
      if (isFloat(b)) return randrangeAny(c, st(c).draws, start, rangeArg(c, c.float(floatValue(b) + 1), "stop", false), undefined);
      return randrangeAny(c, st(c).draws, start, typeof b === "number" || typeof b === "boolean" ? intOfSafe(c, Number(b) + 1) : intOf(c, intArg(b!) + 1n), undefined);
    });
  }

  // randrange(a) is [0, a-1] in both dialects; the 2- and 3-argument forms are Python's.
  def(mod, "randrange", (c, args, kwargs) => {
    const [a, b, s] = bindMethod("Random.randrange", args, kwargs, ["start", "stop", "step"], 1);
    // Converted in CPython's order: start, the missing stop's check, stop, step.
    const start = rangeArg(c, a!, "arg 1", true);
    const stop = b === undefined || b === null ? b : rangeArg(c, b, "stop", true);
    const step = stop === undefined || stop === null || s === undefined ? s : rangeArg(c, s, "step", true);
    return randrangeAny(c, st(c).draws, start, stop, step);
  });

  def(mod, "choice", (c, args, kwargs) => {
    const seq = bindMethod("Random.choice", args, kwargs, ["seq"], 1)[0]!;
    const n = seqLength(c, seq);
    if (n === 0) throw new PyError("IndexError", "Cannot choose from an empty sequence");
    return item(c, seq, indexBelow(st(c).draws, seq, n));
  });

  def(mod, "choices", (c, args, kwargs) => {
    const [population, weights, cumWeightsArg, kArg] =
      bindMethod("Random.choices", args, kwargs, ["population", "weights", "cum_weights", "k"], 1, 2);
    const pop = population!;
    const n = seqLength(c, pop);
    const k = kArg === undefined ? 1 : int(kArg);
    const mt = st(c).draws;
    const none = (v: Value | undefined) => v === undefined || v === null;
    if (none(cumWeightsArg) && none(weights)) {
      // An empty population: CPython's population[0] after one draw (the type's IndexError).
      if (n === 0 && k > 0) getItem(c as Core, pop, Math.floor(mt.random() * n));
      return allocList(c, Math.max(0, k), () => item(c, pop, Math.floor(mt.random() * n)));
    }
    if (!none(cumWeightsArg) && !none(weights)) {
      throw typeError("Cannot specify both weights and cumulative weights");
    }
    let cum: number[];
    reserveItems(c, n); // the cumulative weights: one number per member of the population
    if (none(cumWeightsArg)) {
      // CPython's list(accumulate(weights)), with Python's + (its TypeError for a str
      // weight); an int in the weights' place is a k given by position.
      const w0 = weights!;
      if (typeof w0 === "number" || typeof w0 === "boolean" || w0 instanceof PyBigInt) {
        const k = w0 instanceof PyBigInt ? w0.v.toString() : typeof w0 === "boolean" ? (w0 ? "True" : "False") : String(w0);
        throw typeError(`The number of choices must be a keyword argument: k=${k}`);
      }
      cum = [];
      let acc: Value | undefined;
      for (const w of iterate(w0)) {
        if (cum.length > n) break; // already too many: the length check below reports it
        acc = acc === undefined ? w : add(c as Core, acc, w);
        cum.push(real(acc));
      }
    } else {
      cum = [];
      for (const w of iterate(cumWeightsArg!)) {
        if (cum.length > n) break;
        cum.push(real(w));
      }
    }
    if (cum.length !== n) throw valueError("The number of weights does not match the population");
    if (n === 0) throw new PyError("IndexError", "list index out of range"); // CPython's cum_weights[-1]
    const total = cum[n - 1];
    if (total <= 0) throw valueError("Total of weights must be greater than zero");
    if (!Number.isFinite(total)) throw valueError("Total of weights must be finite");
    return allocList(c, Math.max(0, k), () => item(c, pop, bisectRight(cum, mt.random() * total, 0, n - 1)));
  });

  def(mod, "shuffle", (c, args, kwargs) => {
    const x = bindMethod("Random.shuffle", args, kwargs, ["x"], 1)[0]!;
    const mt = st(c).draws;
    if (!(x instanceof PyList)) {
      // Any mutable sequence (a deque, a list subclass, a UserList) is shuffled as
      // CPython's `x[i], x[j] = x[j], x[i]`: a tuple fails at the first swap, after
      // its draw, and a 1-item one does not fail at all.
      const core = c as Core;
      for (let i = seqLength(c, x) - 1; i >= 1; i--) {
        const j = mt.randbelow(i + 1);
        const a = getItem(core, x, j), b = getItem(core, x, i);
        setItem(core, x, i, a);
        setItem(core, x, j, b);
      }
      return null;
    }
    const a = x.items;
    for (let i = a.length - 1; i >= 1; i--) {
      const j = mt.randbelow(i + 1);
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return null;
  });

  def(mod, "sample", (c, args, kwargs) => {
    const [population, kArg, countsArg] = bindMethod("Random.sample", args, kwargs, ["population", "k", "counts"], 2, 2);
    const pop = population!;
    if (!isSequence(c, pop)) {
      // CPython 3.11 refuses every non-Sequence (3.9 sorted sets itself, 3.11 no longer).
      throw typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    const n = seqLength(c, pop);
    const k = int(kArg!);
    const mt = st(c).draws;
    if (countsArg !== undefined && countsArg !== null) {
      // CPython: sample(range(total), k) by the same algorithm, each drawn s mapped to
      // population[bisect_right(cum_counts, s)] (the repeated population never exists).
      reserveItems(c, n); // the cumulative counts: one number per member of the population
      const cum: number[] = [];
      let acc = 0;
      let ints = true;
      for (const w of iterate(countsArg)) {
        if (cum.length > n) break; // already too many: the length check below reports it
        if (!isInt(w)) ints = false;
        cum.push((acc += real(w)));
      }
      if (cum.length !== n) throw valueError("The number of counts does not match the population");
      const total = cum.pop() ?? 0;
      if (!ints) throw typeError("Counts must be integers");
      if (total <= 0) throw valueError("Total of counts must be greater than zero");
      if (!(k >= 0 && k <= total)) throw valueError("Sample larger than population or is negative");
      const picks = sampleIndices(mt, total, k, () => mt.randbelow(total));
      return allocList(c, k, (i) => item(c, pop, bisectRight(cum, picks[i] as number, 0, cum.length)));
    }
    if (!(k >= 0 && k <= n)) throw valueError("Sample larger than population or is negative");
    const picks = sampleIndices(mt, n, k, () => indexBelow(mt, pop, n));
    return allocList(c, k, (i) => item(c, pop, picks[i]));
  });

  def(mod, "uniform", (c, args, kwargs) => {
    const [a, b] = bindMethod("Random.uniform", args, kwargs, ["a", "b"], 2);
    const x = real(a!);
    const y = real(b!);
    return c.float(x + (y - x) * st(c).draws.random());
  });

  def(mod, "gauss", (c, args, kwargs) => {
    const [muArg, sigmaArg] = bindMethod("Random.gauss", args, kwargs, ["mu", "sigma"], 0);
    const mu = muArg === undefined ? 0.0 : real(muArg);
    const sigma = sigmaArg === undefined ? 1.0 : real(sigmaArg);
    const s = st(c);
    // Box-Muller: each pair of uniforms gives two deviates; the second is kept.
    let z = s.gaussNext;
    s.gaussNext = null;
    if (z === null) {
      const x2pi = s.draws.random() * (2 * Math.PI);
      const g2rad = Math.sqrt(-2.0 * libm.log(1.0 - s.draws.random()));
      z = libm.cos(x2pi) * g2rad;
      s.gaussNext = libm.sin(x2pi) * g2rad;
    }
    return c.float(mu + z * sigma);
  });

  def(mod, "expovariate", (c, args, kwargs) => {
    const [lambd] = bindMethod("Random.expovariate", args, kwargs, ["lambd"], 1);
    const l = real(lambd!);
    const u = -libm.log(1.0 - st(c).draws.random());
    if (l === 0) throw zeroDivision("float division by zero");
    return c.float(u / l);
  });

  defineDistributions(mod, st);
}
