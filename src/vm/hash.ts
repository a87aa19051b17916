// hash(): the hash of a hashable value, as CPython 3.11 computes it on a 32-bit
// platform (Py_hash_t is the device word). Dict and set lookups use it, and sets
// (vm/set.ts) lay their tables out by it exactly as CPython does, so that a set of
// ints iterates and prints in CPython's order.
//
// Invariants: the result is an int32 and never -1 (CPython reserves -1 for errors);
// values that compare equal hash equal (1 == 1.0 == True, 0 == -0.0 == False, and
// every integral float equals its int), which the dict and set lookups rely on.
// str hashes are deterministic here (FNV-1a), where CPython randomises them per run:
// no CPython program can depend on them.

import { typeError } from "./errors.js";
import { typeName } from "./args.js";
import { PyBigInt, PyFloat, PyList, PyRange, PyTuple, type Value } from "./values.js";
import { rangeHashKey } from "./range.js";
import { hashBig } from "./bigint.js";
import { PyDict, PyDictView } from "./dict.js";
import { PyFrozenSet, PySet } from "./set.js";
import { PyBoundMethod, PyInstance, hashSpecial } from "./classes.js";
import { PyByteArray, PyBytes, bytesHash } from "./bytes.js";
import { GenericAlias, UnionType } from "./typeAliases.js";

/** 2^31 - 1: CPython's _PyHASH_MODULUS when Py_hash_t has 32 bits. */
const MODULUS = 0x7fffffff;
const HASH_BITS = 31;
const HASH_INF = 314159;

/** The hash of a value; TypeError ("unhashable type: 'list'") for mutable containers. */
export function hashOf(v: Value): number {
  switch (typeof v) {
    case "number": return (v | 0) === v ? intHash(v) : floatHash(v);
    case "boolean": return v ? 1 : 0;
    case "string": return strHash(v);
  }
  if (v === null) return NONE_HASH;
  if (v instanceof PyFloat) return floatHash(v.v);
  // Same reduction as intHash and floatHash, so 2**40 == 2.0**40 hash alike.
  if (v instanceof PyBigInt) return hashBig(v);
  if (v instanceof PyTuple) return tupleHash(v.items);
  // Equal ranges (as sequences: range(0) == range(5, 5)) hash alike, as CPython's.
  if (v instanceof PyRange) return tupleHash(rangeHashKey(v));
  if (v instanceof PyFrozenSet) return v.hash();
  if (v instanceof PyBytes) return bytesHash(v);
  // An instance: its class's __hash__ (reduced as CPython reduces it: -1 becomes -2), or
  // its identity; a class that defines __eq__ without __hash__ is unhashable.
  if (v instanceof PyInstance) {
    const h = hashSpecial(v);
    return typeof h === "number" && (h | 0) === h ? intHash(h) : hashOf(h);
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
  return identityHash(v as object);
}

/** CPython's long_hash for an int32: the value itself modulo 2^31 - 1; -1 becomes -2. */
function intHash(v: number): number {
  if (v > -MODULUS && v < MODULUS && v !== -1) return v;
  const m = Math.abs(v) % MODULUS;
  const h = v < 0 ? -m : m;
  return h === -1 ? -2 : h;
}

/** CPython's _Py_HashDouble with 31 hash bits: equal to intHash for integral values. */
function floatHash(v: number): number {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 0 : v > 0 ? HASH_INF : -HASH_INF;
  if (Number.isInteger(v) && Math.abs(v) < 2 ** 31) return intHash(v);
  let [m, e] = frexp(v);
  let sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  // 28 bits of the mantissa at a time, reducing modulo 2^31 - 1 as a rotation.
  let x = 0;
  while (m) {
    x = ((x << 28) & MODULUS) | (x >>> (HASH_BITS - 28));
    m *= 268435456;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += y;
    if (x >= MODULUS) x -= MODULUS;
  }
  e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
  x = ((x << e) & MODULUS) | (x >>> (HASH_BITS - e));
  const h = sign * x;
  return h === -1 ? -2 : h;
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
  return h === -1 ? -2 : h;
}

const XXPRIME_1 = 2654435761 | 0;
const XXPRIME_2 = 2246822519 | 0;
const XXPRIME_5 = 374761393;

/** CPython 3.8+'s tuple hash (xxHash-based), 32-bit variant. */
export function tupleHash(items: readonly Value[]): number {
  let acc = XXPRIME_5;
  for (const x of items) {
    acc = (acc + Math.imul(hashOf(x), XXPRIME_2)) | 0;
    acc = (acc << 13) | (acc >>> 19);
    acc = Math.imul(acc, XXPRIME_1);
  }
  acc = (acc + (items.length ^ (XXPRIME_5 ^ 3527539))) | 0;
  return acc === -1 ? 1546275796 : acc;
}

/** CPython's frozenset hash from the hashes of its elements (order-independent). */
export function frozensetHash(hashes: Iterable<number>, size: number): number {
  let h = 0;
  for (const x of hashes) h ^= Math.imul((x ^ 89869747) ^ (x << 16), 3644798167 | 0);
  h ^= Math.imul(size + 1, 1927868237);
  h ^= (h >>> 11) ^ (h >>> 25);
  h = (Math.imul(h, 69069) + 907133923) | 0;
  return h === -1 ? 590923713 : h;
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
