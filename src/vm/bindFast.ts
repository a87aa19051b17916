// Argument binding in place on the value stack, for the calls that bind without an
// error: keywords (`f(i, c=1)`, `f(i, b=i)`), `*args` (`def f(*args)`), keyword-only
// parameters and their defaults, `**kw` collecting keywords no parameter takes.
//
// Why: core.pushCall's general binder (bindArguments in core.ts) copies the arguments
// and the keyword values into fresh arrays, builds a locals array, lists the missing
// parameters, and copies the locals back onto the stack: a keyword call cost several
// times a positional one. Here the call is checked first without writing anything;
// only a call that binds cleanly is laid out (the callee's locals start at
// stack[fnIndex + 1], where its arguments are). Every call this declines (an error to
// raise, the classic dialect's unbound parameters, FRESH_DEFAULTS) goes to
// bindArguments unchanged, which gives CPython's messages: so the errors, and the
// order in which the charged objects (the `*args` tuple, the `**kw` dict) are made,
// are bindArguments' own.

import { CodeFlags, posonlyCount } from "../bytecode/code.js";
import type { Core } from "./core.js";
import { collectKwargs } from "./kwargs.js";
import { whileBuilding } from "./memory.js";
import type { PyFunction, Value } from "./values.js";

/** The parameter each keyword binds to (-1: the `**kw` dict); reused, binding calls no Python code. */
const target: number[] = [];
/** The keyword values, copied off the stack before the locals overwrite them. */
const kwvals: Value[] = [];
/** Indexes of the keywords no parameter takes (for `**kw`). */
const unmatched: number[] = [];

/**
 * Lays out the locals of `fn` called with `npos` positional arguments above
 * stack[fnIndex] followed by the values of keywords `kwnames`, when the call binds
 * without an error; the stack is then ready for core's enterFunction (its size
 * reserved for the frame). False, with nothing written: bind with bindArguments.
 */
export function bindInPlace(core: Core, fn: PyFunction, fnIndex: number, npos: number, kwnames: readonly string[] | null): boolean {
  const c = fn.code;
  const flags = c.flags;
  if ((flags & CodeFlags.FRESH_DEFAULTS) !== 0) return false;
  const nargs = c.argcount;
  const nparams = nargs + c.kwonlycount;
  const varargs = (flags & CodeFlags.VARARGS) !== 0;
  const varkw = (flags & CodeFlags.VARKW) !== 0;
  if (npos > nargs && !varargs) return false;
  const varnames = c.varnames;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const posonly = posonlyCount(c);
  let nunmatched = 0;
  // Each keyword names a parameter not given positionally nor by another keyword;
  // or goes to `**kw` (which a name may reach only once: the call's names are distinct).
  for (let j = 0; j < nkw; j++) {
    const idx = varnames.indexOf(kwnames![j]);
    if (idx < posonly || idx >= nparams) {
      if (!varkw) return false;
      target[j] = -1;
      nunmatched++;
      continue;
    }
    if (idx < npos) return false;
    for (let m = 0; m < j; m++) if (target[m] === idx) return false;
    target[j] = idx;
  }
  // Every parameter left has a default.
  const defaults = fn.defaults;
  const firstDefault = nargs - (defaults === null ? 0 : defaults.length);
  if (npos < firstDefault) {
    for (let i = npos; i < firstDefault; i++) if (!given(i, nkw)) return false;
  }
  for (let i = nargs; i < nparams; i++) {
    if (!given(i, nkw) && (fn.kwdefaults === null || fn.kwdefaults.get(varnames[i]) === undefined)) return false;
  }

  const base = fnIndex + 1;
  const need = base + varnames.length + c.stacksize + 8;
  if (core.stack.length < need) core.ensureStack(need);
  const stack = core.stack;
  for (let j = 0; j < nkw; j++) kwvals[j] = stack[base + npos + j];
  // The charged objects, in bindArguments' order: the `*args` tuple, then the `**kw` dict.
  let extra: Value | undefined;
  if (varargs) extra = core.newTuple(npos > nargs ? stack.slice(base + nargs, base + npos) : []);
  let dict: Value | undefined;
  if (varkw) {
    let u = 0;
    for (let j = 0; j < nkw; j++) if (target[j] === -1) unmatched[u++] = j;
    unmatched.length = nunmatched;
    const make = () => collectKwargs(core, kwnames ?? [], kwvals, unmatched);
    // The `*args` tuple, not yet on the stack, stays counted live while the dict is charged.
    dict = varargs ? whileBuilding(core.id, extra!, make) : make();
  }
  const first = Math.min(npos, nargs);
  for (let i = first; i < varnames.length; i++) stack[base + i] = undefined as unknown as Value;
  for (let j = 0; j < nkw; j++) {
    if (target[j] >= 0) stack[base + target[j]] = kwvals[j];
    kwvals[j] = undefined as unknown as Value; // holds no value alive past the call
  }
  for (let i = first; i < nargs; i++) if (stack[base + i] === undefined) stack[base + i] = defaults![i - firstDefault];
  for (let i = nargs; i < nparams; i++) if (stack[base + i] === undefined) stack[base + i] = fn.kwdefaults!.get(varnames[i])!;
  if (varargs) stack[base + nparams] = extra!;
  if (varkw) stack[base + nparams + (varargs ? 1 : 0)] = dict!;
  return true;
}

/** Whether one of the call's `nkw` keywords binds parameter `i` (target[] filled). */
function given(i: number, nkw: number): boolean {
  for (let j = 0; j < nkw; j++) if (target[j] === i) return true;
  return false;
}
