/**
 * Browser timings in Debian's Chromium through playwright-core: the built app served by the
 * reference server (`--serve-spa`) on a copy of the 100k database. Each run launches a fresh
 * browser, and each measurement uses a fresh context (empty cache: a cold load) with a session of
 * its own (refresh tokens rotate: two contexts sharing one would revoke it), put in localStorage
 * (`crm.session`) before the app loads, as the sign-in form leaves it.
 * The page loads are a returning user's, as a sales team opens the app every day: beside the
 * session, localStorage holds what the app itself wrote on an earlier visit to the same pages in
 * this window size (recorded once per bench, `recordEarlierVisit`; e.g. the filter bar's height,
 * decision 0017). The HTTP cache, the offline cache and the service worker are empty. The lead
 * table is also timed on a first visit, nothing remembered.
 * Times are read inside the page: `performance.now()` counts from navigation start and is
 * sampled in requestAnimationFrame callbacks, i.e. in the frame that paints the change.
 * A page that is not there yet is reported as "not measured: <why>", never a crash.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { addDays } from '../../server/domain/clock';
import { dataOf, httpClient, signInTokens } from './api-client';
import {
  CALENDAR_EVENTS_SHOWN,
  CHARTS_SHOWN,
  DRAG_OUTCOME,
  DRAG_PAINTED,
  LEAD_ROWS_SHOWN,
  LOAD_BREAKDOWN,
  dragProbe,
  navigateTo,
  type DragProbeOutcome,
  type LoadBreakdown,
} from './page-probes';
import {
  FIRST_ROWS_TIMELINE,
  firstRowsPhases,
  type FirstRowsPhases,
  type FirstRowsTimeline,
} from './first-rows-phases';
import { REP, thisWeek } from './server-scenarios';
import { summarize, type Summary } from './stats';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';

const WAIT_MS = 20_000;

export type BrowserMetricId =
  | 'leads-first-rows'
  | 'leads-first-rows-first-visit'
  | 'overview-charts'
  | 'calendar-week-events'
  | 'drag-painted'
  | 'drag-confirmed';
export type BrowserMetric = {
  id: BrowserMetricId;
  label: string;
  summary: Summary | null;
  samples: number[];
  notMeasured: string | null;
  notes: string[];
};
export type BrowserResult = {
  runs: number;
  metrics: BrowserMetric[];
  heap: { usedBytes: number; totalBytes: number; afterGcUsedBytes: number } | null;
  heapNotMeasured: string | null;
  /** Per drag: in which animation frame after mouse-up the event was first seen in its new place. */
  dragFrames: number[];
  /** Per /leads load: where the time to the first rows went, and the timeline it came from. */
  firstRows: { phases: FirstRowsPhases; timeline: FirstRowsTimeline }[];
};

const LABELS: Record<BrowserMetricId, string> = {
  'leads-first-rows': 'navigation start → first lead rows visible (/leads, rep)',
  'leads-first-rows-first-visit':
    'the same on a first visit: nothing remembered in the browser but the session',
  'overview-charts': 'navigation start → overview charts visible (/overview, rep)',
  'calendar-week-events': "navigation start → the week's appointments visible (/calendar, rep)",
  'drag-painted': 'calendar drag-move: mouse-up → event painted at its new place',
  'drag-confirmed': "calendar drag-move: mouse-up → server's confirmation (update response end)",
};

type Session = { refresh: string; user: { username: string; role: 'rep' } };
/** A new sign-in for each browser context. */
type SignIn = () => Promise<Session>;

const message = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';

/** localStorage entries the app wrote, by key (the session left out: each context has its own). */
type Remembered = Record<string, string>;

const newContext = async (
  browser: Browser,
  signIn: SignIn,
  remembered: Remembered = {},
): Promise<BrowserContext> => {
  // The page's Content-Security-Policy forbids eval, which Playwright's waitForFunction uses to
  // run its predicates; the app's own code runs the same either way.
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    bypassCSP: true,
  });
  const session = await signIn();
  await context.addInitScript(
    `if (!localStorage.getItem('crm.session')) for (const [key, value] of Object.entries(${JSON.stringify(remembered)})) localStorage.setItem(key, value);`,
  );
  await context.addInitScript(
    `if (!localStorage.getItem('crm.session')) localStorage.setItem('crm.session', ${JSON.stringify(JSON.stringify(session))});`,
  );
  return context;
};

/**
 * Waits, checking once per animation frame, until the expression `predicate` holds in the page;
 * returns performance.now() of that frame (milliseconds since navigation start).
 */
const frameWhen = async (page: Page, predicate: string, what: string): Promise<number> => {
  try {
    const handle = await page.waitForFunction(
      `(${predicate}) ? performance.now() : false`,
      undefined,
      { polling: 'raf', timeout: WAIT_MS },
    );
    return Number(await handle.jsonValue());
  } catch (error) {
    throw new Error(
      `${what} not seen within ${WAIT_MS / 1000} s on ${page.url()}: ${message(error)}`,
    );
  }
};

const describe = (breakdown: LoadBreakdown, seen: number): string => {
  const at = (value: number | null) => (value === null ? '-' : `${value.toFixed(0)} ms`);
  return `scripts (${breakdown.scripts}) loaded at ${at(breakdown.scriptsLoaded)}, DOMContentLoaded ${at(breakdown.domContentLoaded)}, first leads API request sent ${at(breakdown.firstApiRequest)}, answered ${at(breakdown.firstApiAnswer)}, seen ${at(seen)}`;
};

const timePage = async (
  browser: Browser,
  session: SignIn,
  remembered: Remembered,
  url: string,
  predicate: string,
  what: string,
): Promise<{ seen: number; breakdown: string; timeline: FirstRowsTimeline }> => {
  const context = await newContext(browser, session, remembered);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const seen = await frameWhen(page, predicate, what);
    const breakdown = (await page.evaluate(LOAD_BREAKDOWN)) as LoadBreakdown;
    const timeline = (await page.evaluate(FIRST_ROWS_TIMELINE)) as FirstRowsTimeline;
    return { seen, breakdown: describe(breakdown, seen), timeline };
  } finally {
    await context.close();
  }
};

type DragOutcome = DragProbeOutcome & { status: number };

/** The seed books appointments up to six weeks ahead: the drags use the next five weeks. */
const DRAG_WEEKS = 5;

/**
 * Drags the first appointment of a future week (run 1: next week, run 2: the week after, …) to
 * 17:30 the same day; from run 6 on, the weeks come round again with the drop two hours later
 * each round (19:30, 21:30; a seeded appointment lasts at most 90 minutes), so no run drops onto
 * an earlier run's move (a clash is refused before any request: runs 6 to 9 of a 9-run bench
 * timed out on it).
 */
const dragMove = async (
  browser: Browser,
  session: SignIn,
  origin: string,
  run: number,
): Promise<DragOutcome> => {
  const context = await newContext(browser, session);
  try {
    const page = await context.newPage();
    const monday = addDays(thisWeek().monday, 7 * (1 + (run % DRAG_WEEKS)));
    const dropAt = `${17 + 2 * Math.floor(run / DRAG_WEEKS)}:30:00`;
    await page.goto(`${origin}/calendar?view=timeGridWeek&date=${monday}`, {
      waitUntil: 'commit',
    });
    await frameWhen(page, `${CALENDAR_EVENTS_SHOWN} > 0`, `appointments of the week of ${monday}`);
    const event = page
      .locator('.fc-timegrid-event.fc-event-draggable:not(.fc-event-mirror)')
      .first();
    if ((await event.count()) === 0)
      throw new Error(`no draggable appointment in the week of ${monday}`);
    // The seed books 09:00–17:00, so the evening is free; the slot row gives its height on screen.
    const lane = page.locator(`.fc-timegrid-slot-lane[data-time="${dropAt}"]`).first();
    await lane.scrollIntoViewIfNeeded();
    const from = await event.boundingBox();
    const target = await lane.boundingBox();
    if (!from || !target) throw new Error(`calendar event or ${dropAt} slot not on screen`);
    const x = from.x + from.width / 2;
    const grabY = from.y + Math.min(8, from.height / 2);
    const dropY = target.y + 4;
    await page.evaluate(dragProbe(x, dropY + 6));
    const response = page.waitForResponse(
      (candidate) => candidate.url().includes('leads/update/appointment/'),
      { timeout: WAIT_MS },
    );
    await page.mouse.move(x, grabY);
    await page.mouse.down();
    await page.mouse.move(x, grabY + 10, { steps: 4 });
    await page.mouse.move(x, dropY + 6, { steps: 15 });
    await page.mouse.up();
    const answered = await response;
    await page.waitForFunction(DRAG_PAINTED, undefined, { timeout: WAIT_MS });
    const outcome = (await page.evaluate(DRAG_OUTCOME)) as DragProbeOutcome;
    return { ...outcome, status: answered.status() };
  } finally {
    await context.close();
  }
};

/** Visits every page inside one SPA session, then reads the JS heap through CDP. */
const heapAfterEveryPage = async (
  browser: Browser,
  session: SignIn,
  origin: string,
  slug: string,
): Promise<NonNullable<BrowserResult['heap']>> => {
  const context = await newContext(browser, session);
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/overview`);
    for (const path of ['/leads', `/leads/${slug}`, '/calendar', '/appointments', '/overview']) {
      await page.evaluate(navigateTo(path));
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const read = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
      return { used: value('JSHeapUsedSize'), total: value('JSHeapTotalSize') };
    };
    const before = await read();
    await cdp.send('HeapProfiler.collectGarbage');
    const after = await read();
    return { usedBytes: before.used, totalBytes: before.total, afterGcUsedBytes: after.used };
  } finally {
    await context.close();
  }
};

const PAGE_LOADS: readonly {
  id: BrowserMetricId;
  path: string;
  predicate: string;
  what: string;
  /** Timed with nothing the app remembered from an earlier visit. */
  firstVisit?: boolean;
}[] = [
  {
    id: 'leads-first-rows',
    path: '/leads',
    predicate: LEAD_ROWS_SHOWN,
    what: 'lead rows in a grid or table',
  },
  {
    id: 'leads-first-rows-first-visit',
    path: '/leads',
    predicate: LEAD_ROWS_SHOWN,
    what: 'lead rows in a grid or table',
    firstVisit: true,
  },
  {
    id: 'overview-charts',
    path: '/overview',
    predicate: `${CHARTS_SHOWN} >= 2`,
    what: 'two charts (svg with marks)',
  },
  {
    id: 'calendar-week-events',
    path: '/calendar',
    predicate: `${CALENDAR_EVENTS_SHOWN} > 0`,
    what: 'calendar events (.fc-event)',
  },
];

/**
 * An earlier visit to each timed page, in one context, as a user would make it: what the app
 * wrote to localStorage meanwhile, the session left out. Each page is left once its content is
 * shown and the page has been quiet for a second (the parts held back at a cold start render
 * after the first paint, and note their height then).
 */
const recordEarlierVisit = async (
  browser: Browser,
  session: SignIn,
  origin: string,
): Promise<Remembered> => {
  const context = await newContext(browser, session);
  try {
    const page = await context.newPage();
    for (const load of PAGE_LOADS.filter((candidate) => !candidate.firstVisit)) {
      await page.goto(`${origin}${load.path}`, { waitUntil: 'commit' });
      await frameWhen(page, load.predicate, load.what);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1000);
    }
    const stored = JSON.parse(
      (await page.evaluate('JSON.stringify(Object.entries(localStorage))')) as string,
    ) as [string, string][];
    return Object.fromEntries(stored.filter(([key]) => key !== 'crm.session'));
  } finally {
    await context.close();
  }
};

export const benchBrowser = async (
  origin: string,
  runs: number,
  log: (line: string) => void,
): Promise<BrowserResult> => {
  const samples = new Map<BrowserMetricId, number[]>();
  const failures = new Map<BrowserMetricId, string>();
  const notes = new Map<BrowserMetricId, string[]>();
  const record = (id: BrowserMetricId, value: number): void => {
    samples.set(id, [...(samples.get(id) ?? []), value]);
  };
  const note = (id: BrowserMetricId, text: string): void => {
    notes.set(id, [...(notes.get(id) ?? []), text]);
  };
  const attempt = async (ids: BrowserMetricId[], work: () => Promise<void>): Promise<void> => {
    try {
      await work();
    } catch (error) {
      for (const id of ids) if (!failures.has(id)) failures.set(id, message(error));
      log(`  browser ${ids.join(', ')}: ${message(error)}`);
    }
  };

  const api = httpClient(origin);
  const dragFrames: number[] = [];
  const firstRows: BrowserResult['firstRows'] = [];
  let heap: BrowserResult['heap'] = null;
  let heapNotMeasured: string | null = null;
  const session: SignIn = async () => ({
    refresh: (await signInTokens(api, REP)).refresh,
    user: { username: REP, role: 'rep' },
  });
  const launch = () =>
    chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const earlier = await launch();
  let remembered: Remembered = {};
  try {
    remembered = await recordEarlierVisit(earlier, session, origin);
    log(`  browser: an earlier visit left ${Object.keys(remembered).join(', ') || 'nothing'}`);
  } catch (error) {
    log(`  browser: the earlier visit failed (${message(error)}); timing first visits only`);
  } finally {
    await earlier.close();
  }
  for (let run = 0; run < runs; run += 1) {
    const browser = await launch();
    try {
      for (const load of PAGE_LOADS) {
        await attempt([load.id], async () => {
          const timed = await timePage(
            browser,
            session,
            load.firstVisit ? {} : remembered,
            `${origin}${load.path}`,
            load.predicate,
            load.what,
          );
          record(load.id, timed.seen);
          note(load.id, `run ${run + 1}: ${timed.breakdown}`);
          if (load.id === 'leads-first-rows')
            firstRows.push({
              phases: firstRowsPhases(timed.timeline, timed.seen),
              timeline: timed.timeline,
            });
        });
      }
      await attempt(['drag-painted', 'drag-confirmed'], async () => {
        const outcome = await dragMove(browser, session, origin, run);
        record('drag-painted', outcome.painted);
        dragFrames.push(outcome.frames);
        if (outcome.confirmed !== null) record('drag-confirmed', outcome.confirmed);
        note(
          'drag-painted',
          `run ${run + 1}: seen in animation frame ${outcome.frames} after mouse-up`,
        );
        note('drag-confirmed', `run ${run + 1}: the update answered HTTP ${outcome.status}`);
      });
      if (run === runs - 1) {
        try {
          const page = dataOf<{ results: { slug: string }[] }>(
            await api.get('leadList', (await signInTokens(api, REP)).access, { limit: 1 }),
          );
          heap = await heapAfterEveryPage(
            browser,
            session,
            origin,
            page.results[0]?.slug ?? 'none',
          );
        } catch (error) {
          heapNotMeasured = message(error);
        }
      }
    } finally {
      await browser.close();
    }
    log(`  browser run ${run + 1}/${runs} done`);
  }
  const metrics = (Object.keys(LABELS) as BrowserMetricId[]).map((id): BrowserMetric => {
    const values = samples.get(id) ?? [];
    const failure = failures.get(id);
    return {
      id,
      label: LABELS[id],
      summary: values.length > 0 ? summarize(values) : null,
      samples: values,
      notMeasured: values.length > 0 ? null : (failure ?? 'no sample'),
      notes: [
        ...(failure && values.length > 0 ? [`some runs failed: ${failure}`] : []),
        ...(notes.get(id) ?? []),
      ],
    };
  });
  return { runs, metrics, heap, heapNotMeasured, dragFrames, firstRows };
};
