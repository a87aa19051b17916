// "Did you mean" for an uncaught NameError or AttributeError, as CPython 3.11's report
// adds it to the last line (`NameError: name 'totl' is not defined. Did you mean:
// 'total'?`). CPython computes it when it prints the traceback (Python/suggestions.c),
// not in str(e); ePython computes it when the error ends its core (vm/exceptions.ts
// finishChain), while the failing frame and the object are still there, and the report
// prints it (PyError.suggestion). The distance and the limits are suggestions.c's.

import type { Core } from "./core.js";
import type { PyError } from "./errors.js";
import { PyList, PyModule, PyType, type Value } from "./values.js";

/**
 * The builtins namespace, set by builtins.ts when it loads: a static import would close
 * a cycle (builtins -> exceptionGroups -> exceptions -> here) that evaluates too early.
 */
let builtins: ReadonlyMap<string, Value> = new Map();
export function setSuggestionBuiltins(table: ReadonlyMap<string, Value>): void {
  builtins = table;
}

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

const utf8 = new TextEncoder();

/** suggestions.c's substitution cost of two bytes: a case change is cheaper than a move. */
function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
  return lower(a) === lower(b) ? CASE_COST : MOVE_COST;
}

/** suggestions.c's levenshtein_distance over UTF-8 bytes, giving up past `maxCost` (max + 1 then). */
function distance(a0: Uint8Array, b0: Uint8Array, maxCost: number): number {
  let a = a0, b = b0;
  // Trim the common prefix and suffix.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let aEnd = a.length, bEnd = b.length;
  while (aEnd > start && bEnd > start && a[aEnd - 1] === b[bEnd - 1]) { aEnd--; bEnd--; }
  a = a.subarray(start, aEnd);
  b = b.subarray(start, bEnd);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row = new Array<number>(a.length);
  for (let i = 0; i < a.length; i++) row[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi]!;
    let dist = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = dist + substitutionCost(code, a[i]!);
      dist = row[i]!;
      const insertDelete = Math.min(result, dist) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** suggestions.c's calculate_suggestions: the closest candidate within a third of the characters, or null. */
export function closestName(candidates: readonly string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const nameBytes = utf8.encode(name);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const item of candidates) {
    if (item === name) continue;
    const itemBytes = utf8.encode(item);
    const maxDistance = Math.min(Math.trunc(((nameBytes.length + itemBytes.length + 3) * MOVE_COST) / 6), bestDistance - 1);
    const d = distance(nameBytes, itemBytes, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * CPython 3.11's builtins namespace in its dict order (functions, constants, types,
 * exceptions, then what site adds), up to the exceptions: calculate_suggestions keeps
 * the first of equally close names, so `inpt` is 'input', not 'int'. ePython's other
 * names (its own, the exceptions) follow in their own order.
 */
const CPYTHON_BUILTINS_ORDER = (
  "__build_class__ __import__ abs all any ascii bin breakpoint callable chr compile delattr dir divmod eval exec " +
  "format getattr globals hasattr hash hex id input isinstance issubclass iter aiter len locals max min next anext " +
  "oct ord pow print repr round setattr sorted sum vars None Ellipsis NotImplemented False True bool memoryview " +
  "bytearray bytes classmethod complex dict enumerate filter float frozenset property int list map object range " +
  "reversed set slice staticmethod str super tuple type zip __debug__"
).split(" ");

const BUILTIN_CONSTANTS = ["None", "Ellipsis", "NotImplemented", "False", "True"];

let orderedBuiltins: { of: ReadonlyMap<string, Value>; names: string[] } | null = null;

/** The builtins' names in CPython's order (with the constants the compiler makes keywords), made once. */
function builtinNamesInOrder(): string[] {
  if (orderedBuiltins?.of !== builtins) {
    const rank = (n: string) => {
      const i = CPYTHON_BUILTINS_ORDER.indexOf(n);
      return i < 0 ? CPYTHON_BUILTINS_ORDER.length : i;
    };
    const names = [...builtins.keys(), ...BUILTIN_CONSTANTS.filter((n) => !builtins.has(n))];
    // Array.prototype.sort is stable: the names CPython does not order keep ePython's.
    orderedBuiltins = { of: builtins, names: names.sort((x, y) => rank(x) - rank(y)) };
  }
  return orderedBuiltins.names;
}
const NAME_ERROR = /^name '(.+)' is not defined$/;
const ATTRIBUTE_ERROR = /^(?:'(.+)' object|type object '(.+)'|module '(.+)') has no attribute '(.+)'$/;

/**
 * The name to suggest for `err`, which is ending its core with `top` the code and globals of the frame that
 * raised it (CPython's last traceback frame): for a NameError the frame's local names,
 * then its module's globals, then the builtins, each list on its own (suggestions.c's
 * order); for an AttributeError dir() of the object (`attributeOf`, set where the error
 * was made) or, from the message, of the built-in type or module it names.
 */
export function suggestionFor(err: PyError, top: NonNullable<PyError["raisedIn"]>, core: Core): string | null {
  const message = err.pyMessage;
  if (err.kind === "NameError") {
    const m = NAME_ERROR.exec(message);
    if (!m) return null;
    const name = m[1]!;
    const globals = top.globals;
    const globalNames = globals.names.filter((n, i) => globals.slots[i] !== undefined && !n.startsWith("."));
    for (const names of [top.code.varnames.filter((n) => !n.startsWith(".")), globalNames, builtinNamesInOrder()]) {
      const s = closestName(names, name);
      if (s !== null) return s;
    }
    return null;
  }
  if (err.kind !== "AttributeError") return null;
  const m = ATTRIBUTE_ERROR.exec(message);
  if (!m) return null;
  const name = m[4]!;
  let obj = err.attributeOf as Value | undefined;
  if (obj === undefined && m[1] !== undefined) {
    const t = builtins.get(m[1]);
    if (t instanceof PyType) obj = t;
  }
  if (obj === undefined && m[3] !== undefined) obj = core.findModule(m[3]) ?? undefined;
  if (obj === undefined) return null;
  if (obj instanceof PyModule) {
    const m = obj;
    return closestName(m.names.filter((_n, i) => m.slots[i] !== undefined), name);
  }
  try {
    const listed = core.call(builtins.get("dir")!, [obj]);
    if (!(listed instanceof PyList)) return null;
    return closestName(listed.items.filter((x): x is string => typeof x === "string"), name);
  } catch {
    return null; // a dir() that fails gives no suggestion, as in CPython
  }
}
