// Micro-core machine profiles: what a simulated device looks like. Sizes are bytes.
// `runtimeReserve` is the part of each core's local memory the on-core runtime
// occupies on the real chip (the original's interpreter takes ~24 KB of the
// Epiphany's 32 KB), so programs get what they would get on hardware. The shared
// memory is divided among the device cores a run uses (see layout.ts, which also
// holds the upper limits on memory sizes).

export interface Profile {
  name: string;
  description: string;
  cores: number;
  localMemory: number;
  runtimeReserve: number;
  sharedMemory: number;
  /** Largest bytecode kept in local memory; larger code is fetched from shared memory. */
  codeLocalLimit: number;
  clockMHz: number;
  hasFpu: boolean;
}

const KB = 1024;
const MB = 1024 * 1024;

export const profiles: Record<string, Profile> = {
  epiphany3: {
    name: "epiphany3", description: "Adapteva Epiphany-III (Parallella): 16 cores, 32 KB each",
    cores: 16, localMemory: 32 * KB, runtimeReserve: 24 * KB, sharedMemory: 32 * MB,
    codeLocalLimit: 2048, clockMHz: 600, hasFpu: true,
  },
  epiphany4: {
    name: "epiphany4", description: "Epiphany-IV: 64 cores, 32 KB each",
    cores: 64, localMemory: 32 * KB, runtimeReserve: 24 * KB, sharedMemory: 32 * MB,
    codeLocalLimit: 2048, clockMHz: 800, hasFpu: true,
  },
  epiphany5: {
    name: "epiphany5", description: "Epiphany-V: 1024 cores, 64 KB each",
    cores: 1024, localMemory: 64 * KB, runtimeReserve: 24 * KB, sharedMemory: 1024 * MB,
    codeLocalLimit: 4096, clockMHz: 1000, hasFpu: true,
  },
  microblaze: {
    name: "microblaze", description: "Xilinx MicroBlaze soft cores: 8 cores, 64 KB each",
    cores: 8, localMemory: 64 * KB, runtimeReserve: 40 * KB, sharedMemory: 32 * MB,
    codeLocalLimit: 4096, clockMHz: 100, hasFpu: true,
  },
  picorv32: {
    name: "picorv32", description: "PicoRV32 RISC-V soft cores (no FPU): 8 cores, 64 KB each",
    cores: 8, localMemory: 64 * KB, runtimeReserve: 40 * KB, sharedMemory: 32 * MB,
    codeLocalLimit: 4096, clockMHz: 100, hasFpu: false,
  },
  host: {
    name: "host", description: "host threads with large memory (256 MB per core)",
    cores: 2, localMemory: 256 * MB, runtimeReserve: 0, sharedMemory: 1024 * MB,
    codeLocalLimit: 256 * MB, clockMHz: 0, hasFpu: true,
  },
};

/** Parses sizes like 32768, 32K, 32KB, 32M. */
export function parseSize(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?$/.exec(text.trim());
  if (!m) return null;
  const mult = { "": 1, k: KB, m: MB, g: 1024 * MB }[m[2].toLowerCase() as "" | "k" | "m" | "g"];
  return Math.round(Number(m[1]) * mult);
}
