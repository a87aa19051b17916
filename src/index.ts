// Node entry: devices run on the Node platform (worker threads); see src/browser.ts.
import "./platform/selectNode.js";
//
// The host API: `compile()` and `run()` apply the same module set, defaults and
// reports as `epython run` (src/host/); bad options throw EPythonUsageError.
export { compile, type CompileOptions } from "./host/compile.js";
// For the build (scripts/build.mjs): the library modules compiled once, kept next to the bundle.
export { buildLibraryCache, LIBRARY_CACHE_FILE } from "./host/compile.js";
export { run, type HostRunOptions, type RunReport } from "./host/run.js";
export { nativeBuild, nativeC, nativeRun, type NativeOptions, type NativeRunOptions } from "./host/native.js";
export { NativeBuildError } from "./native/compile.js";
export { NativeError } from "./compiler/infer.js";
export { deviceOptions, EPythonUsageError, type RunOptions, type RunIO } from "./host/options.js";
// Lower layers, for tools that need them.
export { parse } from "./lang/index.js";
export { compileProgram } from "./compiler/program.js";
export { encodeProgram, decodeProgram, isImage, ImageError } from "./bytecode/image.js";
export { verifyProgram, VerifyError } from "./bytecode/verify.js";
export { disassemble } from "./bytecode/disasm.js";
export { Device } from "./device/device.js";
export { profiles } from "./device/profiles.js";
export type { Program, CodeObject } from "./bytecode/code.js";
// Offload: kernels on a device that stays up, from a host program (docs/host-api.md).
export {
  openDevice, OffloadDevice, Handle, waitAll, KernelError, DeviceClosedError, ArrayRef, pyFloat, pyInt, pyTuple,
  memkind, types, KindArray, type KindOptions, type ArrayHome, type ElementType, type MemoryKind, type ReferenceOptions,
  type TransferCounters, type Kernel, type LaunchOptions, type LoadOptions, type OpenOptions, type WaitOptions,
} from "./host/offload/index.js";
