import { describe, expect, it } from "vitest";
import { compileProgram } from "../../src/compiler/program.js";
import { decodeProgram, encodeProgram, ImageError, instructionBytes } from "../../src/bytecode/image.js";
import { disassemble } from "../../src/bytecode/disasm.js";
import { Op, opNames, operandKinds } from "../../src/bytecode/opcodes.js";

const src = `
import math
def f(a, b=2, *rest, k=3):
    def g(x):
        return x + a
    return g(b) + k + len(rest)
xs = [i * 0.5 for i in range(4)]
print(f(1), xs, f"{math.pi:.3f}", -7, 100000, "s\\u00e9")
`;

describe("bytecode image", () => {
  it("round-trips a program exactly", () => {
    const p = compileProgram(src, "t.py");
    const { bytes } = encodeProgram(p);
    const q = decodeProgram(bytes);
    expect(disassemble(q)).toBe(disassemble(p));
    expect(encodeProgram(q).bytes).toEqual(bytes);
  });

  it("starts with the magic and version and rejects other files", () => {
    const { bytes } = encodeProgram(compileProgram("print(1)", "t.py"));
    expect(String.fromCharCode(...bytes.slice(0, 4))).toBe("EPYC");
    expect(() => decodeProgram(new TextEncoder().encode("print(1)"))).toThrow(ImageError);
    const bad = bytes.slice();
    bad[4] = 99;
    expect(() => decodeProgram(bad)).toThrow(/version 99/);
    expect(() => decodeProgram(bytes.slice(0, bytes.length - 3))).toThrow(ImageError);
  });

  it("reports instruction bytes smaller than the whole image", () => {
    const { sizes } = encodeProgram(compileProgram(src, "t.py"));
    expect(sizes.instructions).toBeGreaterThan(20);
    expect(sizes.instructions).toBeLessThan(sizes.total);
    // A device on the calling thread counts them without encoding (device.ts codeBytes).
    expect(instructionBytes(compileProgram(src, "t.py"))).toBe(sizes.instructions);
  });

  it("keeps the enum and the opcode table in step", () => {
    expect(opNames[Op.LOAD_FAST]).toBe("LOAD_FAST");
    expect(opNames[Op.RAISE_ASSERT]).toBe("RAISE_ASSERT");
    expect(operandKinds[Op.CALL_METHOD]).toEqual(["name", "count"]);
    // Every row of the table sits at its own index (names are unique).
    expect(new Set(opNames).size).toBe(opNames.length);
    expect(opNames[Op.JUMP_IF_NOT_NE]).toBe("JUMP_IF_NOT_NE");
    expect(opNames[Op.FOR_ITER_STORE]).toBe("FOR_ITER_STORE");
  });

  it("disassembles with names and jump targets", () => {
    const text = disassemble(compileProgram("for i in range(3):\n    print(i)\n", "t.py"));
    expect(text).toMatch(/FOR_ITER\s+to \d+/);
    expect(text).toMatch(/LOAD_GLOBAL\s+\d+ \(print\)/);
  });
});
