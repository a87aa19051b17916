// The introspection attributes of a Python function that are views of its code and
// of the values it was made with: `__defaults__`, `__kwdefaults__`, `__closure__`
// (its cells, whose `cell_contents` is live, as CPython's), `__globals__` and
// `__code__` (codeObjects.ts: CPython's `co_*` fields), and
// `__annotations__` (the annotations' source text, as under `from __future__ import
// annotations`: the compiler keeps them in a constant, CodeFlags.ANNOTATIONS). core.ts getAttr
// and setAttr ask here before a function's own attributes: `__defaults__` and
// `__kwdefaults__` can be replaced (calls bind with the new values, as in CPython),
// `__closure__` and `__globals__` are read-only, and `__code__` cannot be replaced
// on a core (an error says so rather than storing a value calls would ignore).
//
// Memory: the tuples and dicts made here are charged as any other (core.newTuple,
// PyDict); the code object is codeObjects.ts's, charged once per code and core (so
// `f.__code__ is g.__code__` when f and g share their code, as in CPython).

import { annotationsConst, CodeFlags } from "../bytecode/code.js";
import { PyError, typeError } from "./errors.js";
import { SIZE } from "./memory.js";
import { PyDict } from "./dict.js";
import { globalsOf } from "./introspection.js";
import type { Core } from "./core.js";
import { BuiltinFunction, Cell, PyFunction, PyTuple, type Value } from "./values.js";
import { functionDeletion, PyBoundMethod, PyInstance, WRAPPER_BYTES } from "./classes.js";
import { closureOrder, codeClass, codeObjectOf } from "./codeObjects.js";

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
      // As globals(): writes through it are globals (introspection.ts globalsOf).
      return globalsOf(core, fn.globals);
    case "__code__":
      return codeObjectOf(core, fn.code);
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
    case "__get__":
      // The descriptor protocol by hand (`f.__get__(obj, cls)`): a method bound to obj,
      // or the function itself for None, as CPython's function.__get__.
      return new BuiltinFunction("__get__", (c, args) => {
        if (args.length < 1 || args.length > 2) throw typeError(`expected 1 or 2 arguments, got ${args.length}`);
        const obj = args[0];
        if (obj === null) return fn;
        c.charge(WRAPPER_BYTES);
        return new PyBoundMethod(obj, fn);
      }, fn);
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
/**
 * Names a program may set on a function that are the function's own fields in CPython,
 * kept in `attrs` here but not part of its `__dict__`.
 */
const FUNCTION_FIELDS = new Set(["__name__", "__qualname__", "__module__", "__doc__", "__annotations__"]);

/** `f.__dict__` (and vars(f)): the attributes a program set on f, a new dict. */
export function functionDict(core: Core, fn: PyFunction): PyDict {
  const d = new PyDict(core);
  for (const [k, v] of fn.attrs ?? []) if (!FUNCTION_FIELDS.has(k)) d.set(k, v);
  return d;
}

export function setFunctionAttribute(core: Core, fn: PyFunction, name: string, v: Value): boolean {
  switch (name) {
    case "__name__":
    case "__qualname__":
      if (typeof v !== "string") throw typeError(`${name} must be set to a string object`);
      return false;
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
      if (!(v instanceof PyInstance && v.cls === codeClass)) throw typeError("__code__ must be set to a code object");
      throw new PyError("NotImplementedError", "ePython cannot replace a function's __code__ (its code is compiled into the program's image)");
    default:
      return false;
  }
}

/**
 * `del f.name`: an attribute the program set goes; CPython's function fields revert
 * (`__doc__`, `__module__`, `__defaults__`, `__kwdefaults__` to None) or refuse.
 */
export function deleteFunctionAttribute(fn: PyFunction, name: string): void {
  switch (name) {
    case "__name__":
    case "__qualname__":
      throw typeError(`${name} must be set to a string object`);
    case "__dict__":
      throw typeError("cannot delete __dict__");
    case "__closure__":
    case "__globals__":
      throw new PyError("AttributeError", "readonly attribute");
    case "__defaults__":
      fn.defaults = null;
      return;
    case "__kwdefaults__":
      fn.kwdefaults = null;
      return;
    case "__doc__":
    case "__module__":
      (fn.attrs ??= new Map()).set(name, null);
      return;
  }
  if (fn.attrs?.delete(name)) return;
  const e = new PyError("AttributeError", `'function' object has no attribute '${name}'`);
  e.noAttributeContext = true;
  throw e;
}

functionDeletion.hook = deleteFunctionAttribute;

/** `cell.cell_contents = v` (true), or false for another name. */
export function setCellAttribute(cell: Cell, name: string, v: Value): boolean {
  if (name !== "cell_contents") return false;
  cell.value = v;
  return true;
}
