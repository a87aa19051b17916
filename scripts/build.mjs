// Bundles the TypeScript sources into dist/ with esbuild. Runs on `npm install`
// (the `prepare` script) so that `npx epython` works straight after a clone.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { rmSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// Removing dist/ also removes the code cache of the command (dist/cli.cjs.cache).
rmSync(join(root, "dist"), { recursive: true, force: true });
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: "node",
  target: "node20",
  sourcemap: true,
  // EPYTHON_BUILD_READABLE=1: one statement per line, so that a CPU profile's
  // per-line ticks (node --cpu-prof) point at a statement, not a whole module.
  minifyWhitespace: !process.env.EPYTHON_BUILD_READABLE,
  minifySyntax: true,
  logLevel: "warning",
};
await build({
  ...common,
  // worker: the entry of the device's worker threads (src/device/cluster.ts starts it).
  entryPoints: { cli: "src/cli/main.ts", index: "src/index.ts", worker: "src/device/worker.ts" },
  outdir: "dist",
  splitting: true,
  format: "esm",
  packages: "external",
});
// The `epython` command (bin/epython.js) runs this one-file CommonJS build of the
// CLI: a classic script can be compiled with a V8 code cache (vm.Script cachedData;
// Node 20 has none for ES modules), which halves the time to compile and start the
// bundle. commander and picocolors are bundled in (loaded as packages they cost
// ~20 ms of CommonJS interop per start). import.meta.url (the worker script's and
// the native runtime's location) becomes this file's URL: both are found from dist/.
await build({
  ...common,
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/cli.cjs",
  format: "cjs",
  define: { "import.meta.url": "__epythonModuleUrl" },
  banner: { js: 'var __epythonModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
});
// The library modules written in Python (json, dataclasses, decimal...), compiled once
// here instead of in every run that imports them (src/compiler/moduleCache.ts).
// compile() finds the file next to the bundle; without it every module is compiled.
const lib = await import(pathToFileURL(join(root, "dist", "index.js")).href);
writeFileSync(join(root, "dist", lib.LIBRARY_CACHE_FILE), lib.buildLibraryCache());
