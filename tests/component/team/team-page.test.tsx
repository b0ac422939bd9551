import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINTS, leadSchema, paginatedSchema } from '../../../src/contract';
import { apiGet } from '../../../src/lib/http-client';
import { signInAs, startReferenceApi } from '../support/reference-api';
import { renderApp } from '../support/render-app';

startReferenceApi();
beforeAll(() =>
  Promise.all([
    import('../../../src/app/pages/team-page'),
    import('../../../src/app/pages/leads-page'),
  ]),
);

const countOf = async (params: Record<string, string>) =>
  (await apiGet(ENDPOINTS.leadList, { ...params, limit: 1 }, paginatedSchema(leadSchema))).count;

describe('the team view', () => {
  it('shows each rep’s leads by status as links to the filtered table', async () => {
    await signInAs('maya');
    const rajProspects = await countOf({ owner: 'raj', status: 'prospect' });
    const rajAll = await countOf({ owner: 'raj' });
    const { user, currentUrl } = renderApp('/team');
    const table = await screen.findByRole('table', { name: 'Leads and appointments by rep' });
    const prospects = await within(table).findByRole('link', {
      name: `Raj Kumar (raj), Prospect: ${rajProspects}`,
    });
    expect(
      await within(table).findByRole('link', { name: `Raj Kumar (raj), all leads: ${rajAll}` }),
    ).toHaveAttribute('href', '/leads?owner=raj');
    expect(
      await within(table).findByRole('link', {
        name: /^Raj Kumar \(raj\), appointments this week: \d+$/,
      }),
    ).toHaveAttribute('href', '/calendar?view=timeGridWeek&date=2026-11-16');
    await user.click(prospects);
    await expect.poll(currentUrl).toBe('/leads?owner=raj&status=prospect');
  });

  it.each([
    ['maya', true],
    ['raj', false],
  ])('is in %s’s navigation: %s', async (username, shown) => {
    await signInAs(username);
    const { user } = renderApp('/team');
    await user.click(await screen.findByRole('button', { name: 'Open navigation' }));
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(Boolean(within(nav).queryByRole('link', { name: 'Team' }))).toBe(shown);
  });
});
