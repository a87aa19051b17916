// Text formatting of bench figures: summaries, ratios and plain-text tables.

/** "0.812 [0.801-0.835]" (median [min-max]); `scale`/`digits`/`unit` for other units. */
export function formatSummary(sum, { digits = 3, scale = 1, unit = "" } = {}) {
  if (!sum) return "-";
  const f = (x) => (x * scale).toFixed(digits);
  if (sum.runs === 1) return `${f(sum.median)}${unit}`;
  return `${f(sum.median)}${unit} [${f(sum.min)}-${f(sum.max)}]`;
}

export const formatSeconds = (sum) => formatSummary(sum, { unit: " s" });
export const formatMicros = (sum) => formatSummary(sum, { digits: 2, scale: 1e6, unit: " µs" });

/** "1.23x", or "-" for null. */
export const formatRatio = (r) => (r === null || !Number.isFinite(r) ? "-" : `${r.toFixed(2)}x`);

/** A left-aligned first column, right-aligned others, with a rule under the headers. */
export function table(rows, headers) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
