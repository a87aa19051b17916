// The transfer model of arrays passed by reference: what a core's accesses to data
// held elsewhere cost, in *simulated* time. Nothing here sleeps: the wall clock stays
// real, the stall is computed and reported (--stats, the offload API).
//
// A core's simulated time is
//     now = compute + stall
//     compute = instructions x cyclesPerInstruction / clock
// where `instructions` are the bytecode instructions the core has executed (kept
// current by the interpreter whenever it calls out of its fast paths) and `stall` is
// the time the core has spent waiting for data so far.
//
// Each memory level the data can live at has a latency (ns, from the request to the
// first byte) and a bandwidth (bytes/ns). Moving B bytes from a level takes
//     latency + B / bandwidth.
// A blocking miss stalls the core for that long. A prefetch hands the line to the
// core's DMA engine (the Epiphany has two per core; the model runs prefetches as one
// stream of descriptors on them), which works in the background while the core keeps
// computing. The engine issues a descriptor's reads without waiting for the previous
// descriptor's data, so latencies overlap, while the data of successive lines shares
// the level's bandwidth: a line issued at time t, when the stream's data is busy
// until time f, arrives at
//     max(t, f) + latency + B / bandwidth,  and the data is then busy until max(t, f) + B / bandwidth.
// So n lines in flight hide about n times the per-line compute of latency, and a
// stream is never faster than the bandwidth. A later access to a line in flight
// stalls only for what is left of its time (none once it has arrived). Writes are
// write-through and posted (the core does not wait for them, as the Epiphany's mesh
// writes are posted); they are counted, not timed.
//
// Simplifications (stated so the figures are read for what they are): blocking
// fetches and the prefetch stream do not share the bandwidth; builtins that walk an
// array (sum, min, max, sorted) count no compute between elements.

import type { CoreApi } from "./values.js";

/** The levels a reference's data is fetched from (device-kind data is on the core). */
export type TransferLevel = "host" | "shared";

/** What moving data from one level to a core costs. */
export interface LevelCost {
  /** From the request to the first byte, in nanoseconds. */
  readonly latencyNs: number;
  /** Sustained rate once the data flows, in bytes per nanosecond (1 B/ns = 1 GB/s). */
  readonly bytesPerNs: number;
}

/**
 * The default costs, modelled on the Parallella (Epiphany-III + Zynq host):
 *  - shared: the 32 MB shared DRAM window, reached over the eLink. Its effective
 *    rate is about 600 MB/s per direction; an off-chip read is a round trip through
 *    the mesh and the eLink, of the order of half a microsecond.
 *  - host: memory the device cannot address (software UVA): the request goes to the
 *    host runtime through a mailbox in shared memory, the host copies the range into
 *    shared memory, and the core reads it from there — two hops, hence about ten
 *    microseconds of latency (the host's polling and signalling) and half the rate.
 * These are estimates for comparing placements and the effect of prefetch, not
 * measured cycle counts.
 */
export const LEVEL_COSTS: Readonly<Record<TransferLevel, LevelCost>> = {
  shared: { latencyNs: 500, bytesPerNs: 0.6 },
  host: { latencyNs: 10_000, bytesPerNs: 0.3 },
};

/** Clock used when the core's profile gives none (the Epiphany-III's 600 MHz). */
export const DEFAULT_CLOCK_MHZ = 600;

/**
 * Machine cycles per bytecode instruction. ePython interprets its bytecode on the
 * core: a dispatch, operand loads and stores in local memory and a type check take
 * a few tens of cycles per instruction. 20 is an estimate, not a measurement.
 */
export const CYCLES_PER_INSTRUCTION = 20;

/** Nanoseconds to move `bytes` from a level, request to last byte. */
export function transferNs(cost: LevelCost, bytes: number): number {
  return cost.latencyNs + bytes / cost.bytesPerNs;
}

/** Simulated compute time of `instructions` bytecode instructions, in nanoseconds. */
export function computeNs(instructions: number, clockMHz: number, cyclesPerInstruction = CYCLES_PER_INSTRUCTION): number {
  return (instructions * cyclesPerInstruction * 1000) / clockMHz;
}

/** One core's cumulative transfer counters (over every kernel it has run). */
export interface TransferCounters {
  /** Bytes fetched host -> core (line fills, prefetches, device-kind copies). */
  fetchedFromHost: number;
  /** Bytes fetched shared memory -> core. */
  fetchedFromShared: number;
  /** Bytes written through core -> host. */
  writtenToHost: number;
  /** Bytes written through core -> shared memory. */
  writtenToShared: number;
  /** Element reads served by a cached line (a line still in flight counts here too). */
  hits: number;
  /** Element reads that fetched their line with a blocking transfer. */
  misses: number;
  /** Lines handed to the DMA engine ahead of use. */
  prefetchedLines: number;
  /** Simulated time the core spent waiting for data, in nanoseconds. */
  stallNs: number;
}

/** A line moved to a core, for --trace. */
export interface TransferEvent {
  core: number;
  /** "fetch": a blocking miss; "prefetch": issued to a DMA engine; "copy": a device-kind copy. */
  op: "fetch" | "prefetch" | "copy";
  level: TransferLevel;
  /** First element and number of elements moved. */
  start: number;
  count: number;
  bytes: number;
  /** Simulated times (ns on the core's clock): requested, and data available. */
  issuedNs: number;
  readyNs: number;
}

/** A core's transfer state: its counters, its clock and its DMA stream. */
export class CoreTransfers {
  readonly counters: TransferCounters = {
    fetchedFromHost: 0, fetchedFromShared: 0, writtenToHost: 0, writtenToShared: 0,
    hits: 0, misses: 0, prefetchedLines: 0, stallNs: 0,
  };
  clockMHz = DEFAULT_CLOCK_MHZ;
  cyclesPerInstruction = CYCLES_PER_INSTRUCTION;
  /** Per level: when the prefetch stream's data stops occupying the bandwidth (simulated ns). */
  private readonly streamBusyUntil: Record<TransferLevel, number> = { host: 0, shared: 0 };

  constructor(private readonly core: CoreApi) {}

  /** The core's simulated time now: its compute so far plus its stalls so far. */
  now(): number {
    return computeNs(this.core.instructions ?? 0, this.clockMHz, this.cyclesPerInstruction) + this.counters.stallNs;
  }

  /** The core waits `ns` for data. */
  stall(ns: number): void {
    if (ns > 0) this.counters.stallNs += ns;
  }

  /** Counts `bytes` fetched from `level`. */
  fetched(level: TransferLevel, bytes: number): void {
    if (level === "host") this.counters.fetchedFromHost += bytes;
    else this.counters.fetchedFromShared += bytes;
  }

  /** Counts `bytes` written through to `level`. */
  written(level: TransferLevel, bytes: number): void {
    if (level === "host") this.counters.writtenToHost += bytes;
    else this.counters.writtenToShared += bytes;
  }

  /**
   * Queues a prefetch of `bytes` from `level` on the DMA stream at simulated time
   * `at`; returns when its data will have arrived (see the model above).
   */
  dma(level: TransferLevel, bytes: number, at: number): number {
    const cost = LEVEL_COSTS[level];
    const start = Math.max(at, this.streamBusyUntil[level]);
    this.streamBusyUntil[level] = start + bytes / cost.bytesPerNs;
    return start + transferNs(cost, bytes);
  }
}

const STATE_KEY = "epython.transfers";

/** The transfer state of a core, created on first use (kept with the core's module state). */
export function coreTransfers(core: CoreApi): CoreTransfers {
  return core.moduleState(STATE_KEY, () => new CoreTransfers(core));
}

/** A snapshot of a core's cumulative transfer counters (all zero if it never used a reference). */
export function transferStats(core: CoreApi): TransferCounters {
  return { ...coreTransfers(core).counters };
}
