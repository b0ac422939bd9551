import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ENDPOINTS, leadDetailsSchema } from '../../../src/contract';
import { apiGet } from '../../../src/lib/http-client';
import { mswServer } from '../support/msw-server';
import { renderApp } from '../support/render-app';
import { signInAs, startReferenceApi } from '../support/reference-api';
import { createLead } from './support';

startReferenceApi();
beforeAll(() => import('../../../src/app/pages/board-page'));

const column = (name: string) => screen.findByRole('region', { name });

/** jsdom has no layout: this observer reports an element on screen when the test says so. */
class ScrollObserver {
  static all: ScrollObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    ScrollObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  takeRecords() {
    return [];
  }
  static scrollIntoView(target: Element) {
    const watching = ScrollObserver.all.filter((observer) => observer.targets.has(target));
    act(() =>
      watching.forEach((observer) =>
        observer.callback(
          [{ target, isIntersecting: true } as IntersectionObserverEntry],
          observer as unknown as IntersectionObserver,
        ),
      ),
    );
    return watching.length;
  }
}
afterEach(() => {
  vi.unstubAllGlobals();
  ScrollObserver.all = [];
});

describe('the pipeline board', () => {
  it('moves a lead to another status from the keyboard menu, and the server keeps it', async () => {
    await signInAs('raj');
    const lead = await createLead({
      first_name: 'Boardwalk',
      status: 'tentative',
      location: 'Oslo',
    });
    const { user } = renderApp(`/board?q=${lead.email}`);
    const tentative = await column('Tentative');
    const card = await within(tentative).findByRole('listitem', { name: 'Boardwalk Quillfeather' });
    expect(within(tentative).getByLabelText('1 leads')).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Move Boardwalk Quillfeather' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Move to Customer' }));

    const customer = await column('Customer');
    expect(
      await within(customer).findByRole('listitem', { name: 'Boardwalk Quillfeather' }),
    ).toBeInTheDocument();
    expect(within(tentative).queryByRole('listitem')).not.toBeInTheDocument();
    expect(await screen.findByText('Boardwalk Quillfeather moved to Customer')).toBeInTheDocument();
    const saved = await apiGet(ENDPOINTS.leadDetails, { slug: lead.slug }, leadDetailsSchema);
    expect(saved).toMatchObject({ status: 'customer', location: 'Oslo', email: lead.email });
  });

  it('puts the card back with the server’s message when the move is refused', async () => {
    await signInAs('raj');
    const lead = await createLead({ first_name: 'Refusal', status: 'contact' });
    mswServer.use(
      http.post('*/api/v1/leads/update/lead/', () =>
        HttpResponse.json(
          { status_code: 400, errors: { non_field_errors: ['Lead is locked.'] }, data: {} },
          { status: 400 },
        ),
      ),
    );
    const { user } = renderApp(`/board?q=${lead.email}`);
    const contact = await column('Contact');
    const card = await within(contact).findByRole('listitem', { name: 'Refusal Quillfeather' });
    await user.click(within(card).getByRole('button', { name: 'Move Refusal Quillfeather' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Move to Closed' }));

    expect(
      await screen.findByText('Refusal Quillfeather was not moved: Lead is locked.'),
    ).toBeInTheDocument();
    expect(
      within(await column('Contact')).getByRole('listitem', { name: 'Refusal Quillfeather' }),
    ).toBeInTheDocument();
    expect(within(await column('Closed')).queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('loads a column’s next page when its end scrolls into view, beside its Load more button', async () => {
    vi.stubGlobal('IntersectionObserver', ScrollObserver);
    await signInAs('raj');
    await Promise.all(
      Array.from({ length: 21 }, (_, index) =>
        createLead({ first_name: `Scroll${index}`, last_name: 'Columnend', status: 'closed' }),
      ),
    );
    renderApp('/board?q=Columnend');
    const closed = await column('Closed');
    await waitFor(() => expect(within(closed).getAllByRole('listitem')).toHaveLength(20));
    const button = within(closed).getByRole('button', { name: 'Load more Closed leads' });
    expect(within(closed).getAllByRole('listitem')).toHaveLength(20);

    expect(ScrollObserver.scrollIntoView(button.parentElement!)).toBe(1);
    await waitFor(() => expect(within(closed).getAllByRole('listitem')).toHaveLength(21));
    expect(within(closed).queryByRole('button', { name: /Load more/ })).not.toBeInTheDocument();
  });
});
