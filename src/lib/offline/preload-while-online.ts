/**
 * Loads a lazily imported part (a dialog, a snackbar) soon after the page shows, while online,
 * so it opens offline too: the service worker keeps every file the page loaded. A part first
 * imported offline would fail and take the page down.
 */
export const preloadWhileOnline = (load: () => Promise<unknown>): void => {
  if (navigator.onLine) void load().catch(() => undefined);
};
