// Exception notes (PEP 678, Python 3.11): `e.add_note(text)` appends to the list in the
// exception's `__notes__` attribute (made on first use), and an uncaught exception
// prints its notes after its "Kind: message" line. `__notes__` is an ordinary instance
// attribute, as in CPython: a program may read, replace or delete it.
//
// The notes are turned into plain lines (`notesOf`) when the error ends its core, as
// the rest of its report: the report crosses threads and cannot hold Python values.

import type { Core } from "./core.js";
import { typeError } from "./errors.js";
import { PyInstance, isAttributeError, lenSpecial } from "./classes.js";
import { getItem } from "./ops.js";
import { typeName } from "./args.js";
import { repr as reprValue } from "./format.js";
import { BuiltinFunction, PyList, PyTuple, type Value } from "./values.js";

/** A str, or an instance of a str subclass (CPython's PyUnicode_Check). */
const isStr = (v: Value): boolean => typeof v === "string" || (v instanceof PyInstance && typeof v.native === "string");

/** BaseException.add_note(note): CPython's checks and wording, through getattr/setattr as CPython. */
export const addNote = new BuiltinFunction("add_note", ((core: Core, args: Value[]) => {
  if (args.length !== 2) throw typeError(`BaseException.add_note() takes exactly one argument (${args.length - 1} given)`);
  const [self, note] = args;
  if (!isStr(note)) throw typeError(`note must be a str, not '${typeName(note)}'`);
  let notes: Value;
  try {
    notes = core.getAttr(self, "__notes__");
  } catch (e) {
    if (!isAttributeError(e)) throw e;
    core.setAttr(self, "__notes__", core.newList([]));
    notes = core.getAttr(self, "__notes__");
  }
  if (!(notes instanceof PyList)) throw typeError("Cannot add note: __notes__ is not a list");
  core.charge(4); // one more slot, as list.append charges
  notes.items.push(note);
  return null;
}) as unknown as BuiltinFunction["fn"]);

/**
 * A group derived by split()/subgroup()/except* gets a copy of the original's notes
 * when they are a sequence (CPython's exceptiongroup_subset: "so the parts have
 * independent notes lists").
 */
export function copyNotes(core: Core, from: PyInstance, to: PyInstance): void {
  const notes = from.dict.get("__notes__");
  if (notes === undefined) return;
  const items = sequenceItems(core, notes);
  if (items !== null) core.setAttr(to, "__notes__", core.newList(items.slice()));
}

/**
 * The items of a value CPython's printer takes for a sequence of notes (a list, a
 * tuple, a str: its characters, an instance with `__len__` and `__getitem__`), or null.
 */
function sequenceItems(core: Core, value: Value): Value[] | null {
  const v = value instanceof PyInstance && value.native !== undefined ? value.native : value;
  if (v instanceof PyList || v instanceof PyTuple) return v.items;
  if (typeof v === "string") return [...v];
  if (!(v instanceof PyInstance) || v.native !== undefined || v.cls.lookup("__getitem__") === undefined) return null;
  const n = lenSpecial(v);
  if (n === undefined) return null;
  const out: Value[] = [];
  for (let i = 0; i < n; i++) out.push(getItem(core, v, i));
  return out;
}

/**
 * The lines an uncaught exception's `__notes__` print (CPython 3.11's
 * print_exception_notes), or undefined when it has none: each note of a list, tuple or
 * str through str(), split at newlines ("<note str() failed>" when str() raises); any
 * other value as its repr. Called when the error ends its core.
 */
export function notesOf(core: Core, inst: PyInstance): string[] | undefined {
  const notes = inst.dict.get("__notes__");
  if (notes === undefined) return undefined;
  let items: Value[] | null;
  try {
    items = sequenceItems(core, notes);
  } catch {
    items = null; // CPython prints nothing more when the sequence fails; the repr is close enough
  }
  if (items === null) {
    try {
      return [reprValue(notes, core.float32)];
    } catch {
      return ["<__notes__ repr() failed>"];
    }
  }
  const lines: string[] = [];
  for (const note of items) {
    let text: string;
    try {
      text = core.str(note);
    } catch {
      text = "<note str() failed>";
    }
    for (const line of text.split("\n")) lines.push(line); // a note may have any number of lines: no spread
  }
  return lines;
}
