#!/usr/bin/env node
// Everyday patterns vs CPython: small programs written the way users write them
// (string building, dict counting, sorting with keys, exceptions in loops, classes,
// collections, itertools, comprehensions...; one pattern per file in
// bench/patterns/). Its purpose is finding performance cliffs — a pattern many times
// slower than CPython where the big kernels (bench/run.mjs) do not look.
//
//   node bench/patterns/run.mjs [--runs N] [--baseline DIR] [WORD...]
//
// Each program times its own kernel with time.perf_counter() and prints `TIME s` last:
// the "kernel" columns are those times (start-up excluded, JIT warm-up included, as a
// user's program pays it), the "process" columns the whole process's wall time
// (start-up included). Medians of the runs, CPython (its real binary) and ePython
// (`--float64 --profile host`, one core) interleaved; outputs (without the TIME line)
// must agree. Exit status 1 when some output differs or a run fails.

import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { formatRatio, table } from "../lib/format.mjs";
import { methodLine, parseOptions, selected } from "../lib/options.mjs";
import { epython, interleaved, resolvePython, root, timeProcess } from "../lib/process.mjs";
import { geometricMean, ratio, summarize } from "../lib/stats.mjs";

const dir = join(root, "bench", "patterns");
const USAGE = "node bench/patterns/run.mjs [--runs N] [--baseline DIR] [WORD...]";
const TIME_LINE = /^TIME (\S+)\s*$/m;

/** A run's kernel seconds (its TIME line), and its output without that line. */
function parse(r) {
  const m = TIME_LINE.exec(r.stdout);
  return { kernel: m ? Number(m[1]) : NaN, output: r.stdout.replace(TIME_LINE, "").replace(/\s+$/, "") };
}

function benchPattern(name, python, opts) {
  const file = relative(root, join(dir, `${name}.py`));
  const args = ["run", "--float64", "--no-prefix", "--profile", "host", file];
  const configs = [{ key: "cp", cmd: [python.path, [file]] }, { key: "ep", cmd: epython(args) }];
  const baseline = opts.flags["--baseline"];
  if (baseline) configs.push({ key: "base", cmd: [process.execPath, [join(baseline, "bin", "epython.js"), ...args]] });
  const kernels = configs.map(() => []);
  const outputs = configs.map(() => null);
  const measured = interleaved(configs, opts.runs, (config) => {
    const r = timeProcess(config.cmd[0], config.cmd[1], { timeout: 120 });
    const p = parse(r);
    const i = configs.indexOf(config);
    if (r.ok && Number.isFinite(p.kernel)) kernels[i].push(p.kernel);
    outputs[i] ??= p.output;
    return { ...r, ok: r.ok && Number.isFinite(p.kernel) };
  });
  const by = (key) => configs.findIndex((c) => c.key === key);
  const med = (i) => (measured[i].failure || kernels[i].length === 0 ? null : summarize(kernels[i]));
  const wall = (i) => (measured[i].failure ? null : summarize(measured[i].samples));
  const cp = by("cp"), ep = by("ep"), base = by("base");
  const failed = measured.find((m) => m.failure);
  const agree = failed ? `failed (${(failed.failure.stderr || "").trim().split("\n").pop()?.slice(0, 80)})`
    : outputs[cp] === outputs[ep] && (base < 0 || outputs[base] === outputs[ep]) ? "yes" : "NO";
  return {
    name,
    cpKernel: med(cp), epKernel: med(ep), baseKernel: base >= 0 ? med(base) : null,
    cpWall: wall(cp), epWall: wall(ep),
    agree,
  };
}

function main() {
  const opts = parseOptions(process.argv.slice(2), { section: "patterns", usage: USAGE, extra: { "--baseline": { value: true } } });
  const names = readdirSync(dir).filter((f) => f.endsWith(".py")).sort().map((f) => f.slice(0, -3)).filter((n) => selected(opts, n));
  if (names.length === 0) return 0;
  const python = resolvePython();
  console.log("== Everyday patterns vs CPython 3 (bench/patterns/run.mjs): one core, --profile host ==");
  if (!python.path) {
    console.log("CPython 3 not found: nothing to compare with (skipped)");
    return 0;
  }
  console.log(`CPython: ${python.version}; ${methodLine(opts)}`);
  const headers = ["pattern", "CPython kernel s", "ePython kernel s", "kernel ratio"];
  if (opts.flags["--baseline"]) headers.push("after/base");
  headers.push("CPython process s", "ePython process s", "process ratio", "outputs agree");
  const line = (r) => {
    const s = (x) => (x ? x.median.toFixed(4) : "-");
    const cells = [r.name, s(r.cpKernel), s(r.epKernel), formatRatio(ratio(r.epKernel, r.cpKernel))];
    if (opts.flags["--baseline"]) cells.push(formatRatio(ratio(r.epKernel, r.baseKernel)));
    cells.push(s(r.cpWall), s(r.epWall), formatRatio(ratio(r.epWall, r.cpWall)), r.agree);
    return cells;
  };
  const rows = [];
  let status = 0;
  for (const name of names) {
    const r = benchPattern(name, python, opts);
    if (r.agree !== "yes") status = 1;
    rows.push(r);
    console.log(line(r).join("  "));
  }
  // Worst first: the cliffs to look at.
  rows.sort((a, b) => (ratio(b.epKernel, b.cpKernel) ?? 0) - (ratio(a.epKernel, a.cpKernel) ?? 0));
  console.log("\n" + table(rows.map(line), headers));
  const ok = rows.filter((r) => r.agree === "yes");
  const gm = (f) => geometricMean(ok.map(f).filter((x) => x !== null && Number.isFinite(x)));
  console.log(`\ngeometric mean over ${ok.length} pattern(s): kernel ${formatRatio(gm((r) => ratio(r.epKernel, r.cpKernel)))}, process ${formatRatio(gm((r) => ratio(r.epWall, r.cpWall)))}` +
    (opts.flags["--baseline"] ? `, after/base kernel ${formatRatio(gm((r) => ratio(r.epKernel, r.baseKernel)))}` : ""));
  return status;
}

process.exitCode = main();
