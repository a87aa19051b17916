// The server's view of the offload API (src/host/offload): the one place that
// names it, so the server and its tests can run against another implementation.

import { ArrayRef, KernelError, openDevice, pyFloat, pyInt } from "../offload/index.js";
import type { OffloadBinding, OffloadDeviceLike } from "./server.js";

export const offloadBinding: OffloadBinding = {
  openDevice: (options) => openDevice(options) as unknown as OffloadDeviceLike,
  int: (n) => pyInt(n),
  float: (x) => pyFloat(x),
  arrayRef: (home, opts) => new ArrayRef(home, opts),
  kernelError: (e) => (e instanceof KernelError ? e : null),
};
