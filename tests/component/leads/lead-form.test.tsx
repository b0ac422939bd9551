import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS, MESSAGES } from '../../../src/contract';
import { mswServer } from '../support/msw-server';
import { renderApp } from '../support/render-app';
import { signInAs, startReferenceApi } from '../support/reference-api';
import { createLead } from './support';

startReferenceApi();

type User = ReturnType<typeof renderApp>['user'];

const fillContact = async (user: User, email: string) => {
  await user.type(await screen.findByRole('textbox', { name: /First name/ }), 'Ada');
  await user.type(screen.getByRole('textbox', { name: /Last name/ }), 'Lovelace');
  await user.type(screen.getByRole('textbox', { name: /Email/ }), email);
  await user.type(screen.getByRole('textbox', { name: /Phone/ }), '+442071234567');
};

const choose = async (user: User, field: string, option: string) => {
  await user.click(screen.getByRole('combobox', { name: field }));
  await user.click(await screen.findByRole('option', { name: option }));
};

describe('creating a lead', () => {
  it('checks the fields with the API’s rules before sending anything', async () => {
    await signInAs('raj');
    const { user } = renderApp('/leads/new');
    await user.click(await screen.findByRole('button', { name: 'Create lead' }));

    expect(await screen.findAllByText(MESSAGES.blank)).toHaveLength(4);
    await user.type(screen.getByRole('textbox', { name: /Email/ }), 'not-an-email');
    await user.type(screen.getByRole('textbox', { name: /Phone/ }), '12ab');
    await user.click(screen.getByRole('button', { name: 'Create lead' }));
    expect(await screen.findByText(MESSAGES.invalidEmail)).toBeInTheDocument();
    expect(screen.getByText(MESSAGES.invalidPhone)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Email/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('creates the lead with its pipeline fields and opens its page', async () => {
    await signInAs('raj');
    const { user, currentUrl } = renderApp('/leads/new');
    await fillContact(user, 'ada.create@example.com');
    await choose(user, 'Status', 'Potential');
    await choose(user, 'Source', 'Referral');
    await choose(user, 'Assignee', 'Sara Lindqvist (sara)');
    await user.type(screen.getByRole('textbox', { name: 'Location' }), 'London');
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Wants a demo.');
    await user.click(screen.getByRole('button', { name: 'Create lead' }));

    expect(await screen.findByRole('heading', { name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(currentUrl()).toMatch(/^\/leads\/[\w-]+$/);
    expect(await screen.findByText('Lead created')).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByRole('link', { name: 'ada.create@example.com' })).toHaveAttribute(
      'href',
      'mailto:ada.create@example.com',
    );
    expect(within(details).getByText('Referral')).toBeInTheDocument();
    expect(within(details).getByText('sara')).toBeInTheDocument();
    expect(within(details).getByText('London')).toBeInTheDocument();
    expect(within(details).getByText('Wants a demo.')).toBeInTheDocument();
    expect(screen.getByText('Potential')).toBeInTheDocument();
  });

  it('shows what the server refused beside its field and above the form, keeping the input', async () => {
    await signInAs('raj');
    mswServer.use(
      http.post('*/api/v1/leads/create/lead/', () =>
        HttpResponse.json(
          {
            status_code: 400,
            errors: { email: 'This email is already a lead.', campaign: ['Campaign closed.'] },
            data: {},
          },
          { status: 400 },
        ),
      ),
    );
    const { user, currentUrl } = renderApp('/leads/new');
    await fillContact(user, 'taken@example.com');
    await user.click(screen.getByRole('button', { name: 'Create lead' }));

    expect(await screen.findByText('This email is already a lead.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Campaign closed.');
    expect(screen.getByRole('textbox', { name: /Email/ })).toHaveValue('taken@example.com');
    expect(screen.getByRole('textbox', { name: /First name/ })).toHaveValue('Ada');
    expect(currentUrl()).toBe('/leads/new');
  });

  it('keeps the form when the server is down, and sends it again on the next try', async () => {
    await signInAs('raj');
    mswServer.use(
      http.post('*/api/v1/leads/create/lead/', () => new HttpResponse('<html>', { status: 503 })),
    );
    const { user } = renderApp('/leads/new');
    await fillContact(user, 'ada.retry@example.com');
    await user.click(screen.getByRole('button', { name: 'Create lead' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/server is unavailable/i);
    expect(screen.getByRole('textbox', { name: /Last name/ })).toHaveValue('Lovelace');

    mswServer.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Create lead' }));
    expect(await screen.findByRole('heading', { name: 'Ada Lovelace' })).toBeInTheDocument();
  });

  it('asks before throwing away a half-typed lead', async () => {
    await signInAs('raj');
    const { user, currentUrl } = renderApp('/leads/new');
    await user.type(await screen.findByRole('textbox', { name: /First name/ }), 'Half');
    await user.click(screen.getByRole('link', { name: 'Leads' }));

    const dialog = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(await screen.findByRole('textbox', { name: /First name/ })).toHaveValue('Half');
    expect(currentUrl()).toBe('/leads/new');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(await screen.findByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(currentUrl()).toBe('/leads'));
  });
});

describe('editing a lead', () => {
  it('starts from the saved lead and saves every field', async () => {
    await signInAs('raj');
    const lead = await createLead({ first_name: 'Editable', status: 'contact', assignee: 'sara' });
    const { user, currentUrl } = renderApp(`/leads/${lead.slug}/edit`);

    const first = await screen.findByRole('textbox', { name: /First name/ });
    expect(first).toHaveValue('Editable');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveTextContent('Contact');
    expect(screen.getByRole('combobox', { name: 'Assignee' })).toHaveTextContent(/sara/);

    await user.clear(first);
    await user.type(first, 'Edited');
    await choose(user, 'Status', 'Customer');
    await choose(user, 'Assignee', 'Unassigned');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(
      await screen.findByRole('heading', { name: `Edited ${lead.last_name}` }),
    ).toBeInTheDocument();
    expect(currentUrl()).toBe(`/leads/${lead.slug}`);
    expect(screen.getByText('Changes saved')).toBeInTheDocument();
    expect(screen.getByText('Customer')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Details' })).getByText('Unassigned'),
    ).toBeInTheDocument();
  });

  it('shows the server’s refusal above the form', async () => {
    await signInAs('raj');
    const lead = await createLead();
    mswServer.use(
      http.post('*/api/v1/leads/update/lead/', () =>
        HttpResponse.json(
          { status_code: 401, errors: { non_field_errors: [MESSAGES.notLeadOwner] }, data: {} },
          { status: 401 },
        ),
      ),
    );
    const { user } = renderApp(`/leads/${lead.slug}/edit`);
    await user.type(await screen.findByRole('textbox', { name: 'Location' }), 'Paris');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(MESSAGES.notLeadOwner);
    expect(screen.getByRole('textbox', { name: 'Location' })).toHaveValue('Paris');
  });
});

describe('a lead whose status and source the dashboard does not know', () => {
  it('shows them as the server sent them and writes them back unchanged', async () => {
    await signInAs('raj');
    const lead = { ...(await createLead()), status: 'won', source: 'trade_fair' };
    const sent: Record<string, string>[] = [];
    mswServer.use(
      http.get(`*/api/v1/${ENDPOINTS.leadDetails}`, () =>
        HttpResponse.json({
          status_code: 200,
          errors: {},
          data: { ...lead, notes: [], appointments: [] },
        }),
      ),
      http.post(`*/api/v1/${ENDPOINTS.leadUpdate}`, async ({ request }) => {
        const fields = Object.fromEntries((await request.formData()).entries());
        sent.push(fields as Record<string, string>);
        return HttpResponse.json({ status_code: 200, errors: {}, data: { ...lead, ...fields } });
      }),
    );
    const { user } = renderApp(`/leads/${lead.slug}/edit`);

    const location = await screen.findByRole('textbox', { name: 'Location' });
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveTextContent('won');
    expect(screen.getByRole('combobox', { name: 'Source' })).toHaveTextContent('trade_fair');
    await user.type(location, 'Lyon');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Changes saved')).toBeInTheDocument();
    expect(sent).toEqual([
      expect.objectContaining({ slug: lead.slug, status: 'won', source: 'trade_fair' }),
    ]);
    expect(screen.getByText('won')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Details' })).getByText('trade_fair'),
    ).toBeInTheDocument();
  });

  it('still offers only the known values besides the lead’s own', async () => {
    await signInAs('raj');
    const lead = { ...(await createLead()), status: 'won' };
    mswServer.use(
      http.get(`*/api/v1/${ENDPOINTS.leadDetails}`, () =>
        HttpResponse.json({
          status_code: 200,
          errors: {},
          data: { ...lead, notes: [], appointments: [] },
        }),
      ),
    );
    const { user } = renderApp(`/leads/${lead.slug}/edit`);
    await user.click(await screen.findByRole('combobox', { name: 'Status' }));
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Prospect',
      'Tentative',
      'Potential',
      'Closed',
      'Contact',
      'Customer',
      'won',
    ]);
  });
});
