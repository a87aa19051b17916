// The library modules compiled once by the build (compiler/moduleCache.ts,
// host/compile.ts buildLibraryCache): a program compiled with the cache is the very
// program compiled without it, and an entry is used only while everything its
// compilation read is unchanged.
import { describe, expect, it } from "vitest";
import { encodeProgram } from "../../src/bytecode/image.js";
import { RecordingModuleCache, decodeModuleCache } from "../../src/compiler/moduleCache.js";
import { type CompileOptions, buildLibraryCache, compile } from "../../src/host/compile.js";
import { libraryModules } from "../../src/vm/modules/index.js";

const built = buildLibraryCache();
const cache = decodeModuleCache(built)!;

const imageOf = (src: string, moduleCache: CompileOptions["moduleCache"], files: Record<string, string> = {}) =>
  encodeProgram(compile(src, { file: "/prog/main.py", readFile: (p) => files[p] ?? null, moduleCache })).bytes;

describe("the library module cache", () => {
  it("holds every library module, and a program compiled with it is byte for byte the one compiled without", () => {
    const names = [...libraryModules].filter(([, s]) => s.python3 !== null).map(([n]) => n);
    const src = names.map((n) => `import ${n}\n`).join("");
    const used: string[] = [];
    const counting = { get: (k: string) => { const e = cache.get(k); if (e) used.push(k); return e; } };
    expect(imageOf(src, counting)).toEqual(imageOf(src, null));
    expect(used.length).toBeGreaterThanOrEqual(names.length);
  });

  it("gives the classic dialect's library modules too", () => {
    const names = [...libraryModules].filter(([, s]) => s.classic !== null).map(([n]) => n);
    const src = names.map((n) => `import ${n}\n`).join("");
    const compileClassic = (moduleCache: ReturnType<typeof decodeModuleCache>) =>
      encodeProgram(compile(src, { file: "/prog/main.py", dialect: "classic", readFile: () => null, moduleCache })).bytes;
    expect(compileClassic(cache)).toEqual(compileClassic(null));
  });

  it("is not used for a module a file of the program shadows", () => {
    const files: Record<string, string> = { "/prog/json.py": "def dumps(x): return 'mine'\n" };
    const program = compile("import json\nprint(json.dumps(1))\n", { file: "/prog/main.py", readFile: (p) => files[p] ?? null, moduleCache: cache });
    const json = program.modules.find((m) => m.name === "json")!;
    expect(json.code.file).toBe("/prog/json.py");
  });

  it("is not used when a module its compilation asked about now exists or not", () => {
    const recording = new RecordingModuleCache();
    compile("import json\n", { file: "/prog/main.py", readFile: () => null, moduleCache: recording });
    const key = [...recording.entries.keys()].find((k) => k.includes("\0json\0"))!;
    const entry = recording.entries.get(key)!;
    const marker = { ...entry.unit, sourceHash: "0000000000000000" };
    // Compiling json asked whether some module exists: say the answer was the opposite.
    recording.entries.set(key, { ...entry, unit: marker, lookups: [...entry.lookups, ["json.never_a_module", true]] });
    const again = compile("import json\n", { file: "/prog/main.py", readFile: () => null, moduleCache: recording });
    expect(again.modules.find((m) => m.name === "json")!.sourceHash).not.toBe("0000000000000000");
    // The same entry with its true answers is used.
    recording.entries.set(key, { ...entry, unit: marker });
    const hit = compile("import json\n", { file: "/prog/main.py", readFile: () => null, moduleCache: recording });
    expect(hit.modules.find((m) => m.name === "json")!.sourceHash).toBe("0000000000000000");
  });

  it("rejects a damaged file or entry: the modules are then compiled", () => {
    expect(decodeModuleCache(new Uint8Array([1, 2, 3]))).toBeNull();
    expect(decodeModuleCache(built.slice(0, 20))).toBeNull();
    const damaged = built.slice();
    damaged[damaged.length - 100] ^= 0xff; // inside the last module's image
    const broken = decodeModuleCache(damaged)!;
    const src = "import json\nimport dataclasses\nimport functools\n";
    expect(imageOf(src, broken)).toEqual(imageOf(src, null));
  });
});
