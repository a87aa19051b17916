// Public entry point of the front end: `parse(source, file)` → typed AST (ast.ts) or
// the first EPythonSyntaxError. No other exception escapes: nesting is bounded
// (brackets 200, indentation 100, expression depth 1000), input is never sliced
// quadratically, and every loop consumes input.

import type { Dialect, Module } from "./ast.js";
import { parseSource } from "./parser.js";
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
  return parseSource(normaliseNewlines(source), file, options.dialect ?? "python3");
}

/**
 * Parses a file's bytes: decodes them as CPython reads source (UTF-8, BOM, PEP 263
 * coding line; see source.ts), then parses the text.
 */
export function parseBytes(bytes: Uint8Array, file: string, options: ParseOptions = {}): Module {
  return parse(decodeSource(bytes, file), file, options);
}

export { decodeSource };

export { EPythonSyntaxError } from "./diagnostics.js";
export * from "./ast.js";
