// The `epython` command.
//   epython run prog.py [options]       compile and run on the simulated device
//   epython compile prog.py -o p.epyc   write a bytecode image
//   epython disasm prog.py|p.epyc       list the bytecode
// The original's spellings work too: `epython prog.py -d 16`, `-o file` (compile),
// `-l file` (load an image), `-h N` (host cores), `-s` (sizes), `-codecore`...

import "../platform/selectNode.js";
import { readFileSync, readSync, writeFileSync } from "node:fs";
import { Command, CommanderError, Option } from "commander";
import pc from "picocolors";
import { compileProgram } from "../compiler/program.js";
import type { Program } from "../bytecode/code.js";
import { decodeProgram, encodeProgram, ImageError } from "../bytecode/image.js";
import { disassemble } from "../bytecode/disasm.js";
import { EPythonSyntaxError } from "../lang/diagnostics.js";
import { Device, type DeviceOptions, type RunResult } from "../device/device.js";
import { coreReport } from "../device/deadlock.js";
import { LayoutError, parsePlacement } from "../device/layout.js";
import { parseSize, profiles } from "../device/profiles.js";
import { formatStats, formatTimes } from "../device/stats.js";
import { traceJson } from "../device/trace.js";
import { standardModules, withLibraryModules } from "../vm/modules/index.js";
import { formatRuntimeError } from "./report.js";

const VERSION = "0.1.0";

/** The original's single-dash long flags, mapped to ours. */
const LEGACY_FLAGS: Record<string, string> = {
  "-codecore": "--code-core", "-codeshared": "--code-shared", "-datashared": "--data-shared",
  "-help": "--help", "-pp": "--preprocessed", "-fullpython": "--full-python",
};

class UserError extends Error {}

interface RunFlags {
  classic?: boolean;
  float64?: boolean;
  cores?: string;
  host?: string;
  placement?: string;
  profile: string;
  prefix: boolean;
  size?: boolean;
  output?: string;
  load?: string;
  seed?: string;
  deterministic?: boolean;
  timeout?: string;
  localMemory?: string;
  sharedMemory?: string;
  strictMemory?: boolean;
  dataShared?: boolean;
  codeCore?: boolean;
  codeShared?: boolean;
  workers?: string;
  time?: boolean;
  stats?: boolean;
  trace?: string;
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new UserError(`cannot open '${path}': no such file`);
  }
}

const sourceCache = new Map<string, string | null>();
function readSource(file: string): string | null {
  if (!sourceCache.has(file)) {
    try {
      sourceCache.set(file, readFileSync(file, "utf8"));
    } catch {
      sourceCache.set(file, null);
    }
  }
  return sourceCache.get(file)!;
}

function loadProgram(file: string, classic: boolean): Program {
  if (file.endsWith(".epyc")) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new UserError(`cannot open '${file}': no such file`);
    }
    return decodeProgram(bytes);
  }
  const source = readText(file);
  sourceCache.set(file, source);
  return compileProgram(source, file, {
    dialect: classic ? "classic" : "python3",
    // Library modules written in ePython (taskfarm) come with epython.
    readFile: withLibraryModules((p) => {
      try {
        const text = readFileSync(p, "utf8");
        sourceCache.set(p, text);
        return text;
      } catch {
        return null;
      }
    }, classic ? "classic" : "python3"),
    isBuiltinModule: (name) => standardModules.has(name),
  });
}

function intOption(text: string | undefined, name: string, min: number): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new UserError(`${name} must be a whole number >= ${min}, not '${text}'`);
  return n;
}

function printSizes(program: Program, out: (s: string) => void): void {
  const { sizes } = encodeProgram(program);
  out(`${sizes.instructions} bytes for code, ${sizes.total} bytes for the whole image (${program.modules.length} module${program.modules.length === 1 ? "" : "s"})\n`);
}

async function runCommand(file: string | undefined, flags: RunFlags): Promise<number> {
  const source = flags.load ?? file;
  if (!source) throw new UserError("you must give a program to run (epython run prog.py)");
  const program = loadProgram(source, !!flags.classic);
  if (flags.size) printSizes(program, (s) => process.stderr.write(s));
  if (flags.output) {
    writeFileSync(flags.output, encodeProgram(program).bytes);
    return 0;
  }
  const options = deviceOptions(flags);
  const device = new Device(program, options);
  const result = await device.runAsync();
  if (flags.trace && result.trace) writeFileSync(flags.trace, traceJson(result.layout.cores, result.trace.events, result.trace.dropped));
  const status = reportEnd(result, options);
  if (flags.time) process.stderr.write(formatTimes(result.stats) + "\n");
  if (flags.stats) process.stderr.write(formatStats(result.stats, result.workers) + "\n");
  return status;
}

/** Reports a failed, deadlocked or timed-out run on stderr; returns the exit status. */
function reportEnd(result: RunResult, options: DeviceOptions): number {
  if (result.failure) {
    const { core, error } = result.failure;
    const [label, n] = result.layout.spec(core).label.split(" ");
    process.stderr.write(formatRuntimeError(error, Number(n), `${label} core`, readSource) + "\n");
    const others = result.summaries.filter((c) => c.id !== core);
    if (others.length) {
      const done = others.filter((c) => c.state === "finished").length;
      process.stderr.write(`(${others.length} other core${others.length === 1 ? "" : "s"} stopped: ${done} had finished, ${others.length - done} were still running or waiting)\n`);
      const unfinished = others.filter((c) => c.state !== "finished");
      if (unfinished.length) process.stderr.write(coreReport(unfinished).slice(0, 64).map((l) => `  ${l}`).join("\n") + "\n");
    }
    return 1;
  }
  if (result.stuck) {
    const title = result.stuck.reason === "deadlock"
      ? "Deadlock: no core can make progress."
      : `Timeout: the program did not finish within ${options.timeoutMs / 1000} s.`;
    process.stderr.write(pc.bold(pc.red(title)) + "\n" + result.stuck.cores.map((l) => `  ${l}`).join("\n") + "\n");
    return result.stuck.reason === "deadlock" ? 3 : 124;
  }
  return 0;
}

/** The device configuration from the run flags (the original's flags included). */
function deviceOptions(flags: RunFlags): DeviceOptions {
  const profile = profiles[flags.profile];
  if (!profile) throw new UserError(`unknown profile '${flags.profile}' (choose from ${Object.keys(profiles).join(", ")})`);
  const hostCores = intOption(flags.host, "-h", 0) ?? 0;
  let placement: number[] | undefined;
  if (flags.placement !== undefined) {
    if (flags.cores !== undefined) throw new UserError("give either --cores or -c (core placement), not both");
    try {
      placement = parsePlacement(flags.placement, profile.cores);
    } catch (e) {
      throw new UserError((e as Error).message);
    }
  }
  const deviceCores = placement ? placement.length : intOption(flags.cores, "--cores", 0) ?? (hostCores > 0 ? 0 : 1);
  if (deviceCores + hostCores === 0) throw new UserError("no cores to run on: give --cores N or -h N");
  const size = (text: string | undefined, name: string): number | undefined => {
    if (text === undefined) return undefined;
    const n = parseSize(text);
    if (n === null) throw new UserError(`${name}: cannot read size '${text}' (e.g. 32K, 32M)`);
    return n;
  };
  const local = size(flags.localMemory, "--local-memory");
  const localMemory = local === undefined ? undefined : Math.max(0, local - profile.runtimeReserve);
  if (flags.codeCore && flags.codeShared) throw new UserError("give either --code-core or --code-shared, not both");
  const seed = flags.seed !== undefined ? intOption(flags.seed, "--seed", 0)! : flags.deterministic ? 0 : null;
  const timeout = flags.timeout !== undefined ? Number(flags.timeout) : 0;
  if (!(timeout >= 0)) throw new UserError(`--timeout must be a number of seconds, not '${flags.timeout}'`);
  let workers = intOption(flags.workers, "--workers", 1);
  if (flags.deterministic) {
    if (workers !== undefined && workers > 1) throw new UserError("--deterministic runs one fixed schedule on one worker; drop --workers or use --workers 1");
    workers = 1;
  }
  const stdin = makeStdinReader();
  return {
    profile, deviceCores, hostCores, placement, float64: !!flags.float64, prefix: flags.prefix,
    write: (t) => process.stdout.write(t),
    warn: (t) => process.stderr.write(pc.yellow(t) + "\n"),
    readLine: (prompt) => {
      if (prompt) process.stdout.write(prompt);
      return stdin();
    },
    seed, timeoutMs: timeout * 1000, localMemory, sharedMemory: size(flags.sharedMemory, "--shared-memory"),
    strictMemory: flags.strictMemory, dataShared: flags.dataShared,
    code: flags.codeCore ? "core" : flags.codeShared ? "shared" : "auto",
    // Undefined: the device's worker policy chooses (src/device/workerPolicy.ts).
    workers,
    timing: !!flags.time, trace: !!flags.trace,
  };
}

/** Synchronous line reader over standard input (input() blocks the whole run). */
function makeStdinReader(): () => string | null {
  let buffered = "";
  let eof = false;
  const chunk = Buffer.alloc(4096);
  return () => {
    while (!buffered.includes("\n") && !eof) {
      let n = 0;
      try {
        n = readSync(0, chunk, 0, chunk.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
        n = 0;
      }
      if (n <= 0) eof = true;
      else buffered += chunk.subarray(0, n).toString("utf8");
    }
    if (!buffered) return null;
    const nl = buffered.indexOf("\n");
    const line = nl < 0 ? buffered : buffered.slice(0, nl);
    buffered = nl < 0 ? "" : buffered.slice(nl + 1);
    return line.replace(/\r$/, "");
  };
}

function addRunOptions(cmd: Command): Command {
  return cmd
    .option("--classic", "the classic ePython dialect (programs written for the original)")
    .option("--float64", "double-precision floats (default: IEEE single precision, as on the Epiphany)")
    .option("-d, --cores <n>", "number of device cores")
    .option("-h, --host <n>", "number of host virtual cores (large memory, printed as [host N])")
    .option("-c, --placement <cores>", "device cores to run on: n, a,b,c, a:b or all (the original's -c)")
    .addOption(new Option("--profile <name>", "device profile").choices(Object.keys(profiles)).default("epiphany3"))
    .option("--no-prefix", "print program output without the [device N] prefixes")
    .option("-s, --size", "report the code size")
    .option("-o, --output <file>", "compile to a bytecode image instead of running")
    .option("-l, --load <file>", "run a bytecode image")
    .option("--workers <n>", "worker threads the cores are spread over (default: chosen per program, see --stats)")
    .option("--seed <n>", "seed every core's random numbers (core i gets a derived seed)")
    .option("--deterministic", "one fixed schedule and seed: identical output on every run")
    .option("--timeout <seconds>", "stop a program that runs longer than this, reporting where each core was")
    .option("--local-memory <size>", "local memory per core, e.g. 32K (overrides the profile)")
    .option("--shared-memory <size>", "shared memory of the device, e.g. 32M (overrides the profile)")
    .option("--strict-memory", "fail instead of spilling data into shared memory")
    .option("--data-shared", "place all data in shared memory (the original's -datashared)")
    .option("--code-core", "keep the code in core memory even if large (the original's -codecore)")
    .option("--code-shared", "keep the code in shared memory (the original's -codeshared)")
    .option("-t, --time", "report each core's run time")
    .option("--stats", "report per-core instructions, messages, memory use and traffic")
    .option("--trace <file>", "write a Chrome/Perfetto trace of the run (JSON)");
}

export async function main(argv: string[]): Promise<number> {
  const args = argv.map((a) => LEGACY_FLAGS[a] ?? a);
  // `epython prog.py ...` (the original's form) means `epython run prog.py ...`.
  const first = args.find((a) => !a.startsWith("-"));
  if (args.length && !["run", "compile", "disasm", "help"].includes(first ?? "") && !args.includes("--help") && !args.includes("--version")) {
    args.unshift("run");
  }
  let code = 0;
  const program = new Command("epython")
    .description("ePython: Python for micro-core architectures")
    .version(VERSION, "-V, --version")
    .helpOption("--help", "show help")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });

  addRunOptions(program.command("run").argument("[file]", "program (.py) or bytecode image (.epyc)").description("compile and run a program on the device").helpOption("--help", "show help"))
    .action(async (file: string | undefined, flags: RunFlags) => {
      code = await runCommand(file, flags);
    });

  program.command("compile").argument("<file>").description("compile a program to a bytecode image")
    .option("--classic", "the classic ePython dialect")
    .option("-o, --output <file>", "image file to write (default: FILE.epyc)")
    .option("-s, --size", "report the code size")
    .helpOption("--help", "show help")
    .action((file: string, flags: { classic?: boolean; output?: string; size?: boolean }) => {
      const p = loadProgram(file, !!flags.classic);
      const out = flags.output ?? file.replace(/\.py$/, "") + ".epyc";
      const { bytes } = encodeProgram(p);
      writeFileSync(out, bytes);
      if (flags.size) printSizes(p, (s) => process.stdout.write(s));
    });

  program.command("disasm").argument("<file>").description("list the bytecode of a program or image")
    .option("--classic", "the classic ePython dialect")
    .helpOption("--help", "show help")
    .action((file: string, flags: { classic?: boolean }) => {
      process.stdout.write(disassemble(loadProgram(file, !!flags.classic)));
    });

  try {
    if (args.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(args, { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof EPythonSyntaxError) {
      process.stderr.write(formatSyntaxError(e) + "\n");
      return 1;
    }
    if (e instanceof UserError || e instanceof ImageError || e instanceof LayoutError) {
      process.stderr.write(pc.red(`epython: ${e.message}`) + "\n");
      return 1;
    }
    process.stderr.write(pc.red(`epython: internal error: ${e instanceof Error ? e.message : String(e)}`) + "\n");
    if (process.env.EPYTHON_DEBUG && e instanceof Error) process.stderr.write(String(e.stack) + "\n");
    return 70;
  }
}

function formatSyntaxError(e: EPythonSyntaxError): string {
  const [head, ...rest] = e.format().split("\n");
  const label = e.kind === "SyntaxError" ? "error" : e.kind;
  return [pc.bold(head.replace(": error: ", `: ${pc.red(label === "error" ? "error" : `error (${label})`)}: `)), ...rest].join("\n");
}
