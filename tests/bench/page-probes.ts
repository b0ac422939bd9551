/**
 * Code that runs inside the page, as plain script text: functions handed to page.evaluate would
 * carry the TypeScript loader's helpers (`__name`), which the page does not have.
 */

const visible = `(element) => { const r = element.getBoundingClientRect(); return r.width > 0 && r.height > 0; }`;

/** Lead rows (cells in a grid or table row) on screen. */
export const LEAD_ROWS_SHOWN = `[...document.querySelectorAll('[role="grid"] [role="row"], [role="table"] [role="row"], table tbody tr')]
  .filter((row) => row.querySelector('[role="gridcell"], [role="cell"], td'))
  .filter(${visible}).length > 0`;

/** Charts on screen: svg elements with more than three marks (icons have one or two paths). */
export const CHARTS_SHOWN = `[...document.querySelectorAll('svg')]
  .filter((svg) => svg.querySelectorAll('path, rect, circle').length > 3)
  .filter(${visible}).length`;

/** FullCalendar events on screen (not the drag mirror). */
export const CALENDAR_EVENTS_SHOWN = `[...document.querySelectorAll('.fc-event:not(.fc-event-mirror)')].filter(${visible}).length`;

/**
 * Installed before a drop at (x, y): on pointer-up, notes the time, then checks every animation
 * frame whether a (non-mirror) event covers the drop point.
 */
export const dragProbe = (x: number, y: number): string => `(() => {
  const probe = { up: 0, painted: 0, frames: 0 };
  window.__dragProbe = probe;
  const placed = () => document.elementsFromPoint(${x}, ${y}).some((element) => {
    const found = element.closest('.fc-event');
    return found !== null && !found.classList.contains('fc-event-mirror');
  });
  window.addEventListener('pointerup', () => {
    probe.up = performance.now();
    const frame = () => {
      probe.frames += 1;
      if (placed()) probe.painted = performance.now();
      else if (probe.frames < 600) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, { capture: true, once: true });
})()`;

export const DRAG_PAINTED = `window.__dragProbe !== undefined && window.__dragProbe.painted > 0`;

export type DragProbeOutcome = { painted: number; confirmed: number | null; frames: number };

/** Mouse-up → painted, and mouse-up → the end of the update's response (resource timing). */
export const DRAG_OUTCOME = `(() => {
  const probe = window.__dragProbe;
  const entry = performance.getEntriesByType('resource')
    .filter((item) => item.name.includes('leads/update/appointment/')).at(-1);
  return {
    painted: probe.painted - probe.up,
    confirmed: entry ? entry.responseEnd - probe.up : null,
    frames: probe.frames,
  };
})()`;

export type LoadBreakdown = {
  domContentLoaded: number | null;
  scriptsLoaded: number | null;
  scripts: number;
  firstApiRequest: number | null;
  firstApiAnswer: number | null;
};

/** Where a page load's time went: the scripts, DOMContentLoaded, the first data answer. */
export const LOAD_BREAKDOWN = `(() => {
  const navigation = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const scripts = resources.filter((item) => item.name.endsWith('.js'));
  const api = resources.filter((item) => item.name.includes('/api/v1/leads/'));
  return {
    domContentLoaded: navigation ? navigation.domContentLoadedEventEnd : null,
    scriptsLoaded: scripts.length ? Math.max(...scripts.map((item) => item.responseEnd)) : null,
    scripts: scripts.length,
    firstApiRequest: api.length ? Math.min(...api.map((item) => item.startTime)) : null,
    firstApiAnswer: api.length ? Math.min(...api.map((item) => item.responseEnd)) : null,
  };
})()`;

/** Client-side navigation, as a link click does it (react-router listens to popstate). */
export const navigateTo = (path: string): string =>
  `history.pushState({}, '', ${JSON.stringify(path)}); dispatchEvent(new PopStateEvent('popstate'));`;
