// Compiled code: what the bytecode emitter produces, the image file stores and the
// interpreter runs. One CodeObject per function body, lambda, comprehension and
// module body; a Program bundles the modules of one ePython program (the main file
// and every user module it imports), because a core cannot read files.

/**
 * A constant as stored in the image. Floats are tagged so that 1.0 stays a float;
 * bytes literals are tagged too, their bytes held as code units 0..255, and ints
 * beyond int32 are big int constants (their decimal text).
 */
export type Const = number | { float: number } | { bytes: string } | BigIntConst | string | CodeObject | readonly string[];

/** True for a bytes constant (`{ bytes }`). */
export function isBytesConst(k: Const): k is { bytes: string } {
  return typeof k === "object" && k !== null && "bytes" in k;
}

/** An int literal beyond int32 (Python 3 dialect: a big int, vm/bigint.ts), as its decimal text. */
export interface BigIntConst {
  bigint: string;
}

export function isBigIntConst(k: unknown): k is BigIntConst {
  return typeof k === "object" && k !== null && typeof (k as { bigint?: unknown }).bigint === "string";
}

/**
 * The canonical text of a big int constant: decimal, no leading zeros, an optional
 * '-', and a value outside int32 (an int32 is always a plain int constant: one form
 * per value). The image decoder rejects anything else.
 */
export function isCanonicalBigIntText(s: string): boolean {
  if (!/^-?[1-9][0-9]*$/.test(s) || s.length > 1_000_000) return false;
  const v = BigInt(s);
  return v < -2147483648n || v > 2147483647n;
}

export const CodeFlags = {
  /** Has a `*args` parameter (the local after the keyword-only ones). */
  VARARGS: 1,
  /** Has a `**kwargs` parameter (reported as unsupported for now). */
  VARKW: 2,
  /** Module body (its locals are the module globals). */
  MODULE: 4,
  /**
   * Classic dialect: defaults are re-evaluated on every call. The defaults tuple only
   * marks which parameters are optional; a missing argument stays unbound and the
   * function's prologue (JUMP_IF_BOUND) computes its default.
   */
  FRESH_DEFAULTS: 8,
  /** A generator function (its body starts with GEN_START). */
  GENERATOR: 16,
  /** Constant 0 is the function's docstring, a str (`__doc__`; compiler/docstrings.ts). */
  DOC: 32,
  /** With GENERATOR: an `async def` without `yield`; its call makes a coroutine (vm/coroutines.ts). */
  COROUTINE: 64,
  /** With GENERATOR: an `async def` with `yield`; its call makes an async generator. */
  ASYNC_GENERATOR: 128,
  /**
   * The constant after the docstring (0 without DOC, else 1) is the function's
   * annotations as their source text, [name, text, name, text...] (`__annotations__`;
   * vm/functionAttributes.ts).
   */
  ANNOTATIONS: 256,
} as const;

/** Index of the annotations constant of a code flagged ANNOTATIONS. */
export function annotationsConst(code: { flags: number }): number {
  return code.flags & CodeFlags.DOC ? 1 : 0;
}

/**
 * The count of positional-only parameters (PEP 570) rides in the flags word, from this
 * bit up, so that the image layout stays as it is: `posonlyCount(code)` reads it. The
 * verifier checks it is at most `argcount`.
 */
export const POSONLY_SHIFT = 12;

/**
 * The flags that change how a call binds its arguments or runs the body. The others
 * (DOC, the positional-only count) leave a call with positional arguments only as it
 * is, so the interpreter's and the baseline compiler's direct-call paths mask them off.
 */
export const CALL_FLAGS = CodeFlags.VARARGS | CodeFlags.VARKW | CodeFlags.MODULE | CodeFlags.FRESH_DEFAULTS | CodeFlags.GENERATOR;

/** How many leading positional parameters of `code` are positional-only (before `/`). */
export function posonlyCount(code: { flags: number }): number {
  return code.flags >>> POSONLY_SHIFT;
}

export interface CodeObject {
  name: string;
  /** CPython's co_qualname: `C.m`, `f.<locals>.g` (argument errors, reprs, `__qualname__`). */
  qualname: string;
  file: string;
  firstLine: number;
  /** Positional parameters (they are locals 0..argcount-1). */
  argcount: number;
  /** Keyword-only parameters (locals argcount..argcount+kwonlycount-1). */
  kwonlycount: number;
  flags: number;
  /** Names of the fast locals; parameters come first. */
  varnames: string[];
  /**
   * Variables of this function captured by nested functions, stored in cells.
   * cellArgs[i] is the parameter index whose value seeds cell i, or -1.
   */
  cellvars: string[];
  cellArgs: number[];
  /** Captured variables of enclosing functions (cells after the cellvars). */
  freevars: string[];
  /** Maximum operand-stack depth. */
  stacksize: number;
  /** Instructions: opcode words followed by operand words. */
  code: Int32Array;
  /** Source line of the instruction starting at each word (0 for operand words). */
  lines: Int32Array;
  consts: Const[];
  /** Attribute, method and import names. */
  names: string[];
  /** The module's global names; LOAD_GLOBAL operands index this (shared by all codes of a module). */
  globals: string[];
}

export interface ModuleUnit {
  /** Import name ("__main__" for the program itself). */
  name: string;
  code: CodeObject;
  /**
   * Content hash of the module's source text (checksum.ts contentHash), recorded at
   * compile time: a traceback quotes a line of `code.file` only if the file on disk
   * still has this hash, so a stale or forged file name shows no foreign text.
   */
  sourceHash: string;
}

export interface Program {
  dialect: "python3" | "classic";
  /** Main module first, then user modules in import order. */
  modules: ModuleUnit[];
}

export function isCodeObject(c: unknown): c is CodeObject {
  return typeof c === "object" && c !== null && "code" in c && (c as CodeObject).code instanceof Int32Array;
}
