/**
 * Registers public/sw.js in a production build (never under `npm run dev`, whose modules are not
 * the build's files) once the page is quiet: loaded, its first page shown and nothing fetching
 * (`busy` says which), at most 10 s after the call. Installing the worker and handing it this
 * page's files is ~40 requests to the same server: started at the load event, as it was, they
 * held up the first page's own data and render (a cold /leads load's first rows, interleaved
 * A/B of 11 loads: 1,100 ms with it there, 926 ms with it 5 s later). The files this page
 * loaded before the worker took control are handed to it to keep, so the next offline reload
 * finds them too.
 */
import { browserIdle, whenQuiet } from '../when-quiet';

const LONGEST_WAIT_MS = 10_000;

const sameOriginFiles = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.startsWith(`${location.origin}/`));

const register = async (): Promise<void> => {
  try {
    await navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`);
    const ready = await navigator.serviceWorker.ready;
    ready.active?.postMessage({ type: 'keep', urls: sameOriginFiles() });
  } catch {
    // no worker (blocked, private mode): the app works online as before
  }
};

export const registerServiceWorker = (busy: () => boolean): void => {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const pageBusy = () => document.readyState !== 'complete' || busy();
  void whenQuiet(pageBusy, {
    maxWaitMs: LONGEST_WAIT_MS,
    now: () => performance.now(),
    onIdle: browserIdle,
  }).then(register);
};
