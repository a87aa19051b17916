// `_stdin_lines`: the native helper of the library module `_stdin` (sys.stdin,
// stdinSource.ts), and the state input() shares with it, so that both read one stream
// as CPython's input() reads sys.stdin:
//   next_line()   the text sys.stdin has not yet returned: what a readline(size) or
//                 read(size) left of its line (unread), else the next line of the
//                 core's input exactly as the input had it, with its "\n" or without
//                 one for a last line that had none; '' at the end of input. Like
//                 input() it may block the core until the line arrives (CorePort.input).
//   unread(text)  gives text back to be read first (by sys.stdin or input()).
//   register(f)   the sys.stdin object the program starts with (redirectedStdin).

import { asStr, expectArgs } from "../args.js";
import { PyModule, SUSPEND, type CoreApi, type Value } from "../values.js";
import { def } from "./util.js";

interface StdinState {
  /** Text of the current line read from the input and not yet returned. */
  pending: string;
  /** The `_stdin.stdin` object, once made. */
  original: Value | null;
}

export function stdinState(core: CoreApi): StdinState {
  return core.moduleState<StdinState>("stdin.lines", () => ({ pending: "", original: null }));
}

/** The rest of a line sys.stdin has partly returned, taken (null when there is none). */
export function takePending(core: CoreApi): string | null {
  const s = stdinState(core);
  if (!s.pending) return null;
  const text = s.pending;
  s.pending = "";
  return text;
}

export function createStdinHelpers(core: CoreApi): PyModule {
  void core;
  const mod = new PyModule("_stdin_lines");
  def(mod, "next_line", (c, args) => {
    expectArgs("next_line", args, 0);
    const pending = takePending(c);
    if (pending !== null) return c.newStr(pending);
    return c.port.input("", (line) => c.newStr(line ?? ""));
  });
  // read_available(): the text of every line the input has ready now (at least one
  // line, waiting for it if need be; '' at the end of input), for read() of the whole
  // input: one call instead of one per line.
  def(mod, "read_available", (c, args) => {
    expectArgs("read_available", args, 0);
    const pending = takePending(c);
    const parts: string[] = pending === null ? [] : [pending];
    let waiting = false;
    let ended = false;
    for (;;) {
      // A line that arrives later (the port returned SUSPEND) ends this call's text.
      const r = c.port.input("", (line) => {
        if (line === null) ended = true;
        else parts.push(line);
        return waiting || ended ? c.newStr(parts.join("")) : null;
      });
      if (r === SUSPEND) {
        // The port answers later (never inside this call): with the lines taken so far.
        waiting = true;
        return r;
      }
      if (ended) return r;
    }
  });
  def(mod, "unread", (c, args) => {
    expectArgs("unread", args, 1);
    const s = stdinState(c);
    s.pending = (asStr(args[0]) ?? "") + s.pending;
    return null;
  });
  def(mod, "register", (c, args) => {
    expectArgs("register", args, 1);
    stdinState(c).original = args[0];
    return null;
  });
  return mod;
}
