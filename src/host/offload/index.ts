// The offload API: a host program (TypeScript, or CPython through the runtime
// server) opens a device that stays up, loads a kernel module, launches kernels on
// cores, keeps data resident on the device and passes arrays by reference.
export { openDevice, OffloadDevice, Handle, waitAll, type Kernel, type LaunchOptions, type LoadOptions, type OpenOptions, type WaitOptions } from "./device.js";
export { KernelError, DeviceClosedError } from "./errors.js";
export { ArrayRef, pyFloat, pyInt, pyTuple } from "./values.js";
export { memkind, types, KindArray, type KindOptions } from "./memkind.js";
export { transferStats, type ArrayHome, type ElementType, type MemoryKind, type ReferenceOptions, type TransferCounters } from "../../vm/hostArray.js";
