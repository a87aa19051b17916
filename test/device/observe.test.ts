// Observability: --trace (Chrome trace-event JSON), --stats, -t; and the memory
// hierarchy: shared_mem_array, --data-shared, --strict-memory, code placement.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isBuilt, runEpython } from "../helpers/run.js";
import { outputOf, py, runDevice } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "epython-observe-"));
const pingPong = join(tmp, "pingpong.py");
writeFileSync(pingPong, py(
  "from parallel import coreid, numcores, send, recv, reduce",
  "me = coreid()",
  "if me % 2 == 0:",
  "    send([me, 'x'], me + 1)",
  "    back = recv(me + 1)",
  "else:",
  "    back = recv(me - 1)",
  "    send(back, me - 1)",
  "print(reduce(me, 'sum'))",
));

interface TraceEvent { ph: string; name: string; tid: number; ts: number; dur?: number; id?: number; args?: Record<string, unknown> }

describe.skipIf(!isBuilt())("--trace", () => {
  for (const workers of ["1", "2"]) {
    it(`writes valid Chrome trace JSON: a track per core, slices and message flows (--workers ${workers})`, () => {
      const file = join(tmp, `trace-${workers}.json`);
      const r = runEpython(["run", pingPong, "--cores", "4", "--workers", workers, "--trace", file]);
      expect(r.code, r.stderr).toBe(0);
      const trace = JSON.parse(readFileSync(file, "utf8")) as { traceEvents: TraceEvent[] };
      const ev = trace.traceEvents;
      const names = ev.filter((e) => e.ph === "M" && e.name === "thread_name").map((e) => [e.tid, e.args?.name]);
      expect(names).toEqual([[0, "device 0"], [1, "device 1"], [2, "device 2"], [3, "device 3"]]);
      for (const core of [0, 1, 2, 3]) expect(ev.some((e) => e.ph === "X" && e.tid === core && e.name === "run")).toBe(true);
      // Every core but the last to arrive waits in the reduction.
      expect(new Set(ev.filter((e) => e.ph === "X" && e.name === "reduce('sum')").map((e) => e.tid)).size).toBeGreaterThanOrEqual(3);
      expect(ev.some((e) => e.ph === "X" && e.tid <= 1 && /^(send to|recv from) core [01]$/.test(e.name))).toBe(true);
      const starts = ev.filter((e) => e.ph === "s");
      const ends = ev.filter((e) => e.ph === "f");
      expect(starts).toHaveLength(4);
      expect(new Set(ends.map((e) => e.id))).toEqual(new Set(starts.map((e) => e.id)));
      for (const s of starts) {
        const f = ends.find((e) => e.id === s.id)!;
        expect(f.tid).toBe(s.args?.to);
        expect(f.ts).toBeGreaterThanOrEqual(s.ts);
      }
      for (const e of ev.filter((x) => x.ph === "X")) expect(e.dur).toBeGreaterThan(0);
    });
  }
});

describe.skipIf(!isBuilt())("--stats and -t", () => {
  it("prints per-core and total instructions, messages, bytes and memory", () => {
    const r = runEpython(["run", pingPong, "--cores", "4", "--workers", "1", "--stats", "-t"]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stderr.split("\n");
    for (let c = 0; c < 4; c++) expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^Core ${c} completed in \\d+\\.\\d{6} seconds`)));
    const header = lines.find((l) => l.startsWith("core "))!;
    expect(header).toMatch(/instructions\s+msgs sent\s+bytes sent\s+msgs recv\s+bytes recv\s+collectives\s+peak local B/);
    const row = (label: string) => lines.find((l) => l.startsWith(label))!.trim().split(/\s{2,}/);
    const cols = header.trim().split(/\s{2,}/);
    const get = (label: string, col: string) => Number(row(label)[cols.indexOf(col)]);
    // core 0 sends [0, 'x'] (8 + 2*4 + 9 bytes for 'x'), core 1 sends it back
    expect(get("device 0", "msgs sent")).toBe(1);
    expect(get("device 0", "msgs recv")).toBe(1);
    expect(get("device 1", "bytes recv")).toBeGreaterThanOrEqual(get("device 0", "bytes sent") - 4);
    expect(get("total (4 cores)", "msgs sent")).toBe(4);
    expect(get("total (4 cores)", "collectives")).toBe(4);
    expect(get("device 2", "instructions")).toBeGreaterThan(0);
    expect(get("device 2", "peak local B")).toBeGreaterThan(0);
    expect(lines).toContain("Worker threads: 1 (--workers)");
  });
});

describe("memory hierarchy", () => {
  it("charges shared_mem_array lists to the core's shared slice, not local memory", () => {
    const r = runDevice(py(
      "from array import shared_mem_array",
      "a = shared_mem_array(20000)",
      "a[7] = 1",
      "print(sum(a))",
    ), { cores: 1, strictMemory: true });
    expect(r.error).toBeNull();
    expect(r.out).toBe("[device 0] 1\n");
    expect(r.result.stats[0].peakShared).toBe(80008);
    expect(r.result.stats[0].peakLocal).toBeLessThan(8 * 1024);
    // A 1-core run has all 32 MB of shared memory as its slice; 16 cores share it.
    const full = runDevice(py("from array import shared_mem_array", "a = shared_mem_array(9000000)"), { cores: 1 });
    expect(full.error).toMatch(/MemoryError: core 0 out of shared memory allocating a shared_mem_array of 36,000,008 bytes/);
    const sliced = runDevice(py("from array import shared_mem_array", "a = shared_mem_array(600000)"), { cores: 16 });
    expect(sliced.error).toMatch(/MemoryError: core \d+ out of shared memory allocating a shared_mem_array of 2,400,008 bytes; 0 of its 2,097,152-byte shared slice in use/);
  });

  it("spills data to shared memory with one warning, or fails under --strict-memory", () => {
    const src = py("from parallel import coreid", "x = [0] * 3000", "print(len(x))");
    const spill = runDevice(src, { cores: 3 });
    expect(spill.error).toBeNull();
    expect(spill.warnings.trim().split("\n")).toHaveLength(1);
    expect(spill.warnings).toMatch(/warning: core 0 needs [\d,]+ bytes of data but has [\d,]+ bytes of local memory/);
    expect(spill.result.stats[1].peakShared).toBeGreaterThan(0);
    expect(runDevice(src, { cores: 3, strictMemory: true }).error).toMatch(/MemoryError: core 0 out of memory/);
  });

  it("--data-shared puts all data in shared memory, quietly", () => {
    const r = runDevice(py("x = [0] * 3000", "print(len(x))"), { cores: 1, dataShared: true });
    expect(r.out).toBe("[device 0] 3000\n");
    expect(r.warnings).toBe("");
    expect(r.result.stats[0].peakLocal).toBe(0);
    expect(r.result.stats[0].dataShared).toBe(r.result.stats[0].instructions);
  });

  it("places large code in shared memory (fetched as it runs) unless --code-core", () => {
    const body = Array.from({ length: 400 }, (_, i) => (i ? `v${i} = v${i - 1} + ${i}` : "v0 = 0"));
    const big = py(...body, "print(v399)");
    const auto = runDevice(big, { cores: 1 });
    expect(auto.out).toBe("[device 0] 79800\n");
    expect(auto.result.layout.spec(0).codeShared).toBe(true);
    expect(auto.result.stats[0].fetchShared).toBe(auto.result.stats[0].instructions);
    expect(runDevice(big, { cores: 1, code: "core" }).result.layout.spec(0).codeShared).toBe(false);
    const small = runDevice(py("print(1)"), { cores: 1 });
    expect(small.result.layout.spec(0).codeShared).toBe(false);
    expect(runDevice(py("print(1)"), { cores: 1, code: "shared" }).result.stats[0].fetchLocal).toBe(0);
  });

  it("gives host cores large memory and the [host N] prefix", () => {
    const out = outputOf(py(
      "from parallel import coreid, numcores, ishost, isdevice",
      "x = [0] * 100000",
      "print(coreid(), numcores(), ishost(), isdevice())",
    ), { cores: 0, hostCores: 2 });
    expect(out).toBe("[host 0] 0 2 True False\n[host 1] 1 2 True False\n");
    const mixed = outputOf(py("from parallel import coreid, ishost", "print(coreid(), ishost())"), { cores: 2, hostCores: 1 });
    expect(mixed).toBe("[device 0] 0 False\n[device 1] 1 False\n[host 0] 2 True\n");
  });

  it("runs on explicitly placed cores (-c): ids are the placement, others are inactive", () => {
    const out = outputOf(py("from parallel import coreid, numcores, reduce", "print(coreid(), numcores(), reduce(coreid(), 'sum'))"), { cores: 0, placement: [2, 5, 6] });
    expect(out.trim().split("\n").sort()).toEqual(["[device 2] 2 3 13", "[device 5] 5 3 13", "[device 6] 6 3 13"]);
    const r = runDevice(py("from parallel import coreid, send", "if coreid() == 2:", "    send(1, 3)"), { cores: 0, placement: [2, 5] });
    expect(r.error).toMatch(/Attempting to send to non-existent or inactive process: core 2 called send\(\) with core 3, but the cores are 2, 5/);
  });
});
