// The standard modules a program can import, by name. A factory builds a fresh
// module for one core (modules hold no state of their own; per-core state lives in
// core.moduleState). Factories read core.dialect where the dialects differ.

import type { CoreApi } from "../values.js";
import { createImportlib } from "../dynamicImport.js";
import { createAtexit } from "./atexit.js";
import { PyModule } from "../values.js";
import { createAbc } from "./abc.js";
import { createArray } from "./array.js";
import { createBinascii, createHashlib, createZlib } from "./binaryCodecs.js";
import { createAsyncioHelpers } from "./asyncioHelpers.js";
import { createCollectionsHelpers } from "./collections.js";
import { createCollectionsAbcHelpers } from "./collectionsAbc.js";
import { createWarningsHelpers } from "./warningsNative.js";
import { createTracebackHelpers } from "./tracebackNative.js";
import { createStdinHelpers } from "./stdinNative.js";
import { createCopy } from "./copy.js";
import { createDatetimeHelpers } from "./datetime.js";
import { createQueueHelpers } from "./queueTimeit.js";
import { createFunctoolsHelpers } from "./functools.js";
import { createBisect, createHeapq } from "./heapq.js";
import { createItertools } from "./itertools.js";
import { createJsonHelpers } from "./json.js";
import { createDataclassesHelpers } from "./dataclassesNative.js";
import { createMath } from "./math.js";
import { createMemory } from "./memory.js";
import { createOperator } from "./operator.js";
import { createParallel } from "./parallel.js";
import { createConcurrency } from "./concurrency.js";
import { createRandom } from "./random.js";
import { createReHelpers } from "./re.js";
import { createAnnotationHelpers } from "./annotations.js";
import { builtinsModule } from "../builtins.js";
import { createString } from "./string.js";
import { createStruct } from "./struct.js";
import { createSys } from "./sys.js";
import { createTime } from "./time.js";
import { createUtil } from "./util.js";
import { createCmath } from "../complex.js";
import { createUnicodedata } from "./unicodedata.js";
import { createWeakrefHelpers } from "./weakrefNative.js";

export type ModuleFactory = (core: CoreApi) => PyModule;

export const standardModules = new Map<string, ModuleFactory>([
  ["math", createMath],
  ["random", createRandom],
  ["array", createArray],
  ["memory", createMemory],
  ["util", createClassicAwareUtil],
  ["parallel", createParallel],
  ["concurrency", createConcurrency],
  ["sys", createSys],
  ["struct", createStruct],
  ["cmath", createCmath],
  ["time", createTime],
  ["itertools", createItertools],
  ["operator", createOperator],
  ["heapq", createHeapq],
  ["bisect", createBisect],
  ["copy", createCopy],
  ["_string", createString],
  ["abc", createAbc],
  ["binascii", createBinascii],
  ["hashlib", createHashlib],
  ["zlib", createZlib],
  ["importlib", createImportlib],
  ["atexit", createAtexit],
  ["unicodedata", createUnicodedata],
  // Native helpers of the library modules written in ePython (library.ts).
  ["_collections", createCollectionsHelpers],
  ["_collections_abc", createCollectionsAbcHelpers],
  ["_warnings", createWarningsHelpers],
  ["_traceback", createTracebackHelpers],
  ["_stdin_lines", createStdinHelpers],
  ["_functools", createFunctoolsHelpers],
  ["builtins", () => builtinsModule],
  ["_re", createReHelpers],
  ["_annotations", createAnnotationHelpers],
  ["_datetime", createDatetimeHelpers],
  ["_queue", createQueueHelpers],
  ["_json", createJsonHelpers],
  ["_dataclasses", createDataclassesHelpers],
  ["_asyncio", createAsyncioHelpers],
  ["_weakref", createWeakrefHelpers],
]);

// Modules written in ePython itself (taskfarm) are not here: the compiler includes
// their source in the image; see library.ts.
export { lateModuleAttributes, libraryModules, withLibraryModules } from "./library.js";

/**
 * `util`. In the classic dialect the original's util.py starts with
 * `from array import len`, which (imports being textual includes there) brings the
 * whole array module along: `import util` then gives `len`, `size`, `array`...
 */
function createClassicAwareUtil(core: CoreApi): PyModule {
  const util = createUtil(core);
  if (core.dialect !== "classic") return util;
  const array = createArray(core);
  array.names.forEach((name, i) => {
    const v = array.slots[i];
    if (v !== undefined && util.get(name) === undefined) util.set(name, v);
  });
  return util;
}
