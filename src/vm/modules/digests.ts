// The digests of hashlib in portable TypeScript: MD5, SHA-1, SHA-224/256 and
// SHA-384/512 (RFC 1321, FIPS 180-4). The VM runs in a browser too (seam 5, no Node
// module), so node:crypto is not available here. Each digest is incremental: a state
// of words, the unprocessed tail of the data (< one block) and the length so far, so
// a hash object keeps no data and copy() is cheap. SHA-384/512 use BigInt words:
// slower than the 32-bit digests, adequate for a core's data sizes.

const K256 = Uint32Array.from([0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]);
const H256 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const H224 = [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4];
const K512 = ["428a2f98d728ae22", "7137449123ef65cd", "b5c0fbcfec4d3b2f", "e9b5dba58189dbbc", "3956c25bf348b538", "59f111f1b605d019", "923f82a4af194f9b", "ab1c5ed5da6d8118", "d807aa98a3030242", "12835b0145706fbe", "243185be4ee4b28c", "550c7dc3d5ffb4e2", "72be5d74f27b896f", "80deb1fe3b1696b1", "9bdc06a725c71235", "c19bf174cf692694", "e49b69c19ef14ad2", "efbe4786384f25e3", "0fc19dc68b8cd5b5", "240ca1cc77ac9c65", "2de92c6f592b0275", "4a7484aa6ea6e483", "5cb0a9dcbd41fbd4", "76f988da831153b5", "983e5152ee66dfab", "a831c66d2db43210", "b00327c898fb213f", "bf597fc7beef0ee4", "c6e00bf33da88fc2", "d5a79147930aa725", "06ca6351e003826f", "142929670a0e6e70", "27b70a8546d22ffc", "2e1b21385c26c926", "4d2c6dfc5ac42aed", "53380d139d95b3df", "650a73548baf63de", "766a0abb3c77b2a8", "81c2c92e47edaee6", "92722c851482353b", "a2bfe8a14cf10364", "a81a664bbc423001", "c24b8b70d0f89791", "c76c51a30654be30", "d192e819d6ef5218", "d69906245565a910", "f40e35855771202a", "106aa07032bbd1b8", "19a4c116b8d2d0c8", "1e376c085141ab53", "2748774cdf8eeb99", "34b0bcb5e19b48a8", "391c0cb3c5c95a63", "4ed8aa4ae3418acb", "5b9cca4f7763e373", "682e6ff3d6b2b8a3", "748f82ee5defb2fc", "78a5636f43172f60", "84c87814a1f0ab72", "8cc702081a6439ec", "90befffa23631e28", "a4506cebde82bde9", "bef9a3f7b2c67915", "c67178f2e372532b", "ca273eceea26619c", "d186b8c721c0c207", "eada7dd6cde0eb1e", "f57d4f7fee6ed178", "06f067aa72176fba", "0a637dc5a2c898a6", "113f9804bef90dae", "1b710b35131c471b", "28db77f523047d84", "32caab7b40c72493", "3c9ebe0a15c9bebc", "431d67c49c100d4c", "4cc5d4becb3e42b6", "597f299cfc657e2a", "5fcb6fab3ad6faec", "6c44198c4a475817"].map((h) => BigInt("0x" + h));
const H512 = ["6a09e667f3bcc908", "bb67ae8584caa73b", "3c6ef372fe94f82b", "a54ff53a5f1d36f1", "510e527fade682d1", "9b05688c2b3e6c1f", "1f83d9abfb41bd6b", "5be0cd19137e2179"];
const H384 = ["cbbb9d5dc1059ed8", "629a292a367cd507", "9159015a3070dd17", "152fecd8f70e5939", "67332667ffc00b31", "8eb44a8768581511", "db0c2e0d64f98fa7", "47b5481dbefa4fa4"];

const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));
const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

const MD5_K = Uint32Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32));
const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

/** The compression of one block into the state, and how the digest is read out. */
interface Algorithm<W> {
  readonly block: number;
  readonly digest: number;
  init(): W[];
  compress(state: W[], data: Uint8Array, off: number): void;
  /** Big-endian length and output (SHA) or little-endian (MD5). */
  readonly bigEndian: boolean;
  /** Bytes of the length field in the padding (8, or 16 for SHA-384/512). */
  readonly lengthBytes: number;
  output(state: W[]): Uint8Array;
}

const be32 = (d: Uint8Array, o: number) => ((d[o]! << 24) | (d[o + 1]! << 16) | (d[o + 2]! << 8) | d[o + 3]!) | 0;
const le32 = (d: Uint8Array, o: number) => (d[o]! | (d[o + 1]! << 8) | (d[o + 2]! << 16) | (d[o + 3]! << 24)) | 0;

function words32(state: number[], count: number, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(count * 4);
  for (let i = 0; i < count; i++) {
    const w = state[i]! >>> 0;
    for (let b = 0; b < 4; b++) out[i * 4 + b] = bigEndian ? (w >>> (24 - 8 * b)) & 0xff : (w >>> (8 * b)) & 0xff;
  }
  return out;
}

const md5: Algorithm<number> = {
  block: 64, digest: 16, bigEndian: false, lengthBytes: 8,
  init: () => [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476],
  compress(h, d, off) {
    const m = new Int32Array(16);
    for (let i = 0; i < 16; i++) m[i] = le32(d, off + 4 * i);
    let [a, b, c, dd] = h as [number, number, number, number];
    for (let i = 0; i < 64; i++) {
      let f: number, g: number;
      if (i < 16) { f = (b & c) | (~b & dd); g = i; }
      else if (i < 32) { f = (dd & b) | (~dd & c); g = (5 * i + 1) % 16; }
      else if (i < 48) { f = b ^ c ^ dd; g = (3 * i + 5) % 16; }
      else { f = c ^ (b | ~dd); g = (7 * i) % 16; }
      const t = dd;
      dd = c;
      c = b;
      b = (b + rotl((a + f + MD5_K[i]! + m[g]!) | 0, MD5_S[(i >> 4) * 4 + (i % 4)]!)) | 0;
      a = t;
    }
    h[0] = (h[0]! + a) | 0; h[1] = (h[1]! + b) | 0; h[2] = (h[2]! + c) | 0; h[3] = (h[3]! + dd) | 0;
  },
  output: (h) => words32(h, 4, false),
};

const sha1: Algorithm<number> = {
  block: 64, digest: 20, bigEndian: true, lengthBytes: 8,
  init: () => [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0],
  compress(h, d, off) {
    const w = new Int32Array(80);
    for (let i = 0; i < 16; i++) w[i] = be32(d, off + 4 * i);
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!, 1);
    let [a, b, c, dd, e] = h as [number, number, number, number, number];
    for (let i = 0; i < 80; i++) {
      let f: number, k: number;
      if (i < 20) { f = (b & c) | (~b & dd); k = 0x5a827999; }
      else if (i < 40) { f = b ^ c ^ dd; k = 0x6ed9eba1; }
      else if (i < 60) { f = (b & c) | (b & dd) | (c & dd); k = 0x8f1bbcdc | 0; }
      else { f = b ^ c ^ dd; k = 0xca62c1d6 | 0; }
      const t = (rotl(a, 5) + f + e + k + w[i]!) | 0;
      e = dd; dd = c; c = rotl(b, 30); b = a; a = t;
    }
    h[0] = (h[0]! + a) | 0; h[1] = (h[1]! + b) | 0; h[2] = (h[2]! + c) | 0; h[3] = (h[3]! + dd) | 0; h[4] = (h[4]! + e) | 0;
  },
  output: (h) => words32(h, 5, true),
};

function sha256Compress(h: number[], d: Uint8Array, off: number): void {
  const w = new Int32Array(64);
  for (let i = 0; i < 16; i++) w[i] = be32(d, off + 4 * i);
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15]!, y = w[i - 2]!;
    const s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
    const s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
    w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
  }
  let [a, b, c, dd, e, f, g, hh] = h as [number, number, number, number, number, number, number, number];
  for (let i = 0; i < 64; i++) {
    const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K256[i]! + w[i]!) | 0;
    const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    hh = g; g = f; f = e; e = (dd + t1) | 0; dd = c; c = b; b = a; a = (t1 + t2) | 0;
  }
  const v = [a, b, c, dd, e, f, g, hh];
  for (let i = 0; i < 8; i++) h[i] = (h[i]! + v[i]!) | 0;
}

const sha256: Algorithm<number> = {
  block: 64, digest: 32, bigEndian: true, lengthBytes: 8,
  init: () => H256.map((x) => x | 0), compress: sha256Compress, output: (h) => words32(h, 8, true),
};
const sha224: Algorithm<number> = {
  block: 64, digest: 28, bigEndian: true, lengthBytes: 8,
  init: () => H224.map((x) => x | 0), compress: sha256Compress, output: (h) => words32(h, 7, true),
};

const M64 = (1n << 64n) - 1n;
const rotr64 = (x: bigint, n: bigint) => ((x >> n) | (x << (64n - n))) & M64;

function sha512Compress(h: bigint[], d: Uint8Array, off: number): void {
  const w: bigint[] = new Array(80);
  for (let i = 0; i < 16; i++) {
    let x = 0n;
    for (let b = 0; b < 8; b++) x = (x << 8n) | BigInt(d[off + 8 * i + b]!);
    w[i] = x;
  }
  for (let i = 16; i < 80; i++) {
    const x = w[i - 15]!, y = w[i - 2]!;
    const s0 = rotr64(x, 1n) ^ rotr64(x, 8n) ^ (x >> 7n);
    const s1 = rotr64(y, 19n) ^ rotr64(y, 61n) ^ (y >> 6n);
    w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) & M64;
  }
  let [a, b, c, dd, e, f, g, hh] = h as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
  for (let i = 0; i < 80; i++) {
    const t1 = (hh + (rotr64(e, 14n) ^ rotr64(e, 18n) ^ rotr64(e, 41n)) + ((e & f) ^ (~e & M64 & g)) + K512[i]! + w[i]!) & M64;
    const t2 = ((rotr64(a, 28n) ^ rotr64(a, 34n) ^ rotr64(a, 39n)) + ((a & b) ^ (a & c) ^ (b & c))) & M64;
    hh = g; g = f; f = e; e = (dd + t1) & M64; dd = c; c = b; b = a; a = (t1 + t2) & M64;
  }
  const v = [a, b, c, dd, e, f, g, hh];
  for (let i = 0; i < 8; i++) h[i] = (h[i]! + v[i]!) & M64;
}

function words64(h: bigint[], bytes: number): Uint8Array {
  const out = new Uint8Array(64);
  for (let i = 0; i < 8; i++) for (let b = 0; b < 8; b++) out[i * 8 + b] = Number((h[i]! >> BigInt(56 - 8 * b)) & 0xffn);
  return out.slice(0, bytes);
}

const sha512: Algorithm<bigint> = {
  block: 128, digest: 64, bigEndian: true, lengthBytes: 16,
  init: () => H512.map((x) => BigInt("0x" + x)), compress: sha512Compress, output: (h) => words64(h, 64),
};
const sha384: Algorithm<bigint> = {
  block: 128, digest: 48, bigEndian: true, lengthBytes: 16,
  init: () => H384.map((x) => BigInt("0x" + x)), compress: sha512Compress, output: (h) => words64(h, 48),
};

export const DIGESTS = { md5, sha1, sha224, sha256, sha384, sha512 } as const;
export type DigestName = keyof typeof DIGESTS;

/** A running digest: the state words, the unprocessed tail and the total length. */
export class Digest {
  private state: unknown[];
  private tail: Uint8Array;
  private tailLength = 0;
  private length = 0;
  constructor(readonly name: DigestName, from?: Digest) {
    const algo = DIGESTS[name] as Algorithm<unknown>;
    this.state = from ? from.state.slice() : algo.init();
    this.tail = from ? from.tail.slice() : new Uint8Array(algo.block);
    if (from) { this.tailLength = from.tailLength; this.length = from.length; }
  }
  private get algo(): Algorithm<unknown> {
    return DIGESTS[this.name] as Algorithm<unknown>;
  }
  update(data: Uint8Array): void {
    const { block } = this.algo;
    this.length += data.length;
    let i = 0;
    if (this.tailLength) {
      const n = Math.min(block - this.tailLength, data.length);
      this.tail.set(data.subarray(0, n), this.tailLength);
      this.tailLength += n;
      i = n;
      if (this.tailLength < block) return;
      this.algo.compress(this.state, this.tail, 0);
      this.tailLength = 0;
    }
    for (; i + block <= data.length; i += block) this.algo.compress(this.state, data, i);
    this.tail.set(data.subarray(i), 0);
    this.tailLength = data.length - i;
  }
  copy(): Digest {
    return new Digest(this.name, this);
  }
  /** The digest of the data so far; this object is unchanged (it works on a copy). */
  digest(): Uint8Array {
    const c = this.copy();
    const algo = c.algo;
    const bits = BigInt(this.length) * 8n;
    const pad = new Uint8Array(((algo.block - ((this.length + 1 + algo.lengthBytes) % algo.block)) % algo.block) + 1 + algo.lengthBytes);
    pad[0] = 0x80;
    for (let b = 0; b < algo.lengthBytes; b++) {
      const shift = BigInt(8 * (algo.bigEndian ? algo.lengthBytes - 1 - b : b));
      pad[pad.length - algo.lengthBytes + b] = Number((bits >> shift) & 0xffn);
    }
    c.update(pad);
    return algo.output(c.state);
  }
}
