import { TableCell } from '@mui/material';
import { styled, type CSSObject, type Theme } from '@mui/material/styles';
import { useRef } from 'react';

/** A row's checkbox cell: LeadTableBody styles it and its checkbox by this class. */
export const LEAD_SELECT_CELL_CLASS = 'lead-select-cell';

/**
 * The browser's own checkbox in the theme's colour: a row of them costs the leads route no
 * checkbox component (MUI's adds ~2 kB gzip), and it keeps every native keyboard and screen
 * reader behaviour.
 */
export const selectBoxStyles = (theme: Theme): CSSObject => ({
  width: 18,
  height: 18,
  margin: 12,
  accentColor: theme.vars?.palette.primary.main,
  cursor: 'pointer',
});

const PageSelectBox = styled('input')(({ theme }) => selectBoxStyles(theme));

type RowSelectCellProps = {
  /** The lead's name: the checkbox reads "Select <name>". */
  name: string;
  checked: boolean;
  /** `range`: Shift was held, so every row from the last clicked one changes with it. */
  onToggle: (range: boolean) => void;
  focus: { tabIndex: number; onFocus: () => void };
};

/**
 * A row's checkbox: a grid cell of its own, reached like any other (Tab lands in the grid, the
 * arrows move, Space toggles). A click here selects; it never opens the lead.
 */
export const RowSelectCell = ({ name, checked, onToggle, focus }: RowSelectCellProps) => {
  const shift = useRef(false);
  return (
    <td
      role="gridcell"
      className={LEAD_SELECT_CELL_CLASS}
      onClick={(event) => event.stopPropagation()}
      onFocus={focus.onFocus}
    >
      <input
        type="checkbox"
        checked={checked}
        tabIndex={focus.tabIndex}
        onClick={(event) => {
          shift.current = event.shiftKey;
        }}
        onChange={() => onToggle(shift.current)}
        aria-label={`Select ${name}`}
      />
    </td>
  );
};

type PageSelectCellProps = {
  checked: boolean;
  indeterminate: boolean;
  disabled: boolean;
  onToggle: () => void;
};

export const PageSelectCell = ({
  checked,
  indeterminate,
  disabled,
  onToggle,
}: PageSelectCellProps) => (
  <TableCell padding="checkbox">
    <PageSelectBox
      type="checkbox"
      ref={(node: HTMLInputElement | null) => {
        if (node) node.indeterminate = indeterminate;
      }}
      checked={checked}
      disabled={disabled}
      onChange={onToggle}
      aria-label="Select all on this page"
    />
  </TableCell>
);
