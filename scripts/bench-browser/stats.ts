/** Percentiles for timing samples: nearest-rank on the sorted values (p50 of [1,2,3,4] is 2). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export interface Summary {
  n: number;
  median: number;
  p95: number;
  max: number;
}

export function summarize(values: readonly number[]): Summary {
  return { n: values.length, median: median(values), p95: percentile(values, 95), max: percentile(values, 100) };
}
