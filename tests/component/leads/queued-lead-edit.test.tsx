/**
 * A lead edited with no network, against the in-process server: the edit waits in the write
 * queue; on reconnect it is sent over what the server has now, unless a field the rep changed
 * was changed on the server too: then both versions are shown field by field to choose from.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENDPOINTS, leadDetailsSchema, leadSchema, type Lead } from '../../../src/contract';
import { apiGet, apiPost } from '../../../src/lib/http-client';
import { setBrowserOffline } from '../support/browser-network';
import { pendingListSettled } from '../support/pending-writes';
import { renderApp } from '../support/render-app';
import { signInAs, startReferenceApi } from '../support/reference-api';
import { createLead } from './support';

startReferenceApi();
afterEach(() => vi.restoreAllMocks());

/** Another user's edit on the server meanwhile. */
const changeOnServer = (lead: Lead, fields: Partial<Lead>) =>
  apiPost(
    ENDPOINTS.leadUpdate,
    {
      slug: lead.slug,
      first_name: lead.first_name,
      last_name: lead.last_name,
      email: lead.email,
      phone: lead.phone,
      status: lead.status,
      source: lead.source,
      location: lead.location,
      ...fields,
    },
    leadSchema,
  );

const serverLead = (slug: string) => apiGet(ENDPOINTS.leadDetails, { slug }, leadDetailsSchema);

const editOffline = async (lead: Lead) => {
  const { user } = renderApp(`/leads/${lead.slug}/edit`);
  const first = await screen.findByRole('textbox', { name: /First name/ });
  act(() => setBrowserOffline(true));
  await user.clear(first);
  await user.type(first, 'Ulysses');
  const location = screen.getByRole('textbox', { name: 'Location' });
  await user.clear(location);
  await user.type(location, 'Troy');
  await user.click(screen.getByRole('button', { name: 'Save changes' }));
  expect(await screen.findByRole('button', { name: '1 pending' })).toBeVisible();
  return user;
};

describe('a lead edited offline', () => {
  it('is sent on reconnect over the server’s lead when nobody changed the same fields', async () => {
    await signInAs('raj');
    const lead = await createLead({ first_name: 'Odysseus', location: 'Ithaca' });
    await editOffline(lead);
    await changeOnServer(lead, { phone: '+14155550999' });

    act(() => setBrowserOffline(false));
    await waitFor(() => expect(screen.queryByRole('button', { name: /pending|sync/ })).toBeNull());
    expect(await serverLead(lead.slug)).toMatchObject({
      first_name: 'Ulysses',
      location: 'Troy',
      phone: '+14155550999',
    });
  });

  it('shows both versions of a field changed on the server too, and sends the rep’s choice', async () => {
    await signInAs('raj');
    const lead = await createLead({ first_name: 'Odysseus', location: 'Ithaca' });
    const user = await editOffline(lead);
    await changeOnServer(lead, { first_name: 'Nobody' });

    act(() => setBrowserOffline(false));
    await user.click(await screen.findByRole('button', { name: "1 couldn't sync" }));
    const dialog = await screen.findByRole('dialog', { name: 'Changes not on the server yet' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Changed on the server since you read it: choose what to keep.',
    );
    expect(await serverLead(lead.slug)).toMatchObject({ first_name: 'Nobody', location: 'Ithaca' });
    const firstName = within(dialog).getByRole('radiogroup', { name: 'First name' });
    expect(within(firstName).getByRole('radio', { name: 'Yours: Ulysses' })).toBeChecked();
    expect(within(dialog).queryByRole('radiogroup', { name: 'Location' })).toBeNull();
    await user.click(within(firstName).getByRole('radio', { name: 'On the server: Nobody' }));
    await user.click(within(dialog).getByRole('button', { name: 'Send with these' }));

    await waitFor(() => expect(pendingListSettled(dialog)).toBe(true));
    expect(await serverLead(lead.slug)).toMatchObject({ first_name: 'Nobody', location: 'Troy' });
  });
});
