// The `time` module: wall-clock and performance clocks, and sleep.
//
// sleep(s) suspends only the calling core, through its port (CorePort.sleep): the
// device runs the other cores meanwhile and, when nothing else can run, the host
// thread waits without spinning (see DeviceNode.wakeSleepers).
//
// Clocks and the 32-bit device word: time() is seconds since the epoch as a float
// (at the default float32 precision that is only good to about two minutes: use
// perf_counter() for durations, or --float64). perf_counter() and monotonic() count
// from the moment the core imported the module (CPython leaves their reference point
// undefined), so float32 keeps them to the microsecond for minutes. perf_counter_ns()
// and monotonic_ns() likewise count from the import: past 2.1 seconds they are big
// ints (with --int-overflow error, and in the classic dialect, an OverflowError).
// gmtime, localtime, strftime and the other calendar functions: timeCalendar.ts.
// process_time() counts like perf_counter(): a simulated core has no separate CPU clock.

import { expectArgs, expectKwargs, typeName } from "../args.js";
import { overflowError, typeError, valueError } from "../errors.js";
import { waitMs } from "../port.js";
import { PyBigInt, PyFloat, PyModule, SUSPEND, type CoreApi, type Value } from "../values.js";
import { intOfSafe, promotes } from "../bigint.js";
import { checkInterrupt } from "../watchdog.js";
import { def } from "./util.js";
import { installTimeCalendar } from "./timeCalendar.js";

/** The instant (performance.now() ms) the core first imported `time`. */
function origin(core: CoreApi): number {
  return core.moduleState("time", () => performance.now());
}

/**
 * Nanoseconds since the core's origin: a big int past 2.1 seconds in the Python 3
 * dialect (ints promote); the device word's OverflowError where they do not.
 */
function nanos(core: CoreApi, fname: string): number | PyBigInt {
  const ns = Math.round((performance.now() - origin(core)) * 1e6);
  if (ns > 0x7fffffff && promotes(core)) return intOfSafe(core, ns);
  if (ns > 0x7fffffff) throw overflowError(`${fname}() exceeds the 32-bit int range after 2.1 seconds: use ${fname.replace("_ns", "")}()`);
  return ns;
}

/** A sleep length in seconds (int, bool or float; CPython's errors otherwise). */
function seconds(v: Value): number {
  let s: number;
  if (typeof v === "number") s = v;
  else if (v instanceof PyFloat) s = v.v;
  else if (typeof v === "boolean") s = v ? 1 : 0;
  else throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (Number.isNaN(s)) throw valueError("Invalid value NaN (not a number)");
  if (s < 0) throw valueError("sleep length must be non-negative");
  return s;
}

export function createTime(core: CoreApi): PyModule {
  origin(core);
  const mod = new PyModule("time");
  const noArgs = (name: string, f: (c: CoreApi) => Value) =>
    def(mod, name, (c, args, kwargs) => {
      expectKwargs(`time.${name}`, kwargs);
      if (args.length) throw typeError(`time.${name}() takes no arguments (${args.length} given)`);
      return f(c);
    });

  noArgs("time", (c) => c.float(Date.now() / 1000));
  const elapsed = (c: CoreApi) => c.float((performance.now() - origin(c)) / 1000);
  noArgs("perf_counter", elapsed);
  noArgs("monotonic", elapsed);
  noArgs("process_time", elapsed);
  noArgs("perf_counter_ns", (c) => nanos(c, "perf_counter_ns"));
  noArgs("monotonic_ns", (c) => nanos(c, "monotonic_ns"));

  def(mod, "sleep", (c, args, kwargs) => {
    expectKwargs("time.sleep", kwargs);
    expectArgs("sleep", args, 1);
    const s = seconds(args[0]);
    // Inside a nested run (a coroutine under asyncio, a generator driven by next())
    // the core cannot suspend: as CPython's time.sleep there, it holds its thread
    // (and the other cores of its worker) for the time, still stoppable by the
    // run's time limit.
    if (c.inNestedRun?.()) {
      for (const end = performance.now() + s * 1000; performance.now() < end; ) {
        waitMs(Math.min(50, end - performance.now()));
        checkInterrupt();
      }
      return null;
    }
    const r = c.port.sleep(s);
    return r === SUSPEND ? SUSPEND : null;
  });
  installTimeCalendar(mod);
  return mod;
}
