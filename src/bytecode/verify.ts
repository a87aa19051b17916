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
// Loops are legal (`while True: pass` jumps to itself), but every backward jump must
// be a JUMP or land on a FOR_ITER, the two places where the interpreter counts its
// budget: a loop closed by a conditional jump would never let its core yield, and no
// timeout could stop it. The analysis terminates because a stack slot's kind can
// only widen once (to "any") before it is fixed, and a work budget bounds its cost.

import { annotationsConst, CodeFlags, POSONLY_SHIFT, posonlyCount, type CodeObject, type Program, isBigIntConst, isBytesConst, isCanonicalBigIntText, isCodeObject } from "./code.js";
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
const SET = "set";
const DICT = "dict";
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
  /**
   * Bounds the analysis of crafted code (StackAnalysis.spend): a fixed allowance for
   * the program plus a share per instruction word, far above what compiled code needs.
   */
  private readonly budget = { left: BASE_BUDGET };

  verify(c: CodeObject, isModule: boolean, depth: number): void {
    if (depth > MAX_NESTING) throw new VerifyError("code objects nested too deeply");
    if (this.done.has(c)) throw new VerifyError(`code '${c.name}' appears twice in the program`);
    this.done.add(c);
    const starts = checkStructure(c, isModule);
    this.budget.left += BUDGET_PER_WORD * c.code.length;
    c.consts.forEach((k) => {
      if (isCodeObject(k)) {
        if (k.globals !== c.globals) throw new VerifyError(`code '${k.name}' inside '${c.name}' has its own globals table`);
        this.verify(k, false, depth + 1);
      }
    });
    let max: number;
    try {
      max = new StackAnalysis(c, starts, false, this.iterTaking, this.budget).run();
    } catch (e) {
      // Only a code object with exactly one positional parameter can be a comprehension
      // body; the second analysis is stricter in every other respect, so its error (if
      // any) is the one to report.
      // (An asynchronous comprehension's is a coroutine or an async generator.)
      const bodyFlags = CodeFlags.GENERATOR | CodeFlags.COROUTINE | CodeFlags.ASYNC_GENERATOR;
      const eligible = !isModule && c.argcount === 1 && c.kwonlycount === 0 && (c.flags & ~bodyFlags) === 0;
      if (!(e instanceof IteratorExpected) || !eligible) throw e;
      max = new StackAnalysis(c, starts, true, this.iterTaking, this.budget).run();
      this.iterTaking.add(c);
    }
    // Every code object ends with an epilogue that pushes its return value, which the
    // compiler counts even where it is unreachable (after `while True:`); reserving
    // that slot too keeps decoded code identical to freshly compiled code. Plus one
    // spare slot, as the compiler reserves (CodeBuilder counts depth + 1).
    c.stacksize = Math.max(max, 1) + 1;
  }
}

/**
 * The operand stack depth before each instruction of `c` (-1 where none is reached),
 * found by the same abstract interpretation that verifies it; null if `c` does not
 * verify on its own (the baseline compiler then leaves it to the interpreter). The
 * baseline compiler keeps operand stack entries in JavaScript variables named by
 * depth, which is sound only because every path into an instruction has one depth.
 */
export function stackDepths(c: CodeObject): Int32Array | null {
  const isModule = (c.flags & CodeFlags.MODULE) !== 0;
  const run = (iterParam: boolean): Int32Array => {
    const analysis = new StackAnalysis(c, checkStructure(c, isModule), iterParam, new Set(), { left: BASE_BUDGET + BUDGET_PER_WORD * c.code.length });
    analysis.run();
    return analysis.depths();
  };
  try {
    try {
      return run(false);
    } catch (e) {
      if (!(e instanceof IteratorExpected)) throw e;
      return run(true);
    }
  } catch (e) {
    if (e instanceof VerifyError) return null;
    throw e;
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
  const flagBits = c.flags & ((1 << POSONLY_SHIFT) - 1);
  if (!nonNeg(c.flags) || flagBits & ~(CodeFlags.VARARGS | CodeFlags.VARKW | CodeFlags.MODULE | CodeFlags.FRESH_DEFAULTS | CodeFlags.GENERATOR | CodeFlags.DOC | CodeFlags.COROUTINE | CodeFlags.ASYNC_GENERATOR | CodeFlags.ANNOTATIONS)) fail(`unknown flags ${c.flags}`);
  if (c.flags & (CodeFlags.COROUTINE | CodeFlags.ASYNC_GENERATOR) && !(c.flags & CodeFlags.GENERATOR)) fail("a coroutine not flagged as a generator");
  if (c.flags & CodeFlags.DOC && typeof c.consts[0] !== "string") fail("a docstring flag without a str constant 0");
  if (c.flags & CodeFlags.ANNOTATIONS) {
    const k = c.consts[annotationsConst(c)];
    if (!Array.isArray(k) || k.length % 2 !== 0 || !k.every((x) => typeof x === "string")) fail("an annotations flag without its names-and-texts constant");
  }
  if (posonlyCount(c) > c.argcount) fail(`${posonlyCount(c)} positional-only parameters but only ${c.argcount} positional ones`);
  const nlocals = c.varnames.length;
  const nparams = c.argcount + c.kwonlycount + (c.flags & CodeFlags.VARARGS ? 1 : 0) + (c.flags & CodeFlags.VARKW ? 1 : 0);
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
  // The interpreter finds a running generator's object through its frame, which only
  // GEN_START makes: a generator body starts with it (and nothing else has it), and
  // only a generator body may suspend (YIELD_VALUE, SEND).
  const generator = (c.flags & CodeFlags.GENERATOR) !== 0;
  if (generator !== (c.code[0] === Op.GEN_START)) fail(generator ? "a generator body must start with GEN_START" : "GEN_START outside a generator body's first instruction");

  c.consts.forEach((k, i) => {
    if (typeof k === "number") {
      if ((k | 0) !== k) fail(`integer constant ${i} is not a 32-bit integer`);
    } else if (typeof k === "string" || isCodeObject(k)) {
      // checked where used / verified by the caller
    } else if (Array.isArray(k)) {
      if (!k.every((s) => typeof s === "string")) fail(`names constant ${i} holds a non-string`);
    } else if (isBytesConst(k)) {
      if (typeof k.bytes !== "string" || /[^\x00-\xff]/.test(k.bytes)) fail(`bytes constant ${i} holds a value beyond 255`);
    } else if (isBigIntConst(k)) {
      if (!isCanonicalBigIntText(k.bigint)) fail(`big int constant ${i} is not canonical decimal text beyond 32 bits`);
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
  /** Descriptor constants already checked (many instructions may share one). */
  const descriptors = new Set<number>();
  for (let pc = 0; pc < n; ) {
    const op = code[pc];
    if (!(op >= 0 && op < opNames.length)) fail(`unknown opcode ${op} at offset ${pc}`);
    const width = instrWidth(op);
    if (pc + width > n) fail(`${opNames[op]} at offset ${pc} is cut short`);
    starts[pc] = 1;
    const at = `${opNames[op]} at offset ${pc}`;
    if (!(c.lines[pc] >= 0)) fail(`negative line number at offset ${pc}`);
    if (op === Op.GEN_START && pc !== 0) fail(`${at}: GEN_START is only a generator body's first instruction`);
    if ((op === Op.YIELD_VALUE || op === Op.SEND) && !generator) fail(`${at}: only a generator body may suspend`);
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
    if ((op === Op.EVAL_EXPR || op === Op.EVAL_STMT) && !descriptors.has(code[pc + 1])) {
      const desc = c.consts[code[pc + 1]];
      if (typeof desc !== "string") fail(`${at}: the expression descriptor is not a string constant`);
      checkDescriptor(desc as string, nlocals, c.globals.length, (msg) => fail(`${at}: ${msg}`));
      descriptors.add(code[pc + 1]);
    }
    pc += width;
  }
  for (const [pc, target] of jumps) {
    const op = code[pc];
    if (!(target >= 0 && target < n && starts[target])) fail(`${opNames[op]} at offset ${pc} jumps to ${target}, not to an instruction`);
    if (target === 0 && generator) fail(`${opNames[op]} at offset ${pc} jumps back to GEN_START`);
    // The interpreter counts its instruction budget (so a core yields, and a run can
    // time out) at JUMP and at FOR_ITER: every loop must pass through one of them.
    if (target <= pc && op !== Op.JUMP && code[target] !== Op.FOR_ITER && code[target] !== Op.FOR_ITER_STORE) {
      fail(`${opNames[op]} at offset ${pc} jumps back to offset ${target}; only JUMP, or a jump to FOR_ITER, may close a loop`);
    }
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

/**
 * An abstract operand stack: immutable, so a state is shared between an instruction
 * and its successors instead of copied (a 100,000-item list literal costs 100,000
 * steps, not 100,000²), and two states that meet usually share their lower part.
 */
interface Slot {
  readonly kind: string;
  readonly below: Slot | null;
  readonly depth: number;
}
type Stack = Slot | null;
const depthOf = (s: Stack) => (s ? s.depth : 0);

/** Work allowed for the whole program (slots made or compared), beyond a share per instruction word. */
const BASE_BUDGET = 20_000_000;
const BUDGET_PER_WORD = 64;

/** Stack effects and value kinds over the control-flow graph of one code object. */
class StackAnalysis {
  /** The state at each instruction start; undefined until reached. */
  private readonly states: (Stack | undefined)[];
  private readonly work: number[] = [];
  private max = 0;
  /** Current instruction and stack, for the transfer functions and messages. */
  private pc = 0;
  private cur: Stack = null;

  constructor(
    private readonly c: CodeObject,
    private readonly starts: Uint8Array,
    /** Parameter 0 is an iterator (a comprehension body). */
    private readonly iterParam: boolean,
    private readonly iterTaking: ReadonlySet<CodeObject>,
    private readonly budget: { left: number },
  ) {
    this.states = new Array(c.code.length);
  }

  private where(msg: string): string {
    return `code '${this.c.name}', ${opNames[this.c.code[this.pc]]} at offset ${this.pc}: ${msg}`;
  }

  private fail(msg: string): never {
    throw new VerifyError(this.where(msg));
  }

  private spend(n: number): void {
    this.budget.left -= n;
    if (this.budget.left < 0) throw new VerifyError(`code '${this.c.name}' is too complex to verify`);
  }

  run(): number {
    this.merge(0, null);
    while (this.work.length) {
      this.pc = this.work.pop()!;
      this.cur = this.states[this.pc]!;
      this.step();
    }
    return this.max;
  }

  /** The depth before each instruction after run() (-1: not reached). */
  depths(): Int32Array {
    const out = new Int32Array(this.c.code.length).fill(-1);
    this.states.forEach((s, pc) => {
      if (s !== undefined) out[pc] = depthOf(s);
    });
    return out;
  }

  /** Joins `stack` into the state at `target`, queueing it when that state changes. */
  private merge(target: number, stack: Stack): void {
    if (target >= this.c.code.length || !this.starts[target]) this.fail(`control reaches offset ${target}, past the last instruction`);
    const old = this.states[target];
    if (old === undefined) {
      this.states[target] = stack;
      this.work.push(target);
      return;
    }
    if (depthOf(old) !== depthOf(stack)) this.fail(`the stack depth at offset ${target} is ${depthOf(old)} on one path and ${depthOf(stack)} on another`);
    // Walk down to the part both share; kinds that differ there widen to "any".
    const kinds: string[] = [];
    let widened = false;
    let a = old;
    let b = stack;
    while (a !== b && a && b) {
      this.spend(1);
      let k = a.kind;
      if (a.kind !== b.kind && a.kind !== ANY) {
        if (isInternal(a.kind) || isInternal(b.kind)) {
          this.fail(`the stack at offset ${target} holds ${describeKind(a.kind)} on one path and ${describeKind(b.kind)} on another`);
        }
        k = ANY;
        widened = true;
      }
      kinds.push(k);
      a = a.below;
      b = b.below;
    }
    if (!widened) return;
    let joined = a;
    for (let i = kinds.length - 1; i >= 0; i--) joined = { kind: kinds[i], below: joined, depth: depthOf(joined) + 1 };
    this.states[target] = joined;
    this.work.push(target);
  }

  private pop(): string {
    const s = this.cur;
    if (!s) this.fail("stack underflow");
    this.cur = s.below;
    return s.kind;
  }

  /** Pops an ordinary Python value. */
  private value(): string {
    const t = this.pop();
    if (isInternal(t)) this.fail(`${describeKind(t)} used as a value`);
    return t;
  }

  private needs(n: number): void {
    if (n > depthOf(this.cur)) this.fail(`needs ${n} stack entries, has ${depthOf(this.cur)}`);
    this.spend(n);
  }

  private values(n: number): void {
    this.needs(n);
    for (let i = 0; i < n; i++) this.value();
  }

  private expect(kind: string, what: string): void {
    const t = this.pop();
    if (t !== kind) this.fail(`expects ${what}, finds ${describeKind(t)}`);
  }

  private push(kind: string): void {
    const depth = depthOf(this.cur) + 1;
    if (depth > MAX_STACK) this.fail("stack too deep");
    this.spend(1);
    this.cur = { kind, below: this.cur, depth };
    if (depth > this.max) this.max = depth;
  }

  /** The kind `n` entries below the top (0: the top). */
  private peek(n: number): string {
    this.needs(n + 1);
    let s = this.cur!;
    for (let i = 0; i < n; i++) s = s.below!;
    return s.kind;
  }

  private writesLocal(i: number): void {
    if (this.iterParam && i === 0) this.fail("overwrites the comprehension's iterator");
  }

  private localKind(i: number): string {
    return this.iterParam && i === 0 ? ITER : ANY;
  }

  private step(): void {
    const code = this.c.code;
    const pc = this.pc;
    const op = code[pc];
    const a = code[pc + 1];
    const b = code[pc + 2];
    const next = pc + instrWidth(op);
    switch (op) {
      case Op.NOP: break;
      case Op.POP_TOP: case Op.POP_ITER: this.pop(); break;
      case Op.ROT_TWO: {
        this.needs(2);
        const t1 = this.pop();
        const t2 = this.pop();
        this.push(t1);
        this.push(t2);
        break;
      }
      case Op.ROT_THREE: {
        // The top moves down two places: [x, y, z] -> [z, x, y].
        this.needs(3);
        const z = this.pop();
        const y = this.pop();
        const x = this.pop();
        this.push(z);
        this.push(x);
        this.push(y);
        break;
      }
      case Op.DUP_TOP: this.push(this.peek(0)); break;
      case Op.DUP_TOP_TWO: {
        const x = this.peek(1);
        const y = this.peek(0);
        this.push(x);
        this.push(y);
        break;
      }
      case Op.LOAD_CONST: {
        const k = this.c.consts[a];
        this.push(typeof k === "string" ? STR : isCodeObject(k) ? codeConst(a) : Array.isArray(k) ? namesOf(k.length) : ANY);
        break;
      }
      case Op.LOAD_INT: case Op.LOAD_NONE: case Op.LOAD_TRUE: case Op.LOAD_FALSE:
      case Op.LOAD_DEREF: case Op.LOAD_GLOBAL:
        this.push(ANY);
        break;
      case Op.LOAD_FAST: this.push(this.localKind(a)); break;
      case Op.STORE_FAST: this.writesLocal(a); this.value(); break;
      case Op.DELETE_FAST: this.writesLocal(a); break;
      case Op.STORE_DEREF: case Op.STORE_GLOBAL: this.value(); break;
      case Op.LOAD_CLOSURE: this.push(CELL); break;
      case Op.DELETE_GLOBAL: break;
      case Op.LOAD_ATTR: case Op.UNARY_NEG: case Op.UNARY_POS: case Op.UNARY_INVERT: case Op.UNARY_NOT:
      case Op.ADD_INT: case Op.INPLACE_ADD_INT:
        this.value();
        this.push(ANY);
        break;
      case Op.STORE_ATTR: this.values(2); break;
      case Op.BINARY_ADD: case Op.BINARY_SUB: case Op.BINARY_MUL: case Op.BINARY_TRUEDIV:
      case Op.BINARY_FLOORDIV: case Op.BINARY_MOD: case Op.BINARY_POW: case Op.BINARY_LSHIFT:
      case Op.BINARY_RSHIFT: case Op.BINARY_AND: case Op.BINARY_OR: case Op.BINARY_XOR:
      case Op.INPLACE_ADD: case Op.INPLACE_SUB: case Op.INPLACE_AND: case Op.INPLACE_OR: case Op.INPLACE_XOR:
      case Op.BINARY_MATMUL: case Op.INPLACE_MATMUL: case Op.INPLACE_MUL: case Op.INPLACE_TRUEDIV:
      case Op.INPLACE_FLOORDIV: case Op.INPLACE_MOD: case Op.INPLACE_POW: case Op.INPLACE_LSHIFT: case Op.INPLACE_RSHIFT:
      case Op.CLASSIC_ADD: case Op.CLASSIC_DIV: case Op.CLASSIC_FLOORDIV:
      case Op.CLASSIC_MOD: case Op.COMPARE_EQ: case Op.COMPARE_NE: case Op.COMPARE_LT:
      case Op.COMPARE_LE: case Op.COMPARE_GT: case Op.COMPARE_GE: case Op.COMPARE_IN:
      case Op.COMPARE_NOT_IN: case Op.COMPARE_IS: case Op.COMPARE_IS_NOT: case Op.BINARY_SUBSCR:
        this.values(2);
        this.push(ANY);
        break;
      case Op.JUMP:
        this.merge(a, this.cur);
        return;
      case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE:
        this.value();
        this.merge(a, this.cur);
        break;
      case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: {
        const t = this.peek(0);
        if (isInternal(t)) this.fail(`${describeKind(t)} used as a value`);
        this.merge(a, this.cur);
        this.pop();
        break;
      }
      case Op.JUMP_IF_BOUND:
        this.merge(b, this.cur);
        break;
      case Op.JUMP_IF_NOT_LT: case Op.JUMP_IF_NOT_LE: case Op.JUMP_IF_NOT_GT:
      case Op.JUMP_IF_NOT_GE: case Op.JUMP_IF_NOT_EQ: case Op.JUMP_IF_NOT_NE:
        this.values(2);
        this.merge(a, this.cur);
        break;
      case Op.GET_ITER:
        this.value();
        this.push(ITER);
        break;
      case Op.FOR_ITER:
      case Op.FOR_ITER_STORE: {
        const t = this.peek(0);
        if (t !== ITER) throw new IteratorExpected(this.where(`expects an iterator, finds ${describeKind(t)}`));
        // Exhausted: the iterator is popped on the way to the target.
        this.merge(op === Op.FOR_ITER ? a : b, this.cur!.below);
        if (op === Op.FOR_ITER) this.push(ANY);
        else this.writesLocal(a);
        break;
      }
      case Op.BUILD_LIST: case Op.BUILD_CLASSIC_LIST:
        this.values(a);
        this.push(LIST);
        break;
      case Op.BUILD_TUPLE: {
        this.needs(a);
        let cells = 0;
        for (let i = 0; i < a; i++) {
          const t = this.pop();
          if (t === CELL) cells++;
          else if (isInternal(t)) this.fail(`${describeKind(t)} used as a value`);
        }
        if (cells && cells !== a) this.fail("mixes cells and values in one tuple");
        this.push(cells ? closureOf(a) : TUPLE);
        break;
      }
      case Op.LIST_APPEND: case Op.LIST_EXTEND:
        this.value();
        if (a < 1 || a > depthOf(this.cur) || this.peek(a - 1) !== LIST) this.fail(`expects a list being built ${a} entries down`);
        break;
      case Op.BUILD_SET:
        this.values(a);
        this.push(SET);
        break;
      case Op.BUILD_MAP:
        this.values(2 * a);
        this.push(DICT);
        break;
      case Op.SET_ADD: case Op.SET_UPDATE:
        this.value();
        if (a < 1 || a > depthOf(this.cur) || this.peek(a - 1) !== SET) this.fail(`expects a set being built ${a} entries down`);
        break;
      case Op.MAP_ADD: case Op.DICT_UPDATE:
        if (op === Op.MAP_ADD) this.values(2);
        else this.value();
        if (a < 1 || a > depthOf(this.cur) || this.peek(a - 1) !== DICT) this.fail(`expects a dict being built ${a} entries down`);
        break;
      case Op.STORE_SUBSCR: this.values(3); break;
      case Op.DELETE_SUBSCR: this.values(2); break;
      case Op.SLICE_GET: this.values(4); this.push(ANY); break;
      case Op.BUILD_SLICE: this.values(3); this.push(ANY); break;
      case Op.SLICE_SET: this.values(5); break;
      case Op.SLICE_DEL: this.values(4); break;
      case Op.UNPACK_SEQUENCE:
        this.value();
        if (depthOf(this.cur) + a > MAX_STACK) this.fail("stack too deep");
        for (let i = 0; i < a; i++) this.push(ANY);
        break;
      case Op.MATCH_SEQUENCE: case Op.MATCH_MAPPING:
        if (op === Op.MATCH_SEQUENCE && b > 1) this.fail("expects a star flag 0 or 1");
        this.value();
        this.push(ANY);
        this.push(ANY);
        break;
      case Op.MATCH_KEYS:
        if (a > 1) this.fail("expects a rest flag 0 or 1");
        this.values(2);
        for (let i = 0; i <= a; i++) this.push(ANY);
        break;
      case Op.MATCH_CLASS:
        if (param(this.pop(), "names") === null) this.fail("expects a names tuple");
        this.values(2);
        this.push(ANY);
        break;
      case Op.WITH_SETUP: case Op.ASYNC_WITH_SETUP:
        this.value();
        this.push(ANY);
        this.push(ANY);
        break;
      case Op.UNPACK_EX:
        this.value();
        if (depthOf(this.cur) + a + b + 1 > MAX_STACK) this.fail("stack too deep");
        for (let i = 0; i <= a + b; i++) this.push(ANY);
        break;
      case Op.CALL: {
        if (param(this.peek(a), "iterfn") !== null) {
          // A comprehension's function: called once, at once, with its iterator.
          if (a !== 1 || this.peek(0) !== ITER) this.fail("a comprehension function must be called with one iterator");
          this.pop();
          this.pop();
        } else this.values(a + 1);
        this.push(ANY);
        break;
      }
      case Op.CALL_KW: {
        const nkw = param(this.pop(), "names");
        if (nkw === null || nkw > a) this.fail(`expects a names tuple of at most ${a} keywords`);
        this.values(a + 1);
        this.push(ANY);
        break;
      }
      case Op.CALL_EX:
        if (a > 0 && param(this.pop(), "names") !== a) this.fail(`expects a names tuple of ${a} keywords`);
        this.values(a + 2);
        this.push(ANY);
        break;
      case Op.KWARGS_MERGE:
        this.value();
        if (depthOf(this.cur) < 3 || this.peek(0) !== DICT) this.fail("expects the keyword dict of a call being built");
        break;
      case Op.CALL_EX_KW:
        if (this.peek(0) !== DICT) this.fail("expects a keyword dict");
        this.pop();
        this.values(2);
        this.push(ANY);
        break;
      case Op.CALL_METHOD:
        this.values(b + 1);
        this.push(ANY);
        break;
      case Op.RETURN_VALUE:
        this.value();
        return;
      case Op.MAKE_FUNCTION: {
        if (a > 7) this.fail(`unknown flags ${a}`);
        const k = param(this.pop(), "code");
        if (k === null) this.fail("expects a code constant");
        const fcode = this.c.consts[k] as CodeObject;
        if (a & 4) {
          const n = param(this.pop(), "closure");
          if (n !== fcode.freevars.length) this.fail(`expects a closure of ${fcode.freevars.length} cells for '${fcode.name}'`);
        } else if (fcode.freevars.length) this.fail(`'${fcode.name}' needs a closure`);
        if (a & 2) this.expect(TUPLE, "a tuple of keyword defaults");
        if (a & 1) this.expect(TUPLE, "a tuple of defaults");
        this.push(this.iterTaking.has(fcode) ? iterFunction(k) : ANY);
        break;
      }
      case Op.IMPORT_NAME: this.push(MODULE); break;
      case Op.IMPORT_FROM: {
        const t = this.peek(0);
        if (t !== MODULE) this.fail(`expects a module, finds ${describeKind(t)}`);
        this.push(ANY);
        break;
      }
      case Op.IMPORT_STAR: this.expect(MODULE, "a module"); break;
      case Op.PRINT_CLASSIC: this.value(); break;
      case Op.FORMAT_VALUE:
        if (a > 7) this.fail(`unknown flags ${a}`);
        if (a & 4) this.expect(STR, "a format spec string");
        this.value();
        this.push(STR);
        break;
      case Op.BUILD_STRING:
        this.needs(a);
        for (let i = 0; i < a; i++) this.expect(STR, "string pieces");
        this.push(STR);
        break;
      case Op.RAISE_ASSERT:
        if (a > 1) this.fail(`bad count ${a}`);
        this.values(a);
        return;
      case Op.SETUP_EXCEPT: {
        // The handler starts with the exception on the stack as it is here.
        const here = this.cur;
        this.push(ANY);
        this.merge(a, this.cur);
        this.cur = here;
        break;
      }
      case Op.POP_BLOCK: break;
      case Op.DELETE_ATTR: this.value(); break;
      case Op.RAISE:
        if (a > 2) this.fail(`bad count ${a}`);
        this.values(a);
        return;
      case Op.RERAISE:
        this.value();
        return;
      case Op.JUMP_IF_NOT_EXC_MATCH:
        this.values(2);
        this.merge(a, this.cur);
        break;
      case Op.EXC_STAR_MATCH:
        // state type: both popped on the jump (no match), the match pushed otherwise.
        this.values(2);
        this.merge(a, this.cur);
        this.push(ANY);
        break;
      case Op.EXC_STAR_RERAISE:
        // Raises, or jumps with the state popped.
        this.value();
        this.merge(a, this.cur);
        return;
      case Op.GEN_START: break;
      case Op.YIELD_VALUE:
        // Resumed with the value `send` passes in.
        this.value();
        this.push(ANY);
        break;
      case Op.GET_YIELD_FROM_ITER: case Op.GET_AWAITABLE: case Op.GET_ANEXT:
        this.value();
        this.push(ITER);
        break;
      case Op.GET_AITER:
        this.value();
        this.push(ANY);
        break;
      case Op.SEND: {
        // iter v: suspends at this very instruction (resumed with iter and the sent
        // value, this state again) or, the sub-iterator done, jumps with its return value.
        this.value();
        if (this.peek(0) !== ITER) this.fail(`expects an iterator, finds ${describeKind(this.peek(0))}`);
        this.pop();
        this.push(ANY);
        this.merge(a, this.cur);
        return;
      }
      case Op.CLASS_NAMESPACE: this.push(ANY); break;
      case Op.BUILD_CLASS:
        this.values(a + 2);
        this.push(ANY);
        break;
      case Op.BUILD_CLASS_KW:
        this.values(a + 3);
        this.push(ANY);
        break;
      case Op.LOAD_FAST2:
        this.push(this.localKind(a));
        this.push(this.localKind(b));
        break;
      case Op.SUBSCR_FAST2: case Op.SUBSCR_FAST_INT: this.push(ANY); break;
      case Op.STORE_SUBSCR_FAST2: case Op.STORE_SUBSCR_FAST_INT: this.value(); break;
      case Op.EVAL_EXPR: {
        // Success pushes the value and jumps past the generic instructions.
        const here = this.cur;
        this.push(ANY);
        this.merge(b, this.cur);
        this.cur = here;
        break;
      }
      case Op.EVAL_STMT: {
        const target = (this.c.consts[a] as string).match(/^\(\s*=\s+l(\d+)\s/);
        if (target) this.writesLocal(Number(target[1]));
        this.merge(b, this.cur);
        break;
      }
      default:
        this.fail("unknown opcode");
    }
    this.merge(next, this.cur);
  }
}
