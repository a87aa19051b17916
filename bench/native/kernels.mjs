// The kernels of the native benchmark (bench/native/run.mjs) and of its correctness
// test (test/bench/native-c.test.ts): each is a Python program in bench/native/programs/ and a
// hand-written C program in bench/native/c/ with the same output. The Python program
// takes its size from the line `CONSTANT = VALUE  # size parameter`, the C program
// from argv[1] (its default is the Python file's value).
//
// Sizes: `size` is the .py file's own (CPython takes about 0.5-1 s: all four
// configurations run it); `nativeSize` makes the C program take about 0.5 s on a
// current x86-64 core (only C and native run it; the interpreter would take minutes);
// `quickSize` replaces it under --quick; `testSize` is the correctness test's (fast
// in CPython).

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "../lib/process.mjs";

export const kernelsDir = join(root, "bench", "native", "programs");
const userKernelsDir = join(root, "bench", "kernels");

/**
 * A kernel's Python program: bench/native/programs/NAME.py (the loop-style programs the
 * hand-written C twins follow), else bench/kernels/NAME.py where the user-style program
 * is already what the C computes (nbody, spectralnorm): one file, never a copy.
 */
export function programPath(name) {
  const own = join(kernelsDir, `${name}.py`);
  return existsSync(own) ? own : join(userKernelsDir, `${name}.py`);
}
export const cDir = join(root, "bench", "native", "c");

/** name: bench/native/programs/NAME.py and bench/native/c/NAME.c; what: the table's label. */
export const NATIVE_KERNELS = [
  { name: "jacobi1d", what: "1-D Jacobi", nativeSize: 2000, quickSize: 400, testSize: 20 },
  // bench/native/programs/jacobi.py is the 2-D one; at 150 it stops at its MAX_ITERS (10000).
  { name: "jacobi", what: "2-D Jacobi", nativeSize: 150, quickSize: 60, testSize: 10 },
  { name: "nbody", what: "n-body", nativeSize: 3000000, quickSize: 1000000, testSize: 1000 },
  { name: "mandelbrot", what: "mandelbrot", nativeSize: 2500, quickSize: 1000, testSize: 40 },
  { name: "spectralnorm", what: "spectral norm", nativeSize: 3000, quickSize: 1200, testSize: 40 },
  { name: "matmul", what: "matrix multiply", nativeSize: 800, quickSize: 500, testSize: 24 },
  { name: "fannkuch", what: "fannkuch", nativeSize: 10, quickSize: 9, testSize: 6 },
];

const SIZE_LINE = /^(\w+) = (\d+)(\s+# size parameter.*)$/m;

/** The size constant of a kernel's .py: { constant, value }. */
export function sizeOf(name) {
  const m = SIZE_LINE.exec(readFileSync(programPath(name), "utf8"));
  if (!m) throw new Error(`bench/native/programs/${name}.py has no '# size parameter' line`);
  return { constant: m[1], value: Number(m[2]) };
}

/** Writes a copy of the kernel's .py with its size parameter set to `value` into dir; returns its path. */
export function sizedCopy(name, value, dir) {
  const src = readFileSync(programPath(name), "utf8");
  const file = join(dir, `${name}-${value}.py`);
  writeFileSync(file, src.replace(SIZE_LINE, (_, c, _v, rest) => `${c} = ${value}${rest}`));
  return file;
}
