#!/usr/bin/env node
// Native benchmarks (section `native` of `npm run bench`): hand-written C beside
// ePython compiled through C, the interpreter and CPython, on the same programs with
// the same output. Native code is timed two ways: the executable `epython build
// --float64` writes (built once before timing, as the C program is: this is the
// generated code against hand-written C) and the command `epython run --native`
// (whole, node start-up and its compile-cache lookup included). Cases, by the name a
// filter word matches:
//
//   jacobi1d jacobi nbody mandelbrot spectralnorm matmul fannkuch
//       bench/native/programs/NAME.py and its hand-written C twin bench/native/c/NAME.c
//       (`gcc -O3 -std=c99`, doubles: the Python side runs with --float64)
//   jacobi-halo
//       bench/native/programs/jacobi_halo.py on 16 cores: the simulator (`epython run
//       --cores 16`), host threads (`epython run --native --cores 16`) and MPI ranks
//       (`epython build --target mpi`, then `mpirun -np 16`); also the `--target host`
//       executable
//
//   node bench/native/run.mjs [--runs N] [--quick] [--timeout S] [--json FILE] [WORD...]
//
// Two sizes per kernel (bench/native/kernels.mjs):
//   - the .py file's own size (CPython about 0.5-1 s): everything, interleaved; every
//     output must equal CPython's. interp run/native = the interpreter's run (core 0's
//     completion time from -t: process start-up and compilation excluded, as the
//     device section's per-operation figures) / the native executable's whole process;
//   - the native size (C about 0.5 s): C and the two native forms, interleaved;
//     native/C is quoted from here (the interpreter would take minutes at this size).
// Every time is the median [min-max] of --runs runs (default BENCH_RUNS or 5) of the
// whole process, start-up included. `epython run --native` is run once untimed first,
// so its compile cache is warm (that first run's time is printed).
//
// Capabilities are detected, never assumed: `--native` from `epython run --help`,
// `epython build` and its MPI target from `epython build --help`, and an `mpirun` on
// PATH. A missing one prints what is missing in its column.
// Exit status: 1 if an output differs from the reference (CPython for kernels, the
// simulator for jacobi-halo) or a configuration that exists failed; otherwise 0.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { formatRatio, formatSeconds, table } from "../lib/format.mjs";
import { methodLine, parseOptions, selected } from "../lib/options.mjs";
import { epython, interleaved, machineRecord, resolvePython, root, timeProcess } from "../lib/process.mjs";
import { ratio, summarize } from "../lib/stats.mjs";
import { NATIVE_KERNELS, cDir, programPath, sizeOf, sizedCopy } from "./kernels.mjs";

const USAGE = "node bench/native/run.mjs [--runs N] [--quick] [--timeout SECONDS] [--json FILE] [CASE-WORD...]";
const HALO_PROGRAM = join(root, "bench", "native", "programs", "jacobi_halo.py");
const HALO_CORES = 16;
const TARGET_NATIVE_OVER_C = 1.05;
const TARGET_INTERP_OVER_NATIVE = 100;
const NATIVE_MISSING = "native: not available in this build";
const BUILD_MISSING = "native: `epython build` not available in this build";
const CORE0_TIME = /^Core 0 completed in ([\d.]+) seconds/m;

const normalise = (text) => text.replace(/\r\n/g, "\n").replace(/\s+$/, "");

function describeFailure(r) {
  if (r.timedOut) return "timeout";
  const line = normalise(r.stderr).split("\n").filter(Boolean).pop() ?? `exit ${r.status}`;
  return `error (${line.slice(0, 100)})`;
}

/** What this build and machine can run; each missing piece is a reason string. */
function detectCapabilities() {
  const help = (args) => {
    const [cmd, argv] = epython([...args, "--help"]);
    const r = spawnSync(cmd, argv, { cwd: root, encoding: "utf8" });
    return r.status === 0 ? r.stdout : "";
  };
  const native = /--native\b/.test(help(["run"])) ? null : NATIVE_MISSING;
  const buildHelp = help(["build"]);
  const build = /--target\b/.test(buildHelp) ? null : BUILD_MISSING;
  let mpi = null;
  if (build || !/\bmpi\b/.test(buildHelp)) mpi = "mpi: `epython build --target mpi` not available in this build";
  else if (spawnSync("mpirun", ["--version"], { encoding: "utf8" }).status !== 0) mpi = "mpi: no mpirun on PATH (Debian: openmpi-bin, libopenmpi-dev)";
  const cc = process.env.CC || "gcc";
  const ccProbe = spawnSync(cc, ["--version"], { encoding: "utf8" });
  const c = ccProbe.status === 0 ? null : `C: ${cc} not found (Debian: gcc)`;
  return { native, build, mpi, c, cc, ccVersion: c ? null : ccProbe.stdout.split("\n")[0] };
}

/** Compiles bench/native/c/NAME.c into dir; returns { exe } or { error }. */
function compileC(name, dir, cc) {
  const exe = join(dir, `${name}-c`);
  const r = spawnSync(cc, ["-O3", "-std=c99", "-o", exe, join(cDir, `${name}.c`), "-lm"], { encoding: "utf8" });
  return r.status === 0 ? { exe } : { error: `error (${cc}: ${normalise(r.stderr ?? "").split("\n")[0] ?? ""})` };
}

const nativeArgs = (file, extra = []) => ["run", "--native", "--float64", "--no-prefix", ...extra, file];

/**
 * `epython build --float64 [extra] FILE -o EXE` in dir; returns the config running
 * EXE with runArgs (+ --no-prefix), or a failure config. Built once, not timed.
 */
function builtConfig(key, file, exe, extra, runArgs, timeout) {
  const [cmd, argv] = epython(["build", "--float64", ...extra, file, "-o", exe]);
  const b = timeProcess(cmd, argv, { timeout });
  if (!b.ok) return { key, failure: `build ${describeFailure(b)}` };
  return runArgs.launcher
    ? { key, cmd: [runArgs.launcher[0], [...runArgs.launcher[1], exe, ...runArgs.args, "--no-prefix"]] }
    : { key, cmd: [exe, [...runArgs.args, "--no-prefix"]] };
}

/**
 * Runs configurations interleaved and summarises them. Each config: { key, cmd: [c, args] },
 * { key, missing: reason } (not in this build: shown, not compared) or { key, failure }
 * (could not even be prepared: a failure like a failed run). `warm` configs get one untimed run first. Returns
 * key -> { time, output, failure, missing, firstSeconds }.
 */
function measure(configs, opts, timeout) {
  const out = {};
  const runnable = [];
  for (const c of configs) {
    if (c.missing) {
      out[c.key] = { missing: c.missing };
      continue;
    }
    if (c.failure) {
      out[c.key] = { failure: c.failure };
      continue;
    }
    if (c.warm) {
      const r = timeProcess(c.cmd[0], c.cmd[1], { timeout });
      if (!r.ok) {
        out[c.key] = { failure: describeFailure(r), firstSeconds: r.seconds };
        continue;
      }
      out[c.key] = { firstSeconds: r.seconds };
    }
    runnable.push(c);
  }
  // -t runs also report core 0's completion time (from the start of the run: process
  // start-up and compilation excluded), collected beside the wall times.
  const coreTimes = runnable.map(() => []);
  const measured = interleaved(runnable, opts.runs, (c) => {
    const r = timeProcess(c.cmd[0], c.cmd[1], { timeout });
    const m = c.coreTime && r.ok ? CORE0_TIME.exec(r.stderr) : null;
    if (m) coreTimes[runnable.indexOf(c)].push(Number(m[1]));
    return r;
  });
  runnable.forEach((c, i) => {
    const m = measured[i];
    out[c.key] = {
      ...out[c.key],
      time: m.samples.length && !m.failure ? summarize(m.samples) : null,
      output: m.first ? normalise(m.first.stdout) : null,
      failure: m.failure ? describeFailure(m.failure) : null,
      coreTime: c.coreTime && !m.failure && coreTimes[i].length === m.samples.length && m.samples.length ? summarize(coreTimes[i]) : null,
    };
  });
  return out;
}

/** Prints each configuration's output (or failure) under a table, for a case that disagrees. */
function showOutputs(results) {
  for (const [key, m] of Object.entries(results)) {
    if (m.failure) console.log(`  ${key}: ${m.failure}`);
    else if (m.output !== undefined && m.output !== null) console.log(`  ${key}: ${JSON.stringify(m.output.slice(0, 300))}`);
  }
}

/**
 * "yes" when every configuration that ran gives the reference's output; otherwise
 * what differs or failed. Missing configurations are not compared.
 */
export function agreement(results, refKey, labels) {
  const ref = results[refKey];
  if (!ref || ref.missing) return "n/a (no reference)";
  if (ref.failure) return `${labels[refKey]} ${ref.failure}`;
  const problems = [];
  let compared = 0;
  for (const [key, label] of Object.entries(labels)) {
    const r = results[key];
    if (key === refKey || !r || r.missing) continue;
    compared++;
    if (r.failure) problems.push(`${label} ${briefly(r.failure)}`);
    else if (r.output !== ref.output) problems.push(`${label} differs`);
  }
  if (problems.length) return `NO: ${problems.join(", ")}`;
  return compared ? "yes" : `n/a (only ${labels[refKey]} ran)`;
}

/** "error", "timeout", "build error": a failure without its detail (printed under the table). */
const briefly = (failure) => failure.split(" (")[0];
const cell = (r) => (!r ? "-" : r.missing ? r.missing : r.failure ? briefly(r.failure) : formatSeconds(r.time));
const timeOf = (r) => (r && r.time ? r.time : null);

function benchKernel(k, python, caps, tmp, opts, timeout) {
  const { constant, value } = sizeOf(k.name);
  const bigSize = opts.quick ? k.quickSize : k.nativeSize;
  const compiled = caps.c ? null : compileC(k.name, tmp, caps.cc);
  const cConfig = (size) =>
    !compiled ? { key: "c", missing: caps.c } : compiled.error ? { key: "c", failure: compiled.error } : { key: "c", cmd: [compiled.exe, [String(size)]] };
  const runConfig = (file) => (caps.native ? { key: "run", missing: caps.native } : { key: "run", cmd: epython(nativeArgs(file)), warm: true });
  const exeConfig = (file, size) =>
    caps.build ? { key: "native", missing: caps.build } : builtConfig("native", file, join(tmp, `${k.name}-${size}-native`), [], { args: [] }, timeout);
  const file = relative(root, programPath(k.name));

  // At the kernel's own size: everything, outputs against CPython's.
  const small = measure([
    cConfig(value),
    exeConfig(file, value),
    runConfig(file),
    { key: "interp", cmd: epython(["run", "--float64", "--no-prefix", "--profile", "host", "-t", file]), coreTime: true },
    python.path ? { key: "cpython", cmd: [python.path, [file]] } : { key: "cpython", missing: `CPython: ${python.error}` },
  ], opts, timeout);
  const smallLabels = { cpython: "CPython", c: "C", native: "native", run: "run --native", interp: "interp" };
  const smallRef = small.cpython.missing ? "interp" : "cpython";

  // At the native size: C and native only, native against C.
  const bigFile = sizedCopy(k.name, bigSize, tmp);
  const big = measure([cConfig(bigSize), exeConfig(bigFile, bigSize), runConfig(bigFile)], opts, timeout);

  const interpRun = small.interp.coreTime ?? null;
  return {
    kernel: k.name,
    what: k.what,
    constant,
    size: value,
    nativeSize: bigSize,
    small,
    big,
    agreeSmall: agreement(small, smallRef, smallLabels),
    agreeBig: agreement(big, "c", { c: "C", native: "native", run: "run --native" }),
    // The interpreter's run without its start-up (core 0's -t time) against whole processes.
    interpRunOverC: ratio(interpRun, timeOf(small.c)),
    interpOverNative: ratio(interpRun, timeOf(small.native)),
    cpythonOverC: ratio(timeOf(small.cpython), timeOf(small.c)),
    nativeOverC: ratio(timeOf(big.native), timeOf(big.c)),
    runOverC: ratio(timeOf(big.run), timeOf(big.c)),
  };
}

/**
 * Start-up of each runner: a one-line program, whole process. Not subtracted from
 * anything; printed so the kernel-size times (C runs there in milliseconds) can be read.
 */
function benchStartup(python, caps, tmp, opts, timeout) {
  const file = join(tmp, "startup.py");
  writeFileSync(file, "print(1)\n");
  return measure([
    caps.native ? { key: "native", missing: caps.native } : { key: "native", cmd: epython(nativeArgs(file)), warm: true },
    { key: "interp", cmd: epython(["run", "--float64", "--no-prefix", "--profile", "host", file]) },
    python.path ? { key: "cpython", cmd: [python.path, [file]] } : { key: "cpython", missing: "-" },
  ], opts, timeout);
}

/** The 16-core halo-exchange Jacobi: simulator, `run --native`, the host-threads executable, MPI ranks. */
function benchHalo(caps, tmp, opts, timeout) {
  const file = relative(root, HALO_PROGRAM);
  const configs = [
    { key: "sim", cmd: epython(["run", "--cores", String(HALO_CORES), "--float64", "--no-prefix", file]) },
    caps.native ? { key: "run", missing: caps.native } : { key: "run", cmd: epython(nativeArgs(file, ["--cores", String(HALO_CORES)])), warm: true },
    caps.build
      ? { key: "host", missing: caps.build }
      : builtConfig("host", file, join(tmp, "jacobi_halo-host"), ["--target", "host"], { args: ["--cores", String(HALO_CORES)] }, timeout),
  ];
  if (caps.mpi) configs.push({ key: "mpi", missing: caps.mpi });
  else {
    if (process.getuid?.() === 0) {
      // Open MPI refuses to start as root without both of these (CI containers run as root).
      process.env.OMPI_ALLOW_RUN_AS_ROOT = "1";
      process.env.OMPI_ALLOW_RUN_AS_ROOT_CONFIRM = "1";
    }
    const mpirun = ["mpirun", ["-np", String(HALO_CORES), "--oversubscribe"]];
    configs.push(builtConfig("mpi", file, join(tmp, "jacobi_halo-mpi"), ["--target", "mpi"], { launcher: mpirun, args: [] }, timeout));
  }
  const results = measure(configs, opts, timeout);
  return { results, agree: agreement(results, "sim", { sim: "simulator", run: "run --native", host: "host threads", mpi: "MPI" }) };
}

function main() {
  const opts = parseOptions(process.argv.slice(2), {
    section: "native",
    usage: USAGE,
    extra: { "--timeout": { value: true }, "--json": { value: true } },
  });
  if (!existsSync(join(root, "dist", "cli.js"))) {
    console.error("bench: dist/cli.js is missing; build first (node scripts/build.mjs, or npm run bench)");
    process.exit(2);
  }
  const timeout = Number(opts.flags["--timeout"] ?? 180);
  const kernels = NATIVE_KERNELS.filter((k) => selected(opts, k.name));
  const halo = selected(opts, "jacobi-halo");
  if (kernels.length === 0 && !halo) return 0;

  const caps = detectCapabilities();
  const python = resolvePython();
  const tmp = mkdtempSync(join(tmpdir(), "epython-native-bench-"));
  process.on("exit", () => rmSync(tmp, { recursive: true, force: true }));

  console.log("== Native: hand-written C vs ePython native vs the interpreter vs CPython 3 (bench/native/run.mjs) ==");
  console.log(`machine: ${cpus()[0]?.model ?? "unknown CPU"} x ${cpus().length}; load average ${loadavg()[0].toFixed(2)} at start`);
  console.log(`C: ${caps.c ?? `${caps.cc} -O3 -std=c99 (${caps.ccVersion})`}; ePython native: ${caps.build ?? "epython build --float64"}, ${caps.native ?? "epython run --native --float64"}; interpreter: epython run --float64 --profile host`);
  console.log(python.path ? `CPython ${python.version} (${python.path})` : `CPython column skipped: ${python.error}`);
  console.log(`date: ${new Date().toISOString()}; wall time of the whole process, start-up included`);
  console.log(methodLine(opts));
  console.log(`targets: native <= ${TARGET_NATIVE_OVER_C.toFixed(2)}x hand-written C; interpreter >= ${TARGET_INTERP_OVER_NATIVE}x native`);
  console.log("");

  const started = Date.now();
  const results = [];
  for (const k of kernels) {
    process.stderr.write(`bench: native ${k.name} ...`);
    results.push(benchKernel(k, python, caps, tmp, opts, timeout));
    process.stderr.write(" done\n");
  }
  let failed = false;
  const bad = (agree) => agree !== "yes" && !agree.startsWith("n/a");

  if (results.length) {
    console.log("At each kernel's own size (bench/native/programs/NAME.py; every output compared with CPython's):");
    const mark = (r, target, atMost) => (r === null ? "" : (atMost ? r <= target : r >= target) ? " ok" : " MISS");
    console.log(table(results.map((r) => [
      `${r.kernel} (${r.constant}=${r.size})`,
      cell(r.small.c),
      cell(r.small.native),
      cell(r.small.run),
      cell(r.small.interp),
      r.small.interp.coreTime ? formatSeconds(r.small.interp.coreTime) : "-",
      cell(r.small.cpython),
      formatRatio(r.interpRunOverC),
      formatRatio(r.cpythonOverC),
      formatRatio(r.interpOverNative) + mark(r.interpOverNative, TARGET_INTERP_OVER_NATIVE, false),
      r.agreeSmall,
    ]), ["kernel", "C s", "native s", "run --native s", "interp s", "interp run s", "CPython s", "interp run/C", "CPython/C", `interp run/native (>= ${TARGET_INTERP_OVER_NATIVE}x)`, "outputs agree"]));
    console.log("native: the executable `epython build --float64` wrote; run --native: the whole `epython run --native` command;");
    console.log("interp run: core 0's time from -t (the interpreter's run without process start-up and compilation).");
    console.log("");
    console.log(`At the native size (C about 0.5 s; C and native only${opts.quick ? "; --quick sizes" : ""}):`);
    console.log(table(results.map((r) => [
      `${r.kernel} (${r.constant}=${r.nativeSize})`,
      cell(r.big.c),
      cell(r.big.native),
      cell(r.big.run),
      formatRatio(r.nativeOverC) + mark(r.nativeOverC, TARGET_NATIVE_OVER_C, true),
      formatRatio(r.runOverC),
      r.agreeBig,
    ]), ["kernel", "C s", "native s", "run --native s", `native/C (<= ${TARGET_NATIVE_OVER_C}x)`, "run --native/C", "outputs agree (with C)"]));
    const st = benchStartup(python, caps, tmp, opts, timeout);
    const startup = (r) => (r.missing ? "not available" : cell(r));
    console.log(`start-up (a one-line program, whole process): run --native ${startup(st.native)}, interp ${startup(st.interp)}, CPython ${startup(st.cpython)}`);
    for (const r of results) {
      const first = r.big.run?.firstSeconds;
      if (first !== undefined) console.log(`  ${r.kernel}: first run --native at the native size (compile cache cold) ${first.toFixed(3)} s`);
    }
    for (const r of results) {
      for (const [agree, part, size] of [[r.agreeSmall, r.small, r.size], [r.agreeBig, r.big, r.nativeSize]]) {
        if (!bad(agree)) continue;
        failed = true;
        console.log(`\n${r.kernel} (${r.constant}=${size}): ${agree}`);
        showOutputs(part);
      }
    }
    console.log("");
  }

  let haloResult = null;
  if (halo) {
    process.stderr.write("bench: native jacobi-halo ...");
    haloResult = benchHalo(caps, tmp, opts, timeout);
    process.stderr.write(" done\n");
    const h = haloResult.results;
    console.log(`Jacobi with halo exchange on ${HALO_CORES} cores (bench/native/programs/jacobi_halo.py, --float64; outputs compared with the simulator's):`);
    console.log(table([[
      "jacobi-halo",
      cell(h.sim),
      cell(h.run),
      cell(h.host),
      cell(h.mpi),
      formatRatio(ratio(timeOf(h.sim), timeOf(h.host))),
      formatRatio(ratio(timeOf(h.sim), timeOf(h.mpi))),
      haloResult.agree,
    ]], ["program", "simulator s", "run --native s", "host threads s", "MPI ranks s", "simulator/host", "simulator/MPI", "outputs agree"]));
    console.log("host threads: the `epython build --target host` executable with --cores 16; MPI: `--target mpi` under mpirun -np 16 --oversubscribe");
    if (bad(haloResult.agree)) {
      failed = true;
      showOutputs(h);
    }
    console.log("");
  }
  console.log(`native: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

  if (opts.flags["--json"]) {
    writeFileSync(opts.flags["--json"], JSON.stringify({
      ...machineRecord(python),
      cc: caps.ccVersion,
      capabilities: { native: caps.native ?? "yes", mpi: caps.mpi ?? "yes", c: caps.c ?? "yes" },
      runs: opts.runs,
      quick: opts.quick,
      kernels: results,
      halo: haloResult,
    }, null, 2) + "\n");
  }
  return failed ? 1 : 0;
}

// Run only as a script: the test imports agreement() without running the bench.
const invokedAsScript = () => {
  try {
    return realpathSync(process.argv[1] ?? "") === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
};
if (invokedAsScript()) process.exitCode = main();
