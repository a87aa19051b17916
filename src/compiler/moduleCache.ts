// Compiled library modules, kept between runs. The library (vm/modules/library.ts) is
// Python source compiled into every program that imports it: `import functools`,
// `dataclasses` or `decimal` made every run parse, analyse and emit thousands of lines
// (0.3–1 s) before the program's first line. The build compiles them once
// (host/compile.ts buildLibraryCache, scripts/build.mjs) and compileProgram takes a
// module from here instead of compiling it when nothing its compilation depended on
// has changed.
//
// Soundness: an entry is found by everything compileModule reads for a library module
// (dialect, import name, file name, package or not, the source's content hash), and
// records the answers compiling it got about which other modules exist (package
// imports, packages.ts): compileProgram uses it only if each answer is still the same
// for this program (a user's file next to it can shadow a library submodule).

import type { ModuleUnit } from "../bytecode/code.js";
import { decodeProgram, encodeProgram } from "../bytecode/image.js";

/** What compileProgram needs of a compiled module, besides its code: what to import next. */
export interface CachedModule {
  unit: ModuleUnit;
  /** importedModuleNames then lateAttributeModules of its tree, in order. */
  imports: string[];
  /** dynamicImportNames of its tree (followed as guesses). */
  dynamic: string[];
  /** Each module name compiling it asked about, and whether it existed. */
  lookups: [string, boolean][];
}

/** Where compileProgram looks for library modules compiled before, and records new ones. */
export interface ModuleCache {
  get(key: string): CachedModule | undefined;
  put?(key: string, entry: CachedModule): void;
}

/** The key of a module's entry: everything its compilation read besides other modules' existence. */
export function moduleCacheKey(dialect: string, name: string, file: string, isPackage: boolean, sourceHash: string): string {
  return [dialect, name, file, isPackage ? "package" : "module", sourceHash].join("\0");
}

const MAGIC = "EPMC";
const VERSION = 1;

interface IndexEntry {
  key: string;
  /** The module's import name (its image names it __main__). */
  name: string;
  imports: string[];
  dynamic: string[];
  lookups: [string, boolean][];
  dialect: "python3" | "classic";
  /** The module's one-module bytecode image (bytecode/image.ts) within the blob area. */
  offset: number;
  length: number;
}

/** A cache that records what compileProgram puts in it (for building the file). */
export class RecordingModuleCache implements ModuleCache {
  readonly entries = new Map<string, CachedModule>();
  get(key: string): CachedModule | undefined {
    return this.entries.get(key);
  }
  put(key: string, entry: CachedModule): void {
    this.entries.set(key, entry);
  }
}

/**
 * The cache file: magic, version, the index's byte length (u32 LE), the index (JSON),
 * then each module's bytecode image. Images carry their own checksum, so a damaged
 * module is rejected (and compiled instead).
 */
export function encodeModuleCache(entries: ReadonlyMap<string, CachedModule>): Uint8Array {
  const blobs: Uint8Array[] = [];
  const index: IndexEntry[] = [];
  let offset = 0;
  for (const [key, e] of entries) {
    const dialect = key.slice(0, key.indexOf("\0")) === "classic" ? "classic" : "python3";
    // A one-module program, so its module is named as an image's first: __main__.
    const bytes = encodeProgram({ dialect, modules: [{ ...e.unit, name: "__main__" }] }).bytes;
    index.push({ key, name: e.unit.name, imports: e.imports, dynamic: e.dynamic, lookups: e.lookups, dialect, offset, length: bytes.length });
    blobs.push(bytes);
    offset += bytes.length;
  }
  const head = new TextEncoder().encode(JSON.stringify(index));
  const out = new Uint8Array(MAGIC.length + 1 + 4 + head.length + offset);
  for (let i = 0; i < MAGIC.length; i++) out[i] = MAGIC.charCodeAt(i);
  out[MAGIC.length] = VERSION;
  new DataView(out.buffer).setUint32(MAGIC.length + 1, head.length, true);
  let at = MAGIC.length + 5;
  out.set(head, at);
  at += head.length;
  for (const b of blobs) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

/**
 * Reads a cache file: null when it is not one (or of another version). A module whose
 * image does not decode is a miss (compiled afresh).
 */
export function decodeModuleCache(bytes: Uint8Array): ModuleCache | null {
  const start = MAGIC.length + 5;
  if (bytes.length < start || String.fromCharCode(...bytes.subarray(0, MAGIC.length)) !== MAGIC || bytes[MAGIC.length] !== VERSION) return null;
  const headLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.length).getUint32(MAGIC.length + 1, true);
  if (start + headLength > bytes.length) return null;
  let index: IndexEntry[];
  try {
    index = JSON.parse(new TextDecoder().decode(bytes.subarray(start, start + headLength))) as IndexEntry[];
  } catch {
    return null;
  }
  if (!Array.isArray(index)) return null;
  const blobs = start + headLength;
  const byKey = new Map(index.map((e) => [e.key, e]));
  return {
    // Decoded at each use: a program may change its code objects' caches as it runs,
    // and programs compiled in one process must not share them.
    get(key) {
      const e = byKey.get(key);
      if (e === undefined || blobs + e.offset + e.length > bytes.length) return undefined;
      try {
        // The build's own compiler wrote it: trusted as its output is (checksum checked).
        const program = decodeProgram(bytes.subarray(blobs + e.offset, blobs + e.offset + e.length), undefined, false);
        if (program.modules.length !== 1 || program.dialect !== e.dialect) return undefined;
        return { unit: { ...program.modules[0], name: e.name }, imports: e.imports, dynamic: e.dynamic, lookups: e.lookups };
      } catch {
        return undefined; // a damaged entry: the module is compiled instead
      }
    },
  };
}
