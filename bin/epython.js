#!/usr/bin/env node
// The `epython` command: everything lives in the bundled CLI.
import { setFlagsFromString } from "node:v8";
// Interpreted programs allocate many short-lived values: a larger young generation
// makes scavenges rarer (~15-20 % faster float-heavy kernels). Must precede the load.
setFlagsFromString("--max-semi-space-size=32");
// A closed output pipe (`epython run prog.py | head`) ends the run quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
}
const { main } = await import("../dist/cli.js");
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
