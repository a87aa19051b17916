// The `epython` command: it parses arguments and prints; compiling, running, every
// default and every report are the library's (src/host/), so `epython run` and
// `run()` behave the same.
//   epython run [options] prog.py [args...]   compile and run on the simulated device
//   epython compile prog.py -o p.epyc          write a bytecode image
//   epython disasm prog.py|p.epyc              list the bytecode
//   epython serve                              the offload runtime for the CPython package
// epython's own options may stand before or after the program; other words after
// it, and everything after `--`, are the program's arguments (sys.argv[1:]).
// The original's spellings work too: `epython prog.py -d 16`, `-o file` (compile),
// `-l file` (load an image), `-h N` (host cores), `-s` (sizes), `-codecore`...

import "../platform/selectNode.js";
import { accessSync, constants, readFileSync, readSync, statSync, writeFileSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { waitMs } from "../vm/port.js";
import { dirname } from "node:path";
import { Command, CommanderError, Option } from "commander";
import pc from "picocolors";
import type { Program } from "../bytecode/code.js";
import { decodeProgram, encodeProgram, ImageError, isImage } from "../bytecode/image.js";
import { disassemble } from "../bytecode/disasm.js";
import { EPythonSyntaxError } from "../lang/diagnostics.js";
import { LayoutError } from "../device/layout.js";
import { profiles } from "../device/profiles.js";
import { formatStats, formatTimes } from "../device/stats.js";
import { traceJson } from "../device/trace.js";
import { compile } from "../host/compile.js";
import { EPythonUsageError, type RunOptions, splitLines } from "../host/options.js";
import { colors, formatSyntaxError, formatSyntaxWarning } from "../host/report.js";
import type { SyntaxWarning } from "../compiler/warnings.js";
import { run } from "../host/run.js";
import type { NativeBuildError } from "../native/compile.js";

const VERSION = "0.1.0";
const COMMANDS = ["run", "compile", "build", "disasm", "serve", "help"];

/** The original's single-dash long flags, mapped to ours. */
const LEGACY_FLAGS: Record<string, string> = {
  "-codecore": "--code-core", "-codeshared": "--code-shared", "-datashared": "--data-shared",
  "-help": "--help", "-pp": "--preprocessed", "-fullpython": "--full-python",
};

class UserError extends Error {}

/**
 * The native back end (type inference, the C emitter, the C compiler's child
 * processes): only `--native` and `build` use it, so it is loaded on demand and a
 * plain run does not compile or initialise it (about a tenth of the start-up).
 * Invariant: a NativeBuildError can only be thrown once `nativeBackend` is set.
 */
let nativeBackend: {
  nativeBuild: typeof import("../host/native.js").nativeBuild;
  nativeRun: typeof import("../host/native.js").nativeRun;
  NativeBuildError: typeof NativeBuildError;
} | null = null;

async function loadNative(): Promise<NonNullable<typeof nativeBackend>> {
  if (!nativeBackend) {
    const [host, compiler] = await Promise.all([import("../host/native.js"), import("../native/compile.js")]);
    nativeBackend = { nativeBuild: host.nativeBuild, nativeRun: host.nativeRun, NativeBuildError: compiler.NativeBuildError };
  }
  return nativeBackend;
}

interface RunFlags {
  classic?: boolean;
  float64?: boolean;
  intOverflow?: "promote" | "error";
  cores?: string;
  host?: string;
  placement?: string;
  profile: string;
  device?: string;
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
  native?: boolean;
  emitC?: string;
}

/** How `epython run` spells each library option, for error messages. */
function flagName(key: keyof RunOptions): string {
  if (key === "hostCores") return "-h";
  if (key === "placement") return "-c";
  return `--${key.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`)}`;
}

function errnoText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a directory";
  if (code === "ENOTDIR") return "a part of the path is not a directory";
  return e instanceof Error ? e.message : String(e);
}

/** The bytes of a program or image file, with clear errors for what is not one. */
function readInput(path: string): Uint8Array {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (e) {
    throw new UserError(`cannot open '${path}': ${errnoText(e)}`);
  }
  if (isDir) throw new UserError(`cannot open '${path}': it is a directory, not a program`);
  try {
    return readFileSync(path);
  } catch (e) {
    throw new UserError(`cannot read '${path}': ${errnoText(e)}`);
  }
}

/**
 * A program from a file: a bytecode image when the bytes say so (whatever the
 * name), or by `-l` / the .epyc extension (then a bad image is an error), else source.
 */
function loadProgram(
  path: string, classic: boolean, sources: Map<string, string>, image = false,
  syntaxWarning?: (file: string, w: SyntaxWarning) => void,
): Program {
  const bytes = readInput(path);
  if ((image || path.endsWith(".epyc")) && !isImage(bytes)) {
    throw new UserError(`'${path}' is not an ePython bytecode image${image ? " (-l loads images; run a .py program without -l)" : ""}`);
  }
  return isImage(bytes) ? decodeProgram(bytes, path) : compile(bytes, { file: path, classic, sources, syntaxWarning });
}

/** Fails before a run when `path` cannot be written (so the run's result is not lost). */
function checkWritable(path: string, flag: string): void {
  try {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw Object.assign(new Error(), { code: "EISDIR" });
    try {
      accessSync(path, constants.W_OK);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      accessSync(dirname(path), constants.W_OK);
    }
  } catch (e) {
    throw new UserError(`${flag}: cannot write '${path}': ${errnoText(e)}`);
  }
}

function writeOutput(path: string, data: string | Uint8Array, flag: string): void {
  try {
    writeFileSync(path, data);
  } catch (e) {
    throw new UserError(`${flag}: cannot write '${path}': ${errnoText(e)}`);
  }
}

function printSizes(program: Program, out: (s: string) => void): void {
  const { sizes } = encodeProgram(program);
  out(`${sizes.instructions} bytes for code, ${sizes.total} bytes for the whole image (${program.modules.length} module${program.modules.length === 1 ? "" : "s"})\n`);
}

async function runCommand(file: string | undefined, programArgs: string[], flags: RunFlags, profileGiven: boolean): Promise<number> {
  const path = flags.load ?? file;
  if (!path) throw new UserError("you must give a program to run (epython run prog.py)");
  // With -l the image is the program and every word after it is an argument.
  const argv = flags.load && file !== undefined ? [file, ...programArgs] : programArgs;
  if (flags.codeCore && flags.codeShared) throw new UserError("give either --code-core or --code-shared, not both");
  if (flags.output) checkWritable(flags.output, "-o");
  if (flags.trace) checkWritable(flags.trace, "--trace");
  if (flags.native) return runNative(path, argv, flags);
  const sources = new Map<string, string>();
  // CPython prints a script's SyntaxWarnings as it compiles it, before running it
  const program = loadProgram(path, !!flags.classic, sources, !!flags.load,
    (f, w) => process.stderr.write(formatSyntaxWarning(f, w, sources.get(f) ?? "")));
  if (flags.size) printSizes(program, (s) => process.stderr.write(s));
  if (flags.output) {
    writeOutput(flags.output, encodeProgram(program).bytes, "-o");
    return 0;
  }
  // One core (the default) and input from a pipe or file: read it synchronously, so
  // input() answers inside its call and its EOFError is catchable at the end of input
  // (`while True: try: input() except EOFError: break`). Nothing else could run while
  // that core waits. A terminal, or several cores, keep the asynchronous reader.
  const alone = flags.cores === undefined && flags.host === undefined && flags.placement === undefined && flags.device === undefined;
  const stdin = makeStdinLines(alone && !process.stdin.isTTY);
  const report = await run(program, {
    file: path, sources, argv, color: pc.isColorSupported, optionNames: flagName,
    // --profile has a default; only a profile the user gave conflicts with --device.
    profile: profileGiven ? flags.profile : undefined, device: flags.device, cores: flags.cores, hostCores: flags.host, placement: flags.placement,
    localMemory: flags.localMemory, sharedMemory: flags.sharedMemory, strictMemory: flags.strictMemory,
    dataShared: flags.dataShared, code: flags.codeCore ? "core" : flags.codeShared ? "shared" : "auto",
    workers: flags.workers, deterministic: flags.deterministic, seed: flags.seed, timeout: flags.timeout,
    float64: flags.float64, intOverflow: flags.intOverflow, prefix: flags.prefix, timing: !!flags.time, trace: !!flags.trace,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    warn: (t) => process.stderr.write(pc.yellow(t) + "\n"),
    stdinAsync: stdin.next, stdinNewlines: true,
  }).finally(stdin.close);
  const result = report.result!;
  if (flags.trace && result.trace) writeOutput(flags.trace, traceJson(result.layout.cores, result.trace.events, result.trace.dropped), "--trace");
  if (flags.time) process.stderr.write(formatTimes(result.stats) + "\n");
  if (flags.stats) process.stderr.write(formatStats(result.stats, result.workers) + "\n");
  return report.status;
}

/**
 * Lines of standard input, read asynchronously: a core in input() waits for its line
 * while the others run on. Standard input is opened only when a program first asks
 * for a line, and `close` releases it so the process can exit.
 */
function makeStdinLines(sync: boolean): { next: () => string | null | Promise<string | null>; close: () => void } {
  const lines: string[] = [];
  const waiting: ((line: string | null) => void)[] = [];
  let partial = "";
  let ended = false;
  let started = false;
  // Lines keep their newline (run's stdinNewlines), so sys.stdin reads a last line
  // without one as CPython does.
  const take = (text: string, end: boolean) => {
    const split = splitLines(text, end);
    for (const line of split.lines) lines.push(line);
    partial = split.rest;
  };
  const onData = (chunk: string) => {
    take(partial + chunk, false);
    flush();
  };
  const onEnd = () => {
    take(partial, true);
    ended = true;
    flush();
  };
  function flush(): void {
    while (waiting.length && (lines.length || ended)) waiting.shift()!(lines.length ? lines.shift()! : null);
    if (!waiting.length && started && !ended) process.stdin.pause();
  }
  /** The next line (null at the end of input), read with blocking reads of descriptor 0 (`sync`). */
  const decoder = new StringDecoder("utf8");
  const chunk = Buffer.alloc(65536);
  const readLineSync = (): string | null => {
    for (;;) {
      if (lines.length) return lines.shift()!;
      if (ended) return null;
      let n: number;
      try {
        n = readSync(0, chunk, 0, chunk.length, null);
      } catch (e) {
        // A non-blocking pipe with nothing in it yet: wait for the writer, as a
        // blocking read would (the lone core has nothing else to run).
        if ((e as NodeJS.ErrnoException).code === "EAGAIN") {
          waitMs(5);
          continue;
        }
        n = 0; // a descriptor that cannot be read: the end of input
      }
      if (n > 0) onData(decoder.write(chunk.subarray(0, n)));
      else {
        const rest = decoder.end();
        if (rest) onData(rest);
        onEnd();
      }
    }
  };
  return {
    // A line already read, or the end of input already seen, is the answer at once:
    // input() then returns (or raises its catchable EOFError) inside the call.
    next: () => {
      if (sync) return readLineSync();
      if (waiting.length === 0 && (lines.length || ended)) return lines.length ? lines.shift()! : null;
      return new Promise<string | null>((resolve) => {
        waiting.push(resolve);
        if (!started) {
          started = true;
          process.stdin.setEncoding("utf8");
          process.stdin.on("data", onData);
          process.stdin.on("end", onEnd);
          process.stdin.on("error", onEnd);
        }
        if (lines.length || ended) flush();
        else process.stdin.resume();
      });
    },
    close: () => {
      if (!started) return;
      process.stdin.off("data", onData);
      process.stdin.off("end", onEnd);
      process.stdin.pause();
      process.stdin.destroy();
    },
  };
}

function addRunOptions(cmd: Command): Command {
  return cmd
    .option("--classic", "the classic ePython dialect (programs written for the original)")
    .option("--float64", "double-precision floats (default: IEEE single precision, as on the Epiphany)")
    .addOption(new Option("--int-overflow <mode>", "Python 3 ints beyond 32 bits: promote (arbitrary precision) or error (OverflowError, the device word)").choices(["promote", "error"]).default("promote"))
    .option("-d, --cores <n>", "number of device cores")
    .option("-h, --host <n>", "number of host virtual cores (large memory, printed as [host N]); -h alone shows this help")
    .option("-c, --placement <cores>", "device cores to run on: n, a,b,c, a:b or all (the original's -c)")
    .addOption(new Option("--profile <name>", "device profile").choices(Object.keys(profiles)).default("epiphany3"))
    .option("--device <parts>", "a device of several profiles, numbered in order, e.g. epiphany3:16,microblaze:8 (instead of --profile, -d and -c)")
    .option("--no-prefix", "print program output without the [device N] prefixes")
    .option("-s, --size", "report the code size")
    .option("-o, --output <file>", "compile to a bytecode image instead of running")
    .option("-l, --load <file>", "run a bytecode image (whatever its file name)")
    .option("--workers <n>", "worker threads the cores are spread over (default: chosen by the device)")
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
    .option("--trace <file>", "write a Chrome/Perfetto trace of the run (JSON)")
    .option("--native", "compile the program through C (the machine's C compiler, -O3) and run it natively; docs/native.md")
    .option("--emit-c <dir>", "with --native: keep the generated C in this directory");
}

/** `epython run --native`: the program compiled through C, run on the host's cores. */
async function runNative(path: string, argv: string[], flags: RunFlags): Promise<number> {
  if (flags.classic) throw new UserError("--native compiles the Python 3 dialect only (drop --classic)");
  const cores = flags.cores === undefined ? 1 : Number(flags.cores);
  if (!Number.isInteger(cores) || cores < 1) throw new UserError(`--cores must be a positive whole number, not '${flags.cores}'`);
  const seed = flags.seed !== undefined ? Number(flags.seed) : flags.deterministic ? 0 : undefined;
  const source = readSource(path);
  const { nativeRun } = await loadNative();
  return nativeRun(source, {
    file: path, float64: flags.float64, cores, args: argv, prefix: flags.prefix, seed, emitCDir: flags.emitC,
  });
}

function readSource(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new UserError(`cannot read ${path}: ${errnoText(e)}`);
  }
}

/** How an option token of `cmd` is spelled: whether it takes a value from the next word. */
function matchOption(cmd: Command, token: string): { takesNext: boolean } | null {
  const takes = (o: Option) => o.required || o.optional;
  if (token.startsWith("--")) {
    const eq = token.indexOf("=");
    const o = cmd.options.find((x) => x.long === (eq < 0 ? token : token.slice(0, eq)));
    return o ? { takesNext: takes(o) && eq < 0 } : null;
  }
  const o = cmd.options.find((x) => x.short === token.slice(0, 2));
  if (!o) return null;
  if (token.length === 2 || takes(o)) return { takesNext: takes(o) && token.length === 2 };
  // Combined boolean short flags (-st).
  const all = [...token.slice(1)].every((ch) => cmd.options.some((x) => x.short === `-${ch}` && !takes(x)));
  return all ? { takesNext: false } : null;
}

/**
 * Splits the words after `run`: epython's options (before or after the program),
 * the program, and the program's arguments (unknown options and other words after
 * the program, everything after `--`). `-h` without a number asks for help, unless
 * it follows the program (then it is the program's).
 */
export function splitRunArgs(cmd: Command, words: readonly string[]): { mine: string[]; file?: string; programArgs: string[]; help: boolean } {
  const mine: string[] = [];
  const programArgs: string[] = [];
  let file: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === "--") {
      const rest = words.slice(i + 1);
      if (file === undefined) file = rest.shift();
      programArgs.push(...rest);
      break;
    }
    if (w.length > 1 && w.startsWith("-")) {
      const token = LEGACY_FLAGS[w] ?? w;
      if (token === "-h" && !/^\d+$/.test(words[i + 1] ?? "")) {
        if (file === undefined) return { mine, file, programArgs, help: true };
        programArgs.push(w);
        continue;
      }
      const m = matchOption(cmd, token);
      if (m || file === undefined) {
        // Unknown options before the program are left for commander to reject.
        mine.push(token);
        if (m?.takesNext && i + 1 < words.length) mine.push(words[++i]);
      } else programArgs.push(w);
      continue;
    }
    if (file === undefined) file = w;
    else programArgs.push(w);
  }
  return { mine, file, programArgs, help: false };
}

export async function main(argv: string[]): Promise<number> {
  // `epython prog.py ...` (the original's form) means `epython run prog.py ...`;
  // `epython`, `epython -h`, `epython --help`, `epython --version` are about epython.
  const onlyAboutEpython = argv.every((a) => ["-h", "--help", "-help", "-V", "--version"].includes(a));
  const args = COMMANDS.includes(argv[0]) ? [...argv]
    : onlyAboutEpython ? argv.map((a) => (a === "-h" || a === "-help" ? "--help" : a))
    : ["run", ...argv];
  let code = 0;
  const program = new Command("epython")
    .description("ePython: Python for micro-core architectures")
    .version(VERSION, "-V, --version")
    .helpOption("--help", "show help")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });

  let programArgs: string[] = [];
  const runCmd = addRunOptions(program.command("run")
    .argument("[file]", "program (.py) or bytecode image")
    .argument("[args...]", "the program's arguments (sys.argv[1:]); put them after -- when they look like epython options")
    .description("compile and run a program on the device")
    .helpOption("--help", "show help"))
    .action(async (file: string | undefined, _args: string[], flags: RunFlags, cmd: Command) => {
      code = await runCommand(file, programArgs, flags, cmd.getOptionValueSource("profile") !== "default");
    });

  program.command("compile").argument("<file>").description("compile a program to a bytecode image")
    .option("--classic", "the classic ePython dialect")
    .option("-o, --output <file>", "image file to write (default: FILE.epyc)")
    .option("-s, --size", "report the code size")
    .helpOption("--help", "show help")
    .action((file: string, flags: { classic?: boolean; output?: string; size?: boolean }) => {
      const out = flags.output ?? file.replace(/\.py$/, "") + ".epyc";
      checkWritable(out, "-o");
      const p = loadProgram(file, !!flags.classic, new Map());
      writeOutput(out, encodeProgram(p).bytes, "-o");
      if (flags.size) printSizes(p, (s) => process.stdout.write(s));
    });

  program.command("build").argument("<file>").description("compile a program natively to a standalone executable (docs/native.md)")
    .option("--target <target>", "host (a thread per core) or mpi (a rank per core, built with mpicc)", "host")
    .option("-o, --output <file>", "the executable to write (default: FILE without .py)")
    .option("-d, --cores <n>", "the executable's default core count (OUT --cores N overrides it)", "1")
    .option("--float64", "double-precision floats")
    .option("--emit-c <dir>", "keep the generated C in this directory")
    .helpOption("--help", "show help")
    .action(async (file: string, flags: { target: string; output?: string; cores: string; float64?: boolean; emitC?: string }) => {
      if (flags.target !== "host" && flags.target !== "mpi") throw new UserError(`--target must be host or mpi, not '${flags.target}'`);
      const cores = Number(flags.cores);
      if (!Number.isInteger(cores) || cores < 1) throw new UserError(`--cores must be a positive whole number, not '${flags.cores}'`);
      const out = flags.output ?? file.replace(/\.py$/, "");
      checkWritable(out, "-o");
      const source = readSource(file);
      const { nativeBuild } = await loadNative();
      nativeBuild(source, { file, target: flags.target, output: out, cores, float64: flags.float64, emitCDir: flags.emitC });
    });

  program.command("disasm").argument("<file>").description("list the bytecode of a program or image")
    .option("--classic", "the classic ePython dialect")
    .helpOption("--help", "show help")
    .action((file: string, flags: { classic?: boolean }) => {
      process.stdout.write(disassemble(loadProgram(file, !!flags.classic, new Map())));
    });

  program.command("serve").description("serve the offload protocol on stdin/stdout (for the CPython package; docs/protocol.md)")
    .helpOption("--help", "show help")
    .action(async () => {
      const { runServer } = await import("../host/server/index.js");
      code = await runServer();
    });

  try {
    if (args.length === 0) {
      program.outputHelp();
      return 0;
    }
    if (args[0] === "run") {
      const split = splitRunArgs(runCmd, args.slice(1));
      if (split.help) {
        runCmd.outputHelp();
        return 0;
      }
      programArgs = split.programArgs;
      // The program and its arguments go after `--`, so commander takes none of them as options.
      args.splice(1, args.length - 1, ...split.mine, ...(split.file === undefined ? [] : ["--", split.file]));
    }
    await program.parseAsync(args, { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof EPythonSyntaxError) {
      process.stderr.write(formatSyntaxError(e, colors(pc.isColorSupported)) + "\n");
      return 1;
    }
    if (e instanceof UserError || (nativeBackend !== null && e instanceof nativeBackend.NativeBuildError) || e instanceof EPythonUsageError || e instanceof ImageError || e instanceof LayoutError) {
      process.stderr.write(pc.red(`epython: ${e.message}`) + "\n");
      return 1;
    }
    process.stderr.write(pc.red(`epython: internal error: ${e instanceof Error ? e.message : String(e)}`) + "\n");
    if (process.env.EPYTHON_DEBUG && e instanceof Error) process.stderr.write(String(e.stack) + "\n");
    return 70;
  }
}
