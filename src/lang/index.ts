// Public entry point of the front end: `parse(source, file)` → typed AST (ast.ts) or
// the first EPythonSyntaxError. No other exception escapes: nesting is bounded
// (brackets 200, indentation 100, expression depth 1000), input is never sliced
// quadratically, and every loop consumes input.

import type { Dialect, Module } from "./ast.js";
import { parseSource } from "./parser.js";
import { EPythonSyntaxError } from "./diagnostics.js";
import { decodeSource } from "./source.js";
import { normaliseNewlines } from "./tokenizer.js";

export interface ParseOptions {
  /** "python3" (default) or "classic" (programs for the original ePython). */
  dialect?: Dialect;
}

/**
 * Parses a whole file. Node spans are 1-based; `endCol` is exclusive (the column
 * just after the node's last character); columns count UTF-16 units of the line.
 */
export function parse(source: string, file: string, options: ParseOptions = {}): Module {
  // CRLF and CR line endings become "\n" here as well as in SourceFile: parseSource
  // sizes its token stream by the text it is given.
  const text = normaliseNewlines(source);
  // As CPython: text given as a string (not decoded from bytes) may not hold NUL either.
  const nul = text.indexOf("\0");
  if (nul >= 0) {
    const line = text.slice(0, nul).split("\n").length;
    const col = nul - text.lastIndexOf("\n", nul - 1);
    throw new EPythonSyntaxError("source code cannot contain null bytes", file, { line, col }, text);
  }
  return parseSource(text, file, options.dialect ?? "python3");
}

/**
 * Parses a file's bytes: decodes them as CPython reads source (UTF-8, BOM, PEP 263
 * coding line; see source.ts), then parses the text.
 */
export function parseBytes(bytes: Uint8Array, file: string, options: ParseOptions = {}): Module {
  return parse(decodeSource(bytes, file), file, options);
}

export { decodeSource };

export { EPythonSyntaxError };
export * from "./ast.js";
