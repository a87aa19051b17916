// Python strings are sequences of code points; ours are JS strings (UTF-16), where a
// character outside the Basic Multilingual Plane ("😀", U+1F600) takes two code units
// (a surrogate pair). These helpers give lengths, indices and slices in code points.
//
// Fast path: a string without surrogates (almost every string) has code point i at
// code unit i, so the helpers only need to know that. They learn it from `cpTable()`,
// which answers null for such strings. Scanning a long string on every `s[i]` would
// make a loop over it quadratic, so the answer for long strings is kept in a small
// cache keyed by the string itself (a few entries, so that a loop comparing two
// strings, a[i] == b[i], does not evict its own entries), and the last answer is kept
// for any length (an operation often asks twice). A string with surrogates
// gets a table of the code-unit offset of each code point, so indexing it is O(1)
// after one O(n) pass.
//
// A lone surrogate (chr(0xD800) is allowed, as in CPython) counts as one code point.
// A high surrogate followed by a low one is always one astral character: joining
// chr(0xD83D) and chr(0xDE00) gives "😀" (length 1), where CPython keeps two.

/** Offsets table: table[k] is the code-unit offset of code point k; the last entry is s.length. */
export type CpTable = Int32Array;

/** Strings shorter than this are scanned each time: cheaper than a cache lookup. */
const SMALL = 32;
const CACHE_SIZE = 4;
const cacheKeys: string[] = new Array<string>(CACHE_SIZE).fill("");
const cacheTables: (CpTable | null)[] = new Array<CpTable | null>(CACHE_SIZE).fill(null);
let cacheNext = 0;

const SURROGATE = /[\ud800-\udfff]/;

/** True when `s` contains a surrogate code unit (an astral character or a lone surrogate). */
export function hasSurrogates(s: string): boolean {
  return SURROGATE.test(s);
}

function isHigh(c: number): boolean {
  return (c & 0xfc00) === 0xd800;
}
function isLow(c: number): boolean {
  return (c & 0xfc00) === 0xdc00;
}

/** Code units (1 or 2) of the code point that starts at unit `u` (u < s.length). */
export function unitsAt(s: string, u: number): 1 | 2 {
  return isHigh(s.charCodeAt(u)) && u + 1 < s.length && isLow(s.charCodeAt(u + 1)) ? 2 : 1;
}

/** Code units (1 or 2) of the code point that ends just before unit `u` (u > 0). */
export function unitsBefore(s: string, u: number): 1 | 2 {
  return u > 1 && isLow(s.charCodeAt(u - 1)) && isHigh(s.charCodeAt(u - 2)) ? 2 : 1;
}

function buildTable(s: string): CpTable | null {
  if (!SURROGATE.test(s)) return null;
  const n = s.length;
  const offsets = new Int32Array(n + 1);
  let k = 0;
  for (let u = 0; u < n; k++) {
    offsets[k] = u;
    u += unitsAt(s, u);
  }
  offsets[k] = n;
  return offsets.subarray(0, k + 1);
}

/** The last answer, of any length: an operation often asks twice (length, then item). */
let lastKey = "";
let lastTable: CpTable | null = null;

/** The offsets table of `s`, or null when code point i is code unit i (no surrogates). */
export function cpTable(s: string): CpTable | null {
  if (s === lastKey) return lastTable;
  let t: CpTable | null | undefined;
  if (s.length < SMALL) t = buildTable(s);
  else {
    for (let i = 0; i < CACHE_SIZE && t === undefined; i++) if (cacheKeys[i] === s) t = cacheTables[i]!;
    if (t === undefined) {
      t = buildTable(s);
      cacheKeys[cacheNext] = s;
      cacheTables[cacheNext] = t;
      cacheNext = (cacheNext + 1) % CACHE_SIZE;
    }
  }
  lastKey = s;
  lastTable = t;
  return t;
}

/**
 * Records that `s` has no surrogates, known by its maker (json's ASCII output): the
 * next question about it needs no scan (nor the flattening of a freshly built rope).
 */
export function noteWithoutSurrogates(s: string): void {
  lastKey = s;
  lastTable = null;
}

/** Number of code points of `s` (Python's len). */
export function cpLength(s: string): number {
  const t = cpTable(s);
  return t === null ? s.length : t.length - 1;
}

/** Code point `i` of `s` as a string; `i` must be in [0, cpLength(s)). */
export function cpAt(s: string, i: number): string {
  const t = cpTable(s);
  return t === null ? s[i]! : s.slice(t[i], t[i + 1]);
}

/** s[lo:hi] in code points; lo and hi are clamped to [0, cpLength(s)], lo <= hi. */
export function cpSlice(s: string, lo: number, hi: number): string {
  const t = cpTable(s);
  return t === null ? s.slice(lo, hi) : s.slice(t[lo], t[hi]);
}

/** s[lo:hi:step] in code points for `count` items (indices already clamped by slice.indices). */
export function cpSliceStep(s: string, lo: number, step: number, count: number): string {
  const t = cpTable(s);
  let out = "";
  if (t === null) for (let i = lo; count > 0; count--, i += step) out += s[i];
  else for (let i = lo; count > 0; count--, i += step) out += s.slice(t[i], t[i + 1]);
  return out;
}

/** The code points of `s`, each as a string (Python's list(s)). */
export function cpArray(s: string): string[] {
  return hasSurrogates(s) ? Array.from(s) : s.split("");
}

/** Code-unit offset of code point index `i` (0 <= i <= cpLength(s)). */
export function cpToUnit(s: string, i: number): number {
  const t = cpTable(s);
  return t === null ? i : t[i]!;
}

/** Code-point index of code-unit offset `u` (an offset where a code point starts, or s.length). */
export function unitToCp(s: string, u: number): number {
  const t = cpTable(s);
  if (t === null) return u;
  let lo = 0;
  let hi = t.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t[mid]! <= u) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * True when a match of `sub` at code unit `u` of `s` would split a surrogate pair of
 * `s` (possible only if `sub` starts with a low or ends with a high surrogate): such
 * a match is not a match of code points.
 */
function splitsPair(s: string, u: number, len: number): boolean {
  return (u > 0 && isLow(s.charCodeAt(u)) && isHigh(s.charCodeAt(u - 1))) ||
    (len > 0 && isHigh(s.charCodeAt(u + len - 1)) && isLow(s.charCodeAt(u + len)));
}

function mayMisalign(sub: string): boolean {
  return sub.length > 0 && (isLow(sub.charCodeAt(0)) || isHigh(sub.charCodeAt(sub.length - 1)));
}

/** Code-unit offset of the first match of `sub` in `s` at or after unit `from`, or -1. */
export function cpIndexOf(s: string, sub: string, from: number): number {
  let u = s.indexOf(sub, from);
  if (!mayMisalign(sub)) return u;
  while (u >= 0 && splitsPair(s, u, sub.length)) u = s.indexOf(sub, u + 1);
  return u;
}

/** Code-unit offset of the last match of `sub` in `s` starting at or before unit `from`, or -1. */
export function cpLastIndexOf(s: string, sub: string, from: number): number {
  let u = s.lastIndexOf(sub, from);
  if (!mayMisalign(sub)) return u;
  while (u >= 0 && splitsPair(s, u, sub.length)) u = u === 0 ? -1 : s.lastIndexOf(sub, u - 1);
  return u;
}

/** Python's `sub in s`, matching whole code points. */
export function cpIncludes(s: string, sub: string): boolean {
  return cpIndexOf(s, sub, 0) >= 0;
}

/**
 * Python's string order (by code points) as a sign: negative, 0 or positive. JS's `<`
 * orders UTF-16 units, which puts an astral character ("😀", units D83D DE00) before
 * U+E000..U+FFFF; shifting the first differing units restores code-point order.
 */
export function cpCompare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  return unitOrder(a.charCodeAt(i)) - unitOrder(b.charCodeAt(i));
}

/** A code unit's rank in code-point order: surrogates (astral characters) after U+FFFF. */
function unitOrder(u: number): number {
  return u < 0xd800 ? u : u < 0xe000 ? u + 0x2000 : u - 0x800;
}

/** Python's identifier rule (str.isidentifier, `__slots__` names): a letter or `_`, then letters, digits, marks, connectors. */
const IDENTIFIER = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

export function isIdentifier(s: string): boolean {
  return IDENTIFIER.test(s);
}
