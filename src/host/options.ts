// Run options as a user gives them (`epython run` flags, or the library's `run()`
// options) turned into the device's configuration. Every default and every rule
// lives here, so the command line and the library behave the same:
//
//  - cores: 1 device core unless host cores are asked for; -c placement excludes --cores
//  - device: a device of several profiles ("epiphany3:16,microblaze:8", deviceSpec.ts)
//    gives every part's profile and cores, so it excludes profile, cores and placement;
//    host cores still follow the device cores
//  - at most MAX_CORES cores in a run, device and host together
//  - localMemory is a core's whole local memory: the runtime's part (the profile's
//    runtimeReserve, 24 KB on the Epiphany) is subtracted, and must leave room; on a
//    device of several profiles it applies to every core, less each one's reserve
//  - deterministic: one worker and seed 0 unless a seed is given
//  - workers left undefined when not given: the device chooses
//  - sizes accept "32K" / "32M" / bytes; numbers accept numeric strings
//
// A bad option throws EPythonUsageError, whose message names the option the way the
// caller spells it (the CLI passes its flag names).

import type { DeviceOptions } from "../device/device.js";
import { type DevicePart, type DeviceSpecInput, parseDeviceSpec, partCores } from "../device/deviceSpec.js";
import { LayoutError, MAX_CORES, MAX_SHARED_MEMORY, parsePlacement } from "../device/layout.js";
import { parseSize, profiles } from "../device/profiles.js";

/** A mistake in how epython was called or configured (not in the program). */
export class EPythonUsageError extends Error {
  override name = "EPythonUsageError";
}

/** Program I/O: where output goes and where input() reads from. */
export interface RunIO {
  /** Program output (whole lines, with core prefixes). */
  stdout?: (text: string) => void;
  /** Program output to standard error (sys.stderr, exit messages) and the end-of-run report. */
  stderr?: (text: string) => void;
  /**
   * Warnings of the device (one message, without a newline); default: stderr. Only
   * runs about the device warn (several cores, a profile, memory or placement options,
   * timing or a trace): see deviceOptions.
   */
  warn?: (text: string) => void;
  /**
   * Standard input for input(): the whole text, or a function giving the next line
   * (without its newline; null at the end). input()'s prompt is written to stdout.
   */
  stdin?: string | (() => string | null);
  /**
   * Standard input read asynchronously (takes precedence over `stdin`): the next line
   * (without its newline; null at the end). Only the core in input() waits for it;
   * the other cores run on. A line already read (or null once the input has ended)
   * may be returned as it is, so input() answers at once.
   */
  stdinAsync?: () => string | null | Promise<string | null>;
  /**
   * The lines of a `stdin` function and of `stdinAsync` keep their newline ("text\n"),
   * and the input's last line comes without one when the input ends without one, so
   * that sys.stdin reads it as it is, as CPython does (the CLI's lines). Default:
   * each line comes without its newline and reads as if it had one.
   */
  stdinNewlines?: boolean;
}

export interface RunOptions extends RunIO {
  /** Device profile (default "epiphany3"). */
  profile?: string;
  /**
   * A device of several profiles, numbered in order: "epiphany3:16,microblaze:8" has
   * epiphany3 cores 0-15 and microblaze cores 16-23 (or the list
   * [{ profile: "epiphany3", cores: 16 }, { profile: "microblaze", cores: 8 }]).
   * Excludes profile, cores and placement.
   */
  device?: DeviceSpecInput;
  /** Device cores (default 1, or 0 when hostCores is given). */
  cores?: number | string;
  /** Host virtual cores (default 0). */
  hostCores?: number | string;
  /** Device core ids to run on: "n", "a,b,c", "a:b", "all" or a list (the original's -c). */
  placement?: string | readonly number[];
  /** A core's whole local memory ("32K" or bytes); the runtime's part is subtracted. */
  localMemory?: number | string;
  /** The device's shared memory ("32M" or bytes). */
  sharedMemory?: number | string;
  /** Fail instead of spilling data into shared memory. */
  strictMemory?: boolean;
  /** Place all data in shared memory. */
  dataShared?: boolean;
  /** Code placement (default "auto": by size). */
  code?: "auto" | "core" | "shared";
  /** Worker threads (default: the device decides). */
  workers?: number | string;
  /** One fixed schedule and seed: identical output on every run. */
  deterministic?: boolean;
  /** Seed of every core's random numbers (default: from the clock; 0 when deterministic). */
  seed?: number | string;
  /** Wall-clock limit in seconds (default 0: none). */
  timeout?: number | string;
  /** Double-precision floats. */
  float64?: boolean;
  /**
   * Python 3 dialect: what an int result beyond the 32-bit word does: "promote" (the
   * default) makes an arbitrary-precision int; "error" raises OverflowError as the
   * device word does. The classic dialect always raises.
   */
  intOverflow?: "promote" | "error";
  /** "[device N] " before every output line (default true). */
  prefix?: boolean;
  /** The program's arguments (sys.argv[1:]). */
  argv?: readonly string[];
  /** Record per-core run times / trace events. */
  timing?: boolean;
  trace?: boolean;
}

/** How error messages name an option (the CLI passes its flag spelling). */
export type OptionNames = (key: keyof RunOptions) => string;

/**
 * Largest memory size read from an option: the device's 32-bit address space, the
 * layout's shared-memory limit (the layout then applies its finer per-core limits).
 */
const MAX_MEMORY_BYTES = MAX_SHARED_MEMORY;

const KB = 1024;

/**
 * The device configuration for `options`. `programPath` becomes sys.argv[0]; `io`
 * gives the sinks when the options carry none.
 */
export function deviceOptions(
  options: RunOptions, programPath: string, io: Required<Pick<RunIO, "stdout" | "stderr">>,
  names: OptionNames = (k) => k,
): DeviceOptions {
  const o = options;
  const wholeNumber = (key: keyof RunOptions, min: number): number | undefined => {
    const v = o[key] as number | string | undefined;
    if (v === undefined) return undefined;
    const n = typeof v === "number" ? v : v.trim() === "" ? NaN : Number(v);
    if (!Number.isSafeInteger(n) || n < min) throw new EPythonUsageError(`${names(key)} must be a whole number >= ${min}, not '${v}'`);
    return n;
  };
  let parts: DevicePart[] | undefined;
  if (o.device !== undefined) {
    for (const key of ["profile", "cores", "placement"] as const) {
      if (o[key] !== undefined) throw new EPythonUsageError(`give either ${names("device")} or ${names(key)}, not both (the device description gives each part's profile and number of cores)`);
    }
    try {
      parts = parseDeviceSpec(o.device);
    } catch (e) {
      if (e instanceof LayoutError) throw new EPythonUsageError(`${names("device")}: ${e.message}`);
      throw e;
    }
  }
  const profileName = o.profile ?? "epiphany3";
  const profile = parts ? parts[0].profile : Object.hasOwn(profiles, profileName) ? profiles[profileName] : undefined;
  if (!profile) throw new EPythonUsageError(`unknown profile '${profileName}' (choose from ${Object.keys(profiles).join(", ")})`);

  const hostCores = wholeNumber("hostCores", 0) ?? 0;
  let placement: number[] | undefined;
  if (o.placement !== undefined) {
    if (o.cores !== undefined) throw new EPythonUsageError(`give either ${names("cores")} or ${names("placement")} (core placement), not both`);
    try {
      placement = typeof o.placement === "string" ? parsePlacement(o.placement, profile.cores) : [...new Set(o.placement)].sort((a, b) => a - b);
    } catch (e) {
      if (e instanceof LayoutError) throw new EPythonUsageError(e.message);
      throw e;
    }
    if (placement.some((id) => !Number.isSafeInteger(id) || id < 0)) throw new EPythonUsageError(`${names("placement")}: core ids must be whole numbers >= 0`);
  }
  const deviceCores = parts ? partCores(parts) : placement ? placement.length : wholeNumber("cores", 0) ?? (hostCores > 0 ? 0 : 1);
  if (deviceCores + hostCores === 0) throw new EPythonUsageError(`no cores to run on: give ${names("cores")} N or ${names("hostCores")} N`);
  if (deviceCores + hostCores > MAX_CORES) {
    throw new EPythonUsageError(`too many cores: ${(deviceCores + hostCores).toLocaleString("en-US")} asked for, at most ${MAX_CORES.toLocaleString("en-US")} in a run (device and host cores together)`);
  }

  const size = (key: "localMemory" | "sharedMemory"): number | undefined => {
    const v = o[key];
    if (v === undefined) return undefined;
    const n = typeof v === "number" ? v : parseSize(v);
    if (n === null || !Number.isFinite(n)) throw new EPythonUsageError(`${names(key)}: cannot read size '${v}' (e.g. 32K, 32M)`);
    if (!Number.isInteger(n) || n <= 0) throw new EPythonUsageError(`${names(key)} must be a positive number of bytes, not '${v}'`);
    if (n > MAX_MEMORY_BYTES) throw new EPythonUsageError(`${names(key)} '${v}' is too large: at most 4G (${MAX_MEMORY_BYTES.toLocaleString("en-US")} bytes)`);
    return n;
  };
  const local = size("localMemory");
  // The local memory applies to every core: it must leave room above the largest reserve.
  const tightest = parts ? parts.reduce((a, b) => (b.profile.runtimeReserve > a.profile.runtimeReserve ? b : a)).profile : profile;
  if (local !== undefined && local <= tightest.runtimeReserve) {
    throw new EPythonUsageError(
      `${names("localMemory")} '${o.localMemory}' leaves no room for the program: the runtime takes ${tightest.runtimeReserve / KB}K ` +
      `of each core's local memory on the ${tightest.name} profile, so give more than ${tightest.runtimeReserve / KB}K`,
    );
  }
  if (parts && local !== undefined) for (const part of parts) part.localMemory = local - part.profile.runtimeReserve;

  const seed = wholeNumber("seed", 0) ?? (o.deterministic ? 0 : null);
  const timeoutText = o.timeout;
  const timeout = timeoutText === undefined ? 0 : typeof timeoutText === "number" ? timeoutText : timeoutText.trim() === "" ? NaN : Number(timeoutText);
  if (!(timeout >= 0) || !Number.isFinite(timeout)) throw new EPythonUsageError(`${names("timeout")} must be a number of seconds, not '${timeoutText}'`);
  let workers = wholeNumber("workers", 1);
  if (o.deterministic) {
    if (workers !== undefined && workers > 1) {
      throw new EPythonUsageError(`${names("deterministic")} runs one fixed schedule on one worker; drop ${names("workers")} or use ${names("workers")} 1`);
    }
    workers = 1;
  }
  const stderr = o.stderr ?? io.stderr;
  // The one warning (data spilling into shared memory) says how the modelled device
  // runs the program: given when the run is about the device — several cores, a
  // profile, memory sizes or placement chosen, timing or a trace asked for. A plain
  // one-core run of a program (`epython run prog.py`) is a Python run: its spill shows
  // only as modelled time, which it does not report, so its stderr stays CPython's.
  const deviceDirected = deviceCores + hostCores > 1 || o.profile !== undefined || parts !== undefined || placement !== undefined ||
    local !== undefined || o.sharedMemory !== undefined || !!o.dataShared || (o.code !== undefined && o.code !== "auto") || !!o.timing || !!o.trace;
  const warn = o.warn ?? ((t: string) => stderr(t + "\n"));
  return {
    profile, deviceCores, hostCores, placement, parts, float64: !!o.float64, intOverflow: intOverflowMode(o.intOverflow), prefix: o.prefix ?? true,
    write: o.stdout ?? io.stdout,
    writeError: stderr,
    warn: deviceDirected ? warn : () => {},
    readLine: o.stdinAsync ? undefined : lineReader(o.stdin, o.stdout ?? io.stdout),
    readLineAsync: asyncLineReader(o.stdinAsync, o.stdout ?? io.stdout),
    // A text's lines keep their newlines; a line source's as stdinNewlines says.
    lineNewlines: (!o.stdinAsync && typeof o.stdin === "string") || !!o.stdinNewlines,
    argv: [programPath, ...(o.argv ?? [])],
    seed, timeoutMs: timeout * 1000,
    localMemory: local === undefined ? undefined : local - profile.runtimeReserve,
    sharedMemory: size("sharedMemory"),
    strictMemory: !!o.strictMemory, dataShared: !!o.dataShared, code: o.code ?? "auto",
    workers,
    timing: !!o.timing, trace: !!o.trace,
  };
}

/** input()'s reader over `next`: writes the prompt, then takes the next line. */
/** The int-overflow option, checked (a host API caller may pass any string). */
function intOverflowMode(v: unknown): "promote" | "error" {
  if (v === undefined || v === "promote" || v === "error") return v ?? "promote";
  throw new EPythonUsageError(`the int-overflow option must be 'promote' or 'error', not '${String(v)}'`);
}

function prompting<T>(next: () => T, stdout: (text: string) => void): (prompt: string) => T {
  return (prompt) => {
    if (prompt) stdout(prompt);
    return next();
  };
}

/** input()'s asynchronous reader, or undefined without `stdinAsync`. */
function asyncLineReader(next: RunIO["stdinAsync"], stdout: (text: string) => void): ((prompt: string) => string | null | Promise<string | null>) | undefined {
  return next && prompting(next, stdout);
}

/** input()'s reader over `stdin` (the whole text, its lines with their newlines; or a line source). */
function lineReader(stdin: RunIO["stdin"], stdout: (text: string) => void): ((prompt: string) => string | null) | undefined {
  if (stdin === undefined) return undefined;
  if (typeof stdin !== "string") return prompting(stdin, stdout);
  const { lines } = splitLines(stdin, true);
  let i = 0;
  return prompting(() => (i < lines.length ? lines[i++] : null), stdout);
}

/**
 * The complete lines of `text` with their "\n", and what is left after the last one.
 * As CPython's stdin on POSIX, only "\n" ends a line and nothing is translated (a
 * "\r" before it stays in the line). With `end` (the input ends with `text`) a last
 * line without a newline is a line too and nothing is left.
 */
export function splitLines(text: string, end: boolean): { lines: string[]; rest: string } {
  const lines: string[] = [];
  let start = 0;
  for (let nl: number; (nl = text.indexOf("\n", start)) >= 0; start = nl + 1) lines.push(text.slice(start, nl + 1));
  let rest = text.slice(start);
  if (end && rest) {
    lines.push(rest);
    rest = "";
  }
  return { lines, rest };
}
