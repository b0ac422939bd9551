/** The app bar says "Offline" while the browser has no network, and clears when it is back. */
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NetworkStatus } from '../../../src/app/layout/network-status';
import { setBrowserOffline } from '../support/browser-network';

afterEach(() => vi.restoreAllMocks());

describe('the network status', () => {
  it('says Offline in a status region while the network is gone', () => {
    render(<NetworkStatus />);
    const status = screen.getByRole('status', { name: 'Connection' });
    expect(status).toHaveTextContent('');
    act(() => setBrowserOffline(true));
    expect(status).toHaveTextContent('Offline');
    act(() => setBrowserOffline(false));
    expect(status).toHaveTextContent('');
  });
});
