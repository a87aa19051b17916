// Failure is loud: deadlocks are reported (core, operation, peer, line) instead of
// hanging, a runtime error on one core stops the run with its traceback and a
// summary of the others, and --timeout reports where every core was.
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isBuilt, runEpython } from "../helpers/run.js";
import { py, runDevice } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "epython-device-"));
function program(name: string, source: string): string {
  const file = join(tmp, name);
  writeFileSync(file, source);
  return file;
}

describe("deadlock detection (one worker)", () => {
  it("reports an unmatched recv with the core, operation, peer and line", () => {
    const r = runDevice(py(
      "from parallel import coreid, recv",
      "if coreid() == 1:",
      "    x = recv(0)",
    ));
    expect(r.result.stuck?.reason).toBe("deadlock");
    expect(r.stuck).toContain("core 1 [device 1]: waiting in recv from core 0 at main.py:3 (in <module>) — core 0 has finished");
    expect(r.stuck).toContain("core 0 [device 0]: finished");
  });

  it("reports circular blocking sends", () => {
    const r = runDevice(py(
      "from parallel import coreid, numcores, send, recv",
      "def pass_on():",
      "    send(coreid(), (coreid() + 1) % numcores())",
      "pass_on()",
      "recv((coreid() - 1) % numcores())",
    ), { cores: 3 });
    expect(r.result.stuck?.reason).toBe("deadlock");
    for (let c = 0; c < 3; c++) {
      expect(r.stuck).toContain(`core ${c} [device ${c}]: waiting in send to core ${(c + 1) % 3} at main.py:3 (in pass_on)`);
    }
  });

  it("reports a collective that some cores never reach", () => {
    const r = runDevice(py("from parallel import coreid, sync", "if coreid() < 2:", "    sync()"), { cores: 4 });
    expect(r.stuck).toContain("core 0-1 [device 0-1]: waiting in sync at main.py:3 (in <module>) — cores 2-3 finished without calling it");
  });

  it("reports a core waiting in wait_sent on a core that never receives", () => {
    const r = runDevice(py(
      "from parallel import coreid, nonblocking_send, wait_sent",
      "if coreid() == 0:",
      "    nonblocking_send(1, 1)",
      "    wait_sent(1)",
    ));
    expect(r.stuck).toContain("core 0 [device 0]: waiting in wait_sent for core 1 at main.py:4");
  });
});

describe("errors and time limits (one worker)", () => {
  it("stops the run on one core's error, with its traceback and the others' state", () => {
    const r = runDevice(py(
      "from parallel import coreid, recv",
      "def f(x):",
      "    return 10 // x",
      "if coreid() == 2:",
      "    f(0)",
      "recv((coreid() + 1) % 4)",
    ), { cores: 4 });
    expect(r.error).toBe("ZeroDivisionError: integer division or modulo by zero");
    expect(r.result.failure?.core).toBe(2);
    expect(r.result.failure?.error.traceback.map((t) => `${t.func}:${t.line}`)).toEqual(["<module>:5", "f:3"]);
    const states = r.result.summaries.map((s) => s.state);
    expect(states).toEqual(["blocked", "blocked", "failed", "running"]);
  });

  it("stops a runaway program at the time limit and says where each core was", () => {
    const r = runDevice(py(
      "from parallel import coreid, recv",
      "if coreid() == 1:",
      "    recv(0)",
      "while True:",
      "    pass",
    ), { cores: 3, timeoutMs: 200 });
    expect(r.result.stuck?.reason).toBe("timeout");
    expect(r.stuck).toMatch(/core 0 \[device 0\]: running at main.py:[45]/);
    expect(r.stuck).toContain("core 1 [device 1]: waiting in recv from core 0 at main.py:3");
  });
});

describe.skipIf(!isBuilt())("failures through the CLI", () => {
  const deadlock = program("deadlock.py", py(
    "from parallel import coreid, numcores, send, recv",
    "send(coreid(), (coreid() + 1) % numcores())",
    "recv((coreid() - 1) % numcores())",
  ));

  for (const workers of ["1", "2"]) {
    it(`exits with status 3 and a report on a deadlock (--workers ${workers})`, () => {
      const r = runEpython(["run", deadlock, "--cores", "4", "--workers", workers], { timeoutMs: 20_000 });
      expect(r.code).toBe(3);
      expect(r.stderr).toContain("Deadlock: no core can make progress.");
      for (let c = 0; c < 4; c++) expect(r.stderr).toContain(`core ${c} [device ${c}]: waiting in send to core ${(c + 1) % 4} at ${deadlock}:2`);
    });
  }

  it("reports send to oneself and exits non-zero", () => {
    const file = program("self.py", py("from parallel import send, coreid", "send(1, coreid())"));
    const r = runEpython(["run", file, "--cores", "2", "--workers", "1"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("DeadlockError: core 0 called send() with itself");
    expect(r.stderr).toContain(`File "${file}", line 2`);
  });

  it("shows the failing core's traceback and a summary of the others (2 workers)", () => {
    const file = program("fail.py", py(
      "from parallel import coreid, sync",
      "sync()",
      "if coreid() == 3:",
      "    x = [1, 2][5]",
      "sync()",
    ));
    const r = runEpython(["run", file, "--cores", "4", "--workers", "2"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Error on device core 3:");
    expect(r.stderr).toContain("IndexError: list index out of range");
    // Every other core is counted by its state (waiting in sync, or preempted before it).
    expect(r.stderr).toMatch(/\(3 other cores stopped: (\d ((was|were) (waiting|still running)|had not started)(, )?)+\)/);
  });

  it("--timeout ends a runaway multi-worker program with exit status 124", () => {
    const file = program("spin.py", py("from parallel import coreid, recv", "if coreid() == 1:", "    recv(0)", "while True:", "    pass"));
    const r = runEpython(["run", file, "--cores", "4", "--workers", "2", "--timeout", "2"], { timeoutMs: 20_000 });
    expect(r.code).toBe(124);
    expect(r.stderr).toContain("Timeout: the program did not finish within 2 s.");
    expect(r.stderr).toContain(`core 1 [device 1]: waiting in recv from core 0 at ${file}:3`);
    expect(r.stderr).toMatch(/core 2-3 \[device 2-3\]: running at .*spin\.py:[45]/);
  });

  it("keeps a NameError's 'Did you mean' when the report comes from a worker thread", () => {
    const file = program("typo.py", py("from parallel import coreid", "total = coreid()", "if coreid() == 1:", "    print(totl)"));
    const r = runEpython(["run", file, "--cores", "2", "--workers", "2"]);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split("\n").filter((l) => l.startsWith("NameError"))).toEqual(["NameError: name 'totl' is not defined. Did you mean: 'total'?"]);
  });

  it("reports a deep recursion's RecursionError from a worker thread (a million-entry traceback)", () => {
    const file = program("deep.py", py("import sys", "sys.setrecursionlimit(10**9)", "def r(n):", "    return r(n + 1)", "r(0)"));
    const r = runEpython(["run", file, "--cores", "2", "--workers", "2"], { timeoutMs: 60_000 });
    expect(r.code).toBe(1);
    // The last line is CPython's; the memory figures come under the header, across threads too.
    expect(r.stderr.trimEnd().split("\n").filter((l) => l.startsWith("RecursionError"))).toEqual(["RecursionError: maximum recursion depth exceeded"]);
    expect(r.stderr).toMatch(/Error on device core (\d):\ncore \1 has no memory for another call frame of \d+ bytes; /);
    expect(r.stderr).toMatch(/\[Previous line repeated \d+ more times\]/);
    expect(r.stderr).not.toContain("internal error");
  }, 90_000);
});
