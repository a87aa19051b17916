// Code objects and generator frames as programs read them: `f.__code__` (co_name,
// co_qualname, co_filename, co_firstlineno, co_argcount, co_posonlyargcount,
// co_kwonlyargcount, co_nlocals, co_varnames, co_cellvars, co_freevars, co_flags),
// and a generator's `gi_code`, `gi_frame`, `gi_yieldfrom` and `gi_suspended` (a coroutine's `cr_*`,
// an async generator's `ag_*`).
//
// A code object is an instance of the class `code` with those attributes, made once
// per code and core (so `g.gi_code is gen.__code__`), charged as an instance with its
// attributes when made. A generator's frame is a snapshot taken when asked, as
// sys._getframe's (modules/frameSnapshot.ts): `f_code`, `f_lineno` (the line it is
// suspended at, the `def` line before it starts), `f_globals` and `f_back` (None); it
// does not follow the generator afterwards. A finished generator's frame is None.

import { CodeFlags, posonlyCount, type CodeObject } from "../bytecode/code.js";
import { Op } from "../bytecode/opcodes.js";
import { ATTRIBUTE_BYTES, INSTANCE_BYTES, PyClass, PyInstance, address, objectClass } from "./classes.js";
import { typeError } from "./errors.js";
import type { Core } from "./core.js";
import { CREATED, DONE, RUNNING, SUSPENDED, type PyGenerator } from "./generators.js";
import { globalsOf } from "./introspection.js";
import { BuiltinFunction, type PyModule, type Value } from "./values.js";

// CPython's repr: `<code object f at 0x..., file "prog.py", line 3>`.
const codeRepr = new BuiltinFunction("__repr__", (_c, args) => {
  const co = args[0];
  if (!(co instanceof PyInstance) || co.cls !== codeClass) throw typeError("descriptor '__repr__' requires a 'code' object");
  return `<code object ${String(co.dict.get("co_name"))} at ${address(co.id)}, file "${String(co.dict.get("co_filename"))}", line ${String(co.dict.get("co_firstlineno"))}>`;
});
export const codeClass = new PyClass("code", "builtins", [objectClass], new Map<string, Value>([["__module__", "builtins"], ["__repr__", codeRepr]]));
const frameClass = new PyClass("frame", "builtins", [objectClass], new Map<string, Value>([["__module__", "builtins"]]));

/** An instance of `cls` with these attributes, charged as such. */
function instance(core: Core, cls: PyClass, attrs: [string, Value][]): PyInstance {
  core.charge(INSTANCE_BYTES + ATTRIBUTE_BYTES * attrs.length);
  const inst = new PyInstance(cls);
  for (const [k, v] of attrs) inst.dict.set(k, v);
  return inst;
}

// CPython's co_flags bits.
const CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8, CO_NESTED = 0x10;
const CO_GENERATOR = 0x20, CO_COROUTINE = 0x80, CO_ASYNC_GENERATOR = 0x200;

function coFlags(code: CodeObject): number {
  const f = code.flags;
  let r = f & CodeFlags.MODULE ? 0 : CO_OPTIMIZED | CO_NEWLOCALS;
  if (f & CodeFlags.VARARGS) r |= CO_VARARGS;
  if (f & CodeFlags.VARKW) r |= CO_VARKEYWORDS;
  // Defined inside a function (CPython's "nested" scope): its qualname passes through <locals>.
  if (code.qualname.includes("<locals>")) r |= CO_NESTED;
  if (f & CodeFlags.ASYNC_GENERATOR) r |= CO_ASYNC_GENERATOR;
  else if (f & CodeFlags.COROUTINE) r |= CO_COROUTINE;
  else if (f & CodeFlags.GENERATOR) r |= CO_GENERATOR;
  return r;
}

/**
 * The indices of `code.freevars` (and of its function's closure cells) in CPython's
 * order, by name: co_freevars and `__closure__` (functionAttributes.ts) follow it.
 */
export function closureOrder(code: CodeObject): number[] {
  return code.freevars.map((_, i) => i).sort((a, b) => (code.freevars[a] < code.freevars[b] ? -1 : code.freevars[a] > code.freevars[b] ? 1 : 0));
}

/** `fn.__code__`, `gen.gi_code`: the code object of `code` on this core. */
export function codeObjectOf(core: Core, code: CodeObject): PyInstance {
  const made = core.moduleState("code objects", () => new WeakMap<CodeObject, PyInstance>());
  let co = made.get(code);
  if (co === undefined) {
    // The compiler's hidden locals (`.exc0`, `.0`...) are no variables of the program.
    const varnames = code.varnames.filter((n) => !n.startsWith("."));
    co = instance(core, codeClass, [
      ["co_name", code.name],
      ["co_qualname", code.qualname],
      ["co_filename", code.file],
      ["co_firstlineno", code.firstLine],
      ["co_argcount", code.argcount],
      ["co_posonlyargcount", posonlyCount(code)],
      ["co_kwonlyargcount", code.kwonlycount],
      ["co_nlocals", varnames.length],
      ["co_varnames", core.newTuple(varnames)],
      ["co_cellvars", core.newTuple(code.cellvars.slice())],
      ["co_freevars", core.newTuple(closureOrder(code).map((i) => code.freevars[i]))],
      ["co_flags", coFlags(code)],
    ]);
    made.set(code, co);
  }
  return co;
}

/** The line a suspended generator stopped at: that of the instruction before its resume point. */
function suspendedLine(gen: PyGenerator): number {
  const lines = gen.code.lines;
  for (let i = Math.min(gen.pc - 1, lines.length - 1); i >= 0; i--) if (lines[i] > 0) return lines[i];
  return gen.code.firstLine;
}

/**
 * A frame object (a snapshot): running `code` at `line` in module `globals`, called
 * from frame `back` (None at the outermost). sys._getframe's frames are the same kind.
 */
export function frameObject(core: Core, code: CodeObject, line: number, globals: PyModule, back: Value): PyInstance {
  return instance(core, frameClass, [
    ["f_code", codeObjectOf(core, code)],
    ["f_lineno", line],
    ["f_globals", globalsOf(core, globals)],
    ["f_back", back],
  ]);
}

/** `gen.gi_frame`: a snapshot of its frame, None once it has finished. */
function generatorFrame(core: Core, gen: PyGenerator): Value {
  if (gen.state === DONE) return null;
  return frameObject(core, gen.code, gen.state === CREATED ? gen.code.firstLine : suspendedLine(gen), gen.globals, null);
}

/**
 * `gen.gi_yieldfrom`: the iterator a generator suspended in `yield from` (or `await`)
 * delegates to — at its SEND, the top of its saved stack (interpreter.ts SEND) — else None.
 */
function yieldFrom(gen: PyGenerator): Value {
  if (gen.state === CREATED || gen.state === RUNNING || gen.state === DONE) return null;
  if (gen.code.code[gen.pc] !== Op.SEND || gen.saved.length === 0) return null;
  return gen.saved[gen.saved.length - 1]!;
}

/** A generator's code, frame and delegate under its kind's prefix (gi_, cr_, ag_); undefined for other names. */
export function generatorIntrospection(core: Core, gen: PyGenerator, prefix: "gi" | "cr" | "ag", name: string): Value | undefined {
  if (!name.startsWith(prefix)) return undefined;
  switch (name.slice(2)) {
    case "_code": return codeObjectOf(core, gen.code);
    case "_frame": return generatorFrame(core, gen);
    case "_yieldfrom": return prefix === "gi" ? yieldFrom(gen) : undefined;
    case "_await": return prefix === "gi" ? undefined : yieldFrom(gen);
    // CPython 3.11's gi_suspended and cr_suspended: stopped at a yield (or await).
    case "_suspended": return prefix === "ag" ? undefined : gen.state === SUSPENDED;
  }
  return undefined;
}
