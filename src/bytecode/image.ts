// The binary bytecode image (`epython compile -o prog.epyc`): versioned, compact,
// little-endian, checksummed, and VALIDATED on load (an image is untrusted input).
// Layout, version 4:
//   "EPYC" u8 version u8 dialect(0 python3, 1 classic) varint moduleCount
//   (every string — names, file names, string constants — is stored once and then
//   back-referenced; see Writer.str)
//   per module: str name, str sourceHash (16 hex digits, checksum.ts contentHash), code
//   code: str name, str file, varint firstLine, argcount, kwonlycount, flags,
//         strs varnames, strs cellvars, ints cellArgs, strs freevars,
//         u8 hasGlobals [strs globals] (1 for a module body, 0 for nested code, which
//         shares its module's table), varint nconsts consts, strs names,
//         varint ninstr, instructions (u8 opcode + LEB128 operands; jumps as
//         instruction indices), line table (varint pairs: instruction count, line delta)
//   const: u8 tag (0 int, 1 float64, 2 str, 3 code, 4 names tuple, 5 bytes as a str of
//          code units 0..255, 6 big int as its canonical decimal text: see code.ts
//          isCanonicalBigIntText) + payload
//   u32 CRC-32 of every byte before it
// The operand-stack size is not stored: the verifier computes it (verify.ts).
// Instruction operands are LEB128 so typical instructions take 1–2 bytes, against
// the original's fixed u16 operands (see docs/benchmarks.md for measured sizes).
//
// decodeProgram checks the magic, the version, the checksum, then every byte as it
// parses (varints, string references, UTF-8, tags, table sizes, the line table), then
// runs the verifier over the decoded program. Any failure is an ImageError whose
// message says what is wrong; nothing malformed reaches the interpreter.

import { type CodeObject, type Const, type Program, isBigIntConst, isBytesConst, isCanonicalBigIntText, isCodeObject } from "./code.js";
import { crc32 } from "./checksum.js";
import { instrWidth, operandKinds, opNames } from "./opcodes.js";
import { MAX_NESTING, VerifyError, verifyProgram } from "./verify.js";

export const IMAGE_MAGIC = "EPYC";
export const IMAGE_VERSION = 7;

/** A file that is not a usable image; the message is ready to print after `epython: `. */
export class ImageError extends Error {}

/** A malformed image found while parsing (wrapped into an ImageError naming the file). */
class CorruptImage extends Error {}

/**
 * True if `bytes` start like a bytecode image (the magic), whatever the file is
 * called: the CLI loads such a file as an image and anything else as source.
 */
export function isImage(bytes: Uint8Array): boolean {
  return bytes.length >= IMAGE_MAGIC.length && [...IMAGE_MAGIC].every((ch, i) => bytes[i] === ch.charCodeAt(0));
}

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
  u32(x: number): void {
    this.room(4);
    new DataView(this.buf.buffer).setUint32(this.len, x, true);
    this.len += 4;
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

const INT32_MAX = 0x7fffffff;
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Reads the image body; every read is bounds-checked and every count bounded by the bytes left. */
class Reader {
  pos = 0;
  private view: DataView;
  constructor(private buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  get left(): number {
    return this.buf.length - this.pos;
  }
  u8(): number {
    if (this.pos >= this.buf.length) throw new CorruptImage("truncated");
    return this.buf[this.pos++];
  }
  /** Unsigned LEB128, at most 2^53 (exact in a double). */
  uvar(): number {
    let x = 0;
    let mul = 1;
    for (;;) {
      const b = this.u8();
      x += (b & 0x7f) * mul;
      if (!(b & 0x80)) return x;
      mul *= 128;
      if (mul >= 2 ** 49) throw new CorruptImage("overlong varint");
    }
  }
  /** An unsigned 32-bit-signed-safe value (a count, an index, a line). */
  u31(what: string): number {
    const x = this.uvar();
    if (x > INT32_MAX) throw new CorruptImage(`${what} ${x} out of range`);
    return x;
  }
  /** A count of items that each take at least one byte: never more than the bytes left. */
  count(what: string): number {
    const n = this.uvar();
    if (n > this.left) throw new CorruptImage(`${what} count ${n} exceeds the image`);
    return n;
  }
  /** A zig-zag signed varint in int32 range. */
  svar(): number {
    const u = this.uvar();
    const x = u % 2 === 0 ? u / 2 : -(u + 1) / 2;
    if (x > INT32_MAX || x < -INT32_MAX - 1) throw new CorruptImage(`signed value ${x} out of range`);
    return x;
  }
  f64(): number {
    if (this.pos + 8 > this.buf.length) throw new CorruptImage("truncated");
    const x = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return x;
  }
  private strings: string[] = [];
  str(): string {
    const tag = this.uvar();
    if (tag % 2 === 1) {
      const s = this.strings[(tag - 1) / 2];
      if (s === undefined) throw new CorruptImage("string reference to an unknown string");
      return s;
    }
    const n = tag / 2;
    if (n > this.left) throw new CorruptImage("truncated string");
    let s: string;
    try {
      s = utf8.decode(this.buf.subarray(this.pos, this.pos + n));
    } catch {
      throw new CorruptImage("a string is not valid UTF-8");
    }
    this.pos += n;
    this.strings.push(s);
    return s;
  }
  strs(what: string): string[] {
    const out: string[] = [];
    for (let n = this.count(what); n > 0; n--) out.push(this.str());
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
    w.str(m.sourceHash);
    writeCode(w, m.code, null, sizes);
  }
  const body = w.bytes();
  w.u32(crc32(body));
  sizes.total = w.len;
  return { bytes: w.bytes(), sizes };
}

function writeCode(w: Writer, c: CodeObject, parentGlobals: string[] | null, sizes: ImageSizes): void {
  w.str(c.name);
  // Empty when it is the name (module-level functions and classes): one byte.
  w.str(c.qualname === c.name ? "" : c.qualname);
  w.str(c.file);
  w.uvar(c.firstLine);
  w.uvar(c.argcount);
  w.uvar(c.kwonlycount);
  w.uvar(c.flags);
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

  sizes.instructions += writeInstructions(w, c);

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

/**
 * Writes `c`'s instructions (their count, then each opcode and its operands, jumps as
 * instruction indices); returns the bytes of the instructions themselves (the `-s`
 * figure, comparable to the original's code bytes).
 */
function writeInstructions(w: Writer, c: CodeObject): number {
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
  return w.len - start;
}

/** A Writer that only counts the bytes it would write. */
class ByteCounter extends Writer {
  override u8(): void {
    this.len++;
  }
}

/**
 * The instruction bytes of a program's image (ImageSizes.instructions) without
 * encoding it: what a device charges for code when it runs on the calling thread and
 * needs no image.
 */
export function instructionBytes(program: Program): number {
  let n = 0;
  const counter = new ByteCounter();
  const visit = (c: CodeObject) => {
    n += writeInstructions(counter, c);
    for (const k of c.consts) if (isCodeObject(k)) visit(k);
  };
  for (const m of program.modules) visit(m.code);
  return n;
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
  } else if (isBytesConst(k)) {
    w.u8(5);
    w.str(k.bytes);
  } else if (isBigIntConst(k)) {
    w.u8(6);
    w.str(k.bigint);
  } else {
    w.u8(1);
    w.f64((k as { float: number }).float);
  }
}

/**
 * Decodes and verifies an image. `file` names it in error messages
 * (`corrupt image 'prog.epyc': ...`). `verify: false` only for an image this build's
 * own compiler wrote (compiler/moduleCache.ts): its checksum is still checked, and
 * it is trusted as the compiler's output is trusted (a program compiled in this
 * process runs unverified on the calling thread).
 */
export function decodeProgram(bytes: Uint8Array, file?: string, verify = true): Program {
  const named = file === undefined ? "" : ` '${file}'`;
  if (!isImage(bytes)) throw new ImageError(`${file === undefined ? "this file" : `'${file}'`} is not an ePython bytecode image (bad magic)`);
  const corrupt = (detail: string) => new ImageError(`corrupt image${named}: ${detail}`);
  const version = bytes[4];
  if (version !== undefined && version !== IMAGE_VERSION) {
    throw new ImageError(`bytecode image${named} has version ${version}, but this epython reads version ${IMAGE_VERSION} (compile the program again)`);
  }
  if (bytes.length < 10) throw corrupt("truncated");
  const end = bytes.length - 4;
  const stored = new DataView(bytes.buffer, bytes.byteOffset + end, 4).getUint32(0, true);
  if (crc32(bytes, 0, end) !== stored) throw corrupt("checksum mismatch (the file is damaged or truncated)");
  try {
    const r = new Reader(bytes.subarray(0, end));
    r.pos = 5;
    const dialectByte = r.u8();
    if (dialectByte > 1) throw new CorruptImage(`unknown dialect ${dialectByte}`);
    const dialect = dialectByte === 1 ? "classic" : "python3";
    const modules = [];
    for (let n = r.count("module"); n > 0; n--) {
      const name = r.str();
      const sourceHash = r.str();
      modules.push({ name, sourceHash, code: readCode(r, null, 0) });
    }
    if (r.pos !== end) throw new CorruptImage("trailing bytes after the last module");
    const program: Program = { dialect, modules };
    if (verify) verifyProgram(program);
    return program;
  } catch (e) {
    if (e instanceof CorruptImage || e instanceof VerifyError) throw corrupt(e.message);
    // A decoder bug must not leak JavaScript text to the user either.
    const err = corrupt("unreadable (internal decoder error)");
    (err as { cause?: unknown }).cause = e;
    throw err;
  }
}

function readCode(r: Reader, parentGlobals: string[] | null, depth: number): CodeObject {
  if (depth > MAX_NESTING) throw new CorruptImage("code objects nested too deeply");
  const name = r.str();
  const qualname = r.str() || name;
  const file = r.str();
  const firstLine = r.u31("first line");
  const argcount = r.u31("argument count");
  const kwonlycount = r.u31("keyword-only count");
  const flags = r.u31("flags");
  const varnames = r.strs("local");
  const cellvars = r.strs("cell");
  const cellArgs: number[] = [];
  for (let i = r.count("cell argument"); i > 0; i--) cellArgs.push(r.svar());
  const freevars = r.strs("free variable");
  const hasGlobals = r.u8();
  if (hasGlobals > 1) throw new CorruptImage(`bad globals marker ${hasGlobals} in code '${name}'`);
  if (hasGlobals === (parentGlobals ? 1 : 0)) {
    throw new CorruptImage(parentGlobals ? `nested code '${name}' has its own globals table` : `module code '${name}' has no globals table`);
  }
  const globals = hasGlobals ? r.strs("global") : parentGlobals!;
  const consts: Const[] = [];
  for (let i = r.count("constant"); i > 0; i--) consts.push(readConst(r, globals, depth));
  const names = r.strs("name");

  const ninstr = r.count("instruction");
  if (ninstr === 0) throw new CorruptImage(`code '${name}' has no instructions`);
  const words: number[] = [];
  const starts: number[] = [];
  const jumpFixups: number[] = [];
  for (let i = 0; i < ninstr; i++) {
    starts.push(words.length);
    const op = r.u8();
    if (op >= opNames.length) throw new CorruptImage(`unknown opcode ${op} in code '${name}'`);
    words.push(op);
    for (const kind of operandKinds[op]) {
      if (kind === "jump") jumpFixups.push(words.length);
      words.push(kind === "int" || kind === "cell" ? r.svar() : r.u31("operand"));
    }
  }
  starts.push(words.length);
  for (const at of jumpFixups) {
    const target = starts[words[at]];
    if (target === undefined || words[at] === ninstr) throw new CorruptImage(`jump to instruction ${words[at]} of ${ninstr} in code '${name}'`);
    words[at] = target;
  }
  const code = Int32Array.from(words);
  const lines = new Int32Array(code.length);
  // The line table must cover every instruction exactly once, with lines in range.
  let line = firstLine;
  let instr = 0;
  for (let runs = r.count("line run"); runs > 0; runs--) {
    const count = r.u31("line run length");
    line += r.svar();
    if (count === 0 || instr + count > ninstr) throw new CorruptImage(`line table of code '${name}' does not match its instructions`);
    if (line < 0 || line > INT32_MAX) throw new CorruptImage(`line ${line} out of range in code '${name}'`);
    for (let k = 0; k < count; k++) lines[starts[instr++]] = line;
  }
  if (instr !== ninstr) throw new CorruptImage(`line table of code '${name}' does not match its instructions`);
  return {
    name, qualname, file, firstLine, argcount, kwonlycount, flags, varnames, cellvars, cellArgs,
    // Computed by the verifier; never read from the file.
    stacksize: 0,
    freevars, code, lines, consts, names, globals,
  };
}

function readConst(r: Reader, globals: string[], depth: number): Const {
  const tag = r.u8();
  switch (tag) {
    case 0: return r.svar();
    case 1: return { float: r.f64() };
    case 2: return r.str();
    case 3: return readCode(r, globals, depth + 1);
    case 4: return r.strs("name");
    case 5: return { bytes: r.str() };
    case 6: {
      const text = r.str();
      if (!isCanonicalBigIntText(text)) throw new CorruptImage(`malformed big int constant '${text.slice(0, 40)}'`);
      return { bigint: text };
    }
    default: throw new CorruptImage(`unknown constant tag ${tag}`);
  }
}
