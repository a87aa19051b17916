// The binary bytecode image (`epython compile -o prog.epyc`): versioned, compact,
// little-endian. Layout:
//   "EPYC" u8 version u8 dialect(0 python3, 1 classic) varint moduleCount
//   (every string — names, file names, string constants — is stored once and then
//   back-referenced; see Writer.str)
//   per module: str name, code
//   code: str name, str file, varint firstLine, argcount, kwonlycount, flags, stacksize,
//         strs varnames, strs cellvars, ints cellArgs, strs freevars,
//         u8 hasGlobals [strs globals], varint nconsts consts, strs names,
//         varint ninstr, instructions (u8 opcode + LEB128 operands; jumps as
//         instruction indices), line table (varint pairs: instruction count, line delta)
//   const: u8 tag (0 int, 1 float64, 2 str, 3 code, 4 names tuple) + payload
// Instruction operands are LEB128 so typical instructions take 1–2 bytes, against
// the original's fixed u16 operands (see docs/benchmarks.md for measured sizes).

import { type CodeObject, type Const, type Program, isCodeObject } from "./code.js";
import { instrWidth, operandKinds, opNames } from "./opcodes.js";

export const IMAGE_MAGIC = "EPYC";
export const IMAGE_VERSION = 3;

export class ImageError extends Error {}

class Writer {
  private buf = new Uint8Array(1024);
  len = 0;
  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }
  u8(x: number): void {
    this.room(1);
    this.buf[this.len++] = x & 0xff;
  }
  /** Unsigned LEB128. */
  uvar(x: number): void {
    if (x < 0 || !Number.isInteger(x)) throw new ImageError(`bad unsigned operand ${x}`);
    do {
      let byte = x % 128;
      x = Math.floor(x / 128);
      if (x > 0) byte |= 0x80;
      this.u8(byte);
    } while (x > 0);
  }
  /** Signed values zig-zag encoded into unsigned LEB128. */
  svar(x: number): void {
    this.uvar(x >= 0 ? x * 2 : -x * 2 - 1);
  }
  f64(x: number): void {
    this.room(8);
    new DataView(this.buf.buffer).setFloat64(this.len, x, true);
    this.len += 8;
  }
  /**
   * Strings are written once: a repeat (a file name in every code object, a global
   * name used by several functions) is a back-reference. Encoding: uvar(2·index + 1)
   * for a string seen before, uvar(2·byteLength) + UTF-8 bytes for a new one.
   */
  private seen = new Map<string, number>();
  str(s: string): void {
    const ref = this.seen.get(s);
    if (ref !== undefined) {
      this.uvar(ref * 2 + 1);
      return;
    }
    this.seen.set(s, this.seen.size);
    const bytes = new TextEncoder().encode(s);
    this.uvar(bytes.length * 2);
    this.room(bytes.length);
    this.buf.set(bytes, this.len);
    this.len += bytes.length;
  }
  strs(list: readonly string[]): void {
    this.uvar(list.length);
    for (const s of list) this.str(s);
  }
  bytes(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

class Reader {
  pos = 0;
  private view: DataView;
  constructor(private buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  u8(): number {
    if (this.pos >= this.buf.length) throw new ImageError("truncated image");
    return this.buf[this.pos++];
  }
  uvar(): number {
    let x = 0;
    let mul = 1;
    for (;;) {
      const b = this.u8();
      x += (b & 0x7f) * mul;
      if (!(b & 0x80)) return x;
      mul *= 128;
      if (mul > 2 ** 56) throw new ImageError("corrupt varint");
    }
  }
  svar(): number {
    const u = this.uvar();
    return u % 2 === 0 ? u / 2 : -(u + 1) / 2;
  }
  f64(): number {
    if (this.pos + 8 > this.buf.length) throw new ImageError("truncated image");
    const x = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return x;
  }
  private strings: string[] = [];
  str(): string {
    const tag = this.uvar();
    if (tag % 2 === 1) {
      const s = this.strings[(tag - 1) / 2];
      if (s === undefined) throw new ImageError("corrupt string reference");
      return s;
    }
    const n = tag / 2;
    if (this.pos + n > this.buf.length) throw new ImageError("truncated image");
    const s = new TextDecoder().decode(this.buf.subarray(this.pos, this.pos + n));
    this.pos += n;
    this.strings.push(s);
    return s;
  }
  strs(): string[] {
    const n = this.uvar();
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.str());
    return out;
  }
}

/** Byte counts of an encoded program, for `-s`. */
export interface ImageSizes {
  total: number;
  /** Instruction bytes only (opcodes + operands), comparable to the original's code bytes. */
  instructions: number;
}

export function encodeProgram(program: Program): { bytes: Uint8Array; sizes: ImageSizes } {
  const w = new Writer();
  for (const ch of IMAGE_MAGIC) w.u8(ch.charCodeAt(0));
  w.u8(IMAGE_VERSION);
  w.u8(program.dialect === "classic" ? 1 : 0);
  w.uvar(program.modules.length);
  const sizes = { total: 0, instructions: 0 };
  for (const m of program.modules) {
    w.str(m.name);
    writeCode(w, m.code, null, sizes);
  }
  sizes.total = w.len;
  return { bytes: w.bytes(), sizes };
}

function writeCode(w: Writer, c: CodeObject, parentGlobals: string[] | null, sizes: ImageSizes): void {
  w.str(c.name);
  w.str(c.file);
  w.uvar(c.firstLine);
  w.uvar(c.argcount);
  w.uvar(c.kwonlycount);
  w.uvar(c.flags);
  w.uvar(c.stacksize);
  w.strs(c.varnames);
  w.strs(c.cellvars);
  w.uvar(c.cellArgs.length);
  for (const a of c.cellArgs) w.svar(a);
  w.strs(c.freevars);
  const ownGlobals = c.globals !== parentGlobals;
  w.u8(ownGlobals ? 1 : 0);
  if (ownGlobals) w.strs(c.globals);
  w.uvar(c.consts.length);
  for (const k of c.consts) writeConst(w, k, c.globals, sizes);
  w.strs(c.names);

  // Instructions: map word offsets to instruction indices for jump operands.
  const index = new Map<number, number>();
  let n = 0;
  for (let pc = 0; pc < c.code.length; pc += instrWidth(c.code[pc])) index.set(pc, n++);
  index.set(c.code.length, n);
  w.uvar(n);
  const start = w.len;
  for (let pc = 0; pc < c.code.length; pc += instrWidth(c.code[pc])) {
    const op = c.code[pc];
    w.u8(op);
    operandKinds[op].forEach((kind, i) => {
      const v = c.code[pc + 1 + i];
      if (kind === "jump") {
        const t = index.get(v);
        if (t === undefined) throw new ImageError(`jump into the middle of an instruction at ${pc}`);
        w.uvar(t);
      } else if (kind === "int" || kind === "cell") w.svar(v);
      else w.uvar(v);
    });
  }
  sizes.instructions += w.len - start;

  // Line table: runs of instructions on the same line.
  const runs: [number, number][] = [];
  let prevLine = c.firstLine;
  for (let pc = 0; pc < c.code.length; pc += instrWidth(c.code[pc])) {
    const line = c.lines[pc];
    const last = runs[runs.length - 1];
    if (last && line === prevLine) last[0]++;
    else runs.push([1, line - prevLine]);
    prevLine = line;
  }
  w.uvar(runs.length);
  for (const [count, delta] of runs) {
    w.uvar(count);
    w.svar(delta);
  }
}

function writeConst(w: Writer, k: Const, globals: string[], sizes: ImageSizes): void {
  if (typeof k === "number") {
    w.u8(0);
    w.svar(k);
  } else if (typeof k === "string") {
    w.u8(2);
    w.str(k);
  } else if (isCodeObject(k)) {
    w.u8(3);
    writeCode(w, k, globals, sizes);
  } else if (Array.isArray(k)) {
    w.u8(4);
    w.strs(k);
  } else {
    w.u8(1);
    w.f64((k as { float: number }).float);
  }
}

export function decodeProgram(bytes: Uint8Array): Program {
  const r = new Reader(bytes);
  const magic = String.fromCharCode(r.u8(), r.u8(), r.u8(), r.u8());
  if (magic !== IMAGE_MAGIC) throw new ImageError("not an ePython bytecode image (bad magic)");
  const version = r.u8();
  if (version !== IMAGE_VERSION) {
    throw new ImageError(`bytecode image version ${version} is not supported (this epython reads version ${IMAGE_VERSION})`);
  }
  const dialect = r.u8() === 1 ? "classic" : "python3";
  const count = r.uvar();
  const modules = [];
  for (let i = 0; i < count; i++) {
    const name = r.str();
    modules.push({ name, code: readCode(r, null) });
  }
  if (r.pos !== bytes.length) throw new ImageError("trailing bytes after image");
  return { dialect, modules };
}

function readCode(r: Reader, parentGlobals: string[] | null): CodeObject {
  const name = r.str();
  const file = r.str();
  const firstLine = r.uvar();
  const argcount = r.uvar();
  const kwonlycount = r.uvar();
  const flags = r.uvar();
  const stacksize = r.uvar();
  const varnames = r.strs();
  const cellvars = r.strs();
  const cellArgs: number[] = [];
  for (let i = r.uvar(); i > 0; i--) cellArgs.push(r.svar());
  const freevars = r.strs();
  const globals = r.u8() ? r.strs() : parentGlobals;
  if (!globals) throw new ImageError("module code without a globals table");
  const consts: Const[] = [];
  for (let i = r.uvar(); i > 0; i--) consts.push(readConst(r, globals));
  const names = r.strs();

  const ninstr = r.uvar();
  const words: number[] = [];
  const starts: number[] = [];
  const jumpFixups: number[] = [];
  for (let i = 0; i < ninstr; i++) {
    starts.push(words.length);
    const op = r.u8();
    if (op >= opNames.length) throw new ImageError(`unknown opcode ${op}`);
    words.push(op);
    for (const kind of operandKinds[op]) {
      if (kind === "jump") jumpFixups.push(words.length);
      words.push(kind === "int" || kind === "cell" ? r.svar() : r.uvar());
    }
  }
  starts.push(words.length);
  for (const at of jumpFixups) {
    const target = starts[words[at]];
    if (target === undefined) throw new ImageError("jump target out of range");
    words[at] = target;
  }
  const code = Int32Array.from(words);
  const lines = new Int32Array(code.length);
  let line = firstLine;
  let instr = 0;
  for (let runsLeft = r.uvar(); runsLeft > 0; runsLeft--) {
    const count = r.uvar();
    line += r.svar();
    for (let k = 0; k < count && instr < ninstr; k++) lines[starts[instr++]] = line;
  }
  return {
    name, file, firstLine, argcount, kwonlycount, flags, varnames, cellvars, cellArgs,
    freevars, stacksize, code, lines, consts, names, globals,
  };
}

function readConst(r: Reader, globals: string[]): Const {
  const tag = r.u8();
  switch (tag) {
    case 0: return r.svar();
    case 1: return { float: r.f64() };
    case 2: return r.str();
    case 3: return readCode(r, globals);
    case 4: return r.strs();
    default: throw new ImageError(`unknown constant tag ${tag}`);
  }
}
