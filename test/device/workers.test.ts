// Multi-worker runs (cores spread over worker threads) and determinism, through the
// CLI (worker threads load the built bundle).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isBuilt, runEpython } from "../helpers/run.js";
import { py } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "epython-workers-"));
function program(name: string, source: string): string {
  const file = join(tmp, name);
  writeFileSync(file, source);
  return file;
}

const sortedLines = (s: string) => s.trim().split("\n").sort();

describe.skipIf(!isBuilt())("multi-worker runs", () => {
  it("delivers point-to-point messages between cores of different workers", () => {
    // Every core sends a list to every other core (lower ids send first), then
    // checks what it received; nonblocking sends and probes cross workers too.
    const file = program("alltoall.py", py(
      "from parallel import coreid, numcores, send, recv, nonblocking_send, wait_sent, probe, sync",
      "me = coreid()",
      "n = numcores()",
      "ok = True",
      "for other in range(n):",
      "    if other == me:",
      "        continue",
      "    if me < other:",
      "        send([me, other, 'x' * me], other)",
      "        got = recv(other)",
      "    else:",
      "        got = recv(other)",
      "        send([me, other, 'x' * me], other)",
      "    ok = ok and got == [other, me, 'x' * other]",
      "nonblocking_send(me, (me + 1) % n)",
      "sync()",
      "seen = probe((me - 1) % n)",
      "left = recv((me - 1) % n)",
      "wait_sent((me + 1) % n)",
      "print(me, ok, seen, left)",
    ));
    const r = runEpython(["run", file, "--cores", "6", "--workers", "2"], { timeoutMs: 30_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(sortedLines(r.stdout)).toEqual(
      Array.from({ length: 6 }, (_, c) => `[device ${c}] ${c} True True ${(c + 5) % 6}`).sort(),
    );
  });

  it("runs collectives and a 1024-core reduce across workers", () => {
    const file = program("reduce.py", py(
      "from parallel import coreid, numcores, reduce, bcast, gather, allgather, scatter",
      "me = coreid()",
      "s = reduce(me, 'sum')",
      "f = reduce(0.5 * me, 'max')",
      "b = bcast(me * 3 if me == 700 else None, 700)",
      "g = gather(me, 1023)",
      "ag = allgather(me % 7)",
      "sc = scatter(list(range(0, 2 * numcores(), 2)) if me == 5 else None, 5)",
      "if me in (0, 511, 512, 1023):",
      "    print(s, f, b, None if g is None else sum(g), sum(ag), sc)",
    ));
    const r = runEpython(["run", file, "--cores", "1024", "--workers", "2"], { timeoutMs: 30_000 });
    expect(r.code, r.stderr).toBe(0);
    const agSum = Array.from({ length: 1024 }, (_, i) => i % 7).reduce((a, b) => a + b, 0);
    expect(sortedLines(r.stdout)).toEqual([
      `[device 0] 523776 511.5 2100 None ${agSum} 0`,
      `[device 1023] 523776 511.5 2100 523776 ${agSum} 2046`,
      `[device 511] 523776 511.5 2100 None ${agSum} 1022`,
      `[device 512] 523776 511.5 2100 None ${agSum} 1024`,
    ]);
  });

  it("reads standard input from cores on either worker, in turn", () => {
    const file = program("input.py", py(
      "from parallel import coreid, sync",
      "for turn in range(4):",
      "    if turn == coreid():",
      "        print(coreid(), input())",
      "    sync()",
    ));
    const r = runEpython(["run", file, "--cores", "4", "--workers", "2"], { stdin: "a\nb\nc\nd\n" });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("[device 0] 0 a\n[device 1] 1 b\n[device 2] 2 c\n[device 3] 3 d\n");
  });

  it("leaves the run's last line unterminated only when nothing can follow it", () => {
    // Each core ends mid-line. On one worker the last core to end is the run's last
    // output: its line stays open, as CPython's; earlier cores' lines are ended so the
    // next core's line does not continue them. Across workers every line is ended.
    const file = program("endline.py", py("from parallel import coreid", "print('core', coreid(), end='')"));
    const one = runEpython(["run", file, "--cores", "3", "--workers", "1", "--deterministic"]);
    expect(one.stdout).toBe("[device 0] core 0\n[device 1] core 1\n[device 2] core 2");
    const raw = runEpython(["run", file, "--no-prefix"]);
    expect(raw.stdout).toBe("core 0");
    const three = runEpython(["run", file, "--cores", "3", "--workers", "3"]);
    expect(sortedLines(three.stdout)).toEqual(["[device 0] core 0", "[device 1] core 1", "[device 2] core 2"]);
    expect(three.stdout.endsWith("\n")).toBe(true);
  });

  it("refuses shared references (concurrency.expose) between workers", () => {
    const file = program("expose.py", py(
      "from parallel import coreid",
      "from concurrency import expose, access",
      "if coreid() == 0:",
      "    expose([1, 2], 3)",
      "elif coreid() == 3:",
      "    access(0)",
    ));
    const r = runEpython(["run", file, "--cores", "4", "--workers", "2"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("expose(): cores 0 and 3 run on different worker threads, so they cannot share data; run with --workers 1");
  });
});

describe.skipIf(!isBuilt())("determinism", () => {
  const file = program("chatty.py", py(
    "import random",
    "from parallel import coreid, numcores, send, recv, reduce, probe",
    "me = coreid()",
    "n = numcores()",
    "x = random.randrange(1000)",
    "for step in range(3):",
    "    if me % 2 == 0:",
    "        send(x, (me + 1) % n)",
    "        x = recv((me + 1) % n) + random.randrange(10)",
    "    else:",
    "        y = recv((me - 1) % n)",
    "        send(x, (me - 1) % n)",
    "        x = y + random.random()",
    "    print(me, step, x, probe((me + 3) % n))",
    "print(me, reduce(x, 'sum'))",
  ));

  it("--deterministic gives byte-identical output on every run", () => {
    const runs = [0, 1, 2].map(() => runEpython(["run", file, "--cores", "12", "--deterministic"]));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    expect(runs[1].stdout).toBe(runs[0].stdout);
    expect(runs[2].stdout).toBe(runs[0].stdout);
    expect(runs[0].stdout.split("\n")).toHaveLength(12 * 4 + 1);
  });

  it("--seed fixes the random numbers whatever the workers; --deterministic insists on one worker", () => {
    const one = runEpython(["run", file, "--cores", "12", "--seed", "9", "--workers", "1"]);
    const two = runEpython(["run", file, "--cores", "12", "--seed", "9", "--workers", "2"]);
    const strip = (s: string) => sortedLines(s.replace(/ (True|False)$/gm, ""));
    expect(strip(two.stdout)).toEqual(strip(one.stdout));
    const bad = runEpython(["run", file, "--cores", "2", "--deterministic", "--workers", "2"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("--deterministic runs one fixed schedule on one worker");
  });
});
