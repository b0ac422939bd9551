import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadPageConfig } from './lib/page-config';

/** The entry's modules have run: the benchmark's "boot" phase ends here (costs nothing). */
performance.mark('crm:boot');

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

/** The API's location and key come from the host page at run time, never from the build. */
void loadPageConfig().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
