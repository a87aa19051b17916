// The Mersenne Twister MT19937, bit-for-bit as CPython's `_randommodule.c`, so that a
// program seeded with the same value draws the same numbers as CPython does.
//
// Invariants:
//   - `mt` holds the 624-word state; `mti` is the index of the next word to temper
//     (624 means "regenerate the whole block first").
//   - every word handed out is an unsigned 32-bit integer held in a JS number.
//   - seeding follows CPython's `random_seed`: the seed's absolute value is cut into
//     32-bit words, least significant first, and fed to `init_by_array`.

import { HASH_HIGH, hashOf } from "../hash.js";

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class MT19937 {
  // Int32Array rather than Uint32Array: V8 keeps int32 loads unboxed; all the
  // arithmetic is bitwise (or `>>> 0`-normalised), so the signedness never shows.
  private readonly mt = new Int32Array(N);
  private mti = N + 1;

  /** Seeds with a key of 32-bit words (see `seedKeyFromInt` & co.). */
  constructor(key: readonly number[] = [0]) {
    this.initByArray(key);
  }

  /** CPython's `init_genrand`. */
  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1];
      // Math.imul keeps the product exact modulo 2^32, like C's uint32 arithmetic.
      mt[i] = (Math.imul(1812433253, (prev ^ (prev >>> 30)) >>> 0) + i) >>> 0;
    }
    this.mti = N;
  }

  /** CPython's `init_by_array`: reseeds the generator from a key of 32-bit words. */
  initByArray(key: readonly number[]): void {
    const mt = this.mt;
    const len = Math.max(key.length, 1);
    const word = (j: number) => (key.length === 0 ? 0 : key[j] >>> 0);
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, len); k > 0; k--) {
      const prev = mt[i - 1];
      mt[i] = ((mt[i] ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1664525)) + word(j) + j) >>> 0;
      i++;
      j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1];
      mt[i] = ((mt[i] ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000; // MSB is 1, assuring a non-zero initial array
    this.mti = N;
  }

  /** CPython's `genrand_uint32`: the next tempered 32-bit word, as an unsigned number. */
  nextUint32(): number {
    const mt = this.mt;
    if (this.mti >= N) {
      let kk = 0;
      let y: number;
      for (; kk < N - M; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.mti = 0;
    }
    let y = mt[this.mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** CPython's `random_random`: a double in [0, 1) with 53 random bits. */
  random(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /**
   * CPython's `getrandbits(k)` for 0 <= k <= 53 (the result must stay an exact JS
   * number). Words are drawn least significant first; the last one keeps its top bits.
   */
  getrandbits(k: number): number {
    if (k <= 0) return 0;
    if (k <= 32) return this.nextUint32() >>> (32 - k);
    if (k > 53) throw new RangeError("getrandbits: k > 53");
    let result = 0;
    let scale = 1;
    for (let left = k; left > 0; left -= 32) {
      let r = this.nextUint32();
      if (left < 32) r >>>= 32 - left;
      result += r * scale;
      scale *= 4294967296;
    }
    return result;
  }

  /** CPython's `getrandbits(k)` for any k >= 0, as a BigInt (words least significant first). */
  getrandbitsBig(k: number): bigint {
    if (k <= 32) return BigInt(this.getrandbits(k));
    let result = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let r = this.nextUint32();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
      shift += 32n;
    }
    return result;
  }

  /** `_randbelow_with_getrandbits` for any n > 0 (BigInt). */
  randbelowBig(n: bigint): bigint {
    const k = n.toString(2).length;
    let r = this.getrandbitsBig(k);
    while (r >= n) r = this.getrandbitsBig(k);
    return r;
  }

  /** The state as CPython's getstate()[1]: the 624 words, then the index. */
  getState(): number[] {
    return [...Array.from(this.mt, (w) => w >>> 0), this.mti];
  }

  /** Restores a getState() result (624 words and an index in 0..624). */
  setState(words: readonly number[]): void {
    for (let i = 0; i < N; i++) this.mt[i] = words[i]! | 0;
    this.mti = words[N]!;
  }

  /** CPython's `_randbelow_with_getrandbits`: uniform in [0, n), for 0 < n <= 2^53. */
  randbelow(n: number): number {
    const k = bitLength(n); // not n-1: CPython uses n.bit_length(), so n == 1 draws 1 bit
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }
}

/** Number of bits of a non-negative integer (n.bit_length()). */
export function bitLength(n: number): number {
  let k = 0;
  while (n >= 4294967296) { n = Math.floor(n / 4294967296); k += 32; }
  return k + (n === 0 ? 0 : 32 - Math.clz32(n));
}

/** The 32-bit words of |n|, least significant first (CPython's `random_seed` for ints). */
export function seedKeyFromBigInt(n: bigint): number[] {
  if (n < 0n) n = -n;
  const key: number[] = [];
  while (n > 0n) {
    key.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  return key.length === 0 ? [0] : key;
}

/** Seed key for an integer-valued JS number (the core's `randomSeed`, a Python int). */
export function seedKeyFromInt(n: number): number[] {
  if (!Number.isFinite(n)) return [0];
  return seedKeyFromBigInt(BigInt(Math.trunc(n)));
}

/**
 * Seed key for a float, as CPython does it: `seed(x)` seeds from `hash(x)` reinterpreted
 * as an unsigned 64-bit integer (size_t). NaN hashes by identity in CPython, so no
 * sequence can match there; hash.ts gives it 0.
 */
export function seedKeyFromFloat(x: number): number[] {
  const lo = hashOf(x);
  return seedKeyFromBigInt((BigInt(HASH_HIGH[0] >>> 0) << 32n) | BigInt(lo >>> 0));
}

/**
 * Seed key for a str, as CPython's version-2 seeding: the UTF-8 bytes followed by
 * their SHA-512 digest, read as one big-endian integer.
 */
export function seedKeyFromString(s: string): number[] {
  return seedKeyFromBytes(new TextEncoder().encode(s));
}

/** Seed key for bytes/bytearray: the bytes then their SHA-512 digest, big-endian. */
export function seedKeyFromBytes(bytes: Uint8Array): number[] {
  const all = new Uint8Array(bytes.length + 64);
  all.set(bytes, 0);
  all.set(sha512(bytes), bytes.length);
  let n = 0n;
  for (const b of all) n = (n << 8n) | BigInt(b);
  return seedKeyFromBigInt(n);
}

// ---- SHA-512 (FIPS 180-4), only for string seeds; BigInt is fast enough for that. ----

const K512 = [
  "428a2f98d728ae22", "7137449123ef65cd", "b5c0fbcfec4d3b2f", "e9b5dba58189dbbc", "3956c25bf348b538",
  "59f111f1b605d019", "923f82a4af194f9b", "ab1c5ed5da6d8118", "d807aa98a3030242", "12835b0145706fbe",
  "243185be4ee4b28c", "550c7dc3d5ffb4e2", "72be5d74f27b896f", "80deb1fe3b1696b1", "9bdc06a725c71235",
  "c19bf174cf692694", "e49b69c19ef14ad2", "efbe4786384f25e3", "0fc19dc68b8cd5b5", "240ca1cc77ac9c65",
  "2de92c6f592b0275", "4a7484aa6ea6e483", "5cb0a9dcbd41fbd4", "76f988da831153b5", "983e5152ee66dfab",
  "a831c66d2db43210", "b00327c898fb213f", "bf597fc7beef0ee4", "c6e00bf33da88fc2", "d5a79147930aa725",
  "06ca6351e003826f", "142929670a0e6e70", "27b70a8546d22ffc", "2e1b21385c26c926", "4d2c6dfc5ac42aed",
  "53380d139d95b3df", "650a73548baf63de", "766a0abb3c77b2a8", "81c2c92e47edaee6", "92722c851482353b",
  "a2bfe8a14cf10364", "a81a664bbc423001", "c24b8b70d0f89791", "c76c51a30654be30", "d192e819d6ef5218",
  "d69906245565a910", "f40e35855771202a", "106aa07032bbd1b8", "19a4c116b8d2d0c8", "1e376c085141ab53",
  "2748774cdf8eeb99", "34b0bcb5e19b48a8", "391c0cb3c5c95a63", "4ed8aa4ae3418acb", "5b9cca4f7763e373",
  "682e6ff3d6b2b8a3", "748f82ee5defb2fc", "78a5636f43172f60", "84c87814a1f0ab72", "8cc702081a6439ec",
  "90befffa23631e28", "a4506cebde82bde9", "bef9a3f7b2c67915", "c67178f2e372532b", "ca273eceea26619c",
  "d186b8c721c0c207", "eada7dd6cde0eb1e", "f57d4f7fee6ed178", "06f067aa72176fba", "0a637dc5a2c898a6",
  "113f9804bef90dae", "1b710b35131c471b", "28db77f523047d84", "32caab7b40c72493", "3c9ebe0a15c9bebc",
  "431d67c49c100d4c", "4cc5d4becb3e42b6", "597f299cfc657e2a", "5fcb6fab3ad6faec", "6c44198c4a475817",
].map((h) => BigInt("0x" + h));

const H512 = [
  "6a09e667f3bcc908", "bb67ae8584caa73b", "3c6ef372fe94f82b", "a54ff53a5f1d36f1",
  "510e527fade682d1", "9b05688c2b3e6c1f", "1f83d9abfb41bd6b", "5be0cd19137e2179",
].map((h) => BigInt("0x" + h));

const u64 = (x: bigint) => BigInt.asUintN(64, x);
const rotr = (x: bigint, n: bigint) => u64((x >> n) | (x << (64n - n)));

export function sha512(msg: Uint8Array): Uint8Array {
  // Padding: 0x80, zeros, then the bit length as a 128-bit big-endian integer.
  const padded = new Uint8Array(Math.ceil((msg.length + 17) / 128) * 128);
  padded.set(msg);
  padded[msg.length] = 0x80;
  let bits = BigInt(msg.length) * 8n;
  for (let i = padded.length - 1; bits > 0n; i--, bits >>= 8n) padded[i] = Number(bits & 0xffn);

  const h = H512.slice();
  const w: bigint[] = new Array(80);
  for (let off = 0; off < padded.length; off += 128) {
    for (let t = 0; t < 16; t++) {
      let v = 0n;
      for (let b = 0; b < 8; b++) v = (v << 8n) | BigInt(padded[off + t * 8 + b]);
      w[t] = v;
    }
    for (let t = 16; t < 80; t++) {
      const s0 = rotr(w[t - 15], 1n) ^ rotr(w[t - 15], 8n) ^ (w[t - 15] >> 7n);
      const s1 = rotr(w[t - 2], 19n) ^ rotr(w[t - 2], 61n) ^ (w[t - 2] >> 6n);
      w[t] = u64(w[t - 16] + s0 + w[t - 7] + s1);
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let t = 0; t < 80; t++) {
      const S1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n);
      const ch = (e & f) ^ (~e & g);
      const t1 = u64(hh + S1 + ch + K512[t] + w[t]);
      const S0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = u64(S0 + maj);
      hh = g; g = f; f = e; e = u64(d + t1); d = c; c = b; b = a; a = u64(t1 + t2);
    }
    const vals = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = u64(h[i] + vals[i]);
  }
  const out = new Uint8Array(64);
  for (let i = 0; i < 8; i++) {
    for (let b = 0; b < 8; b++) out[i * 8 + b] = Number((h[i] >> BigInt(56 - 8 * b)) & 0xffn);
  }
  return out;
}
