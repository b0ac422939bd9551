import type { DataRouter } from 'react-router';

/**
 * Resolves once the router has its first page: the address matched, the page's code loaded and
 * its loaders done. The app renders then, once, with the page (main.tsx): rendering earlier
 * drew a loading screen, then the page, each a full render on the path to the first rows.
 */
export const whenRouterReady = (router: DataRouter): Promise<void> =>
  new Promise((ready) => {
    if (router.state.initialized) return ready();
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      ready();
    });
  });
