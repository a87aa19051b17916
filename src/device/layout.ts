// Which cores a run has and where each core's code and data live.
//
// Core ids: device cores first (0..d-1, or the ids chosen with -c), then host
// virtual cores (d..d+h-1), as in the original. `numcores()` counts them all.
//
// Memory of a device core (sizes in bytes; see profiles.ts):
//   local memory  = profile.localMemory - profile.runtimeReserve (or --local-memory),
//                   holding the code if it is placed on the core, then the data;
//   shared slice  = sharedMemory / device cores in the run (so a 1-core run has all of
//                   it), capped so that local + slice <= MAX_CORE_MEMORY: data that
//                   does not fit locally spills here (a one-time warning, or an error
//                   under --strict-memory), --data-shared puts all data here, and
//                   shared_mem_array lists always live here.
//
// Limits (exported for the CLI to cite): every core's memory, local + shared slice,
// is at most MAX_CORE_MEMORY (256 MB, the host profile's per-core memory). A core is
// charged 4 bytes per list slot, so no list it can pay for outgrows what the host's
// JavaScript engine can hold (V8 aborts the process, uncatchably, past ~112 million
// array elements; 256 MB / 4 B = 2^26). --local-memory is at most MAX_LOCAL_MEMORY
// and must leave MIN_DATA_MEMORY bytes beyond the runtime's reserve; --shared-memory
// is at most MAX_SHARED_MEMORY (4 GB: the device's 32-bit address space).
// Code is placed on the core when it is no larger than the profile's code limit
// (the original: 2048 bytes on the Epiphany), else in shared memory, from where the
// core fetches it as it runs; --code-core / --code-shared force either place.
// Host cores have large memory (256 MB) and no shared slice.
//
// A heterogeneous device (`parts`, see deviceSpec.ts) gives each block of device
// cores its own profile: local memory, runtime reserve and code limit are per core,
// so code may sit on one type's cores and in shared memory for another's. The
// device's shared memory is then the largest of the parts' profiles (unless
// --shared-memory gives it): the parts share one board's memory, and taking the
// largest means the order of the parts does not matter and no part has less shared
// memory than its profile has alone. It is divided among all device cores as above.

import type { DevicePart } from "./deviceSpec.js";
import { type Profile, profiles } from "./profiles.js";
import type { MemoryLimits } from "../vm/memory.js";

export interface LayoutOptions {
  profile: Profile;
  /** Number of device cores (ids 0..n-1) unless `placement` lists them. */
  deviceCores: number;
  hostCores: number;
  /** Explicit device core ids (-c). */
  placement?: readonly number[];
  /** Bytes per core for code and data after the runtime's part (overrides the profile). */
  localMemory?: number;
  /** Total shared memory (overrides the profile). */
  sharedMemory?: number;
  strictMemory?: boolean;
  dataShared?: boolean;
  code?: "auto" | "core" | "shared";
  /** Size of the program's bytecode. */
  codeBytes: number;
  /**
   * A heterogeneous device's parts, in core-id order (deviceSpec.ts). When given they
   * decide each device core's profile and local memory (`profile` and `localMemory`
   * are then not used) and must account for exactly `deviceCores` cores; -c
   * placement cannot be combined with them.
   */
  parts?: readonly DevicePart[];
}

export interface CoreSpec {
  id: number;
  isHost: boolean;
  /** "device 3" or "host 0": how output and reports name the core. */
  label: string;
  /** The core's type: its profile's name ("epiphany3"), "host" for host virtual cores. */
  type: string;
  /** The profile the core's memory and clock come from (the host profile for host cores). */
  profile: Profile;
  memory: MemoryLimits;
  /** Bytes available for shared_mem_array data (and spilled data) in shared memory. */
  sharedSlice: number;
  codeShared: boolean;
  dataShared: boolean;
}

export class LayoutError extends Error {}

const MB = 1024 * 1024;

/** Most memory one core may have, local plus its shared slice (bytes). */
export const MAX_CORE_MEMORY = 256 * MB;
/** Memory of a host virtual core (-h): the most any core may have. */
const HOST_MEMORY = MAX_CORE_MEMORY;
const HOST_FRAMES = 16 * MB;
/** Most local memory per core for code and data, after the runtime's reserve (bytes). */
export const MAX_LOCAL_MEMORY = MAX_CORE_MEMORY;
/** Least local memory per core for code and data, after the runtime's reserve (bytes). */
export const MIN_DATA_MEMORY = 1024;
/** Most shared memory for the whole device (bytes): a 32-bit address space. */
export const MAX_SHARED_MEMORY = 4096 * MB;
/**
 * Most cores in one run, device and host together: 64 times an Epiphany-V. Each
 * simulated core costs the host about 6 KB before it runs anything, so 65,536
 * cores start in seconds in ~400 MB; far larger counts would exhaust the host.
 */
export const MAX_CORES = 65_536;

/**
 * Checks memory sizes given as options (LayoutOptions.localMemory is after the
 * runtime's reserve; sharedMemory is the device's total). LayoutError, naming the
 * limit, for a size out of range.
 */
export function checkMemoryOptions(profile: Profile, localMemory: number | undefined, sharedMemory: number | undefined): void {
  const reserve = profile.runtimeReserve;
  if (localMemory !== undefined) {
    if (!Number.isSafeInteger(localMemory) || localMemory > MAX_LOCAL_MEMORY) {
      throw new LayoutError(reserve
        ? `--local-memory: at most ${fmtSize(MAX_LOCAL_MEMORY)} for code and data plus the runtime's ${fmtSize(reserve)} per core on ${profile.name}`
        : `--local-memory: at most ${fmtSize(MAX_LOCAL_MEMORY)} per core`);
    }
    if (localMemory < MIN_DATA_MEMORY) {
      throw new LayoutError(`--local-memory: at least ${fmtSize(MIN_DATA_MEMORY + reserve)} per core${reserve ? ` on ${profile.name}: the runtime takes ${fmtSize(reserve)} and at least ${fmtSize(MIN_DATA_MEMORY)} must be left for code and data` : ""}`);
    }
  }
  if (sharedMemory !== undefined && (!Number.isSafeInteger(sharedMemory) || sharedMemory < 0 || sharedMemory > MAX_SHARED_MEMORY)) {
    throw new LayoutError(`--shared-memory: at most ${fmtSize(MAX_SHARED_MEMORY)} (the device's 32-bit address space)`);
  }
}

export class Layout {
  /** Every core, in id order. */
  readonly cores: CoreSpec[] = [];
  /** Core id -> index in `cores`, or -1 for ids that are not in the run. */
  readonly indexOf: Int32Array;
  readonly deviceCount: number;
  /** The device's whole shared memory (bytes), before it is divided among the cores. */
  readonly sharedTotal: number;

  constructor(readonly opts: LayoutOptions) {
    const deviceIds = opts.placement ? [...opts.placement] : range(opts.deviceCores);
    if (opts.placement && opts.hostCores > 0) {
      throw new LayoutError("Can not specify explicit core placement and have host virtual processes (-c cannot be combined with -h)");
    }
    const parts = opts.parts ?? [{ profile: opts.profile, cores: deviceIds.length, localMemory: opts.localMemory }];
    if (opts.parts) {
      if (opts.placement) throw new LayoutError("a device of several profiles (--device) cannot be combined with core placement (-c)");
      const n = parts.reduce((sum, part) => sum + part.cores, 0);
      if (n !== deviceIds.length) throw new Error(`Layout: the device's parts have ${n} cores, deviceCores says ${deviceIds.length}`);
    }
    this.deviceCount = deviceIds.length;
    const firstHost = deviceIds.length ? Math.max(...deviceIds) + 1 : 0;
    for (const part of parts) checkMemoryOptions(part.profile, part.localMemory, opts.sharedMemory);
    // The shared memory is divided among the device cores actually running.
    const sharedTotal = opts.sharedMemory ?? Math.max(...parts.map((part) => part.profile.sharedMemory));
    this.sharedTotal = sharedTotal;
    const share = Math.floor(sharedTotal / Math.max(1, deviceIds.length));
    const code = opts.code ?? "auto";
    const mixed = parts.some((part) => part.profile.name !== parts[0].profile.name);
    let next = 0;
    for (const part of parts) {
      const p = part.profile;
      const onCore = part.localMemory ?? p.localMemory - p.runtimeReserve;
      const slice = Math.max(0, Math.min(share, MAX_CORE_MEMORY - onCore));
      const codeShared = code === "shared" || (code === "auto" && opts.codeBytes > p.codeLocalLimit);
      if (!codeShared && opts.codeBytes > onCore && part.cores) {
        const fix = code === "core" ? "drop --code-core" : "give a larger --local-memory or use --code-shared";
        const where = mixed ? `the ${p.name} cores'` : "a core's";
        throw new LayoutError(`the code (${fmt(opts.codeBytes)} bytes) does not fit in ${where} ${fmt(onCore)} bytes of local memory; ${fix}`);
      }
      for (const id of deviceIds.slice(next, next + part.cores)) {
        const dataShared = !!opts.dataShared;
        const local = dataShared ? 0 : Math.max(0, onCore - (codeShared ? 0 : opts.codeBytes));
        const spill = dataShared ? slice : opts.strictMemory ? 0 : slice;
        this.cores.push({
          id, isHost: false, label: `device ${id}`, type: p.name, profile: p,
          memory: { local, spill, frames: p.runtimeReserve === 0 ? HOST_FRAMES : undefined },
          sharedSlice: slice, codeShared, dataShared,
        });
      }
      next += part.cores;
    }
    for (let h = 0; h < opts.hostCores; h++) {
      this.cores.push({
        id: firstHost + h, isHost: true, label: `host ${h}`, type: "host", profile: profiles.host,
        memory: { local: HOST_MEMORY, spill: 0, frames: HOST_FRAMES },
        sharedSlice: HOST_MEMORY, codeShared: false, dataShared: false,
      });
    }
    const maxId = this.cores.length ? this.cores[this.cores.length - 1].id : -1;
    this.indexOf = new Int32Array(maxId + 1).fill(-1);
    this.cores.forEach((c, i) => (this.indexOf[c.id] = i));
  }

  get total(): number {
    return this.cores.length;
  }

  has(id: number): boolean {
    return Number.isInteger(id) && id >= 0 && id < this.indexOf.length && this.indexOf[id] >= 0;
  }

  spec(id: number): CoreSpec {
    return this.cores[this.indexOf[id]];
  }

  /** True when the device cores are of more than one type (reports then show types). */
  get heterogeneous(): boolean {
    return mixesTypes(this.cores);
  }

  /** Ids of the device cores of one type (a profile's name), in order; [] when none. */
  coresOfType(type: string): number[] {
    return this.cores.filter((c) => !c.isHost && c.type === type).map((c) => c.id);
  }

  /** The ids in the run, as "0-15" or "0-15, 16-17" for messages. */
  describeIds(): string {
    return ranges(this.cores.map((c) => c.id));
  }
}

/**
 * True when the device cores among `cores` are of more than one type: the one rule
 * by which stats, timings and traces decide to name each core's type. Host virtual
 * cores do not count (their label already says "host").
 */
export function mixesTypes(cores: readonly { isHost: boolean; type: string }[]): boolean {
  const device = cores.filter((c) => !c.isHost);
  return device.some((c) => c.type !== device[0].type);
}

/** Parses the original's -c placement: `n`, `a,b,c`, `a:b` (inclusive) or `all`. */
export function parsePlacement(text: string, profileCores: number): number[] {
  const t = text.trim().toLowerCase();
  if (t === "all") return range(profileCores);
  const ids = new Set<number>();
  for (const part of t.split(",")) {
    const m = /^(\d+)(?::(\d+))?$/.exec(part.trim());
    if (!m) throw new LayoutError(`-c: cannot read core placement '${text}' (use n, a,b,c, a:b or all)`);
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (b < a) throw new LayoutError(`-c: empty range '${part}'`);
    for (let i = a; i <= b; i++) ids.add(i);
  }
  return [...ids].sort((x, y) => x - y);
}

/** "0-3, 7, 9-10" for a sorted list of ids. */
export function ranges(ids: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < ids.length; ) {
    let j = i;
    while (j + 1 < ids.length && ids[j + 1] === ids[j] + 1) j++;
    out.push(j === i ? `${ids[i]}` : `${ids[i]}-${ids[j]}`);
    i = j + 1;
  }
  return out.join(", ");
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function fmt(n: number): string {
  return n.toLocaleString("en-US");
}

/** "4 GB", "256 MB", "24 KB", "1,000 bytes": exact sizes in the units options accept. */
function fmtSize(n: number): string {
  if (n >= 1024 * MB && n % (1024 * MB) === 0) return `${fmt(n / (1024 * MB))} GB`;
  if (n >= MB && n % MB === 0) return `${fmt(n / MB)} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${fmt(n / 1024)} KB`;
  return `${fmt(n)} bytes`;
}
