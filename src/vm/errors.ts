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

export class PyError extends Error {
  /** Innermost call last, like Python's traceback. */
  readonly traceback: TraceEntry[] = [];
  /** The exception object Python code sees (a PyInstance of vm/classes.ts), once made. */
  value: unknown = null;
  /** Line of the frame whose handler last caught it (a re-raise reports that line). */
  handlerLine: number | null = null;
  /** Set by a re-raise: the line to report for the frame that re-raised it. */
  reraiseLine: number | null = null;
  /** A bug of the VM, not a Python error: no `except` may catch it. */
  internal = false;
  constructor(
    public readonly kind: ErrorKind,
    public readonly pyMessage: string,
  ) {
    super(`${kind}: ${pyMessage}`);
    this.name = "PyError";
  }

  /** Puts `outer` (outermost first) before the entries already recorded (deeper frames). */
  prependTraceback(outer: TraceEntry[]): void {
    // No spread: a deep recursion gives hundreds of thousands of entries.
    const deeper = this.traceback.splice(0, this.traceback.length);
    for (const e of outer) this.traceback.push(e);
    for (const e of deeper) this.traceback.push(e);
  }
}

export const typeError = (msg: string) => new PyError("TypeError", msg);
export const valueError = (msg: string) => new PyError("ValueError", msg);
export const indexError = (msg: string) => new PyError("IndexError", msg);
export const overflowError = (msg: string) => new PyError("OverflowError", msg);
export const zeroDivision = (msg: string) => new PyError("ZeroDivisionError", msg);
