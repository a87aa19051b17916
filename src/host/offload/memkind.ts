// Memory kinds: arrays placed explicitly (the published `memkind` API).
//
//   const a = memkind.Host(types.float, 50_000_000);   // host memory, any size
//   a.data[0] = 1.5;                                    // the host's own view (a typed array)
//   await dev.call("scale", [a, 2.0]);                  // kernels use it in place
//
// - Host: the elements stay in host memory; cores fetch lines into their caches.
// - Shared: the elements live in the device's shared memory (faster to reach in the
//   transfer model); a launch's shared arrays must fit the device's shared memory.
// - Device: each core gets its own copy in its local memory when the kernel starts
//   (charged to the core; MemoryError if it does not fit), never written back.
// `prefetch: n` asks for n lines ahead of use (see src/vm/hostArray.ts).

import { type ElementType, type MemoryKind, typedArrayHome } from "../../vm/hostArray.js";
import { ArrayRef } from "./values.js";

/** Element types, by the names of the original's `types` and by C width. */
export const types = {
  int: "int32", float: "float32", double: "float64",
  int32: "int32", float32: "float32", float64: "float64",
} as const satisfies Record<string, ElementType>;

type Storage = Float32Array | Int32Array | Float64Array;

/** A memkind array: an ArrayRef whose home is a typed array the host can use directly. */
export class KindArray extends ArrayRef {
  constructor(readonly data: Storage, kind: MemoryKind, prefetch: number) {
    super(typedArrayHome(data), { kind, prefetch });
  }
}

export interface KindOptions {
  /** Lines to fetch ahead of use (default 0: fetch on first access). */
  prefetch?: number;
}

function allocate(kind: MemoryKind, type: ElementType, n: number | ArrayLike<number>, o: KindOptions): KindArray {
  if (!Object.values(types).includes(type)) {
    throw new TypeError(`memkind: unknown element type ${JSON.stringify(type)} (use types.int, types.float or types.double)`);
  }
  const init = typeof n === "number" ? null : n;
  const length = init ? init.length : n;
  if (!Number.isSafeInteger(length) || (length as number) < 0) throw new RangeError(`memkind: the element count must be a whole number >= 0, not ${String(n)}`);
  const Ctor = type === "int32" ? Int32Array : type === "float32" ? Float32Array : Float64Array;
  const data = new Ctor(length as number);
  if (init) data.set(init as ArrayLike<number>);
  return new KindArray(data, kind, o.prefetch ?? 0);
}

export const memkind = {
  /** An array in host memory: `n` zeros, or a copy of the given numbers. */
  Host: (type: ElementType, n: number | ArrayLike<number>, o: KindOptions = {}) => allocate("host", type, n, o),
  /** An array in the device's shared memory. */
  Shared: (type: ElementType, n: number | ArrayLike<number>, o: KindOptions = {}) => allocate("shared", type, n, o),
  /** An array copied into each core's local memory for a kernel. */
  Device: (type: ElementType, n: number | ArrayLike<number>, o: KindOptions = {}) => allocate("device", type, n, o),
};
