// Bundles the TypeScript sources into dist/ with esbuild. Runs on `npm install`
// (the `prepare` script) so that `npx epython` works straight after a clone.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { rmSync } from "node:fs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
rmSync(join(root, "dist"), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  // worker: the entry of the device's worker threads (src/device/cluster.ts starts it).
  entryPoints: { cli: "src/cli/main.ts", index: "src/index.ts", worker: "src/device/worker.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  sourcemap: true,
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
});
