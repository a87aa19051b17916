// Library modules: standard modules written in ePython itself. The compiler includes
// a library module's source in the program image when the program imports it and no
// file of that name sits next to the program (see `withLibraryModules`), so its code
// runs as ordinary bytecode: it is charged to the core and traced by the collector
// like the program's own objects, and its functions may block (taskfarm).
//
// A module with no classic source exists in the Python 3 dialect only.

import { ASYNCIO_SOURCE } from "./asyncioSource.js";
import { COLLECTIONS_SOURCE } from "./collections.js";
import { FUNCTOOLS_SOURCE } from "./functools.js";
import { FUTURE_SOURCE } from "./futureSource.js";
import { DATACLASSES_SOURCE } from "./dataclassesSource.js";
import { IO_SOURCE } from "./ioSource.js";
import { JSON_SOURCE } from "./jsonSource.js";
import { RE_SOURCE } from "./re.js";
import { TEXTWRAP_SOURCE } from "./textwrapSource.js";
import { FRACTIONS_SOURCE, STATISTICS_SOURCE } from "./fractionsSource.js";
import { TASKFARM_CLASSIC_SOURCE, TASKFARM_SOURCE } from "./taskfarm.js";
import { TYPING_SOURCE } from "./typingSource.js";

/** Library modules written in ePython, by module name and dialect. */
export const libraryModules: ReadonlyMap<string, { python3: string; classic: string | null }> = new Map([
  ["taskfarm", { python3: TASKFARM_SOURCE, classic: TASKFARM_CLASSIC_SOURCE }],
  ["collections", { python3: COLLECTIONS_SOURCE, classic: null }],
  ["functools", { python3: FUNCTOOLS_SOURCE, classic: null }],
  ["dataclasses", { python3: DATACLASSES_SOURCE, classic: null }],
  ["typing", { python3: TYPING_SOURCE, classic: null }],
  ["json", { python3: JSON_SOURCE, classic: null }],
  ["re", { python3: RE_SOURCE, classic: null }],
  ["fractions", { python3: FRACTIONS_SOURCE, classic: null }],
  ["statistics", { python3: STATISTICS_SOURCE, classic: null }],
  ["textwrap", { python3: TEXTWRAP_SOURCE, classic: null }],
  ["io", { python3: IO_SOURCE, classic: null }],
  ["__future__", { python3: FUTURE_SOURCE, classic: null }],
  ["asyncio", { python3: ASYNCIO_SOURCE, classic: null }],
]);

/**
 * Wraps a compiler `readFile` so that importing a library module finds its bundled
 * source when no file of that name exists next to the importing program.
 */
export function withLibraryModules(readFile: (path: string) => string | null, dialect: "python3" | "classic" = "python3"): (path: string) => string | null {
  return (path) => {
    const text = readFile(path);
    if (text !== null) return text;
    const base = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
    if (!base.endsWith(".py")) return null;
    // Library modules are top-level: a file of a package directory is never one.
    if (readFile(path.slice(0, path.length - base.length) + "__init__.py") !== null) return null;
    return libraryModules.get(base.slice(0, -3))?.[dialect] ?? null;
  };
}
