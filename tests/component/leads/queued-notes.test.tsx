/**
 * Notes written with no network, on the lead's page against the in-process server: a delete (when
 * its Undo window closes) and an add wait in the write queue, counted in the app bar, and reach the
 * server when the browser is online again; one the server refuses is listed under "Couldn't sync"
 * with its message and the rep's text, to correct and retry or to discard.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ENDPOINTS, leadDetailsSchema, MESSAGES, noteSchema } from '../../../src/contract';
import { apiGet, apiPost } from '../../../src/lib/http-client';
import { setBrowserOffline } from '../support/browser-network';
import { mswServer } from '../support/msw-server';
import { pendingListSettled } from '../support/pending-writes';
import { renderApp } from '../support/render-app';
import { signInAs, startReferenceApi } from '../support/reference-api';
import { createLead } from './support';

startReferenceApi();
afterEach(() => vi.restoreAllMocks());

const serverNotes = async (slug: string) =>
  (await apiGet(ENDPOINTS.leadDetails, { slug }, leadDetailsSchema)).notes.map((n) => n.note);

const addNote = async (user: ReturnType<typeof userEvent.setup>, text: string) => {
  await user.type(await screen.findByRole('textbox', { name: 'New note' }), text);
  await user.click(screen.getByRole('button', { name: 'Add note' }));
};

/** A new lead's page, the network gone, and `text` added as a note. */
const noteOffline = async (text: string) => {
  const user = userEvent.setup();
  await signInAs('raj');
  const lead = await createLead();
  renderApp(`/leads/${lead.slug}`);
  await screen.findByRole('textbox', { name: 'New note' });
  act(() => setBrowserOffline(true));
  await addNote(user, text);
  return { user, lead };
};

describe('notes written offline', () => {
  it('delete when the Undo window closes and add later, both sent when the network returns', async () => {
    const user = userEvent.setup();
    await signInAs('raj');
    const lead = await createLead();
    await apiPost(ENDPOINTS.noteCreate, { slug: lead.slug, note: 'Old news' }, noteSchema);
    renderApp(`/leads/${lead.slug}`);
    const notes = await screen.findByRole('list', { name: 'Notes' });
    await within(notes).findByText('Old news');

    act(() => setBrowserOffline(true));
    await user.click(within(notes).getByRole('button', { name: /^Delete note by raj/ }));
    await user.click(await screen.findByRole('button', { name: 'Dismiss' }));
    await addNote(user, 'Fresh news');
    expect(await screen.findByRole('button', { name: '2 pending' })).toBeVisible();
    const shown = within(screen.getByRole('list', { name: 'Notes' })).getAllByRole('listitem');
    expect(shown.map((item) => item.textContent)).toEqual(['Fresh newsPending']);
    expect(await serverNotes(lead.slug)).toEqual(['Old news']);

    act(() => setBrowserOffline(false));
    await waitFor(() => expect(screen.queryByRole('button', { name: /pending/ })).toBeNull());
    expect(await serverNotes(lead.slug)).toEqual(['Fresh news']);
    await within(screen.getByRole('list', { name: 'Notes' })).findByText(/^raj · /);
  });

  it('lists a refused note under Couldn’t sync with the server’s message; Discard drops it', async () => {
    const { user, lead } = await noteOffline('Too late');
    expect(await screen.findByRole('button', { name: '1 pending' })).toBeVisible();
    await apiPost(ENDPOINTS.leadDelete, { slug: lead.slug }, z.unknown());

    act(() => setBrowserOffline(false));
    await user.click(await screen.findByRole('button', { name: "1 couldn't sync" }));
    const dialog = await screen.findByRole('dialog', { name: 'Changes not on the server yet' });
    const refused = within(dialog).getByRole('list', { name: "Couldn't sync" });
    expect(within(refused).getByRole('alert')).toHaveTextContent(MESSAGES.leadAlreadyDeleted);
    expect(within(refused).getByRole('textbox', { name: 'Note' })).toHaveValue('Too late');
    await user.click(within(refused).getByRole('button', { name: 'Discard' }));
    // The list stays open as it empties (the page behind it is hidden from queries meanwhile).
    await waitFor(() => expect(pendingListSettled(dialog)).toBe(true));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByRole('button', { name: /sync|pending/ })).toBeNull();
  });

  it('sends a refused note again with the text the rep corrected', async () => {
    const { user, lead } = await noteOffline('Rude words');
    mswServer.use(
      http.post(
        `*/api/v1/${ENDPOINTS.noteCreate}`,
        () =>
          HttpResponse.json(
            { status_code: 400, errors: { note: ['Keep it polite.'] }, data: {} },
            { status: 400 },
          ),
        { once: true },
      ),
    );
    act(() => setBrowserOffline(false));

    await user.click(await screen.findByRole('button', { name: "1 couldn't sync" }));
    const dialog = await screen.findByRole('dialog', { name: 'Changes not on the server yet' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Keep it polite.');
    const text = within(dialog).getByRole('textbox', { name: 'Note' });
    await user.clear(text);
    await user.type(text, 'Kind words');
    await user.click(within(dialog).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(pendingListSettled(dialog)).toBe(true));
    expect(await serverNotes(lead.slug)).toEqual(['Kind words']);
  });
});
