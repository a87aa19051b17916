// How failures are shown to the user: an ePython traceback with source lines, the
// core that failed and the cause. Never a JavaScript stack for a user mistake.

import pc from "picocolors";
import { contentHash } from "../bytecode/checksum.js";
import type { Program } from "../bytecode/code.js";
import { lineOf } from "../lang/diagnostics.js";
import type { PyError } from "../vm/errors.js";

/**
 * Formats a core's uncaught error. Given the `program` that ran, a traceback entry
 * quotes its source line only if the program records that file (as a module's file)
 * with the content hash the file has now: an edited file would show the wrong line,
 * and a file name in an image is untrusted (an image naming /etc/passwd must not
 * print it). Callers that have the program must pass it; without it (older callers)
 * `readSource` alone decides what is quoted.
 */
export function formatRuntimeError(
  error: PyError,
  core: number,
  coreLabel: string,
  readSource: (file: string) => string | null,
  program?: Program,
): string {
  const quote = sourceQuoter(readSource, program);
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
      const text = quote(t.file, t.line);
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

/** Returns the trimmed text of a line of a file, or "" unless the file is the one compiled. */
function sourceQuoter(readSource: (file: string) => string | null, program: Program | undefined): (file: string, line: number) => string {
  if (!program) {
    return (file, line) => {
      const src = readSource(file);
      return src === null ? "" : lineOf(src, line).trim();
    };
  }
  const recorded = new Map<string, Set<string>>();
  for (const m of program.modules) {
    const hashes = recorded.get(m.code.file) ?? new Set<string>();
    hashes.add(m.sourceHash);
    recorded.set(m.code.file, hashes);
  }
  const verified = new Map<string, string | null>();
  return (file, line) => {
    if (!verified.has(file)) {
      const src = recorded.has(file) ? readSource(file) : null;
      verified.set(file, src !== null && recorded.get(file)!.has(contentHash(src)) ? src : null);
    }
    const src = verified.get(file)!;
    return src === null ? "" : lineOf(src, line).trim();
  };
}
