/**
 * The calendar with the rep's queued writes applied: a pending booking shown, a pending move at
 * its new times, a pending delete gone, each pending one named; a refused write not applied.
 */
import type { Appointment } from '../../../src/contract';
import {
  APPOINTMENT_CREATE,
  APPOINTMENT_DELETE,
  APPOINTMENT_UPDATE,
} from '../../../src/features/appointments/api/appointment-writes';
import { withQueuedWrites } from '../../../src/features/appointments/model/queued-appointments';
import type { QueuedWrite, WriteInput } from '../../../src/lib/offline/write-queue/queued-write';

const appointment = (id: number, day: string): Appointment => ({
  id,
  lead: { slug: `lead-${id}`, first_name: 'Ann', last_name: 'Lee' },
  appointment_date: `${day} 10:00`,
  appointment_to: `${day} 11:00`,
  appointment_note: 'Visit',
  appointment_status: 'confirmed',
  owner: 'raj',
  created_at: '2026-11-01 09:00:00',
});

const write = (kind: string, input: WriteInput, refusal?: string): QueuedWrite => ({
  id: `${kind}-${JSON.stringify(input)}`,
  kind,
  input,
  queuedAt: 0,
  attempted: false,
  ...(refusal ? { refusal } : {}),
});

describe('the calendar with queued writes', () => {
  it('shows a booking, a move at its new times and no deleted appointment, marking the pending', () => {
    const shown = withQueuedWrites(
      [appointment(1, '2026-12-07'), appointment(2, '2026-12-08')],
      [
        write(APPOINTMENT_UPDATE, {
          appointment_id: 1,
          appointment_date: '2026-12-09 14:00',
          appointment_to: '2026-12-09 15:00',
        }),
        write(APPOINTMENT_DELETE, { appointment_id: 2, appointment_date: '2026-12-08 10:00' }),
        write(APPOINTMENT_CREATE, {
          slug: 'bob-ray',
          lead_label: 'Bob Ray',
          appointment_date: '2026-12-10 09:00',
          appointment_to: '2026-12-10 09:30',
          appointment_note: 'Demo',
        }),
      ],
      'raj',
    );
    expect(shown.appointments).toEqual([
      {
        ...appointment(1, '2026-12-07'),
        appointment_date: '2026-12-09 14:00',
        appointment_to: '2026-12-09 15:00',
      },
      {
        id: -3,
        lead: { slug: 'bob-ray', first_name: 'Bob Ray', last_name: '' },
        appointment_date: '2026-12-10 09:00',
        appointment_to: '2026-12-10 09:30',
        appointment_note: 'Demo',
        appointment_status: 'pending',
        owner: 'raj',
        created_at: '',
      },
    ]);
    expect([...shown.pending]).toEqual([1, -3]);
  });

  it('leaves the calendar as the server sent it for refused writes', () => {
    const list = [appointment(1, '2026-12-07')];
    const refused = write(APPOINTMENT_DELETE, { appointment_id: 1 }, 'Not allowed.');
    const shown = withQueuedWrites(list, [refused], 'raj');
    expect(shown.appointments).toBe(list);
    expect(shown.pending.size).toBe(0);
  });
});
