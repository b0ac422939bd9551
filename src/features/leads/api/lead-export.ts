/**
 * "Export CSV": every page of the current filter, not just the page on screen. Pages are
 * fetched one after another with the API's largest page (100) and the table's own filters and
 * order, then the file is built in the browser. The fetching (every-lead.ts) and the CSV writer
 * load with the first export.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { accountNow } from '../../../lib/clock';
import type { ExportProgress } from './every-lead';
import type { LeadFilterParams } from '../model/lead-list-params';
import { loadCode } from '../../../lib/load-code';

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
      const [{ download, fetchEveryLead }, { leadsCsvFileName, leadsToCsv }] = await Promise.all([
        loadCode(() => import('./every-lead')),
        loadCode(() => import('../model/leads-csv')),
      ]);
      const leads = await fetchEveryLead(filters, {
        signal: current.signal,
        onProgress: (progress) => setState({ phase: 'running', progress }),
      });
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
