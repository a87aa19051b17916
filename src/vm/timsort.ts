// CPython's list sort (Objects/listobject.c, listsort.txt): a stable, adaptive, natural
// merge sort ("timsort") that orders by `<` alone, with 3.11's "powersort" merge order.
// It is written again here, step for step, so that a sort of objects whose `__lt__` is
// Python code calls it as many times, on the same pairs, in the same order as CPython:
// programs that count or print their comparisons see CPython's output. Natural runs
// (ascending, or strictly descending and reversed) are found, short ones extended to
// `minrun` by binary insertion, and adjacent runs merged with galloping.

import type { Value } from "./values.js";

/** `a < b` as the sort asks it; may throw (the sort stops, as CPython's). */
export type LessThan = (a: Value, b: Value) => boolean;

const MIN_GALLOP = 7;

/**
 * Sorts `keys` in place by `lt`, moving `vals` (when given, the same length) with them.
 * An exception of `lt` propagates; the arrays are then some permutation of the input.
 */
export function timsort(keys: Value[], vals: Value[] | null, lt: LessThan): void {
  const n = keys.length;
  if (n < 2) return;
  new MergeState(keys, vals, lt).sort();
}

class MergeState {
  private minGallop = MIN_GALLOP;
  // The stack of pending runs: start, length and powersort "power" of each.
  private readonly runBase: number[] = [];
  private readonly runLen: number[] = [];
  private readonly runPower: number[] = [];

  constructor(
    private readonly K: Value[],
    private readonly V: Value[] | null,
    private readonly lt: LessThan,
  ) {}

  sort(): void {
    const K = this.K, V = this.V;
    const n = K.length;
    const minrun = computeMinrun(n);
    let lo = 0, remaining = n;
    do {
      let run = this.countRun(lo, lo + remaining);
      if (run < 0) {
        run = -run;
        reverseRange(K, lo, lo + run);
        if (V) reverseRange(V, lo, lo + run);
      }
      if (run < minrun) {
        const force = remaining <= minrun ? remaining : minrun;
        this.binarySort(lo, lo + force, lo + run);
        run = force;
      }
      this.foundNewRun(run);
      this.runBase.push(lo);
      this.runLen.push(run);
      this.runPower.push(0);
      lo += run;
      remaining -= run;
    } while (remaining);
    // Merge whatever is left, regardless of the invariants.
    const len = this.runLen;
    while (len.length > 1) {
      let i = len.length - 2;
      if (i > 0 && len[i - 1] < len[i + 1]) i--;
      this.mergeAt(i);
    }
  }

  /** Sorts [lo, hi) by binary insertion, [lo, start) being sorted already. */
  private binarySort(lo: number, hi: number, start: number): void {
    const K = this.K, V = this.V, lt = this.lt;
    if (start === lo) start++;
    for (; start < hi; start++) {
      let l = lo, r = start;
      const pivot = K[r];
      do {
        const p = l + ((r - l) >> 1);
        if (lt(pivot, K[p])) r = p;
        else l = p + 1;
      } while (l < r);
      for (let p = start; p > l; p--) K[p] = K[p - 1];
      K[l] = pivot;
      if (V) {
        const pv = V[start];
        for (let p = start; p > l; p--) V[p] = V[p - 1];
        V[l] = pv;
      }
    }
  }

  /**
   * The length of the run at lo (lo < hi): the longest ascending (a[0] <= a[1] <= ...)
   * or strictly descending (a[0] > a[1] > ...) sequence; negated when descending.
   */
  private countRun(lo: number, hi: number): number {
    const K = this.K, lt = this.lt;
    if (lo + 1 === hi) return 1;
    let n = 2;
    if (lt(K[lo + 1], K[lo])) {
      for (let i = lo + 2; i < hi && lt(K[i], K[i - 1]); i++) n++;
      return -n;
    }
    for (let i = lo + 2; i < hi && !lt(K[i], K[i - 1]); i++) n++;
    return n;
  }

  /**
   * Where `key` goes in the sorted a[base, base+n), left of any equal items: the k in
   * 0..n with a[base+k-1] < key <= a[base+k]. The search starts at `hint`.
   */
  private gallopLeft(key: Value, a: Value[], base: number, n: number, hint: number): number {
    const lt = this.lt;
    let lastofs = 0, ofs = 1;
    if (lt(a[base + hint], key)) {
      // a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs].
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (!lt(a[base + hint + ofs], key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      // key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs].
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(a[base + hint - ofs], key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    // a[lastofs] < key <= a[ofs]: binary search in between.
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(a[base + m], key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  /** As gallopLeft, but right of any equal items: a[base+k-1] <= key < a[base+k]. */
  private gallopRight(key: Value, a: Value[], base: number, n: number, hint: number): number {
    const lt = this.lt;
    let lastofs = 0, ofs = 1;
    if (lt(key, a[base + hint])) {
      // key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs].
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (!lt(key, a[base + hint - ofs])) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      // a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs].
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt(key, a[base + hint + ofs])) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(key, a[base + m])) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  /** Merges the runs at stack indices i and i+1 (i is the second or third last). */
  private mergeAt(i: number): void {
    const K = this.K;
    let a = this.runBase[i], na = this.runLen[i];
    const b = this.runBase[i + 1];
    let nb = this.runLen[i + 1];
    this.runLen[i] = na + nb;
    this.runBase.splice(i + 1, 1);
    this.runLen.splice(i + 1, 1);
    this.runPower.splice(i + 1, 1);
    // Items of a before where b[0] goes, and of b after where a's last goes, stay put.
    const k = this.gallopRight(K[b], K, a, na, 0);
    a += k;
    na -= k;
    if (na === 0) return;
    nb = this.gallopLeft(K[a + na - 1], K, b, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(a, na, b, nb);
    else this.mergeHi(a, na, b, nb);
  }

  /** Merges a[a, a+na) and [b, b+nb) (b = a+na, na <= nb) through a copy of the first. */
  private mergeLo(a: number, na: number, b: number, nb: number): void {
    const K = this.K, V = this.V, lt = this.lt;
    const tk = K.slice(a, a + na), tv = V ? V.slice(a, a + na) : null;
    let dest = a, pa = 0, pb = b;
    let copyB = false;
    const fromB = () => {
      K[dest] = K[pb];
      if (V) V[dest] = V[pb];
      dest++;
      pb++;
    };
    const fromA = () => {
      K[dest] = tk[pa];
      if (V) V[dest] = tv![pa];
      dest++;
      pa++;
    };
    fromB();
    nb--;
    merge: {
      if (nb === 0) break merge;
      if (na === 1) { copyB = true; break merge; }
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0, bcount = 0;
        // One at a time until one run wins minGallop times in a row.
        for (;;) {
          if (lt(K[pb], tk[pa])) {
            fromB();
            bcount++;
            acount = 0;
            if (--nb === 0) break merge;
            if (bcount >= minGallop) break;
          } else {
            fromA();
            acount++;
            bcount = 0;
            if (--na === 1) { copyB = true; break merge; }
            if (acount >= minGallop) break;
          }
        }
        // Galloping, while a run keeps winning by MIN_GALLOP or more.
        minGallop++;
        do {
          if (minGallop > 1) minGallop--;
          this.minGallop = minGallop;
          let k = this.gallopRight(K[pb], tk, pa, na, 0);
          acount = k;
          if (k) {
            for (let j = 0; j < k; j++) fromA();
            na -= k;
            if (na === 1) { copyB = true; break merge; }
            if (na === 0) break merge;
          }
          fromB();
          if (--nb === 0) break merge;
          k = this.gallopLeft(tk[pa], K, pb, nb, 0);
          bcount = k;
          if (k) {
            for (let j = 0; j < k; j++) fromB();
            nb -= k;
            if (nb === 0) break merge;
          }
          fromA();
          if (--na === 1) { copyB = true; break merge; }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    }
    if (copyB) {
      // The last item of a goes after the rest of b.
      for (let j = 0; j < nb; j++) fromB();
      fromA();
    } else {
      while (na-- > 0) fromA();
    }
  }

  /** Merges [a, a+na) and [b, b+nb) (na >= nb) from the right, through a copy of b. */
  private mergeHi(a: number, na: number, b: number, nb: number): void {
    const K = this.K, V = this.V, lt = this.lt;
    const tk = K.slice(b, b + nb), tv = V ? V.slice(b, b + nb) : null;
    let dest = b + nb - 1, pa = a + na - 1, pb = nb - 1;
    let copyA = false;
    const fromA = () => {
      K[dest] = K[pa];
      if (V) V[dest] = V[pa];
      dest--;
      pa--;
    };
    const fromB = () => {
      K[dest] = tk[pb];
      if (V) V[dest] = tv![pb];
      dest--;
      pb--;
    };
    fromA();
    na--;
    merge: {
      if (na === 0) break merge;
      if (nb === 1) { copyA = true; break merge; }
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0, bcount = 0;
        for (;;) {
          if (lt(tk[pb], K[pa])) {
            fromA();
            acount++;
            bcount = 0;
            if (--na === 0) break merge;
            if (acount >= minGallop) break;
          } else {
            fromB();
            bcount++;
            acount = 0;
            if (--nb === 1) { copyA = true; break merge; }
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          if (minGallop > 1) minGallop--;
          this.minGallop = minGallop;
          let k = na - this.gallopRight(tk[pb], K, a, na, na - 1);
          acount = k;
          if (k) {
            for (let j = 0; j < k; j++) fromA();
            na -= k;
            if (na === 0) break merge;
          }
          fromB();
          if (--nb === 1) { copyA = true; break merge; }
          k = nb - this.gallopLeft(K[pa], tk, 0, nb, nb - 1);
          bcount = k;
          if (k) {
            for (let j = 0; j < k; j++) fromB();
            nb -= k;
            if (nb === 1) { copyA = true; break merge; }
            if (nb === 0) break merge;
          }
          fromA();
          if (--na === 0) break merge;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    }
    if (copyA) {
      // The first item of b goes before the rest of a.
      for (let j = 0; j < na; j++) fromA();
      fromB();
    } else {
      while (nb-- > 0) fromB();
    }
  }

  /**
   * A run of length n2 follows the top of the stack: the powersort strategy merges the
   * runs below whose power is greater than the top run's, then records that power.
   */
  private foundNewRun(n2: number): void {
    const top = this.runLen.length - 1;
    if (top < 0) return;
    const power = powerLoop(this.runBase[top], this.runLen[top], n2, this.K.length);
    while (this.runLen.length > 1 && this.runPower[this.runLen.length - 2] > power) {
      this.mergeAt(this.runLen.length - 2);
    }
    this.runPower[this.runLen.length - 1] = power;
  }
}

/**
 * The powersort "power" of two adjacent runs [s1, s1+n1) and [s1+n1, s1+n1+n2) of a
 * list of n: the first bit where the binary fractions of their midpoints / n differ.
 */
function powerLoop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

/** n below 64; else a k in 32..64 such that n/k is just under a power of 2. */
function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}

function reverseRange(a: Value[], lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}
