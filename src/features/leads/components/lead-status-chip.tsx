import FiberManualRecordIcon from '@mui/icons-material/FiberManualRecord';
import { Chip } from '@mui/material';
import { humanize, type Lead } from '../../../contract';

/**
 * One colour per stage of the funnel, so a glance down the table reads the pipeline. The colour
 * is a dot beside the word: the word keeps full text contrast in light and dark themes.
 */
const STATUS_COLORS: Record<Lead['status'], string> = {
  prospect: 'grey.500',
  contact: 'info.main',
  tentative: 'warning.main',
  potential: 'primary.main',
  customer: 'success.main',
  closed: 'secondary.main',
  deleted: 'error.main',
};

export const LeadStatusChip = ({ status }: { status: Lead['status'] }) => (
  <Chip
    size="small"
    variant="outlined"
    label={humanize(status)}
    icon={<FiberManualRecordIcon sx={{ '&&': { color: STATUS_COLORS[status] }, fontSize: 12 }} />}
  />
);
