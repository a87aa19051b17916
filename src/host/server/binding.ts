// The server's view of the offload API (src/host/offload): the one place that
// names it, so the server and its tests can run against another implementation.

import { ArrayRef, KernelError, openDevice, pyFloat, pyInt, pyTuple } from "../offload/index.js";
import type { OffloadBinding, OffloadDeviceLike } from "./server.js";

export const offloadBinding: OffloadBinding = {
  openDevice: (options) => openDevice(options) as unknown as OffloadDeviceLike,
  int: (n) => pyInt(n),
  float: (x) => pyFloat(x),
  tuple: (items) => pyTuple(...items),
  arrayRef: (home, opts) => new ArrayRef(home, opts),
  kernelError: (e) => (e instanceof KernelError
    ? { core: e.core, kind: e.kind, pyMessage: e.pyMessage, traceback: [...e.traceback], report: e.report }
    : null),
};
