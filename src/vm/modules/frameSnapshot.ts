// sys._getframe([depth]): the calling frame (or the one `depth` calls above it) as a
// snapshot, taken when _getframe is called: a `frame` object with `f_code` (a `code`
// object: `co_name`, `co_qualname`, `co_filename`, `co_firstlineno`), `f_lineno` (the
// line running in that frame then), `f_globals` (a snapshot of its module's globals,
// as globals() is) and `f_back` (the caller's frame, None past the module level).
// CPython's frames are live; ePython keeps no frame objects, so these do not follow
// the frame afterwards, and `f_locals`/`f_trace` are absent (a traceback's frames,
// vm/tracebackObjects.ts, have f_locals: snapshots taken as the exception unwound).
// Memory: each frame and code object is charged as an instance with its attributes.

import type { PyInstance } from "../classes.js";
import { frameObject } from "../codeObjects.js";
import type { Core } from "../core.js";
import { valueError } from "../errors.js";
import type { Frame } from "../frame.js";
import type { Value } from "../values.js";

/** The snapshot of `f` and, through f_back, of its callers (outermost made first). */
export function frameSnapshot(core: Core, f: Frame): PyInstance {
  const chain: Frame[] = [];
  for (let g: Frame | null = f; g !== null; g = g.parent) chain.push(g);
  let back: Value = null;
  for (let i = chain.length - 1; i >= 0; i--) {
    const g = chain[i];
    back = frameObject(core, g.code, g.lineAt(g.pc - 1), g.globals, back);
  }
  return back as PyInstance;
}

/** sys._getframe(depth): CPython's ValueError when the stack is not that deep. */
export function getFrame(core: Core, depth: number): PyInstance {
  let f = core.frame;
  for (let i = 0; i < depth && f !== null; i++) f = f.parent;
  if (f === null || depth < 0) throw valueError("call stack is not deep enough");
  return frameSnapshot(core, f);
}
