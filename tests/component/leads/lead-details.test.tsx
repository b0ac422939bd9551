import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  ENDPOINTS,
  LEAD_STATUS_PALETTE,
  leadDetailsSchema,
  MESSAGES,
  noteSchema,
} from '../../../src/contract';
import { apiGet, apiPost } from '../../../src/lib/http-client';
import { mswServer } from '../support/msw-server';
import { renderApp } from '../support/render-app';
import { signInAs, startReferenceApi } from '../support/reference-api';
import { createLead } from './support';

startReferenceApi();

const leadHeading = (lead: { first_name: string; last_name: string }) =>
  `${lead.first_name} ${lead.last_name}`;
const notesRegion = () => screen.findByRole('region', { name: 'Notes' });
const noteTexts = async () =>
  within(await screen.findByRole('list', { name: 'Notes' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');

describe('the lead details page', () => {
  it('shows the lead, its empty notes and appointments, and the owner’s actions', async () => {
    await signInAs('raj');
    const lead = await createLead({ first_name: 'Detailed', phone: '+15550001111' });
    renderApp(`/leads/${lead.slug}`);

    expect(
      await screen.findByRole('heading', { name: `Detailed ${lead.last_name}` }),
    ).toBeVisible();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByRole('link', { name: '+15550001111' })).toHaveAttribute(
      'href',
      'tel:+15550001111',
    );
    expect(within(details).getByText('Website')).toBeInTheDocument();
    expect(within(await notesRegion()).getByText(/No notes yet/)).toBeInTheDocument();
    expect(screen.getByText('No appointments with this lead.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      `/leads/${lead.slug}/edit`,
    );
    expect(screen.getByRole('button', { name: 'Delete' })).toBeInTheDocument();
  });

  it("wears its status in the API's own colour, as the overview's chart does", async () => {
    mswServer.use(
      http.get(`*/api/v1/${ENDPOINTS.overview}`, () =>
        HttpResponse.json({
          status_code: 200,
          errors: {},
          data: {
            LeadsData: {
              status: [{ status: 'potential', count: 1, Description: '', Color: '#AA00FF' }],
              source: [],
            },
            TotalLeads: 1,
            appointments: [],
          },
        }),
      ),
    );
    await signInAs('raj');
    const lead = await createLead({ status: 'potential' });
    const chipDot = () => screen.getByText('Potential').parentElement!.querySelector('svg');
    const { router } = renderApp(`/leads/${lead.slug}`);
    await screen.findByRole('heading', { name: leadHeading(lead) });
    // No overview seen yet: the contract's palette, without a request for it.
    expect(chipDot()).toHaveStyle({ color: LEAD_STATUS_PALETTE.potential.Color });

    // Once the overview has answered, its colours win everywhere.
    await act(() => router.navigate('/overview'));
    await screen.findByRole('heading', { name: 'Overview', level: 1 });
    await act(() => router.navigate(`/leads/${lead.slug}`));
    await screen.findByRole('heading', { name: leadHeading(lead) });
    await waitFor(() => expect(chipDot()).toHaveStyle({ color: '#AA00FF' }));
  });

  it('adds a note at the top of the list, newest first', async () => {
    await signInAs('raj');
    const lead = await createLead();
    await apiPost(ENDPOINTS.noteCreate, { slug: lead.slug, note: 'First call' }, noteSchema);
    const { user } = renderApp(`/leads/${lead.slug}`);

    const box = await screen.findByRole('textbox', { name: 'New note' });
    await user.type(box, 'Sent the quote');
    await user.click(screen.getByRole('button', { name: 'Add note' }));

    await waitFor(async () => expect(await noteTexts()).toHaveLength(2));
    const [newest, older] = await noteTexts();
    expect(newest).toMatch(/^Sent the quote/);
    expect(older).toMatch(/^First call/);
    expect(box).toHaveValue('');
    await waitFor(async () => expect((await noteTexts())[0]).toMatch(/raj ·/));
  });

  it('checks a note before sending it', async () => {
    await signInAs('raj');
    const lead = await createLead();
    const { user } = renderApp(`/leads/${lead.slug}`);
    await user.click(await screen.findByRole('button', { name: 'Add note' }));
    expect(await screen.findByText(MESSAGES.blank)).toBeInTheDocument();
  });

  it('takes a refused note back off the list and returns its text with the reason', async () => {
    await signInAs('raj');
    const lead = await createLead();
    mswServer.use(
      http.post('*/api/v1/leads/create/leadnote/', () =>
        HttpResponse.json(
          { status_code: 401, errors: { non_field_errors: [MESSAGES.cannotAddNote] }, data: {} },
          { status: 401 },
        ),
      ),
    );
    const { user } = renderApp(`/leads/${lead.slug}`);
    const box = await screen.findByRole('textbox', { name: 'New note' });
    await user.type(box, 'Will not stick');
    await user.click(screen.getByRole('button', { name: 'Add note' }));

    const region = await notesRegion();
    expect(await within(region).findByRole('alert')).toHaveTextContent(MESSAGES.cannotAddNote);
    expect(box).toHaveValue('Will not stick');
    expect(within(region).queryByRole('list', { name: 'Notes' })).not.toBeInTheDocument();
  });

  it('deletes a note at once with Undo: Undo sends nothing, Ctrl+Z too', async () => {
    await signInAs('raj');
    const lead = await createLead();
    await apiPost(ENDPOINTS.noteCreate, { slug: lead.slug, note: 'Keep me' }, noteSchema);
    const deletes: string[] = [];
    mswServer.events.on('request:start', ({ request }) => {
      if (request.url.includes('/delete/leadnote/')) deletes.push(request.url);
    });
    const { user } = renderApp(`/leads/${lead.slug}`);
    await waitFor(async () => expect(await noteTexts()).toHaveLength(1));

    await user.click(screen.getByRole('button', { name: /Delete note by raj/ }));
    expect(await screen.findByText('Note deleted')).toBeVisible();
    expect(within(await notesRegion()).getByText(/No notes yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect((await noteTexts())[0]).toMatch(/^Keep me/);

    await user.click(screen.getByRole('button', { name: /Delete note by raj/ }));
    await screen.findByRole('button', { name: 'Undo' });
    await user.keyboard('{Control>}z{/Control}');
    expect((await noteTexts())[0]).toMatch(/^Keep me/);
    expect(deletes).toEqual([]);
    mswServer.events.removeAllListeners();
  });

  it('sends the delete when the snackbar is dismissed, and puts the note back if refused', async () => {
    await signInAs('raj');
    const lead = await createLead();
    await apiPost(ENDPOINTS.noteCreate, { slug: lead.slug, note: 'Keep me' }, noteSchema);
    await apiPost(ENDPOINTS.noteCreate, { slug: lead.slug, note: 'Remove me' }, noteSchema);
    const { user } = renderApp(`/leads/${lead.slug}`);
    await waitFor(async () => expect(await noteTexts()).toHaveLength(2));

    mswServer.use(
      http.post('*/api/v1/leads/delete/leadnote/', () =>
        HttpResponse.json(
          { status_code: 401, errors: { non_field_errors: [MESSAGES.cannotDeleteNote] }, data: {} },
          { status: 401 },
        ),
      ),
    );
    const [removeButton] = screen.getAllByRole('button', { name: /Delete note by raj/ });
    await user.click(removeButton!);
    await waitFor(async () => expect(await noteTexts()).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(await screen.findByText(/The note was not deleted/)).toHaveTextContent(
      MESSAGES.cannotDeleteNote,
    );
    await waitFor(async () => expect(await noteTexts()).toHaveLength(2));

    mswServer.resetHandlers();
    await user.click(screen.getAllByRole('button', { name: /Delete note by raj/ })[0]!);
    await user.click(await screen.findByRole('button', { name: 'Dismiss' }));
    await waitFor(async () => expect(await noteTexts()).toHaveLength(1));
    expect((await noteTexts())[0]).toMatch(/^Keep me/);
    const saved = await apiGet(ENDPOINTS.leadDetails, { slug: lead.slug }, leadDetailsSchema);
    expect(saved.notes.map((note) => note.note)).toEqual(['Keep me']);
  });

  it('deletes the lead after confirmation, returns to the list, and Undo brings it back', async () => {
    await signInAs('raj');
    const lead = await createLead({ first_name: 'Doomed' });
    const { user, currentUrl } = renderApp(`/leads/${lead.slug}`);
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: `Delete Doomed ${lead.last_name}?` });
    await user.click(within(dialog).getByRole('button', { name: 'Delete lead' }));

    await waitFor(() => expect(currentUrl()).toBe('/leads'));
    // The pointer on the snackbar holds it open (as MUI does) while the list loads.
    await user.hover(await screen.findByText(`Doomed ${lead.last_name} was deleted`));
    // Doomed was raj's newest lead: once the first page is in, it must not be on it.
    await screen.findByText(/^1–25 of \d+$/);
    expect(
      screen.queryByRole('link', { name: `Doomed ${lead.last_name}` }),
    ).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(
      await screen.findByRole('link', { name: `Doomed ${lead.last_name}` }),
    ).toBeInTheDocument();
    const kept = await apiGet(ENDPOINTS.leadDetails, { slug: lead.slug }, leadDetailsSchema);
    expect(kept.slug).toBe(lead.slug);
  });

  it('says when a lead does not exist', async () => {
    await signInAs('raj');
    const { user, currentUrl } = renderApp('/leads/no-such-lead');
    expect(await screen.findByRole('heading', { name: 'Lead not found' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to leads' }));
    await waitFor(() => expect(currentUrl()).toBe('/leads'));
  });

  it('lets an assignee edit but not delete, and only delete their own notes', async () => {
    await signInAs('raj');
    const lead = await createLead({ first_name: 'Shared', assignee: 'sara' });
    await apiPost(ENDPOINTS.noteCreate, { slug: lead.slug, note: 'From raj' }, noteSchema);
    await signInAs('sara');
    await apiPost(ENDPOINTS.noteCreate, { slug: lead.slug, note: 'From sara' }, noteSchema);
    renderApp(`/leads/${lead.slug}`);

    expect(await screen.findByRole('link', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    await waitFor(async () => expect(await noteTexts()).toHaveLength(2));
    expect(screen.getAllByRole('button', { name: /Delete note by/ })).toHaveLength(1);
    expect(screen.getByRole('button', { name: /Delete note by sara/ })).toBeInTheDocument();
  });
});
