/**
 * "Export CSV": every page of the current filter, not just the page on screen. Pages are
 * fetched one after another with the API's largest page (100) and the table's own filters and
 * order, then the file is built in the browser.
 *
 * If leads are added while exporting, offset paging can shift a row onto the next page;
 * rows are kept once by slug, so the file never holds a lead twice.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ENDPOINTS, leadSchema, paginatedSchema, type Lead } from '../../../contract';
import { everyPage } from '../../../lib/every-page';
import { apiGet } from '../../../lib/http-client';
import { accountNow } from '../../../lib/clock';
import type { LeadFilterParams } from '../model/lead-list-params';

const leadPageSchema = paginatedSchema(leadSchema);

export type ExportProgress = { done: number; total: number | null };

export const fetchEveryLead = async (
  filters: LeadFilterParams,
  { signal, onProgress }: { signal: AbortSignal; onProgress: (progress: ExportProgress) => void },
): Promise<Lead[]> => {
  const bySlug = new Map<string, Lead>();
  const pages = everyPage((window) =>
    apiGet(ENDPOINTS.leadList, { ...filters, ...window }, leadPageSchema, { signal }),
  );
  for await (const page of pages) {
    page.results.forEach((lead) => bySlug.set(lead.slug, lead));
    onProgress({ done: bySlug.size, total: page.count });
  }
  return [...bySlug.values()];
};

/** Hands the text to the browser as a download. A BOM lets Excel read the text as UTF-8. */
export const download = (csv: string, fileName: string) => {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

export type LeadExportState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ExportProgress }
  | { phase: 'done'; count: number; fileName: string }
  | { phase: 'failed'; message: string };

export const useLeadExport = () => {
  const [state, setState] = useState<LeadExportState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  // Leaving the page stops the export: no download arrives on another page.
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (filters: LeadFilterParams) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState({ phase: 'running', progress: { done: 0, total: null } });
    try {
      // The CSV writer loads with the first export, not with the table.
      const [leads, { leadsCsvFileName, leadsToCsv }] = await Promise.all([
        fetchEveryLead(filters, {
          signal: current.signal,
          onProgress: (progress) => setState({ phase: 'running', progress }),
        }),
        import('../model/leads-csv'),
      ]);
      if (current.signal.aborted) return;
      const fileName = leadsCsvFileName(accountNow());
      download(leadsToCsv(leads), fileName);
      setState({ phase: 'done', count: leads.length, fileName });
    } catch (error) {
      if (current.signal.aborted) return;
      setState({
        phase: 'failed',
        message: error instanceof Error ? error.message : 'The export failed.',
      });
    }
  }, []);

  const cancel = useCallback(() => {
    controller.current?.abort();
    setState({ phase: 'idle' });
  }, []);

  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, start, cancel, dismiss };
};
