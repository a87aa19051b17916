// Assembles one CodeObject: instruction words, line numbers, de-duplicated constant
// and name tables, forward-referenced labels, and the operand-stack high-water mark.

import { type CodeObject, type Const, isBigIntConst, isBytesConst } from "../bytecode/code.js";
import { Op, operandKinds } from "../bytecode/opcodes.js";

export class Label {
  /** Word offset once placed; -1 until then. */
  at = -1;
  /** Word positions of jump operands waiting for this label. */
  readonly refs: number[] = [];
}

/** Stack effect of each opcode given its first operand (fall-through path). */
function stackEffect(op: number, arg: number): number {
  switch (op) {
    case Op.NOP: case Op.ROT_TWO: case Op.ROT_THREE: case Op.JUMP: case Op.JUMP_IF_BOUND:
    case Op.UNARY_NEG: case Op.UNARY_POS: case Op.UNARY_INVERT: case Op.UNARY_NOT:
    case Op.GET_ITER: case Op.LOAD_ATTR: case Op.DELETE_FAST: case Op.DELETE_GLOBAL:
      return 0;
    case Op.POP_TOP: case Op.STORE_FAST: case Op.STORE_DEREF: case Op.STORE_GLOBAL:
    case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP: case Op.LIST_APPEND: case Op.PRINT_CLASSIC: case Op.IMPORT_STAR:
    case Op.RETURN_VALUE: case Op.POP_ITER:
      return -1;
    case Op.DUP_TOP: case Op.LOAD_CONST: case Op.LOAD_INT: case Op.LOAD_NONE: case Op.LOAD_TRUE:
    case Op.LOAD_FALSE: case Op.LOAD_FAST: case Op.LOAD_DEREF: case Op.LOAD_CLOSURE:
    case Op.LOAD_GLOBAL: case Op.FOR_ITER: case Op.IMPORT_NAME: case Op.IMPORT_FROM:
      return 1;
    case Op.DUP_TOP_TWO: case Op.LOAD_FAST2: return 2;
    case Op.SUBSCR_FAST2: case Op.SUBSCR_FAST_INT: return 1;
    case Op.STORE_SUBSCR_FAST2: case Op.STORE_SUBSCR_FAST_INT: return -1;
    case Op.FOR_ITER_STORE: case Op.ADD_INT: case Op.INPLACE_ADD_INT: case Op.EVAL_EXPR: case Op.EVAL_STMT: return 0;
    case Op.JUMP_IF_NOT_LT: case Op.JUMP_IF_NOT_LE: case Op.JUMP_IF_NOT_GT:
    case Op.JUMP_IF_NOT_GE: case Op.JUMP_IF_NOT_EQ: case Op.JUMP_IF_NOT_NE:
      return -2;
    case Op.STORE_ATTR: return -2;
    case Op.STORE_SUBSCR: return -3;
    case Op.DELETE_SUBSCR: return -2;
    case Op.SLICE_GET: return -3;
    case Op.SLICE_SET: return -5;
    case Op.SLICE_DEL: return -4;
    case Op.BUILD_LIST: case Op.BUILD_TUPLE: case Op.BUILD_CLASSIC_LIST: case Op.BUILD_STRING:
      return 1 - arg;
    case Op.UNPACK_SEQUENCE: return arg - 1;
    case Op.UNPACK_EX: return 0; // handled specially with its second operand
    case Op.CALL: return -arg;
    case Op.CALL_KW: return -arg - 1;
    case Op.CALL_EX: return -1 - arg - (arg > 0 ? 1 : 0);
    case Op.LIST_EXTEND: case Op.SET_ADD: case Op.SET_UPDATE: case Op.DICT_UPDATE: return -1;
    case Op.MAP_ADD: case Op.CALL_EX_KW: return -2;
    case Op.KWARGS_MERGE: return -1;
    case Op.WITH_SETUP: case Op.ASYNC_WITH_SETUP: return 1;
    case Op.BUILD_SET: return 1 - arg;
    case Op.BUILD_MAP: return 1 - 2 * arg;
    case Op.CALL_METHOD: return 0; // handled specially with its second operand
    case Op.MAKE_FUNCTION: return -((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1));
    case Op.FORMAT_VALUE: return arg & 4 ? -1 : 0;
    case Op.RAISE_ASSERT: case Op.RAISE: return -arg;
    case Op.SETUP_EXCEPT: case Op.POP_BLOCK: return 0;
    // YIELD_VALUE: the yielded value out, the sent value in. SEND: iter v -> result.
    case Op.GEN_START: case Op.YIELD_VALUE: case Op.GET_YIELD_FROM_ITER: return 0;
    case Op.GET_AWAITABLE: case Op.GET_AITER: case Op.GET_ANEXT: return 0;
    case Op.SEND: return -1;
    case Op.RERAISE: case Op.DELETE_ATTR: return -1;
    case Op.JUMP_IF_NOT_EXC_MATCH: return -2;
    // On a match the match stays; the jump (no match) pops both: emitter adjusts.
    case Op.EXC_STAR_MATCH: return -1;
    case Op.EXC_STAR_RERAISE: return -1;
    case Op.CLASS_NAMESPACE: return 1;
    case Op.BUILD_CLASS: return -arg - 1;
    case Op.BUILD_CLASS_KW: return -arg - 2;
    case Op.BUILD_SLICE: return -2; // lower upper step -> slice
    case Op.MATCH_SEQUENCE: case Op.MATCH_MAPPING: return 1;
    case Op.MATCH_KEYS: return arg - 1;
    case Op.MATCH_CLASS: return -2;
    default:
      // Binary operators and comparisons: two operands in, one result out.
      return -1;
  }
}

export class CodeBuilder {
  private words: number[] = [];
  private lineOf: number[] = [];
  private consts: Const[] = [];
  private constIndex = new Map<string, number>();
  private names: string[] = [];
  private nameIndex = new Map<string, number>();
  private depth = 0;
  private maxDepth = 0;
  line: number;

  constructor(firstLine: number) {
    this.line = firstLine;
  }

  emit(op: number, ...operands: number[]): void {
    if (operands.length !== operandKinds[op].length) {
      throw new Error(`internal: ${op} expects ${operandKinds[op].length} operands`);
    }
    this.words.push(op, ...operands);
    this.lineOf.push(this.line, ...operands.map(() => 0));
    const effect = op === Op.CALL_METHOD ? -operands[1]
      : op === Op.UNPACK_EX ? operands[0] + operands[1]
      : stackEffect(op, operands[0] ?? 0);
    this.adjust(effect);
  }

  /** Adjusts the tracked depth for control flow the linear walk cannot see. */
  /** Operand stack depth after the instructions emitted so far (linear walk). */
  get stackDepth(): number {
    return this.depth;
  }

  adjust(delta: number): void {
    this.depth += delta;
    if (this.depth > this.maxDepth) this.maxDepth = this.depth;
  }

  jump(op: number, target: Label): void {
    this.emit(op, 0);
    this.patch(target, this.words.length - 1);
  }

  /**
   * An instruction whose operands are an index (a local, or a constant for EVAL_EXPR)
   * and then a jump (JUMP_IF_BOUND, FOR_ITER_STORE, EVAL_EXPR).
   */
  localJump(op: number, local: number, target: Label): void {
    this.emit(op, local, 0);
    this.patch(target, this.words.length - 1);
  }

  private patch(target: Label, at: number): void {
    if (target.at >= 0) this.words[at] = target.at;
    else target.refs.push(at);
  }

  place(label: Label): void {
    label.at = this.words.length;
    for (const r of label.refs) this.words[r] = label.at;
    label.refs.length = 0;
  }

  constIndexOf(k: Const): number {
    const key =
      typeof k === "number" ? `i${k}` :
      typeof k === "string" ? `s${k}` :
      Array.isArray(k) ? `n${JSON.stringify(k)}` :
      isBytesConst(k) ? `b${k.bytes}` :
      isBigIntConst(k) ? `I${k.bigint}` :
      "float" in (k as object) ? `f${Object.is((k as { float: number }).float, -0) ? "-0" : (k as { float: number }).float}` :
      null;
    if (key !== null) {
      const i = this.constIndex.get(key);
      if (i !== undefined) return i;
      this.constIndex.set(key, this.consts.length);
    }
    this.consts.push(k);
    return this.consts.length - 1;
  }

  nameIndexOf(name: string): number {
    let i = this.nameIndex.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, i);
    }
    return i;
  }

  finish(fields: Omit<CodeObject, "code" | "lines" | "consts" | "names" | "stacksize">): CodeObject {
    return {
      ...fields,
      stacksize: this.maxDepth + 1,
      code: Int32Array.from(this.words),
      lines: Int32Array.from(this.lineOf),
      consts: this.consts,
      names: this.names,
    };
  }
}
