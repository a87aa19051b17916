// A call frame, kept as data (not on the JavaScript stack) so that a core can stop
// at any blocking call and be resumed later, and so that recursion depth is bounded
// by the core's memory rather than by the host.
//
// Layout on the core's value stack (Lua-style, no copying of arguments):
//   stack[retSlot]                  the called function (overwritten by the result)
//   stack[base .. base+nlocals-1]   fast locals, parameters first
//   stack[base+nlocals ..]          the operand stack of this frame

import type { CodeObject } from "../bytecode/code.js";
import type { CodeRuntime } from "./loader.js";
import type { Cell, PyModule, Value } from "./values.js";

export const FrameKind = {
  /** An ordinary Python call: the result goes to stack[retSlot]. */
  Call: 0,
  /** A module body run by `import`: the module object is the result. */
  Module: 1,
  /** A call made from TypeScript (core.call): returning ends the nested run. */
  Boundary: 2,
  /** The program's main module: returning ends the core. */
  Main: 3,
  /** A class's Python `__init__`: the call's result is the new instance (`initSelf`). */
  Init: 4,
  /**
   * A generator resumed in place by a `for` loop (vm/generators.ts): stack[retSlot]
   * holds the generator; its yields and its end go back to the loop's FOR_ITER.
   */
  Generator: 5,
  /**
   * A generator run in place for a builtin that consumes it whole (sum, max, list...:
   * vm/generators.ts consumeInPlace): stack[retSlot] holds the generator, whose sink
   * takes its yields; when it ends or the sink stops it, the builtin's result goes to
   * stack[retSlot], as a call's result, and the caller goes on after its call.
   */
  Consumer: 6,
} as const;

export class Frame {
  pc = 0;
  /**
   * `try` blocks active in this frame: pairs (handler pc, operand-stack pointer at
   * SETUP_EXCEPT), innermost last (vm/exceptions.ts). Null until the first one.
   */
  blocks: number[] | null = null;
  /** FrameKind.Init: the instance being initialised. */
  initSelf: Value | null = null;
  /**
   * The last frame Core.enter made with this one as its parent, kept to be reused by
   * the next call made from this frame (calls in a loop then allocate no frame:
   * frames were most of a call-heavy program's host garbage). Invariant: whenever
   * this frame is the core's current frame, `spare` is not on the core's frame chain
   * (frames are entered and left in stack order), and nothing else keeps a left
   * frame (tracebacks copy file/line/name; generators keep values, not frames: a
   * generator's frame is left when it suspends or ends). Frames come from `childFrame`.
   */
  spare: Frame | null = null;
  /** Frames on the chain up to the root, this one included (the main module's is 1): what CPython's recursion limit counts. */
  depth = 1;
  // The fields below are written only when a frame is made or reused (childFrame).
  constructor(
    public code: CodeObject,
    public globals: PyModule,
    public base: number,
    public cells: Cell[] | null,
    public parent: Frame | null,
    public kind: number,
    public retSlot: number,
    /** Bytes charged to the core's memory for this frame. */
    public bytes: number,
    /** The code's run-time tables at the core's precision (looked up once per call). */
    public rt: CodeRuntime,
  ) {}

  /** Source line of the instruction at or before `pc`. */
  lineAt(pc: number): number {
    const lines = this.code.lines;
    for (let i = Math.min(pc, lines.length - 1); i >= 0; i--) if (lines[i] > 0) return lines[i];
    return this.code.firstLine;
  }
}

/**
 * The frame for a call, or a generator's resume, made while `parent` is the current
 * frame: parent's spare frame (left already, see Frame.spare) set up afresh, else a
 * new one, kept as parent's spare for the next.
 */
export function childFrame(
  parent: Frame | null, code: CodeObject, globals: PyModule, base: number, cells: Cell[] | null,
  kind: number, retSlot: number, bytes: number, rt: CodeRuntime,
): Frame {
  const f = parent !== null ? parent.spare : null;
  if (f === null) {
    const nf = new Frame(code, globals, base, cells, parent, kind, retSlot, bytes, rt);
    if (parent !== null) {
      parent.spare = nf;
      nf.depth = parent.depth + 1;
    }
    return nf;
  }
  f.depth = parent!.depth + 1;
  f.code = code;
  f.globals = globals;
  f.base = base;
  f.cells = cells;
  f.parent = parent;
  f.kind = kind;
  f.retSlot = retSlot;
  f.bytes = bytes;
  f.rt = rt;
  f.pc = 0;
  f.blocks = null;
  f.initSelf = null;
  return f;
}
