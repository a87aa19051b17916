// Helpers for tests that drive the `epython` command (bin/epython.js) as a user
// would: a child process, its exit status, stdout and stderr. Build dist/ first
// (`node scripts/build.mjs`; `npm test` does it in its pretest step).

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file is test/helpers/run.ts). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The command-line entry point. */
export const cliPath = join(repoRoot, "bin", "epython.js");

export interface RunResult {
  /** Exit status; -1 if the process was killed (timeout or signal). */
  code: number;
  stdout: string;
  stderr: string;
  /** True if the run was stopped by the timeout. */
  timedOut: boolean;
}

export interface RunOptions {
  /** Text fed to standard input (default: none, stdin is empty). */
  stdin?: string;
  /** Working directory (default: the repository root). */
  cwd?: string;
  /** Milliseconds before the process is killed (default 60 s). */
  timeoutMs?: number;
  /** Extra environment variables. */
  env?: Record<string, string>;
}

function run(command: string, args: string[], opts: RunOptions): RunResult {
  const r = spawnSync(command, args, {
    cwd: opts.cwd ?? repoRoot,
    input: opts.stdin ?? "",
    encoding: "utf8",
    timeout: opts.timeoutMs ?? 60_000,
    maxBuffer: 64 * 1024 * 1024,
    // No colours in captured output, whatever the environment says.
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...opts.env },
  });
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT";
  let stderr = r.stderr ?? "";
  if (r.error && !timedOut) stderr += `\n[spawn error: ${r.error.message}]`;
  if (timedOut) stderr += `\n[killed after ${opts.timeoutMs ?? 60_000} ms]`;
  return { code: r.status ?? -1, stdout: r.stdout ?? "", stderr, timedOut };
}

/** Runs `node bin/epython.js ARGS...` synchronously. */
export function runEpython(args: string[], opts: RunOptions = {}): RunResult {
  return run(process.execPath, [cliPath, ...args], opts);
}

/** True once `node scripts/build.mjs` has produced the bundle the CLI loads. */
export function isBuilt(): boolean {
  return existsSync(join(repoRoot, "dist", "cli.js"));
}

let python3: boolean | undefined;
/** True if a `python3` (CPython 3) is on PATH. */
export function hasPython3(): boolean {
  if (python3 === undefined) {
    const r = spawnSync("python3", ["-c", "import sys; print(sys.version_info[0])"], { encoding: "utf8" });
    python3 = !r.error && r.status === 0 && r.stdout.trim() === "3";
  }
  return python3;
}

/** Runs `python3 ARGS...` synchronously (e.g. to compare with CPython's output). */
export function runPython3(args: string[], opts: RunOptions = {}): RunResult {
  return run("python3", args, { ...opts, env: { PYTHONIOENCODING: "utf-8", PYTHONHASHSEED: "0", ...opts.env } });
}
