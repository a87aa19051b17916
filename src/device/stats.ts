// Per-core statistics (--stats) and run times (-t).
//
// Exact counts: instructions executed, messages and bytes sent and received (sizes
// as in wire.ts), collective calls, peak memory use (the memory model's bytes).
//
// Memory levels are modelled, approximately, from those counts:
//  - instruction fetches: one per instruction, from local memory when the code is
//    placed on the core, else from shared memory;
//  - data accesses: one per instruction (an operand access), split between local and
//    shared memory in proportion to where the core's data lives at its peak (all
//    shared under --data-shared; the spilled part after a spill);
//  - bytes moved between levels: shared->local = the code copied onto the core at
//    start (code on core) or the bytes of every instruction fetched (code in shared
//    memory); local->shared = data spilled past local memory; core->core = message
//    bytes over the on-chip network.
// The model is meant for comparing placements and programs, not cycle counts.
//
// On a device of several profiles (deviceSpec.ts) the table has a "type" column and a
// total per type, and -t names each core's type; homogeneous runs look as before.
//
// Arrays passed by reference (issue 7) are counted exactly by their own transfer
// model (vm/transfer.ts): bytes fetched from host and shared memory, bytes written
// through, cache hits and misses, prefetched lines and simulated stall time. The
// table shows those columns only when some core used such an array, so runs without
// them print as before.

import type { DeviceCore } from "../vm/driver.js";
import { transferStats } from "../vm/transfer.js";
import { type CoreSpec, mixesTypes } from "./layout.js";
import type { WorkerChoice } from "./workerPolicy.js";

export class CoreCounters {
  messagesSent = 0;
  bytesSent = 0;
  messagesReceived = 0;
  bytesReceived = 0;
  collectives = 0;
  /** Milliseconds spent running this core's instructions. */
  busyMs = 0;
  /** Milliseconds from the start of the run to this core's end (-1 while running). */
  endMs = -1;
}

export interface StatsRow {
  id: number;
  label: string;
  /** The core's type (its profile's name; "host" for host cores) and whether it is a host core. */
  type: string;
  isHost: boolean;
  instructions: number;
  messagesSent: number;
  bytesSent: number;
  messagesReceived: number;
  bytesReceived: number;
  collectives: number;
  peakLocal: number;
  peakShared: number;
  fetchLocal: number;
  fetchShared: number;
  dataLocal: number;
  dataShared: number;
  movedToLocal: number;
  movedToShared: number;
  busyMs: number;
  endMs: number;
  /** Arrays passed by reference: bytes fetched host->core and shared->core. */
  refFromHost: number;
  refFromShared: number;
  /** Bytes written through core->host and core->shared. */
  refToHost: number;
  refToShared: number;
  refHits: number;
  refMisses: number;
  refPrefetched: number;
  /** Simulated time the core waited for that data (ns, rounded). */
  refStallNs: number;
}

export function statsRow(core: DeviceCore, spec: CoreSpec, counters: CoreCounters, codeBytes: number, codeInstructions: number, sharedArrays: number): StatsRow {
  const n = core.instructions;
  const peak = core.mem.peak;
  const local = core.mem.limits.local;
  const spilled = Math.max(0, peak - local);
  const peakShared = spilled + sharedArrays;
  const sharedFraction = spec.dataShared ? 1 : peak > 0 ? spilled / peak : 0;
  const dataShared = Math.round(n * sharedFraction);
  const bytesPerInstr = codeInstructions > 0 ? codeBytes / codeInstructions : 2;
  const refs = transferStats(core);
  return {
    id: spec.id, label: spec.label, type: spec.type, isHost: spec.isHost, instructions: n,
    messagesSent: counters.messagesSent, bytesSent: counters.bytesSent,
    messagesReceived: counters.messagesReceived, bytesReceived: counters.bytesReceived,
    collectives: counters.collectives,
    peakLocal: spec.dataShared ? 0 : Math.min(peak, local), peakShared,
    fetchLocal: spec.codeShared ? 0 : n, fetchShared: spec.codeShared ? n : 0,
    dataLocal: n - dataShared, dataShared,
    movedToLocal: spec.codeShared ? Math.round(n * bytesPerInstr) : spec.isHost ? 0 : codeBytes,
    movedToShared: spilled,
    busyMs: counters.busyMs, endMs: counters.endMs,
    refFromHost: refs.fetchedFromHost, refFromShared: refs.fetchedFromShared,
    refToHost: refs.writtenToHost, refToShared: refs.writtenToShared,
    refHits: refs.hits, refMisses: refs.misses, refPrefetched: refs.prefetchedLines,
    refStallNs: Math.round(refs.stallNs),
  };
}

const COLUMNS: [keyof StatsRow, string][] = [
  ["instructions", "instructions"],
  ["messagesSent", "msgs sent"],
  ["bytesSent", "bytes sent"],
  ["messagesReceived", "msgs recv"],
  ["bytesReceived", "bytes recv"],
  ["collectives", "collectives"],
  ["peakLocal", "peak local B"],
  ["peakShared", "peak shared B"],
  ["fetchLocal", "fetch local"],
  ["fetchShared", "fetch shared"],
  ["dataLocal", "data local"],
  ["dataShared", "data shared"],
  ["movedToLocal", "shared->local B"],
  ["movedToShared", "local->shared B"],
];

/** Columns of arrays passed by reference, shown when some core used one. */
const REFERENCE_COLUMNS: [keyof StatsRow, string][] = [
  ["refFromHost", "host->core B"],
  ["refFromShared", "shared->core B"],
  ["refToHost", "core->host B"],
  ["refToShared", "core->shared B"],
  ["refHits", "ref hits"],
  ["refMisses", "ref misses"],
  ["refPrefetched", "prefetched lines"],
  ["refStallNs", "stall ns"],
];

/**
 * The --stats table: one row per core, then the totals (peaks as maxima); with
 * `workers`, a last line tells how many worker threads ran the cores and why.
 */
export function formatStats(rows: readonly StatsRow[], workers?: WorkerChoice): string {
  const usedReferences = rows.some((r) => REFERENCE_COLUMNS.some(([k]) => (r[k] as number) > 0));
  const columns = usedReferences ? [...COLUMNS, ...REFERENCE_COLUMNS] : COLUMNS;
  const typed = mixesTypes(rows);
  const typeCell = (t: string) => (typed ? [t] : []);
  const header = ["core", ...typeCell("type"), ...columns.map(([, h]) => h)];
  const body = rows.map((r) => [r.label, ...typeCell(r.type), ...columns.map(([k]) => String(r[k]))]);
  const total = (of: readonly StatsRow[]) => columns.map(([k]) => {
    const xs = of.map((r) => r[k] as number);
    return String(k.startsWith("peak") ? Math.max(0, ...xs) : xs.reduce((a, b) => a + b, 0));
  });
  if (typed) {
    for (const t of new Set(rows.map((r) => r.type))) {
      const of = rows.filter((r) => r.type === t);
      body.push([`total (${of.length} cores)`, t, ...total(of)]);
    }
  }
  body.push([`total (${rows.length} cores)`, ...typeCell(""), ...total(rows)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  const lines = ["Statistics (memory levels modelled, see docs/device.md):", line(header), ...body.map(line)];
  if (workers) lines.push(`Worker threads: ${workers.workers} (${workers.reason})`);
  return lines.join("\n");
}

/** -t: the original's line per core, plus the time the core actually ran. */
export function formatTimes(rows: readonly StatsRow[]): string {
  const secs = (ms: number) => (ms / 1000).toFixed(6);
  const typed = mixesTypes(rows);
  return rows
    .map((r) => `Core ${r.id}${typed ? ` (${r.type})` : ""} completed in ${secs(Math.max(0, r.endMs))} seconds (ran ${secs(r.busyMs)} s)${r.endMs < 0 ? " [did not finish]" : ""}`)
    .join("\n");
}
