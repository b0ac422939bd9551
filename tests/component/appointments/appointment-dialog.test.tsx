/**
 * The appointment dialog against the real reference server (in process): the contract's rules
 * before sending, a server refusal shown with the input kept, booking, editing and deleting.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  appointmentSchema,
  ENDPOINTS,
  leadSchema,
  MESSAGES,
  paginatedSchema,
  type Appointment,
  type Lead,
} from '../../../src/contract';
import { accountToday } from '../../../src/lib/clock';
import { apiGet } from '../../../src/lib/http-client';
import { signInAs, startReferenceApi } from '../support/reference-api';
import { renderDialog } from './render-dialog';

const api = startReferenceApi();

const FAR_DAY = '2027-03-10';

const rajsAppointments = async (params: Record<string, string | number> = {}) =>
  (
    await apiGet(
      ENDPOINTS.appointmentList,
      { limit: 100, ...params },
      paginatedSchema(appointmentSchema),
    )
  ).results;

const upcomingBooked = async (): Promise<Appointment> => {
  const today = accountToday();
  const list = await rajsAppointments({ datesetting: 'after', ondate: toUs(today) });
  const found = list.find((item) => item.appointment_status !== 'cancelled');
  if (!found) throw new Error('The seed has no upcoming appointment for raj.');
  return found;
};

const toUs = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

const field = (name: string) => screen.getByLabelText(name);

/** The first of raj's own leads (the picker lists the caller's leads), newest first. */
const rajsLead = async (): Promise<Lead> => {
  const [lead] = (await apiGet(ENDPOINTS.leadList, { limit: 1 }, paginatedSchema(leadSchema)))
    .results;
  if (!lead) throw new Error('The seed has no lead of raj.');
  return lead;
};

const fullName = (lead: Lead) => `${lead.first_name} ${lead.last_name}`;

/**
 * Picks this lead: types its full name and chooses the option that also shows its email, so a
 * seed with two leads of one name can never pick the wrong one.
 */
const pickLead = async (user: ReturnType<typeof renderDialog>['user'], lead: Lead) => {
  await user.type(screen.getByRole('combobox', { name: /lead/i }), fullName(lead));
  await user.click(
    await screen.findByRole('option', { name: `${fullName(lead)} · ${lead.email}` }),
  );
};

describe('AppointmentDialog, create', () => {
  it('shows each rule at its field before sending', async () => {
    await signInAs('raj');
    const { user, onClose } = renderDialog({ mode: 'create' });
    await user.click(screen.getByRole('button', { name: 'Book appointment' }));

    expect(await screen.findAllByText(MESSAGES.appointmentBlank)).toHaveLength(3);
    expect(screen.getByRole('combobox', { name: /lead/i })).toHaveAccessibleDescription(
      MESSAGES.appointmentBlank,
    );
    expect(field('Start date')).toHaveAccessibleDescription(MESSAGES.appointmentBlank);
    expect(field('End time')).toHaveAccessibleDescription(MESSAGES.appointmentBlank);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('refuses an end before the start, a start in the past and a long note', async () => {
    await signInAs('raj');
    const { user } = renderDialog({
      mode: 'create',
      start: `${FAR_DAY} 11:00`,
      end: `${FAR_DAY} 10:00`,
    });
    await user.click(field('Note'));
    await user.paste('x'.repeat(201));
    await user.click(screen.getByRole('button', { name: 'Book appointment' }));
    expect(await screen.findByText(MESSAGES.endBeforeStart)).toBeInTheDocument();
    expect(field('End date')).toHaveAccessibleDescription(MESSAGES.endBeforeStart);
    expect(screen.getByText('Ensure this field has no more than 200 characters.')).toBeVisible();

    await user.clear(field('Start date'));
    await user.type(field('Start date'), '2020-01-06');
    await user.clear(field('End date'));
    await user.type(field('End date'), '2020-01-06');
    await user.clear(field('End time'));
    await user.type(field('End time'), '12:00');
    await user.click(screen.getByRole('button', { name: 'Book appointment' }));
    expect(await screen.findByText(MESSAGES.dateNotInFuture)).toBeInTheDocument();
    expect(field('Start date')).toHaveAccessibleDescription(MESSAGES.dateNotInFuture);
  });

  it("shows the server's clash above the form and keeps every input", async () => {
    await signInAs('raj');
    const booked = await upcomingBooked();
    const lead = await rajsLead();
    const { user, onClose } = renderDialog({
      mode: 'create',
      start: booked.appointment_date,
      end: booked.appointment_to,
    });
    await pickLead(user, lead);
    await user.click(field('Note'));
    await user.paste('Double booking?');
    await user.click(screen.getByRole('button', { name: 'Book appointment' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(MESSAGES.appointmentClash);
    expect(onClose).not.toHaveBeenCalled();
    expect(field('Note')).toHaveValue('Double booking?');
    expect(field('Start date')).toHaveValue(booked.appointment_date.slice(0, 10));
    expect(field('Start time')).toHaveValue(booked.appointment_date.slice(11));
    expect(screen.getByRole('combobox', { name: /lead/i })).toHaveValue(fullName(lead));
  });

  it('shows a lead the rep may no longer book under at the lead field', async () => {
    await signInAs('raj');
    const lead = await rajsLead();
    const { user, onClose } = renderDialog({
      mode: 'create',
      start: `${FAR_DAY} 16:00`,
      end: `${FAR_DAY} 16:30`,
    });
    await pickLead(user, lead);
    // Meanwhile a manager hands the lead to another rep.
    api()
      .db.prepare(
        "UPDATE leads SET owner_id = (SELECT id FROM users WHERE username = 'sara'), assignee_id = NULL WHERE slug = ?",
      )
      .run(lead.slug);
    await user.click(screen.getByRole('button', { name: 'Book appointment' }));

    const picker = screen.getByRole('combobox', { name: /lead/i });
    await waitFor(() => expect(picker).toHaveAccessibleDescription(MESSAGES.cannotTakeAppointment));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('books a free slot with the times exactly as typed', async () => {
    await signInAs('raj');
    const lead = await rajsLead();
    const { user, onClose } = renderDialog({
      mode: 'create',
      start: `${FAR_DAY} 14:00`,
      end: `${FAR_DAY} 14:45`,
    });
    await pickLead(user, lead);
    await user.click(field('Status'));
    await user.click(screen.getByRole('option', { name: 'Confirmed' }));
    await user.click(field('Note'));
    await user.paste('Contract signing');
    await user.click(screen.getByRole('button', { name: 'Book appointment' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await screen.findByText('Appointment booked')).toBeInTheDocument();
    const saved = await rajsAppointments({ date_from: FAR_DAY, date_to: FAR_DAY });
    expect(saved).toEqual([
      expect.objectContaining({
        appointment_date: `${FAR_DAY} 14:00`,
        appointment_to: `${FAR_DAY} 14:45`,
        appointment_status: 'confirmed',
        appointment_note: 'Contract signing',
        lead: expect.objectContaining({ slug: lead.slug }),
      }),
    ]);
  });

  it('fixes the lead when booking from its page', async () => {
    await signInAs('raj');
    const booked = await upcomingBooked();
    renderDialog({ mode: 'create', leadSlug: booked.lead.slug });
    const picker = await screen.findByRole('combobox', { name: /lead/i });
    expect(picker).toHaveValue(`${booked.lead.first_name} ${booked.lead.last_name}`);
    expect(picker).toBeDisabled();
  });
});

describe('AppointmentDialog, edit', () => {
  it('links to the lead, saves a change, and deletes after confirmation with Undo', async () => {
    await signInAs('raj');
    const booked = await upcomingBooked();
    const { user, onClose } = renderDialog({ mode: 'edit', appointment: booked });
    expect(
      screen.getByRole('link', {
        name: `Open ${booked.lead.first_name} ${booked.lead.last_name}'s page`,
      }),
    ).toHaveAttribute('href', `/leads/${booked.lead.slug}`);

    await user.clear(field('Note'));
    await user.paste('Moved to the big room');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    const [changed] = await rajsAppointments({
      date_from: booked.appointment_date.slice(0, 10),
      date_to: booked.appointment_date.slice(0, 10),
    }).then((list) => list.filter((item) => item.id === booked.id));
    expect(changed?.appointment_note).toBe('Moved to the big room');
    expect(changed?.appointment_date).toBe(booked.appointment_date);

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete this appointment?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete appointment' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(2));
    const sameDay = {
      date_from: booked.appointment_date.slice(0, 10),
      date_to: booked.appointment_date.slice(0, 10),
    };
    // Not sent while Undo shows: Ctrl+Z keeps it (this harness keeps the dialog open, which
    // hides the snackbar's buttons from the accessibility tree); Escape ends the wait and sends.
    // The pointer on the snackbar holds it open (as MUI does), however slow the machine.
    await user.hover(await screen.findByText('Appointment deleted'));
    await user.keyboard('{Control>}z{/Control}');
    expect((await rajsAppointments(sameDay)).map((item) => item.id)).toContain(booked.id);
    // The first confirmation may still be fading out (it hides the page from assistive tech).
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Delete this appointment?' })).getByRole(
        'button',
        { name: 'Delete appointment' },
      ),
    );
    expect(await screen.findByText('Appointment deleted')).toBeVisible();
    await user.keyboard('{Escape}');
    await waitFor(async () =>
      expect((await rajsAppointments(sameDay)).map((item) => item.id)).not.toContain(booked.id),
    );
  });
});
