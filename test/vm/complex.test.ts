// Complex numbers and cmath (vm/complex.ts): a program compared with CPython 3.11's
// output (fixtures/complex/complex.out, made with the real binary), float64 and the
// device's float32, and format specs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { output, runSource } from "../helpers/runSource.js";

const dir = join(__dirname, "fixtures", "complex");

describe("complex", () => {
  it("arithmetic, cmath, hashing, text and errors as CPython (float64)", () => {
    const src = readFileSync(join(dir, "complex.py"), "utf8");
    expect(output(src, { float64: true })).toBe(readFileSync(join(dir, "complex.out"), "utf8"));
  });

  it("parts are floats of the device's precision by default", () => {
    expect(output("z = 1.1 + 2.2j\nprint(z, z * z, z.real)\n")).toBe("(1.1+2.2j) (-3.63+4.84j) 1.1\n");
  });

  it("format specs apply to the parts, then to the whole", () => {
    const src = 'z = 1.1 + 2.2j\nprint(f"{z:.2f}|{z:>14}|{z:<14.1f}|{-z:e}|{2j:.3f}|{z:*^20.1f}|{z:+.1f}")\n';
    expect(output(src, { float64: true }))
      .toBe("1.10+2.20j|    (1.1+2.2j)|1.1+2.2j      |-1.100000e+00-2.200000e+00j|0.000+2.000j|******1.1+2.2j******|+1.1+2.2j\n");
  });

  it("is refused by the classic dialect and costs memory on the core", () => {
    expect(() => runSource("x = 2j\n", { classic: true })).toThrow(/complex numbers are not supported/);
    const r = runSource("xs = [complex(i, i) for i in range(5000)]\n", { localMemory: 32 * 1024, strictMemory: true });
    expect(r.error?.kind).toBe("MemoryError");
  });
});
