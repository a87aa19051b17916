// Native builds: generated C + the runtime (src/native/runtime) -> an executable,
// compiled with the machine's C compiler into a cache keyed by a hash of everything
// that goes into the binary (the C text, options, the runtime sources, the compiler).
//
// The user never sees a C compiler's message: a failure is an "internal error in the
// C back end" naming the kept C file, and a missing compiler names Debian's package.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export type NativeTarget = "host" | "mpi";

export interface BuildOptions {
  target?: NativeTarget;
  float64?: boolean;
  /** Where the executable goes; default: the cache. */
  output?: string;
  /** Keep the generated C in this directory. */
  emitCDir?: string;
  /** Base name of the program (for the C file name). */
  name?: string;
  /** Link the native offload service (runtime/service.c; its main is in the C source). */
  service?: boolean;
}

export class NativeBuildError extends Error {}

/** src/native/runtime, found from this module's place (works from src/ and from dist/). */
export function runtimeDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const cand of [join(here, "runtime"), join(here, "../../src/native/runtime"), join(here, "../src/native/runtime"), join(here, "../../../src/native/runtime")]) {
    if (existsSync(join(cand, "core.h"))) return resolve(cand);
  }
  throw new NativeBuildError("internal error in the C back end: the C runtime (src/native/runtime) is missing");
}

/**
 * Where the transport (parallel.h + host.c / mpi.c) comes from: the runtime directory,
 * or EPYTHON_NATIVE_TRANSPORT_DIR (the test-only single-core transport of
 * test/native/fixtures, used before the real one exists).
 */
function transportDir(rt: string): string {
  const env = process.env.EPYTHON_NATIVE_TRANSPORT_DIR;
  if (env) return resolve(env);
  return rt;
}

export function cacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return join(base, "epython", "native");
}

function which(cmd: string): boolean {
  // The name is passed as an argument, never spliced into the shell text ($CC is user input).
  const r = spawnSync("sh", ["-c", 'command -v "$1"', "sh", cmd], { encoding: "utf8" });
  return r.status === 0 && r.stdout.trim() !== "";
}

function compilerFor(target: NativeTarget): string {
  if (target === "mpi") {
    if (!which("mpicc")) {
      throw new NativeBuildError("--target mpi needs MPI: install Debian's packages 'libopenmpi-dev' and 'openmpi-bin' (apt-get install libopenmpi-dev openmpi-bin)");
    }
    return "mpicc";
  }
  const cc = process.env.CC;
  if (cc) {
    if (which(cc)) return cc;
    throw new NativeBuildError(`the C compiler named by $CC ('${cc}') is not found; unset CC to use cc/gcc/clang, or install Debian's package 'gcc'`);
  }
  for (const c of ["cc", "gcc", "clang"]) if (which(c)) return c;
  throw new NativeBuildError("native code needs a C compiler: install Debian's package 'gcc' (apt-get install gcc)");
}

/** Compiles C source to an executable; returns its path (cached). */
export function buildExecutable(cSource: string, opts: BuildOptions = {}): { exe: string; cFile: string } {
  const target = opts.target ?? "host";
  const rt = runtimeDir();
  const tr = transportDir(rt);
  const transport = join(tr, target === "mpi" ? "mpi.c" : "host.c");
  if (!existsSync(join(tr, "parallel.h")) || !existsSync(transport)) {
    throw new NativeBuildError(`internal error in the C back end: the ${target} transport (${transport}) is not installed`);
  }
  const cc = compilerFor(target);
  const flags = ["-O3", "-std=gnu99", ...(opts.output ? [] : ["-march=native"]), "-w", "-ffp-contract=off", ...(opts.float64 ? ["-DEP_USE_FLOAT64"] : [])];
  // Every runtime C file except the other target's transport (host.c vs mpi.c).
  const other = target === "mpi" ? "host.c" : "mpi.c";
  const skip = new Set([other, ...(opts.service ? [] : ["service.c"])]);
  const cFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".c") && !skip.has(f)).map((f) => join(dir, f));
  // With a transport directory of its own, only core.c comes from the runtime.
  const sources = tr === rt ? cFiles(rt).sort() : [join(rt, "core.c"), ...cFiles(tr).sort()];
  const hash = createHash("sha256");
  hash.update(cSource).update(JSON.stringify({ cc, flags, target }));
  const headers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".h")).map((f) => join(dir, f));
  for (const f of [...sources, ...headers(rt), ...headers(tr)]) hash.update(readFileSync(f));
  const key = hash.digest("hex").slice(0, 24);
  const dir = join(cacheDir(), key);
  mkdirSync(dir, { recursive: true });
  const name = (opts.name ?? "prog").replace(/[^A-Za-z0-9_.-]/g, "_");
  const cFile = join(dir, `${name}.c`);
  writeFileSync(cFile, cSource);
  if (opts.emitCDir) {
    mkdirSync(opts.emitCDir, { recursive: true });
    writeFileSync(join(opts.emitCDir, `${name}.c`), cSource);
  }
  const exe = join(dir, name);
  if (!existsSync(exe)) {
    const tmp = `${exe}.tmp${process.pid}`;
    // A service is rebuilt for every new kernel signature: its runtime objects are compiled once.
    const inputs = opts.service ? runtimeObjects(cc, flags, [tr, rt], sources) : sources;
    const args = [...flags, `-I${tr}`, `-I${rt}`, cFile, ...inputs, "-o", tmp, "-lm", "-lpthread"];
    const r = spawnSync(cc, args, { encoding: "utf8" });
    if (r.status !== 0) {
      const log = join(dir, "cc-errors.txt");
      writeFileSync(log, `${cc} ${args.join(" ")}\n${r.stderr ?? ""}${r.error ? String(r.error) : ""}`);
      throw new NativeBuildError(`internal error in the C back end (the generated C did not compile; C file kept: ${cFile}, compiler log: ${log})`);
    }
    renameSync(tmp, exe);
  }
  if (opts.output) {
    mkdirSync(dirname(resolve(opts.output)), { recursive: true });
    writeFileSync(opts.output, readFileSync(exe), { mode: 0o755 });
  }
  return { exe, cFile };
}

/**
 * The runtime sources compiled to objects, cached beside the executables under a key of
 * everything that goes into them (the same `key` inputs minus the generated C: the
 * runtime text, headers, compiler and flags), so only the generated C is compiled again.
 */
function runtimeObjects(cc: string, flags: string[], includes: string[], sources: string[]): string[] {
  const hash = createHash("sha256").update(JSON.stringify({ cc, flags }));
  for (const dir of includes) for (const f of readdirSync(dir).filter((n) => n.endsWith(".h")).sort()) hash.update(readFileSync(join(dir, f)));
  for (const f of sources) hash.update(f).update(readFileSync(f));
  const dir = join(cacheDir(), `runtime-${hash.digest("hex").slice(0, 24)}`);
  mkdirSync(dir, { recursive: true });
  return sources.map((src) => {
    const obj = join(dir, src.replace(/^.*[\\/]/, "").replace(/\.c$/, ".o"));
    if (existsSync(obj)) return obj;
    const tmp = `${obj}.tmp${process.pid}`;
    const r = spawnSync(cc, [...flags, ...includes.map((d) => `-I${d}`), "-c", src, "-o", tmp], { encoding: "utf8" });
    if (r.status !== 0) {
      const log = join(dir, "cc-errors.txt");
      writeFileSync(log, `${r.stderr ?? ""}${r.error ? String(r.error) : ""}`);
      throw new NativeBuildError(`internal error in the C back end (the runtime ${src} did not compile; compiler log: ${log})`);
    }
    renameSync(tmp, obj);
    return obj;
  });
}
