// Human-readable listing of a program (`epython disasm prog.epyc`), one code object
// after another, CPython `dis` style: line, offset, opcode, operand and its meaning.

import { type CodeObject, type Const, type Program, isBigIntConst, isBytesConst, isCodeObject } from "./code.js";
import { instrWidth, operandKinds, opNames } from "./opcodes.js";

export function disassemble(program: Program): string {
  const out: string[] = [`; ePython bytecode, dialect ${program.dialect}`];
  for (const m of program.modules) {
    out.push("", `; module ${m.name}, source hash ${m.sourceHash}`);
    disassembleCode(m.code, `module ${m.name}`, out);
  }
  return out.join("\n") + "\n";
}

function describeConst(k: Const): string {
  if (typeof k === "number") return String(k);
  if (typeof k === "string") return JSON.stringify(k);
  if (isCodeObject(k)) return `<code ${k.name}>`;
  if (Array.isArray(k)) return `(${k.map((s) => JSON.stringify(s)).join(", ")})`;
  if (isBytesConst(k)) return `b${JSON.stringify(k.bytes)}`;
  if (isBigIntConst(k)) return k.bigint;
  return `${(k as { float: number }).float}f`;
}

function disassembleCode(c: CodeObject, title: string, out: string[]): void {
  out.push("", `${title}: ${c.name} (${c.file}:${c.firstLine}) args=${c.argcount} kwonly=${c.kwonlycount} locals=${c.varnames.length} stack=${c.stacksize}`);
  if (c.cellvars.length) out.push(`  cells: ${c.cellvars.join(", ")}`);
  if (c.freevars.length) out.push(`  free: ${c.freevars.join(", ")}`);
  let lastLine = -1;
  const nested: CodeObject[] = [];
  for (let pc = 0; pc < c.code.length; pc += instrWidth(c.code[pc])) {
    const op = c.code[pc];
    const line = c.lines[pc];
    const parts = operandKinds[op].map((kind, i) => {
      const v = c.code[pc + 1 + i];
      switch (kind) {
        case "const": {
          const k = c.consts[v];
          if (isCodeObject(k)) nested.push(k);
          return `${v} (${describeConst(k)})`;
        }
        case "local": return `${v} (${c.varnames[v]})`;
        case "cell": return `${v} (${[...c.cellvars, ...c.freevars][v]})`;
        case "name": return `${v} (${c.names[v]})`;
        case "global": return `${v} (${c.globals[v]})`;
        case "jump": return `to ${v}`;
        default: return String(v);
      }
    });
    const lineCol = line !== lastLine ? String(line).padStart(5) : "     ";
    lastLine = line;
    out.push(`${lineCol} ${String(pc).padStart(5)} ${opNames[op].padEnd(20)} ${parts.join(", ")}`.trimEnd());
  }
  for (const n of nested) disassembleCode(n, "function", out);
}
