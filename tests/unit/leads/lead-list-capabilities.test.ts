import { describe, expect, it } from 'vitest';
import type { QueryParams } from '../../../src/lib/http-client';
import {
  detectLeadListCapabilities,
  withinCapabilities,
  type ProbePage,
} from '../../../src/features/leads/api/lead-list-capabilities';
import { readLeadListState } from '../../../src/features/leads/model/lead-list-params';

type FakeLead = { slug: string; email: string; source: string };
type Honours = { ordering: boolean; search: boolean; source: boolean };

const leads = (count: number): FakeLead[] =>
  Array.from({ length: count }, (_, index) => ({
    slug: `lead-${index}`,
    // The server's own order is not the email order.
    email: `${String.fromCharCode(109 + ((index * 7) % 13))}${index}@example.com`,
    source: index % 2 ? 'website' : 'referral',
  }));

/** A lead list that honours our extensions, or ignores them as a plain Epixel does. */
const fakeServer = (all: FakeLead[], honours: Honours) => {
  const asked: QueryParams[] = [];
  const getPage = async (params: QueryParams): Promise<ProbePage> => {
    asked.push(params);
    let rows = [...all];
    const search = String(params.search ?? '');
    if (honours.search && search) rows = rows.filter((lead) => lead.email.includes(search));
    if (honours.source && params.source)
      rows = rows.filter((lead) => lead.source === params.source);
    const ordering = String(params.ordering ?? '');
    if (honours.ordering && ordering) {
      const descending = ordering.startsWith('-');
      rows.sort((a, b) => a.email.localeCompare(b.email) * (descending ? -1 : 1));
    }
    return { count: rows.length, results: rows.slice(0, Number(params.limit ?? 25)) };
  };
  return { asked, getPage };
};

const ALL: Honours = { ordering: true, search: true, source: true };
const NONE: Honours = { ordering: false, search: false, source: false };

describe('detectLeadListCapabilities', () => {
  it.each([
    [{ ordering: true, search: true, source: true }],
    [{ ordering: false, search: false, source: false }],
    [{ ordering: true, search: false, source: false }],
    [{ ordering: false, search: true, source: true }],
    [{ ordering: false, search: false, source: true }],
    [{ ordering: true, search: true, source: false }],
  ])('learns %o from the answers', async (honours) => {
    const server = fakeServer(leads(30), honours);
    expect(await detectLeadListCapabilities(server.getPage)).toEqual(honours);
  });

  it('asks four one-lead pages, and nothing else', async () => {
    const server = fakeServer(leads(30), ALL);
    await detectLeadListCapabilities(server.getPage);
    expect(server.asked).toHaveLength(4);
    expect(server.asked.every((params) => params.limit === 1)).toBe(true);
  });

  it('filters by a source the first lead by email does not have', async () => {
    const server = fakeServer(leads(30), ALL);
    await detectLeadListCapabilities(server.getPage);
    // The first lead by email is lead-0 (a referral): the fourth probe asks for another source.
    expect(server.asked[3]).toEqual({ limit: 1, ordering: 'email', source: 'website' });
  });

  it('tells an ignored source filter when every lead has the same source', async () => {
    const sameSource = leads(30).map((lead) => ({ ...lead, source: 'website' }));
    const server = fakeServer(sameSource, { ...ALL, source: false });
    expect((await detectLeadListCapabilities(server.getPage)).source).toBe(false);
  });

  it.each([0, 1])('leaves sorting on with %i leads: too few to tell', async (count) => {
    const server = fakeServer(leads(count), NONE);
    expect((await detectLeadListCapabilities(server.getPage)).ordering).toBe(true);
  });

  it('leaves search and the source filter on when the list is empty: nothing to tell', async () => {
    const server = fakeServer([], NONE);
    expect(await detectLeadListCapabilities(server.getPage)).toMatchObject({
      search: true,
      source: true,
    });
  });
});

describe('withinCapabilities', () => {
  const state = readLeadListState(
    new URLSearchParams('q=ann&sort=-email&status=closed&source=event&page=2'),
  );

  it('drops a sort, a search and a source the server ignores, and keeps the rest', () => {
    expect(withinCapabilities(state, NONE)).toEqual({
      ...state,
      sort: null,
      search: '',
      source: '',
    });
  });

  it('keeps them on a server that honours them', () => {
    expect(withinCapabilities(state, ALL)).toEqual(state);
  });
});
