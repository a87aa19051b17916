// The one interface through which a device drives a core.
//
// The device (src/device/node.ts) never reaches into a core's frames or stack: it
// starts the core, runs it for a budget of instructions, resumes it with the result
// of a blocking port operation, asks where it stands for reports, and reads its
// counters for statistics. The bytecode interpreter's Core implements it; a native
// core (generated code) can stand in the same place by implementing it too.
//
// Run protocol:
//   start()              once, before the first run;
//   run(budget) ->       RUN_DONE (finished, or exited), RUN_YIELD (budget used; run
//                        again later), RUN_BLOCKED (a port operation returned
//                        SUSPEND: call resume(value) once the operation completes,
//                        or resumeRaising(error) when it failed, then run again). An uncaught error is thrown out of run()
//                        as a PyError carrying the core's traceback.
// A core also serves as the CoreApi of the values it receives (messages are built
// on the receiving core, charged to its memory), and names the program image its
// function values refer to (functions travel as references into that image).

import type { Program } from "../bytecode/code.js";
import type { CoreMemory } from "./memory.js";
import type { CoreApi, PyFunction, PyModule, Value } from "./values.js";

export { RUN_BLOCKED, RUN_DONE, RUN_YIELD } from "./interpreter.js";

/** RUN_DONE, RUN_BLOCKED or RUN_YIELD. */
export type RunStatus = number;

/** A position in the program's source, for reports. */
export interface SourcePosition {
  file: string;
  line: number;
  func: string;
}

export interface DeviceCore extends CoreApi {
  /** The program image this core runs (function values refer into it). */
  readonly program: Program;
  /** The core's memory, as the memory model charges it (for statistics and spills). */
  readonly mem: CoreMemory;
  /** Instructions executed so far. */
  readonly instructions: number;
  /** True once the program has ended on this core (returned, or exit() was called). */
  readonly finished: boolean;
  /** The status the core asked to exit with (exit(n), sys.exit(n)); 0 otherwise. */
  readonly exitStatus: number;
  start(): void;
  /**
   * Service mode (src/device/service.ts): once the core has ended, starts `fn` with
   * `args` as its new main frame; argument errors throw here.
   */
  launch(fn: PyFunction, args: Value[]): void;
  /** What the core's main frame (its program, or its last kernel) returned. */
  readonly result: Value;
  run(budget: number): RunStatus;
  /** Completes the blocking operation the core is waiting in: `value` is its result. */
  resume(value: Value): void;
  /** Completes it with `error` raised by the operation instead, catchable where the core resumes. */
  resumeRaising(error: unknown): void;
  /** A module this core has loaded (null: not loaded); received functions belong to one. */
  findModule(name: string): PyModule | null;
  /** Where the core stands; `blocked`: it waits in a call (report that call's line). */
  position(blocked: boolean): SourcePosition | null;
  /**
   * Turns an error raised on the core's behalf while it was blocked (a failed
   * receive or collective) into its error with the core's traceback, unwinding it.
   */
  raise(e: unknown, preempted?: boolean): unknown;
}
