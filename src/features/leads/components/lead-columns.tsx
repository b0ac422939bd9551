import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { vocabularyLabel, type Lead, type LeadOrderingField } from '../../../contract';
import { formatDateTime } from '../../../lib/format-date-time';
import type { StatusPalette } from '../api/status-palette';
import { leadName } from '../model/lead-name';
import { LeadStatusChip } from './lead-status-chip';
import { LEAD_LINK_CLASS } from './lead-table-body';

/**
 * The lead table's columns. `field` is also the server's ordering field, so every header sorts
 * on the server. A column whose cell holds a link takes keyboard focus on that link (the ARIA
 * grid pattern's "single widget in a cell"); other cells take it themselves. A cell is plain
 * markup: LeadTableBody gives it MUI's look once for the whole page of rows.
 */
export type LeadCellContext = {
  tabIndex: number;
  /** The status colours, resolved once for the page. */
  palette: StatusPalette;
};

export type LeadColumn = {
  field: LeadOrderingField;
  header: string;
  /** The name column stays: a row without it cannot be recognised or opened. */
  hideable: boolean;
  /** Shown on a phone (narrower than 600 px). */
  onPhone: boolean;
  minWidth: number;
  render: (lead: Lead, context: LeadCellContext) => ReactNode;
  ownsFocus?: boolean;
};

export const leadPath = (lead: Lead): string => `/leads/${encodeURIComponent(lead.slug)}`;

export const LEAD_COLUMNS: readonly LeadColumn[] = [
  {
    field: 'first_name',
    header: 'Name',
    hideable: false,
    onPhone: true,
    minWidth: 170,
    ownsFocus: true,
    render: (lead, { tabIndex }) => (
      <Link className={LEAD_LINK_CLASS} to={leadPath(lead)} tabIndex={tabIndex}>
        {leadName(lead)}
      </Link>
    ),
  },
  {
    field: 'email',
    header: 'Email',
    hideable: true,
    onPhone: false,
    minWidth: 200,
    render: (lead) => lead.email,
  },
  {
    field: 'phone',
    header: 'Phone',
    hideable: true,
    onPhone: false,
    minWidth: 140,
    render: (lead) => lead.phone,
  },
  {
    field: 'status',
    header: 'Status',
    hideable: true,
    onPhone: true,
    minWidth: 120,
    render: (lead, { palette }) => <LeadStatusChip status={lead.status} palette={palette} />,
  },
  {
    field: 'source',
    header: 'Source',
    hideable: true,
    onPhone: false,
    minWidth: 130,
    render: (lead) => vocabularyLabel(lead.source),
  },
  {
    field: 'owner',
    header: 'Owner',
    hideable: true,
    onPhone: false,
    minWidth: 110,
    render: (lead) => lead.owner,
  },
  {
    field: 'assignee',
    header: 'Assignee',
    hideable: true,
    onPhone: false,
    minWidth: 110,
    render: (lead) => lead.assignee ?? '—',
  },
  {
    field: 'created_at',
    header: 'Created',
    hideable: true,
    onPhone: false,
    minWidth: 170,
    render: (lead) => formatDateTime(lead.created_at),
  },
];
