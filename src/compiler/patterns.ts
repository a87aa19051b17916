// Lowering of the `match` statement (PEP 634) to bytecode, as CPython 3.11 does it:
// the subject stays on the operand stack while the cases are tried in order; each
// case matches a copy of it. A pattern consumes the value on top of the stack and
// either falls through (matched, names bound) or jumps to a failure pad that pops
// whatever the pattern had pushed so far and goes on with the next case.
//
// Only four tests need new instructions (MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS,
// MATCH_CLASS: vm/patterns.ts); the rest is ordinary code: `==` for literals and
// dotted names, `is` for None/True/False, UNPACK_SEQUENCE/UNPACK_EX to take a
// sequence apart, stores for captures. Names are bound as the match proceeds: a
// failed case may leave some bound, which PEP 634 allows ("do not rely on bindings
// being made for a failed match").
//
// Invariant: every jump to a failure pad is made at a stack depth at least the
// pad's base; the pad pops the difference (pads for deeper depths fall through
// to the shallower ones), so every path into the next case has the same depth.

import type * as A from "../lang/ast.js";
import { Op } from "../bytecode/opcodes.js";
import { type CodeBuilder, Label } from "./codeBuilder.js";

/** What the lowering needs from the function emitter. */
export interface MatchHost {
  readonly b: CodeBuilder;
  expr(e: A.Expr): void;
  storeName(name: string): void;
  /** Jumps to `target` when `test` is false (the fused compare-and-jump forms). */
  jumpIfFalse(test: A.Expr, target: Label): void;
  statements(body: A.Stmt[]): void;
  at(node: A.Node): void;
}

/** Where a failing pattern goes: pads popping down to `base`, then `target`. */
class FailTarget {
  /** pads[k]: entered with k values above base. */
  private readonly pads: Label[] = [];
  constructor(private readonly b: CodeBuilder, readonly base: number) {}

  /** A conditional (or plain) jump to the pad for the current depth. */
  jump(op: number): void {
    const depthAfter = this.b.stackDepth + (op === Op.JUMP ? 0 : -1);
    const k = depthAfter - this.base;
    if (k < 0) throw new Error("compiler bug: match failure below its base");
    this.b.jump(op, this.pad(k));
  }

  /** The pad entered with `k` values above base. */
  pad(k: number): Label {
    return (this.pads[k] ??= new Label());
  }

  /**
   * Places the pads (after an unconditional jump: only failures reach them); the
   * stack is then at `base`. Returns false when no pattern could fail.
   */
  place(): boolean {
    if (this.pads.length === 0) return false;
    const b = this.b;
    b.adjust(this.base + this.pads.length - 1 - b.stackDepth);
    for (let k = this.pads.length - 1; k >= 0; k--) {
      if (this.pads[k]) b.place(this.pads[k]!);
      if (k > 0) b.emit(Op.POP_TOP);
    }
    return true;
  }
}

export function emitMatch(h: MatchHost, st: A.Match): void {
  const b = h.b;
  h.expr(st.subject);
  const end = new Label();
  const base = b.stackDepth; // the subject is on top
  for (const c of st.cases) {
    h.at(c);
    const fail = new FailTarget(b, base);
    b.emit(Op.DUP_TOP);
    pattern(h, c.pattern, fail);
    if (c.guard) {
      h.at(c.guard);
      h.jumpIfFalse(c.guard, fail.pad(0));
    }
    b.emit(Op.POP_TOP); // the subject
    h.statements(c.body);
    b.jump(Op.JUMP, end);
    b.adjust(1);
    fail.place();
    b.adjust(base - b.stackDepth);
  }
  b.emit(Op.POP_TOP);
  b.place(end);
}

/** Matches the value on top of the stack against `p`, consuming it. */
function pattern(h: MatchHost, p: A.Pattern, fail: FailTarget): void {
  const b = h.b;
  h.at(p);
  switch (p.kind) {
    case "MatchValue":
      h.expr(p.value);
      b.emit(Op.COMPARE_EQ);
      fail.jump(Op.POP_JUMP_IF_FALSE);
      return;
    case "MatchSingleton":
      b.emit(p.value === null ? Op.LOAD_NONE : p.value ? Op.LOAD_TRUE : Op.LOAD_FALSE);
      b.emit(Op.COMPARE_IS);
      fail.jump(Op.POP_JUMP_IF_FALSE);
      return;
    case "MatchAs":
      if (p.pattern === null) {
        if (p.name === null) b.emit(Op.POP_TOP);
        else h.storeName(p.name);
        return;
      }
      if (p.name !== null) b.emit(Op.DUP_TOP);
      pattern(h, p.pattern, fail);
      if (p.name !== null) h.storeName(p.name);
      return;
    case "MatchStar":
      // Only inside a sequence, which unpacked the starred part as a list.
      if (p.name === null) b.emit(Op.POP_TOP);
      else h.storeName(p.name);
      return;
    case "MatchSequence": {
      const n = p.patterns.length;
      const star = p.patterns.findIndex((q) => q.kind === "MatchStar");
      b.emit(Op.MATCH_SEQUENCE, n, star >= 0 ? 1 : 0);
      fail.jump(Op.POP_JUMP_IF_FALSE);
      if (star < 0) b.emit(Op.UNPACK_SEQUENCE, n);
      else b.emit(Op.UNPACK_EX, star, n - star - 1);
      for (const q of p.patterns) pattern(h, q, fail);
      return;
    }
    case "MatchMapping": {
      b.emit(Op.MATCH_MAPPING);
      fail.jump(Op.POP_JUMP_IF_FALSE);
      if (p.keys.length === 0 && p.rest === null) {
        b.emit(Op.POP_TOP);
        return;
      }
      for (const k of p.keys) h.expr(k);
      b.emit(Op.BUILD_TUPLE, p.keys.length);
      b.emit(Op.MATCH_KEYS, p.rest === null ? 0 : 1);
      failIfNone(b, fail);
      b.emit(Op.UNPACK_SEQUENCE, p.keys.length);
      for (const q of p.patterns) pattern(h, q, fail);
      if (p.rest !== null) h.storeName(p.rest);
      return;
    }
    case "MatchClass": {
      h.expr(p.cls);
      b.emit(Op.LOAD_CONST, b.constIndexOf(p.kwdAttrs));
      h.at(p);
      b.emit(Op.MATCH_CLASS, p.patterns.length);
      failIfNone(b, fail);
      b.emit(Op.UNPACK_SEQUENCE, p.patterns.length + p.kwdAttrs.length);
      for (const q of [...p.patterns, ...p.kwdPatterns]) pattern(h, q, fail);
      return;
    }
    case "MatchOr": {
      const matched = new Label();
      p.patterns.forEach((alt, i) => {
        if (i === p.patterns.length - 1) {
          pattern(h, alt, fail);
          return;
        }
        // Each alternative but the last tries a copy; its failure pops back to the subject.
        const next = new FailTarget(b, b.stackDepth);
        b.emit(Op.DUP_TOP);
        pattern(h, alt, next);
        b.emit(Op.POP_TOP);
        b.jump(Op.JUMP, matched);
        b.adjust(1);
        next.place();
      });
      b.place(matched);
      return;
    }
  }
}

/** TOS is a result or None: keep it on a result, go to the failure pad on None. */
function failIfNone(b: CodeBuilder, fail: FailTarget): void {
  b.emit(Op.DUP_TOP);
  b.emit(Op.LOAD_NONE);
  b.emit(Op.COMPARE_IS);
  fail.jump(Op.POP_JUMP_IF_TRUE);
}
