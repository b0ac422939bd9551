/** Percentiles and summaries of timing samples (milliseconds). Pure: no clocks, no I/O. */

export type Summary = {
  /** How many samples the figures come from. */
  n: number;
  p50: number;
  p95: number;
  p99: number;
  min: number;
  max: number;
  mean: number;
};

/**
 * The p-th percentile (0–100) of `sorted` (ascending) by linear interpolation between the
 * closest ranks, as NumPy's default does. Throws on an empty list or a p outside 0–100.
 */
export const percentileOfSorted = (sorted: readonly number[], p: number): number => {
  if (sorted.length === 0) throw new Error('percentile of no samples');
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile must be within 0..100, got ${p}`);
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (rank - lower);
};

export const percentile = (samples: readonly number[], p: number): number =>
  percentileOfSorted(
    [...samples].sort((a, b) => a - b),
    p,
  );

export const summarize = (samples: readonly number[]): Summary => {
  if (samples.length === 0) throw new Error('summary of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    n: sorted.length,
    p50: percentileOfSorted(sorted, 50),
    p95: percentileOfSorted(sorted, 95),
    p99: percentileOfSorted(sorted, 99),
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    mean: total / sorted.length,
  };
};

/** `later / earlier`, or null when either is missing or the base is zero. */
export const growthRatio = (
  earlier: number | undefined,
  later: number | undefined,
): number | null =>
  earlier === undefined || later === undefined || earlier <= 0 ? null : later / earlier;
