// The introspection attributes of a Python function that are views of its code and
// of the values it was made with: `__defaults__`, `__kwdefaults__`, `__closure__`
// (its cells, whose `cell_contents` is live, as CPython's), `__globals__` and
// `__code__` (a read-only code object with CPython's `co_*` fields), and
// `__annotations__` (the annotations' source text, as under `from __future__ import
// annotations`: the compiler keeps them in a constant, CodeFlags.ANNOTATIONS). core.ts getAttr
// and setAttr ask here before a function's own attributes: `__defaults__` and
// `__kwdefaults__` can be replaced (calls bind with the new values, as in CPython),
// `__closure__` and `__globals__` are read-only, and `__code__` cannot be replaced
// on a core (an error says so rather than storing a value calls would ignore).
//
// Memory: the tuples and dicts made here are charged as any other (core.newTuple,
// PyDict); the code object itself is part of the program image, like the bytecode,
// and is made once per code object (so `f.__code__ is g.__code__` when f and g share
// their code, as in CPython).

import { annotationsConst, CodeFlags, posonlyCount, type CodeObject } from "../bytecode/code.js";
import { PyError, typeError } from "./errors.js";
import { SIZE } from "./memory.js";
import { PyDict } from "./dict.js";
import { globalsOf } from "./introspection.js";
import type { Core } from "./core.js";
import { Cell, PyCodeInfo, PyFunction, PyTuple, type Value } from "./values.js";



// CPython's co_flags bits (Include/cpython/code.h), for `co_flags`.
const CO_OPTIMIZED = 0x1;
const CO_NEWLOCALS = 0x2;
const CO_VARARGS = 0x4;
const CO_VARKEYWORDS = 0x8;
const CO_NESTED = 0x10;
const CO_GENERATOR = 0x20;
const CO_COROUTINE = 0x80;
const CO_ASYNC_GENERATOR = 0x200;

function coFlags(code: CodeObject): number {
  let f = CO_OPTIMIZED | CO_NEWLOCALS;
  if (code.flags & CodeFlags.VARARGS) f |= CO_VARARGS;
  if (code.flags & CodeFlags.VARKW) f |= CO_VARKEYWORDS;
  if (code.flags & CodeFlags.ASYNC_GENERATOR) f |= CO_ASYNC_GENERATOR;
  else if (code.flags & CodeFlags.COROUTINE) f |= CO_COROUTINE;
  else if (code.flags & CodeFlags.GENERATOR) f |= CO_GENERATOR;
  // Defined inside another function (CPython sets it for every nested code object).
  if (code.qualname.includes("<locals>")) f |= CO_NESTED;
  return f;
}

/** The indices of `code.freevars` (and of its function's closure cells) in CPython's order: by name. */
function closureOrder(code: CodeObject): number[] {
  return code.freevars.map((_, i) => i).sort((a, b) => (code.freevars[a] < code.freevars[b] ? -1 : code.freevars[a] > code.freevars[b] ? 1 : 0));
}

const codeInfos = new WeakMap<CodeObject, PyCodeInfo>();

function codeInfo(core: Core, code: CodeObject): PyCodeInfo {
  let info = codeInfos.get(code);
  if (info === undefined) {
    // Compiler-made hidden locals ('.' names) are left out, but for a comprehension's
    // iterator parameter, which CPython names '.0' too.
    const varnames = code.varnames.filter((n, i) => !n.startsWith(".") || (i === 0 && n === ".0"));
    const tuple = (xs: string[]) => core.newTuple(xs.slice());
    // CPython sorts a code object's free variables by name; __closure__ follows them (closureOrder).
    info = new PyCodeInfo(code, new Map<string, Value>([
      ["co_name", code.name],
      ["co_qualname", code.qualname],
      ["co_filename", code.file],
      ["co_firstlineno", code.firstLine],
      ["co_argcount", code.argcount],
      ["co_posonlyargcount", posonlyCount(code)],
      ["co_kwonlyargcount", code.kwonlycount],
      ["co_nlocals", varnames.length],
      ["co_varnames", tuple(varnames)],
      ["co_cellvars", tuple(code.cellvars)],
      ["co_freevars", tuple(closureOrder(code).map((i) => code.freevars[i]))],
      ["co_flags", coFlags(code)],
    ]));
    codeInfos.set(code, info);
  }
  return info;
}

/** Attribute `name` of function `fn` that is one of the views above, or undefined. */
export function functionAttribute(core: Core, fn: PyFunction, name: string): Value | undefined {
  switch (name) {
    case "__defaults__":
      return fn.defaults === null || fn.defaults.length === 0 ? null : core.newTuple(fn.defaults.slice());
    case "__kwdefaults__": {
      if (fn.kwdefaults === null || fn.kwdefaults.size === 0) return null;
      const d = new PyDict(core);
      for (const [k, v] of fn.kwdefaults) d.set(k, v);
      return d;
    }
    case "__closure__": {
      const cells = fn.closure;
      return cells === null || cells.length === 0 ? null : core.newTuple(closureOrder(fn.code).map((i) => cells[i]));
    }
    case "__globals__":
      // A snapshot, as globals() is on a core (docs/language.md, Introspection).
      return globalsOf(core, fn.globals);
    case "__code__":
      return codeInfo(core, fn.code);
    case "__annotations__": {
      // Made on first read and kept as the function's own attribute, so that it is
      // the same (mutable) dict every time, as CPython's.
      const d = new PyDict(core);
      const code = fn.code;
      if (code.flags & CodeFlags.ANNOTATIONS) {
        const k = code.consts[annotationsConst(code)] as readonly string[];
        for (let i = 0; i < k.length; i += 2) d.set(k[i], k[i + 1]);
      }
      core.setAttr(fn, name, d);
      return d;
    }
    default:
      return undefined;
  }
}

/** `cell.cell_contents` (live: the variable's current value), or undefined for another name. */
export function cellAttribute(cell: Cell, name: string): Value | undefined {
  if (name !== "cell_contents") return undefined;
  if (cell.value === undefined) throw new PyError("ValueError", "Cell is empty");
  return cell.value;
}

/**
 * `fn.name = v` for the attributes above: true when done here (or an error raised as
 * CPython raises it), false for any other name (a function attribute of the program's).
 */
export function setFunctionAttribute(core: Core, fn: PyFunction, name: string, v: Value): boolean {
  switch (name) {
    case "__defaults__":
      if (v !== null && !(v instanceof PyTuple)) throw typeError("__defaults__ must be set to a tuple object");
      if (v !== null) core.mem.charge(SIZE.slot * v.items.length);
      fn.defaults = v === null || v.items.length === 0 ? null : v.items.slice();
      return true;
    case "__kwdefaults__": {
      if (v !== null && !(v instanceof PyDict)) throw typeError("__kwdefaults__ must be set to a dict object");
      const m = new Map<string, Value>();
      if (v !== null) {
        for (const k of v.keyList()) if (typeof k === "string") m.set(k, v.get(k)!);
        core.mem.charge(SIZE.slot * m.size);
      }
      fn.kwdefaults = m.size === 0 ? null : m;
      return true;
    }
    case "__closure__":
    case "__globals__":
      throw new PyError("AttributeError", "readonly attribute");
    case "__code__":
      if (!(v instanceof PyCodeInfo)) throw typeError("__code__ must be set to a code object");
      throw new PyError("NotImplementedError", "ePython cannot replace a function's __code__ (its code is compiled into the program's image)");
    default:
      return false;
  }
}

/** `cell.cell_contents = v` (true), or false for another name. */
export function setCellAttribute(cell: Cell, name: string, v: Value): boolean {
  if (name !== "cell_contents") return false;
  cell.value = v;
  return true;
}
