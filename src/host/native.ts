// The library side of native code: a Python 3 program -> C -> executable, and
// running it with `epython run`'s conventions (cores, output prefixes, seed).

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { linkUserModules } from "../compiler/nativeModules.js";
import { libraryModules, standardModules } from "../vm/modules/index.js";
import { basename } from "node:path";
import { analyze, assertValid } from "../compiler/analyze.js";
import { inferProgram } from "../compiler/infer.js";
import { parse } from "../lang/index.js";
import { emitC } from "../native/emitC.js";
import { buildExecutable, type NativeTarget } from "../native/compile.js";

export interface NativeOptions {
  file: string;
  float64?: boolean;
  cores?: number;
  target?: NativeTarget;
  emitCDir?: string;
  output?: string;
}

/** C source of a program (throws EPythonSyntaxError / NativeError for the user). */
export function nativeC(source: string, opts: NativeOptions): string {
  // The program's own modules (files next to it) are linked into it first (nativeModules.ts).
  const main = linkUserModules(parse(source, opts.file, { dialect: "python3" }), (path) => (existsSync(path) ? readFileSync(path, "utf8") : null),
    (name) => standardModules.has(name) || libraryModules.has(name));
  const analysis = assertValid(analyze(main));
  const prog = inferProgram(analysis, { float64: opts.float64 });
  return emitC(prog, { defaultCores: opts.cores ?? 1 });
}

/** Builds the executable (cached); returns its path. */
export function nativeBuild(source: string, opts: NativeOptions): string {
  const c = nativeC(source, opts);
  const name = basename(opts.file).replace(/\.py$/, "");
  return buildExecutable(c, { target: opts.target, float64: opts.float64, emitCDir: opts.emitCDir, output: opts.output, name }).exe;
}

export interface NativeRunOptions extends NativeOptions {
  args?: string[];
  prefix?: boolean;
  seed?: number;
  stdin?: string;
}

/** Builds and runs; output goes to this process's stdout/stderr; returns the exit status. */
export function nativeRun(source: string, opts: NativeRunOptions): number {
  // The core count goes on the command line: the cached executable serves every count.
  const exe = nativeBuild(source, { ...opts, cores: 1, output: undefined });
  const argv = ["--cores", String(opts.cores ?? 1)];
  if (opts.prefix === false) argv.push("--no-prefix");
  if (opts.seed !== undefined) argv.push("--seed", String(opts.seed >>> 0));
  argv.push("--", ...(opts.args ?? []));
  const r = spawnSync(exe, argv, { stdio: "inherit" });
  return r.status ?? 1;
}
