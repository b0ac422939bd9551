/**
 * The instant every component test lives at: the dashboard's clock (src/lib/clock.ts) and the
 * in-process reference server both read it, so the demo seed, "today", "the past" and the next
 * free slot are the same whatever the machine's date and time zone.
 * Wednesday 18 November 2026, 10:00 UTC (the 19th, 00:00 in Pacific/Kiritimati).
 */
export const TEST_NOW = '2026-11-18T10:00:00Z';

export const testNow = (): Date => new Date(TEST_NOW);
