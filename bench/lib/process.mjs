// Running and timing the processes under test. Both sides are started without any
// wrapper: CPython through its real binary (resolved once, see resolvePython), ours
// as `node bin/epython.js` with this very node (no npx, no shell), so neither pays
// for a launcher the other does not.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, openSync, readFileSync, readSync, closeSync, realpathSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** bin/epython.js is what the installed `epython` command runs (it sets V8 flags, then loads dist/cli.js). */
export const epythonEntry = join(root, "bin", "epython.js");

/** argv for running ePython: [node, [bin/epython.js, ...args]]. */
export function epython(args) {
  return [process.execPath, [epythonEntry, ...args]];
}

/** GNU time, which reports a child's peak resident set size and CPU time (absent: no such figures). */
const GNU_TIME = "/usr/bin/time";

/**
 * Runs a command once, timed by wall clock (start-up included, nothing subtracted).
 * Returns { ok, seconds, stdout, stderr, status, timedOut, peakKB, cpuSeconds }. With
 * `memory`, the command runs under GNU time (when installed): peakKB is its peak
 * resident set size in KiB, cpuSeconds its user + system CPU time (null otherwise;
 * on a loaded machine CPU time is the steadier figure). GNU time's own start is a
 * fork and an exec, well under a millisecond, paid alike by every configuration.
 */
export function timeProcess(cmd, args, { timeout = 180, cwd = root, memory = false } = {}) {
  const rssDir = memory && existsSync(GNU_TIME) ? mkdtempSync(join(tmpdir(), "bench-rss-")) : null;
  const rssFile = rssDir ? join(rssDir, "rss") : null;
  const [c, a] = rssFile ? [GNU_TIME, ["-f", "%M %U %S", "-o", rssFile, cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(c, a, {
    cwd,
    encoding: "utf8",
    timeout: timeout * 1000,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const timedOut = r.error?.code === "ETIMEDOUT" || (r.signal === "SIGTERM" && seconds >= timeout * 0.99);
  let peakKB = null;
  let cpuSeconds = null;
  if (rssDir) {
    try {
      // The last line: GNU time writes "Command exited with non-zero status" first when it fails.
      const [kb, user, sys] = readFileSync(rssFile, "utf8").trim().split("\n").pop().split(" ").map(Number);
      if (Number.isFinite(kb) && kb > 0) peakKB = kb;
      if (Number.isFinite(user) && Number.isFinite(sys)) cpuSeconds = user + sys;
    } catch {
      // killed by the timeout before GNU time wrote the file
    }
    rmSync(rssDir, { recursive: true, force: true });
  }
  return {
    ok: !r.error && r.status === 0,
    seconds,
    stdout: r.stdout ?? "",
    stderr: (r.stderr ?? "") + (r.error && !timedOut ? String(r.error.message) : ""),
    status: r.status,
    timedOut,
    peakKB,
    cpuSeconds,
  };
}

/**
 * Runs every configuration `runs` times, INTERLEAVED (round 1 of each, then round 2...),
 * so that a change in machine load during the bench hits all configurations alike
 * and their ratios stay fair. `run(config)` returns a timeProcess-like result (or
 * { ok, seconds } with any extra fields). A configuration that fails is not run
 * again. Returns, per configuration (same order): { samples: number[], first, failure,
 * peakKB?: number[], cpuSeconds?: number[] } (when the runs report them).
 */
export function interleaved(configs, runs, run) {
  const out = configs.map(() => ({ samples: [], first: null, failure: null }));
  for (let round = 0; round < runs; round++) {
    configs.forEach((config, i) => {
      const o = out[i];
      if (o.failure) return;
      const r = run(config);
      if (!o.first) o.first = r;
      if (r.ok) {
        o.samples.push(r.seconds);
        if (r.peakKB != null) (o.peakKB ??= []).push(r.peakKB);
        if (r.cpuSeconds != null) (o.cpuSeconds ??= []).push(r.cpuSeconds);
      }
      else o.failure = r;
    });
  }
  return out;
}

function isScript(path) {
  const fd = openSync(path, "r");
  try {
    const b = Buffer.alloc(2);
    readSync(fd, b, 0, 2, 0);
    return b.toString("latin1") === "#!";
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

/**
 * The real CPython executable: BENCH_PYTHON if set, otherwise what `python3` reports
 * as sys.executable, with symlinks followed. A pyenv shim (a bash script that
 * re-dispatches, ~50 ms per start) would otherwise be timed as part of CPython.
 * Returns { path, version, via } or { error }.
 */
export function resolvePython() {
  const given = process.env.BENCH_PYTHON;
  const probe = spawnSync(given || "python3", ["-c", "import sys, platform; print(sys.executable); print(platform.python_version())"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) return { error: `${given || "python3"} not found or failed` };
  const [exe, version] = probe.stdout.trim().split("\n");
  let path;
  try {
    path = realpathSync(exe);
  } catch {
    return { error: `python3 reports sys.executable '${exe}', which does not exist` };
  }
  if (isScript(path)) return { error: `${path} is a script, not the CPython binary; set BENCH_PYTHON to the real executable` };
  return { path, version, via: given ? "BENCH_PYTHON" : "python3 (sys.executable, symlinks followed)" };
}

/** What a --json record says about the machine and the CPython it compared against. */
export function machineRecord(python) {
  return {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model ?? null,
    cpus: cpus().length,
    node: process.version,
    python: python.path ? { path: python.path, version: python.version } : null,
  };
}
