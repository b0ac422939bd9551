import { styled } from '@mui/material/styles';
import { LEAD_SELECT_CELL_CLASS, selectBoxStyles } from './lead-selection-cells';
import { LEAD_STATUS_CHIP_CLASS, leadStatusChipStyles } from './lead-status-chip';

/** The name's link in a row: MUI's Link (underline "always") as a class. */
export const LEAD_LINK_CLASS = 'lead-link';

/**
 * The lead table's body, which styles its rows once: the rows, cells, links, checkboxes and
 * status chips inside are plain elements with MUI's look (a small body TableCell, a hover
 * TableRow, a Link, a small outlined Chip). A page of rows holds hundreds of elements; as MUI
 * components each one resolved its styles on every render, which cost a cold start about as
 * much main thread as React's own work on the rows (decision 0018). A selected row says so
 * with `aria-selected`, which is also how a screen reader hears it.
 */
export const LeadTableBody = styled('tbody')(({ theme }) => {
  const palette = theme.vars!.palette;
  return {
    '& > tr': { color: 'inherit', verticalAlign: 'middle', outline: 0 },
    // A lead's row (the empty table's one row has no aria-selected): it opens on a click.
    '& > tr[aria-selected]': {
      cursor: 'pointer',
      '&:hover': { backgroundColor: palette.action.hover },
      '&[aria-selected="true"]': {
        backgroundColor: theme.alpha(palette.primary.main, palette.action.selectedOpacity),
        '&:hover': {
          backgroundColor: theme.alpha(
            palette.primary.main,
            `${palette.action.selectedOpacity} + ${palette.action.hoverOpacity}`,
          ),
        },
      },
    },
    '& > tr > td': {
      ...theme.typography.body2,
      verticalAlign: 'inherit',
      borderBottom: `1px solid ${palette.TableCell.border}`,
      textAlign: 'left',
      padding: '6px 16px',
      color: palette.text.primary,
    },
    [`& > tr > td.${LEAD_SELECT_CELL_CLASS}`]: {
      width: 24,
      padding: '0 12px 0 16px',
      '& > input': selectBoxStyles(theme),
    },
    [`& .${LEAD_LINK_CLASS}`]: {
      margin: 0,
      font: 'inherit',
      letterSpacing: 'inherit',
      color: palette.primary.main,
      textDecoration: 'underline',
      textDecorationColor: theme.alpha(palette.primary.main, 0.4),
      '&:hover': { textDecorationColor: 'inherit' },
    },
    [`& .${LEAD_STATUS_CHIP_CLASS}`]: leadStatusChipStyles(theme),
  };
});
