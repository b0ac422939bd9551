import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { whenRouterReady } from '../../../src/app/when-router-ready';

describe('whenRouterReady', () => {
  it("waits for the first page's code and loader, then resolves", async () => {
    let loadPage!: () => void;
    let finishLoader!: () => void;
    const router = createMemoryRouter(
      [
        {
          path: '/leads',
          loader: () => new Promise<null>((done) => (finishLoader = () => done(null))),
          lazy: () => new Promise((done) => (loadPage = () => done({ Component: () => null }))),
        },
      ],
      { initialEntries: ['/leads'] },
    );
    let ready = false;
    void whenRouterReady(router).then(() => (ready = true));

    await new Promise((tick) => setTimeout(tick, 0));
    loadPage();
    await new Promise((tick) => setTimeout(tick, 0));
    expect(ready).toBe(false);
    finishLoader();
    await new Promise((tick) => setTimeout(tick, 0));
    expect(ready).toBe(true);
    expect(router.state.initialized).toBe(true);
  });

  it('resolves at once for a router that is already ready', async () => {
    const router = createMemoryRouter([{ path: '/', Component: () => null }]);
    await expect(whenRouterReady(router)).resolves.toBeUndefined();
  });
});
