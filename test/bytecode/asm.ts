// A tiny assembler for verifier tests: code objects written as instruction lists,
// with jump operands given as instruction indices (like the image), so each test
// shows exactly the bytecode it feeds the verifier.
import { CodeFlags, type CodeObject, type Program } from "../../src/bytecode/code.js";
import { contentHash } from "../../src/bytecode/checksum.js";
import { opNames, operandKinds } from "../../src/bytecode/opcodes.js";

export type Instr = [string, ...number[]];

/** The globals table every assembled code object shares (nested code must share its module's). */
export const GLOBALS = ["print", "x"];

export function assemble(instrs: Instr[], fields: Partial<CodeObject> = {}): CodeObject {
  const offsets: number[] = [];
  let at = 0;
  for (const [name] of instrs) {
    offsets.push(at);
    at += 1 + operandKinds[opNames.indexOf(name)].length;
  }
  offsets.push(at);
  const words: number[] = [];
  for (const [name, ...args] of instrs) {
    const op = opNames.indexOf(name);
    if (op < 0) throw new Error(`no opcode ${name}`);
    words.push(op, ...args.map((a, i) => (operandKinds[op][i] === "jump" ? offsets[a] ?? a : a)));
  }
  const code = Int32Array.from(words);
  const lines = new Int32Array(code.length);
  for (const o of offsets.slice(0, -1)) lines[o] = 1;
  const name = fields.name ?? "<module>";
  return {
    name, qualname: name, file: "t.py", firstLine: 1, argcount: 0, kwonlycount: 0, flags: CodeFlags.MODULE,
    varnames: [], cellvars: [], cellArgs: [], freevars: [], stacksize: 0, consts: [], names: [],
    globals: GLOBALS, ...fields, code, lines,
  };
}

/** A function (not module) code object. */
export function func(instrs: Instr[], fields: Partial<CodeObject> = {}): CodeObject {
  return assemble(instrs, { name: "f", flags: 0, ...fields });
}

export function programOf(main: CodeObject, dialect: Program["dialect"] = "python3"): Program {
  return { dialect, modules: [{ name: "__main__", code: main, sourceHash: contentHash("") }] };
}
