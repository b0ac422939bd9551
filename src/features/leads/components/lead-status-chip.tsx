import FiberManualRecordIcon from '@mui/icons-material/FiberManualRecord';
import { Chip } from '@mui/material';
import { vocabularyLabel, type Lead } from '../../../contract';
import { useStatusPalette } from '../api/status-palette';

/**
 * One colour per stage of the funnel, so a glance down the table reads the pipeline: the API's
 * palette, the same as the overview's chart (a deleted lead, outside the palette, in red).
 * The colour is a dot beside the word: the word keeps full text contrast in light and dark.
 */
const DELETED_COLOR = 'error.main';
/** A status outside the API's palette (a newer server's), shown as sent in a neutral grey. */
const UNKNOWN_COLOR = 'grey.500';

export const LeadStatusChip = ({ status }: { status: Lead['status'] }) => {
  const color =
    useStatusPalette()[status] ?? (status === 'deleted' ? DELETED_COLOR : UNKNOWN_COLOR);
  return (
    <Chip
      size="small"
      variant="outlined"
      label={vocabularyLabel(status)}
      icon={<FiberManualRecordIcon sx={{ '&&': { color }, fontSize: 12 }} />}
    />
  );
};
