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
  for (const t of error.traceback) {
    out.push(`  File "${t.file}", line ${t.line}, in ${t.func}`);
    const src = readSource(t.file);
    if (src !== null) {
      const text = lineOf(src, t.line).trim();
      if (text) out.push(`    ${text}`);
    }
  }
  out.push(pc.bold(`${error.kind}${error.pyMessage ? `: ${error.pyMessage}` : ""}`));
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error && process.env.EPYTHON_DEBUG) out.push(String(cause.stack));
  return out.join("\n");
}
