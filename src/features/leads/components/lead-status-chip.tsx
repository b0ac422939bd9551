import { styled, type CSSObject, type Theme } from '@mui/material/styles';
import { vocabularyLabel, type Lead } from '../../../contract';
import type { StatusPalette } from '../api/status-palette';

/**
 * One colour per stage of the funnel, so a glance down the table reads the pipeline: the API's
 * palette, the same as the overview's chart (a deleted lead, outside the palette, in red).
 * The colour is a dot beside the word: the word keeps full text contrast in light and dark.
 *
 * It looks like MUI's small outlined Chip with a dot icon, but it is plain markup styled by a
 * class: a page of the lead table holds one per row, and a Chip (root, label, icon, each styled
 * per instance) cost the first rows more main thread than everything else in a cell (decision
 * 0018). The table's body carries these styles once for all its rows; elsewhere
 * `StyledLeadStatusChip` brings them along.
 */
export const LEAD_STATUS_CHIP_CLASS = 'lead-status-chip';

const DELETED_COLOR = 'var(--mui-palette-error-main)';
/** A status outside the API's palette (a newer server's), shown as sent in a neutral grey. */
const UNKNOWN_COLOR = 'var(--mui-palette-grey-500)';

/** MUI's small outlined Chip and its small icon, as CSS for an element of this markup. */
export const leadStatusChipStyles = (theme: Theme): CSSObject => ({
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  boxSizing: 'border-box',
  maxWidth: '100%',
  height: 24,
  verticalAlign: 'middle',
  whiteSpace: 'nowrap',
  fontFamily: theme.typography.fontFamily,
  fontSize: theme.typography.pxToRem(13),
  lineHeight: 1.5,
  color: theme.vars?.palette.text.primary,
  border: `1px solid ${theme.vars?.palette.Chip.defaultBorder}`,
  borderRadius: 16,
  '& > svg': {
    width: '1em',
    height: '1em',
    flexShrink: 0,
    fill: 'currentColor',
    fontSize: 18,
    marginLeft: 2,
    marginRight: -4,
  },
  '& > span': {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    paddingLeft: 7,
    paddingRight: 7,
  },
});

type LeadStatusChipProps = {
  status: Lead['status'];
  /** The colours the page resolved once (useStatusPalette), not looked up per chip. */
  palette: StatusPalette;
  className?: string;
};

export const LeadStatusChip = ({ status, palette, className }: LeadStatusChipProps) => {
  const color = palette[status] ?? (status === 'deleted' ? DELETED_COLOR : UNKNOWN_COLOR);
  return (
    <span className={className ? `${LEAD_STATUS_CHIP_CLASS} ${className}` : LEAD_STATUS_CHIP_CLASS}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" style={{ color }}>
        <circle cx="12" cy="12" r="8" />
      </svg>
      <span>{vocabularyLabel(status)}</span>
    </span>
  );
};

/** The chip on its own (a lead's page): the same markup, its styles brought by its own class. */
export const StyledLeadStatusChip = styled(LeadStatusChip)(({ theme }) =>
  leadStatusChipStyles(theme),
);
