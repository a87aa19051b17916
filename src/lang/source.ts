// Source bytes → text, as CPython reads a file (PEP 263 and PEP 3120):
// - UTF-8 by default; a UTF-8 byte order mark is skipped;
// - a coding declaration in a comment on line 1, or on line 2 when line 1 is blank or
//   a comment (`# -*- coding: latin-1 -*-`, `# vim: set fileencoding=utf-8 :`),
//   selects utf-8, latin-1 or ascii (with CPython's aliases);
// - an unknown encoding, bytes the encoding cannot decode, and NUL bytes are
//   SyntaxErrors with a line and column.
// Line endings are left as they are: the tokenizer reads LF, CRLF and CR alike.
// Browser-safe: TextDecoder only, no node: imports.

import { EPythonSyntaxError, type SourcePos } from "./diagnostics.js";

type Encoding = "utf-8" | "latin-1" | "ascii";

/** PEP 263's regular expression, applied to a comment line. */
const CODING_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
/** A line that may precede the coding line: blank or a comment only. */
const BLANK_OR_COMMENT_RE = /^[ \t\f]*(?:#.*)?$/;

/**
 * CPython's codec name normalisation (lower case, runs of punctuation and spaces to
 * "_") followed by its alias table, for the codecs we support.
 */
const ENCODINGS: ReadonlyMap<string, Encoding> = new Map([
  ...["utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"].map((n) => [n, "utf-8"] as const),
  ...["latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100",
    "csisolatin1", "iso_8859_1_1987", "ibm819"].map((n) => [n, "latin-1"] as const),
  ...["ascii", "us_ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367",
    "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us"].map((n) => [n, "ascii"] as const),
]);

function lookupEncoding(name: string): Encoding | null {
  const norm = name.toLowerCase().replace(/[^a-z0-9.]+/g, "_").replace(/^_+|_+$/g, "");
  // CPython's tokenizer also maps "utf-8-*" and "latin-1-*"/"iso-8859-1-*" itself.
  if (/^utf_8_/.test(norm)) return "utf-8";
  if (/^(latin_1|iso_8859_1|iso_latin_1)_/.test(norm)) return "latin-1";
  return ENCODINGS.get(norm) ?? null;
}

/** Byte offsets where lines 1, 2, ... start (LF, CRLF and CR end a line). */
function lineStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

/** The first two lines as Latin-1 text, without line breaks: enough to read a coding comment. */
function firstTwoLines(bytes: Uint8Array): string[] {
  const out: string[] = [];
  let start = 0;
  for (let k = 0; k < 2 && start <= bytes.length; k++) {
    let end = start;
    while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
    out.push(latin1(bytes.subarray(start, end)));
    start = end + (bytes[end] === 0x0d && bytes[end + 1] === 0x0a ? 2 : 1);
  }
  return out;
}

function latin1(bytes: Uint8Array): string {
  let out = "";
  // Chunks keep the argument list of fromCharCode short.
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, Math.min(i + 8192, bytes.length)));
  }
  return out;
}

/** The declared encoding name and its position, or null when there is no declaration. */
function codingDeclaration(bytes: Uint8Array): { name: string; pos: SourcePos } | null {
  const lines = firstTwoLines(bytes);
  for (let k = 0; k < lines.length; k++) {
    const m = CODING_RE.exec(lines[k]!);
    if (m) return { name: m[1]!, pos: { line: k + 1, col: m[0].length - m[1]!.length + 1 } };
    if (!BLANK_OR_COMMENT_RE.test(lines[k]!)) return null;
  }
  return null;
}

/** Why UTF-8 decoding fails at byte `i`, as Python's codec words it; null if valid there. */
function utf8Error(bytes: Uint8Array, i: number): { length: number; reason: string | null } {
  const b = bytes[i]!;
  if (b < 0x80) return { length: 1, reason: null };
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) lo = 0xa0;
    else if (b === 0xed) hi = 0x9f; // no surrogates in UTF-8
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) lo = 0x90;
    else if (b === 0xf4) hi = 0x8f;
  } else return { length: 1, reason: "invalid start byte" };
  for (let k = 1; k <= need; k++) {
    if (i + k >= bytes.length) return { length: 1, reason: "unexpected end of data" };
    const c = bytes[i + k]!;
    if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return { length: 1, reason: "invalid continuation byte" };
  }
  return { length: need + 1, reason: null };
}

/** The first byte UTF-8 cannot decode, with Python's reason. Only called once TextDecoder failed. */
function firstUtf8Error(bytes: Uint8Array): { offset: number; reason: string } {
  for (let i = 0; i < bytes.length;) {
    const e = utf8Error(bytes, i);
    if (e.reason !== null) return { offset: i, reason: e.reason };
    i += e.length;
  }
  // TextDecoder and this check disagree: cannot happen for well-formed UTF-8 rules.
  return { offset: bytes.length, reason: "invalid data" };
}

/**
 * 1-based line and column of byte `offset` (the column counts the UTF-16 units of the
 * decoded line before it, as the tokenizer's columns do), and where its line starts.
 */
function positionOf(bytes: Uint8Array, offset: number, encoding: Encoding): SourcePos & { lineStart: number } {
  const starts = lineStarts(bytes.subarray(0, offset));
  const lineStart = starts[starts.length - 1]!;
  const prefix = safeDecode(bytes.subarray(lineStart, offset), encoding);
  return { line: starts.length, col: prefix.length + 1, lineStart };
}

const utf8Decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Decodes a source file's bytes to text as CPython does (see the file comment).
 * Throws EPythonSyntaxError, with the position of the offending byte, for an unknown
 * encoding, undecodable bytes and NUL bytes.
 */
export function decodeSource(bytes: Uint8Array, file: string): string {
  // Everything below works on the bytes after the BOM; positions count from there.
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;

  let encoding: Encoding = "utf-8";
  const decl = codingDeclaration(body);
  if (decl !== null) {
    const enc = lookupEncoding(decl.name);
    const fail = (message: string): never => {
      throw new EPythonSyntaxError(message, file, decl.pos, safeDecode(body, "utf-8"));
    };
    if (enc === null) fail(`unknown encoding: ${decl.name}`);
    if (bom && enc !== "utf-8") fail(`encoding problem: ${decl.name} with BOM`);
    encoding = enc!;
  }

  const nul = body.indexOf(0);
  if (nul >= 0) {
    const pos = positionOf(body, nul, encoding);
    throw new EPythonSyntaxError("source code cannot contain null bytes", file, pos, safeDecode(body, encoding));
  }

  if (encoding === "latin-1") return latin1(body);
  if (encoding === "ascii") {
    const bad = body.findIndex((b) => b >= 0x80);
    if (bad < 0) return latin1(body);
    throw decodeError(body, file, bad, "ascii", "ordinal not in range(128)");
  }
  try {
    return utf8Decoder.decode(body);
  } catch {
    const { offset, reason } = firstUtf8Error(body);
    throw decodeError(body, file, offset, "utf-8", reason);
  }
}

/**
 * CPython's message for undecodable source, "(unicode error) 'utf-8' codec can't
 * decode byte 0xff in position N: invalid start byte"; N is the byte's offset in its
 * line, and the error points at the character where decoding stopped.
 */
function decodeError(bytes: Uint8Array, file: string, offset: number, codec: string, reason: string): EPythonSyntaxError {
  const pos = positionOf(bytes, offset, "utf-8");
  const byte = bytes[offset]!.toString(16).padStart(2, "0");
  return new EPythonSyntaxError(
    `(unicode error) '${codec}' codec can't decode byte 0x${byte} in position ${offset - pos.lineStart}: ${reason}`,
    file,
    pos,
    safeDecode(bytes, "utf-8"),
  );
}

/** Text for showing a source line in an error: undecodable bytes become U+FFFD. */
function safeDecode(bytes: Uint8Array, encoding: Encoding): string {
  return encoding === "utf-8" ? new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) : latin1(bytes);
}
