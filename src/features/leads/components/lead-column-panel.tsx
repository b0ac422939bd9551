import { Checkbox, FormControlLabel, FormGroup, Popover } from '@mui/material';
import type { LeadColumn } from './lead-columns';
import type { ColumnVisibility } from './use-stored-column-visibility';

export type LeadColumnPanelProps = {
  id: string;
  anchor: HTMLElement;
  columns: readonly LeadColumn[];
  visibility: ColumnVisibility;
  onChange: (next: ColumnVisibility) => void;
  onClose: () => void;
};

/** The chooser's checkboxes: the name column is listed but cannot be hidden. */
export const LeadColumnPanel = ({
  id,
  anchor,
  columns,
  visibility,
  onChange,
  onClose,
}: LeadColumnPanelProps) => (
  <Popover
    id={id}
    open
    anchorEl={anchor}
    onClose={onClose}
    anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
  >
    <FormGroup aria-label="Columns shown" sx={{ px: 2, py: 1 }}>
      {columns.map((column) => (
        <FormControlLabel
          key={column.field}
          label={column.header}
          disabled={!column.hideable}
          control={
            <Checkbox
              size="small"
              checked={visibility[column.field] !== false}
              onChange={(event) =>
                onChange({ ...visibility, [column.field]: event.target.checked })
              }
            />
          }
        />
      ))}
    </FormGroup>
  </Popover>
);
