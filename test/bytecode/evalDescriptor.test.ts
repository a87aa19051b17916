// The EVAL descriptor: one encoder, one decoder, and a decoder that refuses anything
// malformed (images can be corrupt).
import { describe, expect, it } from "vitest";
import {
  type EvalDescriptor, EvalDescriptorError, decodeEval, encodeEval,
} from "../../src/bytecode/evalDescriptor.js";
import { compileProgram } from "../../src/compiler/program.js";
import { Op, instrWidth } from "../../src/bytecode/opcodes.js";
import { type CodeObject, isCodeObject } from "../../src/bytecode/code.js";

const trees: EvalDescriptor[] = [
  { kind: "local", slot: 0 },
  { kind: "binary", op: "+", left: { kind: "binary", op: "*", left: { kind: "local", slot: 9 }, right: { kind: "local", slot: 9 } }, right: { kind: "itemConst", list: 6, index: 0 } },
  { kind: "binary", op: "//", left: { kind: "int", value: -2147483648 }, right: { kind: "float", value: 1e-7 } },
  { kind: "binary", op: "%", left: { kind: "float", value: 1.5e300 }, right: { kind: "neg", operand: { kind: "global", slot: 3 } } },
  { kind: "callModule", slot: 2, name: "sqrt", arg: { kind: "item", list: 1, index: 2 } },
  { kind: "callGlobal", slot: 12, arg: { kind: "float", value: 0.1 } },
  { kind: "assign", target: { kind: "item", list: 1, index: 2 }, value: { kind: "binary", op: "-", left: { kind: "local", slot: 3 }, right: { kind: "local", slot: 0 } } },
  { kind: "assign", target: { kind: "global", slot: 4 }, value: { kind: "binary", op: "/", left: { kind: "global", slot: 4 }, right: { kind: "int", value: 3 } } },
];

describe("EVAL descriptor", () => {
  it("round-trips every kind of node through its text", () => {
    for (const t of trees) expect(decodeEval(encodeEval(t))).toEqual(t);
    expect(encodeEval(trees[1])).toBe("(+ (* l9 l9) k6,0)");
    expect(encodeEval(trees[6])).toBe("(= s1,2 (- l3 l0))");
  });

  it("round-trips every descriptor the emitter writes", () => {
    const src = "import math\nfrom math import sqrt\nG = 2\ndef f(a, b, xs, i):\n    c = a * b + xs[i] - xs[0] / 2.5\n" +
      "    xs[i] = -c // 3 % b\n    xs[1] += math.sqrt(a) * sqrt(b)\n    return a * G + c\n";
    const seen: string[] = [];
    const walk = (code: CodeObject) => {
      for (let pc = 0; pc < code.code.length; pc += instrWidth(code.code[pc])) {
        if (code.code[pc] === Op.EVAL_EXPR || code.code[pc] === Op.EVAL_STMT) seen.push(code.consts[code.code[pc + 1]] as string);
      }
      for (const c of code.consts) if (isCodeObject(c)) walk(c);
    };
    walk(compileProgram(src, "t.py").modules[0].code);
    expect(seen.length).toBeGreaterThanOrEqual(4);
    for (const text of seen) expect(encodeEval(decodeEval(text))).toBe(text);
  });

  it("rejects malformed text with an error, never a guess", () => {
    const bad = [
      "", "(", ")", "(+ l0)", "(+ l0 l1", "(+ l0 l1) l2", "(** l0 l1)", "(neg)", "lx", "l-1", "l01",
      "i2147483648", "i1.5", "fnan", "finf", "f", "(= i1 l0)", "(= l0 l1 l2)", "s1", "s1,2,3", "k1,-1",
      "(fm 0 1bad l0)", "(fg x l0)", "q7", "l99999999999",
    ];
    for (const text of bad) expect(() => decodeEval(text), text).toThrow(EvalDescriptorError);
  });
});
