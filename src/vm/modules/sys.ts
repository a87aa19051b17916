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
//   implementation  .name "epython", .version (0, 1, 0)
//   stdout.write(s), stderr.write(s)   write text without a newline; return len(s)
//
// Exiting ends only the calling core, as the original's exit() did; the run's exit
// status is the first non-zero status by core id (see device.ts RunResult).
// `implementation`, `stdout` and `stderr` are attribute namespaces (module objects).

import { expectArgs, expectKwargs, typeName } from "../args.js";
import { PyError, typeError } from "../errors.js";
import { str } from "../format.js";
import { type CoreApi, PyModule, SUSPEND, type Value } from "../values.js";
import { def } from "./util.js";

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

/** A text stream object with write() and flush(). */
function stream(name: string, write: (core: CoreApi, text: string) => void): PyModule {
  const s = new PyModule(name);
  def(s, "write", (c, args, kwargs) => {
    expectKwargs("write", kwargs);
    expectArgs("write", args, 1);
    const text = args[0];
    if (typeof text !== "string") throw typeError(`write() argument must be str, not ${typeName(text)}`);
    write(c, text);
    return text.length;
  });
  def(s, "flush", (_c, args, kwargs) => {
    expectKwargs("flush", kwargs);
    expectArgs("flush", args, 0);
    return null;
  });
  return s;
}

export function createSys(core: CoreApi): PyModule {
  const mod = new PyModule("sys");
  mod.set("argv", core.newList(core.argv.map((a) => core.newStr(a))));
  def(mod, "exit", (c, args, kwargs) => {
    expectKwargs("exit", kwargs);
    expectArgs("exit", args, 0, 1);
    // sys.exit(None) raises SystemExit() as CPython: no args, str(e) ''.
    return exitCore(c, args[0] ?? undefined);
  });
  mod.set("maxsize", MAXSIZE);
  mod.set("byteorder", "little");
  mod.set("platform", "epython");
  const impl = new PyModule("sys.implementation");
  impl.set("name", "epython");
  impl.set("version", core.newTuple([0, 1, 0]));
  mod.set("implementation", impl);
  mod.set("stdout", stream("sys.stdout", (c, t) => c.write(t)));
  mod.set("stderr", stream("sys.stderr", (c, t) => c.writeError(t)));
  return mod;
}
