import { Chip, type ChipProps } from '@mui/material';
import { humanize, type Lead } from '../../../contract';

/** One colour per stage of the funnel, so a glance down the table reads the pipeline. */
const STATUS_COLORS: Record<Lead['status'], ChipProps['color']> = {
  prospect: 'default',
  contact: 'info',
  tentative: 'warning',
  potential: 'primary',
  customer: 'success',
  closed: 'secondary',
  deleted: 'error',
};

export const LeadStatusChip = ({ status }: { status: Lead['status'] }) => (
  <Chip size="small" variant="outlined" color={STATUS_COLORS[status]} label={humanize(status)} />
);
