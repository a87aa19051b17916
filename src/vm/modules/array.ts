// The original ePython's `array` module, on our lists.
//
// An n-dimensional array is a list of lists (row-major): `array(3, 4)` is a list of 3
// lists of 4 zeros. The original returned uninitialised memory; we zero-fill (the
// original's taskfarm relies on zeros). `shared_mem_array` builds the same lists,
// marked `shared` and charged to the core's slice of shared memory through its port.
//
// Reading functions (size, ndim, shape, nbytes, flatten, len) accept lists and tuples
// and follow nested ones. Lists that contain themselves are refused (ValueError)
// rather than looping.
//
// Python 3 dialect: `array` is CPython's typed array class instead (cpythonArray.ts:
// elements stored and charged at their size); the other functions stay, and `len`
// is not exported (the builtin is used).
// Classic dialect: `len(a)` = `size(a)` (0 for scalars and strings, as the original).

import { expectArgs, expectKwargs, typeName } from "../args.js";
import { typeError, valueError } from "../errors.js";
import { PyList, PyModule, PyTuple, type CoreApi, type Value } from "../values.js";
import { allocList, def, int } from "./util.js";
import { listBytes } from "../memory.js";
import { arrayClass, TYPECODES } from "./cpythonArray.js";

/** A list of shared_mem_array (its `shared` flag is set). */
export type SharedList = PyList;

/** The original supports 1 to 7 dimensions. */
const MAX_DIMS = 7;

/** Bytes per element in the original's arrays (nbytes). */
const ELEMENT_BYTES = 4;

type ArrayValue = PyList | PyTuple;

function isArray(v: Value): v is ArrayValue {
  return v instanceof PyList || v instanceof PyTuple;
}

/**
 * Visits the leaves (non-list elements) of an array depth-first, in row-major order.
 * `path` holds the arrays being visited, to detect an array nested inside itself.
 */
function forEachLeaf(a: ArrayValue, visit: (owner: ArrayValue, index: number) => void, path = new Set<ArrayValue>()): void {
  if (path.has(a)) throw valueError("array contains itself");
  path.add(a);
  const items = a.items;
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    if (isArray(v)) forEachLeaf(v, visit, path);
    else visit(a, i);
  }
  path.delete(a);
}

/** Total number of elements over all dimensions (0 for non-arrays). */
export function arraySize(v: Value): number {
  if (!isArray(v)) return 0;
  let n = 0;
  forEachLeaf(v, () => n++);
  return n;
}

/** The dimensions of an array, following its first elements: [len(a), len(a[0]), ...]. */
function dims(v: Value): number[] {
  const out: number[] = [];
  const seen = new Set<ArrayValue>();
  while (isArray(v)) {
    if (seen.has(v)) throw valueError("array contains itself");
    seen.add(v);
    out.push(v.items.length);
    if (v.items.length === 0) break;
    v = v.items[0];
  }
  return out;
}

/** Builds a zero-filled (nested) list with the given dimensions. */
function build(core: CoreApi, shape: readonly number[], shared: boolean, k = 0): PyList {
  const last = k === shape.length - 1;
  const fill = (_i: number): Value => (last ? 0 : build(core, shape, shared, k + 1));
  if (!shared) return allocList(core, shape[k], fill);
  // Charged to the core's slice of shared memory (by the device), not to local memory.
  core.port.chargeShared(listBytes(shape[k]));
  const list: SharedList = new PyList(Array.from({ length: shape[k] }, (_, i) => fill(i)));
  list.shared = true;
  return list;
}

/** Reads the 1-7 dimension arguments of array()/shared_mem_array(). */
function dimArgs(name: string, args: Value[]): number[] {
  expectArgs(name, args, 1, MAX_DIMS);
  return args.map((v) => {
    const d = int(v);
    if (d < 0) throw valueError("negative dimensions are not allowed");
    return d;
  });
}

function checkFreeable(v: Value): void {
  if (!isArray(v)) throw valueError("Attempting to free non allocated heap memory");
}

export function createArray(core: CoreApi): PyModule {
  const classic = core.dialect === "classic";
  const mod = new PyModule("array");

  def(mod, "array", (c, args, kwargs) => {
    expectKwargs("array", kwargs);
    return build(c, dimArgs("array", args), false);
  });

  // Python 3 dialect: `array` is CPython's typed array class (cpythonArray.ts).
  if (!classic) {
    const cls = arrayClass();
    mod.set("array", cls);
    mod.set("ArrayType", cls);
    mod.set("typecodes", TYPECODES);
  }

  def(mod, "shared_mem_array", (c, args, kwargs) => {
    expectKwargs("shared_mem_array", kwargs);
    return build(c, dimArgs("shared_mem_array", args), true);
  });

  def(mod, "size", (_c, args, kwargs) => {
    expectKwargs("size", kwargs);
    expectArgs("size", args, 1);
    return arraySize(args[0]);
  });

  if (classic) {
    // The original's len is size: 0 for scalars and strings.
    def(mod, "len", (_c, args, kwargs) => {
      expectKwargs("len", kwargs);
      expectArgs("len", args, 1);
      return arraySize(args[0]);
    });
  }

  def(mod, "ndim", (_c, args, kwargs) => {
    expectKwargs("ndim", kwargs);
    expectArgs("ndim", args, 1);
    return dims(args[0]).length;
  });

  def(mod, "shape", (c, args, kwargs) => {
    expectKwargs("shape", kwargs);
    expectArgs("shape", args, 1);
    return c.newList(dims(args[0]));
  });

  def(mod, "nbytes", (_c, args, kwargs) => {
    expectKwargs("nbytes", kwargs);
    expectArgs("nbytes", args, 1);
    return arraySize(args[0]) * ELEMENT_BYTES;
  });

  def(mod, "flatten", (c, args, kwargs) => {
    expectKwargs("flatten", kwargs);
    expectArgs("flatten", args, 1);
    const a = args[0];
    if (!isArray(a)) throw typeError(`flatten() argument must be a list, not ${typeName(a)}`);
    const leaves: Value[] = [];
    forEachLeaf(a, (owner, i) => leaves.push(owner.items[i]));
    return allocList(c, leaves.length, (i) => leaves[i]);
  });

  def(mod, "arraycopy", (_c, args, kwargs) => {
    expectKwargs("arraycopy", kwargs);
    expectArgs("arraycopy", args, 2);
    const [target, source] = args;
    if (!isArray(target)) throw typeError(`arraycopy() target must be a list, not ${typeName(target)}`);
    if (!isArray(source)) throw typeError(`arraycopy() source must be a list, not ${typeName(source)}`);
    // Snapshot the source first, so copying an array onto itself (or onto an
    // overlapping one) reads the original values.
    const values: Value[] = [];
    forEachLeaf(source, (owner, i) => values.push(owner.items[i]));
    const slots: [ArrayValue, number][] = [];
    forEachLeaf(target, (owner, i) => slots.push([owner, i]));
    if (values.length !== slots.length) throw valueError("array copy overall sizes must match");
    // Check every slot is writable before writing any, so a failed copy changes nothing.
    if (slots.some(([owner]) => !(owner instanceof PyList))) {
      throw typeError("'tuple' object does not support item assignment");
    }
    slots.forEach(([owner, i], k) => { owner.items[i] = values[k]; });
    return null;
  });

  // Memory is reclaimed by the core's collector; freeing only checks the argument.
  def(mod, "freearray", (_c, args, kwargs) => {
    expectKwargs("freearray", kwargs);
    expectArgs("freearray", args, 1);
    checkFreeable(args[0]);
    return null;
  });

  return mod;
}
