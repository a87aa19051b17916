// The `sys` module: the program's arguments, exit status, standard streams and a few
// facts about the machine, as far as they make sense on a micro-core.
//
//   argv            [program path, arguments...] (`epython run prog.py a b`)
//   exit(status)    stop this core: an int is the exit status, None 0, anything
//                   else is printed to stderr and gives status 1 (CPython's rules;
//                   the builtins exit() and quit() are the same function)
//   maxsize         2147483647: ints are the device's 32-bit words
//   byteorder       "little" (the Epiphany, MicroBlaze and RISC-V cores are)
//   platform        "epython": the program runs on a simulated device, not on the
//                   host's operating system
//   implementation  .name "epython", .cache_tag None, .version (0, 1, 0), .hexversion;
//                   a struct sequence printed as CPython's `namespace(name=...)`
//   stdout.write(s), stderr.write(s)   write text without a newline; return len(s)
//
// Exiting ends only the calling core, as the original's exit() did; the run's exit
// status is the first non-zero status by core id (see device.ts RunResult).
// `stdout` and `stderr` are attribute namespaces (module objects).

import { asStr, expectArgs, expectKwargs, expectMethodArgs, toInt, typeName } from "../args.js";
import { PyNativeObject } from "../nativeObject.js";
import { getIter } from "../ops.js";
import { cpLength } from "../codepoints.js";
import { INT_MAX_STR_DIGITS, bigBytes, intOf, intStrDigits, promotes, runtimeInt } from "../bigint.js";
import { tracebackOf } from "../tracebackObjects.js";

/** CPython's smallest limit other than 0 (sys.int_info.str_digits_check_threshold). */
const STR_DIGITS_CHECK_THRESHOLD = 640;
import { PyBytesLike, bytesSize } from "../bytes.js";
import type { Core } from "../core.js";
import { PyDict, dictBytes } from "../dict.js";
import { PyError, typeError, valueError } from "../errors.js";
import { stdinState } from "./stdinNative.js";
import { exceptionClasses, handledException } from "../exceptions.js";
import { PyInstance } from "../classes.js";
import { repr } from "../format.js";
import { standardModules } from "./index.js";
import { str } from "../format.js";
import { SIZE, listBytes, strBytes } from "../memory.js";
import { PySet, setBytes } from "../set.js";
import { StructSequence } from "../structseq.js";
import {
  type CoreApi, PyBigInt, PyHeapObject, PyList, PyModule, PyRange, PyTuple, SUSPEND, type Value,
} from "../values.js";
import { def } from "./util.js";
import { getFrame } from "./frameSnapshot.js";
import { SSIZE_MAX } from "../indexSized.js";

/** The largest int: the device's 32-bit signed word. */
export const MAXSIZE = 2147483647;

/**
 * exit(status), quit(status), sys.exit(status). In the Python 3 dialect they raise
 * SystemExit (a BaseException: `except Exception` lets it pass, `finally` blocks
 * run, `except SystemExit as e` reads `e.code`); uncaught, it ends the core with
 * `endCore`'s status (Core.run). The classic dialect has no exceptions: the core
 * stops at once, as the original's exit() did.
 */
export function exitCore(core: CoreApi, arg: Value | undefined): typeof SUSPEND {
  if (core.dialect === "classic") {
    endCore(core, arg === undefined ? null : arg);
    return SUSPEND;
  }
  // str(e) is str(code), '' without one (CPython's BaseException.__str__).
  const err = new PyError("SystemExit", arg === undefined ? "" : str(arg, core.float32));
  err.args = arg === undefined ? [] : [arg];
  throw err;
}

/**
 * Ends the core with SystemExit's `code` (CPython's rules): None is status 0, an int
 * (or bool) is the status, anything else is written to stderr and gives 1.
 */
export function endCore(core: CoreApi, code: Value): void {
  let status: number;
  if (code === null) status = 0;
  else if (typeof code === "boolean") status = code ? 1 : 0;
  else if (typeof code === "number" && (code | 0) === code) status = code;
  else {
    core.writeError(str(code, core.float32) + "\n");
    status = 1;
  }
  core.exit(status);
}

/**
 * What input() reads when a program replaced `sys.stdin` (by an io.StringIO, say):
 * that object, else null (the core's own input, which the original sys.stdin reads).
 */
export function redirectedStdin(core: CoreApi): Value | null {
  const s = core.moduleState<SysStreams>("sys.streams", () => ({ mod: null, stdout: null }));
  const current = s.mod?.get("stdin");
  return current === undefined || current === stdinState(core).original ? null : current;
}

/** A text stream object with write() and flush(). */
/** A core's sys module once imported, and the stdout object it was made with. */
interface SysStreams { mod: PyModule | null; stdout: Value }

/**
 * What print() without `file=` writes to when a program replaced `sys.stdout`
 * (contextlib.redirect_stdout, or by hand): that object, else null (the core's own
 * output). One map lookup per print when `sys` was never imported.
 */
export function redirectedStdout(core: CoreApi): Value | null {
  const s = core.moduleState<SysStreams>("sys.streams", () => ({ mod: null, stdout: null }));
  if (s.mod === null) return null;
  const current = s.mod.get("stdout");
  return current === undefined || current === s.stdout ? null : current;
}

/**
 * sys.stdout and sys.stderr: CPython's `_io.TextIOWrapper` as far as a program without
 * files sees it (write, writelines, flush, the constant queries), writing to the core's
 * output or error stream. Output is unbuffered, so flush() has nothing to do; a missing
 * attribute is the AttributeError naming `_io.TextIOWrapper`, as in CPython.
 */
class TextStream extends PyNativeObject {
  override readonly typeName = "_io.TextIOWrapper";
  /** The methods, bound to this stream's writer (a module is just a name table). */
  private readonly methods = new PyModule("TextIOWrapper");
  constructor(private readonly name: "<stdout>" | "<stderr>", write: (core: CoreApi, text: string) => void) {
    super();
    const text = (v: Value): string => {
      const t = asStr(v);
      if (t === undefined) throw typeError(`write() argument must be str, not ${typeName(v)}`);
      return t;
    };
    const noArgs = (fname: string, result: (c: CoreApi) => Value) => def(this.methods, fname, (c, args, kwargs) => {
      expectKwargs(fname, kwargs);
      expectMethodArgs("TextIOWrapper", fname, args, 0);
      return result(c);
    });
    def(this.methods, "write", (c, args, kwargs) => {
      expectKwargs("write", kwargs);
      expectArgs("write", args, 1);
      const t = text(args[0]);
      write(c, t);
      return cpLength(t);
    });
    def(this.methods, "writelines", (c, args, kwargs) => {
      expectKwargs("writelines", kwargs);
      expectArgs("writelines", args, 1);
      getIter(args[0]).forEachItem((line) => {
        write(c, text(line));
        return true;
      });
      return null;
    });
    noArgs("flush", () => null);
    noArgs("isatty", () => false);
    noArgs("readable", () => false);
    noArgs("writable", () => true);
    noArgs("seekable", () => false);
    noArgs("fileno", () => (name === "<stdout>" ? 1 : 2));
  }
  override attr(_core: Core, name: string): Value | undefined {
    switch (name) {
      case "encoding": return "utf-8";
      case "errors": return this.name === "<stdout>" ? "strict" : "backslashreplace";
      case "name": return this.name;
      case "mode": return "w";
      case "closed": return false;
      case "newlines": return null;
    }
    return this.methods.get(name);
  }
  text(): string {
    return `<_io.TextIOWrapper name='${this.name}' mode='w' encoding='utf-8'>`;
  }
  children(): readonly Value[] {
    return [];
  }
  bytes(): number {
    return SIZE.slot;
  }
}

/** sys.flags' fields (CPython 3.11's, in order) and their values in a plain `python3 prog.py`. */
const FLAGS: [string, Value][] = [
  ["debug", 0], ["inspect", 0], ["interactive", 0], ["optimize", 0], ["dont_write_bytecode", 0],
  ["no_user_site", 0], ["no_site", 0], ["ignore_environment", 0], ["verbose", 0], ["bytes_warning", 0],
  ["quiet", 0], ["hash_randomization", 1], ["isolated", 0], ["dev_mode", false], ["utf8_mode", 0],
  ["warn_default_encoding", 0], ["safe_path", false], ["int_max_str_digits", -1],
];

/**
 * The Python 3 dialect's facts about the interpreter that programs read: CPython's
 * values where they hold for ePython too (maxunicode, float_repr_style, the flags of
 * a plain run, hash_info of a 64-bit build), and the hooks: excepthook and displayhook
 * (with __excepthook__/__displayhook__), settrace/gettrace (no tracing: the function
 * is kept and returned, never called). `executable` is '' as CPython's when it cannot
 * tell its own path: a core runs on a simulated device, with no interpreter file.
 * builtin_module_names are the modules the VM implements natively.
 */
function addInterpreterFacts(core: CoreApi, mod: PyModule): void {
  mod.set("maxunicode", 0x10ffff);
  mod.set("float_repr_style", "short");
  core.charge(listBytes(FLAGS.length));
  mod.set("flags", new StructSequence("sys.flags", FLAGS.map(([n]) => n), FLAGS.map(([, v]) => v)));
  core.charge(listBytes(9));
  mod.set("hash_info", new StructSequence("sys.hash_info",
    ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
    [64, runtimeInt(core, 2n ** 61n - 1n), 314159, 0, 1000003, "siphash13", 64, 128, 0]));
  mod.set("executable", "");
  mod.set("prefix", "");
  mod.set("exec_prefix", "");
  const names = [...standardModules.keys()].sort();
  mod.set("builtin_module_names", core.newTuple(names.map((n) => core.newStr(n))));
  def(mod, "getfilesystemencoding", (c, args, kwargs) => {
    expectKwargs("getfilesystemencoding", kwargs);
    expectArgs("getfilesystemencoding", args, 0);
    return c.newStr("utf-8");
  });
  def(mod, "getfilesystemencodeerrors", (c, args, kwargs) => {
    expectKwargs("getfilesystemencodeerrors", kwargs);
    expectArgs("getfilesystemencodeerrors", args, 0);
    return c.newStr("surrogateescape");
  });
  def(mod, "excepthook", (c, args, kwargs) => {
    expectKwargs("excepthook", kwargs);
    expectArgs("excepthook", args, 3);
    writeException(c as Core, args[1]);
    return null;
  });
  mod.set("__excepthook__", mod.get("excepthook")!);
  def(mod, "displayhook", (c, args, kwargs) => {
    expectKwargs("displayhook", kwargs);
    expectArgs("displayhook", args, 1);
    // As the interactive prompt: the repr of anything but None (not kept as builtins._).
    if (args[0] !== null) c.write(repr(args[0], c.float32) + "\n");
    return null;
  });
  mod.set("__displayhook__", mod.get("displayhook")!);
  const trace = { fn: null as Value };
  def(mod, "settrace", (_c, args, kwargs) => {
    expectKwargs("settrace", kwargs);
    expectArgs("settrace", args, 1);
    trace.fn = args[0];
    return null;
  });
  def(mod, "gettrace", (_c, args, kwargs) => {
    expectKwargs("gettrace", kwargs);
    expectArgs("gettrace", args, 0);
    return trace.fn;
  });
}

/**
 * What sys.excepthook prints for exception `exc`: its traceback as the VM recorded it
 * (the frames' `File` lines: a core has no source text) and `Kind: message`.
 */
function writeException(core: Core, exc: Value): void {
  if (!(exc instanceof PyInstance) || !exc.cls.isSubclassOf(exceptionClasses.get("BaseException")!)) {
    throw typeError(`print_exception(): Exception expected for value, ${typeName(exc)} found`);
  }
  const err = exc.error;
  const lines: string[] = [];
  const entries = err ? (err.handlerEntry ? [err.handlerEntry, ...err.traceback] : err.traceback) : [];
  if (entries.length) {
    lines.push("Traceback (most recent call last):");
    for (const t of entries) lines.push(`  File "${t.file}", line ${t.line}, in ${t.func}`);
  }
  const text = str(exc, core.float32);
  lines.push(text ? `${exc.cls.qualifiedName}: ${text}` : exc.cls.qualifiedName);
  core.writeError(lines.join("\n") + "\n");
}

/** CPython release this dialect follows. */
const VERSION: [number, number, number] = [3, 11, 0];

/** A value's size as the core charges it, as `sys.getsizeof` reports it. */
function chargedSize(v: Value): number {
  if (typeof v === "string") return strBytes(v);
  if (v instanceof PyList || v instanceof PyTuple) return listBytes(v.items.length);
  if (v instanceof PyDict) return dictBytes(v);
  if (v instanceof PySet) return setBytes(v);
  if (v instanceof PyBytesLike) return bytesSize(v);
  if (v instanceof PyBigInt) return bigBytes(v);
  if (v instanceof PyModule) return SIZE.moduleHeader + SIZE.slot * v.slots.length;
  if (v instanceof PyRange) return SIZE.range;
  if (v instanceof PyHeapObject) return v.bytes();
  // Ints, floats, bools, None, functions: a value slot (a function's code lives in the image).
  return SIZE.slot;
}

/** A final release's sys.hexversion (CPython's PY_VERSION_HEX: 0xf0 marks "final", serial 0). */
const hexVersion = ([major, minor, micro]: number[]): number => (major << 24) | (minor << 16) | (micro << 8) | 0xf0;

/** ePython's own version (sys.implementation.version). */
const IMPLEMENTATION_VERSION = [0, 1, 0];

/** A `sys.version_info`-style struct sequence, charged as the 5-tuple it is. */
function versionInfo(core: CoreApi, [major, minor, micro]: number[]): StructSequence {
  core.charge(listBytes(5));
  return new StructSequence("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"], [major, minor, micro, "final", 0]);
}

/**
 * `sys.float_info`: the core's floats. With --float64 CPython's values; at the
 * default single precision those of float32 (FLT_MAX, FLT_EPSILON...), so tolerances
 * a program derives from `epsilon` fit the floats it computes with.
 */
function floatInfo(core: CoreApi): StructSequence {
  const fields = ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"];
  const values = core.float32
    ? [3.4028234663852886e+38, 128, 38, 1.1754943508222875e-38, -125, -37, 6, 24, 1.1920928955078125e-07, 2, 1]
    : [Number.MAX_VALUE, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53, Number.EPSILON, 2, 1];
  core.charge(listBytes(fields.length));
  return new StructSequence("sys.float_info", fields, values.map((v, i) => ([0, 3, 8].includes(i) ? core.float(v) : v)));
}

export function createSys(core: CoreApi): PyModule {
  const mod = new PyModule("sys");
  const python3 = core.dialect === "python3";
  mod.set("argv", core.newList(core.argv.map((a) => core.newStr(a))));
  // Where `import` looks: the program's directory (then the built-in and library modules).
  const program = core.argv[0] ?? "";
  mod.set("path", core.newList([core.newStr(program.includes("/") ? program.slice(0, program.lastIndexOf("/")) : "")]));
  def(mod, "exit", (c, args, kwargs) => {
    if (kwargs && kwargs.size) throw typeError("sys.exit() takes no keyword arguments");
    expectArgs("exit", args, 0, 1);
    // sys.exit(None) raises SystemExit() as CPython: no args, str(e) ''.
    return exitCore(c, args[0] ?? undefined);
  });
  // Python 3 ints are unbounded: CPython 64-bit's value, as a big int. The classic
  // dialect (and --int-overflow error) keep the device word.
  mod.set("maxsize", python3 && promotes(core) ? intOf(core, SSIZE_MAX) : MAXSIZE);
  mod.set("byteorder", "little");
  mod.set("platform", "epython");
  const [major, minor, micro] = VERSION;
  mod.set("version", core.newStr(`${major}.${minor}.${micro} (ePython-TS 0.1.0, simulated micro-core device)`));
  mod.set("version_info", versionInfo(core, [major, minor, micro]));
  mod.set("hexversion", hexVersion(VERSION));
  if (python3) mod.set("float_info", floatInfo(core));
  // Printed as CPython's SimpleNamespace prints it: namespace(name='epython', ...).
  core.charge(listBytes(4));
  mod.set("implementation", new StructSequence("namespace", ["name", "cache_tag", "version", "hexversion"], [
    "epython", null, versionInfo(core, IMPLEMENTATION_VERSION), hexVersion(IMPLEMENTATION_VERSION),
  ]));
  const streams = core.moduleState<SysStreams>("sys.streams", () => ({ mod: null, stdout: null }));
  streams.mod = mod;
  streams.stdout = new TextStream("<stdout>", (c, t) => c.write(t));
  mod.set("stdout", streams.stdout);
  mod.set("stderr", new TextStream("<stderr>", (c, t) => c.writeError(t)));
  // The streams the program started with, to restore: `sys.stdout = sys.__stdout__`.
  // (__stdin__, as stdin, is made on first use: library.ts lateModuleAttributes.)
  mod.set("__stdout__", streams.stdout);
  mod.set("__stderr__", mod.get("stderr")!);
  if (python3) addInterpreterFacts(core, mod);
  // The Python 3 dialect's recursion limit (Core.recursionLimit); the classic dialect
  // is bounded by the core's memory alone and only keeps the number it was given.
  const limit = core.moduleState("sys.recursionlimit", () => ({ value: 1000 }));
  def(mod, "getrecursionlimit", (_c, args, kwargs) => {
    expectKwargs("getrecursionlimit", kwargs);
    expectArgs("getrecursionlimit", args, 0);
    return limit.value;
  });
  def(mod, "setrecursionlimit", (_c, args, kwargs) => {
    expectKwargs("setrecursionlimit", kwargs);
    expectArgs("setrecursionlimit", args, 1);
    const n = args[0];
    if (typeof n !== "number" || (n | 0) !== n) {
      if (n instanceof PyBigInt) throw new PyError("OverflowError", "Python int too large to convert to C int");
      throw typeError(typeof n === "boolean" ? "'bool' object cannot be interpreted as an integer" : `'${typeName(n)}' object cannot be interpreted as an integer`);
    }
    if (n < 1) throw valueError("recursion limit must be greater or equal than 1");
    const depth = core.callDepth();
    if (python3 && n <= depth) throw new PyError("RecursionError", `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`);
    limit.value = n;
    if (python3) core.recursionLimit = n;
    return null;
  });
  // CPython's limit on int <-> decimal str conversions (bigint.ts intStrDigits).
  intStrDigits.max = INT_MAX_STR_DIGITS;
  if (python3) {
    core.charge(listBytes(4));
    mod.set("int_info", new StructSequence("sys.int_info", ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
      [30, 4, INT_MAX_STR_DIGITS, STR_DIGITS_CHECK_THRESHOLD]));
    def(mod, "get_int_max_str_digits", (_c, args, kwargs) => {
      expectKwargs("get_int_max_str_digits", kwargs);
      expectArgs("get_int_max_str_digits", args, 0);
      return intStrDigits.max;
    });
    def(mod, "set_int_max_str_digits", (_c, args, kwargs) => {
      expectKwargs("set_int_max_str_digits", kwargs, ["maxdigits"]);
      const n = args.length ? args[0] : kwargs?.get("maxdigits");
      if (args.length > 1 || (args.length === 1 && kwargs?.has("maxdigits"))) throw typeError("set_int_max_str_digits() takes exactly one argument (maxdigits)");
      if (n === undefined) throw typeError("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
      const digits = toInt(n, "");
      if (digits !== 0 && digits < STR_DIGITS_CHECK_THRESHOLD) throw valueError(`maxdigits must be 0 or larger than ${STR_DIGITS_CHECK_THRESHOLD}`);
      intStrDigits.max = digits;
      return null;
    });
  }
  // str.encode's and bytes.decode's default: UTF-8, as CPython 3's.
  def(mod, "getdefaultencoding", (c, args, kwargs) => {
    expectKwargs("sys.getdefaultencoding", kwargs);
    expectArgs("sys.getdefaultencoding", args, 0);
    return c.newStr("utf-8");
  });
  def(mod, "intern", (_c, args, kwargs) => {
    expectKwargs("intern", kwargs);
    expectArgs("intern", args, 1);
    if (typeof args[0] !== "string") {
      // CPython interns exact strs only: a str subclass's instance has its own message.
      throw typeError(asStr(args[0]) !== undefined ? `can't intern ${typeName(args[0])}` : `intern() argument must be str, not ${typeName(args[0])}`);
    }
    return args[0];
  });
  if (python3) {
    // A snapshot of the calling frame (frameSnapshot.ts): f_code, f_lineno, f_globals, f_back.
    def(mod, "_getframe", (c, args, kwargs) => {
      expectKwargs("_getframe", kwargs);
      expectArgs("_getframe", args, 0, 1);
      return getFrame(c as Core, args.length ? toInt(args[0], "") : 0);
    });
  }
  def(mod, "getsizeof", (_c, args, kwargs) => {
    expectKwargs("getsizeof", kwargs, ["default"]);
    expectArgs("getsizeof", args, 1, 2);
    return chargedSize(args[0]);
  });
  if (python3) {
    // The exception being handled where exc_info() is called: (type, value, its
    // traceback object, vm/tracebackObjects.ts), or (None, None, None).
    def(mod, "exc_info", (c, args, kwargs) => {
      expectKwargs("exc_info", kwargs);
      expectArgs("exc_info", args, 0);
      const k = c as Core;
      const e = k.frame ? handledException(k.frame, k) : null;
      return c.newTuple(e ? [e.cls, e, tracebackOf(k, e)] : [null, null, null]);
    });
    def(mod, "exception", (c, args, kwargs) => {
      expectKwargs("exception", kwargs);
      expectArgs("exception", args, 0);
      const k = c as Core;
      return k.frame ? handledException(k.frame, k) : null;
    });
    // The modules imported so far, kept up to date by the core as it imports more.
    mod.set("modules", (core as Core).importedModules());
  }
  return mod;
}
