/** The browser going offline or back online, as jsdom cannot: `navigator.onLine` and its event. */
import { vi } from 'vitest';

export const setBrowserOffline = (offline: boolean): void => {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
  window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
};
