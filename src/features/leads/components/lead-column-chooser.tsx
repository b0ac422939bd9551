import ViewColumnIcon from '@mui/icons-material/ViewColumnOutlined';
import { Button, Checkbox, FormControlLabel, FormGroup, Popover } from '@mui/material';
import { useId, useState } from 'react';
import type { LeadColumn } from './lead-columns';
import type { ColumnVisibility } from './use-stored-column-visibility';

type LeadColumnChooserProps = {
  columns: readonly LeadColumn[];
  visibility: ColumnVisibility;
  onChange: (next: ColumnVisibility) => void;
};

/**
 * Only the column chooser: search, filters and export sit above the table and run on the
 * server. The name column is listed but cannot be hidden.
 */
export const LeadColumnChooser = ({ columns, visibility, onChange }: LeadColumnChooserProps) => {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const open = anchor !== null;
  const panelId = useId();
  return (
    <>
      <Button
        size="small"
        startIcon={<ViewColumnIcon />}
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        Columns
      </Button>
      <Popover
        id={panelId}
        open={open}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
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
    </>
  );
};
