import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mswServer } from '../support/msw-server';
import { renderApp } from '../support/render-app';
import { signInAs, startReferenceApi } from '../support/reference-api';
import { parseCsv } from '../../unit/leads/parse-csv';

startReferenceApi();

const table = () => screen.findByRole('grid', { name: 'Leads' });
const dataRows = async () => (await within(await table()).findAllByRole('row')).slice(1);
/** The text of one column on the page shown, found by its header as a person would. */
const columnValues = async (header: string) => {
  const headers = within(await table()).getAllByRole('columnheader');
  const index = headers.findIndex((cell) => cell.textContent === header);
  expect(index).toBeGreaterThanOrEqual(0);
  return (await dataRows()).map((row) => within(row).getAllByRole('gridcell')[index]!.textContent);
};
const total = async () =>
  Number((await screen.findByText(/^1–\d+ of \d+$/)).textContent!.split(' of ')[1]);

beforeEach(() => localStorage.clear());

describe('the owner filter', () => {
  it('narrows a manager’s list to one owner and writes it to the address', async () => {
    await signInAs('maya');
    const { user, currentUrl } = renderApp('/leads');
    await table();
    const everyone = await total();

    await user.click(screen.getByRole('combobox', { name: 'Owner' }));
    await user.click(await screen.findByRole('option', { name: /\(raj\)$/ }));
    await waitFor(() => expect(currentUrl()).toBe('/leads?owner=raj'));
    await waitFor(async () =>
      expect(new Set(await columnValues('Owner'))).toEqual(new Set(['raj'])),
    );
    expect(await total()).toBeLessThan(everyone);
  });

  it('reproduces the view from a link with an owner', async () => {
    await signInAs('maya');
    renderApp('/leads?owner=sara&status=contact');
    await waitFor(async () =>
      expect(new Set(await columnValues('Owner'))).toEqual(new Set(['sara'])),
    );
    expect(new Set(await columnValues('Status'))).toEqual(new Set(['Contact']));
    expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveTextContent(/\(sara\)$/);
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeInTheDocument();
  });

  it('becomes a username box when the server has no users list', async () => {
    await signInAs('maya');
    mswServer.use(http.get('*/api/v1/user/list/', () => new HttpResponse(null, { status: 404 })));
    const { user, currentUrl } = renderApp('/leads');
    const box = await screen.findByRole('textbox', { name: 'Owner' });
    await user.type(box, 'sara{Enter}');
    await waitFor(() => expect(currentUrl()).toBe('/leads?owner=sara'));
    await waitFor(async () =>
      expect(new Set(await columnValues('Owner'))).toEqual(new Set(['sara'])),
    );
  });
});

describe('the column chooser', () => {
  it('hides a column and remembers it in this browser, not in the address', async () => {
    await signInAs('raj');
    const first = renderApp('/leads');
    const grid = await table();
    expect(screen.getByRole('columnheader', { name: 'Phone' })).toBeInTheDocument();
    // Search and export live above the grid and use the server: none of the grid's own.
    expect(within(grid).queryByRole('searchbox')).not.toBeInTheDocument();
    expect(within(grid).queryByRole('button', { name: /export/i })).not.toBeInTheDocument();

    await first.user.click(screen.getByRole('button', { name: 'Columns' }));
    await first.user.click(await screen.findByRole('checkbox', { name: 'Phone' }));
    await waitFor(() =>
      expect(screen.queryByRole('columnheader', { name: 'Phone' })).not.toBeInTheDocument(),
    );
    expect(first.currentUrl()).toBe('/leads');
    first.unmount();

    renderApp('/leads');
    await table();
    expect(await screen.findByRole('columnheader', { name: 'Email' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Phone' })).not.toBeInTheDocument();
  });
});

describe('export to CSV', () => {
  const files: Blob[] = [];
  beforeEach(() => {
    files.length = 0;
    URL.createObjectURL = vi.fn((file: Blob | MediaSource) => {
      files.push(file as Blob);
      return 'blob:leads';
    });
    URL.revokeObjectURL = vi.fn();
    // jsdom cannot follow a download link; the file itself is what the test reads.
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  const exportedRows = async () => {
    await waitFor(() => expect(files).toHaveLength(1));
    const [file] = files.splice(0);
    const [header, ...rows] = parseCsv((await file!.text()).replace(/^\uFEFF/, ''));
    expect(header!.slice(0, 2)).toEqual(['First name', 'Last name']);
    return rows;
  };

  it('exports every page of the filtered list, not just the page on screen', async () => {
    await signInAs('maya');
    const { user } = renderApp('/leads?status=prospect');
    await waitFor(async () => expect(await columnValues('Status')).not.toHaveLength(0));
    const prospects = await total();

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const rows = await exportedRows();
    expect(rows).toHaveLength(prospects);
    const statusColumn = 4;
    expect(new Set(rows.map((row) => row[statusColumn]))).toEqual(new Set(['Prospect']));
    expect(
      await screen.findByText(
        new RegExp(`^Exported ${prospects} leads to leads-\\d{4}-\\d\\d-\\d\\d\\.csv$`),
      ),
    ).toBeInTheDocument();
  });

  it('fetches page after page when the list is longer than the largest page', async () => {
    await signInAs('maya');
    const { user } = renderApp('/leads');
    await dataRows();
    const everyone = await total();
    expect(everyone).toBeGreaterThan(200);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const rows = await exportedRows();
    expect(rows).toHaveLength(everyone);
    expect(new Set(rows.map((row) => row.at(-1))).size).toBe(everyone);
  });

  it('says why an export failed and offers to try again', async () => {
    await signInAs('raj');
    const { user } = renderApp('/leads');
    await dataRows();
    mswServer.use(
      http.get('*/api/v1/leads/list/', () => new HttpResponse('down', { status: 503 })),
    );
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText(/Export failed: .*unavailable/i)).toBeInTheDocument();
    expect(files).toHaveLength(0);

    mswServer.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await exportedRows()).toHaveLength(await total());
  });
});
