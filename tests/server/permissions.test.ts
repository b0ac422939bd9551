/**
 * The permission matrix of contract section 7: owner, assignee, another rep and a manager against
 * every mutation. Allowed calls change the data; refused ones answer the documented 401 and
 * change nothing.
 */
import { MESSAGES, type Lead } from '../../src/contract';
import { createAppointment, createLead, createNote, leadFields } from './support/factories';
import { createHarness, errorsOf, type ApiResponse, type Harness } from './support/harness';

type Actor = 'owner' | 'assignee' | 'other rep' | 'manager';
const USERNAMES: Record<Actor, string> = {
  owner: 'raj',
  assignee: 'sara',
  'other rep': 'tom',
  manager: 'maya',
};

type Fixture = { lead: Lead; noteId: number; appointmentId: number };

type Mutation = {
  name: string;
  allowed: readonly Actor[];
  refusal: { status: 400 | 401; field: string; message: string };
  act: (fixture: Fixture, username: string) => Promise<ApiResponse>;
  /** Whether the mutation took effect. */
  applied: (fixture: Fixture) => boolean;
};

let h: Harness;
let slot = 0;
const nextSlot = () => {
  slot += 1;
  const day = String(10 + Math.floor(slot / 8)).padStart(2, '0');
  const hour = String(9 + (slot % 8)).padStart(2, '0');
  return [`2030-01-${day} ${hour}:00`, `2030-01-${day} ${hour}:30`] as const;
};

const count = (sql: string, value: number | string): number =>
  Number(h.db.prepare(sql).pluck().get(value));

const MUTATIONS: Mutation[] = [
  {
    name: 'view lead details',
    allowed: ['owner', 'assignee', 'manager'],
    refusal: { status: 400, field: 'slug', message: MESSAGES.slugInvalid },
    act: async (f, username) =>
      h.get('leadDetails', { slug: f.lead.slug }, { token: await h.token(username) }),
    applied: () => true,
  },
  {
    name: 'update the lead',
    allowed: ['owner', 'assignee', 'manager'],
    refusal: { status: 401, field: 'non_field_errors', message: MESSAGES.notLeadOwner },
    act: async (f, username) =>
      h.post(
        'leadUpdate',
        { ...leadFields({ first_name: 'Changed' }), slug: f.lead.slug, assignee: 'sara' },
        { token: await h.token(username) },
      ),
    applied: (f) =>
      count("SELECT COUNT(*) FROM leads WHERE slug = ? AND first_name = 'Changed'", f.lead.slug) ===
      1,
  },
  {
    name: 'delete the lead',
    allowed: ['owner', 'manager'],
    refusal: { status: 401, field: 'non_field_errors', message: MESSAGES.cannotDeleteLead },
    act: async (f, username) =>
      h.post('leadDelete', { slug: f.lead.slug }, { token: await h.token(username) }),
    applied: (f) =>
      count("SELECT COUNT(*) FROM leads WHERE slug = ? AND status = 'deleted'", f.lead.slug) === 1,
  },
  {
    name: 'add a note',
    allowed: ['owner', 'assignee', 'manager'],
    refusal: { status: 401, field: 'non_field_errors', message: MESSAGES.cannotAddNote },
    act: async (f, username) =>
      h.post(
        'noteCreate',
        { slug: f.lead.slug, note: 'matrix' },
        { token: await h.token(username) },
      ),
    applied: (f) =>
      count("SELECT COUNT(*) FROM notes WHERE lead_id = ? AND note = 'matrix'", f.lead.id) === 1,
  },
  {
    name: 'delete the owner’s note',
    allowed: ['owner', 'manager'],
    refusal: { status: 401, field: 'non_field_errors', message: MESSAGES.cannotDeleteNote },
    act: async (f, username) =>
      h.post('noteDelete', { note_id: f.noteId }, { token: await h.token(username) }),
    applied: (f) => count('SELECT COUNT(*) FROM notes WHERE id = ?', f.noteId) === 0,
  },
  {
    name: 'take an appointment under the lead',
    allowed: ['owner', 'assignee', 'manager'],
    refusal: { status: 400, field: 'slug', message: MESSAGES.cannotTakeAppointment },
    act: async (f, username) => {
      const [start, end] = nextSlot();
      return h.post(
        'appointmentCreate',
        { slug: f.lead.slug, appointment_date: start, appointment_to: end },
        { token: await h.token(username) },
      );
    },
    applied: (f) => count('SELECT COUNT(*) FROM appointments WHERE lead_id = ?', f.lead.id) === 2,
  },
  {
    name: 'update the owner’s appointment',
    allowed: ['owner', 'manager'],
    refusal: { status: 401, field: 'non_field_errors', message: MESSAGES.cannotUpdateAppointment },
    act: async (f, username) =>
      h.post(
        'appointmentUpdate',
        { appointment_id: f.appointmentId, appointment_note: 'matrix' },
        { token: await h.token(username) },
      ),
    applied: (f) =>
      count(
        "SELECT COUNT(*) FROM appointments WHERE id = ? AND appointment_note = 'matrix'",
        f.appointmentId,
      ) === 1,
  },
  {
    name: 'delete the owner’s appointment',
    allowed: ['owner', 'manager'],
    refusal: { status: 401, field: 'non_field_errors', message: MESSAGES.cannotDeleteAppointment },
    act: async (f, username) =>
      h.post(
        'appointmentDelete',
        { appointment_id: f.appointmentId },
        { token: await h.token(username) },
      ),
    applied: (f) => count('SELECT COUNT(*) FROM appointments WHERE id = ?', f.appointmentId) === 0,
  },
];

beforeAll(() => {
  h = createHarness();
  h.addUser('tom', 'rep');
});
afterAll(() => h.close());

const fixture = async (): Promise<Fixture> => {
  const lead = await createLead(h, 'raj', { assignee: 'sara' });
  const note = await createNote(h, 'raj', lead.slug);
  const [start, end] = nextSlot();
  const appointment = await createAppointment(h, 'raj', lead.slug, start, end);
  return { lead, noteId: note.id, appointmentId: appointment.id };
};

const cells = MUTATIONS.flatMap((mutation) =>
  (Object.keys(USERNAMES) as Actor[]).map((actor) => [mutation.name, actor, mutation] as const),
);

describe('permission matrix', () => {
  it.each(cells)('%s as %s', async (_name, actor, mutation) => {
    const f = await fixture();
    const response = await mutation.act(f, USERNAMES[actor]);
    if (mutation.allowed.includes(actor)) {
      expect(response.status).toBe(200);
      expect(
        mutation.applied(f),
        `${mutation.name} by ${actor} was answered 200 but not applied`,
      ).toBe(true);
    } else {
      expect(response.status).toBe(mutation.refusal.status);
      expect(errorsOf(response)).toEqual({ [mutation.refusal.field]: [mutation.refusal.message] });
      if (mutation.name !== 'view lead details') {
        expect(mutation.applied(f), `${mutation.name} by ${actor} was refused but applied`).toBe(
          false,
        );
      }
    }
  });

  it('lets a note’s creator delete it even when they are only the assignee', async () => {
    const f = await fixture();
    const note = await createNote(h, 'sara', f.lead.slug, 'by sara');
    const response = await h.post(
      'noteDelete',
      { note_id: note.id },
      { token: await h.token('sara') },
    );
    expect(response.status).toBe(200);
  });

  it('lets the assignee change the appointments they created', async () => {
    const f = await fixture();
    const [start, end] = nextSlot();
    const own = await createAppointment(h, 'sara', f.lead.slug, start, end);
    const response = await h.post(
      'appointmentUpdate',
      { appointment_id: own.id, appointment_status: 'confirmed' },
      { token: await h.token('sara') },
    );
    expect(response.status).toBe(200);
    const byOwner = await h.post(
      'appointmentDelete',
      { appointment_id: own.id },
      { token: await h.token('raj') },
    );
    expect(errorsOf(byOwner)).toEqual({ non_field_errors: [MESSAGES.cannotDeleteAppointment] });
  });
});
