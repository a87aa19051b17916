// The hand-written C programs of the native benchmark (bench/native/c/) must print
// exactly what CPython prints for their Python versions (bench/native/programs/, else bench/kernels/), or the
// bench's "outputs agree" column and its C-relative ratios would compare different
// work. Each C file is compiled with gcc (-Wall -Wextra: warnings-clean) and run on a
// small size, the .py on the same size with python3. Also checks pyfmt.h, the C
// helper printing Python's repr of a double, against CPython's repr. Skipped when gcc
// or python3 is missing.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/run.js";

interface NativeKernel { name: string; testSize: number }
interface KernelsModule {
  NATIVE_KERNELS: NativeKernel[];
  cDir: string;
  kernelsDir: string;
  sizeOf(name: string): { constant: string; value: number };
  sizedCopy(name: string, value: number, dir: string): string;
}

const has = (cmd: string): boolean => spawnSync(cmd, ["--version"], { encoding: "utf8" }).status === 0;
const ready = has("gcc") && has("python3");

// A computed path keeps TypeScript from looking for declarations of the .mjs; loaded at
// the top so the tests below are generated from its kernel list.
const kernels = (await import(join(repoRoot, "bench", "native", "kernels.mjs"))) as KernelsModule;
let tmp = "";
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "epython-native-c-"));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 60_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status ?? r.signal}): ${r.stderr}`);
  return r.stdout;
}

/** gcc -O3 -std=c99 -Wall -Wextra; returns the executable, failing on any warning. */
function compile(src: string, exe: string): string {
  const r = spawnSync("gcc", ["-O3", "-std=c99", "-Wall", "-Wextra", `-I${join(repoRoot, "bench", "native", "c")}`, "-o", exe, src, "-lm"], { encoding: "utf8" });
  expect(r.stderr, `gcc on ${src}`).toBe("");
  expect(r.status).toBe(0);
  return exe;
}

describe.skipIf(!ready)("hand-written C benchmarks", () => {
  it("has a C program for every native kernel and a kernel for every C program", () => {
    const cFiles = readdirSync(kernels.cDir).filter((f) => f.endsWith(".c")).map((f) => f.slice(0, -2)).sort();
    expect(cFiles).toEqual(kernels.NATIVE_KERNELS.map((k) => k.name).sort());
  });

  it("defaults each C program's size to its .py file's size parameter", () => {
    for (const k of kernels.NATIVE_KERNELS) {
      // NAME.c reads its size as `argc > 1 ? atoi(argv[1]) : DEFAULT`.
      const m = /atoi\(argv\[1\]\)\s*:\s*(\d+)/.exec(readFileSync(join(kernels.cDir, `${k.name}.c`), "utf8"));
      expect(m ? Number(m[1]) : NaN, `${k.name}.c default size`).toBe(kernels.sizeOf(k.name).value);
    }
  });

  for (const k of kernels.NATIVE_KERNELS) {
    it(`${k.name}: the C program prints what CPython prints (size ${k.testSize})`, () => {
      const exe = compile(join(kernels.cDir, `${k.name}.c`), join(tmp, k.name));
      const c = run(exe, [String(k.testSize)]);
      const py = run("python3", [kernels.sizedCopy(k.name, k.testSize, tmp)]);
      expect(c.trim().length).toBeGreaterThan(0);
      expect(c).toBe(py);
    });
  }
});

describe("the native bench's output comparison", () => {
  interface Outcome { output?: string | null; failure?: string | null; missing?: string }
  let agreement: (r: Record<string, Outcome>, ref: string, labels: Record<string, string>) => string;
  beforeAll(async () => {
    ({ agreement } = (await import(join(repoRoot, "bench", "native", "run.mjs"))) as { agreement: typeof agreement });
  });
  const labels = { cpython: "CPython", c: "C", native: "native" };

  it("says yes only when every configuration that ran printed the reference's output", () => {
    expect(agreement({ cpython: { output: "1" }, c: { output: "1" }, native: { output: "1" } }, "cpython", labels)).toBe("yes");
    expect(agreement({ cpython: { output: "1" }, c: { output: "2" }, native: { output: "1" } }, "cpython", labels)).toBe("NO: C differs");
    expect(agreement({ cpython: { output: "1" }, c: { output: "1" }, native: { failure: "timeout" } }, "cpython", labels)).toBe("NO: native timeout");
  });

  it("does not count a configuration missing from the build as agreeing", () => {
    expect(agreement({ cpython: { output: "1" }, c: { output: "1" }, native: { missing: "native: not available in this build" } }, "cpython", labels)).toBe("yes");
    expect(agreement({ c: { output: "1" }, native: { missing: "native: not available in this build" } }, "c", labels)).toBe("n/a (only C ran)");
    expect(agreement({ cpython: { failure: "error (x)" }, c: { output: "1" } }, "cpython", labels)).toBe("CPython error (x)");
  });
});

describe.skipIf(!ready)("pyfmt.h: Python's repr of a double", () => {
  it("matches CPython's repr on edge cases and random doubles", () => {
    // Bit patterns from CPython (so the comparison is exact): edge values, powers of two
    // (where the shortest string is not the nearest one), random bits and decimals.
    const gen = `
import random, struct
random.seed(8)
edge = [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.00012345,
        5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e22, 123456789.0, 0.30000000000000004,
        float('inf'), float('-inf'), float('nan')]
xs = edge + [float(2 ** random.randint(-1074, 1023)) for _ in range(300)]
xs += [struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0] for _ in range(2000)]
xs += [random.randint(0, 10 ** 7) / 10 ** random.randint(0, 12) for _ in range(700)]
for x in xs:
    print('%016x %s' % (struct.unpack('<Q', struct.pack('<d', x))[0], repr(x)))
`;
    const genFile = join(tmp, "reprs.py");
    writeFileSync(genFile, gen);
    const lines = run("python3", [genFile]).trim().split("\n");
    const driver = join(tmp, "pyfmt_driver.c");
    writeFileSync(driver, `#include "pyfmt.h"
#include <stdint.h>
int main(void)
{
    unsigned long long bits;
    char out[PY_REPR_SIZE];
    while (scanf("%llx", &bits) == 1) {
        double x;
        memcpy(&x, &bits, sizeof x);
        py_repr_double(x, out);
        puts(out);
    }
    return 0;
}
`);
    const exe = compile(driver, join(tmp, "pyfmt_driver"));
    const bitsFile = join(tmp, "bits.txt");
    writeFileSync(bitsFile, lines.map((l) => l.split(" ")[0]).join("\n") + "\n");
    const r = spawnSync("sh", ["-c", `"${exe}" < "${bitsFile}"`], { encoding: "utf8" });
    expect(r.status).toBe(0);
    const got = r.stdout.trim().split("\n");
    const want = lines.map((l) => l.slice(l.indexOf(" ") + 1));
    expect(got.length).toBe(want.length);
    const wrong = want.flatMap((w, i) => (got[i] === w ? [] : [`${lines[i].split(" ")[0]}: C ${got[i]} Python ${w}`]));
    expect(wrong).toEqual([]);
  });
});
