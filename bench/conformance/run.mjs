#!/usr/bin/env node
// Conformance measurement: runs every test program under a directory with CPython and
// with our `epython run`, and compares their standard output exactly.
//
//   node bench/conformance/run.mjs DIR [--jobs N] [--json OUT] [--top N]
//                                      [--python PATH] [--float32] [--filter TEXT]
//
// A program is *usable* when CPython runs it twice with exit status 0 and the same
// output both times (this drops programs that depend on hash randomisation, time or
// addresses, and those CPython itself rejects) and its output is not just "SKIP" (the
// MicroPython suite's marker for a feature the running implementation lacks).
// A usable program *passes* when our run exits 0 and prints exactly CPython's stdout.
// Every other usable program is classified by its *first* cause: the compile error
// (file:line:col: error: ...), the run-time exception our traceback ends with, a
// timeout, or "wrong output" when the program ran to the end but printed otherwise.
//
// Our side runs `epython run FILE --cores 1 --no-prefix --float64`: one core (the
// "[device N] " prefix is added even on one core, so it is switched off rather than
// stripped) and double precision, since the reference is CPython's float.
// `--float32` measures the default single-precision floats instead.
import { spawn } from "node:child_process";
import { readdirSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const epythonBin = join(repoRoot, "bin", "epython.js");

const CPYTHON_TIMEOUT_MS = 10_000;
const EPYTHON_TIMEOUT_MS = 20_000;
/** Output beyond this is not needed to decide equality of test programs; it bounds memory. */
const MAX_OUTPUT_BYTES = 8 << 20;

function usage(message) {
  if (message) console.error(`run.mjs: ${message}`);
  console.error(
    "usage: node bench/conformance/run.mjs DIR [--jobs N] [--json OUT] [--top N] [--python PATH] [--float32] [--filter TEXT]",
  );
  process.exit(2);
}

function parseArgs(argv) {
  const opts = {
    dir: undefined,
    jobs: Math.max(1, Math.min(2, availableParallelism())),
    json: undefined,
    top: 30,
    python: process.env.CPYTHON ?? "/root/.pyenv/versions/3.11.7/bin/python3.11",
    float64: true,
    filter: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === "--jobs") opts.jobs = Number(value());
    else if (a === "--json") opts.json = value();
    else if (a === "--top") opts.top = Number(value());
    else if (a === "--python") opts.python = value();
    else if (a === "--filter") opts.filter = value();
    else if (a === "--float32") opts.float64 = false;
    else if (a === "--help" || a === "-h") usage();
    else if (a.startsWith("--")) usage(`unknown option ${a}`);
    else if (opts.dir === undefined) opts.dir = a;
    else usage(`unexpected argument ${a}`);
  }
  if (opts.dir === undefined) usage("no test directory given");
  if (!Number.isInteger(opts.jobs) || opts.jobs < 1) usage("--jobs must be a positive integer");
  if (!Number.isInteger(opts.top) || opts.top < 1) usage("--top must be a positive integer");
  return opts;
}

/** All .py files under `dir`, in a stable (sorted) order. */
function findPrograms(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".py")) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Runs a command to completion; never rejects. `timedOut` is set when it was killed for time. */
function run(command, args, { cwd, timeoutMs, env }) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const chunks = { stdout: [], stderr: [] };
    const sizes = { stdout: 0, stderr: 0 };
    for (const stream of ["stdout", "stderr"]) {
      child[stream].on("data", (b) => {
        if (sizes[stream] < MAX_OUTPUT_BYTES) chunks[stream].push(b);
        sizes[stream] += b.length;
      });
    }
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    const finish = (code, error) => {
      clearTimeout(timer);
      resolvePromise({
        code,
        timedOut,
        error,
        stdout: Buffer.concat(chunks.stdout).toString("utf8"),
        stderr: Buffer.concat(chunks.stderr).toString("utf8"),
      });
    };
    child.on("error", (e) => finish(null, e.message));
    child.on("close", (code, signal) => finish(code ?? (signal ? 128 : null)));
  });
}

/** Numbers and quoted names vary between programs with the same cause; fold them. */
function normaliseMessage(text) {
  return text
    .replace(/\b(?:0[xob][0-9a-f_]+|\d[\d_]*(?:\.\d+)?)\b/gi, "N")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 90);
}

/**
 * The first cause of a failed run of ours. Compile errors are printed as
 * `file:line:col: error: message` (src/lang/diagnostics.ts); run-time errors as a
 * traceback whose last line is `Type: message`.
 */
function classify(ours, expected) {
  if (ours.timedOut) return "timeout";
  // The suite's programs probe optional features first and print SKIP when one is
  // missing; for us that means the probe failed, whatever exception ended the run.
  if (ours.stdout.trim() === "SKIP") return "printed SKIP: a feature probe failed";
  if (ours.error) return `could not start: ${ours.error}`;
  const compile = /^.*?:\d+:\d+: error: (.*)$/m.exec(ours.stderr);
  if (compile) return `compile: ${normaliseMessage(compile[1])}`;
  if (ours.code !== 0) {
    const lines = ours.stderr.split("\n").map((l) => l.trimEnd()).filter((l) => l.length > 0);
    // The exception line: the last one shaped like `Name: message` or a bare `Name`.
    for (let i = lines.length - 1; i >= 0; i--) {
      const m = /^([A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Iteration|Warning))(?::\s*(.*))?$/.exec(lines[i]);
      if (m) return `run-time: ${m[1]}${m[2] ? `: ${normaliseMessage(m[2])}` : ""}`;
    }
    const first = lines.find((l) => !l.startsWith("Error on device")) ?? `exit status ${ours.code}`;
    return `crash: ${normaliseMessage(first)}`;
  }
  return ours.stdout === expected ? "pass" : "wrong output";
}

/** Where two outputs first differ, by line (1-based), to make "wrong output" actionable. */
function firstDifference(expected, actual) {
  const e = expected.split("\n");
  const a = actual.split("\n");
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) return { line: i + 1, expected: e[i] ?? null, actual: a[i] ?? null };
  }
  return null;
}

async function measure(file, opts) {
  const cwd = dirname(file);
  // A random hash seed on each CPython run: programs whose output depends on it are
  // not deterministic, so not usable as a reference.
  const pyEnv = { ...process.env };
  delete pyEnv.PYTHONHASHSEED;
  const py = ["-E", "-s", file];
  const args = [epythonBin, "run", file, "--cores", "1", "--no-prefix"];
  if (opts.float64) args.push("--float64");
  // The three runs are independent; starting them together costs no more CPU and
  // makes a program's wall time the longest run's rather than the sum.
  const [first, second, ours] = await Promise.all([
    run(opts.python, py, { cwd, timeoutMs: CPYTHON_TIMEOUT_MS, env: pyEnv }),
    run(opts.python, py, { cwd, timeoutMs: CPYTHON_TIMEOUT_MS, env: pyEnv }),
    run(process.execPath, args, { cwd, timeoutMs: EPYTHON_TIMEOUT_MS, env: process.env }),
  ]);
  if (first.timedOut || first.code !== 0) {
    return { file, usable: false, reason: first.timedOut ? "CPython timeout" : `CPython exit ${first.code}` };
  }
  if (first.stdout.trim() === "SKIP") return { file, usable: false, reason: "SKIP under CPython" };
  if (second.code !== 0 || second.stdout !== first.stdout) {
    return { file, usable: false, reason: "CPython output not deterministic" };
  }
  const cause = classify(ours, first.stdout);
  const result = { file, usable: true, pass: cause === "pass", cause };
  if (cause === "wrong output") result.firstDifference = firstDifference(first.stdout, ours.stdout);
  return result;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const root = resolve(opts.dir);
  let files = findPrograms(root);
  if (opts.filter) files = files.filter((f) => relative(root, f).includes(opts.filter));
  if (files.length === 0) usage(`no .py files under ${root}`);

  const results = new Array(files.length);
  let next = 0;
  let done = 0;
  const started = Date.now();
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      results[i] = await measure(files[i], opts);
      done++;
      if (process.stderr.isTTY) process.stderr.write(`\r${done}/${files.length}`);
      else if (done % 50 === 0) process.stderr.write(`${done}/${files.length}\n`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.jobs, files.length) }, worker));
  if (process.stderr.isTTY) process.stderr.write("\n");

  const name = (f) => relative(root, f);
  const usable = results.filter((r) => r.usable);
  const passed = usable.filter((r) => r.pass);
  const causes = new Map();
  for (const r of usable) {
    if (r.pass) continue;
    if (!causes.has(r.cause)) causes.set(r.cause, []);
    causes.get(r.cause).push(name(r.file));
  }
  const table = [...causes.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const unusable = new Map();
  for (const r of results) {
    if (r.usable) continue;
    unusable.set(r.reason, (unusable.get(r.reason) ?? 0) + 1);
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`programs: ${results.length} (${seconds} s, ${opts.jobs} jobs, ${opts.float64 ? "--float64" : "float32"})`);
  console.log(`not usable: ${results.length - usable.length} (${[...unusable].map(([k, v]) => `${k}: ${v}`).join(", ")})`);
  console.log(`usable: ${usable.length}`);
  console.log(`pass: ${passed.length} of ${usable.length}`);
  console.log("");
  console.log("count  first cause of failure");
  for (const [cause, list] of table.slice(0, opts.top)) console.log(`${String(list.length).padStart(5)}  ${cause}`);
  if (table.length > opts.top) {
    const rest = table.slice(opts.top).reduce((n, [, l]) => n + l.length, 0);
    console.log(`${String(rest).padStart(5)}  (${table.length - opts.top} other causes)`);
  }

  if (opts.json) {
    const report = {
      directory: root,
      options: { jobs: opts.jobs, float64: opts.float64, python: opts.python },
      programs: results.length,
      usable: usable.length,
      passed: passed.length,
      passing: passed.map((r) => name(r.file)),
      causes: Object.fromEntries(table),
      failures: usable
        .filter((r) => !r.pass)
        .map((r) => ({ file: name(r.file), cause: r.cause, ...(r.firstDifference ? { firstDifference: r.firstDifference } : {}) })),
      unusable: results.filter((r) => !r.usable).map((r) => ({ file: name(r.file), reason: r.reason })),
    };
    writeFileSync(opts.json, JSON.stringify(report, null, 2) + "\n");
    console.log(`\nwrote ${opts.json}`);
  }
}

await main();
