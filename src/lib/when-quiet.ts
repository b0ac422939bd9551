/**
 * Waits for a quiet moment: an idle moment of the browser's in which `busy()` says false, or
 * `maxWaitMs` after the start whatever `busy` says (a page that never stops fetching still gets
 * what waits for it). For work that must not compete with the first page: it asks again at each
 * idle moment, which costs nothing while the page renders (no idle moment comes then).
 */
export type IdleScheduler = (callback: () => void) => void;

export type QuietOptions = {
  maxWaitMs: number;
  /** Milliseconds on a steady clock (`performance.now` in the browser). */
  now: () => number;
  onIdle: IdleScheduler;
};

export const whenQuiet = (busy: () => boolean, options: QuietOptions): Promise<void> =>
  new Promise((resolve) => {
    const start = options.now();
    const check = () => {
      if (!busy() || options.now() - start >= options.maxWaitMs) resolve();
      else options.onIdle(check);
    };
    options.onIdle(check);
  });

/** The browser's idle callback, checked at least every second; a timer where there is none. */
export const browserIdle: IdleScheduler = (callback) => {
  if ('requestIdleCallback' in window) window.requestIdleCallback(callback, { timeout: 1000 });
  else setTimeout(callback, 200);
};
