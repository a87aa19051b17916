// Collective operations (sync, bcast, reduce, gather, allgather, scatter) over
// encoded values. Every core calls the same collectives in the same order (as in
// MPI): the k-th collective call of every core belongs to round k. When every core
// has arrived, the round is completed here in one step — by the node itself when
// all cores share one thread, or by the coordinator across workers — so a reduce
// over 1024 cores costs O(cores), not the original's O(cores²) sendrecvs.
//
// Results are deterministic: a reduction folds the values in core-id order, so every
// core gets the same, reproducible value whatever the schedule or worker count.
// Sums and products of ints outside the 32-bit range are big ints in the Python 3
// dialect (exact, vm/bigint.ts), else raise OverflowError; a float in the mix makes
// the result a float (rounded to single precision unless --float64).
// Lists and tuples of numbers reduce element-wise.

import type { CollectiveOp } from "../vm/port.js";
import type { ErrorKind } from "../vm/errors.js";
import { isWireFloat, type Wire, wireFloat, wireInt, wireNumber, wireTypeName } from "./wire.js";

export interface Contribution {
  core: number;
  op: CollectiveOp;
  /** Root core (bcast, gather, scatter) or reduce operation; null otherwise. */
  arg: number | string | null;
  value: Wire;
}

/** A completed round: `common` for every core unless `perCore` has its own value. */
export interface CollectiveResult {
  common: Wire;
  perCore: [number, Wire][] | null;
}

/** A round that cannot complete: the error goes to `core`. */
export interface CollectiveFailure {
  core: number;
  kind: ErrorKind;
  message: string;
}

class Failure {
  constructor(readonly core: number, readonly kind: ErrorKind, readonly message: string) {}
}

const describe = (c: Contribution) =>
  c.op === "reduce" ? `reduce(op='${c.arg}')` : c.op === "sync" || c.op === "allgather" ? `${c.op}()` : `${c.op}(root=${c.arg})`;

/**
 * Completes a round. `entries` holds one contribution per core, in core-id order.
 */
export function completeRound(entries: readonly Contribution[], float32: boolean, bigInts = false): CollectiveResult | CollectiveFailure {
  try {
    return compute(entries, float32, bigInts);
  } catch (e) {
    if (e instanceof Failure) return { core: e.core, kind: e.kind, message: e.message };
    throw e;
  }
}

export const isFailure = (r: CollectiveResult | CollectiveFailure): r is CollectiveFailure => "kind" in r;

/**
 * The error a core's own contribution makes certain whatever the others give (a
 * reduce of a str, a scatter root's list of the wrong length), for the core to raise
 * at its call, before it waits: there it is an ordinary exception the program may
 * catch, where a round's failure ends the core. `cores`: the cores of the run.
 */
export function contributionError(c: Contribution, cores: number): CollectiveFailure | null {
  try {
    if (c.op === "reduce") checkReducible(c.arg as string, c.value, c.core);
    else if (c.op === "scatter" && c.arg === c.core) scatterItems(c.value, cores, c.core);
    return null;
  } catch (e) {
    if (e instanceof Failure) return { core: e.core, kind: e.kind, message: e.message };
    throw e;
  }
}

/** The items a scatter root passes: a list or tuple of one item per core. */
function scatterItems(v: Wire, cores: number, root: number): Wire[] {
  const xs = items(v);
  if (!xs || xs.length !== cores) {
    throw new Failure(root, "ValueError",
      `scatter(): the root's data must be a list of numcores() = ${cores} items, not ${xs ? `${xs.length} item${xs.length === 1 ? "" : "s"}` : `a ${wireTypeName(v)}`}`);
  }
  return xs;
}

function compute(entries: readonly Contribution[], float32: boolean, bigInts: boolean): CollectiveResult {
  const first = entries[0];
  for (const e of entries) {
    if (e.op !== first.op || e.arg !== first.arg) {
      throw new Failure(e.core, "RuntimeError",
        `collective mismatch: core ${first.core} called ${describe(first)} but core ${e.core} called ${describe(e)}; ` +
        `every core must call the same collectives in the same order`);
    }
  }
  switch (first.op) {
    case "sync":
      return { common: null, perCore: null };
    case "bcast":
      return { common: entries.find((e) => e.core === first.arg)!.value, perCore: null };
    case "allgather":
      return { common: { l: entries.map((e) => e.value) }, perCore: null };
    case "gather":
      return { common: null, perCore: [[first.arg as number, { l: entries.map((e) => e.value) }]] };
    case "scatter": {
      const root = entries.find((e) => e.core === first.arg)!;
      const xs = scatterItems(root.value, entries.length, root.core);
      return { common: null, perCore: entries.map((e, i) => [e.core, xs[i]]) };
    }
    case "reduce": {
      const op = first.arg as string;
      let acc = entries[0].value;
      checkReducible(op, acc, entries[0].core);
      for (let i = 1; i < entries.length; i++) acc = combine(op, acc, entries[i].value, entries[i].core, float32, bigInts);
      return { common: acc, perCore: null };
    }
  }
}

function items(w: Wire): Wire[] | null {
  return typeof w === "object" && w !== null && ("l" in w || "t" in w) ? ("l" in w ? w.l : w.t) : null;
}

function checkReducible(op: string, w: Wire, core: number): void {
  const xs = items(w);
  if (xs) xs.forEach((x) => checkReducible(op, x, core));
  else if (wireNumber(w) === undefined) {
    throw new Failure(core, "TypeError", `reduce('${op}') needs numbers (or lists of numbers), but core ${core} gave a ${wireTypeName(w)}`);
  }
}

function combine(op: string, a: Wire, b: Wire, core: number, float32: boolean, bigInts: boolean): Wire {
  const xs = items(a);
  const ys = items(b);
  if (xs || ys) {
    if (!xs || !ys || xs.length !== ys.length || ("l" in (a as object)) !== ("l" in (b as object))) {
      throw new Failure(core, "TypeError",
        `reduce('${op}'): core ${core} gave a ${wireTypeName(b)}${ys ? ` of ${ys.length}` : ""} where earlier cores gave a ${wireTypeName(a)}${xs ? ` of ${xs.length}` : ""}`);
    }
    const out = xs.map((x, i) => combine(op, x, ys[i], core, float32, bigInts));
    return "l" in (a as object) ? { l: out } : { t: out };
  }
  const x = wireNumber(a);
  const y = wireNumber(b);
  if (y === undefined) {
    throw new Failure(core, "TypeError", `reduce('${op}') needs numbers (or lists of numbers), but core ${core} gave a ${wireTypeName(b)}`);
  }
  const ia = wireInt(a), ib = wireInt(b);
  if (ia !== undefined && ib !== undefined && (bigInts || typeof a === "object" || typeof b === "object")) {
    // Two ints, one of them big or the run promoting: exact.
    if (op === "min") return ib < ia ? b : a;
    if (op === "max") return ib > ia ? b : a;
    const r = op === "sum" ? ia + ib : ia * ib;
    if (r >= -2147483648n && r <= 2147483647n) return Number(r);
    if (!bigInts) throw new Failure(core, "OverflowError", `reduce('${op}') overflows the 32-bit int range (${r})`);
    return { bi: r.toString() };
  }
  if (op === "min") return y < x! ? b : a;
  if (op === "max") return y > x! ? b : a;
  const r = op === "sum" ? x! + y : x! * y;
  if (!isWireFloat(a) && !isWireFloat(b)) {
    if ((r | 0) !== r) throw new Failure(core, "OverflowError", `reduce('${op}') overflows the 32-bit int range (${r})`);
    return r === 0 ? 0 : r;
  }
  return wireFloat(float32 ? Math.fround(r) : r);
}
