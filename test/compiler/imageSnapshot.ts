// Byte-identity check for compiler refactors: compiles every examples/**/*.py (and
// bench/kernels) the way `epython run` does and writes, or compares against, one
// JSON file of base64 images. Run with
//   npx vite-node test/compiler/imageSnapshot.ts -- write /tmp/images.json
//   npx vite-node test/compiler/imageSnapshot.ts -- check /tmp/images.json
// (not a vitest file: the snapshot belongs to a before/after pair of commits).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compileProgram } from "../../src/compiler/program.js";
import { encodeProgram } from "../../src/bytecode/image.js";
import { EPythonSyntaxError } from "../../src/lang/diagnostics.js";
import { standardModules, withLibraryModules } from "../../src/vm/modules/index.js";

function sources(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) sources(p, out);
    else if (p.endsWith(".py")) out.push(p);
  }
  return out.sort();
}

function image(file: string): string {
  const dialect = file.includes("/classic/") ? "classic" : "python3";
  try {
    const program = compileProgram(readFileSync(file, "utf8"), file, {
      dialect,
      readFile: withLibraryModules((p) => {
        try { return readFileSync(p, "utf8"); } catch { return null; }
      }, dialect),
      isBuiltinModule: (n) => standardModules.has(n),
    });
    return Buffer.from(encodeProgram(program).bytes).toString("base64");
  } catch (e) {
    if (e instanceof EPythonSyntaxError) return `error: ${e.format()}`;
    throw e;
  }
}

const args = process.argv.slice(2).filter((a) => a !== "--");
const [mode, path] = args;
const images: Record<string, string> = {};
for (const f of [...sources("examples"), ...sources("bench/kernels")]) images[f] = image(f);
if (mode === "write") {
  writeFileSync(path, JSON.stringify(images, null, 1));
  console.log(`wrote ${Object.keys(images).length} images`);
} else {
  const before = JSON.parse(readFileSync(path, "utf8")) as Record<string, string>;
  let diff = 0;
  for (const f of new Set([...Object.keys(before), ...Object.keys(images)])) {
    if (before[f] !== images[f]) { diff++; console.log(`DIFFERS: ${f}`); }
  }
  console.log(`${Object.keys(images).length} programs, ${diff} differ`);
  process.exitCode = diff ? 1 : 0;
}
