// Big ints where CPython takes an index-sized integer (Py_ssize_t, 64 bits): sequence
// repetition, indexing and slice bounds. No device sequence reaches 2^31 items, so a
// big int that fits 64 bits is simply "too large" (out of range, MemoryError, clamped),
// and one that does not is CPython's "cannot fit 'int' into an index-sized integer".

import { type PyError, indexError, overflowError } from "./errors.js";
import type { PyBigInt } from "./values.js";

/** CPython's Py_ssize_t on a 64-bit host: sys.maxsize, and what an index or a length may be. */
export const SSIZE_MAX = (1n << 63n) - 1n;
export const SSIZE_MIN = -(1n << 63n);

/** True when the big int fits CPython's index-sized integer (64-bit signed). */
export function fitsIndexSized(v: PyBigInt): boolean {
  return v.v >= SSIZE_MIN && v.v <= SSIZE_MAX;
}

const CANNOT_FIT = "cannot fit 'int' into an index-sized integer";

/** CPython's OverflowError for an int taken as a Py_ssize_t (an offset, a count, a length hint) that does not fit. */
export function ssizeOverflow(): PyError {
  return overflowError("Python int too large to convert to C ssize_t");
}

/** A big int taken as a size (`bytes(n)`): its value as a number, or CPython's OverflowError past 64 bits. */
export function indexSizedNumber(v: PyBigInt): number {
  if (!fitsIndexSized(v)) throw overflowError(CANNOT_FIT);
  return Number(v.v);
}

/**
 * `seq * n` with a big int n: 0 for n < 0 or an empty seq; past 64 bits CPython's
 * OverflowError; else the count as a number (at least 2^31, approximate past 2^53),
 * for the repetition to charge before it allocates: the core's MemoryError (or the
 * host's limit) then names the size.
 */
export function bigRepeatCount(n: PyBigInt, seqLength: number): number {
  const count = indexSizedNumber(n);
  return count < 0 || seqLength === 0 ? 0 : count;
}

/** `seq[n]` with a big int n: CPython's IndexError (`outOfRange` when n fits 64 bits). */
export function bigIndexError(n: PyBigInt, outOfRange: string): PyError {
  return indexError(fitsIndexSized(n) ? outOfRange : CANNOT_FIT);
}

/** A big slice bound, clamped as CPython's _PyEval_SliceIndex does (past any device length). */
export function clampedSliceBound(n: PyBigInt): number {
  return n.v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}
