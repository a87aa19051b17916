// Arguments passed by reference: the value each core's kernel sees for a host array.
//
// Invariants:
//  - one ArrayRef (one home) per host array per launch, shared by every core of
//    the launch: a plain array's home checks its elements once, not once per core;
//  - one reference value per ArrayRef per core: an array passed twice to a kernel
//    is one reference on the core, so the core's two arguments see each other's
//    writes through one cache;
//  - a launch's shared-memory arrays fit the device's shared memory together.

import { ELEMENT_BYTES, numberArrayHome, referenceArgument, type TransferEvent, typedArrayHome } from "../../vm/hostArray.js";
import type { DeviceCore } from "../../vm/driver.js";
import type { Value } from "../../vm/values.js";
import { ArrayRef, type Outgoing } from "./values.js";

/** The largest prefetch depth the transfer model accepts (lines). */
export const MAX_PREFETCH = 1024;

/** An argument after the launch has fixed its home: copied (wire) or by reference. */
export type LaunchArgument = Extract<Outgoing, { wire: unknown }> | { ref: ArrayRef };

/** Gives every by-reference argument one ArrayRef for the launch (aliases share it). */
export function fixHomes(args: Outgoing[], what: string, sharedMemory: number): LaunchArgument[] {
  const byArray = new Map<unknown, ArrayRef>();
  let shared = 0;
  const fixed = args.map((a): LaunchArgument => {
    if ("wire" in a) return a;
    const key = "ref" in a ? a.ref : "typed" in a ? a.typed : a.numbers;
    let ref = byArray.get(key);
    if (!ref) {
      if ("ref" in a) ref = a.ref;
      else if ("typed" in a) ref = new ArrayRef(typedArrayHome(a.typed));
      else {
        const ints = a.numbers.every((x) => Number.isInteger(x) && x >= -2147483648 && x <= 2147483647);
        ref = new ArrayRef(numberArrayHome(a.numbers, ints ? "int32" : "float64"));
      }
      if (ref.options.prefetch > MAX_PREFETCH) throw new RangeError(`${what}: prefetch is at most ${MAX_PREFETCH} lines, not ${ref.options.prefetch}`);
      if (ref.options.kind === "shared") shared += ref.length * ELEMENT_BYTES[ref.type];
      byArray.set(key, ref);
    }
    return { ref };
  });
  if (shared > sharedMemory) {
    throw new RangeError(`${what}: its shared-memory arrays take ${shared.toLocaleString("en-US")} bytes, more than the device's ${sharedMemory.toLocaleString("en-US")}-byte shared memory`);
  }
  return fixed;
}

/** Per core and launch: the reference values made so far (aliases get the same one). */
export class ReferenceMaker {
  private readonly made = new Map<ArrayRef, Value>();
  constructor(private readonly clockMHz: number, private readonly trace: ((e: TransferEvent) => void) | undefined) {}

  valueOn(core: DeviceCore, ref: ArrayRef): Value {
    let v = this.made.get(ref);
    if (v === undefined) {
      v = referenceArgument(core, ref.home, { ...ref.options, clockMHz: this.clockMHz, trace: this.trace });
      this.made.set(ref, v);
    }
    return v;
  }
}
