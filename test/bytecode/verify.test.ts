// One test per check of the image decoder and the bytecode verifier: each feeds a
// minimal bad image or code object and expects the ImageError / VerifyError naming
// the problem, and the valid neighbour of each case passes.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileProgram } from "../../src/compiler/program.js";
import { crc32 } from "../../src/bytecode/checksum.js";
import { isCodeObject, type CodeObject, type Program } from "../../src/bytecode/code.js";
import { decodeProgram, encodeProgram, ImageError, IMAGE_VERSION, isImage } from "../../src/bytecode/image.js";
import { operandKinds } from "../../src/bytecode/opcodes.js";
import { MAX_STACK, VerifyError, verifyProgram } from "../../src/bytecode/verify.js";
import { standardModules } from "../../src/vm/modules/index.js";
import { assemble, func, type Instr, programOf } from "./asm.js";

const compile = (src: string, dialect: Program["dialect"] = "python3") =>
  compileProgram(src, "t.py", { dialect, isBuiltinModule: (n) => standardModules.has(n) });

/** Recomputes the CRC-32 trailer after an edit, so the decoder's own checks are reached. */
function reseal(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  new DataView(out.buffer).setUint32(out.length - 4, crc32(out, 0, out.length - 4), true);
  return out;
}

const bad = (instrs: Instr[], fields: Partial<CodeObject> = {}) => () => verifyProgram(programOf(assemble(instrs, fields)));
const ok = (instrs: Instr[], fields: Partial<CodeObject> = {}) => {
  const p = programOf(assemble(instrs, fields));
  verifyProgram(p);
  return p.modules[0].code;
};

describe("image envelope", () => {
  const image = encodeProgram(compile("print(1)\n")).bytes;

  it("detects images by their magic, whatever the file is called", () => {
    expect(isImage(image)).toBe(true);
    expect(isImage(new TextEncoder().encode("print('EPYC')\n"))).toBe(false);
    expect(isImage(image.slice(0, 3))).toBe(false);
    expect(() => decodeProgram(new TextEncoder().encode("print(1)\n"), "prog.bin")).toThrow("'prog.bin' is not an ePython bytecode image");
  });

  it("rejects other versions with a clear message", () => {
    const old = image.slice();
    old[4] = 3;
    expect(() => decodeProgram(old, "old.epyc")).toThrow(`bytecode image 'old.epyc' has version 3, but this epython reads version ${IMAGE_VERSION}`);
  });

  it("rejects any change by its checksum, and truncation", () => {
    for (const at of [5, 9, image.length >> 1, image.length - 1]) {
      const b = image.slice();
      b[at] ^= 0x10;
      expect(() => decodeProgram(b, "x.epyc")).toThrow("corrupt image 'x.epyc': checksum mismatch");
    }
    expect(() => decodeProgram(image.slice(0, image.length - 1), "x.epyc")).toThrow(/corrupt image 'x.epyc': checksum mismatch/);
    expect(() => decodeProgram(image.slice(0, 8))).toThrow("corrupt image: truncated");
  });

  it("rejects an unknown dialect byte, trailing bytes and a cut body (checksum recomputed)", () => {
    const d = image.slice();
    d[5] = 7;
    expect(() => decodeProgram(reseal(d))).toThrow("corrupt image: unknown dialect 7");
    const longer = new Uint8Array(image.length + 1);
    longer.set(image.subarray(0, image.length - 4));
    expect(() => decodeProgram(reseal(longer))).toThrow("trailing bytes");
    const cut = new Uint8Array(image.length - 3);
    cut.set(image.subarray(0, image.length - 7));
    expect(() => decodeProgram(reseal(cut))).toThrow(/corrupt image: truncated/);
  });

  it("rejects strings that are not UTF-8 and references to unknown strings", () => {
    // The module name "__main__" is the first string: its length tag is at offset 7.
    expect(String.fromCharCode(...image.slice(8, 16))).toBe("__main__");
    const b = image.slice();
    b[8] = 0xff;
    expect(() => decodeProgram(reseal(b))).toThrow("not valid UTF-8");
    const r = image.slice();
    r[7] = 41; // back-reference to string 20, never defined
    expect(() => decodeProgram(reseal(r))).toThrow("string reference to an unknown string");
  });

  it("names the image in verifier errors", () => {
    const p = programOf(assemble([["LOAD_CONST", 3], ["RETURN_VALUE"]]));
    expect(() => decodeProgram(encodeProgram(p).bytes, "x.epyc")).toThrow(/^corrupt image 'x.epyc': code '<module>': LOAD_CONST at offset 0: constant 3 out of range/);
  });
});

describe("operands against their tables", () => {
  it.each([
    ["LOAD_CONST", [["LOAD_CONST", 0], ["RETURN_VALUE"]], /constant 0 out of range \(0 constants\)/],
    ["LOAD_FAST", [["LOAD_FAST", 2], ["RETURN_VALUE"]], /local 2 out of range \(2 locals\)/],
    ["LOAD_GLOBAL", [["LOAD_GLOBAL", 2], ["RETURN_VALUE"]], /global 2 out of range \(2 globals\)/],
    ["LOAD_ATTR", [["LOAD_NONE"], ["LOAD_ATTR", 0], ["RETURN_VALUE"]], /name 0 out of range/],
    ["LOAD_DEREF", [["LOAD_DEREF", 0], ["RETURN_VALUE"]], /cell 0 out of range \(0 cells\)/],
    ["negative cell", [["LOAD_DEREF", -1], ["RETURN_VALUE"]], /cell -1 out of range/],
    ["JUMP past the end", [["JUMP", 7]], /jumps to 7, not to an instruction/],
    ["negative count", [["BUILD_LIST", -1], ["RETURN_VALUE"]], /negative count/],
  ] as [string, Instr[], RegExp][])("%s", (_, instrs, message) => {
    expect(bad(instrs, { varnames: ["a", "b"] })).toThrow(message);
  });

  it("jumps must land on instruction boundaries", () => {
    const c = assemble([["LOAD_INT", 1], ["POP_JUMP_IF_FALSE", 2], ["LOAD_NONE"], ["RETURN_VALUE"]]);
    c.code[3] = 1; // POP_JUMP_IF_FALSE's target: the operand word of LOAD_INT
    expect(() => verifyProgram(programOf(c))).toThrow("POP_JUMP_IF_FALSE at offset 2 jumps to 1, not to an instruction");
  });

  it("unknown opcodes and cut instructions", () => {
    const c = assemble([["LOAD_NONE"], ["RETURN_VALUE"]]);
    expect(() => verifyProgram(programOf({ ...c, code: Int32Array.from([200]), lines: new Int32Array(1) }))).toThrow("unknown opcode 200");
    expect(() => verifyProgram(programOf({ ...c, code: Int32Array.from([6]), lines: new Int32Array(1) }))).toThrow("LOAD_CONST at offset 0 is cut short");
  });

  it("integer constants are 32-bit, names constants hold strings", () => {
    expect(bad([["LOAD_CONST", 0], ["RETURN_VALUE"]], { consts: [2 ** 40] })).toThrow("integer constant 0 is not a 32-bit integer");
    expect(bad([["LOAD_NONE"], ["RETURN_VALUE"]], { consts: [[1] as unknown as string[]] })).toThrow("names constant 0 holds a non-string");
  });
});

describe("code object structure", () => {
  const body: Instr[] = [["LOAD_NONE"], ["RETURN_VALUE"]];

  it("parameters fit in the locals and cells are seeded from parameters", () => {
    expect(bad(body, { flags: 0, argcount: 3, varnames: ["a"] })).toThrow("3 parameters but only 1 locals");
    const f = func(body, { argcount: 1, varnames: ["a"], cellvars: ["a"], cellArgs: [4] });
    const main = assemble([["LOAD_CONST", 0], ["MAKE_FUNCTION", 0], ["RETURN_VALUE"]], { consts: [f] });
    expect(() => verifyProgram(programOf(main))).toThrow("cell seeded from parameter 4 of 1");
  });

  it("module bodies and functions are flagged apart", () => {
    expect(bad(body, { flags: 0 })).toThrow("a module body must be flagged as one");
    // 64 is COROUTINE now (every bit below the positional-only count has a meaning).
    expect(bad(body, { flags: 64 | 4 })).toThrow("a coroutine not flagged as a generator");
    expect(bad(body, { flags: 512 | 4 })).toThrow("unknown flags");
    // 256 is ANNOTATIONS: its constant (after the docstring) must be names and texts.
    expect(bad(body, { flags: 256 | 4 })).toThrow("an annotations flag without its names-and-texts constant");
    expect(bad(body, { flags: 256 | 4, consts: [["x", "int", "return"]] })).toThrow("an annotations flag without its names-and-texts constant");
    expect(bad(body, { flags: 64 | 16 | 4 })).toThrow("a module body must be flagged as one (and only as one)");
    expect(bad(body, { cellvars: ["c"], cellArgs: [-1] })).toThrow("a module body has no parameters or cells");
    expect(bad(body, { globals: ["x", "x"] })).toThrow("a global name is repeated");
    const f = func(body, { flags: 4 });
    const main = assemble([["LOAD_CONST", 0], ["MAKE_FUNCTION", 0], ["RETURN_VALUE"]], { consts: [f] });
    expect(() => verifyProgram(programOf(main))).toThrow("a function body is flagged as a module");
  });

  it("nested code shares its module's globals table", () => {
    const f = func(body, { globals: ["print", "x"] });
    const main = assemble([["LOAD_CONST", 0], ["MAKE_FUNCTION", 0], ["RETURN_VALUE"]], { consts: [f] });
    expect(() => verifyProgram(programOf(main))).toThrow("has its own globals table");
  });

  it("the program starts with __main__, module names are unique, hashes well-formed", () => {
    const p = programOf(assemble(body));
    expect(() => verifyProgram({ ...p, modules: [{ ...p.modules[0], name: "m" }] })).toThrow("the first module is 'm'");
    expect(() => verifyProgram({ ...p, modules: [p.modules[0], { ...p.modules[0], code: assemble(body) }] })).toThrow("'__main__' is empty or repeated");
    expect(() => verifyProgram({ ...p, modules: [{ ...p.modules[0], sourceHash: "x" }] })).toThrow("malformed source hash");
  });
});

describe("stack depth by abstract interpretation", () => {
  it("computes the maximum, replacing any stored value", () => {
    const c = ok([["LOAD_INT", 1], ["LOAD_INT", 2], ["LOAD_INT", 3], ["BUILD_LIST", 3], ["RETURN_VALUE"]], { stacksize: 1e9 });
    expect(c.stacksize).toBe(3 + 1);
  });

  it("rejects underflow", () => {
    expect(bad([["POP_TOP"], ["LOAD_NONE"], ["RETURN_VALUE"]])).toThrow("POP_TOP at offset 0: stack underflow");
    expect(bad([["LOAD_NONE"], ["BUILD_TUPLE", 2], ["RETURN_VALUE"]])).toThrow("needs 2 stack entries, has 1");
  });

  it("rejects different depths where paths meet", () => {
    expect(bad([["LOAD_TRUE"], ["POP_JUMP_IF_FALSE", 3], ["LOAD_INT", 1], ["LOAD_NONE"], ["RETURN_VALUE"]]))
      .toThrow(/the stack depth at offset 5 is [01] on one path and [01] on another/);
  });

  it("rejects control running off the end", () => {
    expect(bad([["LOAD_NONE"], ["POP_TOP"]])).toThrow("control reaches offset 2, past the last instruction");
  });

  it("rejects absurd depths", () => {
    expect(bad([["LOAD_NONE"], ["UNPACK_SEQUENCE", MAX_STACK + 5], ["RETURN_VALUE"]])).toThrow("stack too deep");
  });

  it("takes linear time on long straight code (a 50,000-item list literal)", () => {
    const src = `xs = [${Array.from({ length: 50_000 }, (_, i) => i % 7).join(", ")}]\nprint(len(xs))\n`;
    const p = decodeProgram(encodeProgram(compile(src)).bytes);
    expect(p.modules[0].code.stacksize).toBe(50_000 + 1);
  }, 20_000);

  it("gives up on crafted code that would take too long to analyse", () => {
    const pairs: Instr[] = [];
    for (let i = 0; i < 40; i++) pairs.push(["UNPACK_SEQUENCE", 1_000_000], ["BUILD_LIST", 1_000_000]);
    expect(bad([["LOAD_NONE"], ...pairs, ["RETURN_VALUE"]])).toThrow("code '<module>' is too complex to verify");
  });

  it("accepts loops, including a jump to itself (while True: pass)", () => {
    ok([["JUMP", 0]]);
    const p = compile("while True:\n    pass\n");
    const back = decodeProgram(encodeProgram(p).bytes);
    expect(back.modules[0].code.stacksize).toBe(p.modules[0].code.stacksize);
  });

  it("closes loops only with JUMP or at FOR_ITER, where a core can yield", () => {
    expect(bad([["LOAD_TRUE"], ["POP_JUMP_IF_TRUE", 0], ["LOAD_NONE"], ["RETURN_VALUE"]]))
      .toThrow("POP_JUMP_IF_TRUE at offset 1 jumps back to offset 0; only JUMP, or a jump to FOR_ITER, may close a loop");
    expect(bad([["LOAD_INT", 1], ["LOAD_INT", 2], ["JUMP_IF_NOT_LT", 0], ["LOAD_NONE"], ["RETURN_VALUE"]])).toThrow("jumps back to offset 0");
    // A comprehension's `if` jumps back to its FOR_ITER: allowed.
    verifyProgram(compile("print([v for v in range(9) if v % 2])\n"));
  });

  it("ignores unreachable code for depth but still checks its operands", () => {
    ok([["LOAD_NONE"], ["RETURN_VALUE"], ["POP_TOP"], ["POP_TOP"]]);
    expect(bad([["LOAD_NONE"], ["RETURN_VALUE"], ["LOAD_FAST", 9]])).toThrow("local 9 out of range");
  });
});

describe("value kinds", () => {
  it("FOR_ITER needs an iterator", () => {
    expect(bad([["BUILD_LIST", 0], ["FOR_ITER", 3], ["POP_TOP"], ["LOAD_NONE"], ["RETURN_VALUE"]])).toThrow("FOR_ITER at offset 2: expects an iterator, finds a list");
    ok([["BUILD_LIST", 0], ["GET_ITER"], ["FOR_ITER", 5], ["POP_TOP"], ["JUMP", 2], ["LOAD_NONE"], ["RETURN_VALUE"]]);
  });

  it("an iterator widened to any at a merge no longer qualifies", () => {
    expect(bad([
      ["LOAD_TRUE"], ["POP_JUMP_IF_FALSE", 4], ["BUILD_LIST", 0], ["JUMP", 6],
      ["BUILD_LIST", 0], ["GET_ITER"],
      ["FOR_ITER", 9], ["POP_TOP"], ["JUMP", 6], ["LOAD_NONE"], ["RETURN_VALUE"],
    ])).toThrow(/FOR_ITER at offset 10: expects an iterator, finds a (value|list)/);
  });

  it("LIST_APPEND needs the list being built", () => {
    expect(bad([["LOAD_NONE"], ["LOAD_INT", 1], ["LIST_APPEND", 1], ["RETURN_VALUE"]])).toThrow("expects a list being built 1 entries down");
    ok([["BUILD_LIST", 0], ["LOAD_INT", 1], ["LIST_APPEND", 1], ["RETURN_VALUE"]]);
  });

  it("IMPORT_FROM needs a module; FORMAT_VALUE a string spec; BUILD_STRING strings", () => {
    expect(bad([["LOAD_NONE"], ["IMPORT_FROM", 0], ["RETURN_VALUE"]], { names: ["x"] })).toThrow("expects a module, finds a value");
    expect(bad([["LOAD_INT", 1], ["LOAD_INT", 2], ["FORMAT_VALUE", 4], ["RETURN_VALUE"]])).toThrow("expects a format spec string");
    expect(bad([["LOAD_INT", 1], ["LOAD_CONST", 0], ["BUILD_STRING", 2], ["RETURN_VALUE"]], { consts: ["s"] })).toThrow("expects string pieces");
    ok([["LOAD_INT", 1], ["FORMAT_VALUE", 0], ["LOAD_CONST", 0], ["BUILD_STRING", 2], ["RETURN_VALUE"]], { consts: ["s"] });
  });

  it("CALL_KW and CALL_EX need a names tuple of the right size", () => {
    const consts = [["k"]];
    expect(bad([["LOAD_NONE"], ["LOAD_INT", 1], ["LOAD_INT", 1], ["CALL_KW", 1], ["RETURN_VALUE"]])).toThrow("expects a names tuple");
    expect(bad([["LOAD_NONE"], ["LOAD_CONST", 0], ["CALL_KW", 0], ["RETURN_VALUE"]], { consts })).toThrow("expects a names tuple of at most 0");
    ok([["LOAD_NONE"], ["LOAD_INT", 1], ["LOAD_CONST", 0], ["CALL_KW", 1], ["RETURN_VALUE"]], { consts });
    expect(bad([["LOAD_NONE"], ["BUILD_LIST", 0], ["LOAD_INT", 1], ["LOAD_INT", 1], ["LOAD_CONST", 0], ["CALL_EX", 2], ["RETURN_VALUE"]], { consts }))
      .toThrow("expects a names tuple of 2 keywords");
  });

  it("internal values never become Python values", () => {
    const consts = [["k"]];
    expect(bad([["LOAD_CONST", 0], ["RETURN_VALUE"]], { consts })).toThrow("a keyword-names tuple used as a value");
    const f = func([["LOAD_NONE"], ["RETURN_VALUE"]]);
    expect(bad([["LOAD_CONST", 0], ["STORE_GLOBAL", 1], ["LOAD_NONE"], ["RETURN_VALUE"]], { consts: [f] })).toThrow("a code constant used as a value");
  });

  it("MAKE_FUNCTION needs a code constant, tuples, and a closure of exactly the free variables", () => {
    const free = func([["LOAD_DEREF", 0], ["RETURN_VALUE"]], { freevars: ["v"] });
    const plain = func([["LOAD_NONE"], ["RETURN_VALUE"]]);
    expect(bad([["LOAD_NONE"], ["MAKE_FUNCTION", 0], ["RETURN_VALUE"]])).toThrow("expects a code constant");
    expect(bad([["LOAD_CONST", 0], ["MAKE_FUNCTION", 0], ["RETURN_VALUE"]], { consts: [free] })).toThrow("'f' needs a closure");
    expect(bad([["LOAD_INT", 1], ["LOAD_CONST", 0], ["MAKE_FUNCTION", 1], ["RETURN_VALUE"]], { consts: [plain] })).toThrow("expects a tuple of defaults");
    ok([["LOAD_INT", 1], ["BUILD_TUPLE", 1], ["LOAD_CONST", 0], ["MAKE_FUNCTION", 1], ["RETURN_VALUE"]], { consts: [plain] });
    // A function with a cell passes it to the closure of the nested one.
    const outer = func([
      ["LOAD_CLOSURE", 0], ["LOAD_CLOSURE", 0], ["BUILD_TUPLE", 2], ["LOAD_CONST", 0], ["MAKE_FUNCTION", 4], ["RETURN_VALUE"],
    ], { cellvars: ["v"], cellArgs: [-1], consts: [free], name: "outer" });
    const main = assemble([["LOAD_CONST", 0], ["MAKE_FUNCTION", 0], ["RETURN_VALUE"]], { consts: [outer] });
    expect(() => verifyProgram(programOf(main))).toThrow("expects a closure of 1 cells for 'f'");
    outer.code = assemble([["LOAD_CLOSURE", 0], ["BUILD_TUPLE", 1], ["LOAD_CONST", 0], ["MAKE_FUNCTION", 4], ["RETURN_VALUE"]]).code;
    outer.lines = new Int32Array(outer.code.length);
    verifyProgram(programOf(main));
  });

  it("a cell cannot be mixed into an ordinary tuple, or differ from a value at a merge", () => {
    const c = { cellvars: ["v"], cellArgs: [-1], flags: 0, name: "f" };
    const wrap = (inner: CodeObject) => programOf(assemble([["LOAD_CONST", 0], ["MAKE_FUNCTION", 0], ["RETURN_VALUE"]], { consts: [inner] }));
    expect(() => verifyProgram(wrap(assemble([["LOAD_CLOSURE", 0], ["LOAD_NONE"], ["BUILD_TUPLE", 2], ["RETURN_VALUE"]], c))))
      .toThrow("mixes cells and values");
    const merge = assemble([
      ["LOAD_TRUE"], ["POP_JUMP_IF_FALSE", 4], ["LOAD_CLOSURE", 0], ["JUMP", 5], ["LOAD_NONE"], ["POP_TOP"], ["LOAD_NONE"], ["RETURN_VALUE"],
    ], c);
    expect(() => verifyProgram(wrap(merge))).toThrow(/the stack at offset 8 holds a (value|cell) on one path and a (cell|value) on another/);
  });

  it("a comprehension's function is called at once with an iterator", () => {
    const p = compile("print([v * 2 for v in range(3)])\n");
    verifyProgram(p);
    const main = p.modules[0].code;
    const getIter = main.code.indexOf(59 /* GET_ITER */);
    main.code[getIter] = 0; // NOP: the comprehension would receive a range, not an iterator
    expect(() => verifyProgram(p)).toThrow("a comprehension function must be called with one iterator");
  });

  it("a comprehension body may not overwrite its iterator", () => {
    const p = compile("print([v for v in range(3)])\n");
    const comp = p.modules[0].code.consts.find(isCodeObject)!;
    const store = comp.code.indexOf(91 /* FOR_ITER_STORE */);
    comp.code[store + 1] = 0; // store each item into parameter 0, the iterator
    expect(() => verifyProgram(p)).toThrow(/expects an iterator|overwrites the comprehension's iterator/);
  });
});

describe("constants of the kind an opcode needs", () => {
  const expr = (desc: string | number, fields: Partial<CodeObject> = {}) =>
    bad([["EVAL_EXPR", 0, 2], ["LOAD_NONE"], ["RETURN_VALUE"]], { consts: [desc as string], varnames: ["a"], ...fields });

  it("EVAL_EXPR's descriptor is a string whose references exist", () => {
    expect(expr(5)).toThrow("the expression descriptor is not a string constant");
    expect(expr("(+ l0 l3)")).toThrow("descriptor refers to local 3 (1 locals)");
    expect(expr("(+ l0 g9)")).toThrow("descriptor refers to global 9 (2 globals)");
    expect(expr("(fg 7 l0)")).toThrow("descriptor refers to global 7");
    expect(expr("(+ s0,4 i1)")).toThrow("descriptor refers to local 4");
    expect(expr("(+ l-1 i1)")).toThrow("descriptor refers to local -1");
    expect(expr("(^ l0 i1)")).toThrow("unknown operator '^'");
    expect(expr("(+ l0 q1)")).toThrow("unknown item 'q1'");
    ok([["EVAL_EXPR", 0, 2], ["LOAD_NONE"], ["RETURN_VALUE"]], { consts: ["(+ (* l0 f1.5) (fm 1 sqrt k0,2))"], varnames: ["a"] });
  });

  it("EVAL_STMT may not assign a comprehension's iterator", () => {
    const p = compile("print([v for v in range(3)])\n");
    const comp = p.modules[0].code.consts.find(isCodeObject)!;
    verifyProgram(p);
    // Put an EVAL_STMT assigning l0 in front of the loop: every other check still passes.
    const words = Array.from(comp.code);
    const k = comp.consts.push("(= l0 i1)") - 1;
    const shifted = words.map((w, i) => (i > 0 && isJumpOperand(comp, i) ? w + 3 : w));
    comp.code = Int32Array.from([94 /* EVAL_STMT */, k, 3, ...shifted]);
    comp.lines = new Int32Array(comp.code.length);
    expect(() => verifyProgram(p)).toThrow("overwrites the comprehension's iterator");
  });
});

/** True if word i of the code is a jump operand. */
function isJumpOperand(c: CodeObject, i: number): boolean {
  for (let pc = 0; pc < c.code.length; ) {
    const kinds = operandKinds[c.code[pc]];
    if (kinds.some((k, j) => k === "jump" && pc + 1 + j === i)) return true;
    pc += 1 + kinds.length;
  }
  return false;
}

describe("everything the compiler produces verifies", () => {
  it("examples and their modules, both dialects; computed depths equal the compiler's", () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith(".py")) files.push(p);
      }
    };
    walk("examples");
    let codes = 0;
    for (const f of files) {
      const dialect = f.includes("classic") ? "classic" : "python3";
      let p: Program;
      try {
        p = compileProgram(readFileSync(f, "utf8"), f, {
          dialect,
          readFile: (q) => { try { return readFileSync(q, "utf8"); } catch { return null; } },
          isBuiltinModule: (n) => standardModules.has(n),
        });
      } catch {
        continue; // examples/errors/syntax.py
      }
      const compiled = new Map<CodeObject, number>();
      const collect = (c: CodeObject) => {
        compiled.set(c, c.stacksize);
        c.consts.forEach((k) => isCodeObject(k) && collect(k));
      };
      p.modules.forEach((m) => collect(m.code));
      const back = decodeProgram(encodeProgram(p).bytes, f);
      expect(back.modules.map((m) => m.sourceHash)).toEqual(p.modules.map((m) => m.sourceHash));
      verifyProgram(p);
      for (const [c, depth] of compiled) expect(c.stacksize, `${f} ${c.name}`).toBe(depth);
      codes += compiled.size;
    }
    expect(codes).toBeGreaterThan(150);
  });

  it("deeply nested functions stay within the nesting limit", () => {
    const src = "f = " + "lambda: ".repeat(200) + "1\nprint(f)\n";
    expect(decodeProgram(encodeProgram(compile(src)).bytes).modules).toHaveLength(1);
  });

  it("throws VerifyError, not a JavaScript error, for a malformed program", () => {
    expect(bad([["RETURN_VALUE"]])).toThrow(VerifyError);
    expect(() => decodeProgram(encodeProgram(programOf(assemble([["RETURN_VALUE"]]))).bytes)).toThrow(ImageError);
  });
});
