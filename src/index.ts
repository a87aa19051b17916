// Public API of the epython package (the host-side API grows here in later stages).
// Node entry: devices run on the Node platform (worker threads); see src/browser.ts.
import "./platform/selectNode.js";
export { parse } from "./lang/index.js";
export { compileProgram } from "./compiler/program.js";
export { encodeProgram, decodeProgram } from "./bytecode/image.js";
export { disassemble } from "./bytecode/disasm.js";
export { Device } from "./device/device.js";
export { profiles } from "./device/profiles.js";
export type { Program, CodeObject } from "./bytecode/code.js";
