/**
 * What the server benchmark calls: every query of the issue as a named call, built from the
 * data actually in the database (the rep's own slugs, a search term from a real name, the
 * deep page at half of each list). Reads can be repeated; writes are create → update → delete
 * chains on rows this benchmark created (appointments at distinct future slots).
 */
import { processTimeZone } from '../../server/config';
import { addDays, isoWeekday, todayIso } from '../../server/domain/clock';
import { dataOf, signIn, type ApiClient, type ApiResponse, type Params } from './api-client';

export type QueryGroup = 'list' | 'overview' | 'details' | 'appointments' | 'write';
export type Role = 'rep' | 'manager';

export type QuerySpec = {
  id: string;
  group: QueryGroup;
  label: string;
  role: Role;
  /** Read-only calls may be repeated and warmed up; writes run once per sample, in order. */
  kind: 'read' | 'write';
  /** Lead list and overview: the issue's p99 targets apply, and the query plans are shown. */
  hot: boolean;
  call: (index: number) => Promise<ApiResponse>;
};

type Page = { count: number; results: { slug: string; last_name: string }[] };

export const REP = 'raj';
export const MANAGER = 'maya';
export const OVERVIEW_FILTERS = ['upcoming', 'today', 'week', 'month'] as const;

const LIST_VARIANTS = [
  'default page',
  'status=contact',
  'search',
  'ordering=last_name',
  'deep page',
];

/** Monday and Sunday of this week, in the server's time zone (yyyy-mm-dd). */
export const thisWeek = (): { monday: string; sunday: string } => {
  const today = todayIso({ now: () => new Date(), timeZone: processTimeZone() });
  const monday = addDays(today, 1 - isoWeekday(today));
  return { monday, sunday: addDays(monday, 6) };
};

const pad = (value: number): string => String(value).padStart(2, '0');

/** Distinct one-hour slots from 70 days ahead (the seed books up to 42 days ahead). */
const futureSlot = (index: number): { day: string; hour: number } => {
  const { monday } = thisWeek();
  return { day: addDays(monday, 70 + Math.floor(index / 8)), hour: 9 + (index % 8) };
};

const ok = async (response: Promise<ApiResponse>): Promise<ApiResponse> => {
  const settled = await response;
  if (settled.status !== 200) {
    throw new Error(`HTTP ${settled.status}: ${settled.body.slice(0, 200)}`);
  }
  return settled;
};

export const buildScenarios = async (client: ApiClient): Promise<QuerySpec[]> => {
  const tokens: Record<Role, string> = {
    rep: await signIn(client, REP),
    manager: await signIn(client, MANAGER),
  };
  const list = (role: Role, params: Params) => client.get('leadList', tokens[role], params);
  const scopes: { name: string; role: Role; params: Params }[] = [
    { name: 'rep own', role: 'rep', params: {} },
    { name: 'rep assigned', role: 'rep', params: { list_type: 'assigned' } },
    { name: 'manager', role: 'manager', params: {} },
  ];

  const repPage = dataOf<Page>(await ok(list('rep', { limit: 100 })));
  const slugs = repPage.results.map((lead) => lead.slug);
  if (slugs.length === 0) throw new Error(`${REP} owns no leads in this database`);
  const searchTerm = (repPage.results[0]?.last_name ?? 'smith').toLowerCase().slice(0, 4);

  const specs: QuerySpec[] = [];
  for (const scope of scopes) {
    const count = dataOf<Page>(await ok(list(scope.role, scope.params))).count;
    const variants: Record<string, Params> = {
      'default page': {},
      'status=contact': { status: 'contact' },
      search: { search: searchTerm },
      'ordering=last_name': { ordering: 'last_name' },
      'deep page': { offset: Math.floor(count / 2) },
    };
    for (const variant of LIST_VARIANTS) {
      const params = { ...scope.params, ...variants[variant] };
      const shown = variant === 'search' ? `search "${searchTerm}"` : variant;
      specs.push({
        id: `list:${scope.name}:${variant}`,
        group: 'list',
        label: `lead list, ${scope.name}, ${shown}${variant === 'deep page' ? ` (offset ${Math.floor(count / 2)} of ${count})` : ''}`,
        role: scope.role,
        kind: 'read',
        hot: true,
        call: () => ok(list(scope.role, params)),
      });
    }
  }
  for (const role of ['rep', 'manager'] as const) {
    for (const appointment of OVERVIEW_FILTERS) {
      specs.push({
        id: `overview:${role}:${appointment}`,
        group: 'overview',
        label: `overview, ${role}, appointment=${appointment}`,
        role,
        kind: 'read',
        hot: true,
        call: () => ok(client.get('overview', tokens[role], { appointment })),
      });
    }
  }
  specs.push({
    id: 'details:rep',
    group: 'details',
    label: `lead details, rep (${slugs.length} of own leads in turn)`,
    role: 'rep',
    kind: 'read',
    hot: false,
    call: (index) =>
      ok(client.get('leadDetails', tokens.rep, { slug: slugs[index % slugs.length] as string })),
  });
  const week = thisWeek();
  specs.push({
    id: 'appointments:rep:week',
    group: 'appointments',
    label: `appointments list, rep, week ${week.monday}..${week.sunday}`,
    role: 'rep',
    kind: 'read',
    hot: false,
    call: () =>
      ok(
        client.get('appointmentList', tokens.rep, {
          date_from: week.monday,
          date_to: week.sunday,
        }),
      ),
  });
  specs.push(...writeScenarios(client, tokens.rep, slugs[0] as string));
  return specs;
};

const writeScenarios = (client: ApiClient, token: string, noteSlug: string): QuerySpec[] => {
  const leadSlugs: string[] = [];
  const noteIds: number[] = [];
  const appointmentIds: number[] = [];
  const write = (id: string, label: string, call: (index: number) => Promise<ApiResponse>) => ({
    id,
    group: 'write' as const,
    label,
    role: 'rep' as const,
    kind: 'write' as const,
    hot: false,
    call,
  });
  const leadForm = (index: number, suffix: string): Params => ({
    first_name: `Bench${suffix}`,
    last_name: `Lead${index}`,
    email: `bench.${suffix}.${index}@example.com`,
    phone: `+1555${String(1_000_000 + index).padStart(7, '0')}`,
    status: 'prospect',
    source: 'website',
    location: 'Benchville',
    message: 'Created by npm run bench',
  });
  const slot = (index: number, moved: boolean) => {
    const { day, hour } = futureSlot(index);
    return moved
      ? { appointment_date: `${day} ${pad(hour)}:30`, appointment_to: `${day} ${pad(hour + 1)}:00` }
      : { appointment_date: `${day} ${pad(hour)}:00`, appointment_to: `${day} ${pad(hour)}:30` };
  };
  const at = <T>(items: T[], index: number, what: string): T => {
    const item = items[index];
    if (item === undefined) throw new Error(`no ${what} #${index} (its create failed)`);
    return item;
  };
  return [
    write('write:lead:create', 'lead create, rep', async (index) => {
      const response = await ok(client.post('leadCreate', token, leadForm(index, 'new')));
      leadSlugs[index] = dataOf<{ slug: string }>(response).slug;
      return response;
    }),
    write('write:lead:update', 'lead update (full replace), rep', (index) =>
      ok(
        client.post('leadUpdate', token, {
          slug: at(leadSlugs, index, 'lead'),
          ...leadForm(index, 'upd'),
        }),
      ),
    ),
    write('write:lead:delete', 'lead delete (soft), rep', (index) =>
      ok(client.post('leadDelete', token, { slug: at(leadSlugs, index, 'lead') })),
    ),
    write('write:note:create', 'note create, rep', async (index) => {
      const response = await ok(
        client.post('noteCreate', token, { slug: noteSlug, note: `Bench note ${index}` }),
      );
      noteIds[index] = dataOf<{ id: number }>(response).id;
      return response;
    }),
    write('write:note:delete', 'note delete, rep', (index) =>
      ok(client.post('noteDelete', token, { note_id: at(noteIds, index, 'note') })),
    ),
    write(
      'write:appointment:create',
      'appointment create, rep (distinct future slots)',
      async (index) => {
        const response = await ok(
          client.post('appointmentCreate', token, {
            slug: noteSlug,
            ...slot(index, false),
            appointment_note: `Bench ${index}`,
            appointment_status: 'pending',
          }),
        );
        appointmentIds[index] = dataOf<{ id: number }>(response).id;
        return response;
      },
    ),
    write('write:appointment:update', 'appointment update (move 30 min), rep', (index) =>
      ok(
        client.post('appointmentUpdate', token, {
          appointment_id: at(appointmentIds, index, 'appointment'),
          ...slot(index, true),
        }),
      ),
    ),
    write('write:appointment:delete', 'appointment delete, rep', (index) =>
      ok(
        client.post('appointmentDelete', token, {
          appointment_id: at(appointmentIds, index, 'appointment'),
        }),
      ),
    ),
  ];
};
