#!/usr/bin/env node
// Side-by-side benchmark: each kernel in bench/kernels/ is run by CPython 3 and by
// ePython (Python 3 dialect, one core, the `host` profile), and the wall times are
// compared. See bench/README.md.
//
//   node bench/run.mjs [--runs N] [--no-f32] [--baseline DIR] [--timeout SECONDS] [--json FILE] [WORD...]
//
// --baseline DIR also runs another build's `DIR/bin/epython.js` (a checkout of the
// commit before a change, built), interleaved with the rest: before/after figures
// taken under the same machine load. Columns "base s" and "after/base" (wall and CPU).
//
// WORDs filter the kernels by name (`node bench/run.mjs spectral nbody`); --runs
// defaults to BENCH_RUNS or 5. Columns: CPython s, ePython s (--float64), ratio
// ePython/CPython, CPU ratio (user + system CPU time, medians; GNU time), peak
// resident memory of each (MiB, median; GNU time) and their ratio, outputs agree, ePython f32 s (default float32 numbers; its output
// is not compared). Each time is the median [min-max] of the runs of the whole
// process, start-up included, nothing subtracted; the three configurations of a
// kernel are run interleaved. CPython is its real binary (not a pyenv shim), ePython
// is `node bin/epython.js` (no npx). A kernel marked `# bench: not-in-mean` is shown
// but left out of the geometric mean.
// Exit status: 1 if some kernel's ePython --float64 output differs from CPython's
// (or ePython failed on it), otherwise 0, however bad the ratios.

import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, platform, release, totalmem } from "node:os";
import { join, relative } from "node:path";
import { formatRatio, formatSeconds, table } from "./lib/format.mjs";
import { methodLine, parseOptions, selected } from "./lib/options.mjs";
import { epython, interleaved, machineRecord, resolvePython, root, timeProcess } from "./lib/process.mjs";
import { geometricMean, ratio, summarize } from "./lib/stats.mjs";

const kernelsDir = join(root, "bench", "kernels");
const USAGE = "node bench/run.mjs [--runs N] [--quick] [--no-f32] [--baseline DIR] [--timeout SECONDS] [--json FILE] [KERNEL-WORD...]";
const NOT_IN_MEAN = /^# bench: not-in-mean\b/m;

const normalise = (text) => text.replace(/\r\n/g, "\n").replace(/\s+$/, "");

function describeFailure(r) {
  if (r.timedOut) return "timeout";
  const line = normalise(r.stderr).split("\n").filter(Boolean).pop() ?? `exit ${r.status}`;
  return `error (${line.slice(0, 100)})`;
}

/** One kernel: CPython, ePython --float64 and (optionally) ePython float32, interleaved. */
function benchKernel(name, python, opts) {
  const file = relative(root, join(kernelsDir, `${name}.py`));
  const timeout = Number(opts.flags["--timeout"] ?? 180);
  const configs = [];
  if (python.path) configs.push({ key: "cp", cmd: [python.path, [file]] });
  const epArgs = ["run", "--float64", "--no-prefix", "--profile", "host", file];
  configs.push({ key: "ep", cmd: epython(epArgs) });
  const baseline = opts.flags["--baseline"];
  if (baseline) configs.push({ key: "base", cmd: [process.execPath, [join(baseline, "bin", "epython.js"), ...epArgs]] });
  if (!opts.flags["--no-f32"]) configs.push({ key: "e32", cmd: epython(["run", "--no-prefix", "--profile", "host", file]) });
  const measured = interleaved(configs, opts.runs, ({ cmd: [c, a] }) => timeProcess(c, a, { timeout, memory: true }));
  const by = Object.fromEntries(configs.map((c, i) => [c.key, measured[i]]));
  const time = (m) => (m && !m.failure ? summarize(m.samples) : null);

  const cp = by.cp;
  const ep = by.ep;
  let agree;
  if (ep.failure) agree = describeFailure(ep.failure);
  else if (!cp) agree = "n/a";
  else if (cp.failure) agree = `CPython ${describeFailure(cp.failure)}`;
  else agree = normalise(cp.first.stdout) === normalise(ep.first.stdout) ? "yes" : "NO";

  const t = { cpython: time(cp), epython: time(ep), epythonF32: time(by.e32), baseline: time(by.base) };
  // Peak resident memory (MiB), median of the runs, of CPython and ePython --float64.
  const mem = (m) => (m && !m.failure && m.peakKB?.length ? summarize(m.peakKB.map((kb) => kb / 1024)) : null);
  const memory = { cpython: mem(cp), epython: mem(ep) };
  // User + system CPU seconds, median: steadier than wall time on a loaded machine.
  const cpuTime = (m) => (m && !m.failure && m.cpuSeconds?.length ? summarize(m.cpuSeconds) : null);
  const cpu = { cpython: cpuTime(cp), epython: cpuTime(ep), baseline: cpuTime(by.base) };
  return {
    kernel: name,
    inMean: !NOT_IN_MEAN.test(readFileSync(join(kernelsDir, `${name}.py`), "utf8")),
    ...t,
    ratio: ratio(t.epython, t.cpython),
    cpu,
    cpuRatio: ratio(cpu.epython, cpu.cpython),
    baselineRatio: ratio(t.epython, t.baseline),
    baselineCpuRatio: ratio(cpu.epython, cpu.baseline),
    baselineAgree: by.base ? (by.base.failure ? describeFailure(by.base.failure) : normalise(by.base.first.stdout) === normalise(ep.first.stdout) ? "yes" : "NO") : null,
    memory,
    memoryRatio: ratio(memory.epython, memory.cpython),
    agree,
    epythonF32Status: by.e32 ? (by.e32.failure ? describeFailure(by.e32.failure) : "ok") : "skipped",
    cpythonOutput: cp ? normalise(cp.first.stdout) : null,
    epythonOutput: normalise(ep.first.stdout),
    epythonF32Output: by.e32 ? normalise(by.e32.first.stdout) : null,
  };
}

function main() {
  const opts = parseOptions(process.argv.slice(2), {
    section: "kernels",
    usage: USAGE,
    extra: { "--no-f32": { value: false }, "--baseline": { value: true }, "--timeout": { value: true }, "--json": { value: true } },
  });
  if (!existsSync(join(root, "dist", "cli.js"))) {
    console.error("bench: dist/cli.js is missing; build first (node scripts/build.mjs, or npm run bench)");
    process.exit(2);
  }
  const kernels = readdirSync(kernelsDir).filter((f) => f.endsWith(".py")).sort().map((f) => f.slice(0, -3))
    .filter((k) => selected(opts, k));
  if (kernels.length === 0) return 0;

  const python = resolvePython();
  console.log("== Interpreter vs CPython 3 (bench/run.mjs): one core, --profile host ==");
  console.log(`machine: ${cpus()[0]?.model ?? "unknown CPU"} x ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()} ${release()}`);
  console.log(`node ${process.version} (${process.execPath} bin/epython.js)`);
  console.log(python.path ? `CPython ${python.version} (${python.path}, via ${python.via})` : `CPython column skipped: ${python.error}`);
  console.log(`date: ${new Date().toISOString()}; wall time of the whole process, start-up included`);
  console.log(methodLine(opts));
  if (opts.quick) console.log("(--quick does not change kernel sizes; use a filter to run fewer kernels)");
  console.log("");

  const results = [];
  const started = Date.now();
  for (const k of kernels) {
    process.stderr.write(`bench: ${k} ...`);
    results.push(benchKernel(k, python, opts));
    process.stderr.write(" done\n");
  }

  const rows = results.map((r) => [
    r.inMean ? r.kernel : `${r.kernel} *`,
    formatSeconds(r.cpython),
    formatSeconds(r.epython),
    formatRatio(r.ratio),
    formatRatio(r.cpuRatio),
    r.memory.cpython ? r.memory.cpython.median.toFixed(0) : "-",
    r.memory.epython ? r.memory.epython.median.toFixed(0) : "-",
    formatRatio(r.memoryRatio),
    r.agree,
    r.epythonF32 ? formatSeconds(r.epythonF32) : r.epythonF32Status.split(" ")[0],
    ...(opts.flags["--baseline"] ? [formatSeconds(r.baseline), formatRatio(r.baselineRatio), formatRatio(r.baselineCpuRatio)] : []),
  ]);
  console.log(table(rows, ["kernel", "CPython s", "ePython s (--float64)", "ratio", "CPU ratio", "CPython MiB", "ePython MiB", "mem ratio", "outputs agree", "ePython f32 s",
    ...(opts.flags["--baseline"] ? ["base s", "after/base", "CPU after/base"] : [])]));
  const inMean = results.filter((r) => r.inMean && r.ratio !== null);
  if (inMean.length) {
    console.log(`\ngeometric mean ratio (ePython --float64 / CPython, medians): ${formatRatio(geometricMean(inMean.map((r) => r.ratio)))} over ${inMean.length} kernel(s)`);
    const cpuRatios = inMean.map((r) => r.cpuRatio).filter((x) => x !== null);
    if (cpuRatios.length === inMean.length) console.log(`geometric mean CPU-time ratio (user + system): ${formatRatio(geometricMean(cpuRatios))}`);
    const memRatios = inMean.map((r) => r.memoryRatio).filter((x) => x !== null);
    if (memRatios.length === inMean.length) console.log(`geometric mean peak-memory ratio: ${formatRatio(geometricMean(memRatios))}`);
    const vsBase = inMean.map((r) => r.baselineRatio).filter((x) => x !== null);
    if (vsBase.length === inMean.length) {
      const cpuVsBase = inMean.map((r) => r.baselineCpuRatio).filter((x) => x !== null);
      console.log(`geometric mean after/baseline: wall ${formatRatio(geometricMean(vsBase))}` +
        (cpuVsBase.length === inMean.length ? `, CPU ${formatRatio(geometricMean(cpuVsBase))}` : ""));
    }
  }
  if (results.some((r) => !r.inMean)) console.log("* written around ePython's fast paths (see the file): shown, not in the geometric mean");
  let disagree = false;
  for (const r of results) {
    if (r.agree === "NO") {
      console.log(`\n${r.kernel}: outputs differ\n  CPython: ${JSON.stringify(r.cpythonOutput)}\n  ePython: ${JSON.stringify(r.epythonOutput)}`);
    } else if (r.agree !== "yes" && r.agree !== "n/a") {
      console.log(`\n${r.kernel}: ${r.agree}`);
    }
    if (r.agree !== "yes" && r.agree !== "n/a") disagree = true;
    if (r.baselineAgree && r.baselineAgree !== "yes") console.log(`\n${r.kernel}: the baseline's output differs from this build's (${r.baselineAgree})`);
  }
  console.log(`\nkernels: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

  if (opts.flags["--json"]) {
    writeFileSync(opts.flags["--json"], JSON.stringify({
      ...machineRecord(python),
      runs: opts.runs,
      results,
    }, null, 2) + "\n");
  }
  return disagree ? 1 : 0;
}

process.exitCode = main();
