// OSError as CPython builds it: OSError(errno, strerror[, filename[, winerror[,
// filename2]]]) with 2 to 5 arguments sets the attributes errno, strerror, filename
// and filename2 (all None otherwise), keeps only (errno, strerror) in `args` when a
// filename is given, and prints "[Errno 2] No such file: 'f'". Calling OSError itself
// with a known errno makes the matching subclass (OSError(2, 'x') is a
// FileNotFoundError), as PEP 3151 has it. The errno values are Linux's, CPython's there.
//
// The attributes live in the instance's own dict (4 entries, charged at
// ATTRIBUTE_BYTES each when the instance is made), so user code may assign them.

import { ATTRIBUTE_BYTES, PyClass, PyDescriptor, PyInstance, newInstance } from "./classes.js";
import type { Core } from "./core.js";
import { repr as reprValue, str as strValue } from "./format.js";
import { BuiltinFunction, type Value } from "./values.js";

/** PEP 3151's errno -> subclass table (Linux numbering). */
const ERRNO_CLASS = new Map<number, string>([
  [11, "BlockingIOError"], [114, "BlockingIOError"], [115, "BlockingIOError"],
  [10, "ChildProcessError"], [32, "BrokenPipeError"], [108, "BrokenPipeError"],
  [103, "ConnectionAbortedError"], [111, "ConnectionRefusedError"], [104, "ConnectionResetError"],
  [17, "FileExistsError"], [2, "FileNotFoundError"], [21, "IsADirectoryError"],
  [20, "NotADirectoryError"], [4, "InterruptedError"], [13, "PermissionError"],
  [1, "PermissionError"], [3, "ProcessLookupError"], [110, "TimeoutError"],
]);

const builtin = (name: string, fn: (core: Core, args: Value[]) => Value) =>
  new BuiltinFunction(name, fn as unknown as BuiltinFunction["fn"]);

const FIELDS = ["errno", "strerror", "filename", "filename2"] as const;

/** Sets the attributes (and `args`) from the constructor's arguments, as CPython's OSError.__init__. */
function initOSError(core: Core, self: PyInstance, args: Value[]): void {
  const parsed = args.length >= 2 && args.length <= 5;
  const values: Value[] = parsed ? [args[0], args[1], args[2] ?? null, args[4] ?? null] : [null, null, null, null];
  FIELDS.forEach((name, i) => self.dict.set(name, values[i]));
  self.args = core.newTuple(parsed && args.length >= 3 ? args.slice(0, 2) : args.slice());
}

/** Gives OSError its __new__ (errno -> subclass) and __init__ (the attributes). */
export function installOSError(classes: Map<string, PyClass>): void {
  const osError = classes.get("OSError")!;
  osError.dict.set("__new__", new PyDescriptor("staticmethod", builtin("__new__", (core, args) => {
    let cls = args[0] as PyClass;
    const rest = args.slice(1);
    if (cls === osError && rest.length >= 2 && typeof rest[0] === "number") {
      const sub = ERRNO_CLASS.get(rest[0]);
      if (sub !== undefined) cls = classes.get(sub)!;
    }
    const inst = newInstance(core, cls, rest);
    core.charge(FIELDS.length * ATTRIBUTE_BYTES);
    initOSError(core, inst, rest);
    return inst;
  })));
  osError.dict.set("__init__", builtin("__init__", (core, args) => {
    const self = args[0];
    if (self instanceof PyInstance) initOSError(core, self, args.slice(1));
    return null;
  }));
}

/** str() of an OSError with its attributes set ("[Errno 2] msg: 'f'"), else null (the generic rules). */
export function osErrorText(e: PyInstance, f32: boolean): string | null {
  const errno = e.dict.get("errno"), strerror = e.dict.get("strerror");
  const filename = e.dict.get("filename"), filename2 = e.dict.get("filename2");
  if (errno === undefined) return null;
  const head = `[Errno ${strValue(errno ?? null, f32)}] ${strValue(strerror ?? null, f32)}`;
  if (filename !== null && filename !== undefined) {
    const tail = filename2 !== null && filename2 !== undefined ? ` -> ${reprValue(filename2, f32)}` : "";
    return `${head}: ${reprValue(filename, f32)}${tail}`;
  }
  if (errno !== null && strerror !== null) return head;
  return null;
}
