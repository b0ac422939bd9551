import { describe, expect, it } from 'vitest';
import type { QueryParams } from '../../../src/lib/http-client';
import { detectLeadListCapabilities } from '../../../src/features/leads/api/detect-lead-list-capabilities';
import type { ProbePage } from '../../../src/features/leads/model/capability-probes';
import {
  withinCapabilities,
  type LeadListViewer,
} from '../../../src/features/leads/model/lead-list-capabilities';
import { readLeadListState } from '../../../src/features/leads/model/lead-list-params';

type FakeLead = { slug: string; email: string; source: string; owner: string; assignee: string };
type Honours = { ordering: boolean; search: boolean; source: boolean; ownedOrAssigned: boolean };

const RAJ: LeadListViewer = { username: 'raj', role: 'rep' };
const MAYA: LeadListViewer = { username: 'maya', role: 'manager' };

/** Raj owns every other lead; a third of the leads are assigned to him (some his own). */
const leads = (count: number): FakeLead[] =>
  Array.from({ length: count }, (_, index) => ({
    slug: `lead-${index}`,
    // The server's own order is not the email order.
    email: `${String.fromCharCode(109 + ((index * 7) % 13))}${index}@example.com`,
    source: index % 2 ? 'website' : 'referral',
    owner: index % 2 ? 'raj' : 'sara',
    assignee: index % 3 ? '' : 'raj',
  }));

/** Which leads a list type shows `viewer` (contract section 5); `all` only where honoured. */
const visible = (
  all: FakeLead[],
  viewer: LeadListViewer,
  listType: string,
  honoursAll: boolean,
) => {
  if (listType === 'assigned') return all.filter((lead) => lead.assignee === viewer.username);
  if (viewer.role === 'manager') return all;
  if (listType === 'all' && honoursAll)
    return all.filter((lead) => [lead.owner, lead.assignee].includes(viewer.username));
  return all.filter((lead) => lead.owner === viewer.username);
};

/** A lead list that honours our extensions, or ignores them as a plain Epixel does. */
const fakeServer = (all: FakeLead[], honours: Honours, viewer: LeadListViewer = MAYA) => {
  const asked: QueryParams[] = [];
  const getPage = async (params: QueryParams): Promise<ProbePage> => {
    asked.push(params);
    let rows = visible(all, viewer, String(params.list_type ?? ''), honours.ownedOrAssigned);
    if (params.owner) rows = rows.filter((lead) => lead.owner === params.owner);
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
  const detect = () => detectLeadListCapabilities(getPage, viewer);
  return { asked, getPage, detect };
};

const ALL: Honours = { ordering: true, search: true, source: true, ownedOrAssigned: true };
const NONE: Honours = { ordering: false, search: false, source: false, ownedOrAssigned: false };

describe('detectLeadListCapabilities', () => {
  it.each([
    [{ ordering: true, search: true, source: true }],
    [{ ordering: false, search: false, source: false }],
    [{ ordering: true, search: false, source: false }],
    [{ ordering: false, search: true, source: true }],
    [{ ordering: false, search: false, source: true }],
    [{ ordering: true, search: true, source: false }],
  ])('learns %o from the answers', async (honours) => {
    const server = fakeServer(leads(30), { ...honours, ownedOrAssigned: true });
    expect(await server.detect()).toEqual({ ...honours, ownedOrAssigned: true });
  });

  it('asks a manager four one-lead pages, and nothing else', async () => {
    const server = fakeServer(leads(30), ALL);
    await server.detect();
    expect(server.asked).toHaveLength(4);
    expect(server.asked.every((params) => params.limit === 1)).toBe(true);
  });

  it('filters by a source the first lead by email does not have', async () => {
    const server = fakeServer(leads(30), ALL);
    await server.detect();
    // The first lead by email is lead-0 (a referral): the fourth probe asks for another source.
    expect(server.asked[3]).toEqual({ limit: 1, ordering: 'email', source: 'website' });
  });

  it('tells an ignored source filter when every lead has the same source', async () => {
    const sameSource = leads(30).map((lead) => ({ ...lead, source: 'website' }));
    const server = fakeServer(sameSource, { ...ALL, source: false });
    expect((await server.detect()).source).toBe(false);
  });

  it.each([0, 1])('leaves sorting on with %i leads: too few to tell', async (count) => {
    const server = fakeServer(leads(count), NONE);
    expect((await server.detect()).ordering).toBe(true);
  });

  it('leaves search and the source filter on when the list is empty: nothing to tell', async () => {
    const server = fakeServer([], NONE);
    expect(await server.detect()).toMatchObject({ search: true, source: true });
  });
});

describe('detecting a rep’s "Owned or assigned" view (list_type=all)', () => {
  it.each([true, false])('learns whether the server honours it (%s)', async (honoured) => {
    const server = fakeServer(leads(30), { ...ALL, ownedOrAssigned: honoured }, RAJ);
    expect(await server.detect()).toEqual({ ...ALL, ownedOrAssigned: honoured });
  });

  it('counts with three more one-lead pages over documented filters', async () => {
    const server = fakeServer(leads(30), ALL, RAJ);
    await server.detect();
    expect(server.asked).toHaveLength(7);
    expect(server.asked).toEqual(
      expect.arrayContaining([
        { limit: 1, list_type: 'assigned' },
        { limit: 1, list_type: 'assigned', owner: 'raj' },
        { limit: 1, list_type: 'all' },
      ]),
    );
    expect(server.asked.every((params) => params.limit === 1)).toBe(true);
  });

  it('leaves the view on when every lead assigned to the rep is theirs: both views agree', async () => {
    const ownAssigned = leads(30).map((lead) => ({
      ...lead,
      assignee: lead.owner === 'raj' ? 'raj' : '',
    }));
    const server = fakeServer(ownAssigned, NONE, RAJ);
    expect((await server.detect()).ownedOrAssigned).toBe(true);
  });

  it('turns it off when a server answers the assigned leads for it', async () => {
    const assignedOnly = fakeServer(leads(30), ALL, RAJ);
    const asAssigned = async (params: QueryParams) =>
      params.list_type === 'all'
        ? assignedOnly.getPage({ ...params, list_type: 'assigned' })
        : assignedOnly.getPage(params);
    expect((await detectLeadListCapabilities(asAssigned, RAJ)).ownedOrAssigned).toBe(false);
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

  it('shows the leads the rep owns in place of an "Owned or assigned" view the server ignores', () => {
    const all = readLeadListState(new URLSearchParams('view=all&status=closed'));
    expect(withinCapabilities(all, NONE)).toEqual({ ...all, view: 'owned' });
    expect(withinCapabilities(all, ALL)).toEqual(all);
    const assigned = readLeadListState(new URLSearchParams('view=assigned'));
    expect(withinCapabilities(assigned, NONE)).toEqual(assigned);
  });

  it('keeps them on a server that honours them', () => {
    expect(withinCapabilities(state, ALL)).toEqual(state);
  });
});
