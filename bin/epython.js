#!/usr/bin/env node
// The `epython` command: everything lives in the bundled CLI.
import { main } from "../dist/cli.js";
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
