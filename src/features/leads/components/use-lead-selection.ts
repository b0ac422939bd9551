import { useState } from 'react';
import type { Lead } from '../../../contract';
import {
  NO_SELECTION,
  selectedOnPage,
  toggleRow,
  togglePage,
  type LeadSelection,
} from '../model/lead-selection';

/**
 * The table's selection. It belongs to the view on screen: a new filter, sort, page or page size
 * (`viewKey`) starts from nothing, so an action never reaches rows the user can no longer see,
 * unless they chose "all matching", which names its count.
 */
export const useLeadSelection = (viewKey: string, rows: readonly Lead[], matching: number) => {
  const [state, setState] = useState<{ key: string; selection: LeadSelection }>({
    key: viewKey,
    selection: NO_SELECTION,
  });
  const selection = state.key === viewKey ? state.selection : NO_SELECTION;
  const set = (next: LeadSelection) => setState({ key: viewKey, selection: next });
  const page = rows.map((lead) => lead.slug);
  const onPage = selectedOnPage(selection, page);

  return {
    selection,
    /** The selected leads of this page, as the list last answered them. */
    selectedRows: rows.filter((lead) => onPage.includes(lead.slug)),
    count: selection.kind === 'matching' ? matching : onPage.length,
    matching,
    allOnPage: page.length > 0 && onPage.length === page.length,
    someOnPage: onPage.length > 0 && onPage.length < page.length,
    toggleRow: (slug: string, range: boolean) => set(toggleRow(selection, page, slug, range)),
    togglePage: () => set(togglePage(selection, page)),
    selectMatching: () => set({ kind: 'matching' }),
    clear: () => set(NO_SELECTION),
  };
};

export type LeadSelectionControls = ReturnType<typeof useLeadSelection>;
