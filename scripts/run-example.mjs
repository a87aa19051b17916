// Runs a TypeScript host program (the examples under examples/offload/ts/) with the
// built package: esbuild strips the types, `import ... from "epython"` is pointed at
// dist/index.js, and the result runs as an ES module. (Node 20 cannot run .ts files
// itself; in your own project use your usual TypeScript runner, e.g. tsx.)
//   npm run example examples/offload/ts/tutorial6.ts
import { transformSync } from "esbuild";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run example <program.ts> [args...]");
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const index = pathToFileURL(join(root, "dist", "index.js")).href;
const source = readFileSync(resolve(file), "utf8");
const { code } = transformSync(source, { loader: "ts", format: "esm", target: "node20", sourcefile: file });
const js = code.replace(/(from\s+|import\s*\()(["'])epython\2/g, `$1"${index}"`);
const dir = mkdtempSync(join(tmpdir(), "epython-example-"));
const out = join(dir, "program.mjs");
writeFileSync(out, js);
process.argv.splice(1, 2, resolve(file));
try {
  await import(pathToFileURL(out).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
