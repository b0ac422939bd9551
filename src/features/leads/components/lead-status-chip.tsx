import FiberManualRecordIcon from '@mui/icons-material/FiberManualRecord';
import { Chip } from '@mui/material';
import { humanize, type Lead } from '../../../contract';
import { useStatusPalette } from '../api/status-palette';

/**
 * One colour per stage of the funnel, so a glance down the table reads the pipeline: the API's
 * palette, the same as the overview's chart (a deleted lead, outside the palette, in red).
 * The colour is a dot beside the word: the word keeps full text contrast in light and dark.
 */
const DELETED_COLOR = 'error.main';

export const LeadStatusChip = ({ status }: { status: Lead['status'] }) => {
  const color = useStatusPalette()[status] ?? DELETED_COLOR;
  return (
    <Chip
      size="small"
      variant="outlined"
      label={humanize(status)}
      icon={<FiberManualRecordIcon sx={{ '&&': { color }, fontSize: 12 }} />}
    />
  );
};
