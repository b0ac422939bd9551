import { useState } from 'react';
import type { LeadFilterParams } from '../model/lead-list-params';
import type { LeadSelectionControls } from './use-lead-selection';
import { onDemandPart } from '../../../components/on-demand-part';

/** The toolbar, its dialogs and its writes load on the first selection, not with the table. */
const LeadBulkToolbar = onDemandPart(
  'The bulk actions',
  async () => (await import('./lead-bulk-toolbar')).LeadBulkToolbar,
);

type Props = { selection: LeadSelectionControls; filters: LeadFilterParams };

/** Stays mounted once a row was selected, so a running action outlives the selection it cleared. */
export const LeadBulkActions = ({ selection, filters }: Props) => {
  const [engaged, setEngaged] = useState(false);
  if (selection.count > 0 && !engaged) setEngaged(true);
  return engaged ? <LeadBulkToolbar selection={selection} filters={filters} /> : null;
};
