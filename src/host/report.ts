// How a run's failures are shown to the user, and the run's exit status: an ePython
// traceback with source lines, the core that failed and the cause, a summary of the
// other cores, deadlock and timeout reports, syntax errors. Never a JavaScript stack
// for a user mistake. Colours are the caller's choice (the CLI on a terminal).

import pc from "picocolors";
import { contentHash } from "../bytecode/checksum.js";
import type { Program } from "../bytecode/code.js";
import type { RunResult } from "../device/device.js";
import { coreReport } from "../device/deadlock.js";
import type { CoreSummary } from "../device/node.js";
import { type EPythonSyntaxError, lineOf } from "../lang/diagnostics.js";
import type { SyntaxWarning } from "../compiler/warnings.js";
import type { ChainedError, GroupMember, PyError, TraceEntry } from "../vm/errors.js";

export type Colors = ReturnType<typeof pc.createColors>;

/** Colour functions: real ones, or ones that return their text unchanged. */
export function colors(enabled: boolean): Colors {
  return pc.createColors(enabled);
}

/** Exit statuses of runs that did not end by themselves (as `timeout(1)` uses 124). */
export const STATUS_FAILED = 1;
export const STATUS_INTERRUPTED = 130;
export const STATUS_DEADLOCK = 3;
export const STATUS_TIMEOUT = 124;

/**
 * Formats a core's uncaught error. Given the `program` that ran, a traceback entry
 * quotes its source line only if the program records that file (as a module's file)
 * with the content hash the file has now: an edited file would show the wrong line,
 * and a file name in an image is untrusted (an image naming /etc/passwd must not
 * print it). Without a program `readSource` alone decides what is quoted.
 */
export function formatRuntimeError(
  error: PyError,
  /** The core's number as the header shows it: 3, or "3 (microblaze)" on a device of several types. */
  core: number | string,
  coreLabel: string,
  readSource: (file: string) => string | null,
  program: Program | undefined,
  c: Colors = colors(false),
): string {
  const quote = sourceQuoter(readSource, program);
  const out: string[] = [c.bold(c.red(`Error on ${coreLabel} ${core}:`))];
  if (error.detail) out.push(error.detail);
  if (error.group || error.chain.some((l) => l.group)) {
    const top = {
      kind: error.kind, message: error.pyMessage, traceback: error.traceback, chain: error.chain,
      group: error.group ?? undefined, notes: error.notes ?? undefined,
    };
    formatGroupAware(out, top, quote);
    return out.join("\n");
  }
  // CPython prints the chain first: each earlier exception, then the sentence linking it to the next.
  for (const link of error.chain) {
    formatTraceback(out, link.traceback, quote);
    out.push(`${link.kind}${link.message ? `: ${link.message}` : ""}`, ...link.notes ?? [], "", link.link === "cause"
      ? CAUSE_LINE
      : CONTEXT_LINE, "");
  }
  formatTraceback(out, error.traceback, quote);
  const suggestion = error.suggestion !== null ? `. Did you mean: '${error.suggestion}'?` : "";
  out.push(c.bold(`${error.kind}${error.pyMessage ? `: ${error.pyMessage}` : ""}${suggestion}`), ...error.notes ?? []);
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error && process.env.EPYTHON_DEBUG) out.push(String(cause.stack));
  return out.join("\n");
}

const CAUSE_LINE = "The above exception was the direct cause of the following exception:";
const CONTEXT_LINE = "During handling of the above exception, another exception occurred:";

/**
 * An error whose chain holds exception groups, as CPython 3.11 prints it uncaught
 * (pythonrun.c's print_exception_group): each group's members in boxes (`+-+---- 1 ----`), every line inside a box
 * behind a `| ` margin indented two columns per level, at most 15 members shown and
 * 10 levels deep.
 */
function formatGroupAware(out: string[], top: GroupMember, quote: (file: string, line: number) => string): void {
  const ctx = { depth: 0, needClose: false };
  const indent = () => " ".repeat(2 * ctx.depth);
  const emit = (lines: string[], margin = "|") => {
    const prefix = indent() + (ctx.depth ? `${margin} ` : "");
    for (const l of lines) out.push(prefix + l);
  };
  const entries = (tb: readonly TraceEntry[]) => {
    const lines: string[] = [];
    formatTraceback(lines, tb, quote);
    return lines.slice(1);
  };
  const one = (e: GroupMember | ChainedError): void => {
    // The message line, then its notes (CPython prints them inside the same box).
    const last = [`${e.kind}${e.message ? `: ${e.message}` : ""}`, ...e.notes ?? []];
    if (!e.group) {
      if (e.traceback.length) emit(["Traceback (most recent call last):", ...entries(e.traceback)]);
      emit(last);
      return;
    }
    if (ctx.depth > 10) {
      emit(["... (max_group_depth is 10)"]);
      return;
    }
    const isTop = ctx.depth === 0;
    if (isTop) ctx.depth++;
    if (e.traceback.length) {
      emit(["Exception Group Traceback (most recent call last):"], isTop ? "+" : "|");
      emit(entries(e.traceback));
    }
    emit(last);
    const count = e.group.length;
    const n = count <= 15 ? count : 16;
    ctx.needClose = false;
    for (let i = 0; i < n; i++) {
      const lastMember = i === n - 1;
      if (lastMember) ctx.needClose = true;
      const truncated = i >= 15;
      out.push(`${indent()}${i === 0 ? "+-" : "  "}+---------------- ${truncated ? "..." : i + 1} ----------------`);
      ctx.depth++;
      if (!truncated) withChain(e.group[i]!);
      else emit([`and ${count - 15} more exception${count - 15 > 1 ? "s" : ""}`]);
      if (lastMember && ctx.needClose) {
        out.push(`${indent()}+------------------------------------`);
        ctx.needClose = false;
      }
      ctx.depth--;
    }
    if (isTop) ctx.depth = 0;
  };
  const withChain = (e: GroupMember): void => {
    for (const link of e.chain) {
      // As CPython's print_chained: a chained group closes its own boxes, not the member's.
      const needClose = ctx.needClose;
      one(link);
      ctx.needClose = needClose;
      emit(["", link.link === "cause" ? CAUSE_LINE : CONTEXT_LINE, ""]);
    }
    one(e);
  };
  withChain(top);
}

/** "Traceback (most recent call last):" and the entries, each with its source line. */
function formatTraceback(out: string[], tb: readonly TraceEntry[], quote: (file: string, line: number) => string): void {
  // An error raised outside any frame (a kernel's result that cannot leave the device)
  // has no traceback: CPython prints no header for one either.
  if (!tb.length) return;
  out.push("Traceback (most recent call last):");
  // Like CPython, a run of identical entries (deep recursion) shows three, then a count.
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
}

/** Returns the trimmed text of a line of a file, or "" unless the file is the one compiled. */
function sourceQuoter(readSource: (file: string) => string | null, program: Program | undefined): (file: string, line: number) => string {
  const source = program ? verifiedSource(readSource, program) : readSource;
  return (file, line) => {
    const src = source(file);
    return src === null ? "" : lineOf(src, line).trim();
  };
}

/**
 * The text of a file of `program` if `readSource` gives the content the program was
 * compiled from (its module's content hash), else null (see formatRuntimeError).
 */
function verifiedSource(readSource: (file: string) => string | null, program: Program): (file: string) => string | null {
  const recorded = new Map<string, Set<string>>();
  for (const m of program.modules) {
    const hashes = recorded.get(m.code.file) ?? new Set<string>();
    hashes.add(m.sourceHash);
    recorded.set(m.code.file, hashes);
  }
  const verified = new Map<string, string | null>();
  return (file) => {
    if (!verified.has(file)) {
      const src = recorded.has(file) ? readSource(file) : null;
      verified.set(file, src !== null && recorded.get(file)!.has(contentHash(src)) ? src : null);
    }
    return verified.get(file)!;
  };
}

/**
 * The source texts of `program`'s files that `readSource` gives as compiled, by file
 * name: what the cores' `traceback` module quotes (DeviceOptions.sources), the lines
 * the report of an uncaught error quotes.
 */
export function programSources(readSource: (file: string) => string | null, program: Program): Map<string, string> {
  const source = verifiedSource(readSource, program);
  const texts = new Map<string, string>();
  for (const m of program.modules) {
    const text = source(m.code.file);
    if (text !== null) texts.set(m.code.file, text);
  }
  return texts;
}

/**
 * A compile error as the CLI prints it. A Python exception (SyntaxError,
 * IndentationError, TabError) in CPython's layout, whose last line is CPython's, with
 * the column added to its first:
 *
 *     File "prog.py", line 1, column 16
 *       for s in [1, 2]
 *                      ^
 *   SyntaxError: expected ':'
 *
 * (the source line stripped of its indentation, the caret moved with it, as CPython
 * prints them). What native code cannot compile (EPythonSyntaxError.label "error")
 * keeps the compiler's one-line form, `prog.py:3:5: error: ...`, then the line and caret.
 */
export function formatSyntaxError(e: EPythonSyntaxError, c: Colors): string {
  if (e.label === "error") {
    const [head, ...rest] = e.format().split("\n");
    return [c.bold(head.replace(": error: ", `: ${c.red(e.label)}: `)), ...rest].join("\n");
  }
  return [
    `  File "${e.file}", line ${e.line}${e.col > 0 ? `, column ${e.col}` : ""}`,
    ...sourceAndCaret(e),
    `${c.red(e.label)}: ${e.message}`,
  ].join("\n");
}

/** A SyntaxWarning as CPython's warnings module prints it: the location, the message, the line. */
export function formatSyntaxWarning(file: string, w: SyntaxWarning, source: string): string {
  return `${file}:${w.line}: SyntaxWarning: ${w.message}\n  ${lineOf(source, w.line).trim()}\n`;
}

/**
 * The source line and caret line under a SyntaxError's header, as CPython 3.11's
 * print_error_text draws them: the line without its leading blanks, the caret moved
 * with it and clipped to the line's end, no caret when the column falls in the
 * indentation or is 0 (CPython's "no column", e.g. at the end of the file), and one
 * caret per column of a SyntaxError's range — which, past the line, runs to its end.
 * CPython counts the line's length in UTF-8 bytes and with its newline.
 */
function sourceAndCaret(e: EPythonSyntaxError): string[] {
  const line = e.sourceLine;
  const text = line.replace(/^[ \t\f]+/, "");
  if (line === "" && !e.lineEnded) return []; // past the end of the file
  const bytes = (s: string) => Buffer.byteLength(s, "utf8");
  const lineSize = bytes(line) + (e.lineEnded ? 1 : 0);
  const endCol = Math.min(e.endLine > e.line ? lineSize : e.endCol, lineSize + 1);
  // CPython draws the range of a SyntaxError only, not of its subclasses (IndentationError...)
  const carets = endCol > e.col && e.kind === "SyntaxError" ? endCol - e.col : 1;
  const offset = Math.min(e.col - 1 - (line.length - text.length), bytes(text));
  if (offset < 0) return [`    ${text}`];
  return [`    ${text}`, `    ${" ".repeat(offset)}${"^".repeat(carets)}`];
}

/** "(3 other cores stopped: 1 had finished, 2 were waiting)": every state counted. */
export function othersSummary(others: readonly CoreSummary[]): string {
  const count = (state: CoreSummary["state"]) => others.filter((s) => s.state === state).length;
  const was = (n: number) => (n === 1 ? "was" : "were");
  const parts: string[] = [];
  const finished = count("finished");
  const failed = count("failed");
  const waiting = count("blocked");
  const notStarted = others.filter((s) => s.notStarted).length;
  const running = count("running") - notStarted;
  if (finished) parts.push(`${finished} had finished`);
  if (failed) parts.push(`${failed} had failed too`);
  if (waiting) parts.push(`${waiting} ${was(waiting)} waiting`);
  if (running) parts.push(`${running} ${was(running)} still running`);
  if (notStarted) parts.push(`${notStarted} had not started`);
  return `(${others.length} other core${others.length === 1 ? "" : "s"} stopped: ${parts.join(", ")})`;
}

/**
 * The report of a run that did not end by itself (empty when it did), and the
 * run's exit status: 1 when a core failed (130 by an uncaught KeyboardInterrupt, as
 * CPython), 3 on a deadlock, 124 on a timeout, else
 * the status the cores gave to exit().
 */
export function endReport(
  result: RunResult, timeoutMs: number, readSource: (file: string) => string | null, program: Program, c: Colors,
): { status: number; text: string } {
  if (result.failure) {
    const { core, error } = result.failure;
    const spec = result.layout.spec(core);
    const [label, n] = spec.label.split(" ");
    const which = result.layout.heterogeneous && !spec.isHost ? `${n} (${spec.type})` : Number(n);
    const lines = [formatRuntimeError(error, which, `${label} core`, readSource, program, c)];
    const others = result.summaries.filter((s) => s.id !== core);
    if (others.length) {
      lines.push(othersSummary(others));
      const unfinished = others.filter((s) => s.state !== "finished");
      if (unfinished.length) lines.push(...coreReport(unfinished).slice(0, 64).map((l) => `  ${l}`));
    }
    // An uncaught KeyboardInterrupt ends CPython by SIGINT: the shell sees 128 + 2.
    return { status: error.kind === "KeyboardInterrupt" ? STATUS_INTERRUPTED : STATUS_FAILED, text: lines.join("\n") + "\n" };
  }
  if (result.stuck) {
    const deadlock = result.stuck.reason === "deadlock";
    const title = deadlock ? "Deadlock: no core can make progress." : `Timeout: the program did not finish within ${timeoutMs / 1000} s.`;
    const text = c.bold(c.red(title)) + "\n" + result.stuck.cores.map((l) => `  ${l}`).join("\n") + "\n";
    return { status: deadlock ? STATUS_DEADLOCK : STATUS_TIMEOUT, text };
  }
  return { status: result.exitStatus, text: "" };
}
