// Errors of offloaded work, as the host program sees them.

import type { TraceEntry } from "../../vm/errors.js";

/**
 * A kernel (or the kernel module's top level, or a transfer) failed on a core: the
 * Python exception kind and message, the ePython traceback, and `report` — the text
 * `epython run` would print ("Error on device core 3:", traceback, kind: message).
 * Other cores of the same launch may have failed too (`others`).
 */
export class KernelError extends Error {
  override name = "KernelError";
  others: KernelError[] = [];
  constructor(
    readonly core: number,
    readonly kind: string,
    readonly pyMessage: string,
    readonly traceback: readonly TraceEntry[],
    readonly report: string,
  ) {
    super(report);
  }
}

/** The device was closed (or its runtime stopped) before the operation could run. */
export class DeviceClosedError extends Error {
  override name = "DeviceClosedError";
}
