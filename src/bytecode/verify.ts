// The bytecode verifier: proves, before a program runs, that the interpreter can
// execute its code without ever meeting a state it does not expect. An image file is
// untrusted input (a damaged download, a hand-edited file); the interpreter's fast
// paths trust their operands, so everything they rely on is checked here once:
//
//  - structure: every opcode known, every instruction complete, parameters and
//    cells consistent with the locals, module bodies and functions flagged apart;
//  - operands: constant, name, local, cell and global indices inside their tables,
//    counts and flags in range, jump targets on instruction boundaries;
//  - constants of the kind an opcode needs (EVAL_EXPR's descriptor is a string whose
//    local and global references are in range; CALL_KW's names are a names tuple);
//  - the operand stack, by abstract interpretation over the control flow: no
//    underflow, the same depth on every path into an instruction, no path running
//    off the end. The maximum depth found REPLACES the code's stacksize.
//
// The abstract interpretation also tracks a few value kinds, because some
// instructions take values no Python expression can make and would otherwise read
// them as the wrong JavaScript object: FOR_ITER needs an iterator (GET_ITER's
// result), LIST_APPEND a list under construction, IMPORT_FROM a module, FORMAT_VALUE
// a string spec, MAKE_FUNCTION a code constant, tuples and a closure of exactly the
// code's free variables, CALL_KW a names tuple. Internal values (cells, code
// constants, names tuples, closures) may never be used as ordinary Python values.
// A comprehension receives its iterator as parameter 0: such a code object is
// verified with that parameter typed as an iterator (and never written), and its
// function may only be called at once with one iterator argument.
//
// Loops are legal (`while True: pass` jumps to itself); the analysis terminates
// because a stack slot's kind can only widen once (to "any") before it is fixed.

import { CodeFlags, type CodeObject, type Program, isCodeObject } from "./code.js";
import { Op, instrWidth, opNames, operandKinds } from "./opcodes.js";

export class VerifyError extends Error {}

/** FOR_ITER found no iterator: perhaps a comprehension body, verified again with parameter 0 an iterator. */
class IteratorExpected extends VerifyError {}

/** Deepest operand stack a code object may use (far beyond any real program). */
export const MAX_STACK = 1 << 20;
/** Deepest nesting of code objects (the parser bounds nesting at 1000 levels). */
export const MAX_NESTING = 1100;

/**
 * Checks every code object of a program (see the file comment) and sets each one's
 * `stacksize` to the computed maximum. Throws VerifyError with a message naming the
 * code object and instruction.
 */
export function verifyProgram(program: Program): void {
  if (program.dialect !== "python3" && program.dialect !== "classic") throw new VerifyError(`unknown dialect '${String(program.dialect)}'`);
  if (program.modules.length === 0) throw new VerifyError("no modules");
  if (program.modules[0].name !== "__main__") throw new VerifyError(`the first module is '${program.modules[0].name}', not '__main__'`);
  const names = new Set<string>();
  const verifier = new ProgramVerifier();
  for (const m of program.modules) {
    if (!m.name || names.has(m.name)) throw new VerifyError(`module name '${m.name}' is empty or repeated`);
    names.add(m.name);
    if (typeof m.sourceHash !== "string" || !/^[0-9a-f]{16}$/.test(m.sourceHash)) {
      throw new VerifyError(`module '${m.name}' has a malformed source hash`);
    }
    verifier.verify(m.code, true, 0);
  }
}

/** Kinds of operand-stack values (see the file comment). */
const ANY = "any";
const STR = "str";
const ITER = "iter";
const LIST = "list";
const TUPLE = "tuple";
const MODULE = "module";
const CELL = "cell";
// Internal kinds with a parameter: a closure of n cells, code constant k, a names
// tuple of n names, the function of iterator-taking code constant k.
const closureOf = (n: number) => `closure:${n}`;
const codeConst = (k: number) => `code:${k}`;
const namesOf = (n: number) => `names:${n}`;
const iterFunction = (k: number) => `iterfn:${k}`;
const isInternal = (t: string) => t === CELL || t.includes(":");
const param = (t: string, prefix: string): number | null => (t.startsWith(prefix + ":") ? Number(t.slice(prefix.length + 1)) : null);

const describeKind = (t: string): string => {
  if (t === CELL) return "a cell";
  if (t.startsWith("closure:")) return "a closure tuple";
  if (t.startsWith("code:")) return "a code constant";
  if (t.startsWith("names:")) return "a keyword-names tuple";
  if (t.startsWith("iterfn:")) return "a comprehension function";
  return t === ANY ? "a value" : `a ${t}`;
};

class ProgramVerifier {
  /** Code objects whose parameter 0 is an iterator (comprehension bodies). */
  private readonly iterTaking = new Set<CodeObject>();
  private readonly done = new Set<CodeObject>();

  verify(c: CodeObject, isModule: boolean, depth: number): void {
    if (depth > MAX_NESTING) throw new VerifyError("code objects nested too deeply");
    if (this.done.has(c)) throw new VerifyError(`code '${c.name}' appears twice in the program`);
    this.done.add(c);
    const starts = checkStructure(c, isModule);
    c.consts.forEach((k) => {
      if (isCodeObject(k)) {
        if (k.globals !== c.globals) throw new VerifyError(`code '${k.name}' inside '${c.name}' has its own globals table`);
        this.verify(k, false, depth + 1);
      }
    });
    let max: number;
    try {
      max = new StackAnalysis(c, starts, false, this.iterTaking).run();
    } catch (e) {
      // Only a code object with exactly one positional parameter can be a comprehension
      // body; the second analysis is stricter in every other respect, so its error (if
      // any) is the one to report.
      const eligible = !isModule && c.argcount === 1 && c.kwonlycount === 0 && c.flags === 0;
      if (!(e instanceof IteratorExpected) || !eligible) throw e;
      max = new StackAnalysis(c, starts, true, this.iterTaking).run();
      this.iterTaking.add(c);
    }
    // Every code object ends with an epilogue that pushes its return value, which the
    // compiler counts even where it is unreachable (after `while True:`); reserving
    // that slot too keeps decoded code identical to freshly compiled code. Plus one
    // spare slot, as the compiler reserves (CodeBuilder counts depth + 1).
    c.stacksize = Math.max(max, 1) + 1;
  }
}

/** Structural and operand checks over every instruction (reachable or not). Returns the instruction starts. */
function checkStructure(c: CodeObject, isModule: boolean): Uint8Array {
  const where = `code '${c.name}'`;
  const fail = (msg: string): never => {
    throw new VerifyError(`${where}: ${msg}`);
  };
  const nonNeg = (x: number) => Number.isInteger(x) && x >= 0 && x <= 0x7fffffff;
  if (!nonNeg(c.firstLine) || !nonNeg(c.argcount) || !nonNeg(c.kwonlycount)) fail("bad header field");
  if (!nonNeg(c.flags) || c.flags & ~(CodeFlags.VARARGS | CodeFlags.VARKW | CodeFlags.MODULE | CodeFlags.FRESH_DEFAULTS)) fail(`unknown flags ${c.flags}`);
  const nlocals = c.varnames.length;
  const nparams = c.argcount + c.kwonlycount + (c.flags & CodeFlags.VARARGS ? 1 : 0);
  if (nparams > nlocals) fail(`${nparams} parameters but only ${nlocals} locals`);
  if (c.cellArgs.length !== c.cellvars.length) fail("cell argument table does not match the cells");
  for (const a of c.cellArgs) if (!Number.isInteger(a) || a < -1 || a >= nparams) fail(`cell seeded from parameter ${a} of ${nparams}`);
  const ncells = c.cellvars.length + c.freevars.length;
  if (isModule) {
    if (c.flags !== CodeFlags.MODULE) fail("a module body must be flagged as one (and only as one)");
    if (c.argcount || c.kwonlycount || ncells) fail("a module body has no parameters or cells");
    // The module's slots are made by name: a repeated name would leave an index without its slot.
    if (new Set(c.globals).size !== c.globals.length) fail("a global name is repeated");
  } else if (c.flags & CodeFlags.MODULE) fail("a function body is flagged as a module");

  c.consts.forEach((k, i) => {
    if (typeof k === "number") {
      if ((k | 0) !== k) fail(`integer constant ${i} is not a 32-bit integer`);
    } else if (typeof k === "string" || isCodeObject(k)) {
      // checked where used / verified by the caller
    } else if (Array.isArray(k)) {
      if (!k.every((s) => typeof s === "string")) fail(`names constant ${i} holds a non-string`);
    } else if (typeof k !== "object" || k === null || typeof (k as { float: unknown }).float !== "number") {
      fail(`constant ${i} has an unknown kind`);
    }
  });

  const code = c.code;
  const n = code.length;
  if (n === 0) fail("no instructions");
  if (c.lines.length !== n) fail("line table does not match the instructions");
  const starts = new Uint8Array(n + 1);
  const jumps: [number, number][] = [];
  for (let pc = 0; pc < n; ) {
    const op = code[pc];
    if (!(op >= 0 && op < opNames.length)) fail(`unknown opcode ${op} at offset ${pc}`);
    const width = instrWidth(op);
    if (pc + width > n) fail(`${opNames[op]} at offset ${pc} is cut short`);
    starts[pc] = 1;
    const at = `${opNames[op]} at offset ${pc}`;
    if (!(c.lines[pc] >= 0)) fail(`negative line number at offset ${pc}`);
    operandKinds[op].forEach((kind, i) => {
      const v = code[pc + 1 + i];
      const inRange = (size: number, table: string) => {
        if (!(v >= 0 && v < size)) fail(`${at}: ${table} ${v} out of range (${size} ${table}s)`);
      };
      switch (kind) {
        case "const": inRange(c.consts.length, "constant"); break;
        case "local": inRange(nlocals, "local"); break;
        case "cell": inRange(ncells, "cell"); break;
        case "name": inRange(c.names.length, "name"); break;
        case "global": inRange(c.globals.length, "global"); break;
        case "jump": jumps.push([pc, v]); break;
        case "count": if (v < 0) fail(`${at}: negative count ${v}`); break;
        case "int": break;
      }
    });
    if (op === Op.EVAL_EXPR || op === Op.EVAL_STMT) {
      const desc = c.consts[code[pc + 1]];
      if (typeof desc !== "string") fail(`${at}: the expression descriptor is not a string constant`);
      checkDescriptor(desc as string, nlocals, c.globals.length, (msg) => fail(`${at}: ${msg}`));
    }
    pc += width;
  }
  for (const [pc, target] of jumps) {
    if (!(target >= 0 && target < n && starts[target])) fail(`${opNames[code[pc]]} at offset ${pc} jumps to ${target}, not to an instruction`);
  }
  return starts;
}

/**
 * Checks the references of an EVAL_EXPR/EVAL_STMT descriptor (grammar in
 * vm/exprJit.ts): every local and global it reads or writes must exist, since the
 * compiled function indexes the frame and the globals directly.
 */
function checkDescriptor(desc: string, nlocals: number, nglobals: number, fail: (msg: string) => never): void {
  const tokens = desc.replace(/[()]/g, (p) => ` ${p} `).trim().split(/\s+/);
  const local = (s: string) => {
    if (!/^\d+$/.test(s) || Number(s) >= nlocals) fail(`descriptor refers to local ${s} (${nlocals} locals)`);
  };
  const global = (s: string | undefined) => {
    if (s === undefined || !/^\d+$/.test(s) || Number(s) >= nglobals) fail(`descriptor refers to global ${s} (${nglobals} globals)`);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === "(" || t === ")") continue;
    if (tokens[i - 1] === "(") {
      if (t === "fg") global(tokens[++i]);
      else if (t === "fm") {
        global(tokens[++i]);
        i++; // the attribute name
      } else if (!["=", "+", "-", "*", "/", "//", "%", "neg"].includes(t)) fail(`descriptor has unknown operator '${t}'`);
      continue;
    }
    const arg = t.slice(1);
    switch (t[0]) {
      case "l": local(arg); break;
      case "g": global(arg); break;
      case "s": case "k": {
        const [a, b, ...rest] = arg.split(",");
        if (b === undefined || rest.length) fail(`descriptor has malformed item '${t}'`);
        local(a);
        if (t[0] === "s") local(b);
        else if (!/^\d+$/.test(b)) fail(`descriptor has malformed index '${t}'`);
        break;
      }
      case "i": case "f":
        if (!arg || !Number.isFinite(Number(arg))) fail(`descriptor has malformed number '${t}'`);
        break;
      default:
        fail(`descriptor has unknown item '${t}'`);
    }
  }
}

/** Stack effects and value kinds over the control-flow graph of one code object. */
class StackAnalysis {
  private readonly states: (string[] | undefined)[];
  private readonly work: number[] = [];
  private max = 0;
  /** Current instruction, for messages. */
  private pc = 0;

  constructor(
    private readonly c: CodeObject,
    private readonly starts: Uint8Array,
    /** Parameter 0 is an iterator (a comprehension body). */
    private readonly iterParam: boolean,
    private readonly iterTaking: ReadonlySet<CodeObject>,
  ) {
    this.states = new Array(c.code.length);
  }

  private where(msg: string): string {
    return `code '${this.c.name}', ${opNames[this.c.code[this.pc]]} at offset ${this.pc}: ${msg}`;
  }

  private fail(msg: string): never {
    throw new VerifyError(this.where(msg));
  }

  run(): number {
    this.merge(0, []);
    while (this.work.length) {
      this.pc = this.work.pop()!;
      this.step(this.states[this.pc]!.slice());
    }
    return this.max;
  }

  /** Joins `stack` into the state at `target`, queueing it when that state changes. */
  private merge(target: number, stack: string[]): void {
    if (target >= this.c.code.length || !this.starts[target]) this.fail(`control reaches offset ${target}, past the last instruction`);
    const old = this.states[target];
    if (!old) {
      this.states[target] = stack;
      this.work.push(target);
      return;
    }
    if (old.length !== stack.length) this.fail(`the stack depth at offset ${target} is ${old.length} on one path and ${stack.length} on another`);
    let changed = false;
    for (let i = 0; i < old.length; i++) {
      if (old[i] === stack[i] || old[i] === ANY) continue;
      if (isInternal(old[i]) || isInternal(stack[i])) {
        this.fail(`the stack at offset ${target} holds ${describeKind(old[i])} on one path and ${describeKind(stack[i])} on another`);
      }
      old[i] = ANY;
      changed = true;
    }
    if (changed) this.work.push(target);
  }

  private pop(s: string[]): string {
    if (s.length === 0) this.fail("stack underflow");
    return s.pop()!;
  }

  /** Pops an ordinary Python value. */
  private value(s: string[]): string {
    const t = this.pop(s);
    if (isInternal(t)) this.fail(`${describeKind(t)} used as a value`);
    return t;
  }

  private values(s: string[], n: number): void {
    if (n > s.length) this.fail(`needs ${n} stack entries, has ${s.length}`);
    for (let i = 0; i < n; i++) this.value(s);
  }

  private expect(s: string[], kind: string, what: string): string {
    const t = this.pop(s);
    if (t !== kind) this.fail(`expects ${what}, finds ${describeKind(t)}`);
    return t;
  }

  private push(s: string[], t: string): void {
    s.push(t);
    if (s.length > this.max) {
      if (s.length > MAX_STACK) this.fail("stack too deep");
      this.max = s.length;
    }
  }

  private writesLocal(i: number): void {
    if (this.iterParam && i === 0) this.fail("overwrites the comprehension's iterator");
  }

  private localKind(i: number): string {
    return this.iterParam && i === 0 ? ITER : ANY;
  }

  private step(s: string[]): void {
    const code = this.c.code;
    const pc = this.pc;
    const op = code[pc];
    const a = code[pc + 1];
    const b = code[pc + 2];
    const next = pc + instrWidth(op);
    const top = () => (s.length ? s[s.length - 1] : this.fail("stack underflow"));
    switch (op) {
      case Op.NOP: break;
      case Op.POP_TOP: this.pop(s); break;
      case Op.ROT_TWO: {
        if (s.length < 2) this.fail("stack underflow");
        const t = s[s.length - 1];
        s[s.length - 1] = s[s.length - 2];
        s[s.length - 2] = t;
        break;
      }
      case Op.ROT_THREE: {
        if (s.length < 3) this.fail("stack underflow");
        const t = s[s.length - 1];
        s[s.length - 1] = s[s.length - 2];
        s[s.length - 2] = s[s.length - 3];
        s[s.length - 3] = t;
        break;
      }
      case Op.DUP_TOP: this.push(s, top()); break;
      case Op.DUP_TOP_TWO: {
        if (s.length < 2) this.fail("stack underflow");
        const [x, y] = s.slice(-2);
        this.push(s, x);
        this.push(s, y);
        break;
      }
      case Op.LOAD_CONST: {
        const k = this.c.consts[a];
        this.push(s, typeof k === "string" ? STR : isCodeObject(k) ? codeConst(a) : Array.isArray(k) ? namesOf(k.length) : ANY);
        break;
      }
      case Op.LOAD_INT: case Op.LOAD_NONE: case Op.LOAD_TRUE: case Op.LOAD_FALSE:
      case Op.LOAD_DEREF: case Op.LOAD_GLOBAL:
        this.push(s, ANY);
        break;
      case Op.LOAD_FAST: this.push(s, this.localKind(a)); break;
      case Op.STORE_FAST: this.writesLocal(a); this.value(s); break;
      case Op.DELETE_FAST: this.writesLocal(a); break;
      case Op.STORE_DEREF: case Op.STORE_GLOBAL: this.value(s); break;
      case Op.LOAD_CLOSURE: this.push(s, CELL); break;
      case Op.DELETE_GLOBAL: break;
      case Op.LOAD_ATTR: case Op.UNARY_NEG: case Op.UNARY_POS: case Op.UNARY_INVERT: case Op.UNARY_NOT:
      case Op.ADD_INT:
        this.value(s);
        this.push(s, ANY);
        break;
      case Op.STORE_ATTR: this.values(s, 2); break;
      case Op.BINARY_ADD: case Op.BINARY_SUB: case Op.BINARY_MUL: case Op.BINARY_TRUEDIV:
      case Op.BINARY_FLOORDIV: case Op.BINARY_MOD: case Op.BINARY_POW: case Op.BINARY_LSHIFT:
      case Op.BINARY_RSHIFT: case Op.BINARY_AND: case Op.BINARY_OR: case Op.BINARY_XOR:
      case Op.INPLACE_ADD: case Op.CLASSIC_ADD: case Op.CLASSIC_DIV: case Op.CLASSIC_FLOORDIV:
      case Op.CLASSIC_MOD: case Op.COMPARE_EQ: case Op.COMPARE_NE: case Op.COMPARE_LT:
      case Op.COMPARE_LE: case Op.COMPARE_GT: case Op.COMPARE_GE: case Op.COMPARE_IN:
      case Op.COMPARE_NOT_IN: case Op.COMPARE_IS: case Op.COMPARE_IS_NOT: case Op.BINARY_SUBSCR:
        this.values(s, 2);
        this.push(s, ANY);
        break;
      case Op.JUMP:
        this.merge(a, s);
        return;
      case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE:
        this.value(s);
        this.merge(a, s.slice());
        break;
      case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP:
        if (isInternal(top())) this.fail(`${describeKind(top())} used as a value`);
        this.merge(a, s.slice());
        this.pop(s);
        break;
      case Op.JUMP_IF_BOUND:
        this.merge(b, s.slice());
        break;
      case Op.JUMP_IF_NOT_LT: case Op.JUMP_IF_NOT_LE: case Op.JUMP_IF_NOT_GT:
      case Op.JUMP_IF_NOT_GE: case Op.JUMP_IF_NOT_EQ: case Op.JUMP_IF_NOT_NE:
        this.values(s, 2);
        this.merge(a, s.slice());
        break;
      case Op.GET_ITER:
        this.value(s);
        this.push(s, ITER);
        break;
      case Op.FOR_ITER:
      case Op.FOR_ITER_STORE: {
        if (top() !== ITER) throw new IteratorExpected(this.where(`expects an iterator, finds ${describeKind(top())}`));
        const exhausted = s.slice(0, -1);
        this.merge(op === Op.FOR_ITER ? a : b, exhausted);
        if (op === Op.FOR_ITER) this.push(s, ANY);
        else this.writesLocal(a);
        break;
      }
      case Op.BUILD_LIST: case Op.BUILD_CLASSIC_LIST:
        this.values(s, a);
        this.push(s, LIST);
        break;
      case Op.BUILD_TUPLE: {
        if (a > s.length) this.fail(`needs ${a} stack entries, has ${s.length}`);
        const items = s.splice(s.length - a, a);
        const cells = items.filter((t) => t === CELL).length;
        if (cells && cells !== a) this.fail("mixes cells and values in one tuple");
        for (const t of items) if (isInternal(t) && t !== CELL) this.fail(`${describeKind(t)} used as a value`);
        this.push(s, cells ? closureOf(a) : TUPLE);
        break;
      }
      case Op.LIST_APPEND: case Op.LIST_EXTEND:
        this.value(s);
        if (a < 1 || a > s.length || s[s.length - a] !== LIST) this.fail(`expects a list being built ${a} entries down`);
        break;
      case Op.STORE_SUBSCR: this.values(s, 3); break;
      case Op.DELETE_SUBSCR: this.values(s, 2); break;
      case Op.SLICE_GET: this.values(s, 4); this.push(s, ANY); break;
      case Op.SLICE_SET: this.values(s, 5); break;
      case Op.SLICE_DEL: this.values(s, 4); break;
      case Op.UNPACK_SEQUENCE:
        this.value(s);
        if (s.length + a > MAX_STACK) this.fail("stack too deep");
        for (let i = 0; i < a; i++) this.push(s, ANY);
        break;
      case Op.CALL: {
        if (a + 1 > s.length) this.fail(`needs ${a + 1} stack entries, has ${s.length}`);
        const args = s.slice(s.length - a);
        const fn = s[s.length - a - 1];
        if (param(fn, "iterfn") !== null) {
          // A comprehension's function: called once, at once, with its iterator.
          if (a !== 1 || args[0] !== ITER) this.fail("a comprehension function must be called with one iterator");
          s.length -= 2;
        } else this.values(s, a + 1);
        this.push(s, ANY);
        break;
      }
      case Op.CALL_KW: {
        const nkw = param(this.pop(s), "names");
        if (nkw === null || nkw > a) this.fail(`expects a names tuple of at most ${a} keywords`);
        this.values(s, a + 1);
        this.push(s, ANY);
        break;
      }
      case Op.CALL_EX:
        if (a > 0 && param(this.pop(s), "names") !== a) this.fail(`expects a names tuple of ${a} keywords`);
        this.values(s, a + 2);
        this.push(s, ANY);
        break;
      case Op.CALL_METHOD:
        this.values(s, b + 1);
        this.push(s, ANY);
        break;
      case Op.RETURN_VALUE:
        this.value(s);
        return;
      case Op.MAKE_FUNCTION: {
        if (a > 7) this.fail(`unknown flags ${a}`);
        const k = param(this.pop(s), "code");
        if (k === null) this.fail("expects a code constant");
        const fcode = this.c.consts[k] as CodeObject;
        if (a & 4) {
          const n = param(this.pop(s), "closure");
          if (n !== fcode.freevars.length) this.fail(`expects a closure of ${fcode.freevars.length} cells for '${fcode.name}'`);
        } else if (fcode.freevars.length) this.fail(`'${fcode.name}' needs a closure`);
        if (a & 2) this.expect(s, TUPLE, "a tuple of keyword defaults");
        if (a & 1) this.expect(s, TUPLE, "a tuple of defaults");
        this.push(s, this.iterTaking.has(fcode) ? iterFunction(k) : ANY);
        break;
      }
      case Op.IMPORT_NAME: this.push(s, MODULE); break;
      case Op.IMPORT_FROM:
        if (top() !== MODULE) this.fail(`expects a module, finds ${describeKind(top())}`);
        this.push(s, ANY);
        break;
      case Op.IMPORT_STAR: this.expect(s, MODULE, "a module"); break;
      case Op.PRINT_CLASSIC: this.value(s); break;
      case Op.FORMAT_VALUE:
        if (a > 7) this.fail(`unknown flags ${a}`);
        if (a & 4) this.expect(s, STR, "a format spec string");
        this.value(s);
        this.push(s, STR);
        break;
      case Op.BUILD_STRING:
        if (a > s.length) this.fail(`needs ${a} stack entries, has ${s.length}`);
        for (let i = 0; i < a; i++) this.expect(s, STR, "string pieces");
        this.push(s, STR);
        break;
      case Op.RAISE_ASSERT:
        if (a > 1) this.fail(`bad count ${a}`);
        this.values(s, a);
        return;
      case Op.LOAD_FAST2:
        this.push(s, this.localKind(a));
        this.push(s, this.localKind(b));
        break;
      case Op.SUBSCR_FAST2: case Op.SUBSCR_FAST_INT: this.push(s, ANY); break;
      case Op.STORE_SUBSCR_FAST2: case Op.STORE_SUBSCR_FAST_INT: this.value(s); break;
      case Op.EVAL_EXPR:
        this.merge(b, [...s, ANY]);
        break;
      case Op.EVAL_STMT: {
        const target = (this.c.consts[a] as string).match(/^\(\s*=\s+l(\d+)\s/);
        if (target) this.writesLocal(Number(target[1]));
        this.merge(b, s.slice());
        break;
      }
      default:
        this.fail("unknown opcode");
    }
    if (s.length > this.max) this.max = s.length;
    this.merge(next, s);
  }
}
