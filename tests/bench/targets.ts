/** The targets, as checks of measured figures. Pure. */
import type { Summary } from './stats';

export type Verdict = 'met' | 'MISSED' | null;

/** Lead list and overview p99: ≤ 10 ms at 100,000 leads, ≤ 20 ms at 1,000,000; none below. */
export const serverP99LimitMs = (leads: number): number | null =>
  leads >= 1_000_000 ? 20 : leads >= 100_000 ? 10 : null;

export const serverVerdict = (hot: boolean, leads: number, summary: Summary | null): Verdict => {
  const limit = serverP99LimitMs(leads);
  if (!hot || limit === null || summary === null) return null;
  return summary.p99 <= limit ? 'met' : 'MISSED';
};

/** First lead rows visible: median ≤ 450 ms from navigation start (100k database; issue 15). */
export const FIRST_ROWS_MEDIAN_MS = 450;

/** "Painted in the same frame as the drop": seen in the first animation frame after mouse-up. */
export const dragVerdict = (frames: readonly number[]): Verdict =>
  frames.length === 0 ? null : frames.every((frame) => frame <= 1) ? 'met' : 'MISSED';
