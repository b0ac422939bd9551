/**
 * A move is painted at once (optimistic) and rolled back, once, with the server's words if
 * refused; accepted, the server's answer goes into the cache and the range on screen is not
 * refetched (other views are marked stale, to refetch when next shown).
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { MESSAGES, type Appointment } from '../../../src/contract';
import { useUpdateAppointment } from '../../../src/features/appointments/api/appointment-mutations';
import { appointmentKeys } from '../../../src/features/appointments/api/appointment-queries';
import { QUERY_ROOTS } from '../../../src/lib/query-roots';
import { mswServer } from '../support/msw-server';

const UPDATE = '*/api/v1/leads/update/appointment/';
const RANGE = { date_from: '2027-03-08', date_to: '2027-03-14' };

const appointment: Appointment = {
  id: 7,
  lead: { slug: 'ann-lee', first_name: 'Ann', last_name: 'Lee' },
  appointment_date: '2027-03-09 10:00',
  appointment_to: '2027-03-09 11:00',
  appointment_note: '',
  appointment_status: 'pending',
  owner: 'raj',
  created_at: '2027-01-01 09:00:00',
};

const setup = () => {
  const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  queryClient.setQueryData(appointmentKeys.range(RANGE), [appointment]);
  queryClient.setQueryData([QUERY_ROOTS.overview, 'upcoming'], { cached: true });
  queryClient.setQueryData([QUERY_ROOTS.leads, 'details', 'ann-lee'], {
    slug: 'ann-lee',
    notes: [],
    appointments: [appointment],
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(() => useUpdateAppointment(), { wrapper });
  const shown = () => queryClient.getQueryData<Appointment[]>(appointmentKeys.range(RANGE))?.[0];
  return { queryClient, result, shown };
};

/** The server answers only when the test lets it, so the optimistic state can be seen. */
const gatedUpdate = (answer: () => Response) => {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  mswServer.use(
    http.post(UPDATE, async () => {
      await gate;
      return answer();
    }),
  );
  return () => release();
};

const MOVE = {
  appointment_id: 7,
  appointment_date: '2027-03-10 14:00',
  appointment_to: '2027-03-10 15:00',
};

describe('moving an appointment', () => {
  it('paints the new time at once and rolls back with the server message on a refusal', async () => {
    const release = gatedUpdate(() =>
      HttpResponse.json(
        { status_code: 401, errors: { non_field_errors: [MESSAGES.appointmentClash] }, data: {} },
        { status: 401 },
      ),
    );
    const { queryClient, result, shown } = setup();

    act(() => result.current.mutate(MOVE));
    await waitFor(() => expect(shown()?.appointment_date).toBe('2027-03-10 14:00'));
    expect(shown()?.appointment_to).toBe('2027-03-10 15:00');

    release();
    await waitFor(() => expect(result.current.error?.message).toBe(MESSAGES.appointmentClash));
    expect(shown()).toEqual(appointment);
    // Nothing changed on the server: nothing is marked for a refetch.
    expect(queryClient.getQueryState(appointmentKeys.range(RANGE))?.isInvalidated).toBe(false);
    expect(queryClient.getQueryState([QUERY_ROOTS.overview, 'upcoming'])?.isInvalidated).toBe(
      false,
    );
  });

  it("takes the server's answer into the cache when it accepts, without a refetch", async () => {
    const answer = { ...appointment, ...MOVE, appointment_status: 'rescheduled' };
    const release = gatedUpdate(() =>
      HttpResponse.json({ status_code: 200, errors: {}, data: answer }),
    );
    const { queryClient, result, shown } = setup();

    act(() => result.current.mutate(MOVE));
    await waitFor(() => expect(shown()?.appointment_date).toBe('2027-03-10 14:00'));
    release();
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(shown()).toMatchObject({
      appointment_date: '2027-03-10 14:00',
      appointment_status: 'rescheduled',
    });
    // The lead's page shows the server's answer too.
    expect(
      queryClient.getQueryData<{ appointments: Appointment[] }>([
        QUERY_ROOTS.leads,
        'details',
        'ann-lee',
      ])?.appointments[0],
    ).toMatchObject({ appointment_date: '2027-03-10 14:00', appointment_status: 'rescheduled' });
    const range = queryClient.getQueryCache().find({ queryKey: appointmentKeys.range(RANGE) });
    expect(range?.state.fetchStatus).toBe('idle');
    expect(queryClient.getQueryState([QUERY_ROOTS.overview, 'upcoming'])?.isInvalidated).toBe(true);
  });
});
