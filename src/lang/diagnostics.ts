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
  /** 1-based, as CPython's `offset`; 0 when the error has no column (at the end of the file). */
  readonly col: number;
  /**
   * Where the highlighted range ends (CPython's `end_lineno`/`end_offset`, exclusive):
   * the end of the node or token the error is about, else the error's own position.
   */
  readonly endLine: number;
  readonly endCol: number;
  readonly sourceLine: string;
  /** Whether a line break ends `sourceLine` (CPython counts it in the line's length). */
  readonly lineEnded: boolean;
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
    const end = pos as Partial<Span>;
    this.endLine = end.endLine ?? pos.line;
    this.endCol = end.endCol ?? pos.col;
    this.kind = kind;
    const { text, ended } = sourceLineAt(source, pos.line);
    this.sourceLine = text;
    this.lineEnded = ended;
  }

  /**
   * What the CLI's report calls the error before its message: the Python exception's
   * name (`SyntaxError: expected ':'`, as CPython's last line says it).
   */
  get label(): string {
    return this.kind;
  }

  /** The three-line report the CLI prints. */
  format(): string {
    const text = this.sourceLine.replace(/\t/g, " ");
    const caret = " ".repeat(Math.max(0, this.col - 1)) + "^";
    return `${this.file}:${this.line}:${this.col}: error: ${this.message}\n    ${text}\n    ${caret}`;
  }
}

/**
 * Source line `line` (1-based) without its line break; "" when out of range. LF, CRLF
 * and CR end a line, as in the tokenizer.
 */
export function lineOf(source: string, line: number): string {
  return sourceLineAt(source, line).text;
}

/** Source line `line` (1-based, see lineOf), and whether a line break ends it. */
function sourceLineAt(source: string, line: number): { text: string; ended: boolean } {
  const hasCR = source.includes("\r");
  const lineEnd = (from: number): number => {
    const nl = source.indexOf("\n", from);
    if (!hasCR) return nl;
    const cr = source.indexOf("\r", from);
    return cr < 0 ? nl : nl < 0 ? cr : Math.min(cr, nl);
  };
  let start = 0;
  for (let l = 1; l < line; l++) {
    const end = lineEnd(start);
    if (end < 0) return { text: "", ended: false };
    start = end + (source.startsWith("\r\n", end) ? 2 : 1);
  }
  const end = lineEnd(start);
  return { text: source.slice(start, end < 0 ? source.length : end), ended: end >= 0 };
}
