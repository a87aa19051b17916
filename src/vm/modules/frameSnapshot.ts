// sys._getframe([depth]): the calling frame (or the one `depth` calls above it) as a
// snapshot, taken when _getframe is called: a `frame` object with `f_code` (a `code`
// object: `co_name`, `co_qualname`, `co_filename`, `co_firstlineno`), `f_lineno` (the
// line running in that frame then), `f_globals` (a snapshot of its module's globals,
// as globals() is) and `f_back` (the caller's frame, None past the module level).
// CPython's frames are live; ePython keeps no frame objects (as no traceback objects),
// so these do not follow the frame afterwards, and `f_locals`/`f_trace` are absent.
// Memory: each frame and code object is charged as an instance with its attributes.

import { ATTRIBUTE_BYTES, INSTANCE_BYTES, PyClass, PyInstance, objectClass } from "../classes.js";
import type { Core } from "../core.js";
import { valueError } from "../errors.js";
import type { Frame } from "../frame.js";
import { globalsOf } from "../introspection.js";
import type { Value } from "../values.js";

const frameClass = new PyClass("frame", "builtins", [objectClass], new Map<string, Value>([["__module__", "builtins"]]));
const codeClass = new PyClass("code", "builtins", [objectClass], new Map<string, Value>([["__module__", "builtins"]]));

function instance(core: Core, cls: PyClass, attrs: [string, Value][]): PyInstance {
  core.charge(INSTANCE_BYTES + ATTRIBUTE_BYTES * attrs.length);
  const inst = new PyInstance(cls);
  for (const [k, v] of attrs) inst.dict.set(k, v);
  return inst;
}

/** The snapshot of `f` and, through f_back, of its callers (outermost made first). */
function snapshot(core: Core, f: Frame): PyInstance {
  const chain: Frame[] = [];
  for (let g: Frame | null = f; g !== null; g = g.parent) chain.push(g);
  let back: Value = null;
  for (let i = chain.length - 1; i >= 0; i--) {
    const g = chain[i];
    const code = instance(core, codeClass, [
      ["co_name", core.newStr(g.code.name)],
      ["co_qualname", core.newStr(g.code.qualname ?? g.code.name)],
      ["co_filename", core.newStr(g.code.file)],
      ["co_firstlineno", g.code.firstLine],
    ]);
    back = instance(core, frameClass, [
      ["f_code", code],
      ["f_lineno", g.lineAt(g.pc - 1)],
      ["f_globals", globalsOf(core, g.globals)],
      ["f_back", back],
    ]);
  }
  return back as PyInstance;
}

/** sys._getframe(depth): CPython's ValueError when the stack is not that deep. */
export function getFrame(core: Core, depth: number): PyInstance {
  let f = core.frame;
  for (let i = 0; i < depth && f !== null; i++) f = f.parent;
  if (f === null || depth < 0) throw valueError("call stack is not deep enough");
  return snapshot(core, f);
}
