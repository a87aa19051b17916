// Generators: `yield`, `yield from`, lazy generator expressions, send/throw/close.
//
// A generator is a suspended frame kept as data. Calling a generator function binds
// its arguments as any call does; its first instruction, GEN_START, then copies the
// frame's locals into a new PyGenerator and returns that object instead of running
// the body. Suspended, a generator holds its frame's values (locals, then its
// operand stack) in `saved`, its resume pc and its `try` blocks (stack depths
// relative to the frame's base).
//
// Resuming copies the frame's values back onto the core's value stack, above
// everything live, under a frame whose retSlot holds the generator itself (that is
// how YIELD_VALUE finds it). Two ways:
//  - in place (FrameKind.Generator), by a `for` loop's FOR_ITER: the frame simply
//    becomes the interpreter's current frame, so its body may block the core (recv,
//    sendrecv...) like any code. A yield stores the value in `pending` and returns to
//    the loop's FOR_ITER, which takes it; the end returns there too (loop exit).
//    Errors leave through the unwinder, which finishes the generator (finishUnwound).
//  - as a nested run (FrameKind.Boundary) for everything else (`next`, `send`,
//    `throw`, builtins such as sum, `yield from`), like a callback of a builtin
//    (core.call): the interpreter runs until the frame yields (YIELD_VALUE, or SEND
//    when a sub-iterator of `yield from` yields) or returns; errors stop at the
//    Boundary frame and are rethrown here.
//
// Invariants: a generator is in exactly one state; while RUNNING its values are on
// the value stack (roots of the collector) and `saved` is empty; a nested run never
// outlives the resume that started it.
//
// Blocking: a generator body that blocks the core (recv, sendrecv, a collective)
// works when a `for` loop or a consuming builtin drives it (in place), also through
// enumerate/zip/map/filter (tupleIterators.ts DerivedIterator); in a nested run it would have to
// suspend the core inside a JavaScript call, so, like a callback, that raises a clear
// RuntimeError instead (see docs/language.md).
//
// Memory: a generator is charged once, when made, GENERATOR_HEADER bytes plus 4 B per
// local and per operand-stack slot of its frame (the frame it keeps alive); the
// collector counts the same size (liveBytes) and marks the values it holds. Its
// frame, while running, is charged nothing more (Frame.bytes = 0).

import { CodeFlags, type CodeObject } from "../bytecode/code.js";
import { Op } from "../bytecode/opcodes.js";
import { PyError, typeError } from "./errors.js";
import { childFrame, type Frame, FrameKind } from "./frame.js";
import type { Core } from "./core.js";
import type { CodeRuntime } from "./loader.js";
import { execute, RUN_DONE, RUN_YIELD } from "./interpreter.js";
import { checkInterrupt } from "./watchdog.js";
import { type GeneratorKind, exceptionClasses, exceptionValue, leaveNestedRun, raiseError, stopIterationToRuntimeError, unwindToHandler } from "./exceptions.js";
import { directCallDepth, restoreDirectCallDepth } from "./jit/baseline.js";
import { PyClass, PyInstance, callSpecial, isStopIteration } from "./classes.js";
import { typeName } from "./args.js";
import { SIZE } from "./memory.js";
import { BuiltinFunction, type Cell, type GeneratorConsumer, type Kwargs, PyIterator, type PyModule, type PyType, type Value } from "./values.js";
import * as ops from "./ops.js";
import { Delegate } from "./delegate.js";
import { DerivedIterator } from "./tupleIterators.js";

/** Bytes of a generator object besides its frame's slots: state, pc, code, globals, cells, blocks. */
export const GENERATOR_HEADER = 32;

/** What drives a generator in place, where its body may block the core (named in the error of a nested run that blocks). */
const IN_PLACE_DRIVERS = "a for loop, a comprehension, list(), tuple(), set(), frozenset(), dict(), sorted(), sum(), min(), max(), any(), all(), str.join(), list.extend() and set.update(), directly or through enumerate(), zip(), map() and filter(),";

/** Instructions a resumed generator runs between checks of the run's time limit. */
const RESUME_SLICE = 1 << 20;

export const CREATED = 0;
export const SUSPENDED = 1;
export const RUNNING = 2;
export const DONE = 3;

const EMPTY: Value[] = [];

// The fields are `declare`d and set in the constructor, in one fixed order: with
// class-field initialisers (ES2022 [[Define]] semantics) every generator would first
// get each field defined as undefined by a separate initialiser function, then
// assigned — about twice the stores for an object made once per generator call
// (coroutines makes ~830,000).
export class PyGenerator extends PyIterator {
  declare state: number;
  /** The frame's locals then operand stack while suspended (empty while running or done). */
  declare saved: Value[];
  /**
   * While running: the array `saved` was, reused by the next suspension when it has
   * the same length (a generator suspends at the same depth again and again). Not
   * one of children(): its values are stale (the live ones are on the core's stack).
   */
  declare spareSaved: Value[] | null;
  /** Where the body resumes. */
  declare pc: number;
  /** Active `try` blocks: pairs (handler pc, stack depth relative to the frame's base). */
  declare blocks: number[] | null;
  /** The value of `return` once done (StopIteration's value). */
  declare returnValue: Value;
  /**
   * Set while a builtin consumes the whole generator (forEachItem): YIELD_VALUE hands
   * each value to it and goes on in place, without leaving the frame; the body stops
   * (suspended, as after a plain yield) when it returns false.
   */
  declare sink: ((v: Value) => boolean) | null;
  /** A value yielded in place to the FOR_ITER that resumed it, until that FOR_ITER takes it. */
  declare pending: Value | undefined;
  /** While a builtin consumes it in place (FrameKind.Consumer): that builtin's state (see consumeInPlace). */
  declare consumer: InPlaceConsumer | null;
  private declare readonly core: Core;
  declare readonly code: CodeObject;
  declare readonly globals: PyModule;
  declare readonly cells: Cell[] | null;
  declare readonly rt: CodeRuntime;

  constructor(core: Core, code: CodeObject, globals: PyModule, cells: Cell[] | null, rt: CodeRuntime, locals: Value[], pc: number) {
    super();
    this.core = core;
    this.code = code;
    this.globals = globals;
    this.cells = cells;
    this.rt = rt;
    this.state = CREATED;
    this.saved = locals;
    this.spareSaved = null;
    this.pc = pc;
    this.blocks = null;
    this.returnValue = null;
    this.sink = null;
    this.pending = undefined;
    this.consumer = null;
  }

  get name(): string {
    return this.code.name;
  }
  /** What CPython's messages call it (PEP 479's RuntimeError). */
  get kindText(): GeneratorKind {
    return "generator";
  }
  get qualname(): string {
    return this.code.qualname;
  }

  /**
   * The iteration protocol (for loops, builtins): the next yielded value, undefined
   * once done. A value its body yielded in place for an iterator derived from it
   * (`enumerate(g)` in a for loop: tupleIterators.ts) is that next value.
   */
  next(): Value | undefined {
    const v = this.pending;
    if (v !== undefined) {
      this.pending = undefined;
      return v;
    }
    return resume(this.core, this, null, null);
  }

  /** Itself while it has no value pending and is not done (running: next() reports that). */
  override awaited(): PyGenerator | null {
    return this.pending === undefined && this.state !== DONE ? this : null;
  }

  override forEachItem(fn: (v: Value) => boolean): void {
    if (this.sink !== null || this.state === RUNNING) {
      // Already being consumed (a sink that reads the generator again): the plain protocol reports it.
      super.forEachItem(fn);
      return;
    }
    // An error of `fn` (sum's TypeError, a set's unhashable item, MemoryError, the
    // time limit) belongs to the builtin, not to the body: were it thrown at the yield,
    // the body's own `try` could catch it and its frame would show in the traceback.
    // So `fn` failing stops the body as a plain yield would (suspended there, as after
    // CPython's next()), and the error is raised here, once the body has left.
    let failed = false;
    let failure: unknown;
    this.sink = (v) => {
      try {
        return fn(v);
      } catch (e) {
        failed = true;
        failure = e;
        return false;
      }
    };
    try {
      resume(this.core, this, null, null);
    } finally {
      this.sink = null;
    }
    if (failed) throw failure;
  }

  children(): readonly Value[] {
    const out: Value[] = [];
    for (const v of this.saved) if (v !== undefined) out.push(v);
    if (this.cells) for (const c of this.cells) out.push(c);
    if (this.returnValue !== null) out.push(this.returnValue);
    // Yielded for a loop or a derived iterator (enumerate(g)...) that has not taken it yet.
    if (this.pending !== undefined) out.push(this.pending);
    if (this.consumer !== null) for (const v of this.consumer.c.held()) out.push(v);
    return out;
  }

  /** Done: by its end, an error leaving it, or close() (the unwinder calls it too, vm/exceptions.ts). */
  finish(): void {
    this.state = DONE;
    this.saved = EMPTY;
    this.spareSaved = null;
    this.blocks = null;
    // An error left a builtin's in-place consumption: the builtin is gone with it.
    if (this.consumer !== null) {
      this.consumer = null;
      this.sink = null;
    }
    this.core.mem.removeClosable(this);
  }

  override liveBytes(): number {
    return generatorBytes(this.code);
  }
}

/**
 * An `async def` without `yield`: the same suspended frame, driven by `await` (SEND
 * after GET_AWAITABLE) or an event loop's send/throw (vm/coroutines.ts).
 */
export class PyCoroutine extends PyGenerator {
  override readonly awaitOnly = true;
  override get kindText(): GeneratorKind {
    return "coroutine";
  }
}

/**
 * An `async def` with `yield`: its YIELD_VALUEs are items for `async for`, its SENDs
 * awaits passing through to the event loop (vm/coroutines.ts tells them apart).
 */
export class PyAsyncGenerator extends PyGenerator {
  override readonly awaitOnly = true;
  override get kindText(): GeneratorKind {
    return "async generator";
  }
}

function generatorBytes(code: CodeObject): number {
  return GENERATOR_HEADER + SIZE.slot * (code.varnames.length + code.stacksize);
}

/**
 * GEN_START: the generator for frame `f`, whose arguments are bound; the body will
 * start at `pc`. The interpreter then returns it as the call's result.
 */
export function makeGenerator(core: Core, f: Frame, pc: number): PyGenerator {
  const code = f.code;
  core.mem.charge(generatorBytes(code));
  const locals = core.stack.slice(f.base, f.base + code.varnames.length);
  const kind = code.flags & CodeFlags.COROUTINE ? PyCoroutine : code.flags & CodeFlags.ASYNC_GENERATOR ? PyAsyncGenerator : PyGenerator;
  return new kind(core, code, f.globals, f.cells, f.rt, locals, pc);
}

/**
 * YIELD_VALUE (and SEND when the sub-iterator yielded): saves generator frame `f`,
 * whose operand stack ends below `sp`, to resume at `pc`, and leaves it. The
 * interpreter then ends the nested run (RUN_DONE) with the yielded value in core.result.
 */
export function suspendGenerator(core: Core, f: Frame, sp: number, pc: number): void {
  const gen = core.stack[f.retSlot] as PyGenerator;
  const spare = gen.spareSaved;
  if (spare !== null && spare.length === sp - f.base) {
    const stack = core.stack;
    for (let i = 0, j = f.base; j < sp; i++, j++) spare[i] = stack[j];
    gen.saved = spare;
    gen.spareSaved = null;
  } else gen.saved = core.stack.slice(f.base, sp);
  gen.pc = pc;
  const blocks = f.blocks;
  if (blocks && blocks.length) {
    const rel = blocks.slice();
    for (let i = 1; i < rel.length; i += 2) rel[i] -= f.base;
    gen.blocks = rel;
    // Inside a try/with: if it becomes unreachable, its close() must run (memory.ts).
    core.mem.addClosable(gen);
  } else {
    gen.blocks = null;
    if (core.mem.closable.size) core.mem.removeClosable(gen);
  }
  gen.state = SUSPENDED;
  core.frame = f.parent;
  core.sp = f.retSlot;
}

/**
 * Runs `gen` until it yields (returns the value) or ends (returns undefined; its
 * return value in gen.returnValue). `sent` is the value of the suspended `yield`;
 * `thrown`, if given, is raised there instead.
 */
export function resume(core: Core, gen: PyGenerator, sent: Value, thrown: PyError | null): Value | undefined {
  if (gen.state === RUNNING) throw new PyError("ValueError", "generator already executing");
  if (gen.state === DONE) {
    // Only the first StopIteration carries the return value (CPython).
    gen.returnValue = null;
    if (thrown) throw thrown;
    if (gen instanceof PyCoroutine) throw new PyError("RuntimeError", "cannot reuse already awaited coroutine");
    return undefined;
  }
  if (gen.state === CREATED) {
    if (thrown) {
      // Never started: the exception is raised at once and the generator is over (a
      // StopIteration as PEP 479's RuntimeError, as it leaves the body).
      finish(gen);
      throw stopIterationToRuntimeError(thrown, gen.kindText);
    }
    if (sent !== null) throw typeError(`can't send non-None value to a just-started ${gen instanceof PyCoroutine ? "coroutine" : "generator"}`);
  }
  const top = core.frame;
  const saved = core.sp;
  // Above the caller's whole operand stack (it may not have updated core.sp).
  const retSlot = top ? Math.max(saved, top.base + top.code.varnames.length + top.code.stacksize) : saved;
  const f = enterFrame(core, gen, retSlot, FrameKind.Boundary, thrown === null, sent);
  const direct = directCallDepth();
  try {
    // Raised at the suspended yield: a handler of the body may take it.
    if (thrown) unwindToHandler(core, thrown, f);
    let status = execute(core, RESUME_SLICE);
    while (status === RUN_YIELD) {
      checkInterrupt();
      status = execute(core, RESUME_SLICE);
    }
    if (status !== RUN_DONE) {
      // Blocked inside the body: release the frames above the caller's and give up.
      for (let g: Frame | null = core.frame; g && g !== top; g = g.parent) core.mem.releaseFrame(g.bytes);
      core.frame = top;
      const what = gen instanceof PyCoroutine ? "coroutine" : "generator";
      throw new PyError("RuntimeError", `a blocking operation (a message receive, input(), a collective) cannot be used inside a ${what} ('${gen.name}') driven by next(), send(), asyncio or a builtin, on core ${core.id}; ${IN_PLACE_DRIVERS} run it where it may block`);
    }
  } catch (e) {
    finish(gen);
    core.sp = saved;
    restoreDirectCallDepth(direct);
    const err = leaveNestedRun(core, top, e);
    throw core.isAnnotated(err) || !(err instanceof PyError) ? err : stopIterationToRuntimeError(err, gen.kindText);
  }
  core.sp = saved;
  if (gen.state === SUSPENDED) return core.result;
  finish(gen);
  gen.returnValue = core.result;
  return undefined;
}

/**
 * Puts `gen`'s frame back on the value stack at `retSlot` (the generator) and above,
 * as the core's current frame; `push` pushes `sent`, the value of the suspended yield.
 */
function enterFrame(core: Core, gen: PyGenerator, retSlot: number, kind: number, push: boolean, sent: Value): Frame {
  // A resumed generator's frame counts towards the recursion limit as a call's does
  // (endless `yield from` recursion is CPython's RecursionError); nothing has changed yet.
  core.checkDepth();
  const stack = core.stack;
  const code = gen.code;
  const need = retSlot + 2 + code.varnames.length + code.stacksize + 8;
  if (stack.length < need) core.ensureStack(need);
  stack[retSlot] = gen;
  const base = retSlot + 1;
  const items = gen.saved;
  for (let i = 0; i < items.length; i++) stack[base + i] = items[i];
  let sp = base + items.length;
  if (gen.state === SUSPENDED && push) stack[sp++] = sent;
  const f = childFrame(core.frame, code, gen.globals, base, gen.cells, kind, retSlot, 0, gen.rt);
  f.pc = gen.pc;
  if (gen.blocks) {
    const blocks = gen.blocks.slice();
    for (let i = 1; i < blocks.length; i += 2) blocks[i] += base;
    f.blocks = blocks;
  }
  if (items !== EMPTY) gen.spareSaved = items;
  gen.saved = EMPTY;
  gen.blocks = null;
  gen.state = RUNNING;
  core.frame = f;
  core.sp = sp;
  return f;
}

/**
 * FOR_ITER on a generator whose value is not pending: resumes it in place, its frame
 * based just above the loop's iterator (stack[sp - 1]). Returns the frame to run, or
 * null when the generator is done (the loop ends). The loop's frame must have its
 * pc at the FOR_ITER, where the generator's yield or end returns. SEND passes the
 * value it sends (`yield from` delegating g.send(v)): the suspended yield receives it.
 */
export function enterInline(core: Core, gen: PyGenerator, sp: number, sent: Value = null): Frame | null {
  if (gen.state === RUNNING) throw new PyError("ValueError", "generator already executing");
  if (gen.state === DONE) {
    gen.returnValue = null;
    return null;
  }
  return enterFrame(core, gen, sp, FrameKind.Generator, true, sent);
}

/** YIELD_VALUE (or SEND) in a frame resumed in place: the value goes to the loop's FOR_ITER. */
export function yieldInline(core: Core, f: Frame, sp: number, pc: number, v: Value): void {
  (core.stack[f.retSlot] as PyGenerator).pending = v;
  suspendGenerator(core, f, sp, pc);
}

export const enum SendState {
  /** Not a generator SEND can run in place: send through `sendTo`. */
  NESTED,
  /** The sub-generator, resumed in place, yielded its `pending` value. */
  PENDING,
  /** The sub-generator, resumed in place, returned (`returnValue`). */
  RETURNED,
  /** Resume the sub-generator in place. */
  RESUME,
}

/**
 * How SEND handles sub-iterator `it` and sent value `v`: a generator without a sink
 * runs in place (so it may block the core) unless resuming it is an error, which the
 * nested path reports.
 */
export function inlineSendState(it: Value, v: Value): SendState {
  if (!(it instanceof PyGenerator) || it.sink !== null) return SendState.NESTED;
  if (it.pending !== undefined) return SendState.PENDING;
  if (it.state === DONE) return SendState.RETURNED;
  if (it.state === SUSPENDED || (it.state === CREATED && v === null)) return SendState.RESUME;
  return SendState.NESTED;
}

/** No error of a consumer's yet. */
const NO_FAILURE: unknown = Symbol("no failure");

/** A builtin consuming a generator in place: its consumer, and the error its take() raised. */
export class InPlaceConsumer {
  failure: unknown = NO_FAILURE;
  /**
   * The generators' sink while this consumer runs one: an error of the builtin's
   * (sum's TypeError...) belongs to the call, not to the body, so the body stops as at
   * a plain yield and the error is raised once it has left (as forEachItem does).
   */
  readonly sink = (v: Value): boolean => {
    try {
      return this.c.take(v);
    } catch (e) {
      this.failure = e;
      return false;
    }
  };
  constructor(readonly c: GeneratorConsumer) {}
}

/**
 * POP_ITER (a loop left by break/return) of iterator `it`: true when dropping it may
 * leave a generator suspended inside a try or with unreachable, which a collection
 * then closes (core.abandonIterator), as CPython's reference counting does: the
 * generator itself, or one an enumerate/zip/map/filter of it holds.
 */
export function mayAbandonGenerator(closable: ReadonlySet<Value>, it: Value): boolean {
  return it instanceof PyGenerator ? closable.has(it) : closable.size !== 0 && it instanceof DerivedIterator && it.overGenerator;
}

/** True when `gen` can be resumed in place now (not running, done, consumed or holding a value). */
function canEnter(gen: PyGenerator): boolean {
  return !gen.awaitOnly && gen.sink === null && gen.pending === undefined && (gen.state === CREATED || gen.state === SUSPENDED);
}

/**
 * A call of builtin `fn` (its arguments `args`, `kwargs`; the callable at
 * stack[fnIndex]) whose first argument is a generator that can run now: when the
 * builtin consumes it whole (BuiltinFunction.consume), the generator's frame is entered
 * in place as the core's current frame (FrameKind.Consumer, based at fnIndex), for the
 * caller's loop to run like a called function's, and returned; its yields go to the
 * builtin's consumer, and its end or the consumer's stop puts the builtin's result at
 * stack[fnIndex] (stopConsumer, returnConsumer). So a recursion through sum(), max(),
 * any(), sorted(), list()... of a generator nests no host call and no nested run per
 * level: it is bounded by the recursion limit, as CPython's, not by the host's stack.
 * Null when the builtin is to be called as usual (not a generator, not one that can
 * run now, not a call the builtin consumes this way).
 */
export function consumeInPlace(core: Core, fn: BuiltinFunction | PyType, fnIndex: number, args: Value[], kwargs: Kwargs): Frame | null {
  return consumeWith(core, args[0], fnIndex, () => fn.consume!(core, args, kwargs));
}

/**
 * consumeInPlace for a consumer `make` gives (null: the call goes on as usual), when
 * `gen` is a generator that can run now; the result goes to stack[fnIndex]. Also for
 * built-in methods that consume their argument whole (`sep.join(g)`: methods/str.ts).
 */
export function consumeWith(core: Core, arg: Value, fnIndex: number, make: () => GeneratorConsumer | null): Frame | null {
  // `list(enumerate(g))`, `sum(map(f, g))`: the generator the derived iterator needs
  // first runs in place, its yields feeding the iterator, whose items feed the builtin.
  const derived = arg instanceof DerivedIterator && arg.overGenerator ? arg : null;
  const gen = derived !== null ? derived.awaited() : arg;
  if (!(gen instanceof PyGenerator) || !canEnter(gen)) return null;
  const made = make();
  if (made === null) return null;
  return enterConsumer(core, gen, fnIndex, new InPlaceConsumer(derived === null ? made : new DerivedConsumer(derived, gen, made)));
}

/** Enters `gen`'s frame in place, at `retSlot`, for consumer `run` (consumeWith). */
function enterConsumer(core: Core, gen: PyGenerator, retSlot: number, run: InPlaceConsumer): Frame {
  const f = enterFrame(core, gen, retSlot, FrameKind.Consumer, true, null);
  gen.consumer = run;
  gen.sink = run.sink;
  return f;
}

/**
 * A builtin's consumer `c` fed by derived iterator `it` (enumerate, zip, map, filter)
 * whose generator `gen` runs in place (consumeWith): each value `gen` yields becomes
 * pending for `it`, whose items go to `c` while `it` needs no more of `gen`. When `it`
 * needs another generator (`zip(g1, g2)`), `gen` stops at its yield and that one runs
 * in place in its stead (`next`, stopConsumer).
 */
class DerivedConsumer implements GeneratorConsumer {
  /** `it` or `c` is done: nothing more is taken (gen stays suspended at its yield). */
  private stopped = false;
  /** The generator to run in place next, when `it` needs one other than `gen`. */
  next: PyGenerator | null = null;

  constructor(private readonly it: DerivedIterator, private gen: PyGenerator, private readonly c: GeneratorConsumer) {}

  take(v: Value): boolean {
    this.gen.pending = v;
    for (;;) {
      // Running (it yields from inside its frame), gen is awaited once next() took its value.
      const g = this.it.awaited();
      if (g === this.gen) return true;
      if (g !== null && canEnter(g)) {
        this.next = this.gen = g;
        return false;
      }
      if (!this.pass()) return false;
    }
  }
  /** Passes `it`'s next item to `c`; false when either is done. */
  private pass(): boolean {
    const item = this.it.next();
    if (item === undefined || !this.c.take(item)) {
      this.stopped = true;
      return false;
    }
    return true;
  }
  result(): Value {
    // gen returned: `it`'s last items (none, or zip(strict=True)'s error) come first.
    while (!this.stopped) this.pass();
    return this.c.result();
  }
  held(): readonly Value[] {
    return [...this.c.held(), this.it];
  }
}

/** Ends `gen`'s in-place consumption (before its frame is left): the builtin's state. */
export function endConsumer(gen: PyGenerator): InPlaceConsumer {
  const run = gen.consumer!;
  gen.consumer = null;
  gen.sink = null;
  return run;
}

/** The consuming builtin's result once the generator has left (the core at the caller); raises its error. */
export function consumerResult(run: InPlaceConsumer): Value {
  if (run.failure !== NO_FAILURE) throw run.failure;
  return run.c.result();
}

/**
 * YIELD_VALUE (or SEND) of Consumer frame `f` whose consumer stopped it: the frame is
 * saved as at a plain yield and left, and the builtin's result is the call's; or,
 * when a derived iterator's consumer needs another generator to run first, that
 * one's frame is entered in place in its stead (core.frame either way).
 */
export function stopConsumer(core: Core, f: Frame, sp: number, pc: number): void {
  // Read first: the result may call Python code (sorted's key), whose frame may be `f` reused (Frame.spare).
  const slot = f.retSlot;
  const run = leaveConsumer(core, f, sp, pc);
  if (run === null) return;
  core.stack[slot] = consumerResult(run);
  core.sp = slot + 1;
}

/**
 * stopConsumer up to the result: the builtin's state, whose result (consumerResult)
 * the caller, the current frame now, is to push; null when another generator's frame
 * was entered instead.
 */
export function leaveConsumer(core: Core, f: Frame, sp: number, pc: number): InPlaceConsumer | null {
  const slot = f.retSlot;
  const run = endConsumer(core.stack[slot] as PyGenerator);
  suspendGenerator(core, f, sp, pc);
  const c = run.c;
  if (c instanceof DerivedConsumer && c.next !== null && run.failure === NO_FAILURE) {
    const g = c.next;
    c.next = null;
    enterConsumer(core, g, slot, run);
    return null;
  }
  return run;
}

/** RETURN_VALUE of Consumer frame `f` (value `v`): the generator is done; the builtin's result is the call's. */
export function returnConsumer(core: Core, f: Frame, v: Value): void {
  // Read first: the result may call Python code (sorted's key), whose frame may be `f` reused (Frame.spare).
  const slot = f.retSlot;
  const gen = core.stack[slot] as PyGenerator;
  const run = endConsumer(gen);
  core.mem.releaseFrame(f.bytes);
  returnInline(gen, v);
  core.frame = f.parent;
  core.sp = slot;
  core.stack[slot] = consumerResult(run);
  core.sp = slot + 1;
}

/** RETURN_VALUE of a frame resumed in place: the generator is done (the loop ends). */
export function returnInline(gen: PyGenerator, v: Value): void {
  finish(gen);
  gen.returnValue = v;
}

function finish(gen: PyGenerator): void {
  gen.finish();
}



/** StopIteration(value) raised by next()/send() on a generator that returned `value`. */
export function stopIteration(core: Core, value: Value): PyError {
  const cls = exceptionClasses.get("StopIteration")!;
  return raiseError(core, value === null ? cls : core.call(cls, [value]), undefined);
}

/** The sub-iterator a generator suspended in `yield from` delegates to (else undefined). */
function delegateOf(gen: PyGenerator): Value | undefined {
  return gen.state === SUSPENDED && gen.code.code[gen.pc] === Op.SEND ? gen.saved[gen.saved.length - 1] : undefined;
}

/** After a delegate ended with `value`: the generator resumes past its SEND with that value. */
function leaveDelegation(core: Core, gen: PyGenerator, value: Value): Value | undefined {
  gen.pc = gen.code.code[gen.pc + 1];
  gen.saved = gen.saved.slice(0, -1);
  return resume(core, gen, value, null);
}

/**
 * `g.throw(exc)`: raises `err` at the generator's `yield` (first in the iterator it
 * delegates to with `yield from`, as CPython). Returns the next yielded value, or
 * undefined when the generator ended (StopIteration for the caller). `raw`: the
 * arguments g.throw() was given, which an iterator's own `throw` method receives as
 * they are (CPython: a class stays a class, and any object may be thrown there);
 * `err` is null when they are no exception, an error only where no such method takes them.
 */
export function throwInto(core: Core, gen: PyGenerator, err: PyError | null, raw: Value[] | null = null): Value | undefined {
  const d = delegateOf(gen);
  if (d instanceof PyGenerator) {
    if (err?.kind === "GeneratorExit") {
      closeGenerator(core, d);
      return resume(core, gen, null, err);
    }
    let y: Value | undefined;
    try {
      y = throwInto(core, d, err, raw);
    } catch (e) {
      if (core.isAnnotated(e) || !(e instanceof PyError)) throw e;
      return resume(core, gen, null, e);
    }
    return y !== undefined ? y : leaveDelegation(core, gen, d.returnValue);
  }
  if (d instanceof Delegate) {
    let thrown: { yielded: Value | undefined } | undefined;
    try {
      if (err?.kind === "GeneratorExit") d.close(core);
      else thrown = d.throwInto(core, err, raw);
    } catch (e) {
      if (core.isAnnotated(e) || !(e instanceof PyError)) throw e;
      return resume(core, gen, null, e);
    }
    if (thrown !== undefined) return thrown.yielded !== undefined ? thrown.yielded : leaveDelegation(core, gen, delegateResult);
  }
  if (err === null) throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeName(raw![0])}`);
  return resume(core, gen, null, err);
}

/** `g.close()`: GeneratorExit at the `yield` (its `finally` blocks run). */
export function closeGenerator(core: Core, gen: PyGenerator): Value {
  if (gen.state === CREATED || gen.state === DONE) {
    finish(gen);
    return null;
  }
  let y: Value | undefined;
  try {
    y = throwInto(core, gen, new PyError("GeneratorExit", ""));
  } catch (e) {
    if (e instanceof PyError && !core.isAnnotated(e) && (e.kind === "GeneratorExit" || isStopIteration(e))) return null;
    throw e;
  }
  if (y !== undefined) throw new PyError("RuntimeError", "generator ignored GeneratorExit");
  return null;
}

/**
 * SEND: sends `v` to the sub-iterator of `yield from`. Returns what it yielded, or
 * undefined when it is exhausted (its return value is then `delegateResult`).
 */
export function sendTo(core: Core, it: Value, v: Value): Value | undefined {
  if (it instanceof PyGenerator) {
    const y = resume(core, it, v, null);
    delegateResult = y === undefined ? it.returnValue : null;
    if (y === undefined) it.returnValue = null;
    return y;
  }
  if (it instanceof Delegate) return it.send(core, v);
  if (v !== null) throw new PyError("AttributeError", `'${typeName(it)}' object has no attribute 'send'`);
  const y = (it as PyIterator).next();
  delegateResult = null;
  return y;
}

/** The return value of the sub-iterator SEND last found exhausted. */
export let delegateResult: Value = null;

/** A Delegate's result once it is exhausted (read as delegateResult). */
export function setDelegateResult(v: Value): void {
  delegateResult = v;
}


/** GET_YIELD_FROM_ITER: a generator delegates as itself; anything else through iter(). */
export function yieldFromIter(core: Core, v: Value): PyIterator {
  if (v instanceof PyGenerator && !v.awaitOnly) return v;
  core.charge(SIZE.iterator);
  if (v instanceof PyInstance) {
    const it = callSpecial(v, "__iter__", []);
    if (it instanceof PyInstance && it.cls.lookup("__next__") !== undefined) return new UserDelegate(it);
    if (it instanceof PyIterator) return it;
    if (it !== undefined) throw typeError(`iter() returned non-iterator of type '${typeName(it)}'`);
  }
  return ops.getIter(v);
}

/**
 * A user iterator object that a generator delegates to with `yield from`: its own
 * `send`/`throw`/`close` methods are called when it has them (PEP 380), and the value
 * of the StopIteration that ends it is the value of the `yield from` expression.
 */
class UserDelegate extends Delegate {
  constructor(readonly obj: PyInstance) {
    super();
  }
  next(): Value | undefined {
    return this.ended(() => callSpecial(this.obj, "__next__", [])!);
  }
  /** SEND: `__next__` for None, else the object's `send` (AttributeError when it has none). */
  send(core: Core, v: Value): Value | undefined {
    if (v === null) return this.next();
    return this.ended(() => core.call(core.getAttr(this.obj, "send"), [v]));
  }
  /** g.throw at a `yield from` this object: its `throw` method if it has one (undefined if not). */
  throwInto(core: Core, err: PyError | null, raw: Value[] | null): { yielded: Value | undefined } | undefined {
    const method = this.method(core, "throw");
    if (method === undefined) return undefined;
    const args = raw ?? [exceptionValue(core, err!)];
    return { yielded: this.ended(() => core.call(method, args)) };
  }
  /** g.close at a `yield from` this object: its `close` method if it has one. */
  close(core: Core): void {
    const method = this.method(core, "close");
    if (method !== undefined) core.call(method, []);
  }
  private method(core: Core, name: string): Value | undefined {
    try {
      return core.getAttr(this.obj, name);
    } catch (e) {
      if (e instanceof PyError && e.kind === "AttributeError") return undefined;
      throw e;
    }
  }
  /** Runs a step; a StopIteration ends the delegation with its value (delegateResult). */
  private ended(step: () => Value): Value | undefined {
    try {
      const y = step();
      delegateResult = null;
      return y;
    } catch (e) {
      if (!isStopIteration(e)) throw e;
      const stop = (e as PyError).value;
      delegateResult = stop instanceof PyInstance ? (stop.args?.items[0] ?? null) : null;
      return undefined;
    }
  }
  children(): readonly Value[] {
    return [this.obj];
  }
}

/** True when `code` is a generator function's body. */
export function isGeneratorCode(code: CodeObject): boolean {
  return (code.flags & CodeFlags.GENERATOR) !== 0;
}

/** Attributes of a generator object: its methods and name. */
export function generatorAttr(core: Core, gen: PyGenerator, name: string): Value | undefined {
  const method = (fn: (args: Value[]) => Value) => new BuiltinFunction(name, (_c, args) => fn(args), gen);
  const yielded = (y: Value | undefined): Value => {
    if (y === undefined) throw stopIteration(core, gen.returnValue);
    return y;
  };
  switch (name) {
    case "__next__":
      return method((args) => {
        expectCount("__next__", args, 0, 0);
        return yielded(resume(core, gen, null, null));
      });
    case "send":
      return method((args) => {
        expectCount("send", args, 1, 1);
        return yielded(resume(core, gen, args[0], null));
      });
    case "throw":
      return method((args) => {
        expectCount("throw", args, 1, 3);
        let exc = args[0];
        if (!(exc instanceof PyClass || exc instanceof PyInstance) || !(exc instanceof PyClass ? exc : exc.cls).exception) {
          // Not an exception: only a delegate's own throw() method may take it.
          return yielded(throwInto(core, gen, null, args));
        }
        if (args.length > 1 && args[1] !== null) {
          exc = args[1] instanceof PyInstance ? args[1] : core.call(exc, [args[1]]);
        }
        return yielded(throwInto(core, gen, raiseError(core, exc, undefined, true), args));
      });
    case "close":
      return method((args) => {
        expectCount("close", args, 0, 0);
        return closeGenerator(core, gen);
      });
    case "__iter__":
      return method(() => gen);
    case "__name__":
      return gen.name;
    case "__qualname__":
      return gen.qualname;
    case "gi_running":
      return gen.state === RUNNING;
  }
  return undefined;
}

function expectCount(name: string, args: Value[], min: number, max: number): void {
  if (args.length >= min && args.length <= max) return;
  if (min === max) {
    throw typeError(min === 0 ? `generator.${name}() takes no arguments (${args.length} given)` : `generator.${name}() takes exactly one argument (${args.length} given)`);
  }
  throw typeError(`throw expected at least ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`);
}
