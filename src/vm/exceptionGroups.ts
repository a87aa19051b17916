// Exception groups (PEP 654), as CPython 3.11 has them: BaseExceptionGroup and
// ExceptionGroup (constructor rules, `message`, `exceptions`, `split`, `subgroup`,
// `derive`), the two instructions of `except*` (compiler/emitter.ts tryExceptStar),
// and the plain-data tree an uncaught group prints as (host/report.ts draws the boxes).
//
// A group keeps `message` and `exceptions` in its instance dict (as OSError keeps its
// attributes, osError.ts), charged with the instance; its str() is fixed when it is
// made ("msg (2 sub-exceptions)"), as the group cannot change.
//
// Tracebacks: a group that split() or except* derives from a raised group gets a copy
// of that group's traceback, as CPython copies `__traceback__`, and the same
// `__cause__`/`__context__` (and so `__suppress_context__`, which CPython's
// PyException_SetCause sets). A group except* makes (wrapping a naked exception, or
// combining what the clauses raised) has no traceback and, as CPython's RERAISE, adds
// no entry for the frame that raises it (PyError.omitFrame). Whether an exception
// left by a clause is a re-raise of part of the original group (kept in one group
// derived from it) or a new one (listed beside it) is CPython's test: the same
// traceback (here: the same traceback origin) and the same cause and context.

import { type GroupMember, PyError } from "./errors.js";
import { ATTRIBUTE_BYTES, PyClass, PyDescriptor, PyInstance, isCallableObject, newInstance } from "./classes.js";
import type { Core } from "./core.js";
import type { Frame } from "./frame.js";
import { BuiltinFunction, PyFunction, PyList, PyTuple, PyType, type Value } from "./values.js";
import { typeName } from "./args.js";
import { truthy } from "./ops.js";
import { exceptionChain, exceptionClasses, printedText, setGroupMembers } from "./exceptions.js";
import { copyNotes, notesOf } from "./exceptionNotes.js";

const builtin = (name: string, fn: (core: Core, args: Value[]) => Value) =>
  new BuiltinFunction(name, fn as unknown as BuiltinFunction["fn"]);

const baseException = exceptionClasses.get("BaseException")!;
const exceptionClass = exceptionClasses.get("Exception")!;

function exceptionsOf(g: PyInstance): Value[] {
  const v = g.dict.get("exceptions");
  return v instanceof PyTuple ? v.items : [];
}

function isGroup(v: Value): v is PyInstance {
  return v instanceof PyInstance && v.cls.isSubclassOf(baseExceptionGroup);
}

/** BaseExceptionGroup.__new__(cls, message, exceptions): CPython's checks and class choice. */
function groupNew(core: Core, args: Value[]): PyInstance {
  let cls = args[0] as PyClass;
  const rest = args.slice(1);
  if (rest.length !== 2) throw new PyError("TypeError", `BaseExceptionGroup.__new__() takes exactly 2 arguments (${rest.length} given)`);
  const [message, excs] = rest;
  if (typeof message !== "string") throw new PyError("TypeError", `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(message)}`);
  const items = excs instanceof PyList || excs instanceof PyTuple ? excs.items.slice() : typeof excs === "string" ? [...excs] : null;
  if (items === null) throw new PyError("TypeError", "second argument (exceptions) must be a sequence");
  if (items.length === 0) throw new PyError("ValueError", "second argument (exceptions) must be a non-empty sequence");
  let nestsBase = false;
  items.forEach((e, i) => {
    if (!(e instanceof PyInstance && e.cls.exception)) throw new PyError("ValueError", `Item ${i} of second argument (exceptions) is not an exception`);
    if (!e.cls.isSubclassOf(exceptionClass)) nestsBase = true;
  });
  if (cls === baseExceptionGroup) {
    if (!nestsBase) cls = exceptionGroup;
  } else if (cls === exceptionGroup) {
    if (nestsBase) throw new PyError("TypeError", "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (nestsBase && cls.isSubclassOf(exceptionClass)) {
    throw new PyError("TypeError", `Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const inst = newInstance(core, cls, rest);
  core.charge(2 * ATTRIBUTE_BYTES);
  inst.dict.set("message", message);
  inst.dict.set("exceptions", core.newTuple(items));
  inst.text = `${message} (${items.length} sub-exception${items.length === 1 ? "" : "s"})`;
  return inst;
}

/** A predicate over exceptions from split()'s argument (a type, a tuple of types, or a function). */
function matcherOf(core: Core, cond: Value): (e: PyInstance) => boolean {
  const callable = cond instanceof PyFunction || cond instanceof BuiltinFunction || isCallableObject(cond);
  if (callable && !(cond instanceof PyClass || cond instanceof PyType)) return (e) => truthy(core.call(cond, [e]));
  const isExcClass = (t: Value): t is PyClass => t instanceof PyClass && t.exception;
  if (isExcClass(cond)) return (e) => e.cls.isSubclassOf(cond);
  if (cond instanceof PyTuple && cond.items.every(isExcClass)) {
    const types = cond.items as PyClass[];
    return (e) => types.some((t) => e.cls.isSubclassOf(t));
  }
  throw new PyError("TypeError", "expected a function, exception type or tuple of exception types");
}

/** Where a traceback came from: derived groups share their origin's (see the header). */
const tracebackOrigin = new WeakMap<PyError, PyError>();
const originOf = (e: PyError | null): PyError | null => (e === null ? null : tracebackOrigin.get(e) ?? e);

/** The error of a group made by except* with no traceback (see the header). */
function freshError(g: PyInstance, frame: Frame): PyError {
  const err = new PyError(g.cls.qualifiedName, g.text ?? "");
  err.value = g;
  err.context = null;
  err.omitFrame = frame;
  g.error = err;
  return err;
}

/** `orig.derive(items)` with orig's traceback, cause, context and notes (CPython's exception_group_subset). */
function subset(core: Core, orig: PyInstance, items: PyInstance[]): PyInstance | null {
  if (items.length === 0) return null;
  const g = core.call(core.getAttr(orig, "derive"), [core.newList(items)]);
  if (!isGroup(g)) throw new PyError("TypeError", "derive must return an instance of BaseExceptionGroup");
  g.context = orig.context;
  g.cause = orig.cause;
  g.suppressContext = true;
  copyNotes(core, orig, g);
  const from = orig.error;
  if (from !== null) {
    const err = new PyError(g.cls.qualifiedName, core.str(g));
    err.value = g;
    err.context = g.context;
    err.prependTraceback(from.traceback.slice());
    err.handlerLine = from.handlerLine;
    err.handlerEntry = from.handlerEntry;
    err.omitFrame = from.omitFrame;
    tracebackOrigin.set(err, originOf(from)!);
    g.error = err;
  }
  return g;
}

/** CPython's exceptiongroup_split_recursive: [match, rest] of `exc` (rest only if asked). */
function splitGroup(core: Core, exc: PyInstance, matches: (e: PyInstance) => boolean, withRest: boolean): [PyInstance | null, PyInstance | null] {
  if (matches(exc)) return [exc, null];
  if (!isGroup(exc)) return [null, withRest ? exc : null];
  const ms: PyInstance[] = [];
  const rs: PyInstance[] = [];
  for (const e of exceptionsOf(exc)) {
    const [m, r] = splitGroup(core, e as PyInstance, matches, withRest);
    if (m) ms.push(m);
    if (r) rs.push(r);
  }
  return [subset(core, exc, ms), withRest ? subset(core, exc, rs) : null];
}

function oneArgument(name: string, args: Value[]): Value {
  if (args.length !== 2) throw new PyError("TypeError", `${name} expected 1 argument, got ${args.length - 1}`);
  return args[1];
}

const self = (args: Value[]) => args[0] as PyInstance;

const baseExceptionGroup: PyClass = new PyClass("BaseExceptionGroup", "builtins", [baseException], new Map<string, Value>([
  ["__new__", new PyDescriptor("staticmethod", builtin("__new__", groupNew))],
  ["__init__", builtin("__init__", (core, args) => {
    self(args).args = core.newTuple(args.slice(1));
    return null;
  })],
  ["derive", builtin("derive", (core, args) => {
    if (args.length !== 2) throw new PyError("TypeError", `function takes exactly 1 argument (${args.length - 1} given)`);
    return core.call(baseExceptionGroup, [self(args).dict.get("message") ?? "", args[1]]);
  })],
  ["split", builtin("split", (core, args) => {
    const matches = matcherOf(core, oneArgument("split", args));
    const [m, r] = splitGroup(core, self(args), matches, true);
    return core.newTuple([m, r]);
  })],
  ["subgroup", builtin("subgroup", (core, args) => {
    const matches = matcherOf(core, oneArgument("subgroup", args));
    return splitGroup(core, self(args), matches, false)[0];
  })],
]));
const exceptionGroup: PyClass = new PyClass("ExceptionGroup", "builtins", [baseExceptionGroup, exceptionClass], new Map());
exceptionClasses.set("BaseExceptionGroup", baseExceptionGroup);
exceptionClasses.set("ExceptionGroup", exceptionGroup);

/** A group of `items` made by except* (BaseExceptionGroup("", items): an ExceptionGroup unless one is a BaseException). */
function newGroup(core: Core, items: Value): PyInstance {
  return core.call(baseExceptionGroup, ["", items]) as PyInstance;
}

// ------------------------------------------------------------------ except*

/**
 * EXC_STAR_MATCH: the part of the state's rest that `type` matches (null: none), the
 * rest updated. CPython's CHECK_EG_MATCH: the type is checked first; a naked exception
 * that matches is wrapped in a new group.
 */
export function exceptStarMatch(core: Core, frame: Frame, state: PyList, type: Value): PyInstance | null {
  for (const t of type instanceof PyTuple ? type.items : [type]) {
    if (!(t instanceof PyClass && t.exception)) throw new PyError("TypeError", "catching classes that do not inherit from BaseException is not allowed");
    if (t.isSubclassOf(baseExceptionGroup)) throw new PyError("TypeError", "catching ExceptionGroup with except* is not allowed. Use except instead.");
  }
  const rest = state.items[1];
  if (!(rest instanceof PyInstance)) return null;
  const types = type instanceof PyTuple ? (type.items as PyClass[]) : [type as PyClass];
  if (types.some((t) => rest.cls.isSubclassOf(t))) {
    state.items[1] = null;
    if (isGroup(rest)) return rest;
    const wrapped = newGroup(core, core.newTuple([rest]));
    freshError(wrapped, frame);
    return wrapped;
  }
  if (!isGroup(rest)) return null;
  const pair = core.call(core.getAttr(rest, "split"), [type]);
  const [match, left] = pair instanceof PyTuple ? pair.items : [null, rest];
  state.items[1] = left;
  return match instanceof PyInstance ? match : null;
}

/** The leaves of an exception (itself unless it is a group). */
function collectLeaves(e: PyInstance, into: Set<PyInstance>): void {
  if (!isGroup(e)) into.add(e);
  else for (const x of exceptionsOf(e)) collectLeaves(x as PyInstance, into);
}

/**
 * EXC_STAR_RERAISE: what a try with except* raises when its clauses are done (state:
 * [exception, rest, raised...]), or null. CPython's _PyExc_PrepReraiseStar: the parts of
 * the original group that are re-raised (the rest, bare `raise`s) are kept together in
 * one group derived from it; new exceptions come before it, in one unnamed group when
 * there are several.
 */
export function exceptStarReraise(core: Core, frame: Frame, state: PyList): PyError | null {
  const orig = state.items[0] as PyInstance;
  const left = [...state.items.slice(2), state.items[1]].filter((e): e is PyInstance => e instanceof PyInstance);
  if (left.length === 0) return null;
  // A naked exception: one clause at most ran, so there is one exception to raise.
  if (!isGroup(orig)) return errorOf(left[0]);
  const raised: PyInstance[] = [];
  const leaves = new Set<PyInstance>();
  for (const e of left) {
    const same = originOf(e.error) === originOf(orig.error) && e.cause === orig.cause && e.context === orig.context;
    if (same) collectLeaves(e, leaves);
    else raised.push(e);
  }
  if (leaves.size) {
    const kept = splitGroup(core, orig, (e) => leaves.has(e), false)[0];
    if (kept) raised.push(kept);
  }
  if (raised.length === 0) return null;
  if (raised.length === 1) return errorOf(raised[0]);
  return freshError(newGroup(core, core.newList(raised)), frame);
}

/** The error that re-raises `e` keeping its traceback (as RERAISE). */
function errorOf(e: PyInstance): PyError {
  const err = e.error;
  if (err === null) throw new PyError("RuntimeError", "internal: except* lost an exception's traceback");
  err.reraiseLine = err.handlerLine;
  err.handlerEntry = null;
  return err;
}

// ------------------------------------------------------------------ reports

/** The members an uncaught group prints (each with its own traceback and chain), or null for any other exception. */
function groupMembers(e: PyInstance, core: Core): GroupMember[] | null {
  if (!isGroup(e)) return null;
  return exceptionsOf(e).map((x) => {
    const m = x as PyInstance;
    const err = m.error;
    const member: GroupMember = {
      kind: err ? err.kind : m.cls.qualifiedName,
      message: err ? err.pyMessage : printedText(m, core.float32),
      traceback: err ? [...(err.handlerEntry ? [err.handlerEntry] : []), ...err.traceback] : [],
      chain: exceptionChainOf(m, core),
    };
    const inner = groupMembers(m, core);
    if (inner) member.group = inner;
    const notes = notesOf(core, m);
    if (notes) member.notes = notes;
    return member;
  });
}

/** The chain printed before a member (its causes and contexts), as for an uncaught error. */
function exceptionChainOf(m: PyInstance, core: Core): GroupMember["chain"] {
  const probe = m.error ?? new PyError(m.cls.qualifiedName, "");
  if (probe.value === null) probe.value = m;
  return exceptionChain(probe, core);
}

setGroupMembers(groupMembers);
