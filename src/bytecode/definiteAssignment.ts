// Definite assignment of fast locals, over a code object's bytecode (as CPython 3.12
// tells LOAD_FAST from LOAD_FAST_CHECK): which reads of a local can never find it
// unbound. The baseline compiler (vm/jit/baseline.ts) compiles those to a plain read,
// without the `if (v === undefined) throw unboundLocal(...)` test and without the
// `pc = ...` store its error path needs; every other read keeps the test, so an
// UnboundLocalError is raised exactly where and as it was.
//
// A forward "must" analysis over the control-flow graph: the state before an
// instruction is the set of locals bound on EVERY path from the code's start to it
// (the intersection over its predecessors). Soundness rests on these facts about the
// virtual machine:
//  - A frame starts with its locals unbound, except its parameters, which a call in
//    the Python 3 dialect always binds (core.ts bindArguments raises otherwise). The
//    classic dialect leaves a missing argument unbound (and FRESH_DEFAULTS leaves an
//    omitted defaulted one unbound), so its parameters start unknown.
//  - Only DELETE_FAST unbinds a local. Everything else that writes one binds it:
//    STORE_FAST, FOR_ITER_STORE (on its fall-through), EVAL_STMT `(= lN ...)` (when it
//    jumps), the handler's hidden `.excN` slots (exceptions.ts sets them to None). A
//    generator's locals are saved and restored unchanged across a yield.
//  - Control reaches an instruction only from a predecessor in the graph built here:
//    the fall-through, an operand of kind "jump", or (for an exception) the handler
//    target of a SETUP_EXCEPT executed earlier. Between that SETUP_EXCEPT and the
//    error, locals were only bound, or unbound by a DELETE_FAST somewhere in the
//    code, so the handler starts with the SETUP_EXCEPT's set less every local that
//    any DELETE_FAST of the code names. A generator resumes after its YIELD_VALUE
//    (the fall-through) or at its SEND (the same state again).
// Extra edges only make the result smaller, never wrong, so every instruction but
// the ones that can never continue (JUMP, RETURN_VALUE, RAISE, RERAISE, RAISE_ASSERT)
// is given its fall-through. An instruction no path reaches gets no facts.

import type { CodeObject, Program } from "./code.js";
import { CodeFlags, isCodeObject } from "./code.js";
import { Op, instrWidth, operandKinds } from "./opcodes.js";

/** In the result of boundLocals: operand a (a local) is bound whenever the instruction runs. */
export const A_BOUND = 1;
/** In the result of boundLocals: operand b (a local) is bound whenever the instruction runs. */
export const B_BOUND = 2;

/** Code objects of classic-dialect programs (their parameters may be unbound; see above). */
const classicCode = new WeakSet<CodeObject>();
const noted = new WeakSet<Program>();

/** Records the dialect of `program`'s code objects (each core calls this once for its program). */
export function noteProgramDialect(program: Program): void {
  if (program.dialect !== "classic" || noted.has(program)) return;
  noted.add(program);
  const walk = (c: CodeObject): void => {
    classicCode.add(c);
    for (const k of c.consts) if (isCodeObject(k)) walk(k);
  };
  for (const m of program.modules) walk(m.code);
}

/** The local an EVAL_STMT binds when it succeeds (its descriptor `(= lN ...)`), or -1. */
function evalStmtTarget(code: CodeObject, constIndex: number): number {
  const d = code.consts[constIndex];
  const m = typeof d === "string" ? /^\(\s*=\s+l(\d+)\s/.exec(d) : null;
  return m ? Number(m[1]) : -1;
}

/**
 * For each instruction start of `code`: A_BOUND | B_BOUND for those of its local
 * operands that are bound whenever it runs (0 everywhere else, and for instructions no
 * path reaches).
 */
export function boundLocals(code: CodeObject): Uint8Array {
  const ins = code.code;
  const len = ins.length;
  const out = new Uint8Array(len);
  const nlocals = code.varnames.length;
  if (nlocals === 0) return out;
  const words = (nlocals + 31) >>> 5;
  const has = (s: Uint32Array, o: number, l: number) => (s[o + (l >>> 5)] & (1 << (l & 31))) !== 0;
  const set = (s: Uint32Array, o: number, l: number) => { s[o + (l >>> 5)] |= 1 << (l & 31); };
  const clear = (s: Uint32Array, o: number, l: number) => { s[o + (l >>> 5)] &= ~(1 << (l & 31)); };

  // Locals any DELETE_FAST unbinds (a handler cannot know whether it ran).
  const deleted = new Uint32Array(words);
  for (let pc = 0; pc < len; pc += instrWidth(ins[pc])) if (ins[pc] === Op.DELETE_FAST) set(deleted, 0, ins[pc + 1]);

  // states[pc * words ..]: the set before instruction pc, once `seen[pc]`.
  const states = new Uint32Array(len * words);
  const seen = new Uint8Array(len);
  const work: number[] = [];
  const cur = new Uint32Array(words);
  const edge = new Uint32Array(words);
  /** Meets `s` into the state at `target`; queues it when that state shrank (or is new). */
  const merge = (target: number, s: Uint32Array) => {
    if (target < 0 || target >= len) return;
    const o = target * words;
    if (!seen[target]) {
      seen[target] = 1;
      states.set(s, o);
      work.push(target);
      return;
    }
    let changed = false;
    for (let w = 0; w < words; w++) {
      const m = states[o + w] & s[w];
      if (m !== states[o + w]) { states[o + w] = m; changed = true; }
    }
    if (changed) work.push(target);
  };

  const entry = new Uint32Array(words);
  if (!classicCode.has(code) && (code.flags & (CodeFlags.FRESH_DEFAULTS | CodeFlags.MODULE)) === 0) {
    const params = code.argcount + code.kwonlycount + (code.flags & CodeFlags.VARARGS ? 1 : 0) + (code.flags & CodeFlags.VARKW ? 1 : 0);
    for (let l = 0; l < params && l < nlocals; l++) set(entry, 0, l);
  }
  merge(0, entry);

  while (work.length) {
    const pc = work.pop()!;
    const op = ins[pc];
    const kinds = operandKinds[op];
    const a = ins[pc + 1];
    const b = ins[pc + 2];
    cur.set(states.subarray(pc * words, pc * words + words));
    // Edges that leave with a state of their own.
    switch (op) {
      case Op.SETUP_EXCEPT:
        for (let w = 0; w < words; w++) edge[w] = cur[w] & ~deleted[w];
        merge(a, edge);
        break;
      case Op.JUMP_IF_BOUND:
        edge.set(cur);
        set(edge, 0, a);
        merge(b, edge);
        break;
      case Op.EVAL_STMT: {
        edge.set(cur);
        const t = evalStmtTarget(code, a);
        if (t >= 0 && t < nlocals) set(edge, 0, t);
        merge(b, edge);
        break;
      }
      default:
        // Any other jump operand: the target sees the state before the instruction
        // (FOR_ITER_STORE binds its local only when it does not jump).
        for (let j = 0; j < kinds.length; j++) if (kinds[j] === "jump") merge(ins[pc + 1 + j], cur);
    }
    // The fall-through, with the instruction's own effect.
    switch (op) {
      case Op.JUMP: case Op.RETURN_VALUE: case Op.RAISE: case Op.RERAISE: case Op.RAISE_ASSERT:
        continue;
      case Op.STORE_FAST:
        set(cur, 0, a);
        break;
      case Op.FOR_ITER_STORE:
        set(cur, 0, a);
        break;
      case Op.DELETE_FAST:
        clear(cur, 0, a);
        break;
    }
    merge(pc + instrWidth(op), cur);
  }

  for (let pc = 0; pc < len; pc += instrWidth(ins[pc])) {
    if (!seen[pc]) continue;
    const kinds = operandKinds[ins[pc]];
    const o = pc * words;
    let flags = 0;
    if (kinds[0] === "local" && has(states, o, ins[pc + 1])) flags |= A_BOUND;
    if (kinds[1] === "local" && has(states, o, ins[pc + 2])) flags |= B_BOUND;
    out[pc] = flags;
  }
  return out;
}
