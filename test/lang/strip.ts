// Shared by the front-end tests: a tree without its source positions, for comparing
// shapes.
const POSITION_KEYS = new Set(["line", "col", "endLine", "endCol"]);

export function strip(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(strip);
  if (x === null || typeof x !== "object") return x;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) if (!POSITION_KEYS.has(k)) out[k] = strip(v);
  return out;
}
