import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ENDPOINTS,
  leadDetailsSchema,
  leadSchema,
  paginatedSchema,
  type Lead,
} from '../../../src/contract';
import { apiGet, apiPost } from '../../../src/lib/http-client';
import { renderApp } from '../support/render-app';
import { signInAs, startReferenceApi } from '../support/reference-api';
import { createLead } from './support';

startReferenceApi();

const leadsNamed = async (lastName: string): Promise<Lead[]> =>
  (await apiGet(ENDPOINTS.leadList, { search: lastName, limit: 100 }, paginatedSchema(leadSchema)))
    .results;

/** Named BulkA, BulkB…: letters sort as numbers do not, so the table's order is the name's. */
const createLeads = (lastName: string, count: number) =>
  Promise.all(
    Array.from({ length: count }, (_, index) =>
      createLead({ first_name: `Bulk${'ABCDEFGHIJKL'[index]}`, last_name: lastName }),
    ),
  );

const checkbox = (name: string) => screen.getByRole('checkbox', { name: `Select ${name}` });
/** The toolbar loads on the first selection, so it is waited for. */
const selectedCount = async () =>
  within(await screen.findByRole('region', { name: 'Bulk actions' })).getByRole('status');

describe('bulk actions on the lead table', () => {
  it('selects one row, a range with Shift, and toggles with Space', async () => {
    await signInAs('raj');
    await createLeads('Selectrange', 5);
    const { user } = renderApp('/leads?q=Selectrange&sort=first_name');
    await screen.findByRole('checkbox', { name: 'Select BulkA Selectrange' });

    await user.click(checkbox('BulkA Selectrange'));
    expect(await selectedCount()).toHaveTextContent('1 selected');
    await user.keyboard('{Shift>}');
    await user.click(checkbox('BulkD Selectrange'));
    await user.keyboard('{/Shift}');
    expect(await selectedCount()).toHaveTextContent('4 selected');
    expect(checkbox('BulkB Selectrange')).toBeChecked();
    expect(checkbox('BulkC Selectrange')).toBeChecked();
    expect(checkbox('BulkE Selectrange')).not.toBeChecked();
    // The grid's rows say which are selected, as a screen reader announces them.
    const row = (name: string) => screen.getByRole('row', { name: new RegExp(name) });
    expect(row('BulkC Selectrange')).toHaveAttribute('aria-selected', 'true');
    expect(row('BulkE Selectrange')).toHaveAttribute('aria-selected', 'false');

    checkbox('BulkE Selectrange').focus();
    await user.keyboard(' ');
    expect(checkbox('BulkE Selectrange')).toBeChecked();
    expect(await selectedCount()).toHaveTextContent('5 selected');
  });

  it('selects the page, then every lead that matches the filters across pages', async () => {
    await signInAs('raj');
    await createLeads('Selectmany', 12);
    const { user } = renderApp('/leads?q=Selectmany&sort=first_name&size=10');
    const pageBox = await screen.findByRole('checkbox', { name: 'Select all on this page' });
    await screen.findByRole('checkbox', { name: 'Select BulkA Selectmany' });

    await user.click(pageBox);
    expect(await selectedCount()).toHaveTextContent('10 selected');
    expect(checkbox('BulkJ Selectmany')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Select all 12 matching leads' }));
    expect(await selectedCount()).toHaveTextContent('12 selected (all that match the filters)');

    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(
      await screen.findByRole('dialog', {
        name: 'Export all 12 leads that match the filters to CSV?',
      }),
    ).toBeInTheDocument();
  });

  it('changes the status, names the lead that failed with the server’s message, and undoes', async () => {
    await signInAs('raj');
    const [first, , gone] = await createLeads('Statusfail', 3);
    const { user } = renderApp('/leads?q=Statusfail&sort=first_name');
    await screen.findByRole('checkbox', { name: 'Select BulkA Statusfail' });
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    // Someone else deletes one of them behind the table's back.
    await apiPost(ENDPOINTS.leadDelete, { slug: gone!.slug }, z.unknown());

    await user.click(screen.getByRole('button', { name: 'Change status' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the status of 3 leads?' });
    await user.click(within(dialog).getByRole('combobox', { name: 'New status' }));
    await user.click(await screen.findByRole('option', { name: 'Customer' }));
    await user.click(within(dialog).getByRole('button', { name: 'Change status' }));

    const summary = await screen.findByRole('dialog', { name: '2 updated, 1 failed' });
    const failures = within(
      within(summary).getByRole('list', { name: 'Failed leads' }),
    ).getAllByRole('listitem');
    expect(failures.map((item) => item.textContent)).toEqual([
      'BulkC Statusfail: Requested lead does not esixt.',
    ]);
    const details = await apiGet(ENDPOINTS.leadDetails, { slug: first!.slug }, leadDetailsSchema);
    expect(details.status).toBe('customer');

    await user.click(within(summary).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('2 restored')).toBeInTheDocument();
    await waitFor(async () =>
      expect((await leadsNamed('Statusfail')).map((lead) => lead.status)).toEqual([
        'prospect',
        'prospect',
      ]),
    );
  });
});
