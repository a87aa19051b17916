// Standard-module tests: a program's output on the VM against CPython 3.11's.
import { expect } from "vitest";
import { cpython311, runCPython } from "./cpython.js";
import { output, type RunOpts } from "./runSource.js";

/** True when CPython 3.11 is available to compare against. */
export const haveCPython = cpython311 !== null;

/**
 * Runs `source` on the VM (double-precision floats, so results can be CPython's) and
 * on CPython 3.11, and expects the same output. The output must not be empty, so a
 * program that silently prints nothing cannot pass.
 */
export function expectSameAsCPython(source: string, opts: RunOpts = {}): void {
  const mine = output(source, { float64: true, ...opts });
  const ref = runCPython(source);
  expect(ref.status, ref.err).toBe(0);
  expect(ref.out.length).toBeGreaterThan(0);
  expect(mine).toBe(ref.out);
}
