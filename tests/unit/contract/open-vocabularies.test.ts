/** Values outside the vocabularies: labelled as sent, and offered so they can be kept. */
import { LEAD_STATUSES, leadFormSchema, vocabularyLabel, withKept } from '../../../src/contract';
import { appointmentFormSchema } from '../../../src/features/appointments/model/appointment-form-schema';
import { statusLook } from '../../../src/components/appointment-status-look';

const lead = {
  first_name: 'Ada',
  last_name: 'Lovelace',
  email: 'ada@example.com',
  phone: '+442071234567',
};

describe('vocabularyLabel', () => {
  it.each([
    ['cold_call', 'Cold call'],
    ['fullfilled', 'Fullfilled'],
    ['deleted', 'Deleted'],
    ['trade_fair', 'trade_fair'],
    ['WON', 'WON'],
  ])('labels %j as %j', (value, label) => expect(vocabularyLabel(value)).toBe(label));
});

describe('withKept', () => {
  it('adds a value outside the vocabulary, and nothing else', () => {
    expect(withKept(LEAD_STATUSES, 'won')).toEqual([...LEAD_STATUSES, 'won']);
    expect(withKept(LEAD_STATUSES, 'closed')).toEqual(LEAD_STATUSES);
    expect(withKept(LEAD_STATUSES, undefined)).toEqual(LEAD_STATUSES);
  });
});

describe('the forms keep a value a server sent', () => {
  it('accepts the lead’s own unknown status and source, and refuses any other', () => {
    const schema = leadFormSchema({ status: 'won', source: 'trade_fair' });
    expect(schema.parse({ ...lead, status: 'won', source: 'trade_fair' })).toMatchObject({
      status: 'won',
      source: 'trade_fair',
    });
    const other = schema.safeParse({ ...lead, status: 'lost' });
    expect(other.error?.issues.map((issue) => issue.message)).toEqual([
      '"lost" is not a valid choice.',
    ]);
    expect(leadFormSchema().safeParse({ ...lead, status: 'won' }).success).toBe(false);
  });

  it('accepts the appointment’s own unknown status', () => {
    const values = {
      slug: 's',
      appointment_date: '2030-01-10 10:00',
      appointment_to: '2030-01-10 11:00',
      appointment_status: 'no_show',
    };
    const now = () => '2030-01-01 09:00' as const;
    expect(appointmentFormSchema(now, { originalStatus: 'no_show' }).parse(values)).toMatchObject({
      appointment_status: 'no_show',
    });
    expect(appointmentFormSchema(now).safeParse(values).error?.issues[0]?.message).toBe(
      'Invalid appointment status.',
    );
  });

  it('gives an unknown appointment status a neutral look', () => {
    expect(statusLook('no_show')).toMatchObject({ strike: false, background: '#455a64' });
    expect(statusLook('cancelled')).toMatchObject({ strike: true });
  });
});

describe('every vocabulary of ours', () => {
  it('is labelled for people, not shown raw', () => {
    expect(['on', 'before', 'upcoming', 'manager'].map(vocabularyLabel)).toEqual([
      'On',
      'Before',
      'Upcoming',
      'Manager',
    ]);
  });
});
