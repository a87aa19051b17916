// `epython run --device epiphany3:2,microblaze:2` as a user meets it (node
// bin/epython.js, a child process): the cores' types in output, --stats and -t,
// runs over several worker threads, and clear errors for conflicting options.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isBuilt, runEpython } from "../helpers/run.js";
import { py } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "epython-hetero-"));
const whoAmI = join(tmp, "who.py");
writeFileSync(whoAmI, py(
  "from parallel import coreid, numcores, coretype, reduce",
  "total = reduce(coreid(), 'sum')",
  "print(coreid(), numcores(), coretype(), total)",
));

const sortedLines = (s: string) => s.trim().split("\n").sort();

describe.skipIf(!isBuilt())("epython run --device", () => {
  it("runs the parts' cores in order, host cores after them, and reports each core's type", () => {
    const r = runEpython(["run", "--device", "epiphany3:2,microblaze:2", "-h", "1", "--stats", "-t", whoAmI]);
    expect(r.code, r.stderr).toBe(0);
    expect(sortedLines(r.stdout)).toEqual([
      "[device 0] 0 5 epiphany3 10", "[device 1] 1 5 epiphany3 10",
      "[device 2] 2 5 microblaze 10", "[device 3] 3 5 microblaze 10", "[host 0] 4 5 host 10",
    ]);
    expect(r.stderr).toMatch(/^Core 2 \(microblaze\) completed in \d+\.\d{6} seconds/m);
    expect(r.stderr).toMatch(/^core +type +instructions/m);
    expect(r.stderr).toMatch(/^device 3 +microblaze +\d/m);
    expect(r.stderr).toMatch(/^total \(2 cores\) +microblaze +\d/m);
  });

  it("gives the same output on several worker threads (each rebuilds the layout)", () => {
    const one = runEpython(["run", "--device", "microblaze:3,epiphany3:3", "--workers", "1", whoAmI]);
    const two = runEpython(["run", "--device", "microblaze:3,epiphany3:3", "--workers", "2", whoAmI]);
    expect(two.code, two.stderr).toBe(0);
    expect(sortedLines(two.stdout)).toEqual(sortedLines(one.stdout));
    expect(sortedLines(two.stdout)[5]).toBe("[device 5] 5 6 epiphany3 15");
  });

  it("refuses --device with --profile, -d or -c, and unknown profiles, with status 1", () => {
    for (const [args, message] of [
      [["--profile", "epiphany3"], "epython: give either --device or --profile, not both"],
      [["-d", "4"], "epython: give either --device or --cores, not both"],
      [["-c", "0:1"], "epython: give either --device or -c, not both"],
    ] as const) {
      const r = runEpython(["run", "--device", "epiphany3:2", ...args, whoAmI]);
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stderr).toContain(message);
      expect(r.stdout).toBe("");
    }
    const r = runEpython(["run", "--device", "epiphany3:2,fpga:1", whoAmI]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe("epython: --device: unknown profile 'fpga' (choose from epiphany3, epiphany4, epiphany5, microblaze, picorv32, host)");
  });

  it("is listed in the run command's help", () => {
    expect(runEpython(["run", "--help"]).stdout).toMatch(/--device <parts>\s+a device of several profiles/);
  });
});
