// Summaries of repeated timings. Every figure the bench prints is the MEDIAN of its
// runs (robust to the odd slow run on a shared machine), shown with the min and max
// so the reader sees the spread; ratios are taken between medians of the same run.

/** { runs, min, median, max } of a non-empty list of numbers. */
export function summarize(samples) {
  if (samples.length === 0) throw new Error("summarize: no samples");
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { runs: s.length, min: s[0], median, max: s[s.length - 1] };
}

/** Ratio of two summaries' medians, or null when either is missing. */
export function ratio(num, den) {
  return num && den && den.median > 0 ? num.median / den.median : null;
}

export function geometricMean(xs) {
  return Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
}
