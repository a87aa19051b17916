// Runtime errors raised by ePython code. A PyError carries Python's exception kind
// and message; the interpreter adds the ePython traceback (file, line, function)
// as the error unwinds, and the device adds the core id. They are user errors, so
// the CLI prints them without any JavaScript stack.

export type ErrorKind =
  | "ZeroDivisionError" | "IndexError" | "NameError" | "TypeError" | "ValueError"
  | "OverflowError" | "MemoryError" | "RecursionError" | "AttributeError"
  | "AssertionError" | "ImportError" | "ModuleNotFoundError" | "UnboundLocalError"
  | "KeyError" | "StopIteration" | "NotImplementedError" | "RuntimeError"
  | "EOFError" | "DeadlockError" | "TimeoutError"
  // ...or the name of any other exception class a program raises (`__main__.MyError`).
  | (string & {});

export interface TraceEntry {
  file: string;
  line: number;
  func: string;
}

/**
 * The entry the unwinder records for a frame of the program (vm/exceptions.ts): a
 * TraceEntry (the plain data reports print and that crosses threads: the private
 * fields below are no properties, so structured clone and JSON leave them out), and
 * what a traceback object is built from if the program reads `__traceback__`
 * (vm/tracebackObjects.ts): the frame's code and module, its place on the stack
 * (depth and base: two entries of one activation share a frame object), the
 * instruction (tb_lasti), and a snapshot of its fast locals (an array in local order,
 * never shown to the program; null for a module's frame, whose locals are its
 * globals) and its cells (live, as CPython's). `tb`: the traceback object built for it.
 */
export class FrameEntry implements TraceEntry {
  readonly #code: object;
  readonly #globals: object;
  readonly #depth: number;
  readonly #base: number;
  readonly #pc: number;
  readonly #locals: object | null;
  readonly #cells: readonly object[] | null;
  #tb: object | null = null;
  constructor(
    public file: string, public line: number, public func: string,
    code: object, globals: object, depth: number, base: number, pc: number, locals: object | null, cells: readonly object[] | null,
  ) {
    this.#code = code;
    this.#globals = globals;
    this.#depth = depth;
    this.#base = base;
    this.#pc = pc;
    this.#locals = locals;
    this.#cells = cells;
  }
  get code(): object { return this.#code; }
  get globals(): object { return this.#globals; }
  get pc(): number { return this.#pc; }
  get locals(): object | null { return this.#locals; }
  get cells(): readonly object[] | null { return this.#cells; }
  get tb(): object | null { return this.#tb; }
  set tb(v: object | null) { this.#tb = v; }
  /** Whether `o` was recorded for the same activation of the same frame. */
  sameActivation(o: FrameEntry): boolean {
    return this.#code === o.#code && this.#depth === o.#depth && this.#base === o.#base && this.#globals === o.#globals;
  }
  /** Its place on the stack: depth (the main module's frame is 1) and base. */
  get depth(): number { return this.#depth; }
  get base(): number { return this.#base; }
}

/** A part of a PyError's traceback (see PyError.chunks): a persistent list, never changed once linked. */
interface TraceChunk {
  readonly entries: readonly TraceEntry[];
  readonly next: TraceChunk | null;
}

/**
 * An earlier exception of an uncaught error's chain, as plain data (it crosses
 * threads): printed before the error, with the sentence that links them.
 */
export interface ChainedError {
  kind: string;
  message: string;
  traceback: TraceEntry[];
  /** "cause": `raise ... from` (the direct cause); "context": raised while handling it. */
  link: "cause" | "context";
  /** An exception group's members (vm/exceptionGroups.ts). */
  group?: GroupMember[];
  /** The lines of its `__notes__` (vm/exceptionNotes.ts), printed after its message. */
  notes?: string[];
}

/** A member of an uncaught exception group, as plain data: CPython prints each in a box. */
export interface GroupMember {
  kind: string;
  message: string;
  traceback: TraceEntry[];
  /** The exceptions chained before it, outermost first. */
  chain: ChainedError[];
  /** Its own members when it is a group too. */
  group?: GroupMember[];
  /** The lines of its `__notes__`, printed after its message. */
  notes?: string[];
}

/**
 * Whether a PyError records the JavaScript stack it was made on: only for working on
 * the VM (EPYTHON_DEBUG). Python's traceback is recorded apart.
 */
const captureJsStacks = typeof process !== "undefined" && !!process.env?.EPYTHON_DEBUG;

/**
 * A Python exception in flight (thrown through the VM's JavaScript). It is an Error
 * by prototype (`instanceof Error`, `message`, `name`) but does not run Error's
 * constructor: that native call, with or without a stack, was most of the cost of
 * a raise, and a Python program may raise and catch in a loop.
 */
export class PyError {
  /** Error's fields: the JavaScript stack only under EPYTHON_DEBUG; `cause` for wrapped host errors. */
  stack?: string;
  cause?: unknown;
  /**
   * The Python error this one was raised from by the VM (PEP 479's RuntimeError, a
   * failing __set_name__): its __cause__, set when its exception object is made
   * (exceptions.ts exceptionValue, or finishChain for an error no handler saw).
   */
  causedBy?: PyError;
  /**
   * The traceback recorded so far, as a persistent list of chunks, outermost chunk
   * first (each chunk's entries outermost first); null: none yet. Unwinding puts a
   * chunk in front (prependTraceback), so unwinding through N frames that each catch
   * and re-raise (a `finally` in a deep recursion) costs O(N), not O(N^2). Chunks are
   * never changed once linked: a raise of an exception raised before shares the
   * earlier error's chunks (inheritTraceback), so raising one instance in a loop (its
   * traceback grows by a frame each time, as CPython's) costs O(1) per raise, not
   * O(length). `entries` is the flattened list once somebody reads `traceback`.
   */
  private chunks: TraceChunk | null = null;
  private entries: TraceEntry[] | null = null;
  /** The message, or null until `lazyText` makes it (see lazyMessage). */
  private text: string | null;
  /** The exception object Python code sees (a PyInstance of vm/classes.ts), once made. */
  value: unknown = null;
  /** Line of the frame whose handler last caught it (a re-raise reports that line). */
  handlerLine: number | null = null;
  /** Set by a re-raise: the line to report for the frame that re-raised it. */
  reraiseLine: number | null = null;
  /** Set by a re-raise: the entry its handler made, reused for that frame (one traceback object, as CPython's RERAISE). */
  reraiseEntry: TraceEntry | null = null;
  /** A bug of the VM, not a Python error: no `except` may catch it. */
  internal = false;
  /** Set when the error has ended its core and carries its whole traceback (Core.annotateError). */
  annotated = false;
  /**
   * The host's stack ran out (a RecursionError made by normalizeError): it may have
   * struck between a frame's charge and its linking, or inside the unwinder, so the
   * handler that takes it recounts the charge of the frames (CoreMemory.recountFrames).
   */
  hostStack = false;
  /** lazyMessage: the precision the message is formatted at. */
  textFloat32 = false;
  /**
   * The exception being handled where this one was raised (`__context__`: an exception
   * instance, or null), found when it first unwinds; undefined until then. Moved to
   * the instance once there is one (vm/exceptions.ts).
   */
  context: unknown = undefined;
  /** The frame (and line) whose handler caught it: the last entry of its traceback as a context. */
  handlerEntry: TraceEntry | null = null;
  /** The instance's `args` when not just the message (KeyError's key). */
  args: unknown[] | null = null;
  /** Set when the error ends its core: the exceptions chained before it, outermost first. */
  chain: ChainedError[] = [];
  /** Set when an exception group ends its core: its members. */
  group: GroupMember[] | null = null;
  /** Set when the error ends its core: the lines of its exception's `__notes__` (vm/exceptionNotes.ts). */
  notes: string[] | null = null;
  /**
   * What the device adds to the report of an uncaught error, on its own line below the
   * core's header (a RecursionError's memory figures): the message itself stays
   * CPython's, since `str(e)` and the report's last line must read as CPython's.
   */
  detail: string | null = null;
  /**
   * Set when an uncaught NameError or AttributeError ends its core: the name CPython's
   * report suggests after the message (". Did you mean: 'x'?", vm/suggestions.ts).
   */
  suggestion: string | null = null;
  /**
   * A NameError that has unwound: the code and globals of the frame that raised it
   * (its traceback's last frame, whose names the suggestion searches). Not the Frame
   * itself: frame objects are reused for later calls.
   */
  raisedIn: { code: { varnames: readonly string[] }; globals: { names: readonly string[]; slots: readonly unknown[] } } | null = null;
  /** An AttributeError of the attribute lookup: the object without the attribute (for the suggestion, and `e.obj`). */
  attributeOf: unknown = undefined;
  /** An AttributeError of a deletion (`del o.x`): CPython gives it no `name` or `obj` (exceptionFields.ts). */
  noAttributeContext = false;
  /**
   * A group made by except* (vm/exceptionGroups.ts): the frame (a vm Frame) it was made
   * in, which its traceback does not show (as CPython's RERAISE adds no entry).
   */
  omitFrame: object | null = null;
  constructor(
    public readonly kind: ErrorKind,
    pyMessage: string,
  ) {
    this.text = pyMessage;
    if (captureJsStacks) this.stack = new Error(this.message).stack;
  }

  /**
   * An error whose message is made from its exception (`value`) when first read, at
   * precision `float32`, by `lazyText` (str() of an exception with the built-in
   * __str__, vm/exceptions.ts): a raise that is caught never formats it. Invariant:
   * it is read while its core still runs (the core reads it when the error ends it,
   * Core.annotateError), so a Python __str__/__repr__ of an argument may still run.
   */
  static lazyMessage(kind: ErrorKind, float32: boolean): PyError {
    const e = new PyError(kind, "");
    e.text = null;
    e.textFloat32 = float32;
    return e;
  }

  /** Set by vm/exceptions.ts: the message of a lazyMessage error. */
  static lazyText: (e: PyError) => string = () => "";

  /** Python's message (str() of the exception when it was raised, or when first read for a lazyMessage error). */
  get pyMessage(): string {
    return this.text ??= PyError.lazyText(this);
  }

  get name(): string {
    return "PyError";
  }

  /**
   * A RecursionError leaving what CPython names in its message (repr of an object:
   * " while getting the repr of an object"): the first such place it leaves says so,
   * as long as no Python code has seen the exception yet.
   */
  noteRecursionContext(suffix: string, level: number): void {
    if (this.kind === "RecursionError" && this.value === null && this.text === RECURSION_TEXT && this.textLevel > level) this.text += suffix;
  }

  /** A RecursionError's textNesting when it was raised (see noteRecursionContext). */
  textLevel = 0;

  get message(): string {
    return `${this.kind}: ${this.pyMessage}`;
  }

  toString(): string {
    return `PyError: ${this.message}`;
  }

  /** Innermost call last, like Python's traceback (a live array, this error's own: callers may push to it). */
  get traceback(): TraceEntry[] {
    if (this.entries === null) {
      // No spread, no recursion: a deep recursion gives hundreds of thousands of entries.
      const all: TraceEntry[] = [];
      for (let c = this.chunks; c !== null; c = c.next) for (const e of c.entries) all.push(e);
      this.entries = all;
    }
    return this.entries;
  }

  /** Calls `fn` on each entry recorded, outermost first, without flattening them (the collector's walk). */
  forEachEntry(fn: (e: TraceEntry) => void): void {
    if (this.entries !== null) for (const e of this.entries) fn(e);
    else for (let c = this.chunks; c !== null; c = c.next) for (const e of c.entries) fn(e);
  }

  /** Replaces the entries recorded with `entries` (outermost first; not changed afterwards). */
  setTraceback(entries: readonly TraceEntry[]): void {
    this.entries = null;
    this.chunks = entries.length ? { entries, next: null } : null;
  }

  /** Puts `outer` (outermost first; not changed afterwards) before the entries already recorded (deeper frames). */
  prependTraceback(outer: readonly TraceEntry[]): void {
    if (outer.length === 0) return;
    // Whatever was read (and maybe pushed to) becomes one chunk of its own: entries
    // given out are never shared with another error.
    if (this.entries !== null) {
      this.chunks = this.entries.length ? { entries: this.entries, next: null } : null;
      this.entries = null;
    }
    this.chunks = { entries: outer, next: this.chunks };
  }

  /**
   * Starts this (new, empty) error's traceback as `before`'s, with `first` (if any)
   * in front: shares its chunks when nobody has read its entries, else copies them.
   */
  inheritTraceback(before: PyError, first: TraceEntry | null): void {
    let tail: TraceChunk | null;
    if (before.entries === null) tail = before.chunks;
    else tail = before.entries.length ? { entries: before.entries.slice(), next: null } : null;
    this.chunks = first === null ? tail : { entries: [first], next: tail };
    this.entries = null;
  }
}
// An Error by prototype only (see the class comment).
Object.setPrototypeOf(PyError.prototype, Error.prototype);

export const typeError = (msg: string) => new PyError("TypeError", msg);
export const valueError = (msg: string) => new PyError("ValueError", msg);
export const indexError = (msg: string) => new PyError("IndexError", msg);
export const overflowError = (msg: string) => new PyError("OverflowError", msg);
export const zeroDivision = (msg: string) => new PyError("ZeroDivisionError", msg);

/**
 * KeyError raised with a message rather than a key (set.pop(), dict.popitem() when
 * empty): e.args[0] is the text itself, while str(e) and the report show its repr,
 * as CPython's KeyError('pop from an empty set').
 */
export function keyErrorText(text: string): PyError {
  const err = new PyError("KeyError", `'${text}'`);
  err.args = [text];
  return err;
}

/**
 * Recursion that went too deep (past the recursion limit, the core's memory for
 * frames, or the host's stack): CPython's RecursionError text (what `str(e)` shows and
 * the report's last line), with what bounded it as the report's detail line.
 */
const RECURSION_TEXT = "maximum recursion depth exceeded";

/**
 * How many str()/repr() calls of objects' own methods are running (classes.ts
 * objectText): a RecursionError raised deeper than the one that catches it recursed
 * through them, and takes CPython's " while getting the repr of an object".
 */
export const textNesting = { depth: 0 };

export function recursionError(detail: string): PyError {
  const e = new PyError("RecursionError", RECURSION_TEXT);
  e.textLevel = textNesting.depth;
  e.detail = detail;
  return e;
}

/** CPython's list of missing parameters: 'a'; 'a' and 'b'; 'a', 'b', and 'c'. */
export function nameList(names: string[]): string {
  const list = names.map((m) => `'${m}'`);
  if (list.length <= 2) return list.join(" and ");
  return `${list.slice(0, -1).join(", ")}, and ${list[list.length - 1]}`;
}
