// The EVAL_EXPR / EVAL_STMT descriptor: a small arithmetic tree the emitter stores
// as a string constant in front of the generic instructions for the same code, and
// the VM compiles to JavaScript (vm/exprJit.ts). This file is its one definition:
// the tree type, the one encoder (used by the emitter) and the one decoder (used by
// the VM). Images can be corrupt, so the decoder checks everything and throws
// `EvalDescriptorError` rather than guessing.
//
// Text form (kept compact because it is stored in every image):
//   (= T E)        assignment of E to the target T (EVAL_STMT)
//   (op A B)       op in + - * / // %          (neg A)   unary minus
//   (fg G A)       call of the one-argument function held in global G
//   (fm G name A)  call of attribute `name` of the module held in global G
//   lN  fast local N     gN  module global N     iK  int literal     fX  float literal
//   sA,I  item of list local A at int local I    kA,K  item of list local A at K >= 0

export type EvalOp = "+" | "-" | "*" | "/" | "//" | "%";
export const EVAL_OPS: readonly EvalOp[] = ["+", "-", "*", "/", "//", "%"];

/** A place a value is read from or stored to. */
export type EvalPlace =
  | { kind: "local"; slot: number }
  | { kind: "global"; slot: number }
  /** list local `list` indexed by the int in local `index` */
  | { kind: "item"; list: number; index: number }
  /** list local `list` indexed by the constant `index` (>= 0) */
  | { kind: "itemConst"; list: number; index: number };

export type EvalExpr =
  | EvalPlace
  | { kind: "int"; value: number }
  | { kind: "float"; value: number }
  | { kind: "binary"; op: EvalOp; left: EvalExpr; right: EvalExpr }
  | { kind: "neg"; operand: EvalExpr }
  | { kind: "callGlobal"; slot: number; arg: EvalExpr }
  | { kind: "callModule"; slot: number; name: string; arg: EvalExpr };

/** An EVAL_EXPR descriptor is an expression; an EVAL_STMT one is an assignment. */
export type EvalDescriptor = EvalExpr | { kind: "assign"; target: EvalPlace; value: EvalExpr };

export class EvalDescriptorError extends Error {}

/** Whether an expression can also be stored to (the target of an EVAL_STMT). */
export function isEvalPlace(e: EvalExpr): e is EvalPlace {
  return e.kind === "local" || e.kind === "global" || e.kind === "item" || e.kind === "itemConst";
}

// ------------------------------------------------------------------ encoder

export function encodeEval(d: EvalDescriptor): string {
  switch (d.kind) {
    case "assign": return `(= ${encodeEval(d.target)} ${encodeEval(d.value)})`;
    case "local": return `l${d.slot}`;
    case "global": return `g${d.slot}`;
    case "item": return `s${d.list},${d.index}`;
    case "itemConst": return `k${d.list},${d.index}`;
    case "int": return `i${d.value}`;
    case "float": return `f${d.value}`;
    case "binary": return `(${d.op} ${encodeEval(d.left)} ${encodeEval(d.right)})`;
    case "neg": return `(neg ${encodeEval(d.operand)})`;
    case "callGlobal": return `(fg ${d.slot} ${encodeEval(d.arg)})`;
    case "callModule": return `(fm ${d.slot} ${d.name} ${encodeEval(d.arg)})`;
  }
}

// ------------------------------------------------------------------ decoder

const SLOT = /^(0|[1-9]\d{0,8})$/;
const INT = /^-?(0|[1-9]\d{0,9})$/;
const NAME = /^[A-Za-z_]\w*$/;

export function decodeEval(text: string): EvalDescriptor {
  if (typeof text !== "string") throw new EvalDescriptorError("EVAL descriptor is not a string");
  const tokens = text.replace(/[()]/g, (p) => ` ${p} `).trim().split(/\s+/);
  let pos = 0;
  const fail = (why: string): never => {
    throw new EvalDescriptorError(`bad EVAL descriptor ${JSON.stringify(text.slice(0, 80))}: ${why}`);
  };
  const next = (): string => (pos < tokens.length ? tokens[pos++] : fail("unexpected end"));
  const slot = (t: string): number => (SLOT.test(t) ? Number(t) : fail(`bad slot '${t}'`));
  const close = () => {
    if (next() !== ")") fail("expected ')'");
  };

  const place = (t: string): EvalPlace | null => {
    const arg = t.slice(1);
    switch (t[0]) {
      case "l": return { kind: "local", slot: slot(arg) };
      case "g": return { kind: "global", slot: slot(arg) };
      case "s": case "k": {
        const parts = arg.split(",");
        if (parts.length !== 2) fail(`bad item '${t}'`);
        return { kind: t[0] === "s" ? "item" : "itemConst", list: slot(parts[0]), index: slot(parts[1]) };
      }
    }
    return null;
  };

  const expr = (): EvalExpr => {
    const t = next();
    if (t === "(") {
      const op = next();
      if (op === "neg") {
        const operand = expr();
        close();
        return { kind: "neg", operand };
      }
      if (op === "fg" || op === "fm") {
        const g = slot(next());
        let name = "";
        if (op === "fm") {
          name = next();
          if (!NAME.test(name)) fail(`bad attribute name '${name}'`);
        }
        const arg = expr();
        close();
        return op === "fg" ? { kind: "callGlobal", slot: g, arg } : { kind: "callModule", slot: g, name, arg };
      }
      if (!(EVAL_OPS as readonly string[]).includes(op)) fail(`bad operator '${op}'`);
      const left = expr();
      const right = expr();
      close();
      return { kind: "binary", op: op as EvalOp, left, right };
    }
    const p = place(t);
    if (p) return p;
    const arg = t.slice(1);
    if (t[0] === "i") {
      const v = INT.test(arg) ? Number(arg) : NaN;
      if ((v | 0) !== v) fail(`bad int '${t}'`);
      return { kind: "int", value: v };
    }
    if (t[0] === "f") {
      const v = arg === "" ? NaN : Number(arg);
      if (!Number.isFinite(v)) fail(`bad float '${t}'`);
      return { kind: "float", value: v };
    }
    return fail(`bad token '${t}'`);
  };

  let d: EvalDescriptor;
  if (tokens[0] === "(" && tokens[1] === "=") {
    pos = 2;
    const target = place(next());
    if (!target) fail("bad assignment target");
    const value = expr();
    close();
    d = { kind: "assign", target: target!, value };
  } else d = expr();
  if (pos !== tokens.length) fail("trailing text");
  return d;
}
