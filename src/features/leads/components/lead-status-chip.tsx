import FiberManualRecordIcon from '@mui/icons-material/FiberManualRecord';
import { Chip } from '@mui/material';
import { vocabularyLabel, type Lead } from '../../../contract';
import { useStatusPalette } from '../api/status-palette';

/**
 * One colour per stage of the funnel, so a glance down the table reads the pipeline: the API's
 * palette, the same as the overview's chart; these theme colours stand in until it arrives.
 * The colour is a dot beside the word: the word keeps full text contrast in light and dark.
 */
const FALLBACK_COLORS: Readonly<Record<string, string>> = {
  prospect: 'grey.500',
  contact: 'info.main',
  tentative: 'warning.main',
  potential: 'primary.main',
  customer: 'success.main',
  closed: 'secondary.main',
  deleted: 'error.main',
};

export const LeadStatusChip = ({ status }: { status: Lead['status'] }) => {
  const color = useStatusPalette()[status] ?? FALLBACK_COLORS[status] ?? 'grey.500';
  return (
    <Chip
      size="small"
      variant="outlined"
      label={vocabularyLabel(status)}
      icon={<FiberManualRecordIcon sx={{ '&&': { color }, fontSize: 12 }} />}
    />
  );
};
