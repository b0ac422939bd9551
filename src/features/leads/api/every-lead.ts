/**
 * Fetching every lead of a filter, page after page, and handing a file to the browser: the
 * export's and the bulk actions' work, loaded with the first export or bulk action, not with
 * the table (lead-export.ts keeps only the export's state).
 *
 * If leads are added while exporting, offset paging can shift a row onto the next page;
 * rows are kept once by slug, so the file never holds a lead twice.
 */
import { ENDPOINTS, leadSchema, paginatedSchema, type Lead } from '../../../contract';
import { everyPage } from '../../../lib/every-page';
import { apiGet } from '../../../lib/http-client';
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
