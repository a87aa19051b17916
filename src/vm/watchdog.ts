// Stopping long loops that run inside one instruction.
//
// The device stops a run at its time limit between instruction slices. A builtin
// that drains a lazy iterator (`sum(map(f, range(10**9)))`, `list(filter(p, ...))`,
// `max(..., key=f)`) runs inside a single instruction, so it would hold the thread —
// and the host — until it finished. Such loops call `tick()` once per item; every 65,536
// ticks (and once soon after the check is installed) it asks the device's check (set with `setInterruptCheck`, usually
// "is the time limit past?") and, if the run must stop, raises an error on the core
// that ends the run with a clear message instead of blocking the host.
//
// Per thread: each worker thread has its own copy of this module, and cores on one
// thread run one at a time, so one check per thread is enough.

import { PyError } from "./errors.js";

/** The error that stops a core at the run's time limit; the device reports a timeout. */
export class TimeLimitReached extends PyError {
  constructor(where: string) {
    super("RuntimeError", `time limit reached (--timeout) while a ${where} was still running; it was stopped there`);
  }
}

let shouldStop: () => boolean = () => false;
/**
 * Ticks counted; the check runs when the low 16 bits wrap to 0. The count starts
 * (and restarts, with each new check) 64 ticks before a wrap, so that the check is
 * called early, once tick() has its type-feedback vector (V8 allocates it after a few
 * calls): V8 then knows that call before it optimises the hot loops tick() is inlined
 * into. Without it the call, first reached after 65,536 ticks, deoptimised every
 * such loop (a compiled generator feeding sum(), a builtin's drain...) once, in
 * mid-run, for a recompilation of 100-300 ms.
 */
const FIRST_CHECK = 0x10000 - 64;
let count = FIRST_CHECK;

/** Installs the device's check (null: none). Returns the previous one, to restore. */
export function setInterruptCheck(check: (() => boolean) | null): () => boolean {
  const prev = shouldStop;
  shouldStop = check ?? (() => false);
  count = FIRST_CHECK;
  return prev;
}

/** Counts one step of a long builtin loop; raises if the run must stop. */
export function tick(): void {
  if ((++count & 0xffff) === 0 && shouldStop()) {
    throw new TimeLimitReached("builtin");
  }
}

/**
 * Checks the device's stop condition now (not counted). Used between slices of a
 * Python callback that a builtin runs to completion (a `key=` function, a `map`
 * function), which could otherwise loop forever inside one instruction.
 */
export function checkInterrupt(): void {
  if (shouldStop()) {
    throw new TimeLimitReached("callback");
  }
}
