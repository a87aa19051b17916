// compile(): a program from source text or from a bytecode image, with the module set
// `epython run` gives a program — the standard modules (built in) and the library
// modules written in ePython (taskfarm), whose source is included in the image — and
// user modules read next to the main file.

import { readFileSync } from "node:fs";
import type { Program } from "../bytecode/code.js";
import { decodeProgram, isImage } from "../bytecode/image.js";
import { compileProgram } from "../compiler/program.js";
import { type ModuleCache, RecordingModuleCache, decodeModuleCache, encodeModuleCache } from "../compiler/moduleCache.js";
import type { SyntaxWarning } from "../compiler/warnings.js";
import { decodeSource } from "../lang/source.js";
import { lateModuleAttributes, libraryModules, standardModules, withLibraryModules } from "../vm/modules/index.js";

export interface CompileOptions {
  /** The main file's path: imports are looked up next to it, tracebacks name it (default "<string>"). */
  file?: string;
  /** "python3" (default) or "classic"; `classic: true` is the same as dialect "classic". */
  dialect?: "python3" | "classic";
  classic?: boolean;
  /** Reads an imported user module's source, or null if there is none (default: from disk). */
  readFile?: (path: string) => string | null;
  /** Receives the text of every source file compiled (for source lines in tracebacks). */
  sources?: Map<string, string>;
  /** Offload kernel modules: the device-resident variables functions assign as globals. */
  deviceGlobals?: ReadonlySet<string>;
  /** Receives the main file's SyntaxWarnings (compiler/warnings.ts). */
  syntaxWarning?: (file: string, warning: SyntaxWarning) => void;
  /**
   * Library modules compiled before (compiler/moduleCache.ts). Default: the build's
   * file next to the bundle, when there is one; null compiles every module.
   */
  moduleCache?: ModuleCache | null;
}

/**
 * Reads a source file from disk as CPython does (UTF-8 or its PEP 263 coding line),
 * or null if it cannot be read. Undecodable bytes are a SyntaxError, not a missing
 * module.
 */
export function readFromDisk(path: string): string | null {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  return decodeSource(bytes, path);
}

/**
 * Compiles source text, or decodes a bytecode image (bytes that start with the
 * image magic; other bytes are source, decoded as CPython decodes a file). Throws EPythonSyntaxError for a bad
 * program and ImageError for a bad image.
 */
export function compile(input: string | Uint8Array, options: CompileOptions = {}): Program {
  if (typeof input !== "string" && isImage(input)) return decodeProgram(input, options.file);
  const file = options.file ?? "<string>";
  const source = typeof input === "string" ? input : decodeSource(input, file);
  const dialect = options.dialect ?? (options.classic ? "classic" : "python3");
  const read = options.readFile ?? readFromDisk;
  const sources = options.sources;
  sources?.set(file, source);
  // Files found on disk; a module file that is not one came from the library.
  const onDisk = new Set<string>();
  return compileProgram(source, file, {
    dialect,
    readFile: withLibraryModules((path) => {
      const text = read(path);
      if (text !== null) {
        sources?.set(path, text);
        onDisk.add(path);
      }
      return text;
    }, dialect),
    isLibraryFile: (path) => !onDisk.has(path),
    isBuiltinModule: (name) => standardModules.has(name),
    deviceGlobals: options.deviceGlobals,
    lateAttributes: lateModuleAttributes,
    syntaxWarning: options.syntaxWarning,
    // The build's file is read when a library module is first wanted (not for a program importing none).
    moduleCache: options.moduleCache === undefined ? { get: (key) => libraryCache()?.get(key) } : options.moduleCache ?? undefined,
  });
}

/** The file the build writes next to the bundle (scripts/build.mjs). */
export const LIBRARY_CACHE_FILE = "library-modules.cache";

let loaded: ModuleCache | null | undefined;

/**
 * The library modules the build compiled (moduleCache.ts), read once per process from
 * next to the bundle; null when there is no such file (running from the sources, a
 * browser) or it is not one: every module is then compiled.
 */
function libraryCache(): ModuleCache | undefined {
  if (loaded === undefined) {
    loaded = null;
    try {
      if (import.meta.url.startsWith("file:") && /\/dist\/[^/]*$/.test(import.meta.url)) {
        loaded = decodeModuleCache(readFileSync(new URL(`./${LIBRARY_CACHE_FILE}`, import.meta.url)));
      }
    } catch {
      loaded = null; // no file: compile as from the sources
    }
  }
  return loaded ?? undefined;
}

/**
 * Compiles every library module, in both dialects, as compile() compiles it for a
 * program that has no files of its own next to it, into the cache file's bytes (the
 * build writes them next to the bundle).
 */
export function buildLibraryCache(): Uint8Array {
  const cache = new RecordingModuleCache();
  for (const dialect of ["python3", "classic"] as const) {
    const names = [...libraryModules].filter(([, src]) => src[dialect] !== null).map(([name]) => name);
    if (names.length === 0) continue;
    compile(names.map((n) => `import ${n}\n`).join(""), { file: "<library>", dialect, readFile: () => null, moduleCache: cache });
  }
  return encodeModuleCache(cache.entries);
}
