// Exceptions of the Python 3 dialect: CPython's hierarchy of built-in exception
// classes (as classes of the object model, vm/classes.ts), `raise`, matching in
// `except`, and the unwinder that finds a handler when an error leaves an instruction.
//
// One error, two faces: the VM raises PyError (kind + message; errors.ts) from
// everywhere, and Python code sees an exception *instance*. The instance of a VM error
// is made when a handler first catches it (`exceptionValue`): its class is the
// built-in class named by the error's kind, its args the message. `raise` goes the
// other way: it makes a PyError whose kind is the class's name (`__main__.MyError` for
// a user class, as CPython's traceback names it) and whose `value` is the instance.
//
// Handlers: SETUP_EXCEPT pushes (handler pc, operand-stack depth) on its frame's
// block stack, POP_BLOCK pops it. When an error leaves an instruction the unwinder
// pops frames (adding each to the error's traceback and releasing its memory) until
// one has a block, restores that depth, pushes the exception and jumps to the
// handler. It never unwinds past a frame entered from TypeScript (core.call: a
// special method, a callback of a builtin): there it rethrows, so the error passes
// through the builtin and the interpreter loop below it goes on searching.
//
// Not catchable (they end the core as before): the run's time limit, deadlocks and
// timeouts of the device, and internal errors of the VM.

import { type ChainedError, FrameEntry, type GroupMember, PyError, recursionError, type TraceEntry } from "./errors.js";
import { CodeFlags } from "../bytecode/code.js";
import { Op } from "../bytecode/opcodes.js";
import { Frame, FrameKind } from "./frame.js";
import type { Core } from "./core.js";
import { TimeLimitReached } from "./watchdog.js";
import { repr as reprValue, str as strValue } from "./format.js";
import { INSTANCE_BYTES, PyClass, PyInstance, builtinNew, exitCode, isBuiltinException, objectClass, setExceptionInit, tracebackHooks } from "./classes.js";
import { BuiltinFunction, PyIterator, PyTuple, type Value } from "./values.js";
import { listBytes } from "./memory.js";
import { typeName } from "./args.js";
import { installOSError, osErrorText } from "./osError.js";
import { installUnicodeErrors, setUnicodeErrorAttrs, unicodeErrorText } from "./unicodeError.js";
import { addNote, notesOf } from "./exceptionNotes.js";
import { suggestionFor } from "./suggestions.js";

/** CPython 3.11's built-in exceptions: [name, base]. */
const HIERARCHY: [string, string][] = [
  ["SystemExit", "BaseException"], ["KeyboardInterrupt", "BaseException"],
  ["GeneratorExit", "BaseException"], ["Exception", "BaseException"],
  ["ArithmeticError", "Exception"], ["FloatingPointError", "ArithmeticError"],
  ["OverflowError", "ArithmeticError"], ["ZeroDivisionError", "ArithmeticError"],
  ["AssertionError", "Exception"], ["AttributeError", "Exception"], ["BufferError", "Exception"],
  ["EOFError", "Exception"], ["ImportError", "Exception"], ["ModuleNotFoundError", "ImportError"],
  ["LookupError", "Exception"], ["IndexError", "LookupError"], ["KeyError", "LookupError"],
  ["MemoryError", "Exception"], ["NameError", "Exception"], ["UnboundLocalError", "NameError"],
  ["OSError", "Exception"], ["TimeoutError", "OSError"], ["ReferenceError", "Exception"],
  ["RuntimeError", "Exception"], ["NotImplementedError", "RuntimeError"],
  ["RecursionError", "RuntimeError"], ["StopIteration", "Exception"], ["SystemError", "Exception"],
  ["TypeError", "Exception"], ["ValueError", "Exception"], ["UnicodeError", "ValueError"],
  ["UnicodeEncodeError", "UnicodeError"], ["UnicodeDecodeError", "UnicodeError"],
  ["Warning", "Exception"], ["UserWarning", "Warning"], ["DeprecationWarning", "Warning"],
  ["RuntimeWarning", "Warning"], ["SyntaxWarning", "Warning"], ["FutureWarning", "Warning"],
  ["PendingDeprecationWarning", "Warning"], ["ImportWarning", "Warning"], ["UnicodeWarning", "Warning"],
  ["BytesWarning", "Warning"], ["ResourceWarning", "Warning"], ["EncodingWarning", "Warning"],
  ["SyntaxError", "Exception"], ["IndentationError", "SyntaxError"], ["TabError", "IndentationError"],
  ["StopAsyncIteration", "Exception"], ["FileNotFoundError", "OSError"], ["FileExistsError", "OSError"],
  ["PermissionError", "OSError"], ["IsADirectoryError", "OSError"], ["NotADirectoryError", "OSError"],
  ["InterruptedError", "OSError"], ["ConnectionError", "OSError"], ["ProcessLookupError", "OSError"],
  ["BlockingIOError", "OSError"], ["ChildProcessError", "OSError"], ["BrokenPipeError", "ConnectionError"],
  ["ConnectionAbortedError", "ConnectionError"], ["ConnectionRefusedError", "ConnectionError"],
  ["ConnectionResetError", "ConnectionError"],
];

const builtin = (name: string, fn: (core: Core, args: Value[]) => Value) =>
  new BuiltinFunction(name, fn as unknown as BuiltinFunction["fn"]);

const baseException = new PyClass("BaseException", "builtins", [objectClass], new Map<string, Value>([
  ["__init__", builtin("__init__", (core, args) => {
    const self = args[0];
    if (self instanceof PyInstance) self.args = core.newTuple(args.slice(1));
    return null;
  })],
  ["__str__", builtin("__str__", (_c, args) => exceptionText(args[0] as PyInstance, "str"))],
  ["__repr__", builtin("__repr__", (_c, args) => exceptionText(args[0] as PyInstance, "repr"))],
  // Takes any arguments (they become `args`), so `super().__new__(cls, *args)` works in a subclass.
  ["__new__", builtinNew("BaseException", () => {})],
  ["add_note", addNote],
]), true);

setExceptionInit(baseException.dict.get("__init__")!);

/** The built-in exception classes by name. */
export const exceptionClasses = new Map<string, PyClass>([["BaseException", baseException]]);
for (const [name, base] of HIERARCHY) {
  exceptionClasses.set(name, new PyClass(name, "builtins", [exceptionClasses.get(base)!], new Map()));
}
installOSError(exceptionClasses);
installUnicodeErrors(exceptionClasses);

/** str()/repr() of an exception instance without its own __str__/__repr__ (CPython's rules). */
export function exceptionText(e: PyInstance, how: "str" | "repr"): string {
  const core = currentFloat32;
  const args = e.args?.items ?? [];
  if (how === "repr") {
    return `${e.cls.name}(${args.map((a) => reprValue(a, core)).join(", ")})`;
  }
  if (e.text !== null) return e.text;
  const os = osErrorText(e, core) ?? unicodeErrorText(e, core);
  if (os !== null) return os;
  if (args.length === 0) return "";
  if (args.length === 1) return e.cls.isSubclassOf(exceptionClasses.get("KeyError")!) ? reprValue(args[0], core) : strValue(args[0], core);
  return reprValue(new PyTuple(args), core);
}
/** The precision of the core whose exception is being formatted (set by the unwinder and raise). */
let currentFloat32 = true;

/** The exception object of an error, made when Python code first sees it. */
export function exceptionValue(core: Core, err: PyError): PyInstance {
  if (err.value instanceof PyInstance) return err.value;
  const cls = exceptionClasses.get(err.kind) ?? exceptionClasses.get("RuntimeError")!;
  const inst = new PyInstance(cls);
  inst.args = new PyTuple(err.args ? (err.args as Value[]).slice() : err.pyMessage === "" ? [] : [err.pyMessage]);
  inst.text = err.pyMessage;
  inst.error = err;
  if (err.context instanceof PyInstance) inst.context = err.context;
  err.value = inst;
  if (err.causedBy !== undefined) {
    // CPython's _PyErr_FormatFromCause: the cause is the context too, and the context is not shown.
    inst.cause = inst.context = exceptionValue(core, err.causedBy);
    inst.suppressContext = true;
  }
  // Charged like any instance, except when the core has no room left (the error may
  // be the MemoryError itself): the handler must still see it.
  try {
    core.charge(INSTANCE_BYTES + listBytes(inst.args.items.length));
    setUnicodeErrorAttrs(core, inst);
  } catch { /* out of memory: the exception exists regardless */ }
  return inst;
}

/** The `code` of an uncaught SystemExit (an error leaving the core), or undefined for any other error. */
export function systemExitCode(core: Core, e: unknown): Value | undefined {
  if (!(e instanceof PyError) || e.internal) return undefined;
  const systemExit = exceptionClasses.get("SystemExit")!;
  if (e.value instanceof PyInstance) return e.value.cls.isSubclassOf(systemExit) ? exitCode(e.value) : undefined;
  return e.kind === "SystemExit" ? exitCode(exceptionValue(core, e)) : undefined;
}

/** RAISE: the error for `raise exc [from cause]` (exc a class or an instance); `fromThrow`: for g.throw(), whose TypeError wording differs. */
export function raiseError(core: Core, exc: Value, cause: Value | undefined, fromThrow = false): PyError {
  currentFloat32 = core.float32;
  const inst = instantiate(core, exc, "exceptions must derive from BaseException", fromThrow);
  if (cause !== undefined) {
    inst.cause = cause === null ? null : instantiate(core, cause, "exception causes must derive from BaseException");
    inst.suppressContext = true;
  }
  // The message is made only when read, as CPython formats an exception only to print
  // it: a caught exception's __str__ never runs.
  const err = PyError.lazyMessage(inst.cls.qualifiedName, core.float32);
  // As CPython, raising an exception raised before goes on with its traceback: the
  // frames this raise unwinds come before the ones it already passed through.
  const before = inst.error;
  const set = tracebackHooks.toRaise(inst);
  if (set !== undefined) err.setTraceback(set);
  else if (before !== null) err.inheritTraceback(before, before.handlerEntry);
  err.value = inst;
  inst.error = err;
  return err;
}

// The message of a raised exception, made when first read (raiseError).
PyError.lazyText = (err) => {
  const inst = err.value;
  return inst instanceof PyInstance ? printedText(inst, err.textFloat32) : "";
};

/**
 * str() of an exception as a traceback prints it: through a class's own __str__ (or
 * its arguments' __str__/__repr__), CPython's text when that raises.
 */
export function printedText(inst: PyInstance, float32: boolean): string {
  const saved = currentFloat32;
  currentFloat32 = float32;
  try {
    return strValue(inst, float32);
  } catch (e) {
    if (e instanceof PyError && !e.internal && !(e instanceof TimeLimitReached)) return "<exception str() failed>";
    throw e;
  } finally {
    currentFloat32 = saved;
  }
}

function instantiate(core: Core, v: Value, message: string, bareTypeName = false): PyInstance {
  if (v instanceof PyClass && v.exception) {
    const made = core.call(v, []);
    if (made instanceof PyInstance && made.cls.exception) return made;
    // A __new__ that returned something else: CPython names the class and the result's
    // type (its repr after `raise`, its bare name after g.throw()).
    const got = bareTypeName ? typeName(made) : reprValue(core.getAttr(made, "__class__"), core.float32);
    throw new PyError("TypeError", `calling ${reprValue(v, core.float32)} should have returned an instance of BaseException, not ${got}`);
  }
  if (v instanceof PyInstance && v.cls.exception) return v;
  throw new PyError("TypeError", message);
}

/** RERAISE: raises a caught exception again, keeping its traceback. */
export function reraise(v: Value): PyError {
  if (v instanceof PyInstance && v.error) {
    v.error.reraiseLine = v.error.handlerLine;
    // Unwinding adds the handler's frame to the traceback itself now (the same entry),
    // after the traceback the program set, if it did.
    const set = tracebackHooks.toRaise(v);
    if (set !== undefined) v.error.setTraceback(set);
    v.error.reraiseEntry = set !== undefined ? null : v.error.handlerEntry;
    v.error.handlerEntry = null;
    return v.error;
  }
  return new PyError("RuntimeError", "No active exception to reraise");
}

/**
 * Bare `raise` (RAISE 0): the exception being handled — by this frame's innermost
 * except clause or finally, or else by a caller's (as CPython's exc_info, a function
 * called from an except clause re-raises the caller's exception).
 */
export function reraiseHandled(top: Frame, core: Core): PyError {
  const exc = handledException(top, core);
  return exc ? reraise(exc) : new PyError("RuntimeError", "No active exception to reraise");
}

// ------------------------------------------------------------ exception context
// The emitter keeps the exception an except clause (or a finally, or a `with`'s
// __exit__ call) is handling in a hidden variable `.excN` (N = nesting depth), and
// clears it to None whenever the clause is left (normally, by break/continue, or by
// re-raising). So the exception being handled is the innermost non-None `.excN` of the
// innermost frame that has one: no bookkeeping at run time until something is raised.

/** Where a code's `.excN` variables live (kept in its CodeRuntime: read on every raise). */
export interface HiddenSlots {
  /** Their indices in the code's varnames (globals for a module's code), deepest N first. */
  readonly slots: readonly number[];
  /** N of each index that is a `.excN` variable; -1 for the others. */
  readonly depthOf: Int32Array;
}

function hiddenSlotsOf(f: Frame): HiddenSlots {
  let h = f.rt.hidden;
  if (h === null) {
    const code = f.code;
    const names = code.flags & CodeFlags.MODULE ? code.globals : code.varnames;
    const depthOf = new Int32Array(names.length).fill(-1);
    const found: number[] = [];
    names.forEach((n, i) => {
      if (n.startsWith(".exc")) {
        depthOf[i] = Number(n.slice(4));
        found.push(i);
      }
    });
    h = f.rt.hidden = { slots: found.sort((a, b) => depthOf[b] - depthOf[a]), depthOf };
  }
  return h;
}

/**
 * On entering the handler at `frame.pc`: the except clauses and finallies nested in
 * its try statement are left by this exception, so their `.excJ` (J deeper than the
 * handler's own `.excK`, which its first instruction stores) are cleared.
 */
function clearInnerHandled(frame: Frame, core: Core): void {
  const code = frame.code;
  const op = code.code[frame.pc];
  const module = (code.flags & CodeFlags.MODULE) !== 0;
  if (op !== (module ? Op.STORE_GLOBAL : Op.STORE_FAST)) return;
  const { slots, depthOf } = hiddenSlotsOf(frame);
  const depth = depthOf[code.code[frame.pc + 1]] ?? -1;
  if (depth < 0) return;
  for (const i of slots) {
    if (depthOf[i] <= depth) break; // deepest first
    if (module) frame.globals.slots[frame.globals.index.get(code.globals[i])!] = null;
    else core.stack[frame.base + i] = null;
  }
}

/** The exception being handled at frame `top` (see above), or null. */
export function handledException(top: Frame, core: Core): PyInstance | null {
  for (let f: Frame | null = top; f; f = f.parent) {
    const slots = hiddenSlotsOf(f).slots;
    if (slots.length === 0) continue;
    const module = (f.code.flags & CodeFlags.MODULE) !== 0;
    for (const i of slots) {
      const v = module ? f.globals.slots[f.globals.index.get(f.code.globals[i])!] : core.stack[f.base + i];
      if (v instanceof PyInstance) return v;
    }
  }
  return null;
}

/**
 * Sets `err`'s context, once, where it is raised (`top`): the exception being handled
 * there, unless it is the error itself. As CPython, a cycle through the new exception
 * is cut where the context chain would come back to it.
 */
function setContext(err: PyError, top: Frame, core: Core): void {
  // An error the VM raised from another (PEP 479's RuntimeError) has that one as its context.
  let ctx: PyInstance | null = err.causedBy !== undefined ? exceptionValue(core, err.causedBy) : handledException(top, core);
  const self = err.value instanceof PyInstance ? err.value : null;
  if (ctx === self) ctx = null;
  if (ctx && self) {
    for (let c: PyInstance = ctx; ; ) {
      const next = c.context;
      if (next === self) {
        c.context = null;
        break;
      }
      if (!(next instanceof PyInstance)) break;
      c = next;
    }
  }
  err.context = ctx;
  if (self) self.context = ctx;
}

/**
 * The chain printed before an uncaught error (CPython's order: the earliest first):
 * each `__cause__`, or else `__context__` unless `__suppress_context__`.
 */
export function exceptionChain(err: PyError, core: Core): ChainedError[] {
  const chain: ChainedError[] = [];
  const seen = new Set<unknown>();
  let inst: PyInstance | null = err.value instanceof PyInstance ? err.value : null;
  let cause: Value = inst ? inst.cause : null;
  let context: Value = inst ? inst.context : err.context instanceof PyInstance ? err.context : null;
  let suppress = inst ? inst.suppressContext : false;
  seen.add(inst);
  for (;;) {
    const link = cause instanceof PyInstance ? "cause" : context instanceof PyInstance && !suppress ? "context" : null;
    if (link === null) break;
    const next = (link === "cause" ? cause : context) as PyInstance;
    if (seen.has(next)) break;
    seen.add(next);
    const e = next.error;
    const traceback = e ? [...(e.handlerEntry ? [e.handlerEntry] : []), ...e.traceback] : [];
    const link1: ChainedError = { kind: e ? e.kind : next.cls.qualifiedName, message: e ? e.pyMessage : printedText(next, core.float32), traceback, link };
    const group = groupMembers?.(next, core);
    if (group) link1.group = group;
    const notes = notesOf(core, next);
    if (notes) link1.notes = notes;
    chain.unshift(link1);
    inst = next;
    cause = inst.cause;
    context = inst.context;
    suppress = inst.suppressContext;
  }
  return chain;
}

/** Called when `err` ends the core: its context (if not yet known) and its chain (and a group's members). */
export function finishChain(err: PyError, top: Frame | null, core: Core): void {
  if (err.causedBy !== undefined) exceptionValue(core, err); // its __cause__ (PyError.causedBy)
  if (err.context === undefined && top) setContext(err, top, core);
  // "Did you mean": a NameError's from the names of the frame that raised it (`top`
  // when it has not unwound, else the frame popFrames recorded: the error may have
  // unwound through a builtin's nested call, a __repr__ under print()); an
  // AttributeError's from the object.
  if (err.kind === "NameError" || err.kind === "AttributeError") {
    const scope = err.traceback.length === 0 ? top : err.raisedIn ?? top;
    if (scope) err.suggestion = suggestionFor(err, scope, core);
  }
  err.chain = exceptionChain(err, core);
  if (err.value instanceof PyInstance) {
    err.group = groupMembers?.(err.value, core) ?? null;
    err.notes = notesOf(core, err.value) ?? null;
  }
}

/** An exception group's members for its report (set by exceptionGroups.ts, which imports this module). */
let groupMembers: ((e: PyInstance, core: Core) => GroupMember[] | null) | null = null;
export function setGroupMembers(f: (e: PyInstance, core: Core) => GroupMember[] | null): void {
  groupMembers = f;
}

/** JUMP_IF_NOT_EXC_MATCH: does exception `exc` match the `except` clause's type(s)? */
export function exceptionMatches(exc: Value, type: Value): boolean {
  if (type instanceof PyClass && type.exception) return exc instanceof PyInstance && (exc.cls === type || exc.cls.isSubclassOf(type));
  // A tuple matches when any of its classes does; every item must be an exception class.
  const types = type instanceof PyTuple ? type.items : [type];
  let match = false;
  for (const t of types) {
    if (!(t instanceof PyClass && t.exception)) {
      throw new PyError("TypeError", "catching classes that do not inherit from BaseException is not allowed");
    }
    if (!match && exc instanceof PyInstance && (exc.cls === t || exc.cls.isSubclassOf(t))) match = true;
  }
  return match;
}

/**
 * The error an exception leaving the interpreter is, as a PyError (host exceptions
 * that stand for a Python error become one). `internal` marks a bug of the VM: no
 * handler may swallow it.
 */
export function normalizeError(coreId: number, e: unknown): PyError {
  if (e instanceof PyError) return e;
  let err: PyError;
  if (hostStackOverflow(e)) {
    // Recursion through builtins (repr of a self-referencing __repr__, __getattr__
    // calling getattr): each level nests the interpreter, so the host's stack ends it
    // before the recursion limit. CPython's text; where it came from on the detail line.
    err = recursionError(`core ${coreId}'s recursion through built-in functions ran out of the host's stack`);
    err.hostStack = true;
  } else if (e instanceof RangeError && /(map|set) maximum size exceeded/i.test(e.message)) {
    // V8's hash tables (behind dicts, sets, attribute tables) stop at 2**24 entries.
    err = new PyError("MemoryError", `core ${coreId} cannot hold more than 16,777,216 entries in one dict, set or namespace: the host's limit`);
  } else if (e instanceof RangeError && /invalid (string|array) length|allocation failed/i.test(e.message)) {
    // A value larger than the host can hold (e.g. a 2**31-wide format field).
    err = new PyError("MemoryError", `core ${coreId} cannot build a value that large (${e.message.toLowerCase()})`);
  } else {
    const msg = e instanceof Error ? e.message : String(e);
    err = new PyError("RuntimeError", `internal error: ${msg}`);
    err.cause = e;
    err.internal = true;
  }
  return err;
}

/**
 * Whether host error `e` says the host's stack ran out: V8's RangeError, or the
 * SyntaxError its regular expressions raise when the stack is almost used up (so no
 * regular expression here: near the end of the stack it would fail itself).
 */
function hostStackOverflow(e: unknown): boolean {
  return (e instanceof RangeError && e.message.includes("call stack")) || (e instanceof SyntaxError && e.message.endsWith("Stack overflow"));
}

/**
 * The device's own DeadlockError and TimeoutError (a kernel past its time limit) end
 * the run; a TimeoutError the program raises (an instance, e.g. asyncio.wait_for's) is
 * an ordinary exception.
 */
function catchable(err: PyError): boolean {
  return !err.internal && !(err instanceof TimeLimitReached) && err.kind !== "DeadlockError" &&
    (err.kind !== "TimeoutError" || err.value !== null);
}

/**
 * Whether a handler of the program may take `e` (unwindToHandler would look for one
 * rather than end the core): compiled code unwinds only such errors itself, and hands
 * the others (an error that ends the core, already annotated) to the interpreter.
 */
export function handlerMayTake(core: Core, e: unknown): boolean {
  return !core.isAnnotated(e) && catchable(normalizeError(core.id, e));
}

/** The snapshot of `f`'s fast locals a traceback entry keeps (FrameEntry): null for a module's frame. */
function localsOf(core: Core, f: Frame): Value[] | null {
  if (f.code.flags & CodeFlags.MODULE) return null;
  // A loop, not stack.slice: slicing the core's large stack array takes V8's slow path.
  const n = f.code.varnames.length, base = f.base, stack = core.stack;
  const items = new Array<Value>(n);
  for (let i = 0; i < n; i++) items[i] = stack[base + i];
  return items;
}

/** The traceback entry of frame `f` at `line`, with the snapshot of its locals `locals`. */
function entryOf(f: Frame, line: number, locals: Value[] | null): FrameEntry {
  return new FrameEntry(f.code.file, line, f.code.name, f.code, f.globals, f.depth, f.base, f.pc - 1, locals, f.cells);
}

/** Whether `e` was recorded for frame `f` as it runs now (its activation: a frame object is reused by later calls). */
function isEntryOf(e: TraceEntry, f: Frame): boolean {
  return e instanceof FrameEntry && e.code === f.code && e.depth === f.depth && e.base === f.base && e.globals === f.globals;
}

/**
 * The entry of frame `f` as it leaves: its frame's charge is released, the snapshot
 * of its locals stays charged (as a tuple: 8 B + 4 B per local). `again`: the entry of
 * a re-raise (PyError.reraiseEntry), reused when it was made for this activation.
 */
function leavingEntry(core: Core, f: Frame, line: number, again: TraceEntry | null): TraceEntry {
  if (again !== null && isEntryOf(again, f)) {
    core.mem.releaseFrame(f.bytes);
    return again;
  }
  const locals = localsOf(core, f);
  core.mem.releaseFrameKeeping(f.bytes, locals === null ? 0 : listBytes(locals.length));
  return entryOf(f, line, locals);
}

/** A generator object as the unwinder sees it (duck-typed: this module cannot import generators.ts, which imports it, without an import cycle through the builtins). */
interface UnwoundGenerator {
  finish(): void;
  readonly kindText: GeneratorKind;
  readonly code: unknown;
}

/** Whether `f` is the frame of a generator resumed in place (by a loop, or consumed by a builtin). */
function inPlaceGenerator(f: Frame): boolean {
  return f.kind === FrameKind.Generator || f.kind === FrameKind.Consumer;
}

/** The generator resumed in place (FrameKind.Generator, FrameKind.Consumer) whose frame `f` is: stack[retSlot] (vm/generators.ts). */
function generatorOf(core: Core, f: Frame): UnwoundGenerator {
  return core.stack[f.retSlot] as unknown as UnwoundGenerator;
}

/** The innermost frame of a generator resumed in place among `top` .. below `stop`, or null. */
function innermostGenerator(top: Frame, stop: Frame | null): Frame | null {
  for (let f: Frame | null = top; f && f !== stop; f = f.parent) if (inPlaceGenerator(f)) return f;
  return null;
}

/**
 * Pops frames `top` .. below `stop`, adding them to err's traceback (outermost first);
 * `line` is top's. Returns the line of `stop`, where the error goes on.
 */
function popFrames(core: Core, err: PyError, top: Frame, stop: Frame | null, line: number, again: TraceEntry | null = null): number {
  if (top === stop) return line;
  if (err.kind === "NameError" && err.raisedIn === null) err.raisedIn = { code: top.code, globals: top.globals };
  const popped: TraceEntry[] = [];
  let f: Frame | null = top;
  while (f !== stop) {
    if (f === err.omitFrame) {
      err.omitFrame = null; // leaving it: a later reuse of the frame object is another call
      core.mem.releaseFrame(f!.bytes);
    } else popped.push(leavingEntry(core, f!, line, f === top ? again : null));
    if (inPlaceGenerator(f!)) generatorOf(core, f!).finish();
    f = f!.parent;
    // The core is at the innermost frame not popped yet, so that an error here (the
    // host's stack running out) leaves it consistent for leaveNestedRun.
    core.frame = f;
    if (f) line = f.lineAt(f.pc - 1);
  }
  err.prependTraceback(popped.reverse());
  return line;
}

/**
 * A nested run (core.call, a generator's resume: a builtin calling back into Python
 * code) that began with frame `top` current ends with `e`; returns the error for its
 * caller. An error the unwinder raised has left the core at `top` already. Anything
 * else — the host's stack ran out where no unwinder ran (a function's entry, a
 * builtin), or in the unwinder itself — may have left frames of the run above `top`:
 * they are popped here as the unwinder pops them (charges released, generators among
 * them done, their lines in the traceback), so the core stays consistent and the error
 * is a Python one (RecursionError) that the caller's handlers may take, as often as
 * it happens.
 */
export function leaveNestedRun(core: Core, top: Frame | null, e: unknown): unknown {
  if (core.isAnnotated(e)) return e;
  const err = normalizeError(core.id, e);
  const popped: TraceEntry[] = [];
  const stopDepth = top === null ? 0 : top.depth;
  for (let f = core.frame; f !== null && f !== top && f.depth > stopDepth; f = core.frame) {
    popped.push(leavingEntry(core, f, f.lineAt(f.pc - 1), null));
    const g = core.stack[f.retSlot];
    // A generator's frame, resumed in place or as a nested run whose own cleanup did not run.
    if (inPlaceGenerator(f) || (f.kind === FrameKind.Boundary && g instanceof PyIterator && (g as unknown as UnwoundGenerator).code === f.code)) {
      (g as unknown as UnwoundGenerator).finish();
    }
    core.frame = f.parent;
  }
  if (popped.length) err.prependTraceback(popped.reverse());
  return err;
}

/**
 * The entry of the frame whose handler caught an error: the snapshot of its locals is
 * taken now (before the handler binds the exception), charged as a tuple; when the
 * core has no room left the handler still runs, its entry without locals charged.
 */
function handlerEntryOf(core: Core, frame: Frame, line: number): FrameEntry {
  const locals = localsOf(core, frame);
  if (locals !== null) {
    try {
      core.charge(listBytes(locals.length));
    } catch { /* out of memory: the handler must still see its exception */ }
  }
  return entryOf(frame, line, locals);
}

/** How CPython's messages name a generator-like object (PyGenerator.kindText). */
export type GeneratorKind = "generator" | "coroutine" | "async generator";

/**
 * PEP 479: a StopIteration leaving the body of a generator, coroutine or async
 * generator (or a StopAsyncIteration leaving an async generator's) becomes
 * RuntimeError, with it as __cause__ and __context__ (CPython's _PyGen_SetStopIterationValue
 * callers: gen_send_ex2).
 */
export function stopIterationToRuntimeError(e: PyError, kind: GeneratorKind): PyError {
  const escaped = isBuiltinException(e, "StopIteration") ? "StopIteration"
    : kind === "async generator" && isBuiltinException(e, "StopAsyncIteration") ? "StopAsyncIteration" : null;
  if (escaped === null) return e;
  // Its traceback starts where it leaves the generator (the body's frames are its cause's).
  const r = new PyError("RuntimeError", `${kind} raised ${escaped}`);
  r.causedBy = e;
  return r;
}

/**
 * Called by the interpreter when `e` leaves an instruction of frame `top` (its pc
 * saved). Returns with the core at the handler (core.frame, its pc, core.sp set) when
 * one is found up to the nearest frame entered from TypeScript; otherwise throws: the
 * annotated error when the core's outermost frame is reached (the core ends, as
 * before), else the error itself for the builtin that made the nested call.
 */
export function unwindToHandler(core: Core, e: unknown, top: Frame): void {
  if (core.isAnnotated(e)) throw e;
  let err = normalizeError(core.id, e);
  if (!catchable(err)) throw core.annotateError(err, top);
  if (err.context === undefined) setContext(err, top, core);
  let h: Frame | null = top;
  while (h && !(h.blocks && h.blocks.length) && h.kind !== FrameKind.Boundary && h.kind !== FrameKind.Main) h = h.parent;
  const found = h !== null && h.blocks !== null && h.blocks.length > 0;
  // Pop the frames above the handler's (or, with no handler, up to and including the
  // boundary frame), adding them to the traceback outermost first. A generator resumed
  // in place among them is done; the error leaving the innermost one may become PEP
  // 479's RuntimeError, whose traceback starts at the frame that resumed it.
  const uncaught = !found && (h === null || h.kind === FrameKind.Main);
  const stop = uncaught ? null : found ? h : h!.parent;
  let line = err.reraiseLine ?? top.lineAt(top.pc - 1);
  let again = err.reraiseEntry;
  err.reraiseEntry = null;
  let from = top;
  const gen = innermostGenerator(top, uncaught ? h : stop);
  if (gen !== null) {
    const kind = generatorOf(core, gen).kindText;
    err.reraiseLine = null;
    line = popFrames(core, err, top, gen.parent, line, again);
    again = null;
    err = stopIterationToRuntimeError(err, kind);
    from = gen.parent!;
    core.frame = from;
  }
  if (uncaught) throw core.annotateError(err, from);
  err.reraiseLine = null;
  line = popFrames(core, err, from, stop, line, again);
  if (!found) {
    core.frame = stop;
    core.sp = h!.retSlot;
    throw err;
  }
  const frame = h!;
  const blocks = frame.blocks!;
  if (err.hostStack) core.mem.recountFrames(frame);
  err.handlerLine = line;
  err.handlerEntry = frame === err.omitFrame ? null : again !== null && from === frame && isEntryOf(again, frame) ? again : handlerEntryOf(core, frame, line);
  const sp = blocks.pop()!;
  frame.pc = blocks.pop()!;
  clearInnerHandled(frame, core);
  core.frame = frame;
  currentFloat32 = core.float32;
  const exc = exceptionValue(core, err);
  core.stack[sp] = exc;
  core.sp = sp + 1;
}
