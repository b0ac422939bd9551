import { describe, expect, it } from 'vitest';
import type { QueryParams } from '../../../src/lib/http-client';
import {
  detectLeadListCapabilities,
  withinCapabilities,
  type ProbePage,
} from '../../../src/features/leads/api/lead-list-capabilities';
import { readLeadListState } from '../../../src/features/leads/model/lead-list-params';

type FakeLead = { slug: string; email: string };

const leads = (count: number): FakeLead[] =>
  Array.from({ length: count }, (_, index) => ({
    slug: `lead-${index}`,
    // The server's own order is not the email order.
    email: `${String.fromCharCode(109 + ((index * 7) % 13))}${index}@example.com`,
  }));

/** A lead list that honours our `ordering` and `search`, or ignores them as a plain Epixel does. */
const fakeServer = (all: FakeLead[], honours: { ordering: boolean; search: boolean }) => {
  const asked: QueryParams[] = [];
  const getPage = async (params: QueryParams): Promise<ProbePage> => {
    asked.push(params);
    let rows = [...all];
    const search = String(params.search ?? '');
    if (honours.search && search) rows = rows.filter((lead) => lead.email.includes(search));
    const ordering = String(params.ordering ?? '');
    if (honours.ordering && ordering) {
      const descending = ordering.startsWith('-');
      rows.sort((a, b) => a.email.localeCompare(b.email) * (descending ? -1 : 1));
    }
    return { count: rows.length, results: rows.slice(0, Number(params.limit ?? 25)) };
  };
  return { asked, getPage };
};

describe('detectLeadListCapabilities', () => {
  it.each([
    [{ ordering: true, search: true }],
    [{ ordering: false, search: false }],
    [{ ordering: true, search: false }],
    [{ ordering: false, search: true }],
  ])('learns %o from the answers', async (honours) => {
    const server = fakeServer(leads(30), honours);
    expect(await detectLeadListCapabilities(server.getPage)).toEqual(honours);
  });

  it('asks three one-lead pages, and nothing else', async () => {
    const server = fakeServer(leads(30), { ordering: true, search: true });
    await detectLeadListCapabilities(server.getPage);
    expect(server.asked).toHaveLength(3);
    expect(server.asked.every((params) => params.limit === 1)).toBe(true);
  });

  it.each([0, 1])('leaves sorting on with %i leads: too few to tell', async (count) => {
    const server = fakeServer(leads(count), { ordering: false, search: false });
    expect((await detectLeadListCapabilities(server.getPage)).ordering).toBe(true);
  });

  it('leaves search on when the list is empty: nothing to tell', async () => {
    const server = fakeServer([], { ordering: false, search: false });
    expect((await detectLeadListCapabilities(server.getPage)).search).toBe(true);
  });
});

describe('withinCapabilities', () => {
  const state = readLeadListState(new URLSearchParams('q=ann&sort=-email&status=closed&page=2'));

  it('drops a sort and a search the server ignores, and keeps the rest', () => {
    expect(withinCapabilities(state, { ordering: false, search: false })).toEqual({
      ...state,
      sort: null,
      search: '',
    });
  });

  it('keeps them on a server that honours them', () => {
    expect(withinCapabilities(state, { ordering: true, search: true })).toEqual(state);
  });
});
