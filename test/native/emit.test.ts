// C output snapshots of small programs (readable C: names, #line, checks), and the
// build's errors for a missing C compiler or MPI, which name the Debian packages.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, assertValid } from "../../src/compiler/analyze.js";
import { inferProgram } from "../../src/compiler/infer.js";
import { parse } from "../../src/lang/index.js";
import { emitC } from "../../src/native/emitC.js";
import { cliPath, repoRoot } from "../helpers/run.js";

const c = (src: string) => emitC(inferProgram(assertValid(analyze(parse(src, "snap.py", { dialect: "python3" })))));

describe("C output snapshots", () => {
  it("a numeric function with a versioned loop", () => {
    expect(c([
      "def dot(xs, ys):",
      "    s = 0.0",
      "    for i in range(len(xs)):",
      "        s += xs[i] * ys[i]",
      "    return s",
      "print(dot([1.0, 2.0], [3.0, 4.0]))",
      "",
    ].join("\n"))).toMatchSnapshot();
  });

  it("ints, tuples, strings and formatting", () => {
    expect(c([
      "def divmod2(a, b):",
      "    return a // b, a % b",
      "q, r = divmod2(17, 5)",
      "name = 'q' + str(q)",
      "print('%s=%d r=%03d' % (name, q, r), [q, r], (q, 1.5))",
      "",
    ].join("\n"))).toMatchSnapshot();
  });

  it("messages between cores", () => {
    expect(c([
      "from parallel import coreid, numcores, send, recv, reduce",
      "if coreid() == 0:",
      "    send([1.0, 2.0], 1)",
      "elif coreid() == 1:",
      "    print(recv(0))",
      "print(reduce(coreid(), 'sum'))",
      "",
    ].join("\n"))).toMatchSnapshot();
  });
});

describe("build errors", () => {
  const dir = mkdtempSync(join(tmpdir(), "ep-native-"));
  const f = join(dir, "p.py");
  writeFileSync(f, "print(1)\n");
  // No compiler on PATH: only node itself (by its absolute path) runs.
  const bare = { ...process.env, PATH: join(dir, "no-such-bin"), CC: "" };

  it("a missing C compiler names Debian's gcc package", () => {
    const r = spawnSync(process.execPath, [cliPath, "run", "--native", f], { cwd: repoRoot, env: bare, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("install Debian's package 'gcc'");
  });

  it("a missing MPI names libopenmpi-dev and openmpi-bin", () => {
    const r = spawnSync(process.execPath, [cliPath, "build", "--target", "mpi", f, "-o", join(dir, "p")], { cwd: repoRoot, env: bare, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("'libopenmpi-dev' and 'openmpi-bin'");
  });
});
