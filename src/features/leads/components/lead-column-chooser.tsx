import ViewColumnIcon from '@mui/icons-material/ViewColumnOutlined';
import { Button } from '@mui/material';
import { useId, useState } from 'react';
import type { LeadColumn } from './lead-columns';
import type { ColumnVisibility } from './use-stored-column-visibility';
import { onDemandPart } from '../../../components/on-demand-part';

/** The panel's code (popover, checkboxes) loads on the first click, not before the rows. */
const LeadColumnPanel = onDemandPart(
  'The column chooser',
  async () => (await import('./lead-column-panel')).LeadColumnPanel,
);

type LeadColumnChooserProps = {
  columns: readonly LeadColumn[];
  visibility: ColumnVisibility;
  onChange: (next: ColumnVisibility) => void;
};

/**
 * Only the column chooser: search, filters and export sit above the table and run on the
 * server.
 */
export const LeadColumnChooser = ({ columns, visibility, onChange }: LeadColumnChooserProps) => {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const panelId = useId();
  return (
    <>
      <Button
        size="small"
        startIcon={<ViewColumnIcon />}
        aria-haspopup="true"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? panelId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        Columns
      </Button>
      {anchor && (
        <LeadColumnPanel
          id={panelId}
          anchor={anchor}
          columns={columns}
          visibility={visibility}
          onChange={onChange}
          onClose={() => setAnchor(null)}
        />
      )}
    </>
  );
};
