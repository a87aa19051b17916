// Compiles and runs ePython source in-process on a small device, capturing output.
import { compileProgram } from "../../src/compiler/program.js";
import { Device } from "../../src/device/device.js";
import { profiles } from "../../src/device/profiles.js";
import { lateModuleAttributes, standardModules, withLibraryModules } from "../../src/vm/modules/index.js";
import type { PyError } from "../../src/vm/errors.js";

export interface RunOutcome {
  out: string;
  warnings: string;
  error: PyError | null;
  errorCore: number | null;
  stuck: string | null;
  /** The run's exit status from exit()/sys.exit() (device.ts RunResult.exitStatus). */
  exitStatus: number;
}

export interface RunOpts {
  classic?: boolean;
  float64?: boolean;
  /** Python 3 ints beyond 32 bits: "promote" (default) or "error". */
  intOverflow?: "promote" | "error";
  cores?: number;
  prefix?: boolean;
  localMemory?: number;
  strictMemory?: boolean;
  seed?: number;
  files?: Record<string, string>;
  profile?: string;
  /** Hands the core the program's text, as the CLI does (tracebacks and warnings quote its lines). */
  sources?: boolean;
}

export function runSource(source: string, opts: RunOpts = {}): RunOutcome {
  const files = opts.files ?? {};
  const program = compileProgram(source, "main.py", {
    dialect: opts.classic ? "classic" : "python3",
    // As the CLI (host/compile.ts): library modules written in ePython are found too.
    readFile: withLibraryModules((p) => files[p] ?? null, opts.classic ? "classic" : "python3"),
    isBuiltinModule: (n) => standardModules.has(n),
    lateAttributes: lateModuleAttributes,
  });
  let out = "";
  let warnings = "";
  const device = new Device(program, {
    profile: profiles[opts.profile ?? "epiphany3"],
    deviceCores: opts.cores ?? 1,
    hostCores: 0,
    float64: !!opts.float64,
    intOverflow: opts.intOverflow,
    prefix: !!opts.prefix,
    write: (t) => (out += t),
    warn: (t) => (warnings += t + "\n"),
    seed: opts.seed ?? 1,
    timeoutMs: 20_000,
    localMemory: opts.localMemory,
    strictMemory: opts.strictMemory,
    sources: opts.sources ? new Map([["main.py", source]]) : undefined,
  });
  const r = device.run();
  return {
    out,
    warnings,
    error: r.failure?.error ?? null,
    errorCore: r.failure?.core ?? null,
    stuck: r.stuck ? `${r.stuck.reason}: ${r.stuck.cores.join("; ")}` : null,
    exitStatus: r.exitStatus,
  };
}

/** Runs and returns stdout, failing loudly on any error. */
export function output(source: string, opts: RunOpts = {}): string {
  const r = runSource(source, opts);
  if (r.error) throw new Error(`${r.error.kind}: ${r.error.pyMessage} at ${JSON.stringify(r.error.traceback)}`);
  if (r.stuck) throw new Error(r.stuck);
  return r.out;
}
