/**
 * Booking from a lead's page: the calendar's dialog opens fixed to the lead, at the next free
 * half hour, and what is saved shows in the lead's appointments (real server, in process).
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';
import { signInAs, startReferenceApi } from '../support/reference-api';
import { createLead } from './support';

startReferenceApi();

const appointmentsRegion = () => screen.findByRole('region', { name: 'Appointments' });

describe('booking an appointment from the lead page', () => {
  it('books at the next free half hour for this lead, then edits it from the list', async () => {
    await signInAs('raj');
    const lead = await createLead({ first_name: 'Bookable', last_name: 'Tamsin' });
    const { user } = renderApp(`/leads/${lead.slug}`);
    const region = await appointmentsRegion();
    expect(within(region).getByText('No appointments with this lead.')).toBeInTheDocument();

    await user.click(within(region).getByRole('button', { name: 'Book appointment' }));
    const dialog = await screen.findByRole('dialog', { name: 'New appointment' });
    const picker = await within(dialog).findByRole('combobox', { name: /lead/i });
    expect(picker).toHaveValue('Bookable Tamsin');
    expect(picker).toBeDisabled();
    const start = within(dialog).getByLabelText<HTMLInputElement>('Start time');
    expect(start.value).toMatch(/^\d\d:(00|30)$/);
    expect(within(dialog).getByLabelText<HTMLInputElement>('End time').value).toMatch(
      /^\d\d:(00|30)$/,
    );

    await user.click(within(dialog).getByLabelText('Note'));
    await user.paste('Demo at their office');
    await user.click(within(dialog).getByRole('button', { name: 'Book appointment' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const item = await within(region).findByRole('button', { name: /Demo at their office/ });
    expect(item).toHaveTextContent(/Pending/);

    await user.click(item);
    const editing = await screen.findByRole('dialog', { name: 'Edit appointment' });
    const note = within(editing).getByLabelText('Note');
    expect(note).toHaveValue('Demo at their office');
    await user.clear(note);
    await user.paste('Demo moved online');
    await user.click(within(editing).getByRole('button', { name: 'Save' }));
    expect(
      await within(region).findByRole('button', { name: /Demo moved online/ }),
    ).toBeInTheDocument();
    expect(within(region).getAllByRole('listitem')).toHaveLength(1);
  });
});
