import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createAppRouter } from './app/router';
import { whenRouterReady } from './app/when-router-ready';
import { holdUntilContentPainted } from './components/after-content';
import { refreshKeptSession } from './lib/http-client';
import { startOfflineCache } from './lib/offline/start-offline-cache';
import { loadPageConfig } from './lib/page-config';
import { createQueryClient } from './lib/query-client';

/** The entry's modules have run: the benchmark's "boot" phase ends here (costs nothing). */
performance.mark('crm:boot');

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

const queryClient = createQueryClient();

/**
 * The API's location and key come from the host page at run time, never from the build; the
 * user's kept answers are in the cache before the first render, so a page opens offline. A kept
 * session's token refresh leaves as soon as the API's location is known, meanwhile. The first
 * render waits for the router's first page (its code, its loaders): one render of the page
 * instead of a loading screen's and then the page's; until then index.html's status shows.
 */
void Promise.all([loadPageConfig().then(refreshKeptSession), startOfflineCache(queryClient)]).then(
  async () => {
    const router = createAppRouter(queryClient);
    await whenRouterReady(router);
    holdUntilContentPainted();
    createRoot(root).render(
      <StrictMode>
        <App queryClient={queryClient} router={router} />
      </StrictMode>,
    );
    // The offline worker installs once the first page is shown with its data, not before.
    void import('./lib/offline/register-service-worker').then((worker) =>
      worker.registerServiceWorker(() => !router.state.initialized || queryClient.isFetching() > 0),
    );
  },
);
