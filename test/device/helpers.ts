// Runs ePython source on the simulated device, in-process (one worker thread, so
// the schedule is fixed), and captures what the CLI would print.
import { compileProgram } from "../../src/compiler/program.js";
import { Device, type DeviceOptions, type RunResult } from "../../src/device/device.js";
import { profiles } from "../../src/device/profiles.js";
import { standardModules, withLibraryModules } from "../../src/vm/modules/index.js";

export interface DeviceRun {
  out: string;
  warnings: string;
  result: RunResult;
  /** The failing core's "Kind: message", or null. */
  error: string | null;
  /** The deadlock / timeout report lines joined, or null. */
  stuck: string | null;
}

export type DeviceRunOptions = Partial<Omit<DeviceOptions, "profile" | "write" | "warn">> & {
  cores?: number;
  classic?: boolean;
  profile?: string;
  files?: Record<string, string>;
};

export function runDevice(source: string, o: DeviceRunOptions = {}): DeviceRun {
  const files = o.files ?? {};
  const dialect = o.classic ? "classic" : "python3";
  const program = compileProgram(source, "main.py", {
    dialect,
    readFile: withLibraryModules((p) => files[p] ?? null, dialect),
    isBuiltinModule: (n) => standardModules.has(n),
  });
  let out = "";
  let warnings = "";
  const device = new Device(program, {
    deviceCores: o.cores ?? 2, hostCores: 0, float64: false, prefix: true, seed: 1, timeoutMs: 20_000,
    ...o,
    profile: profiles[o.profile ?? "epiphany3"],
    write: (t) => (out += t),
    warn: (t) => (warnings += t + "\n"),
  });
  const result = device.run();
  const e = result.failure?.error;
  return {
    out, warnings, result,
    error: e ? `${e.kind}: ${e.pyMessage}` : null,
    stuck: result.stuck ? `${result.stuck.reason}: ${result.stuck.cores.join("\n")}` : null,
  };
}

/** Output lines of one core, without its prefix. */
export function linesOf(out: string, core: number, label = "device"): string[] {
  const prefix = `[${label} ${core}] `;
  return out.split("\n").filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length));
}

/** Runs and returns the output, failing the test on any error or deadlock. */
export function outputOf(source: string, o: DeviceRunOptions = {}): string {
  const r = runDevice(source, o);
  if (r.error) throw new Error(`${r.error}\n${JSON.stringify(r.result.failure?.error.traceback)}`);
  if (r.stuck) throw new Error(r.stuck);
  return r.out;
}

/** Joins program lines (tests keep programs as arrays of lines for readability). */
export const py = (...lines: string[]): string => lines.join("\n") + "\n";
