/** The app bar says "Offline" while the browser has no network, and clears when it is back. */
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NetworkStatus } from '../../../src/app/layout/network-status';

afterEach(() => vi.restoreAllMocks());

const goOffline = (offline: boolean) => {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
  window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
};

describe('the network status', () => {
  it('says Offline in a status region while the network is gone', () => {
    render(<NetworkStatus />);
    const status = screen.getByRole('status', { name: 'Connection' });
    expect(status).toHaveTextContent('');
    act(() => goOffline(true));
    expect(status).toHaveTextContent('Offline');
    act(() => goOffline(false));
    expect(status).toHaveTextContent('');
  });
});
