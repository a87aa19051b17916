// hash(): the hash of a hashable value, as CPython 3.11 computes it on a 64-bit
// machine (Py_hash_t has 64 bits; numbers are reduced modulo 2^61 - 1, tuples mixed
// by the 64-bit xxHash rounds). Dict and set lookups use it, and sets (vm/set.ts) lay
// their tables out by it exactly as CPython does, so that a set of ints, floats or
// tuples of them iterates and prints in the order CPython users see.
//
// A hash is carried as two int32 words: hashOf returns the low word and leaves the
// high word in HASH_HIGH[0] (read it at once: the next hashOf overwrites it). The low
// word alone is the equality prefilter of dicts and sets; sets also keep the high
// word, because CPython's probe sequence shifts the whole 64-bit hash into the index.
// Two words rather than one double: a 64-bit hash is not exact in a double, and a
// BigInt per lookup would make every dict access allocate.
//
// Invariants: the 64-bit result is never -1 (CPython reserves -1 for errors); values
// that compare equal hash equal (1 == 1.0 == True, 0 == -0.0 == False, and every
// integral float equals its int), which the dict and set lookups rely on. str and
// bytes hashes are deterministic here (FNV-1a, sign-extended), where CPython
// randomises them per run: no CPython program can depend on them.

import { typeError } from "./errors.js";
import { typeName } from "./args.js";
import { PyBigInt, PyFloat, PyList, PyRange, PyTuple, type CoreApi, type Value } from "./values.js";
import { rangeHashKey } from "./range.js";
import { runtimeInt } from "./bigint.js";
import { PyDict, PyDictView } from "./dict.js";
import { PyFrozenSet, PySet } from "./set.js";
import { PyBoundMethod, PyInstance, hashSpecial } from "./classes.js";
import { PyByteArray, PyBytes, bytesHash } from "./bytes.js";
import { GenericAlias, UnionType } from "./typeAliases.js";

/** The high 32 bits of the hash hashOf (or a *Hash helper) returned last. */
export const HASH_HIGH = new Int32Array(1);

/** CPython's _PyHASH_MODULUS on a 64-bit machine: the Mersenne prime 2^61 - 1. */
const MODULUS = (1n << 61n) - 1n;
const HASH_BITS = 61n;
const HASH_INF = 314159;

/** The low word of the hash of a value (high word in HASH_HIGH); TypeError ("unhashable type: 'list'") for mutable containers. */
export function hashOf(v: Value): number {
  switch (typeof v) {
    case "number": return (v | 0) === v ? smallHash(v) : floatHash(v);
    case "boolean": return smallHash(v ? 1 : 0);
    case "string": return smallHash(strHash(v));
  }
  if (v === null) return smallHash(NONE_HASH);
  if (v instanceof PyFloat) return floatHash(v.v);
  // Same reduction as floatHash, so 2**40 == 2.0**40 hash alike.
  if (v instanceof PyBigInt) return v.n === v.n ? safeIntHash(v.n) : bigHash(v.v);
  if (v instanceof PyTuple) return tupleHash(v.items);
  // Equal ranges (as sequences: range(0) == range(5, 5)) hash alike, as CPython's.
  if (v instanceof PyRange) return tupleHash(rangeHashKey(v));
  if (v instanceof PyFrozenSet) return v.hash();
  if (v instanceof PyBytes) return smallHash(bytesHash(v));
  // An instance: its class's __hash__, taken as CPython takes it (an int that fits 64
  // bits as it is, -1 becoming -2; a larger one by the int hash), or its identity; a
  // class that defines __eq__ without __hash__ is unhashable.
  if (v instanceof PyInstance) {
    const h = hashSpecial(v);
    if (typeof h === "boolean") return smallHash(h ? 1 : 0);
    if (typeof h === "number") return smallHash(h);
    if (h.n === h.n) return safeIntHash(h.n);
    return BigInt.asIntN(64, h.v) === h.v ? splitHash(h.v) : bigHash(h.v);
  }
  // Equal bound methods (ops.eq: same function, same object) hash alike.
  if (v instanceof PyBoundMethod) {
    const self = typeof v.self === "object" && v.self !== null ? identityHash(v.self) : hashOf(v.self);
    return tupleHash([self, identityHash(v.fn as object)]);
  }
  // Equal aliases hash alike (ops.eq): a union's members in any order.
  if (v instanceof GenericAlias) return tupleHash([v.origin, ...v.args]);
  if (v instanceof UnionType) return tupleHash([...new Set(v.members.map(hashOf))].sort((x, y) => x - y));
  // A values view is hashable by identity in CPython; keys and items views are set-like, so not.
  if (v instanceof PyList || v instanceof PyDict || v instanceof PySet || v instanceof PyByteArray || (v instanceof PyDictView && v.kind !== "values")) {
    throw typeError(`unhashable type: '${typeName(v)}'`);
  }
  return smallHash(identityHash(v as object));
}

/** hash(v) as the Python int CPython returns. */
export function hashValue(core: CoreApi, v: Value): number | PyBigInt {
  return hashWordsValue(core, hashOf(v));
}

/** The Python int of the hash whose low word is `lo` and high word is in HASH_HIGH. */
export function hashWordsValue(core: CoreApi, lo: number): number | PyBigInt {
  const hi = HASH_HIGH[0];
  if (hi === lo >> 31) return lo;
  return runtimeInt(core, (BigInt(hi) << 32n) | BigInt(lo >>> 0));
}

/** An int32 hash: itself, -1 becoming -2 (CPython's long_hash for small ints). */
function smallHash(h: number): number {
  if (h === -1) h = -2;
  HASH_HIGH[0] = h >> 31;
  return h;
}

/** The hash of a safe integer (|n| < 2^53, below the modulus): n itself, split into words. */
function safeIntHash(n: number): number {
  if ((n | 0) === n) return smallHash(n);
  HASH_HIGH[0] = Math.floor(n / 4294967296);
  return n | 0;
}

/** Splits a 64-bit hash (never -1 here) into its words. */
function splitHash(h: bigint): number {
  HASH_HIGH[0] = Number(BigInt.asIntN(32, h >> 32n));
  return Number(BigInt.asIntN(32, h));
}

/** CPython's long_hash: |v| mod (2^61 - 1) with v's sign; -1 becomes -2. */
export function bigHash(v: bigint): number {
  const m = (v < 0n ? -v : v) % MODULUS;
  const h = v < 0n ? -m : m;
  return h === -1n ? smallHash(-2) : splitHash(h);
}

/** CPython's _Py_HashDouble: equal to the int hash for integral values. */
function floatHash(v: number): number {
  if (!Number.isFinite(v)) return smallHash(Number.isNaN(v) ? 0 : v > 0 ? HASH_INF : -HASH_INF);
  if (Number.isInteger(v) && Math.abs(v) < 2 ** 53) return safeIntHash(v);
  let [m, e] = frexp(v);
  let sign = 1n;
  if (m < 0) {
    sign = -1n;
    m = -m;
  }
  // 28 bits of the mantissa at a time, reducing modulo 2^61 - 1 as a rotation.
  let x = 0n;
  while (m) {
    x = ((x << 28n) & MODULUS) | (x >> (HASH_BITS - 28n));
    m *= 268435456;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= MODULUS) x -= MODULUS;
  }
  const bits = Number(HASH_BITS);
  const r = BigInt(e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits));
  x = ((x << r) & MODULUS) | (x >> (HASH_BITS - r));
  const h = sign * x;
  return h === -1n ? smallHash(-2) : splitHash(h);
}

/** [m, e] with v = m * 2^e and 0.5 <= |m| < 1 (C's frexp), for finite v != 0. */
function frexp(v: number): [number, number] {
  // Scaling by powers of two is exact; 2^64 steps first so that subnormals and huge
  // values need few iterations and no power of two overflows.
  let m = v;
  let e = 0;
  while (Math.abs(m) >= 2 ** 64) { m /= 2 ** 64; e += 64; }
  while (Math.abs(m) < 2 ** -64) { m *= 2 ** 64; e -= 64; }
  while (Math.abs(m) >= 1) { m /= 2; e++; }
  while (Math.abs(m) < 0.5) { m *= 2; e--; }
  return [m, e];
}

/** FNV-1a over the UTF-16 code units (see the file comment). */
function strHash(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

// ------------------------------------------------------- 64-bit word arithmetic

/** The words of the last mul64/add64 result: [low, high] as int32s. */
const W = new Int32Array(2);

/** The high 32 bits of the unsigned 64-bit product of two 32-bit words (from 16-bit halves: every step stays below 2^32). */
function mulhi(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const m1 = a1 * b0 + ((a0 * b0) >>> 16);
  const m2 = a0 * b1 + (m1 & 0xffff);
  return (a1 * b1 + (m1 >>> 16) + (m2 >>> 16)) | 0;
}

/** (ah:al) * (bh:bl) modulo 2^64 into W. */
function mul64(ah: number, al: number, bh: number, bl: number): void {
  W[0] = Math.imul(al, bl);
  W[1] = mulhi(al, bl) + Math.imul(ah, bl) + Math.imul(al, bh);
}

/**
 * The hash in W as hashOf gives it (low word returned, high word in HASH_HIGH), or
 * `reserved` when W is -1: the value CPython's algorithm puts in place of -1.
 */
function wordsHash(reserved: number): number {
  if (W[0] === -1 && W[1] === -1) return smallHash(reserved);
  HASH_HIGH[0] = W[1];
  return W[0];
}

/** (ah:al) + (bh:bl) modulo 2^64 into W. */
function add64(ah: number, al: number, bh: number, bl: number): void {
  const low = (al >>> 0) + (bl >>> 0);
  W[0] = low;
  W[1] = ah + bh + (low > 0xffffffff ? 1 : 0);
}

// xxHash's primes as [high, low] words.
const XXPRIME_1_HI = 0x9e3779b1 | 0, XXPRIME_1_LO = 0x85ebca87 | 0; // 11400714785074694791
const XXPRIME_2_HI = 0xc2b2ae3d | 0, XXPRIME_2_LO = 0x27d4eb4f | 0; // 14029467366897019727
const XXPRIME_5_HI = 0x27d4eb2f | 0, XXPRIME_5_LO = 0x165667c5 | 0; // 2870177450012600261
/** XXPRIME_5 ^ 3527539, added with the length. */
const LEN_MIX_HI = XXPRIME_5_HI, LEN_MIX_LO = (XXPRIME_5_LO ^ 3527539) | 0;

/**
 * CPython 3.8+'s tuple hash (xxHash-based), 64-bit variant; its words as hashOf's.
 * The word arithmetic is written out here rather than through mul64/add64: dicts
 * keyed by tuples hash one per lookup, and this form stays in int registers.
 */
export function tupleHash(items: readonly Value[]): number {
  let hi = XXPRIME_5_HI, lo = XXPRIME_5_LO;
  for (let i = 0; i < items.length; i++) {
    // An int item is its own hash (but -1): no call.
    const x = items[i];
    let l: number, h: number;
    if (typeof x === "number" && (x | 0) === x && x !== -1) {
      l = x;
      h = x >> 31;
    } else {
      l = hashOf(x);
      h = HASH_HIGH[0];
    }
    // acc += lane * XXPRIME_2
    const pl = Math.imul(l, XXPRIME_2_LO);
    const ph = mulhi(l, XXPRIME_2_LO) + Math.imul(h, XXPRIME_2_LO) + Math.imul(l, XXPRIME_2_HI);
    const sum = (lo >>> 0) + (pl >>> 0);
    const slo = sum | 0;
    const shi = (hi + ph + (sum > 0xffffffff ? 1 : 0)) | 0;
    // acc = rotate left 31 (acc)
    const rhi = (shi << 31) | (slo >>> 1);
    const rlo = (slo << 31) | (shi >>> 1);
    // acc *= XXPRIME_1
    lo = Math.imul(rlo, XXPRIME_1_LO);
    hi = (mulhi(rlo, XXPRIME_1_LO) + Math.imul(rhi, XXPRIME_1_LO) + Math.imul(rlo, XXPRIME_1_HI)) | 0;
  }
  add64(hi, lo, LEN_MIX_HI, LEN_MIX_LO ^ items.length);
  return wordsHash(1546275796);
}

/** (h << 16) ^ h ^ 89869747, times 3644798167: CPython's _shuffle_bits. */
function shuffleBits(hi: number, lo: number): void {
  const sl = lo << 16, sh = (hi << 16) | (lo >>> 16);
  mul64(hi ^ sh, (lo ^ 89869747) ^ sl, 0, 3644798167 | 0);
}

/** CPython's frozenset hash from the words of its elements' hashes (order-independent). */
export function frozensetHash(hashes: readonly number[], highs: readonly number[], size: number): number {
  let hi = 0, lo = 0;
  for (let i = 0; i < hashes.length; i++) {
    shuffleBits(highs[i], hashes[i]);
    hi ^= W[1];
    lo ^= W[0];
  }
  mul64(0, size + 1, 0, 1927868237);
  hi ^= W[1];
  lo ^= W[0];
  // h ^= (h >> 11) ^ (h >> 25), logical shifts of the 64-bit word.
  const s11lo = (lo >>> 11) | (hi << 21), s11hi = hi >>> 11;
  const s25lo = (lo >>> 25) | (hi << 7), s25hi = hi >>> 25;
  lo ^= s11lo ^ s25lo;
  hi ^= s11hi ^ s25hi;
  mul64(hi, lo, 0, 69069);
  add64(W[1], W[0], 0, 907133923);
  return wordsHash(590923713);
}

/** CPython's complex hash: hash(re) + 1000003 * hash(im) in 64 bits, -1 becoming -2. */
export function complexHash(re: number, im: number): number {
  const imLo = hashOf(im), imHi = HASH_HIGH[0];
  mul64(imHi, imLo, 0, 1000003);
  const mLo = W[0], mHi = W[1];
  const reLo = hashOf(re);
  add64(HASH_HIGH[0], reLo, mHi, mLo);
  return wordsHash(-2);
}

/** CPython hashes None by address; any fixed value serves. */
const NONE_HASH = 0x3c9e4d1;

/** Functions, modules, types...: hashed by identity (a number given at first use). */
const identities = new WeakMap<object, number>();
let nextIdentity = 0x1000;
export function identityHash(o: object): number {
  let h = identities.get(o);
  if (h === undefined) {
    h = nextIdentity;
    nextIdentity = (nextIdentity + 0x10) | 0;
    identities.set(o, h);
  }
  return h === -1 ? -2 : h;
}
