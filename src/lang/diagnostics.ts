// Diagnostics carried with source positions. Every user-facing compile error is an
// EPythonSyntaxError (or subclass): the CLI prints it as
//   file:line:col: error: message
//       <source line>
//       ^
// and exits with status 1. Internal exceptions must never escape the front end;
// the fuzz tests check exactly that.

export interface SourcePos {
  /** 1-based line. */
  line: number;
  /** 1-based column (in characters of the line). */
  col: number;
}

export interface Span extends SourcePos {
  endLine: number;
  endCol: number;
}

export class EPythonSyntaxError extends Error {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly sourceLine: string;
  /** Python's exception name: SyntaxError, IndentationError, TabError. */
  readonly kind: string;

  constructor(
    message: string,
    file: string,
    pos: SourcePos,
    source: string,
    kind = "SyntaxError",
  ) {
    super(message);
    this.name = "EPythonSyntaxError";
    this.file = file;
    this.line = pos.line;
    this.col = pos.col;
    this.kind = kind;
    this.sourceLine = lineOf(source, pos.line);
  }

  /** The three-line report the CLI prints. */
  format(): string {
    const text = this.sourceLine.replace(/\t/g, " ");
    const caret = " ".repeat(Math.max(0, this.col - 1)) + "^";
    return `${this.file}:${this.line}:${this.col}: error: ${this.message}\n    ${text}\n    ${caret}`;
  }
}

/** Source line `line` (1-based) without its newline; "" when out of range. */
export function lineOf(source: string, line: number): string {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = source.indexOf("\n", start);
    if (nl < 0) return "";
    start = nl + 1;
  }
  let end = source.indexOf("\n", start);
  if (end < 0) end = source.length;
  return source.slice(start, end).replace(/\r$/, "");
}
