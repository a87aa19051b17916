// run(): compile (or take) a program and run it on a simulated device, exactly as
// `epython run` does — same module set, same defaults, same reports, same exit
// status. The CLI is this function plus argument parsing and printing.
//
//   const { status, stdout, stderr } = await run("print('hi')", { cores: 4 });
//
// Output goes to the given `stdout` / `stderr` functions, or is collected into the
// returned strings when none is given. A syntax error, a bad image or a failing
// program is reported (status 1, text on stderr) like the CLI does; bad options
// throw EPythonUsageError.

import type { Program } from "../bytecode/code.js";
import { ImageError } from "../bytecode/image.js";
import { Device, type RunResult } from "../device/device.js";
import { LayoutError } from "../device/layout.js";
import { EPythonSyntaxError } from "../lang/diagnostics.js";
import type { SyntaxWarning } from "../compiler/warnings.js";
import { compile, type CompileOptions, readFromDisk } from "./compile.js";
import { deviceOptions, EPythonUsageError, type OptionNames, type RunOptions } from "./options.js";
import { colors, endReport, formatSyntaxError, formatSyntaxWarning, programSources, STATUS_FAILED } from "./report.js";

export interface HostRunOptions extends RunOptions, CompileOptions {
  /** Colour the reports on stderr (default false). */
  color?: boolean;
  /** How messages name options (the CLI passes its flag names). */
  optionNames?: OptionNames;
}

export interface RunReport {
  /** The exit status `epython run` would give: exit()'s status, 1 on an error, 3 deadlock, 124 timeout. */
  status: number;
  /** Collected output (empty when `stdout` / `stderr` functions were given). */
  stdout: string;
  stderr: string;
  /** The device's result (null when the program did not compile). */
  result: RunResult | null;
}

/** Compiles `input` (source, image bytes or a compiled program) and runs it. */
export async function run(input: string | Uint8Array | Program, options: HostRunOptions = {}): Promise<RunReport> {
  const report: RunReport = { status: 0, stdout: "", stderr: "", result: null };
  const stdout = options.stdout ?? ((t: string) => void (report.stdout += t));
  const stderr = options.stderr ?? ((t: string) => void (report.stderr += t));
  const c = colors(!!options.color);
  const sources = options.sources ?? new Map<string, string>();
  const file = options.file ?? "<string>";

  // Options are checked before compiling: a bad option is the caller's mistake.
  const devOptions = deviceOptions(options, file, { stdout, stderr }, options.optionNames);
  let program: Program;
  try {
    const syntaxWarning = (path: string, w: SyntaxWarning) => stderr(formatSyntaxWarning(path, w, sources.get(path) ?? ""));
    program = typeof input === "string" || input instanceof Uint8Array ? compile(input, { ...options, sources, syntaxWarning }) : input;
  } catch (e) {
    if (e instanceof EPythonSyntaxError) stderr(formatSyntaxError(e, c) + "\n");
    else if (e instanceof ImageError) stderr(c.red(`epython: ${e.message}`) + "\n");
    else throw e;
    report.status = STATUS_FAILED;
    return report;
  }
  // A traceback quotes source lines when it can; a file that no longer decodes just
  // loses its quoted lines.
  const readSource = (path: string) => {
    try {
      return sources.get(path) ?? readFromDisk(path);
    } catch {
      return null;
    }
  };
  // The cores' traceback module quotes the same lines.
  devOptions.sources = programSources(readSource, program);
  let device: Device;
  try {
    device = new Device(program, devOptions);
  } catch (e) {
    if (e instanceof LayoutError) throw new EPythonUsageError(e.message);
    throw e;
  }
  const result = await device.runAsync();
  const end = endReport(result, devOptions.timeoutMs, readSource, program, c);
  if (end.text) stderr(end.text);
  report.status = end.status;
  report.result = result;
  return report;
}
