// Integrity hashes, pure TypeScript so they run in a browser as well as in Node:
// CRC-32 guards a whole bytecode image against corruption (it catches every
// single-bit error and every burst of up to 32 bits), FNV-1a 64 identifies a source
// file's content so a traceback quotes only the file the program was compiled from.

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/**
 * CRC-32 (IEEE 802.3, as in zip, PNG and zlib.crc32) of bytes[start, end), continuing
 * from the CRC `running` of the bytes before them (0 to start afresh).
 */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length, running = 0): number {
  let c = ~running >>> 0;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * FNV-1a 64 of a text's UTF-8 bytes, as 16 hex digits. The 64-bit state is kept in
 * two 32-bit halves (no BigInt: this runs over whole source files).
 */
export function contentHash(text: string): string {
  const bytes = new TextEncoder().encode(text);
  // Offset basis 0xcbf29ce484222325; prime 0x100000001b3 = 2^40 + 0x1b3.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < bytes.length; i++) {
    lo ^= bytes[i];
    // (hi·2^32 + lo) · (2^40 + 0x1b3) mod 2^64: lo·0x1b3 fills the low word and
    // carries; the 2^40 term shifts lo 8 bits into the high word.
    const low = (lo >>> 0) * 0x1b3;
    const carry = Math.floor(low / 0x100000000);
    const high = hi * 0x1b3 + carry + ((lo << 8) >>> 0);
    lo = low >>> 0;
    hi = high >>> 0;
  }
  return hi.toString(16).padStart(8, "0") + (lo >>> 0).toString(16).padStart(8, "0");
}
