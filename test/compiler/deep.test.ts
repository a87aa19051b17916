import { expect, it } from "vitest";
import { compileProgram } from "../../src/compiler/program.js";
import { EPythonSyntaxError } from "../../src/lang/diagnostics.js";

it("very long expressions compile or give a diagnostic, never a JS stack overflow", () => {
  for (const n of [2000, 200000]) {
    const src = "x = " + Array(n).fill("1").join(" + ") + "\n";
    try {
      compileProgram(src, "d.py");
    } catch (e) {
      expect(e).toBeInstanceOf(EPythonSyntaxError);
    }
  }
});
