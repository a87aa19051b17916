// How many worker threads a run uses when the user did not say (DeviceOptions.workers
// undefined). The rule: the default is never the slow choice.
//
// What the costs are (docs/benchmarks.md):
//  - On one thread every core is multiplexed by one scheduler, and a message or a
//    collective between two cores costs well under a microsecond: the receiver is
//    simply made ready.
//  - Across workers a message costs ~10x more (a postMessage, a doorbell, often a
//    futex wake-up), and, worse, a core blocked on a reply waits for another
//    *thread* to be scheduled. A program that exchanges messages every few hundred
//    instructions (Jacobi's halo swap and residual reduce) runs 1.5x slower on two
//    workers on an idle machine, and ~4x slower when another process keeps a CPU
//    busy, because then every exchange may wait for a time slice.
//  - Starting a worker costs ~70 ms (a thread, a module load, decoding the image).
//  - Only compute between messages is sped up by more workers (Monte Carlo pi: one
//    reduction at the end, ~1.8x on two workers).
//
// So the policy spreads the cores only when the program image shows compute that
// does not communicate, and nothing that communicates repeatedly:
//  1. one worker when the platform has no threads, there is one CPU or one core;
//  2. one worker when any loop (or recursive function) calls a messaging or
//     collective operation, directly or through functions it calls: such a
//     program is communication-bound or mixed, and one worker is never much slower
//     for it while many can be much slower (the failure mode above is unbounded);
//  3. one worker when the program has no loop at all: it cannot run long enough to
//     repay the start-up of a worker;
//  4. otherwise one worker per CPU, never more than the cores.
// It is a static reading of the image (names of calls, backward jumps), so it errs
// towards one worker: a name like `send` for a user function, or a library module
// such as taskfarm (its worker loop receives), counts as communication. The
// machine's load is deliberately not used: the load average lags by a minute and
// counts the user's own previous runs, and for a compute-bound program two workers
// still get more CPU time than one on a busy machine (the scheduler shares CPUs per
// thread), so only communication, which the image shows, decides.

import { type CodeObject, isCodeObject, type Program } from "../bytecode/code.js";
import { operandKinds } from "../bytecode/opcodes.js";

/** The operations of `parallel` and `concurrency` that wait for other cores. */
const COMMUNICATING = new Set([
  "send", "recv", "sendrecv", "nonblocking_send", "test_sent", "wait_sent", "probe",
  "sync", "bcast", "reduce", "allreduce", "gather", "allgather", "scatter", "expose", "access",
]);

/** What the policy saw in the program image. */
export interface ProgramShape {
  /** Some loop or recursive function of the program. */
  loops: boolean;
  /** A loop (or recursion) calls a communicating operation, directly or through functions. */
  communicatesInLoop: boolean;
}

export interface WorkerChoice {
  workers: number;
  /** Why (for --stats). */
  reason: string;
}

/**
 * The worker count for a run whose options left it open. `shapeOf` reads the program
 * only when the platform, CPUs and cores leave a choice: reading every code object of
 * a program that imports large library modules takes tens of milliseconds.
 */
export function chooseWorkers(shapeOf: () => ProgramShape, cores: number, cpus: number, threads: boolean): WorkerChoice {
  if (!threads) return { workers: 1, reason: "this platform runs every core on the calling thread" };
  if (cpus < 2 || cores < 2) return { workers: 1, reason: cpus < 2 ? "one CPU" : "one core" };
  const shape = shapeOf();
  if (shape.communicatesInLoop) return { workers: 1, reason: "cores communicate inside loops: messages are cheapest on one thread" };
  if (!shape.loops) return { workers: 1, reason: "no loops: too short to repay starting worker threads" };
  const workers = Math.min(cpus, cores);
  return { workers, reason: `compute between few messages: one worker per CPU (${cpus} CPUs)` };
}

/** Per code object: names used, inside loops and anywhere, and whether it loops. */
interface CodeFacts {
  name: string;
  loops: boolean;
  /** Names (global, attribute or method) referenced inside a loop. */
  inLoop: Set<string>;
  /** Every name referenced. */
  all: Set<string>;
}

/** Reads a program image for the worker policy. */
export function programShape(program: Program): ProgramShape {
  const facts: CodeFacts[] = [];
  const visit = (code: CodeObject) => {
    facts.push(codeFacts(code));
    for (const k of code.consts) if (isCodeObject(k)) visit(k);
  };
  for (const m of program.modules) visit(m.code);

  // A function communicates if it names a communicating operation or a function
  // that does (by name: functions are called through the globals they are bound to).
  const byName = new Map<string, CodeFacts[]>();
  for (const f of facts) byName.set(f.name, [...(byName.get(f.name) ?? []), f]);
  const communicating = new Set(COMMUNICATING);
  for (let changed = true; changed;) {
    changed = false;
    for (const f of facts) {
      if (communicating.has(f.name) || ![...f.all].some((n) => communicating.has(n))) continue;
      communicating.add(f.name);
      changed = true;
    }
  }
  let loops = false;
  let communicatesInLoop = false;
  for (const f of facts) {
    // A recursive function repeats like a loop: its whole body counts as one.
    const recursive = f.all.has(f.name) && byName.has(f.name);
    if (f.loops || recursive) loops = true;
    const repeated = recursive ? f.all : f.inLoop;
    if ([...repeated].some((n) => communicating.has(n))) communicatesInLoop = true;
  }
  return { loops, communicatesInLoop };
}

function codeFacts(code: CodeObject): CodeFacts {
  const ins = code.code;
  // Loops are the ranges [target, jump] of backward jumps (instruction offsets in words).
  const ranges: [number, number][] = [];
  const refs: [number, string][] = [];
  for (let pc = 0; pc < ins.length;) {
    const kinds = operandKinds[ins[pc]];
    if (!kinds) break;
    kinds.forEach((kind, i) => {
      const v = ins[pc + 1 + i];
      if (kind === "jump" && v <= pc) ranges.push([v, pc]);
      else if (kind === "global" && v < code.globals.length) refs.push([pc, code.globals[v]]);
      else if (kind === "name" && v < code.names.length) refs.push([pc, code.names[v]]);
    });
    pc += 1 + kinds.length;
  }
  const fold = (n: string) => n.toLowerCase();
  const all = new Set(refs.map(([, n]) => fold(n)));
  const inLoop = new Set(refs.filter(([pc]) => ranges.some(([a, b]) => pc >= a && pc <= b)).map(([, n]) => fold(n)));
  return { name: fold(code.name), loops: ranges.length > 0, inLoop, all };
}
