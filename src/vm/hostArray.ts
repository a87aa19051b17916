// Arrays passed to kernels by reference (the published software-UVA design).
//
// A host program passes an array to a kernel; each core receives a *reference*
// value (not a copy). The array's elements live at their home — host memory, the
// device's shared memory — described by an ArrayHome. A core's read fetches the
// line holding the element into a per-core cache kept in (and charged to) the
// core's local memory; a write goes through to the home (write-through) and
// updates the cached line. Prefetch asks for lines ahead of use, modelled as the
// core's DMA engine overlapping the transfer with compute.
//
// Invariants:
//  - the host sees every write when the kernel completes (write-through);
//  - a core sees its own writes in order; between cores only single-element
//    atomicity is promised (each write is one element);
//  - the cache's bytes are charged to the core's memory while the reference lives.
//
// THIS FILE IS THE INTERFACE; the implementation lands with issue 7's host arrays.

/** Element types of arrays passed by reference. */
export type ElementType = "int32" | "float32" | "float64";

/** Where an array's elements live, as kernels see it. */
export type MemoryKind = "host" | "shared" | "device";

/** Bytes per element. */
export const ELEMENT_BYTES: Readonly<Record<ElementType, number>> = { int32: 4, float32: 4, float64: 8 };

/**
 * The home of an array's elements: a typed array of the TypeScript host, a plain
 * JavaScript array, or host memory another process shares (the CPython bridge's
 * POSIX shared memory). Reads and writes are in elements.
 */
export interface ArrayHome {
  readonly length: number;
  readonly type: ElementType;
  /** Copies elements [start, start + count) into `into[0..count)`. */
  read(start: number, count: number, into: Float64Array): void;
  /** Stores one element (a number of the element type: ints are whole). */
  write(index: number, value: number): void;
  /** Optional: called once when the kernel that used the reference completes. */
  flush?(): void;
}

/** How a reference argument is placed and fetched. */
export interface ReferenceOptions {
  kind: MemoryKind;
  /**
   * Lines to fetch ahead of use (0: a blocking fetch on first access, the default).
   * The model overlaps these transfers with the core's compute.
   */
  prefetch: number;
}
