/**
 * The instant the browser tests live at. playwright.config.ts starts the test server's clock
 * there (CLOCK_START), and `test` (./test.ts) installs it in every browser context, so the demo
 * seed, "today", the past and the next free slot are the same whatever day the suite runs.
 * Time flows on from there in both. Wednesday 18 November 2026, 12:00 UTC: the same date from
 * UTC-10 to UTC+11, and 02:00 on the 19th in Pacific/Kiritimati.
 */
export const E2E_NOW = '2026-11-18T12:00:00Z';

/** `yyyy-mm-dd` of the Monday `weeks` weeks after E2E_NOW, and the six days after it. */
export const weekAfterE2eNow = (weeks: number): string[] => {
  const monday = new Date(E2E_NOW);
  monday.setUTCDate(monday.getUTCDate() + weeks * 7);
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  return Array.from({ length: 7 }, (_, day) => {
    const date = new Date(monday);
    date.setUTCDate(monday.getUTCDate() + day);
    return date.toISOString().slice(0, 10);
  });
};
