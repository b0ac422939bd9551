/** The appointment form applies the contract's bounds [ours] with the server's messages. */
import { APPOINTMENT_BOUNDS_MESSAGES, MESSAGES } from '../../../src/contract';
import { appointmentFormSchema } from '../../../src/features/appointments/model/appointment-form-schema';

const schema = appointmentFormSchema(() => '2026-11-18 10:00');
const fieldErrors = (appointment_date: string, appointment_to: string) => {
  const result = schema.safeParse({ slug: 'lead-1', appointment_date, appointment_to });
  return result.success ? {} : result.error.flatten().fieldErrors;
};

describe('appointment bounds in the form', () => {
  it('puts "too long" at the end field beyond 12 hours', () => {
    expect(fieldErrors('2026-11-19 06:00', '2026-11-19 18:00')).toEqual({});
    expect(fieldErrors('2026-11-19 06:00', '9999-12-31 23:59')).toEqual({
      appointment_to: [APPOINTMENT_BOUNDS_MESSAGES.tooLong],
    });
  });

  it('puts "too far" at the start field beyond 2 years ahead', () => {
    expect(fieldErrors('2028-11-18 09:00', '2028-11-18 10:00')).toEqual({});
    expect(fieldErrors('2028-11-19 09:00', '2028-11-19 10:00')).toEqual({
      appointment_date: [APPOINTMENT_BOUNDS_MESSAGES.tooFar],
    });
  });
});

describe('timing rules while another field is wrong', () => {
  it.each([
    {
      case: 'shows the timing problem at its field together with a blank lead',
      values: {
        slug: '',
        appointment_date: '2026-11-19 11:00',
        appointment_to: '2026-11-19 10:00',
      },
      errors: { slug: [MESSAGES.appointmentBlank], appointment_to: [MESSAGES.endBeforeStart] },
    },
    {
      case: 'leaves the times alone while one of them is not a valid time',
      values: { slug: 'lead-1', appointment_date: '2026-11-19 11:00', appointment_to: '' },
      errors: { appointment_to: [MESSAGES.appointmentBlank] },
    },
  ])('$case', ({ values, errors }) => {
    expect(schema.safeParse(values).error?.flatten().fieldErrors).toEqual(errors);
  });
});
