// The first slice of a nested run (core.call: a special method such as `__add__` or
// `__eq__`, a property getter, a key function, a callback) whose function is compiled.
//
// Why: core.call used to start every nested run in the interpreter's execute, whose
// entry (its locals, the try around its loop, the checks before it hands a compiled
// Boundary frame to runCompiled) cost about as much as the short method it then ran.
// Here the compiled code runs directly, as execute would run it (the same budget, the
// same status handling); only what execute would have to go on with (an instruction
// the compiled code left to the interpreter, an exception handler to resume at, the
// budget spent) goes back to execute.

import type { Core } from "./core.js";
import { setActiveCore } from "./classes.js";
import { unwindToHandler } from "./exceptions.js";
import type { Frame } from "./frame.js";
import { RUN_BLOCKED, RUN_DONE, RUN_YIELD } from "./interpreter.js";
import { COMPILED_BLOCKED, COMPILED_DONE, COMPILED_ERROR, runCompiled, takeCompiledError } from "./jit/baseline.js";

/** startNested's "not started": run the frame with execute, as before. */
export const NESTED_NOT_RUN = -100;

/**
 * Runs the compiled code of Boundary frame `f` (just entered) for up to `slice`
 * instructions: RUN_DONE (the result in core.result), RUN_BLOCKED, or RUN_YIELD
 * (execute goes on from core.frame); NESTED_NOT_RUN when `f`'s code is not compiled
 * (execute warms it up as it does). An exception no handler of this run takes is
 * thrown, as execute throws it.
 */
export function startNested(core: Core, f: Frame, slice: number): number {
  if (!f.rt.compiled) return NESTED_NOT_RUN;
  setActiveCore(core);
  const r = runCompiled(core, core.float32, core.instructions + slice);
  if (r === COMPILED_DONE) return RUN_DONE;
  if (r === COMPILED_BLOCKED) return RUN_BLOCKED;
  // As execute's catch: the handler (in this run) becomes the current frame's pc.
  if (r === COMPILED_ERROR) unwindToHandler(core, takeCompiledError(), core.frame!);
  return RUN_YIELD;
}
