/**
 * Where the time to the first lead rows goes, as consecutive phases that add up to the time the
 * rows were seen: the entry's download, its evaluation (boot), the wait for the route's chunk,
 * the wait for the list's answer, and the render. Read in the page from Resource Timing and the
 * app's own `performance.mark('crm:boot')` (src/main.tsx); the split is pure.
 */

/** Milliseconds since navigation start; null when the page has no such entry. */
export type FirstRowsTimeline = {
  /** The entry script (`<script type="module" src>`) fully received. */
  entryEnd: number | null;
  /** The app's mark after the entry's modules have run (`crm:boot`). */
  booted: number | null;
  /**
   * The page's code fully received: the leads page's chunk and every chunk it imports, which
   * public/route-preload.js asks for while the entry downloads (the last of them to arrive).
   */
  chunkEnd: number | null;
  /** The session's token refresh, when the page had to make one. */
  refreshStart: number | null;
  refreshEnd: number | null;
  /** The lead list request the rows came from (the last one): sent and answered. */
  listStart: number | null;
  listEnd: number | null;
};

export const PHASES = ['entry download', 'boot', 'route chunk', 'list answer', 'render'] as const;
export type Phase = (typeof PHASES)[number];
export type FirstRowsPhases = Record<Phase, number>;

/**
 * Each phase is the part of the critical path it alone holds up: the route chunk counts only
 * from the end of boot, the list's answer only past the chunk, the render from whichever
 * arrived last. Phases never go negative and add up to `seen`.
 */
export const firstRowsPhases = (timeline: FirstRowsTimeline, seen: number): FirstRowsPhases => {
  const entry = Math.min(timeline.entryEnd ?? 0, seen);
  const booted = Math.min(Math.max(timeline.booted ?? entry, entry), seen);
  const chunk = Math.min(Math.max(timeline.chunkEnd ?? booted, booted), seen);
  const list = Math.min(Math.max(timeline.listEnd ?? chunk, chunk), seen);
  return {
    'entry download': entry,
    boot: booted - entry,
    'route chunk': chunk - booted,
    'list answer': list - chunk,
    render: seen - list,
  };
};

/** Script text for page.evaluate: the timeline of a /leads load. */
export const FIRST_ROWS_TIMELINE = `(() => {
  const resources = performance.getEntriesByType('resource');
  const entrySrc = document.querySelector('script[type="module"][src]')?.src ?? '';
  const first = (match) => resources.find((item) => match(item.name)) ?? null;
  const entry = first((name) => name === entrySrc);
  const boot = performance.getEntriesByName('crm:boot', 'mark')[0] ?? null;
  // The page's code: every script asked for before the entry had run, but the entry itself
  // (what the app asks for later, once running, is not the page's).
  const pageCode = resources.filter(
    (item) =>
      /\\/assets\\/[^/]+\\.js$/.test(item.name) &&
      item.name !== entrySrc &&
      item.startTime < (boot ? boot.startTime : Infinity),
  );
  const refresh = first((name) => name.includes('/user/token/refresh/'));
  // The answer the rows came from: the last list request (a first one may have been refused),
  // not one of the one-lead capability probes that follow the rows (lead-list-capabilities.ts).
  const list =
    resources
      .filter((item) => item.name.includes('/leads/list/') && !/[?&]limit=1(&|$)/.test(item.name))
      .at(-1) ?? null;
  return {
    entryEnd: entry ? entry.responseEnd : null,
    booted: boot ? boot.startTime : null,
    chunkEnd: pageCode.length ? Math.max(...pageCode.map((item) => item.responseEnd)) : null,
    refreshStart: refresh ? refresh.startTime : null,
    refreshEnd: refresh ? refresh.responseEnd : null,
    listStart: list ? list.startTime : null,
    listEnd: list ? list.responseEnd : null,
  };
})()`;
