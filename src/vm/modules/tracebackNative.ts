// `_traceback`: the native helper of the library module `traceback`
// (tracebackSource.ts): the frames an exception passed through, as the VM recorded
// them while unwinding (PyError.traceback), which format_exc() and print_exception()
// read without building traceback objects (vm/tracebackObjects.ts builds those when
// a program reads `__traceback__`) to show CPython's `File "...", line N, in f` lines;
// and the lines of the program's source the host handed the core, which CPython
// quotes under them.

import { asStr, expectArgs } from "../args.js";
import { PyInstance } from "../classes.js";
import { PyModule, type CoreApi, type Value } from "../values.js";
import { lineOf } from "../../lang/diagnostics.js";
import { def } from "./util.js";
import { entriesOf } from "../tracebackObjects.js";

export function createTracebackHelpers(core: CoreApi): PyModule {
  void core;
  const mod = new PyModule("_traceback");
  // _entries(exc): [(filename, lineno, name), ...] outermost first, as CPython's
  // traceback of a caught exception: the frame whose handler caught it, then the
  // frames the error unwound, innermost last. [] for an exception never raised.
  def(mod, "_entries", (c, args) => {
    expectArgs("_entries", args, 1);
    const exc = args[0];
    if (!(exc instanceof PyInstance)) return c.newList([]);
    const set = exc.tracebackSet;
    const err = exc.error;
    // A traceback the program set (`__traceback__ = tb`, with_traceback) replaces the recorded one.
    const entries = set !== undefined ? entriesOf(set) : err === null ? [] : err.handlerEntry ? [err.handlerEntry, ...err.traceback] : err.traceback;
    const items: Value[] = [];
    for (const t of entries) items.push(c.newTuple([c.newStr(t.file), t.line, c.newStr(t.func)]));
    return c.newList(items);
  });
  // _line(filename, lineno): the text of that line of the program's source as the host
  // gave it to the core (CoreApi.sources), '' for a file it has not (a library module).
  def(mod, "_line", (c, args) => {
    expectArgs("_line", args, 2);
    const [file, line] = args;
    const name = asStr(file);
    const text = name !== undefined && typeof line === "number" ? c.sources?.get(name) : undefined;
    if (text === undefined || typeof line !== "number") return "";
    return c.newStr(lineOf(text, line));
  });
  return mod;
}
