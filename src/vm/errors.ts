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
  /** Entries recorded so far (deeper frames), innermost call last. */
  private entries: TraceEntry[] = [];
  /**
   * Outer frames added by unwinding, each chunk outermost first, later chunks outer to
   * earlier ones. Kept apart so that unwinding through N frames that each catch and
   * re-raise (a `finally` in a deep recursion) costs O(N), not O(N^2).
   */
  private outerChunks: TraceEntry[][] = [];
  /** The exception object Python code sees (a PyInstance of vm/classes.ts), once made. */
  value: unknown = null;
  /** Line of the frame whose handler last caught it (a re-raise reports that line). */
  handlerLine: number | null = null;
  /** Set by a re-raise: the line to report for the frame that re-raised it. */
  reraiseLine: number | null = null;
  /** A bug of the VM, not a Python error: no `except` may catch it. */
  internal = false;
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
   * A group made by except* (vm/exceptionGroups.ts): the frame (a vm Frame) it was made
   * in, which its traceback does not show (as CPython's RERAISE adds no entry).
   */
  omitFrame: object | null = null;
  constructor(
    public readonly kind: ErrorKind,
    public readonly pyMessage: string,
  ) {
    if (captureJsStacks) this.stack = new Error(this.message).stack;
  }

  get name(): string {
    return "PyError";
  }

  get message(): string {
    return `${this.kind}: ${this.pyMessage}`;
  }

  toString(): string {
    return `PyError: ${this.message}`;
  }

  /** Innermost call last, like Python's traceback (a live array: callers may push to it). */
  get traceback(): TraceEntry[] {
    if (this.outerChunks.length) {
      // No spread: a deep recursion gives hundreds of thousands of entries.
      const all: TraceEntry[] = [];
      for (let i = this.outerChunks.length - 1; i >= 0; i--) for (const e of this.outerChunks[i]) all.push(e);
      for (const e of this.entries) all.push(e);
      this.entries = all;
      this.outerChunks = [];
    }
    return this.entries;
  }

  /** Puts `outer` (outermost first) before the entries already recorded (deeper frames). */
  prependTraceback(outer: TraceEntry[]): void {
    this.outerChunks.push(outer);
  }
}
// An Error by prototype only (see the class comment).
Object.setPrototypeOf(PyError.prototype, Error.prototype);

export const typeError = (msg: string) => new PyError("TypeError", msg);
export const valueError = (msg: string) => new PyError("ValueError", msg);
export const indexError = (msg: string) => new PyError("IndexError", msg);
export const overflowError = (msg: string) => new PyError("OverflowError", msg);
export const zeroDivision = (msg: string) => new PyError("ZeroDivisionError", msg);
