// `**` in calls and definitions: the keyword dict a call with `f(**m)` builds
// (opcodes KWARGS_MERGE, CALL_EX_KW), and the dict a `def f(**kw)` parameter collects.
// Messages are CPython 3.11's. The common positional call never comes here: the
// interpreter's CALL fast path is unchanged, and a call binds through bindArguments
// (vm/core.ts), which asks this file only for keywords no parameter takes.

import { PyError, typeError } from "./errors.js";
import { getItem, iterableItems, starredItems } from "./ops.js";
import type { Core } from "./core.js";
import { PyDict } from "./dict.js";
import { buildDict } from "./methods/dict.js";
import { BuiltinFunction, PyFunction, PyType, type CoreApi, type Value } from "./values.js";
import { typeName } from "./args.js";

/**
 * How CPython names the callee in the errors raised while a call's `**` arguments are
 * merged (before the call): `__main__.f()` for a Python function, `dict()` for a builtin.
 */
export function calleeName(fn: Value): string {
  if (typeof fn === "string") return `${fn}()`; // a class statement's keywords: "__build_class__"
  if (fn instanceof PyFunction) return `${fn.globals.name}.${fn.name}()`;
  if (fn instanceof BuiltinFunction || fn instanceof PyType) return `${fn.name}()`;
  return `${typeName(fn)} object()`;
}

/**
 * KWARGS_MERGE: adds the entries of `mapping` (the value of one `**m`, or a dict of
 * consecutive `name=value` keywords) to the call's keyword dict `into`.
 */
export function mergeKwargs(core: Core, fn: Value, into: PyDict, mapping: Value): void {
  if (!(mapping instanceof PyDict)) return mergeMapping(core, fn, into, mapping);
  for (let i = 0; i < mapping.keys.length; i++) {
    const k = mapping.keys[i];
    if (typeof k === "symbol") continue; // a deleted slot
    if (typeof k !== "string") throw typeError("keywords must be strings");
    if (into.has(k)) throw typeError(`${calleeName(fn)} got multiple values for keyword argument '${k}'`);
    into.set(k, mapping.vals[i]);
  }
}

/**
 * `**m` of a mapping that is not a dict: CPython takes any object with `keys()` and
 * `__getitem__` (a user mapping class, collections' classes), in the order of keys().
 */
function mergeMapping(core: Core, fn: Value, into: PyDict, mapping: Value): void {
  let keys: Value;
  try {
    keys = core.getAttr(mapping, "keys");
  } catch (e) {
    if (e instanceof PyError && e.kind === "AttributeError") {
      throw typeError(`${calleeName(fn)} argument after ** must be a mapping, not ${typeName(mapping)}`);
    }
    throw e;
  }
  for (const k of iterableItems(core.call(keys, []), core)) {
    if (typeof k !== "string") throw typeError("keywords must be strings");
    if (into.has(k)) throw typeError(`${calleeName(fn)} got multiple values for keyword argument '${k}'`);
    into.set(k, getItem(core, mapping, k));
  }
}

/** CALL_EX_KW: the keyword dict as names (str keys, in order) and their values. */
export function splitKwargs(kw: PyDict): { names: string[]; values: Value[] } {
  const names: string[] = [];
  const values: Value[] = [];
  for (let i = 0; i < kw.keys.length; i++) {
    const k = kw.keys[i];
    if (typeof k === "symbol") continue;
    names.push(k as string);
    values.push(kw.vals[i]);
  }
  return { names, values };
}

/**
 * CALL_EX (`f(*args)`, `f(*args, k=v)`: on the stack fn, the arguments' iterable, the
 * `n` keyword values, then their names' tuple when n > 0) and CALL_EX_KW (`f(*a, **m)`:
 * fn, the iterable, the keyword dict), the stack's top at `sp`: lays the call out as
 * CALL_KW has it (fn, the positional arguments, the keyword values; core.sp set above
 * them) for the interpreter and compiled code alike. Returns fn's slot, the argument
 * count (keywords included) and the keyword names (null when there are none).
 */
export function spreadCallArgs(core: Core, sp: number, withDict: boolean, n: number): { fnIndex: number; argc: number; kwnames: readonly string[] | null } {
  const stack = core.stack;
  let kwnames: readonly string[] | null = null;
  if (withDict) {
    const kw = splitKwargs(stack[--sp] as PyDict);
    core.ensureStack(sp + kw.values.length + 8);
    for (const v of kw.values) stack[sp++] = v;
    kwnames = kw.names;
  } else if (n > 0) {
    kwnames = stack[--sp] as unknown as readonly string[];
  }
  const nkw = kwnames === null ? 0 : kwnames.length;
  // Expand the positional iterable in place: fn, a1..am, the keyword values.
  const fnIndex = sp - nkw - 2;
  const pos = starredItems(core, stack[fnIndex + 1], `${calleeName(stack[fnIndex])} argument after *`);
  const kwv = stack.slice(sp - nkw, sp);
  sp = fnIndex + 1;
  core.ensureStack(sp + pos.length + kwv.length + 8);
  for (const v of pos) stack[sp++] = v;
  for (const v of kwv) stack[sp++] = v;
  core.sp = sp;
  return { fnIndex, argc: pos.length + nkw, kwnames: nkw === 0 ? null : kwnames };
}

/**
 * The `**kw` parameter's dict: the keywords `names[i]` (values `values[i]`) that no
 * parameter took, in call order. Keys are the call's keyword names (code constants or
 * strs the caller already holds), so only the dict itself is charged.
 */
export function collectKwargs(core: CoreApi, names: readonly string[], values: readonly Value[], unmatched: readonly number[]): PyDict {
  return buildDict(core, (d) => {
    for (const j of unmatched) d.set(names[j], values[j]);
  });
}

/**
 * Native functions declare their keyword parameter only when they read it (JavaScript's
 * `length` counts declared parameters): one that does not takes no keywords, and says
 * so as CPython does instead of ignoring them. `kwAt` is the keyword parameter's
 * position (2 for a builtin `(core, args, kwargs)`, 3 for a method `(core, self, args,
 * kwargs)`). Only calls that pass keywords ask, so positional calls pay nothing.
 */
export function refuseKeywords(impl: (...a: never[]) => unknown, kwAt: number, kwargs: Map<string, Value> | null, label: string): void {
  if (kwargs !== null && kwargs.size > 0 && impl.length <= kwAt) throw typeError(`${label}() takes no keyword arguments`);
}
