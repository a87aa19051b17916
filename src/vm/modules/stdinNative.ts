// `_stdin_lines`: the native helper of the library module `_stdin` (sys.stdin,
// stdinSource.ts). `next_line()` is the next line of the core's input exactly as the
// input had it: with its "\n", or without one for a last line that had none, and ''
// at the end of input. input() reads the same lines (builtins.ts) and drops the
// newline, so it cannot tell sys.stdin whether there was one; this can.
//
// Like input() it may block the core until the line arrives (CorePort.input).

import { expectArgs } from "../args.js";
import { PyModule, type CoreApi } from "../values.js";
import { def } from "./util.js";

export function createStdinHelpers(core: CoreApi): PyModule {
  void core;
  const mod = new PyModule("_stdin_lines");
  def(mod, "next_line", (c, args) => {
    expectArgs("next_line", args, 0);
    return c.port.input("", (line) => c.newStr(line ?? ""));
  });
  return mod;
}
