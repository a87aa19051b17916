// Heterogeneous devices (--device epiphany3:16,microblaze:8): cores of several
// profiles in one run, numbered in order, each with its own profile's memory; the
// option's rules; and reports that name each core's type when the types differ.
import { describe, expect, it } from "vitest";
import { parseDeviceSpec, partCores, type DevicePart } from "../../src/device/deviceSpec.js";
import { Layout, LayoutError, mixesTypes, type LayoutOptions } from "../../src/device/layout.js";
import { profiles } from "../../src/device/profiles.js";
import { formatStats, formatTimes } from "../../src/device/stats.js";
import { traceJson } from "../../src/device/trace.js";
import { deviceOptions, EPythonUsageError, run, type HostRunOptions } from "../../src/index.js";
import { linesOf, py } from "./helpers.js";

const KB = 1024;
const MB = 1024 * KB;
const sinks = { stdout: () => {}, stderr: () => {} };

/** A layout of `spec` as the run's options would make it (code of `codeBytes`). */
function layoutOf(spec: string, o: Partial<LayoutOptions> = {}): Layout {
  const parts = parseDeviceSpec(spec);
  return new Layout({
    profile: parts[0].profile, deviceCores: partCores(parts), hostCores: 0, codeBytes: 100, parts, ...o,
  });
}

/** Runs `source` through the library's run(), collecting output; throws on a usage error. */
async function runLib(source: string, o: HostRunOptions) {
  return run(source, { deterministic: true, ...o });
}

describe("device descriptions", () => {
  it("reads profile:count parts in order, a bare profile meaning its own core count", () => {
    const parts = parseDeviceSpec("epiphany3:16, microblaze:8,picorv32");
    expect(parts.map((p) => [p.profile.name, p.cores])).toEqual([["epiphany3", 16], ["microblaze", 8], ["picorv32", 8]]);
    expect(parseDeviceSpec([{ profile: "microblaze", cores: 2 }, { profile: "epiphany3" }]).map((p) => p.cores)).toEqual([2, 16]);
  });

  it("rejects unknown profiles (listing the known ones), bad counts and empty parts", () => {
    const bad: [Parameters<typeof parseDeviceSpec>[0], string | RegExp][] = [
      ["epiphany3:4,nope:2", "unknown profile 'nope' (choose from epiphany3, epiphany4, epiphany5, microblaze, picorv32, host)"],
      ["epiphany3:0", "the number of epiphany3 cores must be a whole number >= 1, not '0'"],
      ["microblaze:-1", "the number of microblaze cores must be a whole number >= 1, not '-1'"],
      ["microblaze:2.5", "not '2.5'"],
      ["microblaze:", "not ''"],
      ["", /^empty device description; give profile:count parts/],
      ["epiphany3:2,,microblaze:1", /^cannot read '' in 'epiphany3:2,,microblaze:1'/],
      ["epiphany3=2", /^cannot read 'epiphany3=2'/],
      [[], /^no parts/],
      [[{ profile: "microblaze", cores: 0 }], "not '0'"],
      [[{ profile: "toString", cores: 1 }], "unknown profile 'toString'"],
    ];
    for (const [spec, message] of bad) {
      expect(() => parseDeviceSpec(spec), JSON.stringify(spec)).toThrow(LayoutError);
      expect(() => parseDeviceSpec(spec), JSON.stringify(spec)).toThrow(message);
    }
  });
});

describe("the layout of a device of several profiles", () => {
  it("numbers the cores in the order of the parts, each with its profile's type, then the host cores", () => {
    const layout = layoutOf("epiphany3:3,microblaze:2", { hostCores: 1 });
    expect(layout.cores.map((c) => [c.id, c.label, c.type])).toEqual([
      [0, "device 0", "epiphany3"], [1, "device 1", "epiphany3"], [2, "device 2", "epiphany3"],
      [3, "device 3", "microblaze"], [4, "device 4", "microblaze"], [5, "host 0", "host"],
    ]);
    expect(layout.spec(3).profile).toBe(profiles.microblaze);
    expect(layout.heterogeneous).toBe(true);
    expect(layout.coresOfType("microblaze")).toEqual([3, 4]);
    expect(layout.coresOfType("picorv32")).toEqual([]);
    expect(layoutOf("microblaze:2", { hostCores: 1 }).heterogeneous).toBe(false);
  });

  it("gives each core its profile's local memory less its runtime reserve, and the code's place by its code limit", () => {
    const layout = layoutOf("epiphany3:1,microblaze:1", { codeBytes: 3000 });
    const [e, m] = [layout.spec(0), layout.spec(1)];
    // 3000 bytes of code: over the Epiphany's 2 KB code limit (fetched from shared
    // memory), under the MicroBlaze's 4 KB (copied onto the core).
    expect([e.codeShared, m.codeShared]).toEqual([true, false]);
    expect(e.memory.local).toBe(32 * KB - 24 * KB);
    expect(m.memory.local).toBe(64 * KB - 40 * KB - 3000);
  });

  it("takes the largest shared memory of the parts, divided among all device cores", () => {
    // epiphany5's 1 GB (not epiphany3's 32 MB), over 8 cores, whatever the order.
    const layout = layoutOf("epiphany3:4,epiphany5:4");
    expect(layout.cores.map((c) => c.sharedSlice)).toEqual(Array(8).fill(128 * MB));
    expect(layoutOf("epiphany5:4,epiphany3:4").cores.map((c) => c.sharedSlice)).toEqual(Array(8).fill(128 * MB));
    expect(layoutOf("epiphany3:2,epiphany5:2", { sharedMemory: 8 * MB }).spec(0).sharedSlice).toBe(2 * MB);
  });

  it("says which type's cores the code does not fit, and refuses -c placement", () => {
    expect(() => layoutOf("microblaze:1,epiphany3:1", { codeBytes: 9000, code: "core" }))
      .toThrow("the code (9,000 bytes) does not fit in the epiphany3 cores' 8,192 bytes of local memory; drop --code-core");
    expect(() => layoutOf("epiphany3:2", { placement: [0, 1] })).toThrow(/cannot be combined with core placement/);
  });

  it("keeps homogeneous layouts as they were (no parts: one profile for every core)", () => {
    const plain = new Layout({ profile: profiles.epiphany3, deviceCores: 2, hostCores: 1, codeBytes: 100 });
    const parts: DevicePart[] = [{ profile: profiles.epiphany3, cores: 2 }];
    const same = new Layout({ profile: profiles.epiphany3, deviceCores: 2, hostCores: 1, codeBytes: 100, parts });
    expect(same.cores).toEqual(plain.cores);
    expect(plain.cores.map((c) => c.type)).toEqual(["epiphany3", "epiphany3", "host"]);
  });
});

describe("running on a device of several profiles", () => {
  // Only core `k` allocates 20 KB of data: more than an epiphany3 core's 8 KB, less
  // than a microblaze core's 24 KB.
  const allocateOn = (k: number) => py(
    "from parallel import coreid, coretype",
    `if coreid() == ${k}:`,
    "    a = [0] * 5000",
    "    print(coretype(), len(a))",
  );

  it("fails with MemoryError on an epiphany3 core but not on a microblaze core of the same device", async () => {
    const device = "epiphany3:2,microblaze:2";
    const onMicroblaze = await runLib(allocateOn(2), { device, strictMemory: true });
    expect(onMicroblaze.stderr).toBe("");
    expect(onMicroblaze.stdout).toBe("[device 2] microblaze 5000\n");
    const onEpiphany = await runLib(allocateOn(1), { device, strictMemory: true });
    expect(onEpiphany.status).toBe(1);
    expect(onEpiphany.stderr).toMatch(/^Error on device core 1 \(epiphany3\):\n/);
    expect(onEpiphany.stderr).toContain("MemoryError: core 1 out of memory allocating 20,008 bytes");
    // An epiphany3 core has 8 KB for code and data.
    expect(onEpiphany.stderr).toMatch(/in use \(frames \d+, heap \d+\) of 8,\d{3} bytes\n/);
  });

  it("tells each core its type (parallel.coretype), host cores too", async () => {
    const r = await runLib(py("from parallel import coreid, coretype", "print(coreid(), coretype())"), { device: "microblaze:1,epiphany3:2", hostCores: 1 });
    expect(r.stdout).toBe("[device 0] 0 microblaze\n[device 1] 1 epiphany3\n[device 2] 2 epiphany3\n[host 0] 3 host\n");
    const plain = await runLib(py("from parallel import coretype", "print(coretype())"), { profile: "picorv32" });
    expect(plain.stdout).toBe("[device 0] picorv32\n");
  });

  it("applies --local-memory to every core, less each profile's runtime reserve", async () => {
    const o = deviceOptions({ device: "epiphany3:1,microblaze:1", localMemory: "48K" }, "p.py", sinks);
    expect(o.parts!.map((p) => p.localMemory)).toEqual([24 * KB, 8 * KB]);
    expect(o.deviceCores).toBe(2);
    // 20 KB now fits the epiphany3 core (24 KB) but not the microblaze core (8 KB).
    const r = await runLib(allocateOn(0), { device: "epiphany3:1,microblaze:1", localMemory: "48K", strictMemory: true });
    expect(r.stdout).toBe("[device 0] epiphany3 5000\n");
    const s = await runLib(allocateOn(1), { device: "epiphany3:1,microblaze:1", localMemory: "48K", strictMemory: true });
    expect(s.stderr).toContain("MemoryError: core 1 out of memory");
  });

  it("shows each core's type in --stats rows, per-type totals, -t lines and trace tracks", async () => {
    const r = await runLib(py("x = [1] * 10"), { device: "epiphany3:2,microblaze:1", hostCores: 1, timing: true, trace: true });
    const result = r.result!;
    expect(result.stats.map((s) => s.type)).toEqual(["epiphany3", "epiphany3", "microblaze", "host"]);
    const table = formatStats(result.stats).split("\n");
    expect(table[1]).toMatch(/^core\s+type\s+instructions/);
    expect(table[2]).toMatch(/^device 0\s+epiphany3\s+\d/);
    expect(table[4]).toMatch(/^device 2\s+microblaze\s+\d/);
    expect(table[5]).toMatch(/^host 0\s+host\s+\d/);
    expect(table.slice(6).map((l) => l.replace(/\s{2,}\d.*$/, "").replace(/\s+/g, " "))).toEqual([
      "total (2 cores) epiphany3", "total (1 cores) microblaze", "total (1 cores) host", "total (4 cores)",
    ]);
    expect(formatTimes(result.stats).split("\n").map((l) => l.replace(/ completed.*/, ""))).toEqual([
      "Core 0 (epiphany3)", "Core 1 (epiphany3)", "Core 2 (microblaze)", "Core 3 (host)",
    ]);
    const trace = JSON.parse(traceJson(result.layout.cores, result.trace!.events, 0)) as { traceEvents: { name: string; args?: { name?: string } }[] };
    expect(trace.traceEvents.filter((e) => e.name === "thread_name").map((e) => e.args!.name))
      .toEqual(["device 0 (epiphany3)", "device 1 (epiphany3)", "device 2 (microblaze)", "host 0"]);
  });

  it("shows no types when every device core has the same one (homogeneous output unchanged)", async () => {
    const r = await runLib(py("x = 1"), { cores: 2, hostCores: 1, timing: true, trace: true });
    const result = r.result!;
    expect(mixesTypes(result.stats)).toBe(false);
    expect(formatStats(result.stats).split("\n")[1]).toMatch(/^core\s+instructions/);
    expect(formatStats(result.stats)).not.toContain("epiphany3");
    expect(formatTimes(result.stats)).toMatch(/^Core 0 completed in/);
    expect(traceJson(result.layout.cores, [], 0)).toContain('"name":"device 0"}');
  });

  it("runs every part's cores in one program: messages and collectives across types", async () => {
    const r = await runLib(py(
      "from parallel import coreid, numcores, coretype, send, recv, reduce",
      "me = coreid()",
      "if me == 0:",
      "    print([recv(i) for i in range(1, numcores())])",
      "else:",
      "    send(coretype(), 0)",
      "print(reduce(me, 'sum'))",
    ), { device: "epiphany3:2,microblaze:2" });
    expect(r.stderr).toBe("");
    expect(linesOf(r.stdout, 0)).toEqual(["['epiphany3', 'microblaze', 'microblaze']", "6"]);
    expect(linesOf(r.stdout, 3)).toEqual(["6"]);
  });
});

describe("the device option's rules", () => {
  it("excludes profile, cores and placement; checks local memory against every profile's reserve", async () => {
    const bad: [HostRunOptions, string][] = [
      [{ device: "epiphany3:2", profile: "epiphany3" }, "give either device or profile, not both"],
      [{ device: "epiphany3:2", cores: 2 }, "give either device or cores, not both"],
      [{ device: "epiphany3:2", placement: "0:1" }, "give either device or placement, not both"],
      [{ device: "epiphany3:2,gpu:4" }, "device: unknown profile 'gpu' (choose from epiphany3, epiphany4, epiphany5, microblaze, picorv32, host)"],
      [{ device: "epiphany3:0" }, "device: the number of epiphany3 cores must be a whole number >= 1, not '0'"],
      [{ device: "epiphany3:1,microblaze:1", localMemory: "40K" },
        "localMemory '40K' leaves no room for the program: the runtime takes 40K of each core's local memory on the microblaze profile"],
      [{ device: "epiphany5:65000,microblaze:536", hostCores: 1 },
        "too many cores: 65,537 asked for, at most 65,536 in a run (device and host cores together)"],
      [{ cores: 100_000_000 }, "too many cores: 100,000,000 asked for"],
    ];
    for (const [o, message] of bad) {
      const e = await runLib("x = 1\n", o).then(() => null, (err: unknown) => err);
      expect(e, JSON.stringify(o)).toBeInstanceOf(EPythonUsageError);
      expect((e as Error).message, JSON.stringify(o)).toContain(message);
    }
  });

  it("adds host cores after the device cores", () => {
    const o = deviceOptions({ device: "epiphany3:2,microblaze:1", hostCores: 2 }, "p.py", sinks);
    expect([o.deviceCores, o.hostCores, o.profile.name]).toEqual([3, 2, "epiphany3"]);
  });
});
