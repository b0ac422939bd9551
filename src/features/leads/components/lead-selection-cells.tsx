import { Box, TableCell } from '@mui/material';
import { useRef, type ComponentProps } from 'react';

/**
 * The browser's own checkbox in the theme's colour: a row of them costs the leads route no
 * checkbox component (MUI's adds ~2 kB gzip), and it keeps every native keyboard and screen
 * reader behaviour.
 */
const SelectBox = ({
  indeterminate = false,
  ...props
}: ComponentProps<'input'> & { indeterminate?: boolean }) => (
  <Box
    component="input"
    type="checkbox"
    ref={(node: HTMLInputElement | null) => {
      if (node) node.indeterminate = indeterminate;
    }}
    sx={{ width: 18, height: 18, m: 1.5, accentColor: 'primary.main', cursor: 'pointer' }}
    {...props}
  />
);

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
    <TableCell
      role="gridcell"
      padding="checkbox"
      onClick={(event) => event.stopPropagation()}
      onFocus={focus.onFocus}
    >
      <SelectBox
        checked={checked}
        tabIndex={focus.tabIndex}
        onClick={(event) => {
          shift.current = event.shiftKey;
        }}
        onChange={() => onToggle(shift.current)}
        aria-label={`Select ${name}`}
      />
    </TableCell>
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
    <SelectBox
      checked={checked}
      indeterminate={indeterminate}
      disabled={disabled}
      onChange={onToggle}
      aria-label="Select all on this page"
    />
  </TableCell>
);
