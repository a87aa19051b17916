// Traceback objects: `e.__traceback__`, `sys.exc_info()[2]`, `e.with_traceback(tb)`.
//
// The unwinder records a FrameEntry for each frame an exception passes through
// (vm/exceptions.ts, errors.ts): its code, module, place on the stack, instruction
// and a snapshot of its fast locals. Nothing more is made while exceptions fly: the
// objects are built from those entries when a program first reads `__traceback__`
// (or exc_info()), so raising and catching costs what it did.
//
// A `traceback` object has CPython's tb_frame, tb_lineno, tb_lasti and tb_next (from
// the frame whose handler caught the exception down to the one that raised it); each
// entry builds its object once (`e.__traceback__ is e.__traceback__`, and a re-raised
// exception's longer traceback ends in the same objects, as CPython's grows at the
// front). tb_lasti is the index of the instruction in ePython's bytecode (CPython's is
// a byte offset in its own): comparable between tracebacks of one program only.
//
// A `frame` object (codeObjects.ts frameObject, as sys._getframe's) is a snapshot:
// f_code, f_lineno (the last line the traceback knows for it), f_globals (its module's
// globals dict), f_lasti, f_locals and f_back. Entries of one activation (an exception
// raised again where it was caught) share one frame object. f_locals: the frame's
// variables when the exception left it, or, for the frame whose handler caught it,
// when it was caught (before `as e` binds it); captured variables read their cells as
// they are now, as CPython's. At module level f_locals is f_globals. f_back is the
// calling frame in the traceback; above the outermost, the callers as they are when
// the traceback is built, if that frame is still running then, else None.
//
// Assigning `__traceback__` (a traceback or None) or with_traceback(tb) replaces the
// exception's traceback until it is raised again; raising it then goes on from that
// traceback (so `raise e.with_traceback(None)` starts afresh), and the report of an
// uncaught error shows those frames too.
//
// Memory: a traceback object is an instance of 4 attributes (48 B), a frame object
// one of 6 (64 B) with its f_locals dict; the snapshot of a frame's locals is charged
// when it is taken (8 B + 4 B per local, the size of a tuple). The collector marks an
// exception's traceback (built or not) as its children: keeping an exception keeps its
// frames' locals alive, as in CPython.

import { ATTRIBUTE_BYTES, INSTANCE_BYTES, PyClass, PyInstance, objectClass, tracebackHooks } from "./classes.js";
import { frameObject } from "./codeObjects.js";
import type { CodeObject } from "../bytecode/code.js";
import type { Core } from "./core.js";
import { FrameEntry, PyError, type TraceEntry, typeError } from "./errors.js";
import { globalsOf, localsDict } from "./introspection.js";
import { PyDict } from "./dict.js";
import { BuiltinFunction, type Cell, type PyModule, PyTuple, type Value } from "./values.js";
import { frameSnapshot } from "./modules/frameSnapshot.js";
import { CodeFlags } from "../bytecode/code.js";

/** CPython's `traceback` type (types.TracebackType). */
export const tracebackClass = new PyClass("traceback", "builtins", [objectClass], new Map<string, Value>([["__module__", "builtins"]]));

/** The entry each traceback object was built from (to raise an exception with a traceback a program set). */
const entryOfTraceback = new WeakMap<PyInstance, TraceEntry>();

/** The entries of an exception's traceback as recorded: the handler's frame, then the frames it unwound. */
function recordedEntries(err: PyError): TraceEntry[] {
  return err.handlerEntry ? [err.handlerEntry, ...err.traceback] : err.traceback;
}

/** The callers of the frame `e` was recorded for, as sys._getframe's snapshots, if that frame still runs; else None. */
function callersOf(core: Core, e: FrameEntry): Value {
  for (let f = core.frame; f !== null; f = f.parent) {
    if (f.depth < e.depth) return null;
    if (f.depth === e.depth) {
      const same = f.code === e.code && f.base === e.base && f.globals === e.globals;
      return same && f.parent !== null ? frameSnapshot(core, f.parent) : null;
    }
  }
  return null;
}

/** A frame object for entry `e` (f_back set by the caller). */
function frameFor(core: Core, e: FrameEntry, globalsDicts: Map<PyModule, PyDict>): PyInstance {
  const code = e.code as CodeObject;
  const module = e.globals as PyModule;
  let g = globalsDicts.get(module);
  if (g === undefined) globalsDicts.set(module, (g = globalsOf(core, module)));
  const values = e.locals as Value[] | null;
  const locals = values === null || code.flags & CodeFlags.MODULE ? g : localsDict(core, code, (i) => values[i], e.cells as readonly Cell[] | null);
  const f = frameObject(core, code, e.line, module, null);
  f.dict.set("f_globals", g);
  f.dict.set("f_locals", locals);
  f.dict.set("f_lasti", e.pc);
  return f;
}

/** A traceback object made by a program or kept by an exception: null for anything else. */
function asTraceback(v: Value): PyInstance | null {
  return v instanceof PyInstance && v.cls === tracebackClass ? v : null;
}

/**
 * The traceback objects of `entries` (outermost first): each entry's own, built now
 * for the ones that have none (innermost first, so each knows its tb_next).
 */
function build(core: Core, entries: readonly TraceEntry[]): Value {
  // Entries after one already built have theirs (a traceback grows at the front).
  let built = entries.length;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (!(e instanceof FrameEntry) || e.tb !== null) {
      built = i;
      break;
    }
  }
  if (built === 0) return tracebackOfEntry(entries[0]);
  const fresh = entries.slice(0, built) as FrameEntry[];
  const globalsDicts = new Map<PyModule, PyDict>();
  // Frames outermost first (each is its callee's f_back); one per activation.
  const frames: PyInstance[] = [];
  let outer: PyInstance | null = null;
  for (let i = 0; i < fresh.length; i++) {
    const e = fresh[i];
    if (i > 0 && e.sameActivation(fresh[i - 1])) {
      frames.push(frames[i - 1]);
      continue;
    }
    const f = frameFor(core, e, globalsDicts);
    f.dict.set("f_back", outer ?? callersOf(core, e));
    frames.push(f);
    outer = f;
  }
  // A frame's f_lineno: the line of its outermost entry (the latest the traceback knows).
  for (let i = frames.length - 1; i > 0; i--) if (frames[i] === frames[i - 1]) frames[i].dict.set("f_lineno", fresh[i - 1].line);
  let next: Value = built < entries.length ? tracebackOfEntry(entries[built]) : null;
  if (next instanceof PyInstance && outer !== null) {
    // The traceback built before now has a caller in it: its outermost frame's f_back.
    const inner = next.dict.get("tb_frame");
    const last = fresh[fresh.length - 1];
    const firstBuilt = entries[built];
    if (inner instanceof PyInstance && !(firstBuilt instanceof FrameEntry && last.sameActivation(firstBuilt))) inner.dict.set("f_back", frames[frames.length - 1]);
  }
  for (let i = fresh.length - 1; i >= 0; i--) {
    const e = fresh[i];
    next = makeTraceback(core, next, frames[i], e.pc, e.line);
    e.tb = next;
    entryOfTraceback.set(next as PyInstance, e);
  }
  return next;
}

/** The traceback object of an entry that has one (a FrameEntry built before). */
function tracebackOfEntry(e: TraceEntry): Value {
  return e instanceof FrameEntry ? (e.tb as Value) : null;
}

function makeTraceback(core: Core, next: Value, frame: PyInstance, lasti: number, lineno: number): PyInstance {
  core.charge(INSTANCE_BYTES + 4 * ATTRIBUTE_BYTES);
  const tb = new PyInstance(tracebackClass);
  tb.dict.set("tb_next", next);
  tb.dict.set("tb_frame", frame);
  tb.dict.set("tb_lasti", lasti);
  tb.dict.set("tb_lineno", lineno);
  return tb;
}

/** `e.__traceback__`: the one a program set since it was last raised, else its recorded one (None if never raised). */
export function tracebackOf(core: Core, e: PyInstance): Value {
  const set = e.tracebackSet;
  if (set !== undefined) return set;
  const err = e.error;
  if (err === null) return null;
  const entries = recordedEntries(err);
  // Entries made without a frame (an uncaught error's report): none to build from.
  if (entries.length === 0 || !(entries[0] instanceof FrameEntry)) return null;
  return build(core, entries);
}

/** The entries of traceback `tb` (a traceback object or None), outermost first, following tb_next as it is now. */
export function entriesOf(tb: Value): TraceEntry[] {
  const out: TraceEntry[] = [];
  const seen = new Set<PyInstance>();
  for (let t = asTraceback(tb); t !== null && !seen.has(t); t = asTraceback(t.dict.get("tb_next") ?? null)) {
    seen.add(t);
    const e = entryOfTraceback.get(t);
    if (e !== undefined) out.push(e);
  }
  return out;
}

/** The value the program may assign to `__traceback__`: CPython's TypeError otherwise. */
function checkTraceback(v: Value): Value {
  if (v !== null && asTraceback(v) === null) throw typeError("__traceback__ must be a traceback or None");
  return v;
}

tracebackHooks.get = tracebackOf;
tracebackHooks.set = (_core, e, v) => {
  e.tracebackSet = checkTraceback(v);
};
tracebackHooks.withTraceback = (e) => new BuiltinFunction("with_traceback", (_c, args) => {
  if (args.length !== 1) throw typeError(`BaseException.with_traceback() takes exactly one argument (${args.length} given)`);
  e.tracebackSet = checkTraceback(args[0]);
  return e;
});
/** The collector's view of a snapshot of locals: a tuple (the size it is charged as), one per snapshot. */
const snapshotTuples = new WeakMap<Value[], PyTuple>();
function snapshotTuple(values: Value[]): PyTuple {
  let t = snapshotTuples.get(values);
  if (t === undefined) snapshotTuples.set(values, (t = new PyTuple(values)));
  return t;
}

// What an exception keeps alive for the collector: its traceback objects once built,
// else the snapshots and cells of its recorded entries.
tracebackHooks.children = (e, out) => {
  const set = e.tracebackSet;
  if (set !== undefined && set !== null) out.push(set);
  const err = e.error;
  if (err === null) return;
  const visit = (t: TraceEntry) => {
    if (!(t instanceof FrameEntry)) return;
    if (t.tb !== null) out.push(t.tb as Value);
    else {
      if (t.locals !== null) out.push(snapshotTuple(t.locals as Value[]));
      if (t.cells !== null) for (const c of t.cells) out.push(c as Value);
    }
  };
  if (err.handlerEntry) visit(err.handlerEntry);
  err.forEachEntry(visit);
};

// The exception about to be raised starts from the traceback a program set (raiseError).
tracebackHooks.toRaise = (e) => {
  const set = e.tracebackSet;
  if (set === undefined) return undefined;
  e.tracebackSet = undefined;
  return entriesOf(set);
};


