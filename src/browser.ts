// The package's API for browsers and other non-Node hosts: the same compiler and
// device as src/index.ts on the portable platform (src/platform/portable.ts), so the
// bundle needs no Node module. Every core runs on the calling thread; use
// Device.step(ms) or runAsync with `sliceMs` to keep a UI responsive, and
// `readLineAsync` for input(). test/device/platform.test.ts bundles it.
export { parse } from "./lang/index.js";
export { compileProgram } from "./compiler/program.js";
export { encodeProgram, decodeProgram } from "./bytecode/image.js";
export { disassemble } from "./bytecode/disasm.js";
export { Device } from "./device/device.js";
export { profiles } from "./device/profiles.js";
export { lateModuleAttributes, standardModules, withLibraryModules } from "./vm/modules/index.js";
export { setPlatform, type Platform } from "./platform/platform.js";
export { portablePlatform } from "./platform/portable.js";
export type { Program, CodeObject } from "./bytecode/code.js";
