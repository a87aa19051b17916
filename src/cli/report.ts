// How failures are shown to the user: an ePython traceback with source lines, the
// core that failed and the cause. Never a JavaScript stack for a user mistake.

import pc from "picocolors";
import { lineOf } from "../lang/diagnostics.js";
import type { PyError } from "../vm/errors.js";

export function formatRuntimeError(
  error: PyError,
  core: number,
  coreLabel: string,
  readSource: (file: string) => string | null,
): string {
  const out: string[] = [pc.bold(pc.red(`Error on ${coreLabel} ${core}:`)), "Traceback (most recent call last):"];
  // Like CPython, a run of identical entries (deep recursion) shows three, then a count.
  const tb = error.traceback;
  for (let i = 0; i < tb.length; ) {
    const t = tb[i];
    let j = i + 1;
    while (j < tb.length && tb[j].file === t.file && tb[j].line === t.line && tb[j].func === t.func) j++;
    const shown = Math.min(j - i, 3);
    for (let r = 0; r < shown; r++) {
      out.push(`  File "${t.file}", line ${t.line}, in ${t.func}`);
      const src = readSource(t.file);
      const text = src === null ? "" : lineOf(src, t.line).trim();
      if (text) out.push(`    ${text}`);
    }
    if (j - i > 3) out.push(`  [Previous line repeated ${j - i - 3} more times]`);
    i = j;
  }
  out.push(pc.bold(`${error.kind}${error.pyMessage ? `: ${error.pyMessage}` : ""}`));
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error && process.env.EPYTHON_DEBUG) out.push(String(cause.stack));
  return out.join("\n");
}
