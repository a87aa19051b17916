// Heterogeneous devices: one device made of cores of several profiles, as
// `--device epiphany3:16,microblaze:8` (CLI) or `device: "epiphany3:16,microblaze:8"`
// (library) asks. The parts are numbered in the order given: here cores 0-15 are
// epiphany3 cores and 16-23 microblaze cores; host cores (-h) follow them.
//
// Each device core takes its own profile's local memory, runtime reserve, code limit
// and clock (see layout.ts for how they become the core's memory). A core's *type*
// is its profile's name: statistics, timings and traces show it whenever the device
// cores are of more than one type (layout.ts's mixesTypes), so homogeneous runs look
// as before.
//
// The written form: parts separated by commas, each `profile:count` or `profile`
// alone (the profile's own core count). Counts are whole numbers >= 1. The same
// profile may appear more than once (its cores then come in several blocks).

import { LayoutError } from "./layout.js";
import { profiles, type Profile } from "./profiles.js";

/** A block of consecutive device cores of one profile. */
export interface DevicePart {
  profile: Profile;
  cores: number;
  /**
   * Bytes per core for code and data after this profile's runtime reserve, when
   * --local-memory was given (it applies to every core; each profile's reserve is
   * subtracted from it); undefined: the profile's own local memory.
   */
  localMemory?: number;
}

/** How a caller may describe the parts: the written form or a list. */
export type DeviceSpecInput = string | readonly { profile: string; cores?: number }[];

const FORM = "give profile:count parts separated by commas, e.g. epiphany3:16,microblaze:8";

/**
 * The parts of a device description. LayoutError (its message without an option
 * name: the caller prefixes the option as its user spells it) for an empty
 * description, an unknown profile (listing the known ones) or a bad count.
 */
export function parseDeviceSpec(spec: DeviceSpecInput): DevicePart[] {
  const entries: { profile: string; cores: number | string | undefined }[] = [];
  if (typeof spec === "string") {
    if (spec.trim() === "") throw new LayoutError(`empty device description; ${FORM}`);
    for (const part of spec.split(",")) {
      const m = /^\s*([A-Za-z0-9_-]*)\s*(?::\s*(\S*)\s*)?$/.exec(part);
      if (!m || m[1] === "") throw new LayoutError(`cannot read '${part.trim()}' in '${spec}'; ${FORM}`);
      entries.push({ profile: m[1], cores: m[2] });
    }
  } else {
    if (!Array.isArray(spec) || spec.length === 0) throw new LayoutError(`no parts in the device description; ${FORM}`);
    for (const p of spec) entries.push({ profile: String(p?.profile), cores: p?.cores });
  }
  return entries.map(({ profile: name, cores }) => {
    const profile = Object.hasOwn(profiles, name) ? profiles[name] : undefined;
    if (!profile) throw new LayoutError(`unknown profile '${name}' (choose from ${Object.keys(profiles).join(", ")})`);
    if (cores === undefined) return { profile, cores: profile.cores };
    const n = typeof cores === "number" ? cores : /^\d+$/.test(cores) ? Number(cores) : NaN;
    if (!Number.isSafeInteger(n) || n < 1) throw new LayoutError(`the number of ${name} cores must be a whole number >= 1, not '${cores}'`);
    return { profile, cores: n };
  });
}

/** Total device cores of `parts`. */
export function partCores(parts: readonly DevicePart[]): number {
  return parts.reduce((n, p) => n + p.cores, 0);
}
