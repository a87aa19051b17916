#!/usr/bin/env node
// Side-by-side benchmark: each kernel in bench/kernels/ is run by CPython 3 and by
// ePython (Python 3 dialect, one core, the `host` profile), and the wall times are
// compared. See bench/README.md.
//
//   node bench/run.mjs [--runs N] [--kernel NAME[,NAME...]] [--no-f32]
//                      [--timeout SECONDS] [--json FILE]
//
// Columns: CPython s, ePython s (--float64), ratio ePython/CPython, outputs agree,
// ePython f32 s (default float32 numbers; its output is not compared).
// Each time is the best of N runs (default 3) of the whole process, start-up
// included; nothing is subtracted. A configuration whose first run takes longer than
// SLOW_SECONDS is not repeated, to keep the whole bench within a few minutes.
// Exit status: 1 if some kernel's ePython --float64 output differs from CPython's
// (or ePython failed on it), otherwise 0, however bad the ratios.

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { cpus, platform, release, totalmem } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const kernelsDir = join(root, "bench", "kernels");
const cli = join(root, "bin", "epython.js");
const SLOW_SECONDS = 20;

function parseArgs(argv) {
  const o = { runs: 3, kernels: null, f32: true, timeout: 180, json: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === "--runs") o.runs = Math.max(1, parseInt(val(), 10) || 1);
    else if (a === "--kernel" || a === "--kernels") o.kernels = (o.kernels ?? []).concat(val().split(","));
    else if (a === "--no-f32") o.f32 = false;
    else if (a === "--timeout") o.timeout = Number(val());
    else if (a === "--json") o.json = val();
    else if (a === "--help" || a === "-h") usage();
    else usage(`unknown argument '${a}'`);
  }
  return o;
}

function usage(msg) {
  if (msg) console.error(`bench: ${msg}`);
  console.error("usage: node bench/run.mjs [--runs N] [--kernel NAME[,NAME...]] [--no-f32] [--timeout SECONDS] [--json FILE]");
  process.exit(msg ? 2 : 0);
}

/** Runs a command once; returns { ok, seconds, stdout, stderr, status, timedOut }. */
function runOnce(cmd, args, timeoutS) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    cwd: root,
    encoding: "utf8",
    timeout: timeoutS * 1000,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const timedOut = r.error?.code === "ETIMEDOUT" || (r.signal === "SIGTERM" && seconds >= timeoutS * 0.99);
  return {
    ok: !r.error && r.status === 0,
    seconds,
    stdout: r.stdout ?? "",
    stderr: (r.stderr ?? "") + (r.error && !timedOut ? String(r.error.message) : ""),
    status: r.status,
    timedOut,
  };
}

/** Best of `runs` runs; stops repeating after a failure or a slow first run. */
function measure(cmd, args, opts) {
  let best = null;
  let first = null;
  for (let i = 0; i < opts.runs; i++) {
    const r = runOnce(cmd, args, opts.timeout);
    if (!first) first = r;
    if (!r.ok) return { ...r, seconds: r.timedOut ? r.seconds : NaN, runs: i + 1 };
    if (!best || r.seconds < best.seconds) best = r;
    if (r.seconds > SLOW_SECONDS) return { ...best, runs: i + 1 };
  }
  return { ...best, stdout: first.stdout, runs: opts.runs };
}

function pythonVersion() {
  const r = spawnSync("python3", ["--version"], { encoding: "utf8" });
  if (r.error || r.status !== 0) return null;
  return (r.stdout || r.stderr).trim();
}

const fmt = (s) => (Number.isFinite(s) ? s.toFixed(3) : "-");
const normalise = (text) => text.replace(/\r\n/g, "\n").replace(/\s+$/, "");

function describeFailure(r) {
  if (r.timedOut) return "timeout";
  const line = normalise(r.stderr).split("\n").filter(Boolean).pop() ?? `exit ${r.status}`;
  return `error (${line.slice(0, 100)})`;
}

function table(rows, headers) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(join(root, "dist", "cli.js"))) {
    console.error("bench: dist/cli.js is missing; build first (node scripts/build.mjs, or npm run bench)");
    process.exit(2);
  }
  let kernels = readdirSync(kernelsDir).filter((f) => f.endsWith(".py")).sort().map((f) => f.slice(0, -3));
  if (opts.kernels) {
    const unknown = opts.kernels.filter((k) => !kernels.includes(k));
    if (unknown.length) usage(`unknown kernel(s): ${unknown.join(", ")} (have ${kernels.join(", ")})`);
    kernels = kernels.filter((k) => opts.kernels.includes(k));
  }

  const py = pythonVersion();
  console.log("ePython-TS benchmark: CPython 3 vs ePython (Python 3 dialect, 1 core, --profile host)");
  console.log(`machine: ${cpus()[0]?.model ?? "unknown CPU"} x ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()} ${release()}`);
  console.log(`node ${process.version}; ${py ?? "python3 not found (CPython column skipped)"}`);
  console.log(`date: ${new Date().toISOString()}; best of ${opts.runs} run(s), wall time of the whole process`);
  console.log("");

  const results = [];
  let disagree = false;
  const started = Date.now();
  for (const k of kernels) {
    const file = relative(root, join(kernelsDir, `${k}.py`));
    process.stderr.write(`bench: ${k} ...`);
    const cp = py ? measure("python3", [file], opts) : null;
    const ep = measure(process.execPath, [cli, "run", "--float64", "--no-prefix", "--profile", "host", file], opts);
    const e32 = opts.f32 ? measure(process.execPath, [cli, "run", "--no-prefix", "--profile", "host", file], opts) : null;
    process.stderr.write(" done\n");

    let agree;
    if (!ep.ok) agree = describeFailure(ep);
    else if (!cp) agree = "n/a";
    else if (!cp.ok) agree = `CPython ${describeFailure(cp)}`;
    else agree = normalise(cp.stdout) === normalise(ep.stdout) ? "yes" : "NO";
    if (agree !== "yes" && agree !== "n/a") disagree = true;

    const ratio = cp?.ok && ep.ok ? ep.seconds / cp.seconds : NaN;
    results.push({
      kernel: k,
      cpython: cp?.ok ? cp.seconds : null,
      epython: ep.ok ? ep.seconds : null,
      ratio: Number.isFinite(ratio) ? ratio : null,
      agree,
      epythonF32: e32?.ok ? e32.seconds : null,
      epythonF32Status: e32 ? (e32.ok ? "ok" : describeFailure(e32)) : "skipped",
      cpythonOutput: cp ? normalise(cp.stdout) : null,
      epythonOutput: normalise(ep.stdout),
      epythonF32Output: e32 ? normalise(e32.stdout) : null,
    });
  }

  const rows = results.map((r) => [
    r.kernel,
    fmt(r.cpython ?? NaN),
    r.epython === null ? "-" : fmt(r.epython),
    r.ratio === null ? "-" : `${r.ratio.toFixed(2)}x`,
    r.agree,
    r.epythonF32 === null ? (r.epythonF32Status === "skipped" ? "skipped" : r.epythonF32Status.split(" ")[0]) : fmt(r.epythonF32),
  ]);
  console.log(table(rows, ["kernel", "CPython s", "ePython s", "ratio", "outputs agree", "ePython f32 s"]));
  const ratios = results.map((r) => r.ratio).filter((x) => x !== null);
  if (ratios.length) {
    const geo = Math.exp(ratios.reduce((a, x) => a + Math.log(x), 0) / ratios.length);
    console.log(`\ngeometric mean ratio (ePython --float64 / CPython): ${geo.toFixed(2)}x over ${ratios.length} kernel(s)`);
  }
  for (const r of results) {
    if (r.agree === "NO") {
      console.log(`\n${r.kernel}: outputs differ\n  CPython: ${JSON.stringify(r.cpythonOutput)}\n  ePython: ${JSON.stringify(r.epythonOutput)}`);
    } else if (r.agree !== "yes" && r.agree !== "n/a") {
      console.log(`\n${r.kernel}: ${r.agree}`);
    }
  }
  console.log(`\ntotal bench time ${((Date.now() - started) / 1000).toFixed(1)} s`);

  if (opts.json) {
    writeFileSync(opts.json, JSON.stringify({
      date: new Date().toISOString(),
      cpu: cpus()[0]?.model ?? null,
      cpus: cpus().length,
      node: process.version,
      python: py,
      runs: opts.runs,
      results,
    }, null, 2) + "\n");
  }
  process.exit(disagree ? 1 : 0);
}

main();
