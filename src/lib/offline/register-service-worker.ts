/**
 * Registers public/sw.js in a production build (never under `npm run dev`, whose modules are not
 * the build's files), once the page has loaded, so it never competes with the first paint. The
 * files this page loaded before the worker took control are handed to it to keep, so the next
 * offline reload finds them too.
 */
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

export const registerServiceWorker = (): void => {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
};
