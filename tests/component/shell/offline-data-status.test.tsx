/**
 * Offline, the line above the page says when the data on screen was loaded: the oldest answer
 * a shown component uses, not answers kept for pages that are not on screen.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { OfflineDataStatus } from '../../../src/app/layout/offline-data-status';
import { sessionStore } from '../../../src/lib/session';
import { setBrowserOffline } from '../support/browser-network';

const Shows = ({ queryKey }: { queryKey: string }) => {
  const query = useQuery({ queryKey: [queryKey], queryFn: () => new Promise<never>(() => {}) });
  return <p>{String(query.data ?? 'nothing yet')}</p>;
};

let client: QueryClient;
beforeEach(() => {
  client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  sessionStore.signIn({
    access: 'a',
    refresh: 'r',
    user: { username: 'raj', role: 'rep', timeZone: 'UTC' },
  });
});
afterEach(() => {
  // Back online, so TanStack Query's shared online state does not pause the next file's queries.
  act(() => setBrowserOffline(false));
  vi.restoreAllMocks();
  client.clear();
});

const renderShowing = (keys: string[]) =>
  render(
    <QueryClientProvider client={client}>
      <OfflineDataStatus />
      {keys.map((key) => (
        <Shows key={key} queryKey={key} />
      ))}
    </QueryClientProvider>,
  );

describe('the offline data line', () => {
  it("says, offline only, when the oldest answer on screen was loaded (today's time)", () => {
    client.setQueryData(['leads'], 'lead rows', { updatedAt: Date.parse('2026-11-18T09:42:00Z') });
    client.setQueryData(['overview'], 'counts', { updatedAt: Date.parse('2026-11-18T09:50:00Z') });
    client.setQueryData(['calendar'], 'not shown', {
      updatedAt: Date.parse('2026-11-18T08:00:00Z'),
    });
    renderShowing(['leads', 'overview']);
    const line = screen.getByRole('status', { name: 'Offline data' });
    expect(line).toHaveTextContent('');
    act(() => setBrowserOffline(true));
    expect(line).toHaveTextContent('Offline · showing what was loaded at 09:42');
    act(() => setBrowserOffline(false));
    expect(line).toHaveTextContent('');
  });

  it('says a page never loaded here waits for the network', () => {
    renderShowing(['calendar']);
    act(() => setBrowserOffline(true));
    expect(screen.getByRole('status', { name: 'Offline data' })).toHaveTextContent(
      'Offline · this page was not loaded here before, so it waits for the network',
    );
  });
});
