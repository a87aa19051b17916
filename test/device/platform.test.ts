// Seam 5: lang, compiler, vm and device run in a browser. The browser entry
// (src/browser.ts) is bundled for the browser; no Node module may be pulled in, and
// the bundle must compile and run a multi-core program on the portable platform.
import { build, type Plugin } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Records every import of a Node built-in (node:x, or a bare built-in name) and who made it. */
function nodeImports(found: string[]): Plugin {
  const builtins = /^(node:.*|path|fs|os|url|util|crypto|perf_hooks|worker_threads|child_process|process|buffer|events|stream)$/;
  return {
    name: "node-imports",
    setup(b) {
      b.onResolve({ filter: builtins }, (args) => {
        found.push(`${args.importer.slice(root.length)} imports ${args.path}`);
        return { path: args.path, external: true };
      });
    },
  };
}

async function bundle(): Promise<{ found: string[]; code: string }> {
  const found: string[] = [];
  const r = await build({
    absWorkingDir: root,
    entryPoints: ["src/browser.ts"],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
    logLevel: "silent",
    plugins: [nodeImports(found)],
  });
  return { found, code: r.outputFiles[0].text };
}

describe("browser bundle", () => {
  it("pulls in no Node module", async () => {
    const { found } = await bundle();
    expect(found).toEqual([]);
  }, 60_000);

  it("compiles and runs a multi-core program with asynchronous input, in slices", async () => {
    const { code } = await bundle();
    const api = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
    const program = api.compileProgram(
      "from parallel import coreid, reduce\nname = input() if coreid() == 0 else ''\nprint(name, reduce(coreid(), 'sum'))\n",
      "main.py", { readFile: () => null, isBuiltinModule: (n: string) => api.standardModules.has(n) },
    );
    let out = "";
    const device = new api.Device(program, {
      profile: api.profiles.epiphany3, deviceCores: 4, hostCores: 0, float64: false, prefix: true, seed: 1,
      timeoutMs: 10_000, write: (t: string) => (out += t), warn: () => {}, sliceMs: 1,
      readLineAsync: async () => "web",
    });
    const r = await device.runAsync();
    expect(r.ok).toBe(true);
    expect(r.workers.workers).toBe(1);
    expect(out).toContain("[device 0] web 6");
    expect(out).toContain("[device 3]  6");
  }, 60_000);
});
