// The parity suite the VM's type tests share (dicts, sets, bytes, big ints): each
// program prints what CPython 3.11 prints (skipped without CPython), and each erring
// program raises the given final traceback line, which CPython's last line must equal
// too when it is on the machine. Runs use --float64, as CPython's floats are doubles.
import { describe, expect, it } from "vitest";
import { output, runSource } from "./runSource.js";
import { cpython311, runCPython } from "./cpython.js";

export function describeCPythonParity(title: string, programs: Record<string, string>, errors: [string, string][]): void {
  describe(title, () => {
    for (const [name, src] of Object.entries(programs)) {
      it.skipIf(!cpython311)(name, () => {
        expect(output(src, { float64: true })).toBe(runCPython(src).out);
      });
    }
    for (const [src, line] of errors) {
      it(`${JSON.stringify(src)} -> ${line}`, () => {
        const r = runSource(src, { float64: true });
        expect(r.error ? `${r.error.kind}: ${r.error.pyMessage}` : "no error").toBe(line);
        if (cpython311) expect(runCPython(src).err.trim().split("\n").pop()).toBe(line);
      });
    }
  });
}
