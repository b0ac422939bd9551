/** GET leads/list/: scope, every filter, search, ordering, pagination, deleted leads. */
import { LEAD_ORDERING_FIELDS, leadSchema, paginatedSchema, type Lead } from '../../src/contract';
import { createLead, deleteLead } from './support/factories';
import { createHarness, dataOf, errorsOf, type Harness } from './support/harness';

const pageSchema = paginatedSchema(leadSchema);

let h: Harness;
const leads: Record<string, Lead> = {};

const list = async (username: string, query: Record<string, string | number> = {}) =>
  dataOf(await h.get('leadList', query, { token: await h.token(username) }), pageSchema);

const names = async (username: string, query: Record<string, string | number> = {}) =>
  (await list(username, query)).results.map((lead) => lead.first_name);

beforeAll(async () => {
  h = createHarness();
  h.addUser('tom', 'rep');
  const make = async (key: string, username: string, fields: Record<string, string>) => {
    h.clock.advanceSeconds(60);
    leads[key] = await createLead(h, username, fields);
  };
  await make('alice', 'raj', {
    first_name: 'Alice',
    last_name: 'Zephyr',
    email: 'alice@acme.test',
    phone: '+15550000001',
    status: 'prospect',
    source: 'website',
    assignee: 'sara',
  });
  await make('bob', 'raj', {
    first_name: 'Bob',
    last_name: 'Young',
    email: 'bob.young@globex.test',
    phone: '+15550000002',
    status: 'customer',
    source: 'referral',
  });
  await make('alvaro', 'raj', {
    first_name: 'Álvaro',
    last_name: 'Núñez',
    email: 'alvaro@acme.test',
    phone: '+447911123456',
    status: 'contact',
    source: 'event',
    location: 'Madrid',
  });
  await make('carol', 'sara', {
    first_name: 'Carol',
    last_name: 'Xu',
    email: 'carol@initech.test',
    phone: '+15550000004',
    status: 'potential',
    assignee: 'raj',
  });
  await make('dan', 'maya', {
    first_name: 'Dan',
    last_name: 'Wu',
    email: 'dan@acme.test',
    phone: '+15550000005',
    status: 'closed',
    assignee: 'raj',
  });
  await make('erin', 'maya', {
    first_name: 'Erin',
    last_name: 'Vance',
    email: 'erin@umbrella.test',
    phone: '+15550000006',
    status: 'tentative',
  });
  await make('frank', 'raj', {
    first_name: 'Frank',
    last_name: 'Gone',
    email: 'frank@acme.test',
    phone: '+15550000007',
  });
  await deleteLead(h, 'raj', leads.frank?.slug ?? '');
  for (let index = 1; index <= 30; index += 1) {
    h.clock.advanceSeconds(1);
    await createLead(h, 'tom', { first_name: `Page${String(index).padStart(2, '0')}` });
  }
  h.db
    .prepare('UPDATE leads SET campaign_slug = ? WHERE slug = ?')
    .run('Spring-Webinar', leads.bob?.slug);
});
afterAll(() => h.close());

describe('scope', () => {
  it('lists the leads a rep owns, newest first, without deleted ones', async () => {
    expect(await names('raj')).toEqual(['Álvaro', 'Bob', 'Alice']);
    expect(await names('sara')).toEqual(['Carol']);
  });

  it('lists the leads assigned to the caller with list_type=assigned', async () => {
    expect(await names('raj', { list_type: 'assigned' })).toEqual(['Dan', 'Carol']);
    expect(await names('sara', { list_type: 'assigned' })).toEqual(['Alice']);
    expect(await names('maya', { list_type: 'assigned' })).toEqual([]);
  });

  it('lists every lead a rep may see (owned or assigned) with list_type=all [ours]', async () => {
    const page = await list('raj', { list_type: 'all' });
    expect(page.results.map((lead) => lead.first_name)).toEqual([
      'Dan',
      'Carol',
      'Álvaro',
      'Bob',
      'Alice',
    ]);
    expect(page.count).toBe(5);
    expect(await names('raj', { list_type: 'all', status: 'potential' })).toEqual(['Carol']);
    expect((await list('raj', { list_type: 'all', status: 'potential' })).count).toBe(1);
    expect(await names('raj', { list_type: 'all', search: 'acme' })).toEqual([
      'Dan',
      'Álvaro',
      'Alice',
    ]);
    expect(await names('raj', { list_type: 'all', ordering: 'last_name' })).toEqual([
      'Álvaro',
      'Dan',
      'Carol',
      'Bob',
      'Alice',
    ]);
    expect((await list('maya', { list_type: 'all', limit: 100 })).count).toBe(36);
  });

  it('counts what the overview counts for a rep with list_type=all', async () => {
    const token = await h.token('raj');
    const overview = (await h.get('overview', {}, { token })).body as {
      data: { TotalLeads: number; LeadsData: { status: { status: string; count: number }[] } };
    };
    expect((await list('raj', { list_type: 'all' })).count).toBe(overview.data.TotalLeads);
    for (const { status, count } of overview.data.LeadsData.status) {
      expect((await list('raj', { list_type: 'all', status })).count, status).toBe(count);
    }
  });

  it('lists every live lead for a manager', async () => {
    const page = await list('maya', { limit: 100 });
    expect(page.count).toBe(36);
    expect(page.results.map((lead) => lead.first_name)).not.toContain('Frank');
  });

  it('answers the lead objects of contract section 4', async () => {
    const page = await list('raj');
    const alice = page.results.find((lead) => lead.first_name === 'Alice');
    const raw = await h.get('leadList', {}, { token: await h.token('raj') });
    const first = (raw.body as { data: { results: Record<string, unknown>[] } }).data.results[0];
    expect(Object.keys(first ?? {}).sort()).toEqual(
      [
        'id',
        'slug',
        'first_name',
        'last_name',
        'email',
        'phone',
        'status',
        'source',
        'location',
        'message',
        'owner',
        'assignee',
        'created_at',
        'updated_at',
      ].sort(),
    );
    expect(alice).toMatchObject({ owner: 'raj', assignee: 'sara', status: 'prospect' });
  });
});

describe('filters narrow, never widen', () => {
  it.each([
    ['first_name contains, any case', { first_name: 'LIC' }, ['Alice']],
    ['last_name contains', { last_name: 'oun' }, ['Bob']],
    ['email contains', { email: 'ACME' }, ['Álvaro', 'Alice']],
    ['phone contains', { phone: '0000002' }, ['Bob']],
    ['status', { status: 'customer' }, ['Bob']],
    ['source', { source: 'event' }, ['Álvaro']],
    ['assignee, exact any case', { assignee: 'SARA' }, ['Alice']],
    ['assignee is exact', { assignee: 'sar' }, []],
    ['owner of someone else', { owner: 'sara' }, []],
    ['owner, exact any case', { owner: 'Raj' }, ['Álvaro', 'Bob', 'Alice']],
    ['campaign_slug, exact any case', { campaign_slug: 'spring-webinar' }, ['Bob']],
    ['campaign_slug is exact', { campaign_slug: 'spring' }, []],
    ['two filters together', { email: 'acme', status: 'contact' }, ['Álvaro']],
    ['a blank filter is no filter', { first_name: '', status: '' }, ['Álvaro', 'Bob', 'Alice']],
    ['LIKE wildcards are literal', { first_name: '%' }, []],
    ['underscore is literal', { email: '_' }, []],
  ])('%s', async (_name, query, expected) => {
    expect(await names('raj', query)).toEqual(expected);
  });

  it('applies filters to the assigned list and to the manager', async () => {
    expect(await names('raj', { list_type: 'assigned', owner: 'maya' })).toEqual(['Dan']);
    expect(await names('maya', { owner: 'RAJ' })).toEqual(['Álvaro', 'Bob', 'Alice']);
    expect(await names('maya', { assignee: 'raj' })).toEqual(['Dan', 'Carol']);
    expect(await names('maya', { source: 'event' })).toEqual(['Álvaro']);
  });

  it('answers a bad status or source with the 400 envelope', async () => {
    const token = await h.token('raj');
    const status = await h.get('leadList', { status: 'hot' }, { token });
    expect(status.status).toBe(400);
    expect(errorsOf(status)).toEqual({ status: ['"hot" is not a valid choice.'] });
    const source = await h.get('leadList', { source: 'tv' }, { token });
    expect(errorsOf(source)).toEqual({ source: ['"tv" is not a valid choice.'] });
  });
});

describe('search (FTS5 prefix tokens over names, email and phone)', () => {
  it.each([
    ['a name prefix', 'ali', ['Alice']],
    ['first and last name', 'alice zeph', ['Alice']],
    ['tokens in any order', 'zeph ali', ['Alice']],
    ['any case', 'ZEPHYR', ['Alice']],
    ['without diacritics', 'alvaro nunez', ['Álvaro']],
    ['with diacritics', 'Núñ', ['Álvaro']],
    ['an email domain', 'acme', ['Álvaro', 'Alice']],
    ['a whole email', 'bob.young@globex.test', ['Bob']],
    ['a phone as typed', '+15550000002', ['Bob']],
    ['a phone without country code', '5550000002', ['Bob']],
    ['no match', 'zzzz', []],
    ['a token that matches nothing narrows', 'alice zzzz', []],
    ['FTS syntax is inert', '"ali" OR bob*', []],
    ['punctuation only is no search', '@@', ['Álvaro', 'Bob', 'Alice']],
  ])('%s: %s', async (_name, search, expected) => {
    expect(await names('raj', { search })).toEqual(expected);
  });

  it('never widens the caller’s set', async () => {
    expect(await names('raj', { search: 'carol' })).toEqual([]);
    expect(await names('maya', { search: 'carol' })).toEqual(['Carol']);
    expect(await names('raj', { search: 'carol', list_type: 'assigned' })).toEqual(['Carol']);
    expect(await names('raj', { search: 'frank' })).toEqual([]);
  });

  it.each([
    ['status', { search: 'a', status: 'contact' }, ['Álvaro']],
    ['source', { search: 'acme', source: 'website' }, ['Alice']],
    ['assignee', { search: 'a', assignee: 'Sara' }, ['Alice']],
    ['an unknown assignee', { search: 'a', assignee: 'ghost' }, []],
    ['owner', { search: 'a', owner: 'raj' }, ['Álvaro', 'Alice']],
    ['another owner', { search: 'a', owner: 'maya' }, []],
    ['a contains filter', { search: 'acme', email: 'alv' }, ['Álvaro']],
    ['an explicit ordering', { search: 'acme', ordering: 'first_name' }, ['Alice', 'Álvaro']],
  ])('combines search with %s', async (_name, query, expected) => {
    expect(await names('raj', query)).toEqual(expected);
  });

  it('combines search with the assignee scope and the manager scope', async () => {
    expect(await names('raj', { search: 'acme', list_type: 'assigned' })).toEqual(['Dan']);
    expect(await names('maya', { search: 'acme', status: 'closed' })).toEqual(['Dan']);
    const page = await list('maya', { search: 'page', limit: 5, offset: 5 });
    expect(page.count).toBe(30);
    expect(page.results.map((lead) => lead.first_name)).toEqual([
      'Page25',
      'Page24',
      'Page23',
      'Page22',
      'Page21',
    ]);
  });

  it('follows updates and deletions of leads', async () => {
    const token = await h.token('sara');
    const lead = await createLead(h, 'sara', { first_name: 'Quentin', last_name: 'Blake' });
    expect(await names('sara', { search: 'quent' })).toEqual(['Quentin']);
    const updated = await h.post(
      'leadUpdate',
      {
        slug: lead.slug,
        first_name: 'Roald',
        last_name: 'Dahl',
        email: lead.email,
        phone: lead.phone,
      },
      { token },
    );
    expect(updated.status).toBe(200);
    expect(await names('sara', { search: 'quent' })).toEqual([]);
    expect(await names('sara', { search: 'roal dah' })).toEqual(['Roald']);
    await deleteLead(h, 'sara', lead.slug);
    expect(await names('sara', { search: 'roald' })).toEqual([]);
  });
});

describe('ordering', () => {
  it.each([
    ['email', ['Alice', 'Álvaro', 'Bob']],
    ['-email', ['Bob', 'Álvaro', 'Alice']],
    ['status', ['Álvaro', 'Bob', 'Alice']],
    ['-status', ['Alice', 'Bob', 'Álvaro']],
    ['source', ['Álvaro', 'Bob', 'Alice']],
    ['created_at', ['Alice', 'Bob', 'Álvaro']],
    ['-created_at', ['Álvaro', 'Bob', 'Alice']],
    ['last_name', ['Álvaro', 'Bob', 'Alice']],
    ['phone', ['Alice', 'Bob', 'Álvaro']],
    ['unknown_field', ['Álvaro', 'Bob', 'Alice']],
    ['-password_hash', ['Álvaro', 'Bob', 'Alice']],
  ])('ordering=%s', async (ordering, expected) => {
    expect(await names('raj', { ordering })).toEqual(expected);
  });

  it('orders a name by first then last name, and ties by id both ways', async () => {
    h.addUser('nia', 'rep');
    const made: string[] = [];
    for (const last_name of ['Brown', 'Zimmer', 'Moreau', 'Brown']) {
      h.clock.advanceSeconds(1);
      made.push((await createLead(h, 'nia', { first_name: 'Aisha', last_name })).slug);
    }
    h.clock.advanceSeconds(1);
    await createLead(h, 'nia', { first_name: 'Zoe', last_name: 'Adams' });
    expect((await list('nia')).count).toBe(5);
    const fullNames = async (ordering: string) =>
      (await list('nia', { ordering })).results.map(
        (lead) => `${lead.first_name} ${lead.last_name}`,
      );
    const slugs = async (ordering: string) =>
      (await list('nia', { ordering })).results.map((lead) => lead.slug);
    expect(await fullNames('first_name')).toEqual([
      'Aisha Brown',
      'Aisha Brown',
      'Aisha Moreau',
      'Aisha Zimmer',
      'Zoe Adams',
    ]);
    expect(await fullNames('-first_name')).toEqual([
      'Zoe Adams',
      'Aisha Zimmer',
      'Aisha Moreau',
      'Aisha Brown',
      'Aisha Brown',
    ]);
    expect(await fullNames('last_name')).toEqual([
      'Zoe Adams',
      'Aisha Brown',
      'Aisha Brown',
      'Aisha Moreau',
      'Aisha Zimmer',
    ]);
    // The two Aisha Browns: the older first ascending, the newer first descending.
    expect((await slugs('first_name')).slice(0, 2)).toEqual([made[0], made[3]]);
    expect((await slugs('-first_name')).slice(3)).toEqual([made[3], made[0]]);
    // Gone again, so the other tests see the set they expect.
    for (const lead of (await list('nia')).results) await deleteLead(h, 'nia', lead.slug);
  });

  it('ties every ordering key on the id, so pages never repeat or skip a lead', async () => {
    for (const field of LEAD_ORDERING_FIELDS) {
      for (const ordering of [field, `-${field}`]) {
        const seen: string[] = [];
        const { count } = await list('maya', { ordering });
        for (let offset = 0; offset < count; offset += 5) {
          const page = await list('maya', { ordering, limit: 5, offset });
          seen.push(...page.results.map((lead) => lead.slug));
        }
        expect(seen, ordering).toHaveLength(count);
        expect(new Set(seen).size, ordering).toBe(count);
      }
    }
  });

  it('orders by owner and assignee usernames', async () => {
    const byOwner = (await list('maya', { ordering: 'owner', limit: 100 })).results.map(
      (lead) => lead.owner,
    );
    expect(byOwner).toEqual([...byOwner].sort());
    expect(new Set(byOwner)).toEqual(new Set(['maya', 'raj', 'sara', 'tom']));
    const byAssignee = (await list('maya', { ordering: '-assignee', limit: 100 })).results.map(
      (lead) => lead.assignee,
    );
    expect(byAssignee.slice(0, 3)).toEqual(['sara', 'raj', 'raj']);
    expect(new Set(byAssignee.slice(3))).toEqual(new Set([null]));
  });
});

describe('pagination', () => {
  it('pages with count, next and previous as absolute URLs', async () => {
    const first = await list('tom');
    expect(first.count).toBe(30);
    expect(first.results).toHaveLength(25);
    expect(first.previous).toBeNull();
    expect(first.next).toBe('http://localhost/api/v1/leads/list/?limit=25&offset=25');
    const second = dataOf(
      await h.send(new URL(first.next ?? '').pathname + new URL(first.next ?? '').search, {
        headers: { apikey: 'test-api-key', Authorization: `Bearer ${await h.token('tom')}` },
      }),
      pageSchema,
    );
    expect(second.results).toHaveLength(5);
    expect(second.next).toBeNull();
    expect(second.previous).toBe('http://localhost/api/v1/leads/list/?limit=25');
  });

  it('keeps the other parameters in the links', async () => {
    const page = await list('tom', { search: 'page', limit: 10, offset: 10 });
    expect(page.count).toBe(30);
    const next = new URL(page.next ?? '');
    expect(Object.fromEntries(next.searchParams)).toEqual({
      search: 'page',
      limit: '10',
      offset: '20',
    });
    expect(Object.fromEntries(new URL(page.previous ?? '').searchParams)).toEqual({
      search: 'page',
      limit: '10',
    });
  });

  it('walks every lead once with a stable order', async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 30; offset += 7) {
      seen.push(...(await list('tom', { limit: 7, offset })).results.map((lead) => lead.slug));
    }
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
    const firstNames = (await list('tom', { limit: 30 })).results.map((lead) => lead.first_name);
    expect(firstNames[0]).toBe('Page30');
    expect(firstNames[29]).toBe('Page01');
  });

  it('defaults bad limits to 25 and caps large ones at 100', async () => {
    expect((await list('tom', { limit: 'abc' })).results).toHaveLength(25);
    expect((await list('tom', { limit: 0 })).results).toHaveLength(25);
    expect((await list('tom', { limit: -5 })).results).toHaveLength(25);
    const capped = await list('maya', { limit: 1000 });
    expect(capped.results).toHaveLength(36);
    expect(capped.next).toBeNull();
    const beyond = await list('tom', { offset: 500 });
    expect(beyond.count).toBe(30);
    expect(beyond.results).toEqual([]);
  });

  it('caps the limit at 100 with more than 100 leads', async () => {
    for (let index = 0; index < 80; index += 1) await createLead(h, 'tom');
    const page = await list('tom', { limit: 500 });
    expect(page.count).toBe(110);
    expect(page.results).toHaveLength(100);
    expect(new URL(page.next ?? '').searchParams.get('limit')).toBe('100');
  });
});

describe('counters behind the overview', () => {
  it('stay equal to a recount after creates, updates and deletes', async () => {
    const token = await h.token('maya');
    const lead = await createLead(h, 'raj', { assignee: 'sara', status: 'potential' });
    await h.post(
      'leadUpdate',
      { ...lead, slug: lead.slug, assignee: 'tom', status: 'closed', source: 'event' },
      { token },
    );
    await createLead(h, 'sara', { assignee: 'sara' });
    const recount = h.db
      .prepare(
        `SELECT scope, status, source, SUM(n) AS n FROM (
           SELECT 0 AS scope, status, source, 1 AS n FROM leads WHERE status != 'deleted'
           UNION ALL SELECT owner_id, status, source, 1 FROM leads WHERE status != 'deleted'
           UNION ALL SELECT assignee_id, status, source, 1 FROM leads
             WHERE status != 'deleted' AND assignee_id IS NOT NULL AND assignee_id != owner_id
         ) GROUP BY scope, status, source ORDER BY scope, status, source`,
      )
      .all();
    const kept = h.db
      .prepare(
        'SELECT scope, status, source, n FROM lead_stats WHERE n != 0 ORDER BY scope, status, source',
      )
      .all();
    expect(kept).toEqual(recount);
    expect(recount.length).toBeGreaterThan(10);
  });
});
